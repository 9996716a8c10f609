import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editsBetween, NearSpellings } from '../../src/search/near-spellings.ts';

/** The optimal string alignment distance, the textbook table in full: what editsBetween must agree with. */
function alignmentDistance(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => table[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let edits = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) edits = Math.min(edits, at(i - 2, j - 2) + 1);
      const row = table[i];
      if (row) row[j] = edits;
    }
  }
  return at(a.length, b.length);
}

const VOCABULARY = ['goremykin', 'gorbachev', 'pyongyang', 'pyonyang', 'kursk', 'kurds', 'deploy', 'deploi', 'engin', 'engineer', 'anana', 'banana', 'mobil', '5000'];

describe('finding near spellings', () => {
  const index = new NearSpellings(VOCABULARY, (term) => !/^\d/.test(term));

  it('GIVEN a misspelt name THEN finds the term one letter away', () => {
    expect(index.find('goremikin', 2).map((id) => VOCABULARY[id])).toEqual(['goremykin']);
  });

  it('GIVEN two neighbouring letters swapped THEN counts the swap as one edit', () => {
    expect(index.find('gormeykin', 1).map((id) => VOCABULARY[id])).toEqual(['goremykin']);
  });

  it('GIVEN two letters swapped across a third THEN needs two edits', () => {
    expect(index.find('gomerykin', 1)).toEqual([]);
    expect(index.find('gomerykin', 2).map((id) => VOCABULARY[id])).toEqual(['goremykin']);
  });

  it('GIVEN several terms within the edits allowed THEN the nearest are only those at the fewest edits', () => {
    expect(index.find('pyongyan', 2).map((id) => VOCABULARY[id])).toEqual(['pyongyang', 'pyonyang']);
    expect(index.nearest('pyongyan', 2).map((id) => VOCABULARY[id])).toEqual(['pyongyang']);
  });

  it('GIVEN a nonsense word THEN finds nothing', () => {
    expect(index.find('zorblat', 2)).toEqual([]);
  });

  it('GIVEN a term left out of the index THEN never finds it, even spelt exactly', () => {
    expect(index.find('5000', 1)).toEqual([]);
  });

  it('GIVEN repeated letter groups THEN counts each repeat, finding what a scan of every term finds', () => {
    expect(index.find('ananas', 2).map((id) => VOCABULARY[id])).toEqual(['anana', 'banana']);
  });

  it('GIVEN any word and any allowance of edits THEN finds exactly the terms a scan of the whole vocabulary measures within it', () => {
    const letters = fc.constantFrom(...'abdegkmnoprsuy');
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: letters, minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 40 }),
        fc.string({ unit: letters, minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 6 }),
        (terms, word, edits) => {
          const scanned = terms.flatMap((term, id) => (alignmentDistance(term, word) <= edits ? [id] : []));
          expect(new NearSpellings(terms).find(word, edits)).toEqual(scanned);
        },
      ),
      { numRuns: 300 },
    );
  });
  it('GIVEN a vocabulary of hundreds of words sharing letter groups, and slips of them THEN finds within one or two edits exactly what a scan of every term finds', () => {
    // Many terms of each length share a gram, in lists of many sizes: what the lookup walks and
    // what it searches depend on which lists are the shortest.
    const syllables = fc.constantFrom('ab', 'an', 'ar', 'de', 'en', 'er', 'in', 'on', 'or', 're', 'st', 'ter', 'ing', 's');
    const word = fc.array(syllables, { minLength: 2, maxLength: 5 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 100, maxLength: 300 }),
        fc.nat(),
        fc.array(fc.nat(), { minLength: 1, maxLength: 2 }),
        fc.integer({ min: 1, max: 2 }),
        (terms, pick, slips, edits) => {
          let typed = terms[pick % terms.length] ?? '';
          for (const slip of slips) {
            const at = slip % typed.length;
            typed = slip % 2 === 0 ? typed.slice(0, at) + typed.slice(at + 1) : typed.slice(0, at) + (typed[at + 1] ?? '') + (typed[at] ?? '') + typed.slice(at + 2);
          }
          const scanned = terms.flatMap((term, id) => (alignmentDistance(term, typed) <= edits ? [id] : []));
          expect(new NearSpellings(terms).find(typed, edits)).toEqual(scanned);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('GIVEN the lookup built in slices of two words THEN it yields between them and finds for every misspelling what the lookup built whole finds', () => {
    const include = (term: string): boolean => !/^\d/.test(term);
    const steps = NearSpellings.buildInSlices(VOCABULARY, include, 2);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    const sliced = step.value;
    expect(yields).toBeGreaterThanOrEqual(VOCABULARY.length / 2);
    for (const word of ['goremikin', 'gormeykin', 'pyongang', 'kurks', 'deplyo', 'enginer', 'bananna', 'mobile', '5001']) {
      expect(sliced.find(word, 2)).toEqual(index.find(word, 2));
      expect(sliced.nearest(word, 2)).toEqual(index.nearest(word, 2));
    }
  });
});

describe('counting edits', () => {
  it('GIVEN any two words and a most THEN counts the edits as the full table does, or one past the most when it is beyond it', () => {
    const letters = fc.constantFrom(...'abcde');
    fc.assert(
      fc.property(fc.string({ unit: letters, maxLength: 9 }), fc.string({ unit: letters, maxLength: 9 }), fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        expect(editsBetween(a, b, max)).toBe(Math.min(alignmentDistance(a, b), max + 1));
      }),
      { numRuns: 500 },
    );
  });
});
