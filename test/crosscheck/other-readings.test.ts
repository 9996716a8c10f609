import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from './library-of.ts';

/**
 * Sentences that tell the same measure in the same words but give another period's reading, or another body's: a
 * monthly figure retold next month with last month's as its comparison, two bodies' figures for one month. Each pair
 * below shares enough words to be one claim by its cores alone; what tells them apart is the month of the reading or
 * figures that nowhere agree.
 */
const library = libraryOf({
  loans_december: 'Car loans rise again\n\nBorrowing on car loans rose by £2.3bn in December, up from a £1.9bn rise in November. Dealers said demand held up over the holiday.',
  loans_january: 'Car loans rise faster\n\nOverall, borrowing on car loans rose by £2.6bn in January, slightly up on the £2.3bn rise in December. Dealers reported strong trade.',
  loans_january_again: 'January car loans\n\nBorrowing on car loans rose by £2.6bn in January, the lenders said. Some dealers expect a quieter spring.',
  loans_lenders:
    'Lenders see slower car loans\n\nOverall, the Motor Lenders Association said borrowing on car loans rose by £1.1bn in January, a far smaller increase than the £1.4bn seen in December.',
  loans_retold: 'Car loans grow\n\nBorrowing on car loans grew by £2.64bn in January, slightly up on the £2.31bn rise in December, figures showed.',
  oil_monday: 'Oil slips\n\nIn London, Brent crude fell 40 cents to $51.82 a barrel on Monday. Traders blamed mild weather.',
  oil_monday_again: 'Crude eases\n\nBrent crude fell 40 cents in London to $51.82 a barrel, traders said.',
  oil_later: 'Oil falls further\n\nIn London, Brent crude fell 65 cents to $49.17 a barrel. Stocks in the US rose.',
  shops_november: 'Shop sales pick up\n\nThe statistics office said shop sales in Tellford rose 0.8% on the month and 5.2% on the year. Clothing did best.',
  shops_december: 'Shop sales slip\n\nShop sales in Tellford fell by 1.3% on the month in December, after a 0.8% rise in November, the statistics office said.',
  shops_december_again: 'Quiet Christmas for shops\n\nShop sales in Tellford fell by 1.3% on the month in December, the statistics office said. Toy shops fared worst.',
  jobs_forecast: 'Factories hire fewer staff\n\nFactories in Tellford hired fewer workers than expected in January, the chamber of commerce said. Exports were steady.',
  jobs_forecast_december: 'Tellford hiring slows\n\nTellford factories hired fewer workers than expected in December, according to the chamber of commerce.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: another reading of the same measure', () => {
  it('GIVEN a month’s reading and the next month’s that names it only as its comparison (“in December, up from …” / “in January, slightly up on the … rise in December”) THEN they are not one claim', () => {
    expect(together(['loans_december', 'rose by £2.3bn in December'], ['loans_january', 'rose by £2.6bn in January'])).toBe(false);
  });

  it('GIVEN one month’s reading told with and without its comparison THEN they still carry one claim', () => {
    expect(together(['loans_january', 'rose by £2.6bn in January'], ['loans_january_again', 'rose by £2.6bn in January'])).toBe(true);
  });

  it('GIVEN readings compared with what was expected in other months (“fewer workers than expected in January” / “in December”) THEN each month is its reading’s own and they are not one claim', () => {
    expect(together(['jobs_forecast', 'fewer workers than expected in January'], ['jobs_forecast_december', 'fewer workers than expected in December'])).toBe(false);
  });

  it('GIVEN a reading that names no month and the next month’s that gives its figure only as the comparison (“rose 0.8% on the month” / “fell by 1.3% … in December, after a 0.8% rise in November”) THEN they are not one claim', () => {
    expect(together(['shops_november', 'rose 0.8% on the month'], ['shops_december', 'fell by 1.3%'])).toBe(false);
  });

  it('GIVEN one month’s reading told with and without the comparison “after a 0.8% rise” THEN they still carry one claim', () => {
    expect(together(['shops_december', 'fell by 1.3%'], ['shops_december_again', 'fell by 1.3%'])).toBe(true);
  });

  it('GIVEN two bodies’ readings for one month whose figures nowhere agree (“£2.6bn … £2.3bn” / “£1.1bn … £1.4bn”) THEN they are not one claim', () => {
    expect(together(['loans_january', 'rose by £2.6bn in January'], ['loans_lenders', 'rose by £1.1bn in January'])).toBe(false);
  });

  it('GIVEN two prices each written to four digits that differ (“$51.82 a barrel” / “$49.17 a barrel”) THEN they are two readings, not one claim', () => {
    expect(together(['oil_monday', 'to $51.82 a barrel'], ['oil_later', 'to $49.17 a barrel'])).toBe(false);
  });

  it('GIVEN one price written to four digits told alike in two articles THEN they still carry one claim', () => {
    expect(together(['oil_monday', 'to $51.82 a barrel'], ['oil_monday_again', 'to $51.82 a barrel'])).toBe(true);
  });

  it('GIVEN one reading retold with its figures rounded (“£2.64bn … £2.31bn” / “£2.6bn … £2.3bn”) THEN they still carry one claim', () => {
    expect(together(['loans_january', 'rose by £2.6bn in January'], ['loans_retold', 'grew by £2.64bn in January'])).toBe(true);
  });
});
