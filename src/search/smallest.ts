/**
 * The positions of the `count` smallest of `keys` (all of them when there are no more), smallest
 * first, a tie going to the earlier position.
 *
 * In three passes and two small numeric sorts rather than a heap: the `count`-th smallest key is
 * found by selection on a copy of the keys; one pass in position order then takes every key below
 * it and the earliest of those equal to it; and the chosen are ordered by their keys' ranks among
 * the distinct keys chosen, then by position, as packed numbers through a typed array's sort. A
 * bounded heap cost about one comparison a key but as many replacements as the keys came in bad
 * order, then a heapsort of the chosen, twice as long at BBC ×10 for the thousands of sentences of
 * an everyday word (and their ten copies of every key).
 */
export function chooseSmallest(keys: Float64Array, count: number): Int32Array {
  const size = Math.max(0, Math.min(count, keys.length));
  if (size === 0) return new Int32Array(0);
  const chosen = new Int32Array(size);
  if (size === keys.length) {
    for (let i = 0; i < size; i++) chosen[i] = i;
  } else {
    // -0 and 0 are one key, as the comparison of keys treats them (a typed array's sort would not).
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
  }
  // Ranks of the distinct keys chosen, then rank × size + place among the chosen (ascending
  // positions), sorted as numbers: the order by key, then position, without a comparator.
  const distinct = new Float64Array(size);
  for (let j = 0; j < size; j++) distinct[j] = plusZero(keys[chosen[j] ?? 0] ?? 0);
  distinct.sort();
  let distinctCount = 0;
  for (let i = 0; i < distinct.length; i++) if (i === 0 || distinct[i] !== distinct[i - 1]) distinct[distinctCount++] = distinct[i] ?? 0;
  const ranks = distinct.subarray(0, distinctCount);
  const packed = new Float64Array(size);
  for (let j = 0; j < size; j++) packed[j] = rankOf(ranks, plusZero(keys[chosen[j] ?? 0] ?? 0)) * size + j;
  packed.sort();
  const ordered = new Int32Array(size);
  for (let j = 0; j < size; j++) ordered[j] = chosen[(packed[j] ?? 0) % size] ?? 0;
  return ordered;
}

/** The key with -0 read as 0. */
function plusZero(key: number): number {
  return key === 0 ? 0 : key;
}

/** The position of `key` in ascending, distinct `ranks`, which hold it. */
function rankOf(ranks: Float64Array, key: number): number {
  let low = 0;
  let high = ranks.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((ranks[mid] ?? 0) < key) low = mid + 1;
    else high = mid;
  }
  return low;
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
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
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
