import { distance } from 'fastest-levenshtein';
import { runToEnd } from '../model/run-to-end.ts';

/** Letters per gram: trigrams keep each gram's list short while every word still has several. */
const GRAM = 3;
/** Padding before and after a word, so its first and last letters have grams of their own; no search term holds it. */
const PAD = '\u0000'.repeat(GRAM - 1);
/** Terms this long or longer are left out (no one misspells a 4,000-letter word), so a gram's repeats and a term's length each fit in 12 bits of its number. */
const LIMIT = 4096;

/** The most grams one edit breaks: a swap of two neighbouring letters breaks every gram over either of them. */
const BROKEN_PER_EDIT = GRAM + 1;

/**
 * The near spellings of a word among a fixed vocabulary: every term within so many edits
 * (insertions, deletions, substitutions, and swaps of two neighbouring letters, each one edit: the
 * optimal string alignment distance, as a typist slips), found through a trigram index rather than
 * by walking the vocabulary.
 *
 * A word within k edits of a term shares at least `max(lengths) + GRAM - 1 - k * (GRAM + 1)` of
 * its padded trigrams with it (counted with repeats; an insertion, deletion or substitution breaks
 * at most GRAM of them, a swap GRAM + 1), and their lengths differ by k at most; so each trigram
 * has a list per term length, and only the terms reaching that count on the lists of the word's own
 * trigrams, at the lengths within k of its own, are measured. A misspelt query costs a few dozen
 * short lists, not the vocabulary: at BBC ×10 a scan of MiniSearch's vocabulary tree took about
 * 1 ms a word. (While that count is above zero: see findsByGrams.)
 */
export class NearSpellings {
  readonly #terms: readonly string[];
  /** Each trigram seen in the terms, numbered. */
  readonly #trigramIds: Map<string, number>;
  /** The list of each gram at each term length, by the number gramKey gives it. */
  readonly #gramIds: Map<number, number>;
  /** The terms of one length holding gram g (see gramKey) are `termsOf[first[g]]` to `termsOf[first[g + 1] - 1]`. */
  readonly #first: Int32Array;
  readonly #termsOf: Int32Array;
  /** Shared grams counted per term during one lookup; zero between lookups. */
  readonly #counts: Uint16Array;
  /** Each term's letters as a set of bits (see lettersOf), to turn away at a glance a term with other letters. */
  readonly #letters: Int32Array;
  /** The ids of the indexed terms, for the rare lookup that must measure them all. */
  readonly #indexed: Int32Array;

  /** An index over the terms for which `include` (given each term and its id) is true; the others are never found. */
  constructor(terms: readonly string[], include: (term: string, id: number) => boolean = () => true, learned?: LearnedGrams) {
    const { trigramIds, gramIds, indexed, gramOf, termOf, letters } = learned ?? runToEnd(learnGrams(terms, include, Number.POSITIVE_INFINITY));
    this.#terms = terms;
    this.#counts = new Uint16Array(terms.length);
    this.#letters = letters;
    this.#trigramIds = trigramIds;
    this.#gramIds = gramIds;
    this.#indexed = Int32Array.from(indexed);
    this.#first = new Int32Array(gramIds.size + 1);
    // Every index below is a gram or term id in range of the typed array it reads: `?? 0` only satisfies the type checker.
    for (const gramId of gramOf) this.#first[gramId + 1] = (this.#first[gramId + 1] ?? 0) + 1;
    for (let g = 0; g < gramIds.size; g++) this.#first[g + 1] = (this.#first[g + 1] ?? 0) + (this.#first[g] ?? 0);
    this.#termsOf = new Int32Array(gramOf.length);
    const next = this.#first.slice(0, gramIds.size);
    gramOf.forEach((gramId, i) => {
      const at = next[gramId] ?? 0;
      next[gramId] = at + 1;
      this.#termsOf[at] = termOf[i] ?? 0;
    });
  }

  /**
   * The same index as the constructor builds, yielding after the grams of every `slice` terms: for
   * a library read ahead while the bot answers (see SentenceIndex.prepareNearSpellingsInSlices).
   */
  static *buildInSlices(terms: readonly string[], include: (term: string, id: number) => boolean, slice: number): Generator<void, NearSpellings> {
    const learned = yield* learnGrams(terms, include, slice);
    yield;
    return new NearSpellings(terms, include, learned);
  }

  /** The ids of the indexed terms within `maxEdits` edits of `word` (the word itself included when indexed), ascending. */
  find(word: string, maxEdits: number): number[] {
    return this.#within(word, maxEdits).map(({ id }) => id);
  }

  /**
   * The ids of the indexed terms nearest `word` within `maxEdits` edits, ascending: those at the
   * fewest edits any of them is at; none when no term is that near.
   */
  nearest(word: string, maxEdits: number): number[] {
    // One edit first, then more: the terms within fewer edits are found among fewer, shorter
    // lists (a typed slip is mostly one edit), and a wider allowance is looked up only when a
    // narrower one finds nothing, so the answer is the one a single widest lookup gives.
    for (let edits = Math.min(1, maxEdits); edits <= maxEdits; edits++) {
      const found = this.#within(word, edits);
      if (found.length === 0) continue;
      const fewest = Math.min(...found.map((term) => term.edits));
      return found.flatMap((term) => (term.edits === fewest ? [term.id] : []));
    }
    return [];
  }

  #within(word: string, maxEdits: number): { id: number; edits: number }[] {
    const found: { id: number; edits: number }[] = [];
    const letters = lettersOf(word);
    const measure = (id: number): void => {
      const term = this.#terms[id];
      if (term === undefined || Math.abs(term.length - word.length) > maxEdits) return;
      // A swap is two Levenshtein edits, so a term more than twice the edits away in that measure
      // is out of reach: that (bit-parallel, fast) measure turns away most candidates first.
      const levenshtein = distance(term, word);
      if (levenshtein > 2 * maxEdits) return;
      const edits = levenshtein <= 1 ? levenshtein : editsBetween(term, word, maxEdits);
      if (edits <= maxEdits) found.push({ id, edits });
    };
    if (!findsByGrams(word.length, maxEdits)) {
      // So many edits for so short a word that a term need share no gram with it: measure every term.
      for (const id of this.#indexed) if (lettersWithin(this.#letters[id] ?? 0, letters, maxEdits)) measure(id);
      return found;
    }
    const counts = this.#counts;
    const termsOf = this.#termsOf;
    const grams = gramsOf(word, this.#trigramIds, false);
    for (let length = Math.max(1, word.length - maxEdits); length <= Math.min(LIMIT - 1, word.length + maxEdits); length++) {
      const needed = Math.max(length, word.length) + GRAM - 1 - maxEdits * BROKEN_PER_EDIT;
      // The lists of the word's grams at this length, shortest first: a term sharing `needed` of
      // them misses at most `lists.length - needed`, so it is on one of the first
      // `lists.length - needed + 1`; only those are walked, and the candidates they give are looked
      // up by halving in the rest (each list holds its terms in ascending id order), so the longest
      // lists (a gram like the start of every word in "s") are never walked.
      const lists: { from: number; to: number }[] = [];
      for (const gram of grams) {
        const gramId = this.#gramIds.get(gramKey(gram, length));
        if (gramId !== undefined) lists.push({ from: this.#first[gramId] ?? 0, to: this.#first[gramId + 1] ?? 0 });
      }
      if (lists.length < needed) continue;
      lists.sort((a, b) => a.to - a.from - (b.to - b.from));
      const walked = lists.length - needed + 1;
      const touched: number[] = [];
      for (let k = 0; k < walked; k++) {
        const list = lists[k];
        for (let at = list?.from ?? 0, end = list?.to ?? 0; at < end; at++) {
          const id = termsOf[at] ?? 0;
          const count = counts[id] ?? 0;
          counts[id] = count + 1;
          if (count === 0) touched.push(id);
        }
      }
      for (const id of touched) {
        let count = counts[id] ?? 0;
        counts[id] = 0;
        // Turned away by its letters before its gram count is finished: checking a candidate on the
        // longer lists is a search of each, and most candidates have letters the word lacks.
        if (!lettersWithin(this.#letters[id] ?? 0, letters, maxEdits)) continue;
        for (let k = walked; k < lists.length && count < needed && count + lists.length - k >= needed; k++) {
          const list = lists[k];
          if (list && holdsBetween(termsOf, list.from, list.to, id)) count++;
        }
        if (count >= needed) measure(id);
      }
    }
    return found.sort((a, b) => a.id - b.id);
  }
}

/** What the grams of the terms are, learned before the lists are laid out (see learnGrams). */
interface LearnedGrams {
  /** Each trigram seen in the terms, numbered. */
  trigramIds: Map<string, number>;
  /** The list of each gram at each term length, numbered (see gramKey). */
  gramIds: Map<number, number>;
  /** The ids of the indexed terms. */
  indexed: number[];
  /** Each gram a term holds, as its list's number, and the term, side by side. */
  gramOf: number[];
  termOf: number[];
  /** Each term's letters as a set of bits (see lettersOf). */
  letters: Int32Array;
}

/** The grams of the terms `include` accepts, yielding after every `slice` terms. */
function* learnGrams(terms: readonly string[], include: (term: string, id: number) => boolean, slice: number): Generator<void, LearnedGrams> {
  const learned: LearnedGrams = { trigramIds: new Map(), gramIds: new Map(), indexed: [], gramOf: [], termOf: [], letters: new Int32Array(terms.length) };
  const { trigramIds, gramIds } = learned;
  for (let id = 0; id < terms.length; id++) {
    if (id > 0 && id % slice === 0) yield;
    const term = terms[id] ?? '';
    if (!include(term, id) || term.length >= LIMIT) continue;
    learned.indexed.push(id);
    learned.letters[id] = lettersOf(term);
    for (const gram of gramsOf(term, trigramIds, true)) {
      const key = gramKey(gram, term.length);
      let gramId = gramIds.get(key);
      if (gramId === undefined) gramIds.set(key, (gramId = gramIds.size));
      learned.gramOf.push(gramId);
      learned.termOf.push(id);
    }
  }
  return learned;
}

/**
 * The padded trigrams of a word as numbers, each counting how often it came before in the word
 * (`ana`, `ana` become two different numbers), so that sets of them intersect as multisets do.
 * A trigram not yet numbered in `trigramIds` is numbered there when `learn`, else left out of the
 * word's (a query's: no list holds it).
 */
function gramsOf(word: string, trigramIds: Map<string, number>, learn: boolean): number[] {
  const padded = PAD + word + PAD;
  const seen = new Map<number, number>();
  const grams: number[] = [];
  for (let at = 0; at + GRAM <= padded.length; at++) {
    const trigram = padded.slice(at, at + GRAM);
    let id = trigramIds.get(trigram);
    if (id === undefined) {
      if (!learn) continue;
      trigramIds.set(trigram, (id = trigramIds.size));
    }
    const before = seen.get(id) ?? 0;
    seen.set(id, before + 1);
    grams.push(id * LIMIT + before);
  }
  return grams;
}

/** Three rows of the edit table, kept between measurements: editsBetween runs for every candidate of a lookup. */
const ROWS: [Int32Array, Int32Array, Int32Array] = [new Int32Array(LIMIT + 1), new Int32Array(LIMIT + 1), new Int32Array(LIMIT + 1)];

/**
 * True when a word of `length` letters shares some trigram with every term within `maxEdits`
 * edits of it, so the trigram lists find them all; otherwise every term must be measured (one edit
 * from 3 letters, two from 7, three from 11).
 */
export function findsByGrams(length: number, maxEdits: number): boolean {
  return length + GRAM - 1 - maxEdits * BROKEN_PER_EDIT > 0;
}

/**
 * The edits between `a` and `b`, a swap of two neighbouring letters counting as one (optimal string
 * alignment), or `max + 1` as soon as it is sure to exceed `max`.
 */
export function editsBetween(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  if (width > ROWS[0].length) return max + 1;
  let [beforeLast, last, row] = ROWS;
  for (let j = 0; j < width; j++) last[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let edits = Math.min((last[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (last[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) edits = Math.min(edits, (beforeLast[j - 2] ?? 0) + 1);
      row[j] = edits;
      smallest = Math.min(smallest, edits);
    }
    if (smallest > max) return max + 1;
    [beforeLast, last, row] = [last, row, beforeLast];
  }
  return Math.min(last[b.length] ?? 0, max + 1);
}

/** True when ascending `values` holds `value` between positions `from` and `to` (exclusive). */
function holdsBetween(values: Int32Array, from: number, to: number, value: number): boolean {
  let low = from;
  let high = to - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = values[mid] ?? 0;
    if (at < value) low = mid + 1;
    else if (at > value) high = mid - 1;
    else return true;
  }
  return false;
}

/** The letters a word holds as bits of a number, one bit for each of 32 groups of character codes. */
function lettersOf(word: string): number {
  let bits = 0;
  for (let at = 0; at < word.length; at++) bits |= 1 << (word.charCodeAt(at) & 31);
  return bits;
}

/**
 * True when words with these letters (see lettersOf) may be within `maxEdits` edits: an edit adds
 * at most one letter the other word lacks and takes away at most one (a swap neither).
 */
function lettersWithin(letters: number, others: number, maxEdits: number): boolean {
  return countBits(letters ^ others) <= 2 * maxEdits;
}

/** How many bits of a 32-bit number are set. */
function countBits(bits: number): number {
  let n = bits - ((bits >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** A gram's number among the terms of one length. */
function gramKey(gram: number, length: number): number {
  return gram * LIMIT + length;
}
