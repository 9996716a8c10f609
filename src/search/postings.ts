import { runToEnd } from '../model/run-to-end.ts';

/**
 * Posting lists: for each id (a token key, a search term or a pair of common words), the
 * sentences that hold it, ascending, in one flat array: `sentences[first[id]]` to
 * `sentences[first[id + 1] - 1]`. Two typed arrays for every list together, rather than an array
 * or a Map per id: a few bytes a posting and nothing for the collector to walk.
 */
// Indices into these typed arrays stay within them (each loop is bounded by a length or by
// `first`, checked by checkPostings for snapshots): `?? 0` only satisfies the type checker.
export interface Postings {
  first: Int32Array<ArrayBuffer>;
  sentences: Int32Array<ArrayBuffer>;
}

/**
 * How often each posting's id stands in its sentence, where more than once: pairs of a position
 * in `Postings.sentences` and the count there, `[at, count, at, count, …]`, positions ascending;
 * every other posting's count is one. Kept apart and sparse because most words stand once in a
 * sentence; with it a one-word query is ranked from its posting list and each sentence's length
 * alone, without reading any sentence's tokens.
 */
export type Repeats = Int32Array<ArrayBuffer>;

/** A posting list with how often its id (or ids) stands in each of its sentences. */
export interface CountedList {
  sentences: Int32Array;
  counts: Int32Array;
}

/** Posting list `id` of `postings`, as a view (not a copy). */
export function listOf(postings: Postings, id: number): Int32Array {
  return postings.sentences.subarray(postings.first[id] ?? 0, postings.first[id + 1] ?? 0);
}

/**
 * Throws unless `postings` (from a snapshot) has a list for each of `ids` ids, each strictly
 * ascending and within `sentences` sentences: one pass, as it runs at every start.
 */
export function checkPostings(postings: Postings, ids: number, sentences: number, name: string): void {
  runToEnd(checkPostingsInSlices(postings, ids, sentences, name, Number.POSITIVE_INFINITY));
}

/** checkPostings, yielding after each list that ends past another `slice` postings: for a restore while the bot answers. */
export function* checkPostingsInSlices(postings: Postings, ids: number, sentences: number, name: string, slice: number): Generator<void, void> {
  const { first, sentences: all } = postings;
  if (first.length !== ids + 1 || first[0] !== 0 || first[ids] !== all.length) throw new Error(`the ${name} postings do not fit the articles`);
  let checked = 0;
  for (let id = 0; id < ids; id++) {
    const start = first[id] ?? 0;
    const end = first[id + 1] ?? 0;
    if (end < start) throw new Error(`the ${name} postings do not fit the articles`);
    let previous = -1;
    for (let at = start; at < end; at++) {
      const sentence = all[at] ?? 0;
      if (sentence <= previous || sentence >= sentences) throw new Error(`the ${name} postings name a sentence out of order or out of range`);
      previous = sentence;
    }
    if (end - checked >= slice) {
      checked = end;
      yield;
    }
  }
}

/**
 * Throws unless `repeats` (from a snapshot) are pairs at strictly ascending positions of
 * `postings.sentences`, each with a count of two or more.
 */
export function checkRepeats(repeats: Repeats, postings: Postings, name: string): void {
  if (repeats.length % 2 !== 0) throw new Error(`the ${name} repeats do not fit the postings`);
  let previous = -1;
  for (let pair = 0; pair < repeats.length; pair += 2) {
    const at = repeats[pair] ?? 0;
    if (at <= previous || at >= postings.sentences.length || (repeats[pair + 1] ?? 0) < 2) throw new Error(`the ${name} repeats do not fit the postings`);
    previous = at;
  }
}

/** Posting list `id` of `postings` with each sentence's count of `id`, from `repeats`. */
export function countedListOf(postings: Postings, repeats: Repeats, id: number): CountedList {
  const from = postings.first[id] ?? 0;
  const to = postings.first[id + 1] ?? 0;
  const counts = new Int32Array(to - from).fill(1);
  // The first pair at or after `from`, by halving: a list's repeats are a short run among all of them.
  let low = 0;
  let high = repeats.length >> 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((repeats[2 * mid] ?? 0) < from) low = mid + 1;
    else high = mid;
  }
  for (let pair = 2 * low; pair < repeats.length && (repeats[pair] ?? 0) < to; pair += 2) counts[(repeats[pair] ?? 0) - from] = repeats[pair + 1] ?? 0;
  return { sentences: postings.sentences.subarray(from, to), counts };
}

/**
 * The sentences of any of `ids` posting lists, ascending, once each, with how often all of the
 * ids together stand in each: the lists merged two by two, so many near spellings of one word
 * cost a few passes rather than a sort.
 */
export function countedUnion(postings: Postings, repeats: Repeats, ids: readonly number[]): CountedList {
  let lists = ids.map((id) => countedListOf(postings, repeats, id));
  while (lists.length > 1) {
    const merged: CountedList[] = [];
    for (let i = 0; i < lists.length; i += 2) {
      const a = lists[i];
      const b = lists[i + 1];
      if (a) merged.push(b ? mergeCounted(a, b) : a);
    }
    lists = merged;
  }
  return lists[0] ?? { sentences: new Int32Array(0), counts: new Int32Array(0) };
}

/** Two counted lists as one: the sentences of either, the counts of a sentence in both added. */
function mergeCounted(a: CountedList, b: CountedList): CountedList {
  const sentences = new Int32Array(a.sentences.length + b.sentences.length);
  const counts = new Int32Array(sentences.length);
  let count = 0;
  let i = 0;
  let j = 0;
  // Within both lists' lengths: `?? 0` only satisfies the type checker.
  while (i < a.sentences.length && j < b.sentences.length) {
    const x = a.sentences[i] ?? 0;
    const y = b.sentences[j] ?? 0;
    if (x <= y) {
      sentences[count] = x;
      counts[count] = a.counts[i++] ?? 0;
      if (x === y) counts[count] = (counts[count] ?? 0) + (b.counts[j++] ?? 0);
    } else {
      sentences[count] = y;
      counts[count] = b.counts[j++] ?? 0;
    }
    count++;
  }
  const [rest, restCounts, from] = i < a.sentences.length ? [a.sentences, a.counts, i] : [b.sentences, b.counts, j];
  sentences.set(rest.subarray(from), count);
  counts.set(restCounts.subarray(from), count);
  count += rest.length - from;
  return { sentences: sentences.subarray(0, count), counts: counts.subarray(0, count) };
}

/** The ids in both ascending lists. */
export function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const both = new Int32Array(Math.min(a.length, b.length));
  let count = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if ((a[i] ?? 0) < (b[j] ?? 0)) i++;
    else if ((a[i] ?? 0) > (b[j] ?? 0)) j++;
    else {
      both[count++] = a[i] ?? 0;
      i++;
      j++;
    }
  }
  return both.subarray(0, count);
}

/** The ids in either ascending list, ascending, each once. */
export function union(a: Int32Array, b: Int32Array): Int32Array {
  const either = new Int32Array(a.length + b.length);
  let count = 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] ?? 0) : Infinity;
    const y = j < b.length ? (b[j] ?? 0) : Infinity;
    either[count++] = Math.min(x, y);
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return either.subarray(0, count);
}

/** True when ascending `list` holds `id`. */
export function holds(list: Int32Array, id: number): boolean {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((list[mid] ?? 0) < id) low = mid + 1;
    else if ((list[mid] ?? 0) > id) high = mid - 1;
    else return true;
  }
  return false;
}

/** The first index at or after `from` where ascending `list` holds `id` or more, galloping: lists far longer than the ids sought in them are skipped through, not walked. */
export function seek(list: Int32Array, from: number, id: number): number {
  let low = from;
  let step = 1;
  let high = from;
  while (high < list.length && (list[high] ?? 0) < id) {
    low = high + 1;
    high += step;
    step *= 2;
  }
  high = Math.min(high, list.length);
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((list[mid] ?? 0) < id) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The count `list` gives each of `ids` (ascending, every one in the list). */
export function countsAt(list: CountedList, ids: Int32Array): Int32Array {
  // A list of exactly the ids (a one-word query's, the rarest word's) gives its own counts.
  if (list.sentences.length === ids.length) return list.counts;
  const counts = new Int32Array(ids.length);
  let at = 0;
  ids.forEach((id, i) => {
    at = seek(list.sentences, at, id);
    counts[i] = list.counts[at] ?? 0;
  });
  return counts;
}

/** 1 for each of `ids` (ascending) that ascending `list` holds, else 0. */
export function heldAt(list: Int32Array, ids: Int32Array): Uint8Array {
  const held = new Uint8Array(ids.length);
  let at = 0;
  ids.forEach((id, i) => {
    at = seek(list, at, id);
    if (list[at] === id) held[i] = 1;
  });
  return held;
}
