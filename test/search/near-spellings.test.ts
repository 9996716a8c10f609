import fc from 'fast-check';
import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { NearSpellings } from '../../src/search/near-spellings.ts';

const VOCABULARY = ['goremykin', 'gorbachev', 'pyongyang', 'pyonyang', 'kursk', 'kurds', 'deploy', 'deploi', 'engin', 'engineer', 'anana', 'banana', 'mobil', '5000'];

describe('finding near spellings', () => {
  const index = new NearSpellings(VOCABULARY, (term) => !/^\d/.test(term));

  it('GIVEN a misspelt name THEN finds the term one letter away', () => {
    expect(index.find('goremikin', 2).map((id) => VOCABULARY[id])).toEqual(['goremykin']);
  });

  it('GIVEN two letters swapped THEN finds the term only when two edits are allowed', () => {
    expect(index.find('gormeykin', 1)).toEqual([]);
    expect(index.find('gormeykin', 2).map((id) => VOCABULARY[id])).toEqual(['goremykin']);
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
          const scanned = terms.flatMap((term, id) => (distance(term, word) <= edits ? [id] : []));
          expect(new NearSpellings(terms).find(word, edits)).toEqual(scanned);
        },
      ),
      { numRuns: 300 },
    );
  });
});
