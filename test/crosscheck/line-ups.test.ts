import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from './library-of.ts';

/**
 * Rugby reports that close, as real ones do, on the team's line-up: names alone, with clubs and the captain in brackets
 * in some and bare in others. Two matches of one side list most players alike.
 */
const library = libraryOf({
  opener:
    'Hartwell side named for Dunmore clash\n\nCoach Peter Rooke has made two changes for the opening match against Dunmore on Saturday. Line-up:\n\nT Varley (Ashby); K Orme (Ashby), D Pennock (Fallow), G Whitcombe (Ashby), R de Laune (Stourton); P Quayle (Fallow), H Brent (Ashby); N Cawley (Stourton), S Dunstan (Ashby, capt), M Fenwick (Fallow), A Garside (Ashby), J Hollins (Stourton).',
  opener_bare:
    'Rooke rings the changes\n\nHartwell will face Dunmore with two new caps in the back row. The side:\n\nT Varley; K Orme, D Pennock, G Whitcombe, R de Laune; P Quayle, H Brent; N Cawley, S Dunstan (capt), M Fenwick, A Garside, J Hollins.',
  second_match:
    'Hartwell keep faith with winning side\n\nRooke has named an almost unchanged team for the trip to Kelby next weekend. Line-up:\n\nT Varley; K Orme, D Pennock, B Ashcroft, R de Laune; P Quayle, H Brent; N Cawley, S Dunstan (capt), M Fenwick, L Yeadon, J Hollins.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: a line-up is one match’s team', () => {
  it('GIVEN the line-ups of two matches that differ by two players THEN they are not one claim', () => {
    expect(together(['opener', 'T Varley (Ashby)'], ['second_match', 'T Varley;'])).toBe(false);
  });

  it('GIVEN one line-up written with the players’ clubs in one report and without them in another THEN it is one claim', () => {
    expect(together(['opener', 'T Varley (Ashby)'], ['opener_bare', 'T Varley;'])).toBe(true);
  });
});
