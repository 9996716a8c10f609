import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from './library-of.ts';

/**
 * A bid battle for a stock exchange in the shapes of business copy: sentences that describe what the
 * bidders run, which every article of the story may give as background, beside the bid itself.
 */
const library = libraryOf({
  bourse_a: 'Exchanges circle Harlow\n\nCalder operates the Lisbon and Porto exchange floors, while Vantor Boerse runs the Oslo exchange. Both have hired advisers.',
  bourse_b: 'Vantor eyes Harlow\n\nVantor Boerse is in competition with pan-European bourse Calder to take over the Lisbon and Oslo exchange floors. A decision is due in March.',
  bourse_c: 'Calder weighs Harlow bid\n\nCalder operates the Porto and Lisbon exchange floors, while Vantor Boerse runs the Oslo exchange. Its board met on Friday.',
  bourse_d:
    "Harlow talks widen\n\nBut the Harlow exchange is also holding talks with Vantor Boerse's rival Calder, which operates the Lisbon and Porto exchange floors as well as a derivatives market in Bilbao.",
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: what a firm runs and what it does', () => {
  it('GIVEN a description of the exchanges two bidders operate and the bid battle between them THEN they are not one claim', () => {
    expect(together(['bourse_a', 'operates the Lisbon'], ['bourse_b', 'is in competition'])).toBe(false);
  });

  it('GIVEN the description and a sentence of talks that gives it only in a clause about the firm THEN the talks are not the description: two claims', () => {
    expect(together(['bourse_a', 'operates the Lisbon'], ['bourse_d', 'is also holding talks'])).toBe(false);
  });

  it('GIVEN the same description in two articles THEN it is still one claim', () => {
    expect(together(['bourse_a', 'operates the Lisbon'], ['bourse_c', 'operates the Porto'])).toBe(true);
  });
});
