import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heaviestOnLists, keyRanks, orderByCounts, selectSmallest, strongestOfClasses } from '../../src/search/smallest.ts';

/** The `count` smallest keys' positions by a full sort, ties to the earlier position, then in position order: what selectSmallest must give. */
function bySorting(keys: readonly number[], count: number): number[] {
  return keys
    .map((key, at) => ({ key, at }))
    .sort((a, b) => a.key - b.key || a.at - b.at)
    .slice(0, count)
    .map(({ at }) => at)
    .sort((a, b) => a - b);
}

/** Every id on the lists weighed (weights added in list order) and sorted, heaviest first, ties to the smaller id: what heaviestOnLists must give. */
function byWeighingAll(lists: readonly number[][], weights: readonly number[], count: number): number[] {
  const ids = [...new Set(lists.flat())].sort((a, b) => a - b);
  const weightOf = (id: number): number => lists.reduce((sum, list, m) => (list.includes(id) ? sum + (weights[m] ?? 0) : sum), 0);
  return ids
    .map((id) => ({ id, weight: weightOf(id) }))
    .sort((a, b) => b.weight - a.weight || a.id - b.id)
    .slice(0, count)
    .map(({ id }) => id);
}

describe('choosing the strongest of many matches', () => {
  it('GIVEN fewer keys than asked for THEN chooses them all, in position order', () => {
    expect(Array.from(selectSmallest(Float64Array.from([3, 1, 2]), 5))).toEqual([0, 1, 2]);
  });

  it('GIVEN keys tied at the cut THEN chooses the earliest of them', () => {
    expect(Array.from(selectSmallest(Float64Array.from([2, 1, 2, 2, 0]), 3))).toEqual([0, 1, 4]);
  });

  it('GIVEN any keys, many of them tied (property) THEN chooses what sorting them all chooses', () => {
    const key = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ noNaN: true, min: -1e6, max: 1e6 }));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300 }), fc.integer({ min: 1, max: 60 }), (keys, count) => {
        expect(Array.from(selectSmallest(Float64Array.from(keys), count))).toEqual(bySorting(keys, count));
      }),
      { seed: 19, numRuns: 500 },
    );
  });
});

describe('ranking and ordering the chosen', () => {
  it('GIVEN chosen keys with repeats, and 0 beside -0 THEN ranks each distinct key from the smallest, the two zeros as one', () => {
    const { rankOf, ranks } = keyRanks(Float64Array.from([5, -0, 2, 0, 5, 9]), Int32Array.from([0, 1, 2, 3, 4]));
    expect(Array.from(rankOf)).toEqual([2, 0, 1, 0, 2]);
    expect(ranks).toBe(3);
  });

  it('GIVEN any small numbers (property) THEN orders by them as a stable sort does, ties kept in the order given', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 200 }), (values) => {
        const order = Int32Array.from(values.keys()).reverse();
        const expected = Array.from(order).sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0));
        expect(Array.from(orderByCounts(Int32Array.from(values), 10, order))).toEqual(expected);
      }),
      { seed: 19, numRuns: 300 },
    );
  });
});

/**
 * Every sentence keyed and scored by its class, the `count` smallest keys chosen by sorting (ties to the earlier position),
 * then sorted by key, score (highest first), place and position: what strongestOfClasses must give.
 */
function byKeyingEverySentence(classOf: readonly number[], keys: readonly number[], scores: readonly number[], count: number, places: readonly number[]): number[] {
  const keyOf = (at: number): number => keys[classOf[at] ?? 0] ?? 0;
  const scoreOf = (at: number): number => scores[classOf[at] ?? 0] ?? 0;
  return bySorting(
    classOf.map((_, at) => keyOf(at)),
    count,
  ).sort((a, b) => keyOf(a) - keyOf(b) || scoreOf(b) - scoreOf(a) || (places[a] ?? 0) - (places[b] ?? 0) || a - b);
}

/** How many of `classOf` are in each of `classes` classes: what the caller of strongestOfClasses counts as it classes. */
function sizesOf(classOf: ArrayLike<number>, classes: number): Int32Array {
  const sizes = new Int32Array(classes);
  for (let i = 0; i < classOf.length; i++) sizes[classOf[i] ?? 0] = (sizes[classOf[i] ?? 0] ?? 0) + 1;
  return sizes;
}

describe('choosing and ordering the strongest of sentences in classes that score alike', () => {
  it('GIVEN one key shared by two scores at the cut THEN chooses the earliest sentences of that key, and puts the higher score first', () => {
    // Classes 0 and 1 share a key (two scores a rounding apart); class 2 is weaker.
    const keys = Float64Array.from([-2, -2, -1]);
    const scores = Float64Array.from([2, 2.0000000001, 1]);
    const classOf = Int32Array.from([2, 0, 1, 0, 1]);
    expect(Array.from(strongestOfClasses(classOf, sizesOf(classOf, 3), keys, scores, 2, () => 0))).toEqual([2, 1]);
  });

  it('GIVEN two classes of one key and one score THEN orders their sentences together, by place in the article', () => {
    const keys = Float64Array.from([-3, -3]);
    const scores = Float64Array.from([3, 3]);
    const places = [4, 1, 3, 0];
    const classOf = Int32Array.from([0, 1, 0, 1]);
    expect(Array.from(strongestOfClasses(classOf, sizesOf(classOf, 2), keys, scores, 4, (at) => places[at] ?? 0))).toEqual([3, 1, 2, 0]);
  });

  it('GIVEN any classes, keys, scores and places, many tied (property) THEN gives what keying, choosing and sorting every sentence gives', () => {
    const place = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: -3, max: 100_000 }));
    const classes = fc.array(fc.tuple(fc.constantFrom(-3, -2.5, -2, 0, -0, 999_998.5, 1_000_000), fc.constantFrom(0, 1, 1.5, 2, 2.5)), { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(
        classes.chain((kinds) => fc.tuple(fc.constant(kinds), fc.array(fc.tuple(fc.nat(kinds.length - 1), place), { maxLength: 300 }), fc.integer({ min: 1, max: 60 }))),
        ([kinds, sentences, count]) => {
          const keys = kinds.map(([key]) => key);
          const scores = kinds.map(([, score]) => score);
          const classOf = sentences.map(([c]) => c);
          const places = sentences.map(([, at]) => at);
          const chosen = strongestOfClasses(Int32Array.from(classOf), sizesOf(classOf, kinds.length), Float64Array.from(keys), Float64Array.from(scores), count, (at) => places[at] ?? 0);
          expect(Array.from(chosen)).toEqual(byKeyingEverySentence(classOf, keys, scores, count, places));
        },
      ),
      { seed: 34, numRuns: 500 },
    );
  });
});

describe('the near misses: the sentences holding the most weight of the terms', () => {
  it('GIVEN one list holding anything THEN gives its first sentences, every one weighing the same', () => {
    expect(heaviestOnLists([new Int32Array(0), Int32Array.from([4, 9, 12, 30, 31, 40, 41])], [2.5, 0.7], 5)).toEqual([4, 9, 12, 30, 31]);
  });

  it('GIVEN a sentence on two lists THEN puts it before those on one', () => {
    expect(heaviestOnLists([Int32Array.from([1, 5, 8]), Int32Array.from([2, 5, 9])], [1.2, 0.9], 3)).toEqual([5, 1, 8]);
  });

  it('GIVEN any lists and weights (property) THEN chooses what weighing every sentence and sorting them chooses', () => {
    const list = fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 40 }).map((ids) => ids.sort((a, b) => a - b));
    const weight = fc.oneof(fc.constantFrom(0.5, 1, 2), fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 20 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(list, weight), { maxLength: 5 }), fc.integer({ min: 0, max: 8 }), (pairs, count) => {
        const lists = pairs.map(([ids]) => ids);
        const weights = pairs.map(([, w]) => w);
        expect(
          heaviestOnLists(
            lists.map((ids) => Int32Array.from(ids)),
            weights,
            count,
          ),
        ).toEqual(byWeighingAll(lists, weights, count));
      }),
      { seed: 19, numRuns: 500 },
    );
  });
});
