import { describe, expect, it } from 'vitest';
import { restoreAlignment } from '../../src/library/alignment.ts';
import { libraryOf, sentenceOf } from '../crosscheck/library-of.ts';

const library = libraryOf({
  halden_a:
    'Brewer takes wine stake\n\nHalden Breweries bought 12.4% of Norvik Wines, the maker of the Solberg and Tarne labels. The deal was agreed late on Friday. Halden bought the 12.4% stake from the Eide family, which founded Norvik Wines in 1961.',
  halden_b: 'Wine talks go on\n\nThe two firms held talks for three days after Halden Breweries bought a 12.4% stake in Norvik Wines.',
  council_a: 'Council meets auditors\n\nThe Tarnby council met its auditors on March 3 to approve the accounts for the year.',
  council_b: 'Fares anger\n\nThe meeting, held in Tarnby on March 3, came amid growing anger over bus fares.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claims an article tells twice', () => {
  it('GIVEN an article that tells a purchase in its lead and again further down THEN both its sentences carry the claim another article tells once', () => {
    expect(together(['halden_a', 'bought 12.4% of Norvik'], ['halden_b', 'bought a 12.4% stake'])).toBe(true);
    expect(together(['halden_a', 'bought the 12.4% stake from'], ['halden_b', 'bought a 12.4% stake'])).toBe(true);
  });

  it('GIVEN an article that tells a claim twice THEN the claim still lists and counts one sentence of that article', () => {
    const [claim] = library.alignment.claimsOf(sentenceOf(library, 'halden_b', 'bought a 12.4% stake'));
    expect(claim?.articleIds).toEqual(['halden_a', 'halden_b']);
    expect(claim?.sentences).toHaveLength(2);
    expect(claim?.retold).toHaveLength(1);
  });

  it('GIVEN a claim with a sentence told again THEN a snapshot restores the retelling', () => {
    const restored = restoreAlignment(library.articles, library.alignment.toSnapshot(library.articles));
    const retold = sentenceOf(library, 'halden_a', 'bought the 12.4% stake from');
    expect(restored.claimsOf(retold).map((claim) => claim.id)).toEqual(library.alignment.claimsOf(retold).map((claim) => claim.id));
  });

  it('GIVEN a claim restored from a snapshot THEN it holds the built claim’s sentences and retelling, and a copy made by spreading it keeps them', () => {
    const restored = restoreAlignment(library.articles, library.alignment.toSnapshot(library.articles));
    const retold = sentenceOf(library, 'halden_a', 'bought the 12.4% stake from');
    const [built] = library.alignment.claimsOf(retold);
    const [claim] = restored.claimsOf(retold);
    expect(built?.retold).toHaveLength(1);
    expect(claim?.sentences).toEqual(built?.sentences);
    expect(claim?.retold).toEqual(built?.retold);
    expect({ ...claim }).toEqual({ ...built });
  });

  it('GIVEN a snapshot whose claim names a sentence past the articles’ THEN the restore refuses it', () => {
    const snapshot = library.alignment.toSnapshot(library.articles);
    const total = library.articles.reduce((sum, article) => sum + article.sentences.length, 0);
    const past = (numbers: Int32Array, value: number): Int32Array => numbers.map((number, i) => (i === 0 ? value : number));
    expect(() => restoreAlignment(library.articles, { ...snapshot, sentences: { ...snapshot.sentences, numbers: past(snapshot.sentences.numbers, total) } })).toThrow(
      'the alignment names a sentence the articles do not hold',
    );
    expect(() => restoreAlignment(library.articles, { ...snapshot, retold: { ...snapshot.retold, numbers: past(snapshot.retold.numbers, total + 3) } })).toThrow(
      'the alignment names a sentence the articles do not hold',
    );
  });

  it('GIVEN a snapshot whose claim names a term it does not list THEN the restore refuses it', () => {
    const snapshot = library.alignment.toSnapshot(library.articles);
    expect(() => restoreAlignment(library.articles, { ...snapshot, termList: snapshot.termList.slice(0, -1) })).toThrow('the alignment names a term it does not hold');
  });

  it('GIVEN a snapshot whose lists of sentences do not cover its claims THEN the restore refuses it', () => {
    const snapshot = library.alignment.toSnapshot(library.articles);
    const { first, numbers } = snapshot.sentences;
    expect(() => restoreAlignment(library.articles, { ...snapshot, sentences: { first, numbers: numbers.subarray(1) } })).toThrow('the alignment’s claims do not fit together');
    expect(() => restoreAlignment(library.articles, { ...snapshot, retold: { first: snapshot.retold.first.subarray(1), numbers: snapshot.retold.numbers } })).toThrow(
      'the alignment’s claims do not fit together',
    );
  });

  it('GIVEN a restored claim not read yet THEN it lists the built claim’s properties in their order, and reads as it once read', () => {
    const restored = restoreAlignment(library.articles, library.alignment.toSnapshot(library.articles));
    const retold = sentenceOf(library, 'halden_a', 'bought the 12.4% stake from');
    const [built] = library.alignment.claimsOf(retold);
    const [claim] = restored.claimsOf(retold);
    expect(Object.keys(claim ?? {})).toEqual(Object.keys(built ?? {}));
    const first = claim?.sentences;
    expect(claim?.sentences).toBe(first);
    expect(claim).toEqual(built);
  });

  it('GIVEN a restored alignment THEN a sentence is given the same claim objects each time it is asked, its terms as built, and a sentence past its article’s none', () => {
    const restored = restoreAlignment(library.articles, library.alignment.toSnapshot(library.articles));
    const retold = sentenceOf(library, 'halden_a', 'bought the 12.4% stake from');
    const [claim] = restored.claimsOf(retold);
    expect(restored.claimsOf(retold)[0]).toBe(claim);
    expect(claim?.terms).toEqual(library.alignment.claimsOf(retold)[0]?.terms);
    expect(claim?.articleIds).toEqual(['halden_a', 'halden_b']);
    expect(restored.claimsOf({ ...retold, index: 40 })).toEqual([]);
    expect(restored.claimsOf({ ...retold, articleId: 'nowhere' })).toEqual([]);
  });
});

describe('dates in claims', () => {
  it('GIVEN two sentences that tell different things of one meeting day ("met … on March 3", "held … on March 3, came amid") THEN the day does not make them one claim', () => {
    expect(together(['council_a', 'met its auditors'], ['council_b', 'came amid growing anger'])).toBe(false);
  });
});
