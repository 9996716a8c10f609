import { describe, expect, it } from 'vitest';
import { carryOneClaim, libraryOf, sentenceOf } from './library-of.ts';

describe('claim identity: a main verb in the present tense', () => {
  it('GIVEN "he pleads not guilty" in a story on one trial and a protester who "would plead not guilty" THEN two men\'s pleas: two claims', () => {
    const library = libraryOf({
      trial_a: 'Ex-boss on trial\n\nMr Dorran is on trial for fraud and conspiracy over the collapse of Calder Telecom in 2003. He pleads not guilty.',
      trial_b: 'Ex-boss trial hears witness\n\nMr Dorran is on trial for fraud and conspiracy over the collapse of Calder Telecom in 2003. He pleads not guilty.',
      protest: 'Protesters in court\n\nOne of the men, Ned Harlow, 34, from Stroud, said he and the other seven protesters would plead not guilty to the charges.',
    });
    const claims = new Set(library.alignment.claimsOf(sentenceOf(library, 'trial_a', 'He pleads not guilty')));
    expect(library.alignment.claimsOf(sentenceOf(library, 'protest', 'would plead not guilty')).some((claim) => claims.has(claim))).toBe(false);
  });

  it('GIVEN an actor who "wins a best actor nomination" and a rival beaten to a best actor prize by him THEN a nomination and a win: two claims', () => {
    expect(
      carryOneClaim(
        {},
        'Colin Marsh wins a best actor nomination for his role as Dylan Thomas in the recent biopic The Last Days of Dylan Thomas.',
        'Reed was nominated for two awards but was beaten to the best actor in a TV film prize by Colin Marsh in The Last Days of Dylan Thomas.',
      ),
    ).toBe(false);
  });
});
