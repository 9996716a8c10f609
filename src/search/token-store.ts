import type { Token } from '../text/normalise.ts';
import { termOf } from '../text/normalise.ts';
import type { Postings, Repeats } from './postings.ts';
import { runToEnd } from '../model/run-to-end.ts';
import { checkAllBelow } from '../model/check-all-below.ts';

/** Where the query's words stand together in a sentence: token positions in the token store. */
export interface TokenRun {
  first: number;
  last: number;
}

// The loops below index their typed arrays within bounds (`first` bounds every sentence's tokens):
// `?? 0` only satisfies the type checker, and `?? -1` reads as "no id", as an undefined did.

/** The token store as flat arrays: keys in id order, then every sentence's tokens. */
export interface TokenStorePart {
  keys: string[];
  /**
   * The search-term id of each key (see TokenStore.termOfKey) and the terms by id, kept so a restore
   * does not read every key for its term again: stemming the 45,000 keys of BBC ×10 was about 0.1 s
   * of CPU of a start from the snapshot.
   */
  termOfKey: Int32Array<ArrayBuffer>;
  terms: string[];
  first: Int32Array<ArrayBuffer>;
  keyAt: KeyIds;
  /** Each token's place byte (see placeByte); a snapshot's are read a page at a time (see PagedBytes). */
  placeAt: Uint8Array<ArrayBuffer> | PagedBytes;
  continues: Uint8Array<ArrayBuffer>;
}

/**
 * Bytes read from disk a page at a time, when a byte of a page not among the last read is asked for,
 * each page checked as it is read (see openPages and PAGES_KEPT in src/library/snapshot.ts): only the
 * tokens of the hits a question shows are placed, so a start reads a few pages of the token places
 * (8.5 MB at BBC ×10) instead of all of them, and keeps only the most recent.
 */
export interface PagedBytes {
  readonly length: number;
  /** Byte `i` (0 <= i < length); throws when its page is damaged on disk. */
  at(i: number): number;
  /** Every byte, every page read and checked. */
  all(): Uint8Array<ArrayBuffer>;
}

/** Token key ids: two bytes each while there are at most 65,536 keys (BBC ×10 has about 45,000), else four. */
export type KeyIds = Int32Array<ArrayBuffer> | Uint16Array<ArrayBuffer>;

/** Token keys numbered between two yields of TokenStore.restoreInSlices: a few milliseconds. */
const KEY_SLICE = 5_000;

/**
 * Where a token stands, in one byte: its gap (the distance from the end of the token before it,
 * from the sentence's start for the first) in the top three bits and its length in the low five.
 * A gap over MAX_GAP or a length over MAX_LENGTH is stored as UNMEASURED: where that token and the
 * rest of its sentence stand is then found by tokenising the sentence again. At BBC ×10, 10 of
 * 8.5 million tokens are; gaps of one (a space) and lengths under 12 are nearly all of them.
 */
export const UNMEASURED = 0xff;
const LENGTH_BITS = 5;
const LENGTH_MASK = (1 << LENGTH_BITS) - 1;
/** The longest gap a byte holds: its three bits' largest value, 7, is UNMEASURED's. */
const MAX_GAP = 6;
/** The longest token a byte holds: its five bits' largest value, 31, is UNMEASURED's. */
const MAX_LENGTH = LENGTH_MASK - 1;

/** The byte for a token `gap` characters after the token before it and `length` long; see UNMEASURED. */
export function placeByte(gap: number, length: number): number {
  return gap > MAX_GAP || length > MAX_LENGTH ? UNMEASURED : (gap << LENGTH_BITS) | length;
}

/** A measured place byte's gap. */
export function gapOf(place: number): number {
  return place >> LENGTH_BITS;
}

/** A measured place byte's length. */
export function lengthOf(place: number): number {
  return place & LENGTH_MASK;
}

/**
 * Every sentence's tokens, kept once as token key ids in flat typed arrays, so a query checks
 * its candidates without tokenising their text again: at 20,000 articles re-tokenising 2,000
 * candidates per query costs more than the whole search. Where each token stands is kept in two
 * byte rather than eight (the gap since the token before it and its length, see placeByte: 59 MB
 * less at BBC ×10): tokenising again the up to 500 hits of a misspelt query, to show the spelling
 * each one used, cost more than the query. A sentence with a gap or a token too long for the byte
 * is tokenised again from there on.
 */
export class TokenStore {
  /** Token key (folded word or figure) by key id. */
  readonly keys: string[] = [];
  readonly keyIds = new Map<string, number>();
  /** Search-term id of each key id, -1 for a stop word. */
  readonly termOfKey: number[] = [];
  readonly terms: string[] = [];
  readonly termIds = new Map<string, number>();
  /** Sentence i's tokens are positions `first[i]` to `first[i + 1] - 1`. */
  first = new Int32Array(1024);
  keyAt: KeyIds = new Int32Array(4096);
  /** Each token's gap and length in one byte (see placeByte) as built; read through placeOf, which reads a restored store's pages. */
  placeAt = new Uint8Array(4096);
  /** A restored store's place bytes, read a page at a time (see PagedBytes); placeAt is then empty. */
  #pagedPlaces: PagedBytes | undefined;
  /** 1 for a sentence that leans on the one before it in its article (see continuesPrevious). */
  continues = new Uint8Array(1024);
  sentences = 0;
  tokens = 0;

  /** The store a snapshot holds; throws when its parts do not fit together. */
  static restore(part: TokenStorePart, sentences: number): TokenStore {
    return runToEnd(TokenStore.restoreInSlices(part, sentences, Number.POSITIVE_INFINITY));
  }

  /**
   * restore, yielding after every KEY_SLICE keys numbered and every `slice` tokens checked, for a
   * restore while the bot answers (see SentenceIndex.restoreInSlices). The same store.
   */
  static *restoreInSlices(part: TokenStorePart, sentences: number, slice: number): Generator<void, TokenStore> {
    const store = new TokenStore();
    const { keys, termOfKey, terms } = part;
    if (termOfKey.length !== keys.length) throw new Error('the token store does not fit the articles');
    for (let i = 0; i < keys.length; i++) {
      if (i > 0 && i % KEY_SLICE === 0) yield;
      const key = keys[i] ?? '';
      const termId = termOfKey[i] ?? -1;
      if (termId < -1 || termId >= terms.length) throw new Error('the token store names a search term it does not hold');
      store.keys.push(key);
      store.keyIds.set(key, i);
      store.termOfKey.push(termId);
    }
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i] ?? '';
      store.terms.push(term);
      store.termIds.set(term, i);
    }
    if (store.termIds.size !== terms.length) throw new Error('the token store holds a search term twice');
    const tokens = part.keyAt.length;
    if (store.keyIds.size !== keys.length || part.first.length !== sentences + 1 || part.first[sentences] !== tokens || part.placeAt.length !== tokens || part.continues.length !== sentences) {
      throw new Error('the token store does not fit the articles');
    }
    const { keyAt } = part;
    const keyCount = store.keys.length;
    for (let from = 0; from < tokens; from += slice) {
      yield;
      checkAllBelow(keyAt, keyCount, 'the token store names a key it does not hold', from, Math.min(tokens, from + slice));
    }
    Object.assign(store, { first: part.first, keyAt: part.keyAt, continues: part.continues, sentences, tokens });
    if (part.placeAt instanceof Uint8Array) store.placeAt = part.placeAt;
    else {
      store.placeAt = new Uint8Array(0);
      store.#pagedPlaces = part.placeAt;
    }
    return store;
  }

  /** The place byte of token position `at` (see placeByte). */
  placeOf(at: number): number {
    return this.#pagedPlaces ? this.#pagedPlaces.at(at) : (this.placeAt[at] ?? 0);
  }

  /** Drop the room left for growth once every sentence is in (up to half of each array), and keep key ids in two bytes when they fit. */
  trim(): void {
    this.first = this.first.slice(0, this.sentences + 1);
    this.keyAt = this.keys.length <= 0x10000 ? Uint16Array.from(this.keyAt.subarray(0, this.tokens)) : this.keyAt.slice(0, this.tokens);
    this.placeAt = this.placeAt.slice(0, this.tokens);
    this.continues = this.continues.slice(0, this.sentences);
  }

  /** The filled part of the store, for a snapshot; the arrays are the store's own, not copies. */
  toPart(): TokenStorePart {
    return {
      keys: this.keys,
      termOfKey: Int32Array.from(this.termOfKey),
      terms: this.terms,
      first: this.first.subarray(0, this.sentences + 1),
      keyAt: this.keyAt.subarray(0, this.tokens),
      placeAt: this.#pagedPlaces?.all() ?? this.placeAt.subarray(0, this.tokens),
      continues: this.continues.subarray(0, this.sentences),
    };
  }

  /** Store one sentence's tokens (offsets into the sentence). */
  addSentence(tokens: readonly Token[], continues: boolean): void {
    this.#makeRoom(tokens.length);
    this.first[this.sentences] = this.tokens;
    this.continues[this.sentences] = continues ? 1 : 0;
    let end = 0;
    for (const token of tokens) {
      this.placeAt[this.tokens] = placeByte(token.start - end, token.end - token.start);
      this.keyAt[this.tokens++] = this.#idOfKey(token.key);
      end = token.end;
    }
    this.sentences++;
    this.first[this.sentences] = this.tokens;
  }

  /**
   * Sentences `from` to `from + count - 1` added again as the next ones: what addSentence gives for
   * the same tokens and `continues`, without tokenising or looking up a key (an article whose
   * sentences repeat an earlier one's is indexed from its first's tokens; see SentenceIndex).
   */
  addSentencesAgain(from: number, count: number): void {
    const start = this.first[from] ?? 0;
    const end = this.first[from + count] ?? 0;
    for (let i = 0; i < count; i++) {
      this.#makeRoom(0);
      this.first[this.sentences] = this.tokens + (this.first[from + i] ?? 0) - start;
      this.continues[this.sentences] = this.continues[from + i] ?? 0;
      this.sentences++;
    }
    this.#makeRoom(end - start);
    this.keyAt.copyWithin(this.tokens, start, end);
    this.placeAt.copyWithin(this.tokens, start, end);
    this.tokens += end - start;
    this.first[this.sentences] = this.tokens;
  }

  /** Room for one more sentence, and for `count` more tokens. */
  #makeRoom(count: number): void {
    if (this.sentences + 2 > this.first.length) {
      this.first = grow(this.first);
      const more = new Uint8Array(this.first.length);
      more.set(this.continues);
      this.continues = more;
    }
    while (this.tokens + count > this.keyAt.length) {
      const keys = new Int32Array(this.keyAt.length * 2);
      keys.set(this.keyAt);
      this.keyAt = keys;
      const places = new Uint8Array(this.keyAt.length);
      places.set(this.placeAt);
      this.placeAt = places;
    }
  }

  #idOfKey(key: string): number {
    let id = this.keyIds.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.keys.push(key);
      this.keyIds.set(key, id);
      const term = termOf(key);
      let termId = term === null ? -1 : this.termIds.get(term);
      if (termId === undefined && term !== null) {
        termId = this.terms.length;
        this.terms.push(term);
        this.termIds.set(term, termId);
      }
      this.termOfKey.push(termId ?? -1);
    }
    return id;
  }

  /** The first place sentence `id` holds the key ids `query` consecutively. */
  findRun(id: number, query: readonly number[]): TokenRun | undefined {
    const end = (this.first[id + 1] ?? 0) - query.length;
    outer: for (let at = this.first[id] ?? 0; at <= end; at++) {
      for (let j = 0; j < query.length; j++) if (this.keyAt[at + j] !== query[j]) continue outer;
      return { first: at, last: at + query.length - 1 };
    }
    return undefined;
  }

  /** Key ids of the query's tokens; undefined when the articles never use one of them, so no sentence can hold the phrase. */
  keyIdsOf(tokens: readonly Token[]): number[] | undefined {
    const ids: number[] = [];
    for (const token of tokens) {
      const id = this.keyIds.get(token.key);
      if (id === undefined) return undefined;
      ids.push(id);
    }
    return ids;
  }

  /**
   * For each token position, 1 + the pair id of it and the next token in its sentence when both
   * are common words (`common` numbers them, -1 for the rest, `size` in all), else 0: the codes
   * for the postings of each pair of common words, the pair id being `common[a] * size + common[b]`.
   */
  commonPairCodes(common: Int32Array, size: number): Int32Array<ArrayBuffer> {
    const codes = new Int32Array(this.tokens);
    for (let id = 0; id < this.sentences; id++) {
      for (let at = this.first[id] ?? 0, last = (this.first[id + 1] ?? 0) - 1; at < last; at++) {
        // -1, as for a word that is not common, where an index fell outside (none does).
        const a = common[this.keyAt[at] ?? -1] ?? -1;
        const b = common[this.keyAt[at + 1] ?? -1] ?? -1;
        if (a >= 0 && b >= 0) codes[at] = 1 + a * size + b;
      }
    }
    return codes;
  }

  /**
   * The sentences of each of `ids` ids, where token position `at` stands for id `idOf[codes[at]]`
   * (-1 for none): of each token key (`codes` keyAt, `idOf` the identity), of each search term
   * (`idOf` termOfKey) or of each pair of common words (`codes` from commonPairCodes); see Postings.
   */
  postings(idOf: Int32Array, ids: number, codes: KeyIds = this.keyAt): Postings {
    const counts = new Int32Array(ids + 1);
    const lastSeen = new Int32Array(ids).fill(-1);
    for (let id = 0; id < this.sentences; id++) {
      for (let at = this.first[id] ?? 0, end = this.first[id + 1] ?? 0; at < end; at++) {
        const of = idOf[codes[at] ?? -1] ?? -1;
        if (of >= 0 && lastSeen[of] !== id) {
          lastSeen[of] = id;
          counts[of + 1] = (counts[of + 1] ?? 0) + 1;
        }
      }
    }
    for (let of = 0; of < ids; of++) counts[of + 1] = (counts[of + 1] ?? 0) + (counts[of] ?? 0);
    const sentences = new Int32Array(counts[ids] ?? 0);
    const next = counts.slice(0, ids);
    lastSeen.fill(-1);
    for (let id = 0; id < this.sentences; id++) {
      for (let at = this.first[id] ?? 0, end = this.first[id + 1] ?? 0; at < end; at++) {
        const of = idOf[codes[at] ?? -1] ?? -1;
        if (of >= 0 && lastSeen[of] !== id) {
          lastSeen[of] = id;
          const slot = next[of] ?? 0;
          next[of] = slot + 1;
          sentences[slot] = id;
        }
      }
    }
    return { first: counts, sentences };
  }

  /**
   * Where an id of `postings` (made by `postings(idOf, …)` over the key ids) stands more than once
   * in a sentence, and how often; see Repeats.
   */
  countRepeats(postings: Postings, idOf: Int32Array): Repeats {
    // How often each posting's id stands in its sentence; a list's postings are in sentence order, so each id's next posting is the current sentence's.
    const counts = new Int32Array(postings.sentences.length);
    const next = postings.first.slice(0, -1);
    const lastSeen = new Int32Array(next.length).fill(-1);
    let repeated = 0;
    for (let id = 0; id < this.sentences; id++) {
      for (let at = this.first[id] ?? 0, end = this.first[id + 1] ?? 0; at < end; at++) {
        const of = idOf[this.keyAt[at] ?? -1] ?? -1;
        if (of < 0) continue;
        if (lastSeen[of] !== id) {
          lastSeen[of] = id;
          next[of] = (next[of] ?? 0) + 1;
        }
        const slot = (next[of] ?? 0) - 1;
        counts[slot] = (counts[slot] ?? 0) + 1;
        if (counts[slot] === 2) repeated++;
      }
    }
    const repeats = new Int32Array(2 * repeated);
    let pair = 0;
    counts.forEach((count, slot) => {
      if (count < 2) return;
      repeats[pair++] = slot;
      repeats[pair++] = count;
    });
    return repeats;
  }
}

function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
