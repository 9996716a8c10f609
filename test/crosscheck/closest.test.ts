import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { closestArticles } from '../../src/crosscheck/closest.ts';
import { readArticle } from '../../src/corpus/load.ts';
import { buildLibrary, type Library } from '../../src/library/library.ts';
import { loadLibrary } from '../../src/library/load-library.ts';
import { termsOf } from '../../src/text/normalise.ts';
import { must } from '../support/must.ts';

let seeds: Library;

beforeAll(async () => {
  seeds = await loadLibrary(join(import.meta.dirname, '../../seeds'), () => undefined);
});

describe('the articles a new one aligns with most', () => {
  it('GIVEN a rewrite of one seed THEN puts that seed first with most of its sentences', () => {
    const source = must(seeds.article('003_3efcfc92afac0b08'));
    const rewrite = readArticle('900_rewrite.txt', new TextEncoder().encode(`A retelling\n\n${source.text.slice(source.body.start, source.body.end)}`));
    if (!rewrite.ok) throw new Error(rewrite.warning.reason);
    const library = buildLibrary([...seeds.articles, rewrite.article]);
    const [first] = closestArticles(library, '900_rewrite', 3);
    expect(first).toMatchObject({ articleId: '003_3efcfc92afac0b08' });
    expect(must(first).share).toBeGreaterThan(0.9);
  });

  it('GIVEN a seed THEN names at most n others, best first, never itself', () => {
    const closest = closestArticles(seeds, '001_37221fccf659f1c8', 2);
    expect(closest.length).toBeLessThanOrEqual(2);
    expect(closest.map((entry) => entry.articleId)).not.toContain('001_37221fccf659f1c8');
    expect(must(closest[0]).share).toBeGreaterThanOrEqual(must(closest.at(-1)).share);
  });

  it('GIVEN an unknown id THEN names none', () => {
    expect(closestArticles(seeds, 'nope', 3)).toEqual([]);
  });
});

/**
 * The first implementation, kept as the oracle: every other sentence tokenised again and every
 * pair sharing a term compared. The index-backed one must give exactly its answers.
 */
function closestByScanning(library: Library, articleId: string, n: number): ReturnType<typeof closestArticles> {
  const article = library.article(articleId);
  if (!article) return [];
  const postings = new Map<string, { articleId: string; key: string }[]>();
  const sizes = new Map<string, number>();
  for (const other of library.articles) {
    if (other.id === articleId) continue;
    for (const sentence of other.sentences) {
      const terms = termsOf(sentence.text);
      sizes.set(sentence.id, terms.length);
      for (const term of terms) postings.set(term, [...(postings.get(term) ?? []), { articleId: other.id, key: sentence.id }]);
    }
  }
  const matched = new Map<string, number>();
  let counted = 0;
  for (const sentence of article.sentences) {
    const terms = termsOf(sentence.text);
    if (terms.length < 4) continue;
    counted++;
    const shared = new Map<string, { articleId: string; count: number }>();
    for (const term of terms) {
      for (const posting of postings.get(term) ?? []) {
        const entry = shared.get(posting.key) ?? { articleId: posting.articleId, count: 0 };
        entry.count++;
        shared.set(posting.key, entry);
      }
    }
    const articlesMatched = new Set<string>();
    for (const [key, { articleId: otherId, count }] of shared) if ((2 * count) / (terms.length + (sizes.get(key) ?? 0)) >= 0.6) articlesMatched.add(otherId);
    for (const otherId of articlesMatched) matched.set(otherId, (matched.get(otherId) ?? 0) + 1);
  }
  if (counted === 0) return [];
  return [...matched]
    .map(([otherId, sentences]) => ({ articleId: otherId, share: sentences / counted, sentences }))
    .sort((a, b) => b.share - a.share || a.articleId.localeCompare(b.articleId))
    .slice(0, n);
}

describe('the articles a new one aligns with most, found through the index', () => {
  it('GIVEN each seed and a library with retellings that drop, add and reword sentences THEN the answer is the one a scan of every sentence gives', () => {
    const retellings = seeds.articles.flatMap((source, i) => {
      const sentences = source.sentences.map((sentence) => sentence.text);
      const reworded = sentences.filter((_, k) => k % 3 !== 1).map((text, k) => (k % 2 === 0 ? text.replace(/\bsaid\b/gu, 'stated') : `${text.slice(0, -1)} on Monday.`));
      const read = readArticle(`95${i}_retold.txt`, new TextEncoder().encode(`Retold ${i}\n\n${reworded.join(' ')}`));
      if (!read.ok) throw new Error(read.warning.reason);
      return [read.article];
    });
    const library = buildLibrary([...seeds.articles, ...retellings]);
    for (const { id } of library.articles) expect(closestArticles(library, id, 10)).toEqual(closestByScanning(library, id, 10));
  });
});
