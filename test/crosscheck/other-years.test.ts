import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from './library-of.ts';

/**
 * Reports that give one count in the same words for other years: a broadcaster's forecast for a year to come and another
 * country's tally of a year gone; and one plant's closure, told once with the year it happens in and once with the year
 * its owner was founded in, in passing.
 */
const library = libraryOf({
  forecast: 'Satellite firm sets viewer goal\n\nOrbis TV wants a third of its viewers to use its recorder service. It is predicting 12 million total subscribers by 2010, its chief executive said.',
  tally: 'Mobile boom in Brazil\n\nPhone makers are racing to sell handsets in Brazil. In March 2002, there were only 12 million mobile subscribers in the country, a regulator said.',
  closure_a: 'Mill to close\n\nHarlow Mills, which was founded in 1887, is to close its Leeds plant with the loss of 300 jobs.',
  closure_b: 'Leeds jobs blow\n\nHarlow Mills will shut its Leeds plant in 2005, cutting 300 jobs, the firm said.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: a count told of other years is another fact', () => {
  it('GIVEN one count of subscribers, forecast for one year and tallied for another THEN they are not one claim', () => {
    expect(together(['forecast', '12 million total subscribers'], ['tally', '12 million mobile subscribers'])).toBe(false);
  });

  it('GIVEN one closure told with its year, and with a year of the firm’s past in passing THEN it is still one claim', () => {
    expect(together(['closure_a', 'founded in 1887'], ['closure_b', 'in 2005'])).toBe(true);
  });
});
