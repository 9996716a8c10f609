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

describe('claim identity past an aside between dashes', () => {
  const rulings = libraryOf({
    ruling_a: 'Judges rule\n\nLord Hale - a senior judge - said the rules were unlawful as they allowed detention without trial in a way that singles out foreign suspects.',
    ruling_b: 'Detention unlawful\n\nOn Thursday Lord Hale - a senior judge - said the rules were unlawful because they allowed detention without trial in a way that singled out foreign suspects.',
  });

  it('GIVEN two retellings that gloss the speaker between dashes ("Lord Hale - a senior judge - said …") THEN what follows the closing dash is the claim they share', () => {
    const second = new Set(rulings.alignment.claimsOf(sentenceOf(rulings, 'ruling_b', 'On Thursday')));
    expect(rulings.alignment.claimsOf(sentenceOf(rulings, 'ruling_a', 'singles out')).some((claim) => second.has(claim))).toBe(true);
  });
});
