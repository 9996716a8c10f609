import { distance } from 'fastest-levenshtein';
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import type { TermSequences } from '../analysis/alignment.ts';
import type { Article, Sentence, Span } from '../corpus/types.ts';
import { OPENERS, PARENTHETICAL_REPORTERS, PARENTHETICAL_VERBS } from '../lexicons/anaphora.ts';
import { foldText, isFigure, termOf, tokenize, type Token } from './normalise.ts';

/** How a sentence answers a query. Ordered from strongest to weakest. */
export type MatchKind = 'phrase' | 'terms' | 'continuation';

export interface SearchHit {
  sentence: Sentence;
  match: MatchKind;
  score: number;
  /** Where the query's words stand together in the sentence, for a phrase match. */
  phrase?: Span;
  /** Query words matched by a near spelling: `{ goremikin: 'Goremykin' }`. */
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
  /** Every sentence that says it, best sentence per article first, then the rest. */
  hits: SearchHit[];
  /** Filled only when there are no hits: sentences that hold some of the terms. */
  nearMisses: NearMiss[];
}

/** Fuzzy matching allows one edit per this many characters of a query word. */
const FUZZY_RATIO = 0.25;
/** Words shorter than this match only exactly: short words have too many near neighbours. */
const MIN_FUZZY_LENGTH = 5;
/** The most candidates checked term by term for one query. */
const MAX_CANDIDATES = 2000;
const MAX_NEAR_MISSES = 5;

const OPENING = new RegExp(`^(?:${OPENERS.map(escapeRegExp).join('|')})\\b`);
const PARENTHETICAL = new RegExp(`,\\s*(?:${PARENTHETICAL_REPORTERS.join('|')})\\s+(?:${PARENTHETICAL_VERBS.join('|')})\\b`);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when a sentence leans on the one before it for who or what it is about. */
export function continuesPrevious(text: string): boolean {
  const folded = foldText(text.trimStart()).replace(/^['"]+/, '');
  return OPENING.test(folded) || PARENTHETICAL.test(folded);
}

interface IndexedDocument {
  id: number;
  /** The sentence's token keys, space-separated: the text is tokenised once, by the token store. */
  text: string;
  /** The token keys of the sentence before, for a sentence that leans on it (`he said`). */
  context: string;
}

/** Where the query's words stand together in a sentence: token positions in the token store. */
interface TokenRun {
  first: number;
  last: number;
}

/**
 * Every sentence's tokens, kept once in flat typed arrays (token key ids and offsets) so a query
 * checks its candidates without tokenising their text again: at 20,000 articles re-tokenising
 * 2,000 candidates per query costs more than the whole search.
 */
class TokenStore {
  /** Token key (folded word or figure) by key id. */
  readonly keys: string[] = [];
  readonly keyIds = new Map<string, number>();
  /** Search-term id of each key id, -1 for a stop word. */
  readonly termOfKey: number[] = [];
  readonly terms: string[] = [];
  readonly termIds = new Map<string, number>();
  /** Sentence i's tokens are positions `first[i]` to `first[i + 1] - 1`. */
  first = new Int32Array(1024);
  keyAt = new Int32Array(4096);
  startAt = new Int32Array(4096);
  endAt = new Int32Array(4096);
  sentences = 0;
  tokens = 0;

  /** The store a snapshot holds; throws when its parts do not fit together. */
  static restore(part: TokenStorePart, sentences: number): TokenStore {
    const store = new TokenStore();
    for (const key of part.keys) store.#idOfKey(key);
    const tokens = part.keyAt.length;
    if (store.keys.length !== part.keys.length || part.first.length !== sentences + 1 || part.first[sentences] !== tokens || part.startAt.length !== tokens || part.endAt.length !== tokens) {
      throw new Error('the token store does not fit the articles');
    }
    for (const keyId of part.keyAt) if (keyId < 0 || keyId >= store.keys.length) throw new Error('the token store names a key it does not hold');
    Object.assign(store, { first: part.first, keyAt: part.keyAt, startAt: part.startAt, endAt: part.endAt, sentences, tokens });
    return store;
  }

  /** Drop the room left for growth once every sentence is in: up to half of each array, about 100 MB at 22,000 articles. */
  trim(): void {
    this.first = this.first.slice(0, this.sentences + 1);
    this.keyAt = this.keyAt.slice(0, this.tokens);
    this.startAt = this.startAt.slice(0, this.tokens);
    this.endAt = this.endAt.slice(0, this.tokens);
  }

  /** The filled part of the store, for a snapshot; the arrays are the store's own, not copies. */
  toPart(): TokenStorePart {
    return {
      keys: this.keys,
      first: this.first.subarray(0, this.sentences + 1),
      keyAt: this.keyAt.subarray(0, this.tokens),
      startAt: this.startAt.subarray(0, this.tokens),
      endAt: this.endAt.subarray(0, this.tokens),
    };
  }

  /** Store one sentence's tokens (offsets into the article). */
  addSentence(sentenceStart: number, tokens: Token[]): void {
    if (this.sentences + 2 > this.first.length) this.first = grow(this.first);
    while (this.tokens + tokens.length > this.keyAt.length) {
      this.keyAt = grow(this.keyAt);
      this.startAt = grow(this.startAt);
      this.endAt = grow(this.endAt);
    }
    this.first[this.sentences] = this.tokens;
    for (const token of tokens) {
      const keyId = this.#idOfKey(token.key);
      this.keyAt[this.tokens] = keyId;
      this.startAt[this.tokens] = sentenceStart + token.start;
      this.endAt[this.tokens] = sentenceStart + token.end;
      this.tokens++;
    }
    this.sentences++;
    this.first[this.sentences] = this.tokens;
  }

  /** The search term of a key the store holds (the stemmer runs once per distinct key). */
  termOfStoredKey(key: string): string | null {
    const termId = this.termOfKey[this.keyIds.get(key)!]!;
    return termId >= 0 ? this.terms[termId]! : null;
  }

  #idOfKey(key: string): number {
    let id = this.keyIds.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.keys.push(key);
      this.keyIds.set(key, id);
      const term = termOf(key);
      let termId = term === null ? -1 : this.termIds.get(term);
      if (termId === undefined) {
        termId = this.terms.length;
        this.terms.push(term!);
        this.termIds.set(term!, termId);
      }
      this.termOfKey.push(termId);
    }
    return id;
  }

  /** True when sentence `id` holds the search term with this id. */
  hasTerm(id: number, termId: number): boolean {
    for (let at = this.first[id]!, end = this.first[id + 1]!; at < end; at++) if (this.termOfKey[this.keyAt[at]!] === termId) return true;
    return false;
  }

  /** Sentence `id`'s search-term tokens, rebuilt from the store, for fuzzy matching. */
  termTokens(id: number): TermToken[] {
    const result: TermToken[] = [];
    for (let at = this.first[id]!, end = this.first[id + 1]!; at < end; at++) {
      const keyId = this.keyAt[at]!;
      const termId = this.termOfKey[keyId]!;
      if (termId >= 0) result.push({ term: this.terms[termId]!, token: { key: this.keys[keyId]!, start: this.startAt[at]!, end: this.endAt[at]! } });
    }
    return result;
  }

  /** The first place sentence `id` holds the key ids `query` consecutively. */
  findRun(id: number, query: readonly number[]): TokenRun | undefined {
    const end = this.first[id + 1]! - query.length;
    outer: for (let at = this.first[id]!; at <= end; at++) {
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

  /** The article offsets a token run covers. */
  spanOf(run: TokenRun): Span {
    return { start: this.startAt[run.first]!, end: this.endAt[run.last]! };
  }

  /**
   * For each key, the sentences that hold it, ascending, in one flat array (`postingFirst[key]`
   * to `postingFirst[key + 1] - 1`). Derived from the tokens, so a snapshot need not hold it;
   * built on first use. A phrase lookup walks only its rarest words' sentences instead of asking
   * MiniSearch, which scores every sentence of every word.
   */
  #postings(): { first: Int32Array; sentences: Int32Array } {
    if (this.#postingCache) return this.#postingCache;
    const keys = this.keys.length;
    const counts = new Int32Array(keys + 1);
    const lastSeen = new Int32Array(keys).fill(-1);
    for (let id = 0; id < this.sentences; id++) {
      for (let at = this.first[id]!, end = this.first[id + 1]!; at < end; at++) {
        const key = this.keyAt[at]!;
        if (lastSeen[key] !== id) {
          lastSeen[key] = id;
          counts[key + 1]!++;
        }
      }
    }
    for (let key = 0; key < keys; key++) counts[key + 1]! += counts[key]!;
    const sentences = new Int32Array(counts[keys]!);
    const next = counts.slice(0, keys);
    lastSeen.fill(-1);
    for (let id = 0; id < this.sentences; id++) {
      for (let at = this.first[id]!, end = this.first[id + 1]!; at < end; at++) {
        const key = this.keyAt[at]!;
        if (lastSeen[key] !== id) {
          lastSeen[key] = id;
          sentences[next[key]!++] = id;
        }
      }
    }
    this.#postingCache = { first: counts, sentences };
    return this.#postingCache;
  }

  #postingCache: { first: Int32Array; sentences: Int32Array } | undefined;

  /**
   * The sentences that hold every one of `keyIds`, ascending: the two rarest keys' posting lists
   * intersected (a phrase's words must all stand in a sentence that holds the phrase).
   */
  sentencesWithKeys(keyIds: readonly number[]): Int32Array {
    const { first, sentences } = this.#postings();
    const lists = [...new Set(keyIds)].map((key) => sentences.subarray(first[key]!, first[key + 1]!)).sort((a, b) => a.length - b.length);
    const [rarest, next] = lists;
    if (!rarest) return new Int32Array(0);
    if (!next) return rarest;
    const both = new Int32Array(rarest.length);
    let count = 0;
    for (let i = 0, j = 0; i < rarest.length && j < next.length; ) {
      if (rarest[i]! < next[j]!) i++;
      else if (rarest[i]! > next[j]!) j++;
      else {
        both[count++] = rarest[i]!;
        i++;
        j++;
      }
    }
    return both.subarray(0, count);
  }
}

function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** The token store as flat arrays: keys in id order, then every sentence's tokens. */
export interface TokenStorePart {
  keys: string[];
  first: Int32Array<ArrayBuffer>;
  keyAt: Int32Array<ArrayBuffer>;
  startAt: Int32Array<ArrayBuffer>;
  endAt: Int32Array<ArrayBuffer>;
}

/** What a snapshot keeps of the index: the token store and MiniSearch's own serialisation. */
export interface IndexSnapshot {
  tokens: TokenStorePart;
  search: AsPlainObject;
}

/**
 * The search index over every sentence of every article (MiniSearch), and the rules that decide
 * which sentences say what a query says.
 */
export class SentenceIndex {
  readonly #sentences: Sentence[] = [];
  readonly #store: TokenStore;
  readonly #search: MiniSearch<IndexedDocument>;

  /**
   * Index the articles' sentences, or, given the snapshot of an index built from these same
   * articles, restore it without tokenising anything. Throws when the snapshot does not fit.
   */
  constructor(articles: readonly Article[], snapshot?: IndexSnapshot) {
    for (const article of articles) for (const sentence of article.sentences) this.#sentences.push(sentence);
    const options: Options<IndexedDocument> = {
      fields: ['text', 'context'],
      storeFields: [],
      // Documents arrive as token keys the store has already read and stemmed; queries as search terms.
      tokenize: splitTerms,
      processTerm: (key) => this.#store.termOfStoredKey(key),
      searchOptions: { combineWith: 'AND', prefix: false, fuzzy: (term) => this.#fuzziness(term), weights: { fuzzy: 0.6, prefix: 0 } },
    };
    if (snapshot) {
      this.#store = TokenStore.restore(snapshot.tokens, this.#sentences.length);
      this.#search = MiniSearch.loadJS(snapshot.search, options);
      if (this.#search.documentCount !== this.#sentences.length) throw new Error('the search index does not fit the articles');
      return;
    }
    this.#store = new TokenStore();
    this.#search = new MiniSearch<IndexedDocument>(options);
    const documents: IndexedDocument[] = [];
    for (const article of articles) {
      let previous = '';
      article.sentences.forEach((sentence, i) => {
        const id = documents.length;
        const tokens = tokenize(sentence.text);
        this.#store.addSentence(sentence.start, tokens);
        const text = tokens.map((token) => token.key).join(' ');
        const context = i > 0 && continuesPrevious(sentence.text) ? previous : '';
        documents.push({ id, text, context });
        previous = text;
      });
    }
    this.#store.trim();
    this.#search.addAll(documents);
  }

  /** Everything needed to restore this index over the same articles without rebuilding it. */
  toSnapshot(): IndexSnapshot {
    return { tokens: this.#store.toPart(), search: this.#search.toJSON() };
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
      for (let at = store.first[id]!, end = store.first[id + 1]!; at < end; at++) {
        const termId = store.termOfKey[store.keyAt[at]!]!;
        if (termId >= 0) termAt[count++] = termId;
      }
      first[id + 1] = count;
    }
    return { terms: store.terms, first, termAt: termAt.slice(0, count) };
  }

  /** How many sentences the index holds. */
  get size(): number {
    return this.#sentences.length;
  }

  /** A term the articles never use may be a misspelling: only those match fuzzily. */
  #fuzziness(term: string): number | false {
    if (isFigure(term) || term.length < MIN_FUZZY_LENGTH || this.#store.termIds.has(term)) return false;
    return FUZZY_RATIO;
  }

  /** True when the articles use this search term at least once. */
  hasTerm(term: string): boolean {
    return this.#store.termIds.has(term);
  }

  /** Every sentence that says what `query` says; see SearchResult. */
  search(query: string): SearchResult {
    const queryTokens = tokenize(query);
    const words: Record<string, string> = {};
    for (const token of queryTokens) {
      const term = termOf(token.key);
      if (term && !(term in words)) words[term] = query.slice(token.start, token.end);
    }
    const terms = Object.keys(words);
    if (terms.length === 0) return { terms, words, hits: [], nearMisses: [] };
    const raw = this.#search.search(terms.join(' '), QUERY_AS_TERMS);
    const queryKeys = this.#store.keyIdsOf(queryTokens);
    const hits: SearchHit[] = [];
    for (const result of raw.slice(0, MAX_CANDIDATES)) {
      const hit = this.#check(result.id as number, terms, queryKeys, result.score);
      if (hit) hits.push(hit);
    }
    return { terms, words, hits: orderBestPerArticle(hits), nearMisses: hits.length === 0 ? this.#nearMisses(terms).map((miss) => ({ ...miss, missingTerms: miss.missingTerms.map((term) => words[term] ?? term) })) : [] };
  }

  /** The query terms sentence `id` lacks, and the words that stand in for misspelt ones. */
  #matchTerms(id: number, terms: string[]): { missing: string[]; corrected: Record<string, string> } {
    const corrected: Record<string, string> = {};
    const missing: string[] = [];
    let own: TermToken[] | undefined;
    for (const term of terms) {
      const termId = this.#store.termIds.get(term);
      if (termId !== undefined) {
        if (!this.#store.hasTerm(id, termId)) missing.push(term);
        continue;
      }
      const fuzziness = this.#fuzziness(term);
      own ??= fuzziness === false ? undefined : this.#store.termTokens(id);
      const found = own && fuzziness !== false ? findTerm(own, term, fuzziness) : undefined;
      if (!found) missing.push(term);
      else corrected[term] = this.#sentences[id]!.text.slice(found.token.start - this.#sentences[id]!.start, found.token.end - this.#sentences[id]!.start);
    }
    return { missing, corrected };
  }

  #check(id: number, terms: string[], queryKeys: number[] | undefined, score: number): SearchHit | undefined {
    const sentence = this.#sentences[id]!;
    const { missing, corrected } = this.#matchTerms(id, terms);
    if (missing.length > 0) {
      // A follow-on borrows who or what it is about from the sentence before, never the whole claim.
      if (missing.length === terms.length) return undefined;
      const previous = id > 0 ? this.#sentences[id - 1] : undefined;
      if (!previous || previous.articleId !== sentence.articleId || !continuesPrevious(sentence.text)) return undefined;
      if (this.#matchTerms(id - 1, missing).missing.length > 0) return undefined;
      return { sentence, match: 'continuation', score, corrected };
    }
    const run = queryKeys ? this.#store.findRun(id, queryKeys) : undefined;
    return run ? { sentence, match: 'phrase', score, phrase: this.#store.spanOf(run), corrected } : { sentence, match: 'terms', score, corrected };
  }

  #nearMisses(terms: string[]): NearMiss[] {
    if (terms.length < 2) return [];
    const raw = this.#search.search(terms.join(' '), { ...QUERY_AS_TERMS, combineWith: 'OR' });
    const misses: NearMiss[] = [];
    for (const result of raw.slice(0, MAX_CANDIDATES)) {
      const id = result.id as number;
      const { missing } = this.#matchTerms(id, terms);
      if (missing.length > 0 && missing.length < terms.length) misses.push({ sentence: this.#sentences[id]!, missingTerms: missing });
      if (misses.length >= MAX_NEAR_MISSES) break;
    }
    return misses;
  }

  /** Sentences holding `phrase` word for word (case, quotes, spacing and punctuation aside), by article id then position. */
  findPhrase(phrase: string): { sentence: Sentence; span: Span }[] {
    const phraseTokens = tokenize(phrase);
    const queryKeys = this.#store.keyIdsOf(phraseTokens);
    if (phraseTokens.length === 0 || !queryKeys) return [];
    const found: { sentence: Sentence; span: Span }[] = [];
    for (const id of this.#store.sentencesWithKeys(queryKeys)) {
      const run = this.#store.findRun(id, queryKeys);
      if (run) found.push({ sentence: this.#sentences[id]!, span: this.#store.spanOf(run) });
    }
    // Sentences are numbered in file-name order, which need not be article-id order.
    const rank = this.#articleRank();
    return found.sort((a, b) => rank.get(a.sentence.articleId)! - rank.get(b.sentence.articleId)! || a.sentence.index - b.sentence.index);
  }

  #rankCache: Map<string, number> | undefined;

  /** Each article's place in article-id order. */
  #articleRank(): Map<string, number> {
    if (!this.#rankCache) {
      const ids = [...new Set(this.#sentences.map((sentence) => sentence.articleId))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      this.#rankCache = new Map(ids.map((id, i) => [id, i]));
    }
    return this.#rankCache;
  }
}

/** Queries reach MiniSearch as search terms already: stemming a stem again could change it. */
const QUERY_AS_TERMS = { tokenize: splitTerms, processTerm: (term: string): string => term };

function splitTerms(text: string): string[] {
  return text === '' ? [] : text.split(' ');
}

interface TermToken {
  term: string;
  token: Token;
}

function findTerm(tokens: TermToken[], term: string, fuzziness: number): TermToken | undefined {
  const exact = tokens.find((candidate) => candidate.term === term);
  if (exact) return exact;
  const allowed = Math.max(1, Math.round(term.length * fuzziness));
  return tokens.find((candidate) => !isFigure(candidate.term) && Math.abs(candidate.term.length - term.length) <= allowed && distance(candidate.term, term) <= allowed);
}

const MATCH_RANK: Record<MatchKind, number> = { phrase: 0, terms: 1, continuation: 2 };

/** Strongest first (phrase, then all terms, then continuations), each article's best before any second-best. */
function orderBestPerArticle(hits: SearchHit[]): SearchHit[] {
  const ranked = [...hits].sort((a, b) => MATCH_RANK[a.match] - MATCH_RANK[b.match] || b.score - a.score || a.sentence.index - b.sentence.index);
  const seen = new Set<string>();
  const best: SearchHit[] = [];
  const rest: SearchHit[] = [];
  for (const hit of ranked) {
    if (seen.has(hit.sentence.articleId)) rest.push(hit);
    else {
      seen.add(hit.sentence.articleId);
      best.push(hit);
    }
  }
  return [...best, ...rest];
}
