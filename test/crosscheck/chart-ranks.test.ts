import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from './library-of.ts';

/**
 * Weekly chart reports, worded alike week after week as real ones are: one film's place in two weeks, one single's
 * place told by two reports of one week, and two reissues of one series.
 */
const library = libraryOf({
  box_week1:
    'Ghost comedy tops US box office\n\nA ghost comedy took the top spot at the North American box office at the weekend. Family comedy Lantern Row - co-written by Marla Quist - entered the chart in second place after opening on Friday, taking $11.4m (£6.1m).',
  box_week2:
    'Thriller knocks comedy off top\n\nA spy thriller has knocked the ghost comedy off the top of the North American box office. Family comedy Lantern Row - co-written by Marla Quist - moved down the chart to fourth place after taking $8.2m (£4.4m).',
  single_a:
    'Teen band top singles chart\n\nA teen band went straight to the top of the UK singles chart on Sunday. Dune Harbour, the duet from former Skyline singer Ross Keel and Amber Lyle, went in at number two.',
  single_b: 'Band beat duet to top spot\n\nThe duet from former Skyline singer Ross Keel and Amber Lyle, Dune Harbour, entered the chart in second place on Sunday behind the teen band.',
  reissue_a:
    'Crooner reissue in top five\n\nThe crooner’s Silver Moon entered the singles chart at number three. It is the fourth in a series of 15 reissues to mark the 50th anniversary of the singer’s first hit.',
  reissue_b: 'Crooner back in the chart\n\nThe crooner’s Paper Rose went in at number five. It is the fifth in a series of 15 reissues to mark the 50th anniversary of the singer’s first hit.',
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

  it('GIVEN one single’s place told as “number two” and as “second place” THEN it is one claim', () => {
    expect(together(['single_a', 'number two'], ['single_b', 'second place'])).toBe(true);
  });
});
