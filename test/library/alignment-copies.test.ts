import { describe, expect, it } from 'vitest';
import { alignArticles, type Alignment } from '../../src/library/alignment.ts';
import { SentenceIndex } from '../../src/search/sentence-index.ts';
import type { Article } from '../../src/model/article.ts';
import { withCopies } from '../support/copies.ts';
import { seedArticles } from '../support/seeds.ts';

function aligned(articles: readonly Article[]): Alignment {
  return alignArticles(articles, {}, new SentenceIndex(articles).termSequences());
}

/** Each claim as the ids of its sentences, articles and retellings, and its terms. */
function claimsOf(alignment: Alignment): unknown[] {
  return alignment.claims.map((claim) => ({
    sentences: claim.sentences.map((sentence) => sentence.id),
    articles: claim.articleIds,
    terms: claim.terms,
    retold: claim.retold?.map((sentence) => sentence.id),
  }));
}

describe('aligning articles whose bytes repeat an earlier article', () => {
  it('GIVEN three copies of each seed article THEN the claims are those found by weighing every copy apart', async () => {
    const seeds = await seedArticles();
    const judgedOnce = aligned(withCopies(seeds, 3));
    const judgedEach = aligned(withCopies(seeds, 3, true));
    expect(claimsOf(judgedOnce)).toEqual(claimsOf(judgedEach));
    expect(judgedOnce.apartByNames.map(({ a, b, terms }) => [a.id, b.id, terms])).toEqual(judgedEach.apartByNames.map(({ a, b, terms }) => [a.id, b.id, terms]));
  });
});
