import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from '../crosscheck/library-of.ts';

const library = libraryOf({
  fraud_a: 'Harlow denies fraud again\n\nMr Harlow has again denied charges of fraud and conspiracy. His lawyers say the case rests on one witness.',
  fraud_b: 'Harlow back in court\n\nMr Harlow is again on trial for fraud and conspiracy over the collapse of Brightwater. The trial is expected to last two months.',
  fraud_c: 'Harlow repeats denial\n\nMr Harlow has again denied the charges of fraud and conspiracy at Brightwater. The jury was sworn in on Monday.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: an adverb of time inside the verb group', () => {
  it('GIVEN "has again denied charges" and "is again on trial" for the same charges THEN "again" is no shared predicate: the denial and the trial are two claims', () => {
    expect(together(['fraud_a', 'has again denied'], ['fraud_b', 'is again on trial'])).toBe(false);
  });

  it('GIVEN two articles that say a man has again denied the charges THEN one claim', () => {
    expect(together(['fraud_a', 'has again denied'], ['fraud_c', 'has again denied'])).toBe(true);
  });
});
