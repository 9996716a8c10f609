import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from '../crosscheck/library-of.ts';

const TOWNS = ['Arden', 'Bexley', 'Carlow', 'Dunmore', 'Elgin', 'Fenton', 'Garvey', 'Hollis'];
/** Council notices from town to town, so that "family", "paper" and "mill" are everyday words, not a rare phrase. */
const notices = Object.fromEntries(
  TOWNS.map((town, t) => [`notice_${t}`, `${town} notices\n\nThe ${town} council will hold a weekly briefing on roadworks. A ${town} family still runs the paper mill by the river.`]),
);

const library = libraryOf({
  ...notices,
  prices_a: 'Dalmor prices slide\n\nIn Dalmor, prices fell for successive months. Exporters blamed the strong currency.',
  prices_b: 'Dalmor in deflation\n\nIn Dalmor, prices dropped for consecutive months, the statistics office said. Shoppers held back.',
  grant_a: 'Holt sets out plans\n\nCouncil leader Anna Holt wants to scrap the grant for housing. She spoke in Tarnby.',
  grant_b: 'Holt manifesto\n\nAnna Holt has pledged to abolish the housing grant. Her rivals were unimpressed.',
  grant_c: 'Rowe manifesto\n\nPiet Rowe has pledged to abolish the housing grant. His rivals were unimpressed.',
  refugee_a: "Asylum rules changed\n\nLast year Kellby's Asylum Board changed the definition of a refugee. Critics were not consulted.",
  refugee_b: "Kellby asylum row\n\nKellby's Asylum Board altered how a refugee is defined. Ministers disagree.",
  sale_a: 'Mill changes hands\n\nThe Arnley family sold the Tarnby paper mill to a Swedish group.',
  sale_b: 'Family exits paper\n\nThe Arnley family is to sell the Tarnby paper mill, its lawyers confirmed.',
  grant_d: 'Palace accounts\n\nThe Prince of Wales received £2m from grants-in-aid to repair his roofs.',
  grant_e: 'Clinic funding\n\nBritain is to give a £2m grant to clinics treating Aids patients in Malawi.',
  calls_a: "Watchdog warns bookmakers\n\nA spokesman for the Gaming Commissioner's Office said betting firms that texted customers to place bets on the election would be breaking the rules.",
  calls_b: 'Bookmakers told to stop election texts\n\nDeputy gaming commissioner Alan Pryce said betting firms that texted customers to place bets on the election were breaking the rules.',
  miners_a: 'Miners rescued\n\nTwelve miners trapped underground at the Kellby pit for three days were brought to the surface on Friday.',
  mill_a: 'Works deal\n\nIn Varna, the sale of the Dorsk works to Kapro was agreed.',
  mill_b: 'Works changes hands\n\nIn Varna, the Dorsk works was sold to Kapro.',
  takings_a: 'Dorsk results\n\nIn Varna, sales of the Dorsk works rose, Kapro said.',
  jail_a: 'Broker jailed\n\nOn Monday Ivo Marsh was jailed for fraud.',
  jail_b: 'Tarnby court\n\nIn Tarnby, Ivo Marsh was sentenced for fraud.',
  quote_a:
    'Leak inquiry\n\nMr Arlen, who sits on the Commons defence committee and chaired its review of procurement, told the BBC on Friday: "That, as a practice, is sound, but it is not an absolute law."',
  quote_b:
    'Papers row\n\nOn the question of whether such papers had always been kept private and sealed by every government, Tory MP Simon Arlen told the BBC: "That, as a practice, is sound, but it is not an absolute law."',
  quote_c: 'Union warning\n\nUnion leader Petra Vance said: "That, as a practice, is sound, but it is not an absolute law."',
  buyout_a: 'Telecoms deal\n\nOn Monday Dalcor accepted a buyout from Kapro, its board said.',
  buyout_b: 'Dalcor sold\n\nLast week, Dalcor agreed to a buyout by Kapro.',
  output_a: "Dalmor economy\n\nDalmor's gross domestic product rose by 0.8% in the last three months of 2004, the statistics office said.",
  output_b: "Kellby economy\n\nKellby's gross domestic product fell by 0.1% in the last three months of 2004, official figures showed.",
  miners_b: 'Pit rescue ends\n\nRescuers at Kellby said the 12 miners trapped underground had been brought to the surface.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity across paraphrase', () => {
  it('GIVEN a fall told for "successive" months in one article and "consecutive" months in another THEN both sentences carry one claim', () => {
    expect(together(['prices_a', 'successive months'], ['prices_b', 'consecutive months'])).toBe(true);
  });

  it('GIVEN a plan to "scrap" a grant in one article and to "abolish" it in another THEN both sentences carry one claim', () => {
    expect(together(['grant_a', 'scrap the grant'], ['grant_b', 'abolish the housing grant'])).toBe(true);
  });

  it('GIVEN two different people each pledging to abolish a grant THEN the synonym does not make their pledges one claim', () => {
    expect(together(['grant_a', 'scrap the grant'], ['grant_c', 'abolish the housing grant'])).toBe(false);
  });

  it('GIVEN a "definition" in one article and what is "defined" in another THEN the derived forms of one word make one claim', () => {
    expect(together(['refugee_a', 'definition of a refugee'], ['refugee_b', 'refugee is defined'])).toBe(true);
  });

  it('GIVEN one sale told with "sold" in one article and "sell" in another THEN the irregular forms of one verb make one claim', () => {
    expect(together(['sale_a', 'sold the Tarnby paper mill'], ['sale_b', 'sell the Tarnby paper mill'])).toBe(true);
  });

  it('GIVEN a body named once by its name and once by the role of its officer THEN the two speakers are not taken for strangers', () => {
    expect(together(['calls_a', "Gaming Commissioner's Office"], ['calls_b', 'Alan Pryce'])).toBe(true);
  });

  it('GIVEN one word of a name that the other sentence uses as a common word ("Aids" / "grants-in-aid") THEN that chance alone does not make two actors one', () => {
    expect(together(['grant_d', 'received £2m'], ['grant_e', 'give a £2m grant'])).toBe(false);
  });

  it('GIVEN "the sale of" the works in one article and the works "was sold" in another THEN the noun of the act and its verb make one claim', () => {
    expect(together(['mill_a', 'the sale of'], ['mill_b', 'was sold'])).toBe(true);
  });

  it('GIVEN the works\' "sales" rising in one article and the works "was sold" in another THEN the plural, which means takings, does not make them one claim', () => {
    expect(together(['takings_a', 'sales of'], ['mill_b', 'was sold'])).toBe(false);
  });

  it('GIVEN a man "jailed for fraud" in one article and "sentenced for fraud" in another THEN both sentences carry one claim', () => {
    expect(together(['jail_a', 'was jailed'], ['jail_b', 'was sentenced'])).toBe(true);
  });

  it("GIVEN one speaker's words quoted alike by two articles that frame them differently THEN both sentences carry one claim", () => {
    expect(together(['quote_a', 'Mr Arlen'], ['quote_b', 'Simon Arlen'])).toBe(true);
  });

  it('GIVEN the same words quoted from two different named people THEN the quotation does not make them one claim', () => {
    expect(together(['quote_b', 'Simon Arlen'], ['quote_c', 'Petra Vance'])).toBe(false);
  });

  it('GIVEN a firm that "accepted a buyout" in one article and "agreed to a buyout" in another THEN both sentences carry one claim', () => {
    expect(together(['buyout_a', 'accepted a buyout'], ['buyout_b', 'agreed to a buyout'])).toBe(true);
  });

  it('GIVEN an economy that "rose" in one article and another that "fell" over the same months THEN the opposite acts are two claims', () => {
    expect(together(['output_a', 'rose by 0.8%'], ['output_b', 'fell by 0.1%'])).toBe(false);
  });

  it('GIVEN a count written as a word in one article and in figures in another THEN both sentences carry one claim', () => {
    expect(together(['miners_a', 'Twelve miners'], ['miners_b', 'the 12 miners'])).toBe(true);
  });
});
