import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from '../crosscheck/library-of.ts';

const library = libraryOf({
  copper_a:
    'Copper slips\n\nThe price of copper is about 40% higher than it was a year ago, but down on the record high of $3,217.50 a tonne set in early March. Miners said demand from China stayed strong.',
  copper_b: "Metals rally\n\nAlthough below this year's peak of $3,217.50 a tonne, which was reached in March, prices are now well above last year's average of $2,480. Traders expect more gains.",
  shares_a: 'Shares slide\n\nThe main index of leading shares fell 24.3 points to close at 4,812.3 on Tuesday, from 4,836.6 on Monday. Oil firms led the way down.',
  shares_b: 'Shares climb\n\nThe main index of leading shares rose 46.5 points to close at 4,836.6 on Monday. Banks led the way up.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: a figure written to four significant digits', () => {
  it('GIVEN two sentences that give the same peak of "$3,217.50 a tonne" beside other figures of their own THEN one claim', () => {
    expect(together(['copper_a', 'record high'], ['copper_b', 'peak of'])).toBe(true);
  });

  it('GIVEN one close of an index that one article gives as where a fall started and another as where a rise ended THEN two claims', () => {
    expect(together(['shares_a', 'fell 24.3 points'], ['shares_b', 'rose 46.5 points'])).toBe(false);
  });
});
