import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/model/article.ts';
import type { Library } from '../../src/library/library.ts';
import { seedLibrary } from '../support/seeds.ts';
import { anyUtf16, SEED, wordSoup } from './arbitraries.ts';
import { must } from '../support/must.ts';

/** Cases run, as docs/reliability.md reports them; each query goes through search and findPhrase. */
const SEARCH_RUNS = 3000;

let library: Library;
let fragments: string[];
beforeAll(async () => {
  library = await seedLibrary();
  // Real pieces of the articles, so that many generated queries do find something.
  fragments = library.articles.flatMap((article) => article.sentences.map((sentence) => sentence.text));
});

/** The sentence is the library's own, and its offsets hold in its article's text. */
function expectOwned(sentence: Sentence): void {
  expect(library.sentence(sentence.articleId, sentence.index)).toBe(sentence);
  const text = must(library.article(sentence.articleId)).text;
  expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
}

describe('any query through search (property)', () => {
  it(`GIVEN ${SEARCH_RUNS} generated queries THEN every hit, near miss and phrase is a sentence of the library with valid offsets`, () => {
    const query = fc.oneof(
      anyUtf16(80),
      wordSoup(8),
      fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: 60 })).map(([which, from, length]) => {
        const sentence = must(fragments[which % fragments.length]);
        const start = from % sentence.length;
        return sentence.slice(start, start + length);
      }),
    );
    fc.assert(
      fc.property(query, (text) => {
        const { hits, nearMisses } = library.index.search(text);
        for (const hit of hits) {
          expectOwned(hit.sentence);
          if (hit.phrase) expect(hit.phrase.start >= hit.sentence.start && hit.phrase.end <= hit.sentence.end).toBe(true);
        }
        for (const miss of nearMisses) expectOwned(miss.sentence);
        for (const found of library.index.findPhrase(text).found) {
          expectOwned(found.sentence);
          expect(found.span.start >= found.sentence.start && found.span.end <= found.sentence.end && found.span.start <= found.span.end).toBe(true);
        }
      }),
      { seed: SEED, numRuns: SEARCH_RUNS },
    );
  }, 120_000);
});
