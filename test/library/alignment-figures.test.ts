import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from '../crosscheck/library-of.ts';

const TOWNS = ['Arden', 'Bexley', 'Carlow', 'Dunmore', 'Elgin', 'Fenton', 'Garvey', 'Hollis', 'Innes', 'Jarrow', 'Keswick', 'Lorne', 'Marden', 'Nairn', 'Olney'];
const MOODS = ['brisk', 'slow', 'steady', 'mixed', 'weak', 'strong', 'patchy', 'flat'];
/** A regional trade round-up in every town, so that "firms" and "said" are everyday words of the library, as in a business desk's archive. */
const roundUps = Object.fromEntries(
  TOWNS.map((town, t) => [`roundup_${t}`, `${town} trade round-up\n\n${MOODS.map((mood, m) => `Firms on ${town} high street said trading was ${mood} in week ${m + 1}.`).join(' ')}`]),
);

const library = libraryOf({
  ...roundUps,
  varga_a: 'Varga targets sell-offs\n\nPrime Minister Ilse Varga said on Wednesday that her government planned to take back control of 2,400 firms.',
  varga_b: 'Sell-offs under review\n\nIlse Varga, the prime minister, said earlier this month that the sell-offs of as many as 2,400 firms could be reviewed.',
  safety_a: 'Safety drive\n\nThe safety agency will inspect 2,400 firms before the new rules come in.',
  fees_a: 'Consultants row\n\nTarnby council spent £3m on consultants.',
  fees_b: 'Council defends advisers\n\nAdvisers were paid three million pounds, the Tarnby council accounts show.',
  safety_b: 'Chambers gloomy\n\nAs many as 2,400 firms could close by March, according to a survey of chambers of commerce.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity by figures', () => {
  it('GIVEN one person giving the same figure of the same unit in two retellings with little else alike THEN both sentences carry one claim', () => {
    expect(together(['varga_a', 'take back control of 2,400 firms'], ['varga_b', 'as many as 2,400 firms'])).toBe(true);
  });

  it('GIVEN a sum written "£3m" in one article and "three million pounds" in another THEN the figure anchors one claim', () => {
    expect(together(['fees_a', 'spent £3m'], ['fees_b', 'three million pounds'])).toBe(true);
  });

  it('GIVEN the same figure of the same everyday unit in two sentences that name no one alike THEN the figure alone does not make them one claim', () => {
    expect(together(['safety_a', 'inspect 2,400 firms'], ['safety_b', 'As many as 2,400 firms'])).toBe(false);
  });
});
