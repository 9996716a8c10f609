import { describe, expect, it } from 'vitest';
import { claimOfSentences } from '../../src/library/alignment.ts';
import { discrepanciesOf } from '../../src/crosscheck/discrepancies.ts';
import { libraryOf, sentenceOf } from './library-of.ts';

/** One court fight over an asset sale, told by four reports in the shapes of wire copy. */
const library = libraryOf({
  sale_a: "Harlow Oil fights sale\n\nHarlow Oil's US lawyers claim the sale of its refinery was illegal because the firm had filed for bankruptcy in Texas.",
  sale_b: 'Refinery sold\n\nLawyers claimed the sale of the refinery was illegal because Harlow Oil had filed for bankruptcy in Texas.',
  sale_c: 'Harlow Oil back in court\n\nHarlow Oil lawyers now say the sale of the refinery was illegal under US bankruptcy law.',
  sale_d: 'Sale row widens\n\nUS officials said the sale of the Harlow Oil refinery was illegal under bankruptcy law.',
  sale_e: 'Moscow defends sale\n\nRussian officials said the sale of the Harlow Oil refinery was legal under bankruptcy law.',
  tariff_a: 'Tariffs to go\n\nPrime Minister Anna Reyes met finance minister Tom Hale at the port on Monday. The prime minister said the new steel tariffs would be dropped by June.',
  tariff_b: 'Steel tariffs dropped\n\nAnna Reyes spoke in the capital on Tuesday. Ms Reyes said the new steel tariffs would be dropped by June.',
  tariff_c: 'Tariff pledge\n\nTom Hale spoke in the capital on Tuesday. Mr Hale said the new steel tariffs would be dropped by June.',
  sales_a: 'Shops endure weak March\n\nA Scottish Retail Guild survey found that sales in March were the weakest for eight years.',
  sales_b: 'Retail gloom\n\nThe SRG survey found sales in March were the weakest for eight years.',
  mill_a: 'Grocer eyes mill\n\nScotland’s biggest grocer, Harbour Foods (HFG), says it is in talks to buy the flour mill in Leith.',
  mill_b: 'Mill talks\n\nThe news came as HFG said it was in talks to buy the flour mill in Leith.',
  pick_a: 'Candidate suspended\n\nKestrel spokesman Tom Reid said those who picked Mr Vale knew nothing of his views.',
  pick_b: 'Vale suspended\n\nOn the suspension of Mr Vale, Kestrel said those who picked him knew nothing of his views.',
});
const claimOf = (...picks: [string, string][]) => claimOfSentences(picks.map(([id, words]) => sentenceOf(library, id, words)));
const attributionOf = (claim: ReturnType<typeof claimOf>) => discrepanciesOf(library, claim).filter((discrepancy) => discrepancy.kind === 'attribution');

describe('attribution differences compare who the sources are, not how fully each article describes them', () => {
  it('GIVEN one group of lawyers told as “Lawyers”, “Harlow Oil lawyers” and “Harlow Oil’s US lawyers” THEN they are one source, and no attribution difference is shown', () => {
    expect(attributionOf(claimOf(['sale_a', 'lawyers claim'], ['sale_b', 'Lawyers claimed'], ['sale_c', 'lawyers now say']))).toEqual([]);
  });

  it('GIVEN “US officials” in one article and “Russian officials” in another THEN they are two sources, and the difference is shown', () => {
    const texts = attributionOf(claimOf(['sale_d', 'US officials'], ['sale_e', 'Russian officials'])).flatMap((discrepancy) => discrepancy.variants.map((variant) => variant.text));
    expect(texts).toEqual(['US officials said', 'Russian officials said']);
  });

  it('GIVEN one article crediting “the prime minister” and another crediting Ms Reyes, whom the first names as Prime Minister THEN they are one source, and no attribution difference is shown', () => {
    expect(attributionOf(claimOf(['tariff_a', 'The prime minister said'], ['tariff_b', 'Ms Reyes said']))).toEqual([]);
  });

  it('GIVEN one article crediting “the prime minister” and another crediting the finance minister by name THEN they are two sources, and the difference is shown', () => {
    const texts = attributionOf(claimOf(['tariff_a', 'The prime minister said'], ['tariff_c', 'Mr Hale said'])).flatMap((discrepancy) => discrepancy.variants.map((variant) => variant.text));
    expect(texts).toEqual(['The prime minister said', 'Mr Hale said']);
  });

  it('GIVEN a body named by its initials in one article (“The SRG survey”) and in full in another (“A Scottish Retail Guild survey”) THEN they are one source, and no attribution difference is shown', () => {
    expect(attributionOf(claimOf(['sales_a', 'survey found'], ['sales_b', 'survey found']))).toEqual([]);
  });

  it('GIVEN a source described and then named in brackets (“Scotland’s biggest grocer, Harbour Foods (HFG), says”) and named in another article (“HFG said”) THEN they are one source, and no attribution difference is shown', () => {
    expect(attributionOf(claimOf(['mill_a', 'in talks'], ['mill_b', 'in talks']))).toEqual([]);
  });

  it('GIVEN a body’s spokesman named in one article (“Kestrel spokesman Tom Reid said”) and the body in another (“Kestrel said”) THEN they are one source, and no attribution difference is shown', () => {
    expect(attributionOf(claimOf(['pick_a', 'knew nothing'], ['pick_b', 'knew nothing']))).toEqual([]);
  });
});
