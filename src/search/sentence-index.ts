import { type Article, type Sentence, type Span, firstCopies } from '../model/article.ts';
import { isFigure, termOf, tokenize, type Token } from '../text/normalise.ts';
import { continuesPrevious } from './continuation.ts';
import { NearSpellings } from './near-spellings.ts';
import { checkPostings, checkPostingsInSlices, checkRepeats, countedUnion, countsAt, heldAt, holds, intersect, listOf, type Postings, type Repeats, seek, union } from './postings.ts';
import { runToEnd } from '../model/run-to-end.ts';
import { sentencesMade } from '../model/sentences-on-demand.ts';
import { heaviestOnLists, keyRanks, orderByRankThenPlace, selectSmallest, strongestOfClasses } from './smallest.ts';
import { gapOf, lengthOf, TokenStore, type TokenRun, type TokenStorePart, UNMEASURED } from './token-store.ts';

export { continuesPrevious } from './continuation.ts';
export type { Postings, Repeats } from './postings.ts';
export type { TokenStorePart } from './token-store.ts';

/**
 * Every sentence's search terms in reading order as term ids, ids given in first-seen order, in
 * flat arrays: sentence i's terms are `termAt[first[i]]` to `termAt[first[i + 1] - 1]`. The
 * search index holds exactly these (see SentenceIndex.termSequences), so the cross-article alignment
 * need not tokenise every sentence a second time.
 */
export interface TermSequences {
  terms: readonly string[];
  first: Int32Array;
  termAt: Int32Array;
}

/** How a sentence answers a query. Ordered from strongest to weakest. */
export type MatchKind = 'phrase' | 'terms' | 'continuation';

export interface SearchHit {
  sentence: Sentence;
  match: MatchKind;
  score: number;
  /** Where the query's words stand together in the sentence, for a phrase match. */
  phrase?: Span;
  /** Query words matched by a near spelling, as typed (folded), with the spelling this sentence uses: `{ goremikin: 'Goremykin' }`. */
  corrected: Record<string, string>;
}

export interface NearMiss {
  sentence: Sentence;
  /** The query words it lacks, as the query wrote them. */
  missingTerms: string[];
}

export interface SearchResult {
  /** The query's search terms after normalisation; empty when it holds only common words. */
  terms: string[];
  /** Each term as the query wrote it (`troop` → `troops`), for messages. */
  words: Record<string, string>;
  /**
   * What the search looks for, as the query wrote it, for messages: each term's word once, a
   * hyphenated word whole (`A-levels`, whose `A` is no term), in the query's order.
   */
  asked: string;
  /** The sentences that say it, best sentence per article first, then the rest; at most MAX_HITS, the best ones. */
  hits: SearchHit[];
  /** How many sentences and articles say it in all, beyond the hits kept. */
  total: { sentences: number; articles: number };
  /** Filled only when there are no hits: sentences that hold some of the terms. */
  nearMisses: NearMiss[];
}

/**
 * The commonest words of the articles, by how many sentences hold them, get a posting list for
 * each pair of them side by side: a phrase of only such words ("of the") is otherwise checked in
 * every sentence holding both, a third of them all. With 128, every such phrase we timed at
 * 22,250 articles ("of the", "one of the", "as well as", "the") took under 4 ms, and the pair
 * lists hold about a fifth as many entries as there are tokens.
 */
const COMMON_WORDS = 128;
/** The sentences that hold a phrase word for word. */
export interface PhraseMatches {
  /** How many sentences and articles hold it in all. */
  total: { sentences: number; articles: number };
  /** The first of them (as many as asked for) by article id, then by position in the article. */
  found: { sentence: Sentence; span: Span }[];
}

/** Words shorter than this, as typed, match only exactly: a three-letter word is one edit from dozens of others. */
const MIN_FUZZY_LENGTH = 4;
/**
 * The query's hyphenated words, each as its tokens (two or more), joined by HYPHEN with no space:
 * `A-levels`, `editor-in-chief`. A word the tokeniser already keeps whole (`twenty-five`, one
 * figure) is one token, no run.
 */
function hyphenatedRuns(text: string, tokens: readonly Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  tokens.forEach((token, i) => {
    const before = tokens[i - 1];
    if (before && HYPHEN.test(text.slice(before.end, token.start))) run.push(token);
    else {
      if (run.length > 1) runs.push(run);
      run = [token];
    }
  });
  if (run.length > 1) runs.push(run);
  return runs;
}

/** SearchResult.asked: the query's terms as written, each once, and its hyphenated words whole. */
function askedOf(text: string, tokens: readonly Token[], runs: readonly (readonly Token[])[]): string {
  const asked: string[] = [];
  const seen = new Set<string>();
  for (const token of tokens) {
    const run = runs.find((candidate) => candidate.includes(token));
    const term = termOf(token.key);
    if (run) {
      if (token === run[0]) asked.push(text.slice(token.start, run.at(-1)?.end ?? token.end));
    } else if (term !== null && !seen.has(term)) asked.push(text.slice(token.start, token.end));
    if (term !== null) seen.add(term);
  }
  return asked.join(' ');
}

/**
 * The edits a misspelt word may be from the word meant, by its length as typed: one up to 6
 * letters, two from 7, three from 12 (a swap of two neighbouring letters is one edit). At these
 * lengths a word shares a trigram with every word that near (see findsByGrams), so the lookup
 * never walks the vocabulary.
 */
function editsAllowed(length: number): number {
  return length < MIN_FUZZY_LENGTH ? 0 : length <= 6 ? 1 : length <= 11 ? 2 : 3;
}
/** A word matched by a near spelling counts for this much of an exact one in the score. */
const FUZZY_WEIGHT = 0.6;
/** The most hits a query keeps (the best ones): enough for any answer, and it bounds the cross-check after the search. */
export const MAX_HITS = 500;
/** The most near misses a search gives when nothing holds every term. */
export const MAX_NEAR_MISSES = 5;
/** Near misses are looked for among this many of each term's sentences: a bound on the work for words on every page. */
const NEAR_MISS_SCAN = 5000;
/** BM25's usual constants: how fast repeats of a word stop counting, and how much a long sentence is discounted. */
const BM25_K1 = 1.2;
const BM25_B = 0.7;

/**
 * The common-word number of each of `keys` token keys, -1 for the rest, from the common words'
 * key ids in numbering order; throws when they are not COMMON_WORDS distinct key ids (or every
 * key, when there are fewer), as a snapshot's might not be.
 */
function commonNumbering(common: Int32Array, keys: number): Int32Array {
  if (common.length !== Math.min(COMMON_WORDS, keys)) throw new Error('the common words do not fit the token keys');
  const commonOfKey = new Int32Array(keys).fill(-1);
  common.forEach((key, i) => {
    if (!(key >= 0 && key < keys)) throw new Error('the common words name a key the token store does not hold');
    if (commonOfKey[key] !== -1) throw new Error('the common words name a key twice');
    commonOfKey[key] = i;
  });
  return commonOfKey;
}

/**
 * The index's posting lists, so a restored index need not compute them again (a fifth of a
 * start from a snapshot): of each token key, of each search term, of each pair of common words,
 * and the common words' key ids in their numbering order (see COMMON_WORDS).
 */
export interface PostingsPart {
  keys: Postings;
  terms: Postings;
  pairs: Postings;
  common: Int32Array<ArrayBuffer>;
  /** Where a search term stands more than once in a sentence of its list, and how often. */
  termRepeats: Repeats;
  /** The sentences of the token keys kept as bits rather than lists (see KeyBits). */
  keyBits: KeyBits;
}

/**
 * The sentences of some token keys as bits, one bit a sentence rather than a four-byte posting:
 * key k's bits are bytes `bits[first[k]]` to `bits[first[k + 1] - 1]`, none for any other key.
 * - A key that is one of two or more spellings of its search term (`troop` and `troops`): a bit
 *   for each sentence of the term's posting list, in its order, set where the sentence holds that
 *   spelling. At BBC ×10 these keys' own lists held 3.6 million postings (14 MB); their bits take
 *   about 1.6 MB.
 * - A stop word (no search term) in more than one sentence in 32 (`the`, `of`, `said`): a bit for
 *   each sentence of the articles. At BBC ×10, 55 words whose lists held 10.5 MB; 2.9 MB of bits.
 */
export interface KeyBits {
  first: Int32Array<ArrayBuffer>;
  bits: Uint8Array<ArrayBuffer>;
}

/** How many sentences the articles hold, and whether each one's `index` is its place in its article (see countSentences). */
interface CountedSentences {
  count: number;
  numbered: boolean;
}

/** The articles' sentences counted, a snapshot's token store restored and its key lengths counted, every part checked: see SentenceIndex.restoreInSlices. */
interface CheckedSnapshot extends CountedSentences {
  store: TokenStore;
  keyLengths: Int32Array;
}

/** Sentences counted between two yields of SentenceIndex.restoreInSlices: at BBC ×10 all 417,000 at once took 70 ms on a busy machine. */
const SENTENCE_SLICE = 50_000;

/**
 * The articles' sentences counted, and whether each one's `index` is its place in its article,
 * yielding after each article that ends past another `slice` sentences. Sentences not made yet (see
 * sentencesMade) are numbered by place, and are not made here: the index names every sentence by
 * its number and makes a hit's sentence when it is read (see #sentenceAt).
 */
function* countSentences(articles: readonly Article[], slice: number): Generator<void, CountedSentences> {
  let count = 0;
  let numbered = true;
  let next = slice;
  for (const article of articles) {
    const own = article.sentences;
    if (numbered && sentencesMade(own)) for (let i = 0; i < own.length; i++) numbered &&= (own[i] as Sentence).index === i;
    count += own.length;
    if (count >= next) {
      next = count + slice;
      yield;
    }
  }
  return { count, numbered };
}

/** What a snapshot keeps of the index: the token store and its posting lists (the near-spelling index is rebuilt from the terms, in milliseconds). */
export interface IndexSnapshot {
  tokens: TokenStorePart;
  postings: PostingsPart;
}

/** How one query term is matched: the term itself, or the near spellings of a word the articles never use. */
interface TermMatcher {
  term: string;
  /** The query's word for it as typed, folded (`tropos`, where the term is `tropo`): what a correction is said to be for. */
  typed: string;
  fuzzy: boolean;
  /** The search-term ids it matches: the term's, or the near spelling's read for it; none when the articles hold neither. */
  termIds: number[];
  /** The sentences that hold it (or any of its near spellings), ascending. */
  sentences: Int32Array;
  /** How often it (or its near spellings together) stands in each of those sentences. */
  counts: Int32Array;
  /** Its inverse document frequency (BM25's): rare words weigh more; a near spelling less. */
  weight: number;
}

/** A query's terms, matched. */
interface Query {
  matchers: TermMatcher[];
  /**
   * For each search-term id, the matcher it counts for plus one, 0 for none, -1 for several (see
   * `shared`): the index's own array, filled for one search and cleared after it.
   */
  slotOf: Int32Array;
  /** The search-term ids `slotOf` gives a slot. */
  termIds: number[];
  shared: Map<number, number[]>;
  /** The query's token key ids, for a phrase match; undefined when the articles never use one. */
  keyIds: number[] | undefined;
  /** The query's hyphenated words (`A-levels`, `anti-social`), each one word a sentence must hold. */
  compounds: Compound[];
}

/**
 * A hyphenated query word: the parts a sentence must hold side by side, in order. A part is one
 * of `ids`, search-term ids for a word the search keeps, or token key ids for a word it drops
 * (`a` of `A-levels`). With such a word first or last, the sentence must join the parts with a
 * hyphen too (see HYPHEN): spaced, it is grammar ("a level playing field", "line up", "stand in"),
 * not the term; between two kept words it is not ("peer to peer" is "peer-to-peer").
 */
interface Compound {
  parts: CompoundPart[];
  hyphenated: boolean;
  /** As the query wrote it (`A-levels`), for a near miss that lacks it. */
  typed: string;
}

/** A part of a hyphenated query word: which token it must be (see Compound). */
interface CompoundPart {
  /** Compare token key ids (`key`) or their search-term ids (`term`). */
  by: 'key' | 'term';
  ids: readonly number[];
}

/**
 * What joins the parts of one hyphenated word, with no space around it: hyphen-minus, the
 * Unicode hyphen and the non-breaking hyphen. A dash between spaced words (`Yukos - the firm`)
 * joins nothing.
 */
const HYPHEN = /^[-\u2010\u2011]$/;

/**
 * Every sentence a query matched, in parallel arrays, before any is made a hit. With `classes` (a
 * one-word query's: see SentenceIndex.#matchOneWord), `ranks`, `scores` and `keys` are each
 * class's, and sentence `ids[i]` is in class `classes.of[i]`.
 */
interface Matched {
  count: number;
  ids: Int32Array;
  /** MATCH_RANK of each. */
  ranks: Uint8Array;
  scores: Float64Array;
  /** What strength orders them by, smallest first: the kind, then the score (see STRENGTH). */
  keys: Float64Array;
  classes?: MatchClasses;
}

/** A one-word query's matched sentences in classes, read in the one pass that classed them (see SentenceIndex.#matchOneWord). */
interface MatchClasses {
  /** The class of each matched sentence. */
  of: Int32Array;
  /** How many sentences each class holds. */
  sizes: Int32Array;
  /** How many articles the sentences come from (see #countArticles). */
  articles: number;
}

/** The hits a query keeps, chosen and in hit order, before any is made (see SentenceIndex.#hitsOf). */
interface Chosen {
  /** The sentences' ids, in hit order. */
  ids: Int32Array;
  /** Each one's MATCH_RANK and score. */
  ranks: Uint8Array;
  scores: Float64Array;
  /** The query's token key ids, for a phrase hit's span. */
  keyIds: number[] | undefined;
  misspellings: Misspelling[];
}

/** How many postings sharingTermsInSlices reads between pauses (marking each is a few nanoseconds). */
const LIST_SLICE = 50_000;
/** How many sentences sharingTermsInSlices counts shared terms in between pauses (each walks its tokens: about a microsecond). */
const SHARED_SLICE = 5_000;

/**
 * The search index over every sentence of every article, and the rules that decide which
 * sentences say what a query says.
 *
 * A query is answered from posting lists (for each search term, the sentences that hold it),
 * intersected rarest first, so its cost follows its rarest word rather than its most common one:
 * MiniSearch over the sentences themselves scores every sentence of every query word, which took
 * 100+ ms at 376,000 sentences for words like "said". A trigram index over the articles'
 * vocabulary finds the near spellings of a word the articles never use (see NearSpellings).
 */
export class SentenceIndex {
  // Ids index the typed arrays below only within range (checkPostings checks a snapshot's): `?? 0` only satisfies the type checker.
  /** The articles, whose sentences the ids name in order: sentence `id` is the `id - #firstOf[a]`-th of article `a = #articleOf[id]`. */
  readonly #articles: readonly Article[];
  /** How many sentences the articles hold. */
  readonly #count: number;
  readonly #store: TokenStore;
  /** Built on first use or by prepareNearSpellings: a start needs it only for a misspelt word. */
  #nearSpellings: NearSpellings | undefined;
  /**
   * The sentences of each token key that is no search term's (a stop word) and in at most one
   * sentence in 32; any other key's list is left empty here (see #keyList): a key that is the only
   * one of its term (`troops` where no `troop` is written) is in exactly its term's sentences (4.3
   * MB less at BBC ×10), and the others' sentences are kept as bits (see KeyBits).
   */
  readonly #keyPostings: Postings;
  /** 1 for each token key whose sentences are its search term's (see #keyPostings). */
  readonly #keyIsTerm: Uint8Array;
  /** The sentences of the keys kept as bits (see KeyBits). */
  readonly #keyBits: KeyBits;
  /** How many sentences hold each token key. */
  readonly #keyLengths: Int32Array;
  readonly #termPostings: Postings;
  readonly #termRepeats: Repeats;
  readonly #averageLength: number;
  /**
   * Each sentence's length in tokens, LONG_SENTENCE for that many or more (read from the token
   * store then): what a one-word query's ranking reads for each of its thousands of sentences.
   * The store's sentence starts would tell it too, but they are four times the size (1.6 MB at BBC
   * ×10): read at thousands of places far apart, this small copy stays in the processor's cache
   * from one query to the next (a misspelt word's search took about a tenth less time).
   */
  readonly #lengths: Uint8Array;
  /** Each sentence's article, numbered, to count articles without comparing strings. */
  readonly #articleOf: Int32Array | Uint16Array;
  /** Each article's first sentence id, by its number. */
  readonly #firstOf: Int32Array;
  /** True when each sentence's `index` is its position in its article's sentences, as a loader gives it: read from the ids then (see #indexOf). */
  readonly #numbered: boolean;
  /** For each article's number, the number of the first article with its id: hits are ordered one best sentence per article id. */
  readonly #firstWithId: Int32Array;
  /**
   * Each sentence's place when the articles are read in article-id order, and the sentence at each
   * place; undefined where every sentence's place is its id (the articles come in id order, as
   * file names mostly give them): 3.3 MB at BBC ×10 that would say nothing.
   */
  readonly #placeOf: Int32Array | undefined;
  readonly #atPlace: Int32Array | undefined;
  /** The common words' key ids, in their numbering order, and the common-word number of each token key, -1 for the rest; see COMMON_WORDS. */
  readonly #commonKeys: Int32Array<ArrayBuffer>;
  readonly #commonOfKey: Int32Array;
  readonly #pairPostings: Postings;
  /** Each search term's slot in the query being answered (see Query.slotOf): one array kept, not one made per query. */
  readonly #slots: Int32Array;
  /** The room for a one-word query's classes kept from one search to the next (see #classRoom). */
  #reusedClasses = new Int32Array(0);
  /** The class of each kind, count and length seen by the one-word query being classed, -1 for none: all -1 between searches (see #matchOneWord). */
  readonly #classTable = new Int32Array(2 * CLASS_COUNTS * LONG_SENTENCE).fill(-1);
  /** The room for matched sentences kept from one search to the next (see #matchedRoom). */
  #reused: Matched = { count: 0, ids: new Int32Array(0), ranks: new Uint8Array(0), scores: new Float64Array(0), keys: new Float64Array(0) };
  /** Which articles a count or an ordering has seen: marked with a number new to each pass, so the array is never cleared. */
  readonly #seenIn: Uint32Array;
  #pass = 0;
  /** Which sentences sharingTerms has met, marked 1 while it reads the lists, all 0 between calls; made on first use. */
  #sharedCounts: Int32Array | undefined;

  /**
   * The index a snapshot of these same articles holds, as `new SentenceIndex(articles, snapshot)`
   * restores it, yielding between slices of about `slice` tokens or postings checked: a library
   * handed over from the rebuild worker is restored while the bot answers, and restored whole at
   * BBC ×10 the index held other answers 0.2–0.6 s. Throws when the snapshot does not fit.
   */
  static *restoreInSlices(articles: readonly Article[], snapshot: IndexSnapshot, slice: number): Generator<void, SentenceIndex> {
    const counted = yield* countSentences(articles, SENTENCE_SLICE);
    const store = yield* TokenStore.restoreInSlices(snapshot.tokens, counted.count, slice);
    const keyIsTerm = soleKeysOfTerms(store.termOfKey, store.terms.length);
    const { keys, terms, pairs, termRepeats, keyBits } = snapshot.postings;
    yield* checkPostingsInSlices(keys, store.keys.length, store.sentences, 'token key', slice);
    yield* checkPostingsInSlices(terms, store.terms.length, store.sentences, 'search term', slice);
    yield;
    checkRepeats(termRepeats, terms, 'search term');
    yield* checkPostingsInSlices(pairs, COMMON_WORDS * COMMON_WORDS, store.sentences, 'common-word pair', slice);
    yield;
    checkKeyBits(keyBits, keys, terms, store.termOfKey, keyIsTerm, store.sentences);
    const keyLengths = yield* keyLengthsInSlices(keys, terms, keyBits, store.termOfKey, keyIsTerm, slice);
    yield;
    return new SentenceIndex(articles, snapshot, { ...counted, store, keyLengths });
  }

  /**
   * Index the articles' sentences, or, given the snapshot of an index built from these same
   * articles, restore it without tokenising anything. Throws when the snapshot does not fit.
   * `checked` is only for restoreInSlices: the articles' sentences counted, the snapshot's store
   * restored and its key lengths counted, every part already checked.
   */
  constructor(articles: readonly Article[], snapshot?: IndexSnapshot, checked?: CheckedSnapshot) {
    const { count, numbered } = checked ?? runToEnd(countSentences(articles, Number.POSITIVE_INFINITY));
    this.#articles = articles;
    this.#count = count;
    this.#numbered = numbered;
    const numberOfId = new Map<string, number>();
    this.#firstWithId = Int32Array.from(articles, (article, i) => {
      const first = numberOfId.get(article.id) ?? i;
      numberOfId.set(article.id, first);
      return first;
    });
    this.#articleOf = articles.length <= 0x10000 ? new Uint16Array(this.#count) : new Int32Array(this.#count);
    const firstOf = new Int32Array(articles.length);
    this.#firstOf = firstOf;
    let at = 0;
    articles.forEach((article, i) => {
      firstOf[i] = at;
      this.#articleOf.fill(i, at, at + article.sentences.length);
      at += article.sentences.length;
    });
    // Sentences are numbered in file-name order, which need not be article-id order.
    const byId = articles.map((article, i) => ({ article, i })).sort((a, b) => (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0));
    if (byId.some(({ i }, k) => i !== k)) {
      const placeOf = new Int32Array(this.#count);
      const atPlace = new Int32Array(this.#count);
      let place = 0;
      for (const { article, i } of byId) {
        for (let id = firstOf[i] ?? 0, end = id + article.sentences.length; id < end; id++) {
          placeOf[id] = place;
          atPlace[place++] = id;
        }
      }
      this.#placeOf = placeOf;
      this.#atPlace = atPlace;
    }
    if (snapshot) {
      this.#store = checked?.store ?? TokenStore.restore(snapshot.tokens, this.#count);
    } else {
      this.#store = new TokenStore();
      // An article whose bytes repeat an earlier one's (a story filed twice, BBC ×10's ten of each) takes its first's
      // tokens: tokenising is most of the index's build, and the same sentences give the same tokens.
      const first = firstCopies(articles);
      articles.forEach((article, a) => {
        const earlier = first[a] ?? a;
        if (earlier !== a) {
          this.#store.addSentencesAgain(firstOf[earlier] ?? 0, article.sentences.length);
          return;
        }
        article.sentences.forEach((sentence, i) => this.#store.addSentence(tokenize(sentence.text), i > 0 && continuesPrevious(sentence.text)));
      });
      this.#store.trim();
    }
    // Figures match only exactly, so they have no place among near spellings.
    const store = this.#store;
    const pairs = COMMON_WORDS * COMMON_WORDS;
    this.#keyIsTerm = soleKeysOfTerms(store.termOfKey, store.terms.length);
    if (snapshot) {
      const { keys, terms, pairs: pairPostings, common, termRepeats, keyBits } = snapshot.postings;
      if (!checked) {
        checkPostings(keys, store.keys.length, store.sentences, 'token key');
        checkPostings(terms, store.terms.length, store.sentences, 'search term');
        checkRepeats(termRepeats, terms, 'search term');
        checkPostings(pairPostings, pairs, store.sentences, 'common-word pair');
        checkKeyBits(keyBits, keys, terms, store.termOfKey, this.#keyIsTerm, store.sentences);
      }
      this.#keyPostings = keys;
      this.#keyBits = keyBits;
      this.#termPostings = terms;
      this.#termRepeats = termRepeats;
      this.#pairPostings = pairPostings;
      this.#commonKeys = common;
      this.#commonOfKey = commonNumbering(common, store.keys.length);
      this.#keyLengths = checked?.keyLengths ?? keyLengthsOf(keys, terms, keyBits, store.termOfKey, this.#keyIsTerm);
    } else {
      const keyPostings = store.postings(
        Int32Array.from(store.keys, (_, id) => (this.#keyIsTerm[id] === 1 ? -1 : id)),
        store.keys.length,
      );
      const termOfKey = Int32Array.from(store.termOfKey);
      this.#termPostings = store.postings(termOfKey, store.terms.length);
      this.#termRepeats = store.countRepeats(this.#termPostings, termOfKey);
      this.#keyBits = keyBitsOf(keyPostings, this.#termPostings, termOfKey, this.#keyIsTerm, store.sentences);
      this.#keyPostings = withoutLists(keyPostings, (key) => (termOfKey[key] ?? -1) >= 0 || (this.#keyBits.first[key + 1] ?? 0) > (this.#keyBits.first[key] ?? 0));
      this.#keyLengths = keyLengthsOf(this.#keyPostings, this.#termPostings, this.#keyBits, store.termOfKey, this.#keyIsTerm);
      const lengthOf = (key: number): number => this.#keyLengths[key] ?? 0;
      this.#commonKeys = Int32Array.from(
        Array.from(store.keys, (_, key) => key)
          .sort((a, b) => lengthOf(b) - lengthOf(a) || a - b)
          .slice(0, COMMON_WORDS),
      );
      this.#commonOfKey = commonNumbering(this.#commonKeys, store.keys.length);
      this.#pairPostings = store.postings(
        Int32Array.from({ length: pairs + 1 }, (_, code) => code - 1),
        pairs,
        store.commonPairCodes(this.#commonOfKey, COMMON_WORDS),
      );
    }
    this.#averageLength = store.tokens / Math.max(1, store.sentences);
    this.#lengths = new Uint8Array(store.sentences);
    for (let id = 0; id < store.sentences; id++) this.#lengths[id] = Math.min(LONG_SENTENCE, (store.first[id + 1] ?? 0) - (store.first[id] ?? 0));
    this.#slots = new Int32Array(store.terms.length);
    this.#seenIn = new Uint32Array(articles.length);
  }

  /** Everything needed to restore this index over the same articles without rebuilding it. */
  toSnapshot(): IndexSnapshot {
    return {
      tokens: this.#store.toPart(),
      postings: { keys: this.#keyPostings, terms: this.#termPostings, pairs: this.#pairPostings, common: this.#commonKeys, termRepeats: this.#termRepeats, keyBits: this.#keyBits },
    };
  }

  /**
   * Each sentence's search terms in reading order as term ids, stop words left out, for the
   * cross-article alignment (see TermSequences): the store has tokenised every sentence already.
   */
  termSequences(): TermSequences {
    const store = this.#store;
    const first = new Int32Array(store.sentences + 1);
    const termAt = new Int32Array(store.tokens);
    let count = 0;
    for (let id = 0; id < store.sentences; id++) {
      for (let at = store.first[id] ?? 0, end = store.first[id + 1] ?? 0; at < end; at++) {
        const termId = store.termOfKey[store.keyAt[at] ?? 0] ?? -1;
        if (termId >= 0) termAt[count++] = termId;
      }
      first[id + 1] = count;
    }
    return { terms: store.terms, first, termAt: termAt.slice(0, count) };
  }

  /**
   * Each sentence that holds one of `terms` (search terms as termsOf gives them, each once), with
   * how many of them it holds and how many distinct search terms it holds in all: the term overlap
   * of every sentence with some sentence, read from the posting lists instead of tokenising every
   * sentence again. `keep` decides, from the shared count alone, which sentences need the rest; it
   * must keep every count above one it keeps (a least overlap), as every caller's does. Sentences
   * come in the order the terms' lists meet them: by the first of `terms` they hold, then in order.
   */
  *sharingTerms(terms: readonly string[], keep: (shared: number) => boolean): Generator<{ sentence: Sentence; shared: number; terms: number }> {
    const plan = this.#sharingPlan(terms, keep);
    if (!plan) return;
    const counts = (this.#sharedCounts ??= new Int32Array(this.#count));
    const met: number[] = [];
    try {
      for (const termId of plan.lists) {
        for (const id of listOf(this.#termPostings, termId)) {
          if (counts[id] !== 0) continue;
          counts[id] = 1;
          met.push(id);
        }
      }
    } finally {
      for (const id of met) counts[id] = 0;
    }
    const kept: { id: number; shared: number; first: number }[] = [];
    for (const id of met) {
      const { shared, first } = this.#sharedWith(id, plan.slotOf);
      if (shared >= plan.least && keep(shared)) kept.push({ id, shared, first });
    }
    kept.sort((a, b) => a.first - b.first || a.id - b.id);
    for (const { id, shared } of kept) yield { sentence: this.#sentenceAt(id), shared, terms: this.#distinctTermsOf(id) };
  }

  /**
   * What sharingTerms gives, read in slices with `pause()` awaited between them: for work that must not hold the event
   * loop while other answers wait (an `/add` at BBC ×10, where a sentence of common words meets 100,000 sentences and
   * one call took up to 200 ms). The same sentences in the same order; its own marks, so a call of sharingTerms during a
   * pause is not disturbed.
   */
  async sharingTermsInSlices(
    terms: readonly string[],
    keep: (shared: number) => boolean,
    pause: () => Promise<unknown>,
    slices: { list: number; shared: number } = { list: LIST_SLICE, shared: SHARED_SLICE },
  ): Promise<{ sentence: Sentence; shared: number; terms: number }[]> {
    const plan = this.#sharingPlan(terms, keep);
    if (!plan) return [];
    const marks = new Uint8Array(this.#count);
    const met: number[] = [];
    for (const termId of plan.lists) {
      const list = listOf(this.#termPostings, termId);
      for (let from = 0; from < list.length; from += slices.list) {
        if (from > 0) await pause();
        for (const id of list.subarray(from, from + slices.list)) {
          if (marks[id] !== 0) continue;
          marks[id] = 1;
          met.push(id);
        }
      }
    }
    const kept: { id: number; shared: number; first: number }[] = [];
    for (let from = 0; from < met.length; from += slices.shared) {
      if (from > 0) await pause();
      for (const id of met.slice(from, from + slices.shared)) {
        const { shared, first } = this.#sharedWith(id, plan.slotOf);
        if (shared >= plan.least && keep(shared)) kept.push({ id, shared, first });
      }
    }
    kept.sort((a, b) => a.first - b.first || a.id - b.id);
    return kept.map(({ id, shared }) => ({ sentence: this.#sentenceAt(id), shared, terms: this.#distinctTermsOf(id) }));
  }

  /**
   * The posting lists sharingTerms reads and how it counts: a sentence that shares `least` of the terms holds one of the
   * `held.length - least + 1` rarest (of any `least` terms, one is among them), so only those lists are read, and the
   * common words' lists, tens of thousands of sentences each at BBC ×10, only through the sentences found.
   */
  #sharingPlan(terms: readonly string[], keep: (shared: number) => boolean): { least: number; lists: number[]; slotOf: Map<number, number> } | undefined {
    const held: { termId: number; at: number; length: number }[] = [];
    terms.forEach((term, at) => {
      const termId = this.#store.termIds.get(term);
      if (termId !== undefined) held.push({ termId, at, length: (this.#termPostings.first[termId + 1] ?? 0) - (this.#termPostings.first[termId] ?? 0) });
    });
    let least = 1;
    while (least <= held.length && !keep(least)) least++;
    if (least > held.length) return undefined;
    const byRarity = [...held].sort((a, b) => a.length - b.length);
    return {
      least,
      lists: byRarity.slice(0, held.length - least + 1).map(({ termId }) => termId),
      slotOf: new Map(held.map(({ termId, at }) => [termId, at])),
    };
  }

  /** How many of the terms in `slotOf` (term id → place among the terms asked) sentence `id` holds, and the first place among them. */
  #sharedWith(id: number, slotOf: ReadonlyMap<number, number>): { shared: number; first: number } {
    const store = this.#store;
    const seen = new Set<number>();
    let first = Number.POSITIVE_INFINITY;
    for (let at = store.first[id] ?? 0, end = store.first[id + 1] ?? 0; at < end; at++) {
      const termId = store.termOfKey[store.keyAt[at] ?? 0] ?? -1;
      const slot = slotOf.get(termId);
      if (slot === undefined || seen.has(termId)) continue;
      seen.add(termId);
      if (slot < first) first = slot;
    }
    return { shared: seen.size, first };
  }

  /** How many distinct search terms sentence `id` holds: termsOf(its text).length. */
  #distinctTermsOf(id: number): number {
    const store = this.#store;
    const seen = new Set<number>();
    for (let at = store.first[id] ?? 0, end = store.first[id + 1] ?? 0; at < end; at++) {
      const termId = store.termOfKey[store.keyAt[at] ?? 0] ?? -1;
      if (termId >= 0) seen.add(termId);
    }
    return seen.size;
  }

  /**
   * Build the near-spelling lookup ahead of the first misspelt word: about 45 ms of a start from
   * the snapshot at BBC ×10, which a library reads ahead instead (see Library.warmUp).
   */
  prepareNearSpellings(): void {
    this.#spellings();
  }

  /**
   * prepareNearSpellings, yielding after the grams of every `slice` words: a library handed over
   * from the rebuild worker is read ahead while the bot answers, and built in one piece the lookup
   * held other answers for 45 ms, more on a busy machine.
   */
  *prepareNearSpellingsInSlices(slice: number): Generator<void> {
    if (this.#nearSpellings) return;
    const built = yield* NearSpellings.buildInSlices(this.#store.keys, (key) => !isFigure(key), slice);
    this.#nearSpellings ??= built;
  }

  /**
   * The near spellings of the words the articles use as written (token keys, not stems): a typo is
   * measured against what a reader sees. Common words are among them, so that a typo of one is
   * known for what it is rather than read as a rarer word ("Thta's" is not "Tata's").
   */
  #spellings(): NearSpellings {
    this.#nearSpellings ??= new NearSpellings(this.#store.keys, (key) => !isFigure(key));
    return this.#nearSpellings;
  }

  /**
   * The search term a word the articles never use most likely misspells: of the words they use
   * within `edits` edits of it as typed, those nearest it, and of them the word the most sentences
   * hold (a typo of "budget" is read as "budget", not also "bucket" and "burden", and the answer
   * says which word it read). None when no word is that near, or when that word is a common word,
   * which no search term matches.
   */
  #bestSpelling(key: string, edits: number): number[] {
    let best = -1;
    let most = 0;
    for (const keyId of this.#spellings().nearest(key, edits)) {
      const sentences = this.#keyLengths[keyId] ?? 0;
      if (sentences > most) {
        best = keyId;
        most = sentences;
      }
    }
    const termId = best >= 0 ? (this.#store.termOfKey[best] ?? -1) : -1;
    return termId >= 0 ? [termId] : [];
  }

  /** How many sentences the index holds. */
  get size(): number {
    return this.#count;
  }

  /** Every sentence that says what `query` says; see SearchResult. */
  search(text: string): SearchResult {
    const queryTokens = tokenize(text);
    const words: Record<string, string> = {};
    const keys: Record<string, string> = {};
    for (const token of queryTokens) {
      const term = termOf(token.key);
      if (term && !(term in words)) {
        words[term] = text.slice(token.start, token.end);
        keys[term] = token.key;
      }
    }
    const terms = Object.keys(words);
    const runs = hyphenatedRuns(text, queryTokens);
    const none: SearchResult = { terms, words, asked: askedOf(text, queryTokens, runs), hits: [], total: { sentences: 0, articles: 0 }, nearMisses: [] };
    if (terms.length === 0) return none;
    const query = this.#queryOf(terms, keys, queryTokens, runs);
    try {
      const matched = this.#match(query);
      if (matched.count > 0) {
        const chosen = this.#choose(query, matched, MAX_HITS);
        const total = { sentences: matched.count, articles: matched.classes?.articles ?? this.#countArticles(matched.ids.subarray(0, matched.count)) };
        return withHitsWhenRead(none, () => this.#hitsOf(chosen), total);
      }
      const nearMisses = this.#nearMisses(query).map((miss) => ({ ...miss, missingTerms: miss.missingTerms.map((term) => words[term] ?? term) }));
      return { ...none, nearMisses };
    } finally {
      for (const id of query.termIds) query.slotOf[id] = 0;
    }
  }

  /** The query's terms matched (`keys`: each term's word as typed, folded), in the order given; `runs` its hyphenated words. */
  #queryOf(terms: string[], keys: Record<string, string>, tokens: Token[], runs: readonly (readonly Token[])[]): Query {
    const total = this.#count;
    const byTermId = new Map<number, number[]>();
    const matchers = terms.map((term, m): TermMatcher => {
      const exact = this.#store.termIds.get(term);
      const typed = keys[term] ?? term;
      // A term the articles never use may be a misspelling: only those match near spellings.
      const fuzzy = exact === undefined && !isFigure(term) && editsAllowed(typed.length) > 0;
      const termIds = exact !== undefined ? [exact] : fuzzy ? this.#bestSpelling(typed, editsAllowed(typed.length)) : [];
      for (const id of termIds) byTermId.set(id, [...(byTermId.get(id) ?? []), m]);
      const { sentences, counts } = countedUnion(this.#termPostings, this.#termRepeats, termIds);
      const weight = Math.log(1 + (total - sentences.length + 0.5) / (sentences.length + 0.5)) * (fuzzy ? FUZZY_WEIGHT : 1);
      return { term, typed, fuzzy, termIds, sentences, counts, weight };
    });
    const shared = new Map<number, number[]>();
    for (const [id, serves] of byTermId) if (serves.length > 1) shared.set(id, serves);
    const slotOf = this.#slots;
    for (const [id, [only, ...more]] of byTermId) slotOf[id] = more.length > 0 ? -1 : (only ?? -1) + 1;
    const compounds = runs.map((run): Compound => {
      const parts = run.map((token, i) => this.#compoundPart(token, matchers, i === run.length - 1));
      return { parts, hyphenated: parts[0]?.by === 'key' || parts.at(-1)?.by === 'key', typed: run.map((token) => token.key).join('-') };
    });
    return { matchers, slotOf, termIds: [...byTermId.keys()], shared, keyIds: this.#store.keyIdsOf(tokens), compounds };
  }

  /**
   * What a part of a hyphenated query word must be: a word the search keeps is its term as
   * matched (or the near spelling read for it); a word it drops (`a`, `in`) is that very word, so
   * `A-levels` asks for "A-level(s)", not "levels" anywhere. A compound's plural is on its last
   * word, so a dropped last word may take an s (`line-up`, `line-ups`). A dropped word the
   * articles never use has no id, and no sentence holds the compound.
   */
  #compoundPart(token: Token, matchers: readonly TermMatcher[], last: boolean): CompoundPart {
    const term = termOf(token.key);
    const matcher = term === null ? undefined : matchers.find((candidate) => candidate.term === term);
    if (matcher) return { by: 'term', ids: matcher.termIds };
    const forms = last ? [token.key, `${token.key}s`] : [token.key];
    return { by: 'key', ids: forms.flatMap((form) => this.#store.keyIds.get(form) ?? []) };
  }

  /** True when sentence `id` holds every part of `compound` side by side, in order (and hyphenated, when it must be). */
  #holdsCompound(id: number, { parts, hyphenated }: Compound): boolean {
    const { keyAt, termOfKey, first } = this.#store;
    const last = (first[id + 1] ?? 0) - parts.length;
    outer: for (let at = first[id] ?? 0; at <= last; at++) {
      for (let j = 0; j < parts.length; j++) {
        const part = parts[j];
        const keyId = keyAt[at + j] ?? -1;
        if (!part?.ids.includes(part.by === 'key' ? keyId : (termOfKey[keyId] ?? -1))) continue outer;
      }
      if (!hyphenated || this.#hyphenatedAt(id, at, parts.length)) return true;
    }
    return false;
  }

  /** True when the `count` tokens of sentence `id` from position `at` are joined by hyphens. */
  #hyphenatedAt(id: number, at: number, count: number): boolean {
    const { text } = this.#sentenceAt(id);
    for (let j = 1; j < count; j++) {
      if (!HYPHEN.test(text.slice(this.#tokenSpan(id, at + j - 1).end, this.#tokenSpan(id, at + j).start))) return false;
    }
    return true;
  }

  /** Count in `counts` how often sentence `id` holds each of the query's terms; returns the sentence's length in tokens. */
  #read(id: number, query: Query, counts: Int32Array): number {
    const store = this.#store;
    const { slotOf } = query;
    counts.fill(0);
    const first = store.first[id] ?? 0;
    const end = store.first[id + 1] ?? 0;
    for (let at = first; at < end; at++) {
      const termId = store.termOfKey[store.keyAt[at] ?? 0] ?? -1;
      const slot = termId < 0 ? 0 : (slotOf[termId] ?? 0);
      if (slot > 0) {
        // The usual case, a term serving one matcher, without a list of one made for every token.
        counts[slot - 1] = (counts[slot - 1] ?? 0) + 1;
      } else if (slot < 0) {
        for (const m of query.shared.get(termId) ?? []) {
          counts[m] = (counts[m] ?? 0) + 1;
        }
      }
    }
    return end - first;
  }

  /** BM25 over what a sentence holds (with, for a follow-on, what the sentence before it holds). */
  #score(query: Query, counts: Int32Array, length: number): number {
    const norm = BM25_K1 * (1 - BM25_B + (BM25_B * length) / this.#averageLength);
    let score = 0;
    for (let m = 0; m < counts.length; m++) {
      const count = counts[m] ?? 0;
      if (count > 0) score += ((query.matchers[m]?.weight ?? 0) * count * (BM25_K1 + 1)) / (count + norm);
    }
    return score;
  }

  /**
   * Every sentence that holds all the query's terms, and every follow-on that holds some of them
   * and borrows the rest from the sentence before it (`he said`), never the whole claim.
   */
  #match(query: Query): Matched {
    const size = query.matchers.length;
    if (query.matchers.some((matcher) => matcher.sentences.length === 0)) return { count: 0, ids: new Int32Array(0), ranks: new Uint8Array(0), scores: new Float64Array(0), keys: new Float64Array(0) };
    const byRarity = [...query.matchers].sort((a, b) => a.sentences.length - b.sentences.length);
    const rarest = byRarity[0]?.sentences;
    if (!rarest) return { count: 0, ids: new Int32Array(0), ranks: new Uint8Array(0), scores: new Float64Array(0), keys: new Float64Array(0) };
    let all = rarest;
    for (const matcher of byRarity.slice(1)) all = intersect(all, matcher.sentences);
    const { compounds } = query;
    if (compounds.length > 0) all = all.filter((id) => compounds.every((compound) => this.#holdsCompound(id, compound)));
    const room = all.length + (size < 2 ? 0 : 2 * rarest.length);
    const counts = new Int32Array(size);
    const before = new Int32Array(size);
    // Each term's count in each sentence from its posting list and a sentence's length from where
    // its tokens start: scoring every sentence that holds a word reads none of their tokens.
    const countsOf = query.matchers.map((matcher) => countsAt(matcher, all));
    const { keyIds } = query;
    const [onlyKey] = keyIds ?? [];
    // A one-word phrase is its token key, which the key's posting list tells without reading the sentence.
    const holdsKey = keyIds?.length === 1 && onlyKey !== undefined ? this.#heldAt(onlyKey, all) : undefined;
    const [onlyCounts] = countsOf;
    if (size === 1 && onlyCounts && (holdsKey || keyIds === undefined)) return this.#matchOneWord(query.matchers[0]?.weight ?? 0, all, onlyCounts, holdsKey);
    const matched = this.#matchedRoom(room);
    const add = (id: number, match: MatchKind, score: number): void => {
      matched.ids[matched.count] = id;
      matched.ranks[matched.count] = MATCH_RANK[match];
      matched.keys[matched.count] = MATCH_RANK[match] * STRENGTH - score;
      matched.scores[matched.count++] = score;
    };
    for (let i = 0; i < all.length; i++) {
      const id = all[i] ?? 0;
      for (let m = 0; m < size; m++) counts[m] = countsOf[m]?.[i] ?? 0;
      const phrase = holdsKey ? holdsKey[i] === 1 : keyIds !== undefined && this.#store.findRun(id, keyIds) !== undefined;
      add(id, phrase ? 'phrase' : 'terms', this.#score(query, counts, this.#lengthOf(id)));
    }
    if (size < 2) return matched;
    // A follow-on holds the rarest term itself or follows a sentence that does.
    let last = -1;
    for (const holder of rarest) {
      for (let id = holder; id <= holder + 1; id++) {
        if (id <= last || id >= this.#store.sentences || this.#store.continues[id] !== 1 || holds(all, id)) continue;
        last = id;
        const length = this.#read(id, query, counts);
        if (counts.every((count) => count === 0)) continue;
        const lengthBefore = this.#read(id - 1, query, before);
        if (counts.some((count, m) => count === 0 && before[m] === 0)) continue;
        // A hyphenated word is one word: whole in the follow-on or in the sentence it leans on.
        if (compounds.some((compound) => !this.#holdsCompound(id, compound) && !this.#holdsCompound(id - 1, compound))) continue;
        for (let m = 0; m < size; m++) counts[m] = (counts[m] ?? 0) + (before[m] ?? 0);
        add(id, 'continuation', this.#score(query, counts, length + lengthBefore));
      }
    }
    return matched;
  }

  /**
   * A one-word query's matches, `all` (each holding the word `counts[i]` times, and the word as
   * typed where `holdsKey[i]` is 1: a phrase), in classes: a sentence's score depends on nothing
   * else than its kind of match, its count and its length, so each class is scored once, as
   * #score scores it, and its sentences are ordered with it (see strongestOfClasses) rather than
   * each keyed and sorted. A class for each kind, count below CLASS_COUNTS and length below
   * LONG_SENTENCE is numbered through the index's own table; a longer sentence or a higher count
   * (all but never) gets its class through a map.
   */
  #matchOneWord(weight: number, all: Int32Array, counts: Int32Array, holdsKey: Uint8Array | undefined): Matched {
    const classOf = this.#classRoom(all.length);
    const table = this.#classTable;
    const lengths = this.#lengths;
    const articleOf = this.#articleOf;
    const { first } = this.#store;
    const kinds: number[] = [];
    const classCounts: number[] = [];
    const classLengths: number[] = [];
    const sizes: number[] = [];
    const codes: number[] = [];
    let rare: Map<number, number> | undefined;
    const classFor = (rank: number, count: number, length: number): number => {
      kinds.push(rank);
      classCounts.push(count);
      classLengths.push(length);
      sizes.push(0);
      return kinds.length - 1;
    };
    // The articles are counted and the classes' sizes added up in this one pass over the sentences, each read once: a
    // pass of its own for each (#countArticles, strongestOfClasses) read every sentence's article or class again.
    // Ids ascend and an article's sentences are numbered together, so an article is new where its number changes.
    let articles = 0;
    let lastArticle = -1;
    for (let i = 0; i < all.length; i++) {
      const id = all[i] ?? 0;
      const count = counts[i] ?? 0;
      const short = lengths[id] ?? 0;
      const article = articleOf[id] ?? 0;
      if (article !== lastArticle) {
        lastArticle = article;
        articles++;
      }
      const rank = holdsKey?.[i] === 1 ? MATCH_RANK.phrase : MATCH_RANK.terms;
      if (short < LONG_SENTENCE && count >= 0 && count < CLASS_COUNTS) {
        const code = (rank * CLASS_COUNTS + count) * LONG_SENTENCE + short;
        let number = table[code] ?? -1;
        if (number < 0) {
          number = classFor(rank, count, short);
          table[code] = number;
          codes.push(code);
        }
        classOf[i] = number;
        sizes[number] = (sizes[number] ?? 0) + 1;
      } else {
        const length = short < LONG_SENTENCE ? short : (first[id + 1] ?? 0) - (first[id] ?? 0);
        // Lengths and counts are well below 2 ** 26 (a sentence's tokens), so the code is exact.
        const code = (length * 2 + rank) * 2 ** 26 + count;
        rare ??= new Map();
        let number = rare.get(code);
        if (number === undefined) rare.set(code, (number = classFor(rank, count, length)));
        classOf[i] = number;
        sizes[number] = (sizes[number] ?? 0) + 1;
      }
    }
    for (const code of codes) table[code] = -1;
    const classes = kinds.length;
    const ranks = Uint8Array.from(kinds);
    const scores = new Float64Array(classes);
    const keys = new Float64Array(classes);
    const averageLength = this.#averageLength;
    for (let c = 0; c < classes; c++) {
      // As #score gives it for one word: the same operations, so the same number.
      const count = classCounts[c] ?? 0;
      const norm = BM25_K1 * (1 - BM25_B + (BM25_B * (classLengths[c] ?? 0)) / averageLength);
      const score = count > 0 ? (weight * count * (BM25_K1 + 1)) / (count + norm) : 0;
      scores[c] = score;
      keys[c] = (ranks[c] ?? 0) * STRENGTH - score;
    }
    return { count: all.length, ids: all, ranks, scores, keys, classes: { of: classOf, sizes: Int32Array.from(sizes), articles } };
  }

  /** Room for the classes of `size` matched sentences (see #matchOneWord): the index's own array while that is at most REUSED_ROOM, as #matchedRoom keeps. */
  #classRoom(size: number): Int32Array {
    if (size > REUSED_ROOM) return new Int32Array(size);
    if (this.#reusedClasses.length < size) this.#reusedClasses = new Int32Array(Math.min(REUSED_ROOM, Math.max(size, 2 * this.#reusedClasses.length)));
    return this.#reusedClasses.subarray(0, size);
  }

  /**
   * Empty room for `room` matched sentences: the index's own arrays, reused from one search to the
   * next, while that is at most REUSED_ROOM (the matches of an everyday word, made for every
   * misspelt query); larger rooms are made for the one search.
   */
  #matchedRoom(room: number): Matched {
    if (room > REUSED_ROOM) return { count: 0, ids: new Int32Array(room), ranks: new Uint8Array(room), scores: new Float64Array(room), keys: new Float64Array(room) };
    if (this.#reused.ids.length < room) {
      const size = Math.min(REUSED_ROOM, Math.max(room, 2 * this.#reused.ids.length));
      this.#reused = { count: 0, ids: new Int32Array(size), ranks: new Uint8Array(size), scores: new Float64Array(size), keys: new Float64Array(size) };
    }
    this.#reused.count = 0;
    return this.#reused;
  }

  /**
   * The `count` strongest of the matched sentences, as the hits will list them: strongest first
   * (phrase, then all terms, then continuations), each article's best before any second-best. Kept
   * in arrays of its own, since the next query reuses the matched sentences' arrays.
   */
  #choose(query: Query, matched: Matched, count: number): Chosen {
    const classOf = matched.classes?.of;
    const order = matched.classes
      ? this.#bestFirst(
          matched.ids,
          strongestOfClasses(matched.classes.of, matched.classes.sizes, matched.keys, matched.scores, count, (i) => this.#indexOf(matched.ids[i] ?? 0)),
        )
      : this.#inHitOrder(matched, selectSmallest(matched.keys.subarray(0, matched.count), count));
    const size = order.length;
    const ids = new Int32Array(size);
    const ranks = new Uint8Array(size);
    const scores = new Float64Array(size);
    for (let k = 0; k < size; k++) {
      const i = order[k] ?? 0;
      ids[k] = matched.ids[i] ?? 0;
      // A one-word query's kind and score are its class's.
      const at = classOf ? (classOf[i] ?? 0) : i;
      ranks[k] = matched.ranks[at] ?? 0;
      scores[k] = matched.scores[at] ?? 0;
    }
    // The misspelt words' corrected term ids, in query order, for the spellings each hit uses.
    const misspellings = query.matchers.flatMap((matcher) => (matcher.fuzzy ? matcher.termIds.map((termId) => ({ termId, typed: matcher.typed })) : []));
    return { ids, ranks, scores, keyIds: query.keyIds, misspellings };
  }

  /**
   * The chosen sentences as hits, with their phrase spans; each hit's corrected words are read from
   * the token store when first asked for (see Hit).
   */
  #hitsOf({ ids, ranks, scores, keyIds, misspellings }: Chosen): SearchHit[] {
    const spell = misspellings.length > 0 ? (id: number) => this.#spellingsIn(id, misspellings) : undefined;
    const sentences = this.#sentencesAt(ids);
    const hits: SearchHit[] = new Array(ids.length);
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] ?? 0;
      const match = MATCH_KINDS[ranks[k] ?? 0] ?? 'terms';
      const hit = new Hit(sentences[k] as Sentence, match, scores[k] ?? 0, id, spell);
      hits[k] = hit;
      if (match !== 'phrase' || !keyIds) continue;
      // Worked out now, not when first read: a getter defined on each of 500 hits cost more than finding every span.
      const run = this.#store.findRun(id, keyIds);
      if (!run) throw new Error(`sentence ${id} does not hold the phrase it was found for`);
      hit.phrase = this.#spanOf(id, run);
    }
    return hits;
  }

  /**
   * The spelling sentence `id` uses for each misspelt query word it holds itself (a follow-on may
   * not), by the word as typed: its first token of the term the word was read as. Reads the
   * sentence's tokens once, only as far as the last of them, adding up where each stands as it goes.
   */
  #spellingsIn(id: number, misspellings: readonly Misspelling[]): Record<string, string> {
    const store = this.#store;
    const { keyAt, termOfKey, first } = store;
    // Each word's token: where it starts and ends in the sentence, start -1 past a gap or token
    // too long for its byte (found by #tokenSpan instead), at -1 while not yet found.
    const found = misspellings.map(() => ({ at: -1, start: -1, end: 0 }));
    let missing = misspellings.length;
    let end = 0;
    let measured = true;
    for (let at = first[id] ?? 0, last = first[id + 1] ?? 0; at < last && missing > 0; at++) {
      const place = store.placeOf(at);
      if (place === UNMEASURED) measured = false;
      const start = end + gapOf(place);
      end = start + lengthOf(place);
      const termId = termOfKey[keyAt[at] ?? 0] ?? -1;
      if (termId < 0) continue;
      misspellings.forEach((misspelling, k) => {
        const token = found[k];
        if (misspelling.termId !== termId || !token || token.at >= 0) return;
        Object.assign(token, { at, start: measured ? start : -1, end });
        missing--;
      });
    }
    const { text } = this.#sentenceAt(id);
    const corrected: Record<string, string> = {};
    misspellings.forEach(({ typed }, k) => {
      const token = found[k];
      if (!token || token.at < 0) return;
      const span = token.start >= 0 ? token : this.#tokenSpan(id, token.at);
      corrected[typed] = text.slice(span.start, span.end);
    });
    return corrected;
  }

  /**
   * The positions `chosen` of matched sentences (ascending) in the order hits are listed: by kind,
   * then score (highest first), then place in the article, then matched order; each article's best
   * before any article's second.
   */
  #inHitOrder(matched: Matched, chosen: Int32Array): number[] {
    const { ids, scores, keys } = matched;
    const size = chosen.length;
    // Keys order by kind and score, but two scores a rounding apart share a key, and equal scores
    // go by place in the article. Each chosen is numbered by its key's rank among the keys chosen;
    // where every key's sentences score alike (all but never), two counting sorts order them, by
    // place in the article and then by rank, keeping ties in matched order: one score is shared
    // by every sentence of one length holding a word once, often hundreds of hits.
    const { rankOf, ranks } = keyRanks(keys, chosen);
    const scoreOf = new Float64Array(ranks).fill(Number.NaN);
    const indexAt = new Int32Array(size);
    let alike = true;
    for (let j = 0; j < size && alike; j++) {
      const at = chosen[j] ?? 0;
      const rank = rankOf[j] ?? 0;
      const score = scores[at] ?? 0;
      if (Number.isNaN(scoreOf[rank] ?? 0)) scoreOf[rank] = score;
      alike = scoreOf[rank] === score;
      indexAt[j] = this.#indexOf(ids[at] ?? 0);
    }
    let ranked: ArrayLike<number>;
    if (alike) {
      const inOrder = orderByRankThenPlace(rankOf, ranks, indexAt);
      for (let k = 0; k < size; k++) inOrder[k] = chosen[inOrder[k] ?? 0] ?? 0;
      ranked = inOrder;
    } else {
      const byRank = new Int32Array(matched.count);
      chosen.forEach((at, j) => (byRank[at] = rankOf[j] ?? 0));
      const indexOf = (i: number): number => this.#indexOf(ids[i] ?? 0);
      ranked = Array.from(chosen).sort((a, b) => (byRank[a] ?? 0) - (byRank[b] ?? 0) || (scores[b] ?? 0) - (scores[a] ?? 0) || indexOf(a) - indexOf(b) || a - b);
    }
    return this.#bestFirst(ids, ranked);
  }

  /** The positions `ranked` of matched sentences `ids`, each article's first before any article's second, in order otherwise. */
  #bestFirst(ids: Int32Array, ranked: ArrayLike<number>): number[] {
    const pass = this.#newPass();
    const seen = this.#seenIn;
    const best: number[] = [];
    const rest: number[] = [];
    for (let k = 0; k < ranked.length; k++) {
      const i = ranked[k] ?? 0;
      const article = this.#firstWithId[this.#articleOf[ids[i] ?? 0] ?? 0] ?? 0;
      if (seen[article] === pass) rest.push(i);
      else {
        seen[article] = pass;
        best.push(i);
      }
    }
    return best.concat(rest);
  }

  /** How many articles the sentences come from. */
  #countArticles(ids: Int32Array): number {
    const pass = this.#newPass();
    const seen = this.#seenIn;
    const articleOf = this.#articleOf;
    let count = 0;
    // An article's sentences have neighbouring ids, so its matches mostly come one after another:
    // only a change of article is looked up among those seen.
    let previous = -1;
    for (let i = 0; i < ids.length; i++) {
      const article = articleOf[ids[i] ?? 0] ?? 0;
      if (article === previous) continue;
      previous = article;
      if (seen[article] !== pass) {
        seen[article] = pass;
        count++;
      }
    }
    return count;
  }

  /** A number no article is marked with in `#seenIn`. */
  #newPass(): number {
    if (this.#pass === 0xffffffff) {
      this.#seenIn.fill(0);
      this.#pass = 0;
    }
    return ++this.#pass;
  }

  /**
   * Sentences that hold some of the query's terms but not all, those holding the most (and
   * rarest) first; looked for among the first NEAR_MISS_SCAN sentences of each term.
   */
  #nearMisses(query: Query): NearMiss[] {
    if (query.matchers.length < 2) return [];
    // The terms' lists merged in step, keeping only the best few: a map of every sentence scanned
    // took milliseconds for a nonsense word beside a word on every page.
    const scans = query.matchers.map((matcher) => matcher.sentences.subarray(0, NEAR_MISS_SCAN));
    const best = heaviestOnLists(
      scans,
      query.matchers.map((matcher) => matcher.weight),
      MAX_NEAR_MISSES,
    );
    const counts = new Int32Array(query.matchers.length);
    return best.map((id) => {
      this.#read(id, query, counts);
      // A sentence may hold every term but not a hyphenated word whole: it lacks that word.
      const lacking = query.compounds.filter((compound) => !this.#holdsCompound(id, compound)).map((compound) => compound.typed);
      return { sentence: this.#sentenceAt(id), missingTerms: [...query.matchers.filter((_, m) => counts[m] === 0).map((matcher) => matcher.term), ...lacking] };
    });
  }

  /**
   * The sentences holding `phrase` word for word (case, quotes, spacing and punctuation aside):
   * how many, and the first `limit` of them by article id then position. With `possessive`, the
   * phrase's last word may stand as its possessive too ("Hitler" finds "Hitler's Germany"): a
   * name asked for is written so in half its mentions, and the tokenizer keeps "Hitler's" as one
   * word. A plural possessive ("the Lib Dems' plans") is read without its apostrophe already.
   */
  findPhrase(phrase: string, limit = Infinity, { possessive = false }: { possessive?: boolean } = {}): PhraseMatches {
    const tokens = tokenize(phrase);
    const keys = this.#store.keyIdsOf(tokens);
    const possessiveKeys = possessive ? this.#possessiveKeysOf(tokens) : undefined;
    const plain = keys && keys.length > 0 ? this.#phraseIds(keys) : new Int32Array(0);
    if (!possessiveKeys) return this.#phraseMatches(plain, limit, () => keys ?? []);
    const owned = this.#phraseIds(possessiveKeys);
    return this.#phraseMatches(union(plain, owned), limit, (id) => (holds(plain, id) ? (keys ?? []) : possessiveKeys));
  }

  /** The key ids of the phrase with its last word as a possessive ("hitler's"), when the articles write it so and it is a word not yet possessive. */
  #possessiveKeysOf(tokens: readonly Token[]): number[] | undefined {
    const last = tokens.at(-1);
    if (!last || last.key.includes("'") || !/\p{L}$/u.test(last.key)) return undefined;
    return this.#store.keyIdsOf([...tokens.slice(0, -1), { ...last, key: `${last.key}'s` }]);
  }

  #phraseMatches(ids: Int32Array, limit: number, keysOf: (id: number) => readonly number[]): PhraseMatches {
    return {
      total: { sentences: ids.length, articles: this.#countArticles(ids) },
      found: this.#inReadingOrder(ids, limit).map((id) => this.#lazySpan({ sentence: this.#sentenceAt(id) }, 'span', id, keysOf(id))),
    };
  }

  /** The ids, ascending, of the sentences holding the key ids `keys` in a run. */
  #phraseIds(keys: readonly number[]): Int32Array {
    // A sentence that holds the phrase holds its two rarest words, or pairs of common words.
    // Only the two shortest lists are read: the shortest whole (a key's made from its bits only
    // then), and the next only at the shortest's sentences (a key's bits tested there).
    const lists = [...new Set(keys)].map((key) => ({ length: this.#keyLengths[key] ?? 0, read: () => this.#keyList(key), keep: (ids: Int32Array) => this.#holding(ids, key) }));
    const pairs = keys.slice(1).map((key, i) => this.#pairOf(keys[i] ?? 0, key));
    for (const pair of pairs) {
      if (pair < 0) continue;
      const list = listOf(this.#pairPostings, pair);
      lists.push({ length: list.length, read: () => list, keep: (ids: Int32Array) => intersect(ids, list) });
    }
    const [rarest, next] = lists.sort((a, b) => a.length - b.length);
    // One list at least: one for each distinct key, and there is a key.
    if (!rarest) return new Int32Array(0);
    const candidates = next ? next.keep(rarest.read()) : rarest.read();
    const exact = keys.length === 1 || (keys.length === 2 && (pairs[0] ?? -1) >= 0);
    return exact ? candidates : candidates.filter((id) => this.#store.findRun(id, keys) !== undefined);
  }

  /**
   * `holder` with property `name` giving where the key ids `keys` first stand together in
   * sentence `id`, worked out when first read: most hits and phrase matches are never shown.
   */
  #lazySpan<T extends object, Name extends string>(holder: T, name: Name, id: number, keys: readonly number[]): T & Record<Name, Span> {
    let span: Span | undefined;
    const spanOf = (): Span => {
      // Called only for sentences the run was found in (a phrase hit, a phrase match).
      const run = this.#store.findRun(id, keys);
      if (!run) throw new Error(`sentence ${id} does not hold the phrase it was found for`);
      return this.#spanOf(id, run);
    };
    return Object.defineProperty(holder, name, { enumerable: true, get: () => (span ??= spanOf()) }) as T & Record<Name, Span>;
  }

  /** How many tokens sentence `id` holds (see #lengths). */
  #lengthOf(id: number): number {
    const short = this.#lengths[id] ?? 0;
    return short < LONG_SENTENCE ? short : (this.#store.first[id + 1] ?? 0) - (this.#store.first[id] ?? 0);
  }

  /** The sentences holding token key `key`, ascending (see #keyPostings): a view of a posting list, or made from the key's bits. */
  #keyList(key: number): Int32Array {
    const term = this.#store.termOfKey[key] ?? -1;
    if (this.#keyIsTerm[key] === 1) return listOf(this.#termPostings, term);
    const { first, bits } = this.#keyBits;
    const from = first[key] ?? 0;
    const to = first[key + 1] ?? 0;
    if (from === to) return listOf(this.#keyPostings, key);
    // A spelling's bits number its term's sentences; a stop word's, every sentence.
    const termList = term >= 0 ? listOf(this.#termPostings, term) : undefined;
    const list = new Int32Array(this.#keyLengths[key] ?? 0);
    let count = 0;
    for (let byte = from; byte < to; byte++) {
      for (let set = bits[byte] ?? 0; set !== 0; set &= set - 1) {
        const at = ((byte - from) << 3) + 31 - Math.clz32(set & -set);
        list[count++] = termList ? (termList[at] ?? 0) : at;
      }
    }
    return list;
  }

  /**
   * 1 for each of `ids` (ascending) that holds token key `key`, else 0: its posting list walked, or
   * its bits tested at each id (a list is never made from them for this).
   */
  #heldAt(key: number, ids: Int32Array): Uint8Array {
    const { first, bits } = this.#keyBits;
    const from = first[key] ?? 0;
    if (this.#keyIsTerm[key] === 1 || from === first[key + 1]) return heldAt(this.#keyList(key), ids);
    const term = this.#store.termOfKey[key] ?? -1;
    // A spelling's bits number its term's sentences; a stop word's, every sentence.
    const termList = term >= 0 ? listOf(this.#termPostings, term) : undefined;
    const held = new Uint8Array(ids.length);
    let at = 0;
    ids.forEach((id, i) => {
      let bit = id;
      if (termList) {
        at = seek(termList, at, id);
        if (termList[at] !== id) return;
        bit = at;
      }
      if (((bits[from + (bit >> 3)] ?? 0) & (1 << (bit & 7))) !== 0) held[i] = 1;
    });
    return held;
  }

  /** Those of `ids` (ascending) that hold token key `key`. */
  #holding(ids: Int32Array, key: number): Int32Array {
    const held = this.#heldAt(key, ids);
    return ids.filter((_, i) => held[i] === 1);
  }

  /** Sentence `id`'s place in its article (its `index`), from the typed arrays when the sentences are numbered by place: no sentence object read. */
  #indexOf(id: number): number {
    return this.#numbered ? id - (this.#firstOf[this.#articleOf[id] ?? 0] ?? 0) : this.#sentenceAt(id).index;
  }

  /** Sentence `id`, which the postings and the store name only within range. */
  #sentenceAt(id: number): Sentence {
    const article = id >= 0 && id < this.#count ? (this.#articleOf[id] ?? 0) : -1;
    const sentence = this.#articles[article]?.sentences[id - (this.#firstOf[article] ?? 0)];
    // Compared with undefined, not tested for truth: a truth test reads the object itself (its
    // shape), and the 500 hits' sentence objects lie far apart in memory: a third of a misspelt
    // word's search at BBC ×10 went on those reads.
    if (sentence === undefined) throw new Error(`sentence ${id} is not in the index`);
    return sentence;
  }

  /**
   * The sentences `ids` name, in that order, as #sentenceAt gives each, read in three passes: every
   * article, then every article's list of sentences, then every sentence. A hit's sentence lies
   * three reads from the index (article, list, sentence), each far from the last in memory; read
   * one sentence at a time, the processor waited on each in turn, and reading a misspelt word's 500
   * hits took about 150 µs of its search at BBC ×10. A pass reads only what the pass before found,
   * so the processor waits on many reads at once: about 60 µs.
   */
  #sentencesAt(ids: Int32Array): Sentence[] {
    const count = ids.length;
    const articles: Article[] = new Array(count);
    const places = new Int32Array(count);
    for (let k = 0; k < count; k++) {
      const id = ids[k] ?? 0;
      const number = id >= 0 && id < this.#count ? (this.#articleOf[id] ?? 0) : -1;
      const article = this.#articles[number];
      if (article === undefined) throw new Error(`sentence ${id} is not in the index`);
      articles[k] = article;
      places[k] = id - (this.#firstOf[number] ?? 0);
    }
    const lists: (readonly Sentence[])[] = new Array(count);
    for (let k = 0; k < count; k++) lists[k] = (articles[k] as Article).sentences;
    const sentences: Sentence[] = new Array(count);
    for (let k = 0; k < count; k++) {
      // Compared with undefined, as in #sentenceAt: a truth test would read the sentence itself.
      const sentence = (lists[k] as readonly Sentence[])[places[k] ?? 0];
      if (sentence === undefined) throw new Error(`sentence ${ids[k]} is not in the index`);
      sentences[k] = sentence;
    }
    return sentences;
  }

  /** The article offsets a token run of sentence `id` covers. */
  #spanOf(id: number, run: TokenRun): Span {
    const { start } = this.#sentenceAt(id);
    return { start: start + this.#tokenSpan(id, run.first).start, end: start + this.#tokenSpan(id, run.last).end };
  }

  /** Where the token at position `at` of sentence `id` stands in the sentence; see TokenStore. */
  #tokenSpan(id: number, at: number): Span {
    const store = this.#store;
    let end = 0;
    for (let before = store.first[id] ?? 0; before <= at; before++) {
      const place = store.placeOf(before);
      if (place === UNMEASURED) {
        const token = tokenize(this.#sentenceAt(id).text)[at - (store.first[id] ?? 0)];
        if (token) return token;
        break;
      }
      const start = end + gapOf(place);
      end = start + lengthOf(place);
      if (before === at) return { start, end };
    }
    throw new Error(`token ${at} is not in sentence ${id}`);
  }

  /** The pair id of two token keys side by side, when both are common words; else -1. */
  #pairOf(first: number, second: number): number {
    // -1 (not a common word), as an undefined read failed the test below before.
    const a = this.#commonOfKey[first] ?? -1;
    const b = this.#commonOfKey[second] ?? -1;
    return a >= 0 && b >= 0 ? a * COMMON_WORDS + b : -1;
  }

  /**
   * The first `limit` of the sentence ids, by article id then position. A bit per place rather than
   * a sort: "the" alone is in most sentences, and an answer shows a few dozen.
   */
  #inReadingOrder(ids: Int32Array, limit: number): number[] {
    const marked = new Uint32Array((this.#count >> 5) + 1);
    const placeOf = this.#placeOf;
    const atPlace = this.#atPlace;
    for (const id of ids) {
      const place = placeOf ? (placeOf[id] ?? 0) : id;
      marked[place >> 5] = (marked[place >> 5] ?? 0) | (1 << (place & 31));
    }
    const ordered: number[] = [];
    for (let word = 0; word < marked.length && ordered.length < limit; word++) {
      for (let bits = marked[word] ?? 0; bits !== 0 && ordered.length < limit; bits &= bits - 1) {
        const place = (word << 5) + 31 - Math.clz32(bits & -bits);
        ordered.push(atPlace ? (atPlace[place] ?? 0) : place);
      }
    }
    return ordered;
  }
}

/**
 * 1 for each token key that is the only key of its search term (`termOfKey` gives each key's term,
 * -1 for none; `terms` in all): such a key is in exactly its term's sentences.
 */
function soleKeysOfTerms(termOfKey: readonly number[], terms: number): Uint8Array {
  const keysOf = new Int32Array(terms);
  for (const term of termOfKey) if (term >= 0) keysOf[term] = (keysOf[term] ?? 0) + 1;
  return Uint8Array.from(termOfKey, (term) => (term >= 0 && keysOf[term] === 1 ? 1 : 0));
}

/**
 * The bits (see KeyBits) of every token key that is one of several spellings of its term
 * (`termOfKey`; `keyIsTerm` 1 for a term's only key) and of every stop word in more than one of
 * the `sentences` sentences in 32, from the keys' own posting lists.
 */
function keyBitsOf(keyPostings: Postings, termPostings: Postings, termOfKey: Int32Array, keyIsTerm: Uint8Array, sentences: number): KeyBits {
  const keys = keyIsTerm.length;
  const lengthOf = (key: number): number => (keyPostings.first[key + 1] ?? 0) - (keyPostings.first[key] ?? 0);
  const first = new Int32Array(keys + 1);
  for (let key = 0; key < keys; key++) first[key + 1] = (first[key] ?? 0) + keyBitBytes(key, termPostings, termOfKey, keyIsTerm, sentences, lengthOf(key));
  const bits = new Uint8Array(first[keys] ?? 0);
  for (let key = 0; key < keys; key++) {
    const from = first[key] ?? 0;
    if (from === first[key + 1]) continue;
    const term = termOfKey[key] ?? -1;
    const termList = term >= 0 ? listOf(termPostings, term) : undefined;
    let at = 0;
    for (const sentence of listOf(keyPostings, key)) {
      if (termList) while ((termList[at] ?? 0) < sentence) at++;
      else at = sentence;
      bits[from + (at >> 3)] = (bits[from + (at >> 3)] ?? 0) | (1 << (at & 7));
    }
  }
  return { first, bits };
}

/**
 * How many bytes of bits key `key` has: a bit for each sentence of its term's list when it is one
 * of several spellings of its term; a bit for each of the `sentences` sentences when it is a stop
 * word in `length` sentences, more than one in 32 (where bits take less room than a list); else none.
 */
function keyBitBytes(key: number, termPostings: Postings, termOfKey: ArrayLike<number>, keyIsTerm: Uint8Array, sentences: number, length: number): number {
  const term = termOfKey[key] ?? -1;
  if (term < 0) return length * 32 > sentences ? (sentences + 7) >> 3 : 0;
  if (keyIsTerm[key] === 1) return 0;
  return ((termPostings.first[term + 1] ?? 0) - (termPostings.first[term] ?? 0) + 7) >> 3;
}

/**
 * Throws unless `keyBits` (from a snapshot) give each key of a term the bytes keyBitBytes says, and
 * each stop word either a list in `keyPostings` or a bit for each of the `sentences` sentences.
 */
function checkKeyBits(keyBits: KeyBits, keyPostings: Postings, termPostings: Postings, termOfKey: readonly number[], keyIsTerm: Uint8Array, sentences: number): void {
  const { first, bits } = keyBits;
  const keys = keyIsTerm.length;
  if (first.length !== keys + 1 || first[0] !== 0 || first[keys] !== bits.length) throw new Error('the token key bits do not fit the articles');
  for (let key = 0; key < keys; key++) {
    const bytes = (first[key + 1] ?? 0) - (first[key] ?? 0);
    const length = (keyPostings.first[key + 1] ?? 0) - (keyPostings.first[key] ?? 0);
    const fits = (termOfKey[key] ?? -1) >= 0 ? bytes === keyBitBytes(key, termPostings, termOfKey, keyIsTerm, sentences, 0) : bytes === 0 || (bytes === (sentences + 7) >> 3 && length === 0);
    if (!fits) throw new Error('the token key bits do not fit the articles');
  }
}

/** `postings` with the lists of the ids `drop` picks left empty. */
function withoutLists(postings: Postings, drop: (id: number) => boolean): Postings {
  const ids = postings.first.length - 1;
  const first = new Int32Array(ids + 1);
  for (let id = 0; id < ids; id++) first[id + 1] = (first[id] ?? 0) + (drop(id) ? 0 : (postings.first[id + 1] ?? 0) - (postings.first[id] ?? 0));
  const sentences = new Int32Array(first[ids] ?? 0);
  for (let id = 0; id < ids; id++) if (!drop(id)) sentences.set(listOf(postings, id), first[id] ?? 0);
  return { first, sentences };
}

/** How many sentences hold each token key, read from the list or the bits that hold its sentences (see SentenceIndex.#keyList). */
function keyLengthsOf(keyPostings: Postings, termPostings: Postings, keyBits: KeyBits, termOfKey: readonly number[], keyIsTerm: Uint8Array): Int32Array {
  return runToEnd(keyLengthsInSlices(keyPostings, termPostings, keyBits, termOfKey, keyIsTerm, Number.POSITIVE_INFINITY));
}

/** keyLengthsOf, yielding after each key whose bits end past another `slice` bytes counted. */
function* keyLengthsInSlices(keyPostings: Postings, termPostings: Postings, keyBits: KeyBits, termOfKey: readonly number[], keyIsTerm: Uint8Array, slice: number): Generator<void, Int32Array> {
  const lengths = new Int32Array(keyIsTerm.length);
  let counted = 0;
  for (let key = 0; key < keyIsTerm.length; key++) {
    const term = termOfKey[key] ?? -1;
    if (keyIsTerm[key] === 1) {
      lengths[key] = (termPostings.first[term + 1] ?? 0) - (termPostings.first[term] ?? 0);
      continue;
    }
    const from = keyBits.first[key] ?? 0;
    const to = keyBits.first[key + 1] ?? 0;
    if (from === to) {
      lengths[key] = (keyPostings.first[key + 1] ?? 0) - (keyPostings.first[key] ?? 0);
      continue;
    }
    let count = 0;
    for (let byte = from; byte < to; byte++) count += countBits(keyBits.bits[byte] ?? 0);
    lengths[key] = count;
    if (to - counted >= slice) {
      counted = to;
      yield;
    }
  }
  return lengths;
}

/** How many bits of a byte are set. */
function countBits(byte: number): number {
  let count = 0;
  for (let set = byte; set !== 0; set &= set - 1) count++;
  return count;
}

/** A sentence length #lengths does not hold: this many tokens or more. */
const LONG_SENTENCE = 0xff;

/** A one-word query's sentences holding the word this many times or more are classed through a map (see SentenceIndex.#matchOneWord): the index's table has room for fewer. */
const CLASS_COUNTS = 8;
/** The most matched sentences whose room a search reuses from the last (see SentenceIndex.#matchedRoom): 1.4 MB kept. */
const REUSED_ROOM = 65_536;
const MATCH_RANK: Record<MatchKind, number> = { phrase: 0, terms: 1, continuation: 2 };
const MATCH_KINDS: MatchKind[] = ['phrase', 'terms', 'continuation'];
/**
 * A match's key is its MATCH_RANK times this less its score: scores stay far below it, so the kind
 * always decides first, and a higher score makes a smaller key (rounding may make two equal, never
 * turn them round).
 */
const STRENGTH = 1e6;

/** A misspelt query word as typed (folded), and the search term it was read as. */
interface Misspelling {
  termId: number;
  typed: string;
}

/**
 * `result` with `hits`, made by `make` when first read, and `total`. A search only chooses its hits
 * and puts them in order: making the hit of each chosen sentence (its article, its list, the sentence,
 * three reads far apart in memory, and a phrase's span) was a fifth of a misspelt word's search at
 * BBC ×10, and a caller that reads only the totals (a not-found answer asking whether a word is in
 * any article) never reads them. Once read, `hits` is a plain property, as when written.
 */
function withHitsWhenRead(result: SearchResult, make: () => SearchHit[], total: SearchResult['total']): SearchResult {
  const settle = (hits: SearchHit[]): SearchHit[] => {
    Object.defineProperty(found, 'hits', { value: hits, writable: true, enumerable: true, configurable: true });
    return hits;
  };
  const found: SearchResult = {
    terms: result.terms,
    words: result.words,
    asked: result.asked,
    get hits(): SearchHit[] {
      return settle(make());
    },
    set hits(hits: SearchHit[]) {
      settle(hits);
    },
    total,
    nearMisses: result.nearMisses,
  };
  return found;
}

/**
 * A search hit whose corrected spellings are read when first asked for, through `spell`, shared by
 * every hit of one query: only a query with a misspelt word has any to read (/sources and /compare read
 * them all for their note, /cite its best hit's), and reading them for each of 500 hits was a third of
 * a misspelt word's search. One class for every hit, so a getter on
 * its prototype rather than one defined on each object.
 */
class Hit implements SearchHit {
  readonly sentence: Sentence;
  readonly match: MatchKind;
  readonly score: number;
  declare phrase?: Span;
  readonly #id: number;
  readonly #spell: ((id: number) => Record<string, string>) | undefined;
  #corrected: Record<string, string> | undefined;

  constructor(sentence: Sentence, match: MatchKind, score: number, id: number, spell: ((id: number) => Record<string, string>) | undefined) {
    this.sentence = sentence;
    this.match = match;
    this.score = score;
    this.#id = id;
    this.#spell = spell;
  }

  get corrected(): Record<string, string> {
    this.#corrected ??= this.#spell ? this.#spell(this.#id) : {};
    return this.#corrected;
  }
}
