import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type SearchResult, SentenceIndex } from '../../src/search/sentence-index.ts';
import { seedArticles } from '../support/seeds.ts';

const articles = await seedArticles();
const index = new SentenceIndex(articles);
const words = [...new Set(articles.flatMap((article) => article.sentences.flatMap((sentence) => sentence.text.split(/[^\p{L}\p{N}]+/u))).filter((word) => word.length > 0))];

/** Everything a caller can read of a result, its hits' sentences, kinds, scores, spans and spellings included. */
function readWhole(result: SearchResult): string {
  const hits = result.hits.map((hit) => [hit.sentence.id, hit.match, hit.score, hit.phrase, hit.corrected]);
  return JSON.stringify({ ...result, hits });
}

/** A word of the seed articles as typed (sometimes with two letters swapped, as a typo), or two of them side by side. */
const query = fc.oneof(
  fc.constantFrom(...words),
  fc.tuple(fc.constantFrom(...words), fc.nat()).map(([word, at]) => {
    if (word.length < 4) return word;
    const i = 1 + (at % (word.length - 2));
    return `${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`;
  }),
  fc.tuple(fc.constantFrom(...words), fc.constantFrom(...words)).map(([first, second]) => `${first} ${second}`),
);

describe('hits made when first read', () => {
  it('GIVEN queries searched one after another, any of them misspelt (property) THEN each result read after the later searches is what it was read at once', () => {
    fc.assert(
      fc.property(fc.array(query, { minLength: 2, maxLength: 8 }), (queries) => {
        const readAtOnce = queries.map((text) => readWhole(index.search(text)));
        const results = queries.map((text) => index.search(text));
        expect(results.map(readWhole)).toEqual(readAtOnce);
      }),
      { seed: 39, numRuns: 300 },
    );
  });

  it('GIVEN a result whose hits were never read THEN it is written out whole, hits and all', () => {
    const written = JSON.parse(JSON.stringify(index.search('Goremikin'))) as { hits: { corrected: Record<string, string> }[] };
    expect(written.hits.length).toBeGreaterThan(0);
    expect(Object.keys(written)).toEqual(['terms', 'words', 'asked', 'hits', 'total', 'nearMisses']);
  });
});
