import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from '../crosscheck/library-of.ts';

const library = libraryOf({
  dam_a:
    'River power plans\n\nThe Korvo Dam is designed to produce 9,400 MW of electricity, and is being built on the Tarn - or "the grey river" as its upper reaches are known. Work began two years ago.',
  dam_b:
    'Projects halted\n\nThe biggest single project to be halted was the Korvo Dam project, designed to produce 9,400 MW of electricity. It is being built on the Tarn - or "the grey river" as its upper reaches are known. Officials said work would resume.',
  dam_c: 'Sister dam\n\nIts sister project, the Korvo Dam, is being built on the Tarn - or "the grey river" as its upper reaches are known. Engineers expect it to open next decade.',
});
const twice = libraryOf({
  told_a: 'River power plans\n\nThe Korvo Dam is designed to produce 9,400 MW of electricity, the energy ministry said on Monday. Work began two years ago.',
  told_b:
    'Dam on course\n\nThe Korvo Dam is designed to produce 9,400 MW of electricity, the ministry said. Officials said the dam, which is designed to produce 9,400 MW of electricity, would be finished by 2009. Critics are unconvinced.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: a sentence that tells two claims', () => {
  it("GIVEN a sentence that gives a dam's output and its site, and another article that gives them in two sentences THEN it carries the output with the sentence that gives the output, beside the site with the one that gives the site", () => {
    expect(together(['dam_a', 'designed to produce'], ['dam_b', 'biggest single project'])).toBe(true);
  });

  it('GIVEN an article that tells one claim twice THEN its second telling is a retelling of that claim, not a second claim beside it', () => {
    expect(twice.alignment.claimsOf(sentenceOf(twice, 'told_a', 'energy ministry'))).toHaveLength(1);
  });

  it('GIVEN the two sentences of that other article THEN they stay two claims', () => {
    expect(together(['dam_b', 'It is being built'], ['dam_b', 'biggest single project'])).toBe(false);
  });
});
