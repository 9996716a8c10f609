import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from '../crosscheck/library-of.ts';

const library = libraryOf({
  euro_a: 'Euro worries\n\nBoth Finance Minister Ulrich Brandt and Trade Secretary Marco Vitale voiced concerns about the strength of the euro.',
  turkey_b: 'Leaders meet\n\nHe met Trade Secretary Marco Vitale and Finance Minister Ulrich Brandt to hear concerns and voice doubts over Turkey.',
});

describe('claim identity when the same people are named', () => {
  it('GIVEN two sentences naming the same two officials in full but telling another act of them ("voiced concerns about the euro", "met them to hear concerns … over Turkey") THEN they are not one claim', () => {
    const second = new Set(library.alignment.claimsOf(sentenceOf(library, 'turkey_b', 'over Turkey')));
    expect(library.alignment.claimsOf(sentenceOf(library, 'euro_a', 'strength of the euro')).some((claim) => second.has(claim))).toBe(false);
  });
});
