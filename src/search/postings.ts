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

/** Posting list `id` of `postings`, as a view (not a copy). */
export function listOf(postings: Postings, id: number): Int32Array {
  return postings.sentences.subarray(postings.first[id] ?? 0, postings.first[id + 1] ?? 0);
}

/**
 * Throws unless `postings` (from a snapshot) has a list for each of `ids` ids, each strictly
 * ascending and within `sentences` sentences: one pass, as it runs at every start.
 */
export function checkPostings(postings: Postings, ids: number, sentences: number, name: string): void {
  const { first, sentences: all } = postings;
  if (first.length !== ids + 1 || first[0] !== 0 || first[ids] !== all.length) throw new Error(`the ${name} postings do not fit the articles`);
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
  }
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

/** The ids in any of the ascending lists, ascending, once each. */
export function union(lists: readonly Int32Array[]): Int32Array {
  const [only] = lists;
  if (lists.length === 1 && only) return only;
  const all = new Int32Array(lists.reduce((sum, list) => sum + list.length, 0));
  let at = 0;
  for (const list of lists) {
    all.set(list, at);
    at += list.length;
  }
  all.sort();
  let count = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[count++] = all[i] ?? 0;
  return all.subarray(0, count);
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
