import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, termOf } from '../../src/text/normalise.ts';
import { countedListOf, countedUnion, countsAt } from '../../src/search/postings.ts';
import { TokenStore } from '../../src/search/token-store.ts';

/** A token store over `sentences`, with its search-term postings and where a term stands more than once in a sentence. */
function storeOf(sentences: readonly string[]) {
  const store = new TokenStore();
  for (const sentence of sentences) store.addSentence(tokenize(sentence), false);
  store.trim();
  const termOfKey = Int32Array.from(store.termOfKey);
  const postings = store.postings(termOfKey, store.terms.length);
  return { store, postings, repeats: store.countRepeats(postings, termOfKey) };
}

/** How often each sentence holds any of `terms`, read from its text: the count the postings must give. */
function countsRead(sentences: readonly string[], terms: readonly string[]): Map<number, number> {
  const counts = new Map<number, number>();
  sentences.forEach((sentence, id) => {
    const count = tokenize(sentence).filter((token) => terms.includes(termOf(token.key) ?? '')).length;
    if (count > 0) counts.set(id, count);
  });
  return counts;
}

const asMap = ({ sentences, counts }: { sentences: Int32Array; counts: Int32Array }): Map<number, number> => new Map(Array.from(sentences, (id, i) => [id, counts[i] ?? 0]));

describe('posting lists that know how often a word stands in each sentence', () => {
  const sentences = [
    'The minister said the deal was done.',
    'Talks, talks and more talks, the union said.',
    'Officials said the talks would resume on Monday.',
    'No talks were planned, a spokesman said, and no talks had been asked for.',
  ];
  const { store, postings, repeats } = storeOf(sentences);
  const idOf = (word: string): number => store.termIds.get(termOf(word) ?? '') ?? -1;

  it('GIVEN a word three times in one sentence THEN its list counts it three times there and once where it stands once', () => {
    expect(asMap(countedListOf(postings, repeats, idOf('talks')))).toEqual(
      new Map([
        [1, 3],
        [2, 1],
        [3, 2],
      ]),
    );
  });

  it('GIVEN the lists of two words THEN their union counts both words in a sentence holding both', () => {
    expect(asMap(countedUnion(postings, repeats, [idOf('talks'), idOf('union')]))).toEqual(
      new Map([
        [1, 4],
        [2, 1],
        [3, 2],
      ]),
    );
  });

  it('GIVEN some of a list’s sentences THEN gives the count of each of them', () => {
    expect(Array.from(countsAt(countedListOf(postings, repeats, idOf('talks')), Int32Array.from([1, 3])))).toEqual([3, 2]);
  });

  it('GIVEN any sentences and any of their words (property) THEN the union of the words’ lists counts what reading each sentence counts', () => {
    const word = fc.constantFrom('talks', 'Talks', 'minister', 'deal', 'said', 'union', 'the', '5000', 'troops', 'troop');
    const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 30 }), fc.array(word, { minLength: 1, maxLength: 4 }), (texts, asked) => {
        const built = storeOf(texts);
        const terms = [...new Set(asked.map((w) => termOf(tokenize(w)[0]?.key ?? '') ?? ''))].filter((term) => built.store.termIds.has(term));
        const ids = terms.map((term) => built.store.termIds.get(term) ?? -1);
        expect(asMap(countedUnion(built.postings, built.repeats, ids))).toEqual(countsRead(texts, terms));
      }),
      { seed: 19, numRuns: 300 },
    );
  });
});
