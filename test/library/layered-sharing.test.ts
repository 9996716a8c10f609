import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../src/library/library.ts';
import { SharingReadAhead } from '../../src/library/layered-sharing.ts';
import { LayeredIndex } from '../../src/search/layered-index.ts';
import { termsOf } from '../../src/text/normalise.ts';
import { seedArticles } from '../support/seeds.ts';

// The layered index that reads ahead which sentences share terms with the added ones must give
// what the layered index gives, for any least shared count a caller asks.

async function layers(): Promise<{ plain: LayeredIndex; readAhead: SharingReadAhead; added: string[][] }> {
  const articles = await seedArticles();
  const base = buildLibrary(articles.slice(0, 4));
  const added = buildLibrary(articles.slice(4));
  const hidden = new Set([articles[1]?.id ?? '']);
  const readAhead = new SharingReadAhead(base.index, added.index, hidden);
  await readAhead.readAhead(added.articles.flatMap((article) => article.sentences));
  return { plain: new LayeredIndex(base.index, added.index, hidden), readAhead, added: added.articles.flatMap((article) => article.sentences.map((sentence) => termsOf(sentence.text))) };
}

const found = (index: LayeredIndex, terms: readonly string[], least: number) =>
  [...index.sharingTerms(terms, (shared) => shared >= least)].map(({ sentence, shared, terms }) => [sentence.id, shared, terms]);

describe('SharingReadAhead', () => {
  it('GIVEN the added sentences read ahead THEN each least shared count from 1 to 12 finds the same sentences in the same order as the layered index', async () => {
    const { plain, readAhead, added } = await layers();
    for (const terms of added) for (let least = 1; least <= 12; least++) expect(found(readAhead, terms, least)).toEqual(found(plain, terms, least));
  });

  it('GIVEN a sentence never read ahead THEN it is answered as by the layered index', async () => {
    const { plain, readAhead } = await layers();
    const terms = termsOf('North Korean troops were seen near the Kursk border by Ukrainian intelligence');
    expect(found(readAhead, terms, 3)).toEqual(found(plain, terms, 3));
  });

  it('GIVEN the seeds split in two THEN the comparison above is not empty: added sentences share terms with built ones', async () => {
    const { readAhead, added } = await layers();
    expect(added.some((terms) => found(readAhead, terms, 3).length > 0)).toBe(true);
  });
});
