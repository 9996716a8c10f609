import { describe, expect, it } from 'vitest';
import { SentenceIndex } from '../../src/search/sentence-index.ts';
import { withCopies } from '../support/copies.ts';
import { seedArticles } from '../support/seeds.ts';

describe('indexing articles whose bytes repeat an earlier article', () => {
  it('GIVEN copies of each seed article THEN the index holds the tokens and postings that tokenising each copy gives', async () => {
    const seeds = await seedArticles();
    const copied = new SentenceIndex(withCopies(seeds, 2)).toSnapshot();
    const tokenisedEach = new SentenceIndex(withCopies(seeds, 2, true)).toSnapshot();
    expect(copied).toEqual(tokenisedEach);
  });

  it('GIVEN a copy THEN a search finds its sentences as it finds the first article’s', async () => {
    const seeds = await seedArticles();
    const index = new SentenceIndex(withCopies(seeds, 1));
    const articles = index.search('5,000 engineering troops').hits.map((hit) => hit.sentence.articleId);
    const copies = articles.filter((id) => id.endsWith('_copy0'));
    expect(copies.length).toBeGreaterThan(0);
    expect(copies.map((id) => id.replace('_copy0', '')).sort()).toEqual(articles.filter((id) => !id.endsWith('_copy0')).sort());
  });
});
