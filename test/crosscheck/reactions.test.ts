import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from './library-of.ts';

/**
 * Campaign and diplomatic copy: a party's plan and a rival's scorn for it, worded alike as real reports are; and one
 * leader's praise of a deal, told as a verb of praise in one story and as his words in another.
 */
const library = libraryOf({
  plan: 'Greens unveil housing plan\n\nIf elected, the party would build 200,000 council homes a year and cap all rents in the capital. Its leader launched the plan in Leeds.',
  scorn: 'Premier mocks housing plan\n\nThe prime minister ridiculed the Green plans to build council homes every year and to cap all rents in the capital. He spoke at a rally in Derby.',
  praise_a: 'Leader praises trade pact\n\nThe chancellor hailed the trade pact with the Baltic states as a step towards lasting prosperity for the region. Talks had run for a year.',
  praise_b: 'Trade pact signed\n\nThe trade pact with the Baltic states is a step towards lasting prosperity for the region, the chancellor said. It was signed in Riga.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: a reaction is a claim of its own', () => {
  it('GIVEN a party’s plan AND a rival who ridiculed that plan in the same words THEN they are not one claim', () => {
    expect(together(['plan', 'would build'], ['scorn', 'ridiculed'])).toBe(false);
  });

  it('GIVEN a leader who hailed a pact in one story AND the same praise told as his words in another THEN it is one claim', () => {
    expect(together(['praise_a', 'hailed the trade pact'], ['praise_b', 'the chancellor said'])).toBe(true);
  });
});
