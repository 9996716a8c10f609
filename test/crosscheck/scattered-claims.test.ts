import { describe, expect, it } from 'vitest';
import { crossCheck } from '../../src/crosscheck/cross-check.ts';
import { libraryOf, sentenceOf } from './library-of.ts';

/** Two growth forecasts for different countries, with one verb and one year, in articles that share nothing else. */
const library = libraryOf({
  budget_kenmar:
    'Kenmar unveils budget\n\nFinance minister Ruth Adeyemi presented her budget to parliament on Wednesday. She predicted that the Kenmar economy would grow by 3.9% in 2005 and 4.1% in 2006. Spending on schools will rise. Fuel duty is frozen.',
  markets_tavia:
    'Tavia shares recover\n\nShares in Tavia closed higher on Monday. The Tavian economy is now expected to grow by 5.2% in 2005, rather than 6% as forecast before the floods. Tourism firms led the gains. The currency was steady.',
  forecast_a: 'Loran raises forecast\n\nThe Loran central bank said the economy would grow by 2.8% in 2005, up from 2.5%. Exporters welcomed the news. Interest rates were left unchanged.',
  forecast_b: 'Loran growth upgraded\n\nLoran’s economy would grow by 2.9% in 2005, the central bank said on Thursday, up from 2.5%. Builders hope for lower rates.',
});

describe('corroboration of sentences that do not tell one claim', () => {
  it('GIVEN growth forecasts for two different countries in the same year, one naming who made it THEN the note does not call them one claim with one named source', () => {
    const check = crossCheck(library, [sentenceOf(library, 'budget_kenmar', 'predicted that'), sentenceOf(library, 'markets_tavia', 'expected to grow')]);
    expect(check.corroboration.independent).toBe(false);
    expect(check.corroboration.note).toContain('not one claim the articles retell');
  });

  it('GIVEN one forecast told by two articles THEN the note still counts it as one claim', () => {
    const check = crossCheck(library, [sentenceOf(library, 'forecast_a', 'would grow'), sentenceOf(library, 'forecast_b', 'would grow')]);
    expect(check.corroboration.note).not.toContain('not one claim the articles retell');
  });
});

describe('differences only from listed sentences', () => {
  it('GIVEN a claim whose sentences differ in a figure and an answer that lists only one of them THEN no difference is read', () => {
    const first = sentenceOf(library, 'forecast_a', 'would grow');
    const second = sentenceOf(library, 'forecast_b', 'would grow');
    const all = crossCheck(library, [first, second]);
    const listedOnly = crossCheck(library, [first, second], undefined, new Set([first.id]));
    expect(all.discrepancies.length).toBeGreaterThan(0);
    expect(listedOnly.discrepancies).toEqual([]);
  });
});
