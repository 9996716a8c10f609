/**
 * The positions of the `count` smallest of `keys` (all of them when there are no more), a tie
 * going to the earlier position, in ascending position order.
 *
 * The `count`-th smallest key is found by selection on a copy of the keys, and one pass in
 * position order takes every key below it and the earliest of those equal to it. A bounded heap of
 * the best seen cost about one comparison a key, but a replacement for every better key that came
 * late, then a heapsort of the chosen: twice as long at BBC ×10 for the thousands of sentences of
 * an everyday word (with their ten copies of every key).
 */
export function selectSmallest(keys: Float64Array, count: number): Int32Array {
  const size = Math.max(0, Math.min(count, keys.length));
  const chosen = new Int32Array(size);
  if (size === keys.length) {
    for (let i = 0; i < size; i++) chosen[i] = i;
    return chosen;
  }
  // -0 and 0 are one key, as comparing keys treats them (a typed array's sort would not).
  const copy = new Float64Array(keys.length);
  for (let i = 0; i < keys.length; i++) copy[i] = plusZero(keys[i] ?? 0);
  const cut = selectNth(copy, size - 1);
  let below = 0;
  for (let i = 0; i < keys.length; i++) if ((keys[i] ?? 0) < cut) below++;
  // Every key below the cut is chosen, and the earliest of those at it until `size` are.
  let atCut = size - below;
  for (let i = 0, n = 0; i < keys.length && n < size; i++) {
    const key = keys[i] ?? 0;
    if (key < cut || (key === cut && atCut-- > 0)) chosen[n++] = i;
  }
  return chosen;
}

/**
 * For each of the positions `chosen`, its key's rank among the distinct keys of `keys` at those
 * positions (0 for the smallest), and how many distinct keys there are: the keys of a few hundred
 * hits are mostly a few dozen values (one for each length of sentence holding a word once), so
 * they are sorted once, told apart, and each key's rank found by halving among the distinct ones
 * (a map keyed by numbers cost twice as much).
 */
export function keyRanks(keys: Float64Array, chosen: Int32Array): { rankOf: Int32Array; ranks: number } {
  const sorted = new Float64Array(chosen.length);
  for (let j = 0; j < chosen.length; j++) sorted[j] = plusZero(keys[chosen[j] ?? 0] ?? 0);
  sorted.sort();
  // Keys are never NaN: `sorted` is ascending, and its distinct values are moved to its front.
  let ranks = 0;
  for (let j = 0; j < sorted.length; j++) if (ranks === 0 || (sorted[j] ?? 0) !== (sorted[ranks - 1] ?? 0)) sorted[ranks++] = sorted[j] ?? 0;
  const rankOf = new Int32Array(chosen.length);
  for (let j = 0; j < chosen.length; j++) {
    const key = plusZero(keys[chosen[j] ?? 0] ?? 0);
    let low = 0;
    let high = ranks - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((sorted[mid] ?? 0) < key) low = mid + 1;
      else high = mid;
    }
    rankOf[j] = low;
  }
  return { rankOf, ranks };
}

/**
 * `order` (indices into `values`) stably reordered by `values`, each in `[0, range)`: a counting
 * sort, a few passes over a few hundred numbers where a comparison sort made thousands of calls.
 */
export function orderByCounts(values: Int32Array, range: number, order: Int32Array): Int32Array {
  const starts = new Int32Array(range + 1);
  for (const i of order) starts[(values[i] ?? 0) + 1] = (starts[(values[i] ?? 0) + 1] ?? 0) + 1;
  for (let v = 0; v < range; v++) starts[v + 1] = (starts[v + 1] ?? 0) + (starts[v] ?? 0);
  const ordered = new Int32Array(order.length);
  for (const i of order) {
    const v = values[i] ?? 0;
    ordered[starts[v] ?? 0] = i;
    starts[v] = (starts[v] ?? 0) + 1;
  }
  return ordered;
}

/** Places are ordered by counting while every one is below this (see orderByRankThenPlace). */
const COUNTED_PLACES = 2 ** 16;

/**
 * 0, 1, … `rankOf.length` - 1 ordered by `rankOf` (each in `[0, ranks)`), then by `placeOf` (a
 * sentence's place in its article), then as given: two counting sorts while every place is in
 * `[0, COUNTED_PLACES)`, as they all but always are; a comparison sort otherwise.
 */
export function orderByRankThenPlace(rankOf: Int32Array, ranks: number, placeOf: Int32Array): Int32Array {
  const size = rankOf.length;
  let places = 0;
  let counted = true;
  for (let j = 0; j < size && counted; j++) {
    const place = placeOf[j] ?? 0;
    counted = place >= 0 && place < COUNTED_PLACES;
    places = Math.max(places, place + 1);
  }
  if (counted) return orderByCounts(rankOf, ranks, orderByCounts(placeOf, places, countingUp(size)));
  return countingUp(size).sort((a, b) => (rankOf[a] ?? 0) - (rankOf[b] ?? 0) || (placeOf[a] ?? 0) - (placeOf[b] ?? 0) || a - b);
}

/** How strongestOfClasses takes a class's sentences: none of them, all of them, or the earliest of them. */
const TAKES_NONE = 0;
const TAKES_ALL = 1;
const TAKES_EARLIEST = 2;

/**
 * The positions of the `count` strongest sentences in hit order, where every sentence is in a
 * class whose sentences share one key and one score: what choosing by selectSmallest (the `count`
 * smallest keys, a tie at the cut going to the earlier position) and then ordering the chosen by
 * key, by score (highest first), by place in the article (`placeOf`, given a position) and by
 * position gives, for sentence `i` of class `classOf[i]` with key `keys[classOf[i]]` and score
 * `scores[classOf[i]]`, `sizes[c]` sentences in class `c` (counted by the caller as it classes them,
 * in the same pass). Keys and scores are never NaN.
 *
 * A one-word query's score depends on nothing but the kind of match, the word's count in the
 * sentence and the sentence's length, so its thousands of sentences fall in a few dozen classes:
 * the classes are sorted rather than the sentences, and one pass over the classes of the
 * sentences chooses them, in place of a key for each and a selection among them all.
 */
export function strongestOfClasses(classOf: Int32Array, sizes: Int32Array, keys: Float64Array, scores: Float64Array, count: number, placeOf: (position: number) => number): Int32Array {
  const classes = keys.length;
  // Every index below is a position or a class in range: `?? 0` only satisfies the type checker.
  const held: number[] = [];
  for (let c = 0; c < classes; c++) if ((sizes[c] ?? 0) > 0) held.push(c);
  held.sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || (scores[b] ?? 0) - (scores[a] ?? 0));
  // Classes of one key and one score share a rank in hit order. The classes of each key are
  // taken whole while they fit; those of the key at the cut give their earliest sentences.
  const rankOfClass = new Int32Array(classes);
  const takes = new Uint8Array(classes);
  const size = Math.max(0, Math.min(count, classOf.length));
  let left = size;
  let atCut = 0;
  let ranks = 0;
  for (let k = 0; k < held.length && left > 0; ) {
    const key = keys[held[k] ?? 0] ?? 0;
    let end = k;
    let sentences = 0;
    while (end < held.length && keys[held[end] ?? 0] === key) sentences += sizes[held[end++] ?? 0] ?? 0;
    const take = sentences <= left ? TAKES_ALL : TAKES_EARLIEST;
    for (let j = k; j < end; j++) {
      const c = held[j] ?? 0;
      if (j === k || scores[c] !== scores[held[j - 1] ?? 0]) ranks++;
      rankOfClass[c] = ranks - 1;
      takes[c] = take;
    }
    if (take === TAKES_EARLIEST) {
      atCut = left;
      left = 0;
    } else left -= sentences;
    k = end;
  }
  const chosen = new Int32Array(size);
  // Bounded by the sentences too: sizes that overcount (the caller's) must not send the scan past them.
  for (let i = 0, n = 0; n < size && i < classOf.length; i++) {
    const take = takes[classOf[i] ?? 0] ?? TAKES_NONE;
    if (take === TAKES_ALL || (take === TAKES_EARLIEST && atCut-- > 0)) chosen[n++] = i;
  }
  const rankOf = new Int32Array(size);
  const places = new Int32Array(size);
  for (let j = 0; j < size; j++) {
    const at = chosen[j] ?? 0;
    rankOf[j] = rankOfClass[classOf[at] ?? 0] ?? 0;
    places[j] = placeOf(at);
  }
  const order = orderByRankThenPlace(rankOf, ranks, places);
  for (let k = 0; k < size; k++) order[k] = chosen[order[k] ?? 0] ?? 0;
  return order;
}

/** 0, 1, … `size` - 1. */
function countingUp(size: number): Int32Array {
  const numbers = new Int32Array(size);
  for (let i = 0; i < size; i++) numbers[i] = i;
  return numbers;
}

/** The key with -0 read as 0. */
function plusZero(key: number): number {
  return key === 0 ? 0 : key;
}

/**
 * The value that would stand at `nth` (0-based) if `values` were sorted ascending; reorders
 * `values`. Quickselect with a three-way partition, so runs of equal keys (every sentence of one
 * length holding a word once scores alike) end the search instead of slowing it.
 */
function selectNth(values: Float64Array, nth: number): number {
  let low = 0;
  let high = values.length - 1;
  // Every index read lies within [low, high]: `?? 0` only satisfies the type checker.
  while (low < high) {
    const a = values[low] ?? 0;
    const b = values[(low + high) >> 1] ?? 0;
    const c = values[high] ?? 0;
    // The median of the first, middle and last: a run already in order is split in halves.
    const pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    // [low, lt) below the pivot, [lt, i) equal, (gt, high] above.
    let lt = low;
    let gt = high;
    let i = low;
    while (i <= gt) {
      const value = values[i] ?? 0;
      if (value < pivot) {
        values[i++] = values[lt] ?? 0;
        values[lt++] = value;
      } else if (value > pivot) {
        values[i] = values[gt] ?? 0;
        values[gt--] = value;
      } else i++;
    }
    if (nth < lt) high = lt - 1;
    else if (nth > gt) low = gt + 1;
    else return pivot;
  }
  return values[nth] ?? 0;
}

/**
 * The `count` ids held by the most weight of ascending `lists` (an id's weight: the sum, in list
 * order, of the weights of the lists holding it), heaviest first, a tie going to the smaller id.
 *
 * The lists are merged in step and only the best few kept. With one list holding anything (a
 * nonsense word beside a real one, "xylophonic budget"), every id weighs the same and its first
 * `count` are the answer: the merge read 5,000 postings for them, a fifth of a millisecond.
 */
export function heaviestOnLists(lists: readonly Int32Array[], weights: readonly number[], count: number): number[] {
  const holding = lists.filter((list) => list.length > 0);
  if (holding.length <= 1) return Array.from((holding[0] ?? new Int32Array(0)).subarray(0, Math.max(0, count)));
  const next = new Int32Array(lists.length);
  const ids: number[] = [];
  const kept: number[] = [];
  // Every index read is below its list's length or `lists.length`: `?? 0` only satisfies the type checker.
  for (;;) {
    let id = -1;
    for (let m = 0; m < lists.length; m++) {
      const list = lists[m] ?? new Int32Array(0);
      const at = next[m] ?? 0;
      if (at < list.length && (id < 0 || (list[at] ?? 0) < id)) id = list[at] ?? 0;
    }
    if (id < 0) return ids;
    let weight = 0;
    for (let m = 0; m < lists.length; m++) {
      const list = lists[m] ?? new Int32Array(0);
      const at = next[m] ?? 0;
      if (at < list.length && list[at] === id) {
        weight += weights[m] ?? 0;
        next[m] = at + 1;
      }
    }
    // Ids come in ascending order, so among equal weights the first kept stays first.
    let place = 0;
    while (place < kept.length && !(weight > (kept[place] ?? 0))) place++;
    if (place === kept.length && kept.length >= count) continue;
    ids.splice(place, 0, id);
    kept.splice(place, 0, weight);
    if (ids.length > count) {
      ids.pop();
      kept.pop();
    }
  }
}
