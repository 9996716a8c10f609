import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from './library-of.ts';

/**
 * Reports that give a count of one unit in the same everyday words: two novels' sales, and one count of shops told two
 * ways, as two reports round it; and figures given as the measure of a noun before them ("an annual rate of 0.4%"): two
 * economies' growth, and one deficit told two ways.
 */
const library = libraryOf({
  novel: 'Thriller author signs film deal\n\nNovelist Hana Orlov has sold the film rights to her debut thriller. Readers have bought over seven million copies of the novel around the world.',
  sequel:
    'Fantasy sequel breaks records\n\nThe second volume of the Ember Gate fantasy series went on sale on Friday. Readers have bought over three million copies of the novel around the world since its launch last spring.',
  shops_a: 'Tea chain expands\n\nThe Leaf & Cup chain plans to open 120 shops in Germany by next summer, its founder said.',
  shops_b: 'Leaf & Cup in German push\n\nLeaf & Cup is to open about 110 shops in Germany by next summer.',
  growth_japan: 'Japan growth slows\n\nThe economy grew in the three months to September at an annual rate of 0.4%, the cabinet office said.',
  growth_us: 'US growth beats forecasts\n\nThe economy grew in the three months to September at an annual rate of 3.9%, the commerce department said.',
  deficit_a: 'Budget gap at record\n\nThe government ran a budget deficit of $412bn in the year to September, the treasury said.',
  deficit_b: 'Deficit hits new high\n\nThe treasury said the government ran a budget deficit of $413bn in the year to September.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: counts of one unit far apart are two facts', () => {
  it('GIVEN two books’ sales in the same words and other counts of copies THEN they are not one claim', () => {
    expect(together(['novel', 'seven million copies'], ['sequel', 'three million copies'])).toBe(false);
  });

  it('GIVEN one plan’s count of shops told as 120 and as about 110 THEN it is still one claim', () => {
    expect(together(['shops_a', '120 shops'], ['shops_b', '110 shops'])).toBe(true);
  });

  it('GIVEN two economies’ growth told in the same words at annual rates far apart THEN they are not one claim', () => {
    expect(together(['growth_japan', 'annual rate of 0.4%'], ['growth_us', 'annual rate of 3.9%'])).toBe(false);
  });

  it('GIVEN one budget deficit told as $412bn and as $413bn THEN it is still one claim', () => {
    expect(together(['deficit_a', 'deficit of $412bn'], ['deficit_b', 'deficit of $413bn'])).toBe(true);
  });
});
