import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from '../crosscheck/library-of.ts';

const library = libraryOf({
  gas_a: 'Gas outlook\n\nA cold snap in northern Europe would drain gas stocks. Traders are wary.',
  ferries_b: 'Ferries halted\n\nGas ferries stopped sailing during a cold snap in northern Europe. Passengers waited.',
  pennant_a: "Card rivals wary\n\nInvestors fear that Harlow Bank's hold on its Pennant unit - the payments firm that clears most card transactions in the north - would stifle rivals.",
  pennant_b: 'Harlow sale talk\n\nOther reports said Harlow Bank might sell its Pennant unit, the payments firm that clears most card transactions in the north.',
  kestrel_a: 'Insurers report\n\nAnalysts expect Kestrel, the largest insurer by stock market value, to report record profits next week.',
  kfb_b: 'Insurer ranks\n\nKFB is the largest insurer by stock market value in the region.',
  stocks_c: 'Stocks fall\n\nGas stocks were drained by a cold snap in northern Europe, traders said. Prices held.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity and stock phrases', () => {
  it('GIVEN two sentences that share one stock phrase and little else, naming no one THEN they are not one claim', () => {
    expect(together(['gas_a', 'would drain gas stocks'], ['ferries_b', 'Gas ferries stopped'])).toBe(false);
  });

  it('GIVEN two sentences that share only a gloss of one firm, set off by a dash or a comma THEN the gloss does not make their claims one', () => {
    expect(together(['pennant_a', 'would stifle rivals'], ['pennant_b', 'might sell its Pennant unit'])).toBe(false);
  });

  it('GIVEN a sentence that opens with a firm written in capitals and another naming a different firm THEN the capitals are a name and the two firms are not one claim', () => {
    expect(together(['kestrel_a', 'Analysts expect Kestrel'], ['kfb_b', 'KFB is the largest insurer'])).toBe(false);
  });

  it('GIVEN a retelling whose shared words are most of the claim THEN it still carries the claim', () => {
    expect(together(['gas_a', 'would drain gas stocks'], ['stocks_c', 'were drained by a cold snap'])).toBe(true);
  });
});
