import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from './library-of.ts';

/**
 * Weekly chart reports, worded alike week after week as real ones are: one film's place in two weeks, one single's
 * place told by two reports of one week, and two reissues of one series.
 */
const library = libraryOf({
  box_week1:
    'Ghost comedy tops US box office\n\nA ghost comedy led the North American box office at the weekend. Family comedy Lantern Row, directed by Marla Quist, debuted on the list in second place with takings of $11.4m (£6.1m) over its first three days.',
  box_week2:
    'Thriller knocks comedy off top\n\nA spy thriller has pushed the ghost comedy off the top of the North American box office. Family comedy Lantern Row, directed by Marla Quist, slipped on the list to fourth place with takings of $8.2m (£4.4m).',
  single_a: 'Teen band top singles chart\n\nA teen band went straight to the top of the UK singles chart on Sunday. Dune Harbour, sung by Ross Keel with Amber Lyle, went in at number two.',
  single_b: 'Band beat duet to top spot\n\nRoss Keel and Amber Lyle’s Dune Harbour, sung by the pair, went in at second place in Sunday’s singles chart, behind the teen band.',
  duet_week1:
    'Rock band top singles chart\n\nA rock band went straight to the top of the UK singles chart on Sunday. Night Ferry, the duet from former boy band singer Owen Marsh and Celia Dunne, went in at number three.',
  duet_week2:
    'Rapper tops singles chart\n\nA rapper knocked the rock band off the top of the UK singles chart on Sunday. Night Ferry, the duet from former boy band singer Owen Marsh and Celia Dunne, fell from number three to number five.',
  reissue_a:
    'Crooner reissue in top five\n\nThe crooner’s Silver Moon entered the singles chart at number three. The record is the fourth in a series of 15 re-releases planned for the 50th year since the singer’s debut.',
  reissue_b: 'Crooner back in the chart\n\nThe crooner’s Paper Rose went in at number five. The record is the fifth in a series of 15 re-releases planned for the 50th year since the singer’s debut.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: a rank is one week’s chart or one item of a series', () => {
  it('GIVEN one film’s place in two weeks’ charts, worded alike THEN they are not one claim', () => {
    expect(together(['box_week1', 'second place'], ['box_week2', 'fourth place'])).toBe(false);
  });

  it('GIVEN two reissues of one series told in the same words but for their rank THEN they are not one claim', () => {
    expect(together(['reissue_a', 'fourth in a series'], ['reissue_b', 'fifth in a series'])).toBe(false);
  });

  it('GIVEN a duet’s place one week AND its fall from that place to a lower one the next THEN they are not one claim', () => {
    expect(together(['duet_week1', 'went in at number three'], ['duet_week2', 'fell from number three'])).toBe(false);
  });

  it('GIVEN one single’s place told as “number two” and as “second place” THEN it is one claim', () => {
    expect(together(['single_a', 'number two'], ['single_b', 'second place'])).toBe(true);
  });
});
