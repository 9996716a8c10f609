import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from '../crosscheck/library-of.ts';

const library = libraryOf({
  talks_a: 'Talks aim to avert rail strike\n\nTalks aimed at averting a series of national rail strikes over pay will take place this weekend. Both sides said they hoped for a deal.',
  talks_b: 'Rail strike talks collapse\n\nTalks aimed at averting national rail strikes over pay have ended without agreement after 90 minutes. The union said walkouts would go ahead.',
  talks_c: 'Rail talks this weekend\n\nTalks aimed at averting national rail strikes over pay will take place this weekend, the union said. Managers said they would attend.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: a subject with a reduced relative clause', () => {
  it('GIVEN "Talks aimed at averting strikes will take place" and "Talks aimed at averting strikes have ended without agreement" THEN two claims: the predicate is the verb group, not "aimed"', () => {
    expect(together(['talks_a', 'will take place'], ['talks_b', 'have ended'])).toBe(false);
  });

  it('GIVEN two articles that say the talks will take place this weekend THEN one claim', () => {
    expect(together(['talks_a', 'will take place'], ['talks_c', 'will take place'])).toBe(true);
  });
});
