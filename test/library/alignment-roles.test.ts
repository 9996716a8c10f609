import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from '../crosscheck/library-of.ts';

const library = libraryOf({
  suit_a:
    'Creamery sues lenders\n\nLatteria has sued 30 banks as it tries to win back money paid to banks before the troubled Italian creamery went under last year. Its administrator said more suits would follow.',
  suit_b:
    'Court shields creamery\n\nBank of Verona has been barred from suing Latteria, the Italian creamery which went under owing money to lenders last year. The judge said the claim came too late.',
  suit_c: 'Latteria takes lenders to court\n\nLatteria has sued 30 banks to win back money paid to banks before the creamery went under. The banks deny wrongdoing.',
  suit_d: 'Banks face creamery claims\n\nThirty banks have been sued by Latteria, which wants back money paid to banks before the creamery went under. Shares in two of them fell.',
  ban_a: 'Trawling ban begins\n\nBottom trawling in Irish and Scottish waters is now illegal after a ban on the practice came into force at midnight. Skippers said they would tie up their boats.',
  ban_b: 'Minister backs trawl law\n\nThe law banning bottom trawling in Irish and Scottish waters is workable and "perfectly clear", the fisheries minister has said. He said inspectors were ready.',
  film_a: "Thriller heads for the screen\n\nThe film of Ann Orr's best-selling thriller is being directed by Sam Kline and also stars Joe Dale. Shooting starts in May.",
  film_b: 'Dale and Kline reunite\n\nActor Joe Dale and director Sam Kline are reuniting for Cold Harbour, a film of the best-selling thriller by Ann Orr. The studio would not give a budget.',
  ban_d: 'Hunters challenge ban\n\nA bid to overturn the law banning hunting with hounds in Devon and Cornwall has begun in the High Court. The federation is paying for the case.',
  ban_e: 'Last hunts before ban\n\nHunts in Devon and Cornwall have begun on the last day that hunting with hounds is legal, with more due out later.',
  ban_c: 'Trawlers stay in port\n\nTrawlermen stayed in port on the first day after the ban on bottom trawling in Irish and Scottish waters came into force. Harbour masters counted 40 idle boats.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: who acts on whom', () => {
  it('GIVEN a firm that sued banks and a bank barred from suing the firm THEN the two are not one claim, since who sues whom is turned round', () => {
    expect(together(['suit_a', 'has sued 30 banks'], ['suit_b', 'barred from suing'])).toBe(false);
  });

  it('GIVEN two articles that say the firm sued the banks THEN their sentences carry one claim', () => {
    expect(together(['suit_a', 'has sued 30 banks'], ['suit_c', 'has sued 30 banks'])).toBe(true);
  });

  it('GIVEN the same suit told in the passive with its agent ("have been sued by the firm") THEN the turned word order is no turned role, and it stays one claim', () => {
    expect(together(['suit_c', 'has sued 30 banks'], ['suit_d', 'have been sued by'])).toBe(true);
  });
});

describe('claim identity: the predicate must be shared', () => {
  it('GIVEN a ban that came into force and a minister calling the banning law clear THEN sharing what they are about does not make them one claim', () => {
    expect(together(['ban_a', 'is now illegal'], ['ban_b', 'is workable'])).toBe(false);
  });

  it('GIVEN one fact turned about, what each says of its subject being the other\'s subject (a film of a novel "directed by" two stars / the two stars "reuniting for" the film of the novel) THEN it stays one claim', () => {
    expect(together(['film_a', 'is being directed'], ['film_b', 'are reuniting'])).toBe(true);
  });

  it('GIVEN a legal challenge that "has begun" and hunts that "have begun" on the last legal day THEN a light verb alike does not make them one claim', () => {
    expect(together(['ban_d', 'has begun'], ['ban_e', 'have begun'])).toBe(false);
  });

  it('GIVEN two articles telling that the ban came into force THEN their sentences carry one claim', () => {
    expect(together(['ban_a', 'is now illegal'], ['ban_c', 'came into force'])).toBe(true);
  });
});
