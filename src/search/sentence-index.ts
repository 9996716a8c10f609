import { distance } from 'fastest-levenshtein';
import MiniSearch from 'minisearch';
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
  text: string;
  context: string;
}

/**
 * The search index over every sentence of every article (MiniSearch), and the rules that decide
 * which sentences say what a query says.
 */
export class SentenceIndex {
  readonly #sentences: Sentence[] = [];
  readonly #termCounts = new Map<string, number>();
  readonly #search: MiniSearch<IndexedDocument>;

  constructor(articles: readonly Article[]) {
    const processTerm = (key: string): string | null => termOf(key);
    this.#search = new MiniSearch<IndexedDocument>({
      fields: ['text', 'context'],
      storeFields: [],
      tokenize: (text) => tokenize(text).map((token) => token.key),
      processTerm,
      searchOptions: { combineWith: 'AND', prefix: false, fuzzy: (term) => this.#fuzziness(term), weights: { fuzzy: 0.6, prefix: 0 } },
    });
    const documents: IndexedDocument[] = [];
    for (const article of articles) {
      article.sentences.forEach((sentence, i) => {
        const id = this.#sentences.length;
        this.#sentences.push(sentence);
        for (const token of tokenize(sentence.text)) {
          const term = termOf(token.key);
          if (term) this.#termCounts.set(term, (this.#termCounts.get(term) ?? 0) + 1);
        }
        const previous = i > 0 && continuesPrevious(sentence.text) ? article.sentences[i - 1]!.text : '';
        documents.push({ id, text: sentence.text, context: previous });
      });
    }
    this.#search.addAll(documents);
  }

  /** How many sentences the index holds. */
  get size(): number {
    return this.#sentences.length;
  }

  /** A term the articles never use may be a misspelling: only those match fuzzily. */
  #fuzziness(term: string): number | false {
    if (isFigure(term) || term.length < MIN_FUZZY_LENGTH || this.#termCounts.has(term)) return false;
    return FUZZY_RATIO;
  }

  /** True when the articles use this search term at least once. */
  hasTerm(term: string): boolean {
    return this.#termCounts.has(term);
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
    const raw = this.#search.search(terms.join(' '), { tokenize: (text) => text.split(' '), processTerm: (term) => term });
    const hits: SearchHit[] = [];
    for (const result of raw.slice(0, MAX_CANDIDATES)) {
      const hit = this.#check(result.id as number, terms, queryTokens, result.score);
      if (hit) hits.push(hit);
    }
    return { terms, words, hits: orderBestPerArticle(hits), nearMisses: hits.length === 0 ? this.#nearMisses(terms).map((miss) => ({ ...miss, missingTerms: miss.missingTerms.map((term) => words[term] ?? term) })) : [] };
  }

  #check(id: number, terms: string[], queryTokens: Token[], score: number): SearchHit | undefined {
    const sentence = this.#sentences[id]!;
    const own = termTokens(sentence.text);
    const corrected: Record<string, string> = {};
    const missing: string[] = [];
    for (const term of terms) {
      const found = findTerm(own, term, this.#fuzziness(term));
      if (!found) missing.push(term);
      else if (found.term !== term) corrected[term] = sentence.text.slice(found.token.start, found.token.end);
    }
    if (missing.length > 0) {
      // A follow-on borrows who or what it is about from the sentence before, never the whole claim.
      if (missing.length === terms.length) return undefined;
      const previous = id > 0 ? this.#sentences[id - 1] : undefined;
      if (!previous || previous.articleId !== sentence.articleId || !continuesPrevious(sentence.text)) return undefined;
      const before = termTokens(previous.text);
      if (!missing.every((term) => findTerm(before, term, this.#fuzziness(term)))) return undefined;
      return { sentence, match: 'continuation', score, corrected };
    }
    const phrase = findPhrase(sentence.text, queryTokens);
    return phrase ? { sentence, match: 'phrase', score, phrase: { start: sentence.start + phrase.start, end: sentence.start + phrase.end }, corrected } : { sentence, match: 'terms', score, corrected };
  }

  #nearMisses(terms: string[]): NearMiss[] {
    if (terms.length < 2) return [];
    const raw = this.#search.search(terms.join(' '), { combineWith: 'OR', tokenize: (text) => text.split(' '), processTerm: (term) => term });
    const misses: NearMiss[] = [];
    for (const result of raw.slice(0, MAX_CANDIDATES)) {
      const sentence = this.#sentences[result.id as number]!;
      const own = termTokens(sentence.text);
      const missingTerms = terms.filter((term) => !findTerm(own, term, this.#fuzziness(term)));
      if (missingTerms.length > 0 && missingTerms.length < terms.length) misses.push({ sentence, missingTerms });
      if (misses.length >= MAX_NEAR_MISSES) break;
    }
    return misses;
  }

  /** Sentences holding `phrase` word for word (case, quotes, spacing and punctuation aside). */
  findPhrase(phrase: string): { sentence: Sentence; span: Span }[] {
    const phraseTokens = tokenize(phrase);
    if (phraseTokens.length === 0) return [];
    const terms = [...new Set(phraseTokens.map((token) => termOf(token.key)).filter((term): term is string => term !== null))];
    const candidates = terms.length > 0
      ? this.#search.search(terms.join(' '), { fuzzy: false, tokenize: (text) => text.split(' '), processTerm: (term) => term, fields: ['text'] }).map((result) => this.#sentences[result.id as number]!)
      : this.#sentences;
    const found: { sentence: Sentence; span: Span }[] = [];
    for (const sentence of candidates) {
      const span = findPhrase(sentence.text, phraseTokens);
      if (span) found.push({ sentence, span: { start: sentence.start + span.start, end: sentence.start + span.end } });
    }
    return found.sort((a, b) => (a.sentence.articleId < b.sentence.articleId ? -1 : a.sentence.articleId > b.sentence.articleId ? 1 : a.sentence.index - b.sentence.index));
  }
}

interface TermToken {
  term: string;
  token: Token;
}

function termTokens(text: string): TermToken[] {
  const result: TermToken[] = [];
  for (const token of tokenize(text)) {
    const term = termOf(token.key);
    if (term) result.push({ term, token });
  }
  return result;
}

function findTerm(tokens: TermToken[], term: string, fuzziness: number | false): TermToken | undefined {
  const exact = tokens.find((candidate) => candidate.term === term);
  if (exact || fuzziness === false) return exact;
  const allowed = Math.max(1, Math.round(term.length * fuzziness));
  return tokens.find((candidate) => !isFigure(candidate.term) && Math.abs(candidate.term.length - term.length) <= allowed && distance(candidate.term, term) <= allowed);
}

/** Where the query's tokens stand consecutively in `text`, as offsets into `text`. */
function findPhrase(text: string, query: Token[]): Span | undefined {
  if (query.length === 0) return undefined;
  const tokens = tokenize(text);
  outer: for (let i = 0; i + query.length <= tokens.length; i++) {
    for (let j = 0; j < query.length; j++) if (tokens[i + j]!.key !== query[j]!.key) continue outer;
    return { start: tokens[i]!.start, end: tokens[i + query.length - 1]!.end };
  }
  return undefined;
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
