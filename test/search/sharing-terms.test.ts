import { describe, expect, it } from 'vitest';
import { termsOf } from '../../src/text/normalise.ts';
import { seedLibrary } from '../support/seeds.ts';

// SentenceIndex.sharingTerms reads only the rarest terms' posting lists; it must give what counting
// every sentence's terms gives: the same sentences, counts and order.

const library = await seedLibrary();
const sentences = library.articles.flatMap((article) => article.sentences);

/** Every sentence sharing at least `least` of `terms`, counted word by word, in the order the terms' lists meet them. */
function countedByHand(terms: readonly string[], least: number): { id: string; shared: number; terms: number }[] {
  return sentences
    .map((sentence, position) => {
      const own = new Set(termsOf(sentence.text));
      const places = terms.flatMap((term, at) => (own.has(term) ? [at] : []));
      return { id: sentence.id, shared: places.length, terms: own.size, first: Math.min(...places), position };
    })
    .filter((entry) => entry.shared >= least && entry.shared > 0)
    .sort((a, b) => a.first - b.first || a.position - b.position)
    .map(({ id, shared, terms: count }) => ({ id, shared, terms: count }));
}

describe('the sentences that share terms with a sentence', () => {
  const asked = [sentences[3], sentences[17], sentences[40]].map((sentence) => termsOf(sentence?.text ?? ''));

  it.each([1, 2, 4, 6])('GIVEN a least overlap of %i terms THEN gives what counting every sentence gives', (least) => {
    for (const terms of asked) {
      const found = [...library.index.sharingTerms(terms, (shared) => shared >= least)].map(({ sentence, shared, terms: count }) => ({ id: sentence.id, shared, terms: count }));
      expect(found).toEqual(countedByHand(terms, least));
    }
  });

  it('GIVEN terms no article uses among them THEN counts only those the articles use', () => {
    const terms = ['zorblat', ...(asked[0] ?? [])];
    const found = [...library.index.sharingTerms(terms, (shared) => shared >= 3)].map(({ sentence, shared, terms: count }) => ({ id: sentence.id, shared, terms: count }));
    expect(found).toEqual(countedByHand(terms, 3));
  });
});

describe('the same, read in slices with a pause between them', () => {
  const asked = [sentences[3], sentences[17], sentences[40]].map((sentence) => termsOf(sentence?.text ?? ''));
  const slices = { list: 7, shared: 5 };
  const sharing = (found: { sentence: { id: string }; shared: number; terms: number }[]) => found.map(({ sentence, shared, terms: count }) => ({ id: sentence.id, shared, terms: count }));

  it.each([1, 2, 4])('GIVEN slices of 7 postings and 5 sentences and a least overlap of %i THEN gives what counting every sentence gives', async (least) => {
    for (const terms of asked) {
      const found = await library.index.sharingTermsInSlices(
        terms,
        (shared) => shared >= least,
        async () => {},
        slices,
      );
      expect(sharing(found)).toEqual(countedByHand(terms, least));
    }
  });

  it('GIVEN more postings than one slice holds THEN it pauses between slices', async () => {
    let pauses = 0;
    await library.index.sharingTermsInSlices(
      asked[0] ?? [],
      (shared) => shared >= 1,
      async () => {
        pauses++;
      },
      slices,
    );
    expect(pauses).toBeGreaterThan(0);
  });
});
