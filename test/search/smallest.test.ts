import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseSmallest } from '../../src/search/smallest.ts';

/** The `count` smallest keys' positions by a full sort, smallest first, ties to the earlier position: what chooseSmallest must give. */
function bySorting(keys: readonly number[], count: number): number[] {
  return keys
    .map((key, at) => ({ key, at }))
    .sort((a, b) => a.key - b.key || a.at - b.at)
    .slice(0, count)
    .map(({ at }) => at);
}

describe('choosing the strongest of many matches', () => {
  it('GIVEN fewer keys than asked for THEN chooses them all, smallest first', () => {
    expect(Array.from(chooseSmallest(Float64Array.from([3, 1, 2]), 5))).toEqual([1, 2, 0]);
  });

  it('GIVEN keys tied at the cut THEN chooses the earliest of them', () => {
    expect(Array.from(chooseSmallest(Float64Array.from([2, 1, 2, 2, 0]), 3))).toEqual([4, 1, 0]);
  });

  it('GIVEN any keys, many of them tied (property) THEN chooses what sorting them all chooses', () => {
    const key = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ noNaN: true, min: -1e6, max: 1e6 }));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300 }), fc.integer({ min: 1, max: 60 }), (keys, count) => {
        expect(Array.from(chooseSmallest(Float64Array.from(keys), count))).toEqual(bySorting(keys, count));
      }),
      { seed: 19, numRuns: 500 },
    );
  });
});
