import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from './library-of.ts';

/**
 * A prize's nomination and its win are two claims, however many names and words the two sentences share: a film
 * nominated in nine categories is not the film named best film, and a director nominated again is not one who won. A
 * tip for the prize is a third: the favourite is not the shortlist.
 */
const library = libraryOf({
  lanterns_nominated: 'Lanterns leads field\n\nPaper Lanterns, a drama about a blind pianist, is nominated in nine categories at the Halden film awards.',
  lanterns_won: 'Lanterns takes top prize\n\nPaper Lanterns, a drama about a blind pianist, won best film at the Halden film awards.',
  lanterns_won_again: 'Halden winners\n\nPaper Lanterns, a drama about a blind pianist, won best film at the Halden film awards on Sunday, beating four rivals.',
  lanterns_tipped:
    'Lanterns star the one to beat\n\nLanterns star Mia Rourke is clear favourite in the best actress category at the Halden film awards, while Harbour Lights is tipped to win best film.',
  lanterns_shortlist: 'Lanterns on the shortlist\n\nPaper Lanterns has been nominated in nine categories at the Halden film awards, including best film and best actress for Mia Rourke.',
  lanterns_tipped_again: 'Rourke tipped for Halden prize\n\nMia Rourke, star of Lanterns, is the clear favourite in the best actress category at the Halden film awards, critics say.',
  director_a: 'Oren still waits\n\nDirector Paul Oren has never won the best director prize, despite five previous nominations for his war films.',
  director_b: 'No prize again for Oren\n\nDirector Paul Oren has never won though nominated for his war films five times.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: a prize’s nomination and its win', () => {
  it('GIVEN a film nominated and the same film winning at the same awards (“is nominated in nine categories” / “won best film”) THEN they are not one claim', () => {
    expect(together(['lanterns_nominated', 'is nominated in nine'], ['lanterns_won', 'won best film'])).toBe(false);
  });

  it('GIVEN a tip for a prize and the film’s nominations (“is clear favourite in the best actress category” / “has been nominated in nine categories, including … best actress for Mia Rourke”) THEN they are not one claim', () => {
    expect(together(['lanterns_tipped', 'clear favourite'], ['lanterns_shortlist', 'has been nominated'])).toBe(false);
  });

  it('GIVEN the same tip told in two articles THEN they still carry one claim', () => {
    expect(together(['lanterns_tipped', 'clear favourite'], ['lanterns_tipped_again', 'clear favourite'])).toBe(true);
  });

  it('GIVEN the same win told in two articles THEN they still carry one claim', () => {
    expect(together(['lanterns_won', 'won best film'], ['lanterns_won_again', 'won best film'])).toBe(true);
  });

  it('GIVEN a win denied beside nominations in both (“has never won … despite five previous nominations” / “has never won though nominated”) THEN they still carry one claim', () => {
    expect(together(['director_a', 'has never won'], ['director_b', 'has never won'])).toBe(true);
  });
});
