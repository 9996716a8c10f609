import { AGO_PERIODS, CLOCK_MARKS, MONTH_NAMES, WEEKDAY_NAMES } from '../text/lexicons/calendar.ts';
import { type Article, type Sentence, firstCopies } from '../model/article.ts';
import { checkAllBelow } from '../model/check-all-below.ts';
import { foldText, isFigure, type Token, termOf, termsOf, tokenize } from '../text/normalise.ts';
import {
  BACKGROUND_OPENERS,
  type BackgroundOpenerKind,
  CLAIM_FRAME_WORDS,
  COMPARISON_OPENERS,
  type ComparisonOpenerKind,
  COUNTERPART_JOINERS,
  FORECAST_CUES,
  ADJUNCT_PREPOSITIONS,
  AWARD_OUTCOME_WORDS,
  EXPECTATION_AFTER_THAN,
  QUANTITY_BEFORE_THAN,
  RANK_BEFORE_NUMBER,
  RANK_NOUNS,
  RANK_WORDS,
  SPEECH_NOUN_FORMS,
  REACTION_VERBS,
  REDUCED_RELATIVES,
  SELF_REPORTING_PRONOUNS,
  DENIED_INTENT_NOUNS,
  ACT_VERBS,
  type ActKind,
  LEADING_POSTS,
  STANDING_VERBS,
  PARTICIPLES_NOT_BACKGROUND,
  WIN_FORECAST_CUES,
  YEAR_DATING_WORDS,
} from '../text/lexicons/claim-cues.ts';
import { CLAIM_OPPOSITES, CLAIM_SYNONYMS, CURRENCY_MARKS, FIGURE_SCALES, IRREGULAR_VERBS, inflectionsOf } from '../text/lexicons/claim-synonyms.ts';
import { PLACE_NAMES } from '../text/lexicons/entities.ts';
import { LEADING_ADVERBS, PERSONAL } from '../text/lexicons/source-grammar.ts';
import { FRONTING_CONJUNCTIONS } from '../text/lexicons/cue-scope.ts';
import { PARENTHETICAL_REPORTERS, PARENTHETICAL_VERBS } from '../text/lexicons/anaphora.ts';
import { LIGHT_PREDICATES, PRESENT_TENSE_CUES, VERB_GROUP_WORDS, type VerbGroupKind } from '../text/lexicons/verb-groups.ts';
import type { TermSequences } from '../search/sentence-index.ts';
import { runToEnd } from '../model/run-to-end.ts';
import type { EntityTable } from '../analysis/entities.ts';
import { DOUBLE_QUOTE_MARK, DOUBLE_QUOTE_MARKS } from '../text/quote-marks.ts';

/**
 * Cross-article alignment: which sentences of different articles report the same thing, across
 * paraphrase ("are said to specialize in demining", "were reportedly trained in demining" and
 * "1,000 demining specialists" are one claim).
 *
 * Sentences are compared only when they share a rare term (blocking): each sentence is filed
 * under its few rarest terms, and only sentences filed under the same term are compared. A term
 * used by more than `maxPosting` sentences is never a key, so the work grows with the number of
 * sentences, not with its square.
 *
 * The loops index their typed arrays (term ids, sentence numbers, edges, offsets) only within the
 * arrays' lengths, which the same loops set: `?? 0` on such a read only satisfies the type checker.
 */

export interface AlignmentOptions {
  /** How many of a sentence's rarest terms it is filed under for blocking. */
  blockingTerms: number;
  /** A term in more sentences than this is too common to be a blocking key or an anchor. */
  maxPosting: number;
  /** Weighted Dice similarity at which two sentences form the core of a claim. */
  coreSimilarity: number;
  /** Share of the shorter sentence's weight the longer one must hold to join an existing claim. */
  attachContainment: number;
  /** Share of a claim's gist (the terms all its core sentences use) a sentence must hold to join it. */
  attachGist: number;
  /** Least shared weight, as a share of the shorter sentence, for a pair to be kept for the joining step. */
  candidateContainment: number;
  /** Distinct shared terms needed besides the weight share, so three common words never align. */
  minSharedTerms: number;
  /** Content terms either side of a figure that form its context ("1,000 ... demining"). */
  figureWindow: number;
  /** Share of the smaller sentence's core weight (its terms less names, figures and framing words) the two must share to carry one claim. */
  claimCoreContainment: number;
  /** Weighted Dice over the two cores that two sentences must reach to carry one claim. */
  claimCoreSimilarity: number;
  /**
   * Share of all sentences (at least 5) a figure may be used by and still anchor a claim on its
   * own: `1,000 ... demining` is rare, `30% ... tax` is in every budget story.
   */
  anchorShare: number;
  /**
   * Share of the smaller core two sentences anchored by one rare figure must share for the anchor
   * alone to join them (the figure must be a measure, never part of a name: "Section 404"). Below
   * it, the sentence with fewer figures must give no figure the other lacks: the same "95.5 ...
   * index" can be one index's new reading and another's old one.
   */
  anchorCoreContainment: number;
}

/**
 * Whether two sentences of different articles name or describe one actor by the entity reading
 * ("Mr Holt's offer" / "the latest proposal from the prime minister"): read where the claim test would
 * otherwise hold them for tellings of different people.
 */
export type SameActor = (a: Sentence, b: Sentence) => boolean;

/** Defaults tuned on the seed articles and on the labelled BBC pairs (see docs/corroboration.md). */
export const DEFAULT_ALIGNMENT_OPTIONS: Readonly<AlignmentOptions> = {
  blockingTerms: 12,
  maxPosting: 100,
  coreSimilarity: 0.45,
  attachContainment: 0.5,
  attachGist: 0.6,
  candidateContainment: 0.3,
  minSharedTerms: 3,
  figureWindow: 4,
  claimCoreContainment: 0.55,
  claimCoreSimilarity: 0.4,
  anchorShare: 0.0005,
  anchorCoreContainment: 0.3,
};

/** One thing reported by several articles: at most one sentence per article. */
export interface Claim {
  id: number;
  /** The sentences that carry it, by article id, then position. */
  sentences: Sentence[];
  /** The articles that carry it, sorted. */
  articleIds: string[];
  /** Search terms every sentence of the claim uses (or most, when none is common to all), rarest first. */
  terms: string[];
  /**
   * Other sentences of its articles that tell it again ("Fosters bought 18.8% of Southcorp" in the
   * lead and "Fosters bought the 18.8% stake from Reline Investments" further down): found by
   * `claimsOf`, never listed or counted, since the claim takes one sentence per article.
   */
  retold?: Sentence[];
}

/** Two sentences of different articles that only their names keep apart (see `Alignment.apartByNames`), with the search terms both use, rarest first. */
export interface NamesApart {
  a: Sentence;
  b: Sentence;
  terms: string[];
}

/** The claims of a library, built once with it and read-only afterwards. */
export class Alignment {
  readonly claims: readonly Claim[];
  /**
   * By article, then by sentence index, the claims each sentence carries. Looked up by the
   * article first: a map of 22,000 articles is read far faster than one of every sentence's id,
   * and /sources asks it for every sentence it finds.
   */
  readonly #byArticle: CarriedClaims;

  /**
   * Pairs of sentences that would be one claim but that they name no one alike, for an entity
   * reading to join where it finds one actor in both (see `joinActorsAlike`). Empty once joined, and
   * in an alignment restored from a snapshot, whose claims were joined before it was saved.
   */
  readonly apartByNames: readonly NamesApart[];

  /** The alignment of `claims`; `carried` is what carriedInSlices gave for them, made here when left out. */
  constructor(claims: Claim[], carried?: CarriedClaims, apartByNames: readonly NamesApart[] = []) {
    this.claims = claims;
    this.#byArticle = carried ?? runToEnd(carriedInSlices(claims, claims.length));
    this.apartByNames = apartByNames;
  }

  /** The claims a sentence carries (a sentence that joins two reports carries two); empty when no other article reports it. */
  claimsOf(sentence: Sentence): readonly Claim[] {
    return this.#byArticle.of(sentence.articleId, sentence.index);
  }

  /** The claims with each sentence as its position among all the articles' sentences, for a snapshot. */
  toSnapshot(articles: readonly Article[]): AlignmentSnapshot {
    const positions = new Map<string, number>();
    for (const article of articles) for (const sentence of article.sentences) positions.set(sentence.id, positions.size);
    const positionOf = (sentence: Sentence): number => {
      const position = positions.get(sentence.id);
      if (position === undefined) throw new Error(`claim sentence ${sentence.id} is not among the articles`);
      return position;
    };
    const termIds = new Map<string, number>();
    const termIdOf = (term: string): number => {
      let id = termIds.get(term);
      if (id === undefined) termIds.set(term, (id = termIds.size));
      return id;
    };
    return {
      sentences: runsOf(this.claims.map((claim) => claim.sentences.map(positionOf))),
      retold: runsOf(this.claims.map((claim) => (claim.retold ?? []).map(positionOf))),
      terms: runsOf(this.claims.map((claim) => claim.terms.map(termIdOf))),
      termList: [...termIds.keys()],
    };
  }
}

/**
 * Lists of numbers back to back: list `i` is `numbers[first[i]]` to `numbers[first[i + 1] - 1]`.
 * As typed arrays, 20,000 claims' sentences and terms at BBC ×10 are a few MB read in place; as
 * JSON they were 7 MB of objects and arrays made at every start.
 */
export interface Runs {
  first: Int32Array;
  numbers: Int32Array;
}

/** The lists as Runs. */
function runsOf(lists: readonly (readonly number[])[]): Runs {
  const first = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => {
    first[i + 1] = (first[i] ?? 0) + list.length;
  });
  return { first, numbers: Int32Array.from(lists.flat()) };
}

/** True when `runs` holds `count` lists that cover its numbers exactly, in order. */
function runsFit(runs: Runs, count: number): boolean {
  const { first, numbers } = runs;
  if (first.length !== count + 1 || first[0] !== 0 || first[count] !== numbers.length) return false;
  for (let i = 0; i < count; i++) if ((first[i + 1] ?? 0) < (first[i] ?? 0)) return false;
  return true;
}

/**
 * What a snapshot keeps of an alignment, claim by claim in claim order: the sentences and the
 * retellings as positions among all the articles' sentences (in article order), and the shared
 * terms as numbers into `termList`. Aligning again costs more than the rest of a snapshot start
 * together.
 */
export interface AlignmentSnapshot {
  sentences: Runs;
  retold: Runs;
  terms: Runs;
  termList: string[];
}

/** The alignment a snapshot holds, over these same articles; throws when it does not fit them. */
export function restoreAlignment(articles: readonly Article[], snapshot: AlignmentSnapshot): Alignment {
  return runToEnd(restoreAlignmentInSlices(articles, snapshot, Number.POSITIVE_INFINITY));
}

/**
 * restoreAlignment, yielding after each `slice` claims made: a library handed over from the
 * rebuild worker is restored while the bot answers. The same alignment. The claims each sentence
 * carries are filed by the sentence's position in two typed arrays, and each claim's sentences,
 * articles and terms are read when it is first asked for them (see lazyProperties): a start that
 * answers one question reads a few claims of the 20,000 at BBC ×10, and the articles' sentences are
 * made on first read (see withSentencesOnDemand).
 */
export function* restoreAlignmentInSlices(articles: readonly Article[], snapshot: AlignmentSnapshot, slice: number): Generator<void, Alignment> {
  const { sentences, retold, terms, termList } = snapshot;
  const count = sentences.first.length - 1;
  if (!(count >= 0 && runsFit(sentences, count) && runsFit(retold, count) && runsFit(terms, count))) throw new Error('the alignment’s claims do not fit together');
  // Each article's first position, and each position's article.
  const first = new Int32Array(articles.length + 1);
  articles.forEach((article, a) => {
    first[a + 1] = (first[a] ?? 0) + article.sentences.length;
  });
  const total = first[articles.length] ?? 0;
  for (const { numbers } of [sentences, retold]) checkAllBelow(numbers, total, 'the alignment names a sentence the articles do not hold');
  checkAllBelow(terms.numbers, termList.length, 'the alignment names a term it does not hold');
  yield;
  const articleAt = new Int32Array(total);
  for (let a = 0; a < articles.length; a++) articleAt.fill(a, first[a], first[a + 1]);
  // Filed in the order carriedInSlices files a claim built here: claim by claim, its sentences, then its retellings.
  const carriedFirst = new Int32Array(total + 1);
  for (const { numbers } of [sentences, retold]) {
    for (let i = 0; i < numbers.length; i++) {
      const next = (numbers[i] ?? 0) + 1;
      carriedFirst[next] = (carriedFirst[next] ?? 0) + 1;
    }
  }
  for (let p = 0; p < total; p++) carriedFirst[p + 1] = (carriedFirst[p + 1] ?? 0) + (carriedFirst[p] ?? 0);
  const carriedIds = new Int32Array(carriedFirst[total] ?? 0);
  const filled = carriedFirst.slice(0, total);
  for (let c = 0; c < count; c++) {
    for (const runs of [sentences, retold]) {
      for (let i = runs.first[c] ?? 0; i < (runs.first[c + 1] ?? 0); i++) {
        const position = runs.numbers[i] ?? 0;
        carriedIds[filled[position] ?? 0] = c;
        filled[position] = (filled[position] ?? 0) + 1;
      }
    }
  }
  yield;
  const at = (position: number): Sentence => {
    const a = articleAt[position] ?? 0;
    const sentence = articles[a]?.sentences[position - (first[a] ?? 0)];
    if (!sentence) throw new Error('the alignment names a sentence the articles do not hold');
    return sentence;
  };
  const listOf = <T>(runs: Runs, c: number, read: (number: number) => T): T[] => {
    const start = runs.first[c] ?? 0;
    return Array.from({ length: (runs.first[c + 1] ?? 0) - start }, (_, i) => read(runs.numbers[start + i] ?? 0));
  };
  const articleIdAt = (position: number): string => articles[articleAt[position] ?? 0]?.id ?? '';
  const properties: ClaimProperties = {
    sentences: (c) => listOf(sentences, c, at),
    articleIds: (c) => [...new Set(listOf(sentences, c, articleIdAt))].sort(),
    terms: (c) => listOf(terms, c, (id) => termList[id] ?? ''),
    retold: (c) => listOf(retold, c, at),
  };
  const withRetold = lazyProperties(properties, ['sentences', 'articleIds', 'terms', 'retold']);
  const withoutRetold = lazyProperties(properties, ['sentences', 'articleIds', 'terms']);
  const claims: Claim[] = [];
  for (let c = 0; c < count; c++) {
    if (c > 0 && c % slice === 0) yield;
    claims.push(Object.defineProperties({ id: c }, (retold.first[c + 1] ?? 0) > (retold.first[c] ?? 0) ? withRetold : withoutRetold) as Claim);
  }
  yield;
  const articleNumber = new Map(articles.map((article, a) => [article.id, a]));
  return new Alignment(claims, {
    of(articleId, index) {
      const a = articleNumber.get(articleId);
      if (a === undefined || !Number.isInteger(index) || index < 0 || index >= (first[a + 1] ?? 0) - (first[a] ?? 0)) return [];
      const position = (first[a] ?? 0) + index;
      return Array.from(carriedIds.subarray(carriedFirst[position], carriedFirst[position + 1]), (c) => claims[c] as Claim);
    },
  });
}

/** How a restored claim's properties are read from the snapshot, given the claim's id (its place in the snapshot). */
type ClaimProperties = { [K in 'sentences' | 'articleIds' | 'terms' | 'retold']-?: (c: number) => NonNullable<Claim[K]> };

/**
 * The properties `keys` of a claim restored from a snapshot, each read (see ClaimProperties) the first
 * time it is asked for and then kept as a plain value. They are own enumerable properties, as a claim
 * built here has them, so a copy made by spreading the claim (`{ ...claim, sentences }`) keeps its
 * retellings; and the getters are shared by every claim, not made for each: at BBC ×10, 20,620 claims
 * with getters of their own (and views of the snapshot's numbers) held about 20 MB.
 */
function lazyProperties(properties: ClaimProperties, keys: readonly (keyof ClaimProperties)[]): PropertyDescriptorMap {
  return Object.fromEntries(
    keys.map((key) => [
      key,
      {
        get(this: Claim): unknown {
          const value = properties[key](this.id);
          Object.defineProperty(this, key, { value, writable: true, enumerable: true, configurable: true });
          return value;
        },
        enumerable: true,
        configurable: true,
      },
    ]),
  );
}

/** The claims each sentence carries, by its article's id and its index there (see Alignment.claimsOf). */
interface CarriedClaims {
  of(articleId: string, index: number): readonly Claim[];
}

/** The claims each sentence carries, filed `slice` claims between yields. */
function* carriedInSlices(claims: readonly Claim[], slice: number): Generator<void, CarriedClaims> {
  const byArticle = new Map<string, Claim[][]>();
  const file = (sentence: Sentence, claim: Claim): void => {
    let article = byArticle.get(sentence.articleId);
    if (!article) byArticle.set(sentence.articleId, (article = []));
    const carried = article[sentence.index];
    if (carried) carried.push(claim);
    else article[sentence.index] = [claim];
  };
  for (let i = 0; i < claims.length; i++) {
    if (i > 0 && i % slice === 0) yield;
    const claim = claims[i];
    if (!claim) continue;
    for (const sentence of claim.sentences) file(sentence, claim);
    for (const sentence of claim.retold ?? []) file(sentence, claim);
  }
  return { of: (articleId, index) => byArticle.get(articleId)?.[index] ?? [] };
}

interface Prepared {
  sentences: Sentence[];
  articleOf: Int32Array;
  /** Sorted distinct term ids of sentence i: `setAt[setFirst[i]]` to `setAt[setFirst[i + 1] - 1]`. */
  setFirst: Int32Array;
  setAt: Uint32Array;
  /** Term ids in reading order, for figure contexts. */
  sequences: TermSequences;
  /** Figures written with a scale word after them ("3m"), read as the figure they stand for. */
  scaled: ScaledFigures;
  terms: readonly string[];
  documentFrequency: Int32Array;
  figure: Uint8Array;
}

/** The term sequences of the articles' sentences, tokenised here when the index does not give them. */
function readTermSequences(articles: readonly Article[]): TermSequences {
  const vocabulary = new Map<string, number>();
  const terms: string[] = [];
  const first: number[] = [0];
  const termAt: number[] = [];
  for (const article of articles) {
    for (const sentence of article.sentences) {
      for (const token of tokenize(sentence.text)) {
        const term = termOf(token.key);
        if (term === null) continue;
        let id = vocabulary.get(term);
        if (id === undefined) {
          id = terms.length;
          vocabulary.set(term, id);
          terms.push(term);
        }
        termAt.push(id);
      }
      first.push(termAt.length);
    }
  }
  return { terms, first: Int32Array.from(first), termAt: Int32Array.from(termAt) };
}

function prepare(articles: readonly Article[], sequences: TermSequences): Prepared {
  const sentences: Sentence[] = [];
  const articleOf: number[] = [];
  articles.forEach((article, a) => {
    for (const sentence of article.sentences) {
      sentences.push(sentence);
      articleOf.push(a);
    }
  });
  if (sequences.first.length !== sentences.length + 1) throw new Error('alignArticles: the term sequences do not fit the articles');
  const { terms, first, termAt } = sequences;
  const frequency = new Int32Array(terms.length);
  const setFirst = new Int32Array(sentences.length + 1);
  const setAt = new Uint32Array(termAt.length);
  // Which sentence last took each term, to keep each term once per sentence without a Set.
  const lastTaken = new Int32Array(terms.length).fill(-1);
  let filled = 0;
  for (let s = 0; s < sentences.length; s++) {
    const start = filled;
    for (let at = first[s] ?? 0; at < (first[s + 1] ?? 0); at++) {
      const id = termAt[at] ?? 0;
      if (lastTaken[id] === s) continue;
      lastTaken[id] = s;
      frequency[id] = (frequency[id] ?? 0) + 1;
      setAt[filled++] = id;
    }
    setAt.subarray(start, filled).sort();
    setFirst[s + 1] = filled;
  }
  return {
    sentences,
    articleOf: Int32Array.from(articleOf),
    setFirst,
    setAt: setAt.slice(0, filled),
    sequences,
    scaled: scaleFigures(sequences, frequency),
    terms,
    documentFrequency: frequency,
    figure: Uint8Array.from(terms, (term) => (isFigure(term) ? 1 : 0)),
  };
}

/**
 * Figures written with a scale word after them ("£3m", "$9.3bn"), read as the figure they stand
 * for: 3000000, as "three million" and "3 million" are read by the tokenizer. A value the
 * vocabulary does not hold as a term takes an id past it.
 */
interface ScaledFigures {
  /** The figure's id at a position of the term sequences that a scale word follows. */
  at: ReadonlyMap<number, number>;
  /** The id of a figure written `figure` and scaled by `scale`. */
  idOf(figure: string, scale: number): number;
  /** In how many sentences a figure's id stands, written plainly or scaled (at most). */
  frequency(id: number): number;
  /** The value a figure's id stands for ("7100000000" for "£7.1bn"). */
  amountOf(id: number): number;
}

/** The scale a scale word stands for ("m": a million), or undefined. */
const scaleOf = (term: string | undefined): number | undefined => (term === undefined ? undefined : FIGURE_SCALES[term]);

function scaleFigures(sequences: TermSequences, documentFrequency: Int32Array): ScaledFigures {
  const { terms, first, termAt } = sequences;
  let ids: Map<string, number> | undefined;
  const extra = new Map<string, number>();
  const idOf = (figure: string, scale: number): number => {
    const value = String(Math.round(Number(figure) * scale));
    ids ??= new Map(terms.map((term, id) => [term, id]));
    const known = ids.get(value) ?? extra.get(value);
    if (known !== undefined) return known;
    const id = terms.length + extra.size;
    extra.set(value, id);
    return id;
  };
  const at = new Map<number, number>();
  const scaledUse = new Map<number, number>();
  const lastCounted = new Map<number, number>();
  // Looked up by term id: a lookup by the term itself, at every position of every sentence, cost a tenth of the alignment.
  const scales = terms.map(scaleOf);
  for (let s = 0; s + 1 < first.length; s++) {
    const end = first[s + 1] ?? 0;
    for (let position = first[s] ?? 0; position + 1 < end; position++) {
      const figure = terms[termAt[position] ?? 0] ?? '';
      const scale = scales[termAt[position + 1] ?? 0];
      if (scale === undefined || !isFigure(figure)) continue;
      const id = idOf(figure, scale);
      at.set(position, id);
      if (lastCounted.get(id) === s) continue;
      lastCounted.set(id, s);
      scaledUse.set(id, (scaledUse.get(id) ?? 0) + 1);
    }
  }
  const beyond: string[] = [];
  const amountOf = (id: number): number => {
    if (id < terms.length) return Number(terms[id]);
    if (beyond.length < extra.size) for (const [value, at] of extra) beyond[at - terms.length] = value;
    return Number(beyond[id - terms.length]);
  };
  return { at, idOf, frequency: (id) => (documentFrequency[id] ?? 0) + (scaledUse.get(id) ?? 0), amountOf };
}

/** Sentence s's sorted distinct term ids. */
function setOf(prepared: Prepared, s: number): Uint32Array {
  return prepared.setAt.subarray(prepared.setFirst[s] ?? 0, prepared.setFirst[s + 1] ?? 0);
}

/** Union-find over sentences that keeps, for each group, the articles in it: a claim takes one sentence per article. */
class Groups {
  readonly #parent: Int32Array;
  readonly #articleOf: Int32Array;
  /** The articles of each group of more than one sentence, by its root; a lone sentence's are its own article's. */
  readonly #articles = new Map<number, Set<number>>();
  /** The sentences of each group of more than one sentence, by its root. */
  readonly #members = new Map<number, number[]>();
  readonly #compatible: (a: number, b: number) => boolean;
  readonly #wordingOf: (s: number) => string;

  /**
   * `compatible` says whether two sentences may share a group: every pair across two groups must
   * be, for them to merge; `wordingOf` gives a sentence's wording (its text), so copies are checked once.
   */
  constructor(articleOf: Int32Array, compatible: (a: number, b: number) => boolean = () => true, wordingOf: (s: number) => string = String) {
    this.#articleOf = articleOf;
    this.#compatible = compatible;
    this.#wordingOf = wordingOf;
    this.#parent = new Int32Array(articleOf.length);
    for (let i = 0; i < articleOf.length; i++) this.#parent[i] = i;
  }

  root(i: number): number {
    let node = i;
    while (this.#parent[node] !== node) {
      this.#parent[node] = this.#parent[this.#parent[node] ?? 0] ?? 0;
      node = this.#parent[node] ?? 0;
    }
    return node;
  }

  /** How many articles the group of sentence i holds. */
  articleCount(i: number): number {
    return this.#articles.get(this.root(i))?.size ?? 1;
  }

  /** True when the group of sentence i holds a sentence of `article`. */
  hasArticle(i: number, article: number): boolean {
    const root = this.root(i);
    const articles = this.#articles.get(root);
    return articles ? articles.has(article) : this.#articleOf[root] === article;
  }

  /** Merge the groups of `a` and `b` unless they hold sentences of the same article. */
  mergeIfDisjoint(a: number, b: number): boolean {
    let ra = this.root(a);
    let rb = this.root(b);
    if (ra === rb) return false;
    let sa = this.#articles.get(ra);
    let sb = this.#articles.get(rb);
    // The larger group takes in the smaller; the first one on a tie.
    if ((sa?.size ?? 1) < (sb?.size ?? 1)) [ra, rb, sa, sb] = [rb, ra, sb, sa];
    if (sb) {
      for (const article of sb) if (sa ? sa.has(article) : this.#articleOf[ra] === article) return false;
    } else if (sa ? sa.has(this.#articleOf[rb] ?? 0) : this.#articleOf[ra] === this.#articleOf[rb]) {
      return false;
    }
    const ma = this.#members.get(ra) ?? [ra];
    const mb = this.#members.get(rb) ?? [rb];
    if (!fitsAll(ma, mb, this.#compatible, this.#wordingOf)) return false;
    if (!sa) {
      sa = new Set([this.#articleOf[ra] ?? 0]);
      this.#articles.set(ra, sa);
    }
    if (sb) for (const article of sb) sa.add(article);
    else sa.add(this.#articleOf[rb] ?? 0);
    this.#parent[rb] = ra;
    this.#articles.delete(rb);
    this.#members.set(ra, ma.concat(mb));
    this.#members.delete(rb);
    return true;
  }
}

/** How many distinct wordings of each group a merge checks: a claim told in dozens of wordings would otherwise cost the square. */
const CHECKED_MEMBERS = 24;

/**
 * True when every checked sentence of one group may share a claim with every checked one of the
 * other: one sentence that carries two claims must not chain them into one. Copies are checked
 * once (`wordingOf` tells them apart): a library of syndicated copy holds many.
 */
function fitsAll(first: readonly number[], second: readonly number[], compatible: (a: number, b: number) => boolean, wordingOf: (s: number) => string): boolean {
  const others = distinctWordings(second, wordingOf);
  for (const a of distinctWordings(first, wordingOf)) for (const b of others) if (!compatible(a, b)) return false;
  return true;
}

/** The first sentence of each distinct wording in `group`, up to CHECKED_MEMBERS. */
function distinctWordings(group: readonly number[], wordingOf: (s: number) => string): number[] {
  const seen = new Set<string>();
  const kept: number[] = [];
  for (const s of group) {
    const wording = wordingOf(s);
    if (seen.has(wording)) continue;
    seen.add(wording);
    kept.push(s);
    if (kept.length === CHECKED_MEMBERS) break;
  }
  return kept;
}

/**
 * The candidate pairs kept for grouping, in the order they were found, as parallel arrays (there
 * are about two million at 22,000 articles). `figure` is 1 when both give the same rare figure
 * with the same rare word near it.
 */
class Edges {
  length = 0;
  a = new Int32Array(1024);
  b = new Int32Array(1024);
  dice = new Float64Array(1024);
  containment = new Float64Array(1024);
  figure = new Uint8Array(1024);

  push(a: number, b: number, dice: number, containment: number, figure: boolean): void {
    if (this.length === this.a.length) this.#grow();
    const at = this.length++;
    this.a[at] = a;
    this.b[at] = b;
    this.dice[at] = dice;
    this.containment[at] = containment;
    this.figure[at] = figure ? 1 : 0;
  }

  /** The score that picks the best match: containment plus Dice. */
  score(edge: number): number {
    return (this.containment[edge] ?? 0) + (this.dice[edge] ?? 0);
  }

  /** Indices of the edges that pass `keep`, in order. */
  where(keep: (edge: number) => boolean): Int32Array {
    const kept = new Int32Array(this.length);
    let count = 0;
    for (let edge = 0; edge < this.length; edge++) if (keep(edge)) kept[count++] = edge;
    return kept.slice(0, count);
  }

  #grow(): void {
    const size = this.a.length * 2;
    const grown = <T extends Int32Array | Float64Array | Uint8Array>(array: T, make: new (size: number) => T): T => {
      const copy = new make(size);
      copy.set(array);
      return copy;
    };
    this.a = grown(this.a, Int32Array);
    this.b = grown(this.b, Int32Array);
    this.dice = grown(this.dice, Float64Array);
    this.containment = grown(this.containment, Float64Array);
    this.figure = grown(this.figure, Uint8Array);
  }
}

/** Sort edge indices by `key`, highest first; equal keys keep their order, as a stable sort of the edges would. */
function sortDescending(indices: Int32Array, key: (edge: number) => number): Int32Array {
  const keys = new Float64Array(indices.length);
  for (let i = 0; i < indices.length; i++) keys[i] = key(indices[i] ?? 0);
  const order = new Int32Array(indices.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((x, y) => (keys[y] ?? 0) - (keys[x] ?? 0) || x - y);
  return order.map((i) => indices[i] ?? 0);
}

/**
 * Group the sentences of different articles that report the same thing. Near-linear in the
 * number of sentences: see the module comment.
 */
export function alignArticles(articles: readonly Article[], options: Partial<AlignmentOptions> = {}, sequences?: TermSequences): Alignment {
  const { settings, prepared, weight, norms, contexts, cores, anchored } = setUpAlignment(articles, options, sequences);
  const { sentences, articleOf, documentFrequency, setAt, setFirst } = prepared;
  const count = sentences.length;

  const { keyFirst, keyAt, postingFirst, postingAt } = blockingKeys(prepared, settings);
  const edges = new Edges();
  // Pairs held apart only by their names, as sentence numbers two by two.
  const apart: number[] = [];
  const seen = new Int32Array(count).fill(-1);
  // Where each key's postings pass the sentence being compared: a key's postings are the
  // sentences filed under it in order, so when sentence s comes, its own entry is next.
  const cursor = postingFirst.slice(0, -1);
  const marks = new Int32Array(documentFrequency.length).fill(-1);
  const judged = new Judged(articles, count);
  for (let s = 0; s < count; s++) {
    if (keyFirst[s] === keyFirst[s + 1]) continue;
    judged.turn++;
    for (let at = setFirst[s] ?? 0; at < (setFirst[s + 1] ?? 0); at++) marks[setAt[at] ?? 0] = s;
    for (let k = keyFirst[s] ?? 0; k < (keyFirst[s + 1] ?? 0); k++) {
      const id = keyAt[k] ?? 0;
      // Only later sentences: each pair is compared once, from its first sentence.
      const from = (cursor[id] ?? 0) + 1;
      cursor[id] = from;
      for (let p = from; p < (postingFirst[id + 1] ?? 0); p++) {
        const c = postingAt[p] ?? 0;
        if (seen[c] === s || articleOf[c] === articleOf[s]) continue;
        seen[c] = s;
        compare(prepared, weight, norms, settings, contexts, cores, anchored, marks, s, c, edges, apart, judged);
      }
    }
  }

  const groups = new Groups(
    articleOf,
    (a, b) => cores.same(a, b, anchored(a, b)),
    (s) => cores.wordingOf(s),
  );
  const core = sortDescending(
    edges.where((edge) => (edges.dice[edge] ?? 0) >= settings.coreSimilarity),
    (edge) => edges.dice[edge] ?? 0,
  );
  for (const edge of core) groups.mergeIfDisjoint(edges.a[edge] ?? 0, edges.b[edge] ?? 0);
  // Then the pairs that quote one speaker's words alike but frame them in too many other words to be
  // core edges ("Mr Mates, who is a member of …, told the BBC on Friday: '…'" / "On the question of
  // whether …, Tory MP Michael Mates told the BBC: '…'").
  const quoting = edges.where((edge) => (edges.dice[edge] ?? 0) < settings.coreSimilarity && cores.sharesQuotation(edges.a[edge] ?? 0, edges.b[edge] ?? 0));
  for (const edge of quoting) groups.mergeIfDisjoint(edges.a[edge] ?? 0, edges.b[edge] ?? 0);

  const members = new Map<number, Set<number>>();
  for (let s = 0; s < count; s++) {
    if (groups.articleCount(s) < 2) continue;
    const root = groups.root(s);
    const set = members.get(root) ?? new Set<number>();
    set.add(s);
    members.set(root, set);
  }
  // Each claim's distinct wordings, worked out once: every candidate to join it is checked against them.
  const claimWordings = new Map<number, number[]>();
  const gists = new Map<number, Gist>();
  for (const [root, set] of members) gists.set(root, gistOf(prepared, weight, [...set]));
  const fitsEdge = (edge: number, claimRoot: number, sentence: number): boolean => {
    if (edges.figure[edge] || (edges.containment[edge] ?? 0) >= settings.attachContainment) return true;
    const gist = gists.get(claimRoot);
    if (!gist) return false;
    let total = 0;
    let held = 0;
    for (let i = 0; i < gist.ids.length; i++) {
      total += gist.weights[i] ?? 0;
      if (hasTermIn(setAt, setFirst[sentence] ?? 0, setFirst[sentence + 1] ?? 0, gist.ids[i] ?? 0)) held += gist.weights[i] ?? 0;
    }
    return total > 0 && held / total >= settings.attachGist;
  };
  // Whether a sentence joined by `edge` fits a claim: related to each of its distinct wordings (see
  // `related`; those of its own article left out: two sentences of one article are never compared),
  // and close enough to the edge's other end or to what all the claim's first sentences share. The
  // edge makes it one claim with a member; the guard against the others is against what tells them
  // apart, not against wording that drifts from one telling to the next.
  const fitsWordings = (claimRoot: number, sentence: number): boolean => {
    let wordings = claimWordings.get(claimRoot);
    if (!wordings) claimWordings.set(claimRoot, (wordings = distinctWordings([...(members.get(claimRoot) ?? [])], (s) => cores.wordingOf(s))));
    return wordings.every((member) => articleOf[member] === articleOf[sentence] || cores.related(member, sentence, anchored(member, sentence)));
  };
  const fits = (edge: number, claimRoot: number, sentence: number): boolean => fitsWordings(claimRoot, sentence) && fitsEdge(edge, claimRoot, sentence);
  attach(edges, groups, members, articleOf, articles.length, fits, (a, b) => cores.wordingOf(a) === cores.wordingOf(b) || cores.same(a, b, anchored(a, b)));
  const secondClaims = pairLeftovers(
    edges,
    edges.where((edge) => edges.figure[edge] === 1 || (edges.containment[edge] ?? 0) >= settings.attachContainment),
    groups,
    members,
    articleOf,
    (a, b) => cores.wordsOf(a) >= 4 && cores.wordsOf(b) >= 4 && cores.same(a, b, anchored(a, b)),
  );
  const retold = findRetellings(edges, members, articleOf, fitsWordings, fitsEdge);
  // A sentence that tells a claim with the one that starts a second claim is what parts the two: never a retelling of the second.
  const besideHeld = new Map<number, number[]>();
  const held = new Set(secondClaims.values());
  for (const [root, set] of secondClaims.size > 0 ? members : []) {
    if (secondClaims.has(root)) continue;
    for (const s of set) if (held.has(s)) besideHeld.set(s, [...(besideHeld.get(s) ?? []), ...set]);
  }
  for (const [key, starter] of secondClaims) for (const s of besideHeld.get(starter) ?? []) retold.get(key)?.delete(s);
  // A second claim whose other sentences all retell a claim of the one that starts it is that claim told again, not a second.
  const rootsOf = new Map<number, number[]>();
  for (const [root, set] of secondClaims.size > 0 ? members : []) if (!secondClaims.has(root)) for (const s of set) if (held.has(s)) rootsOf.set(s, [...(rootsOf.get(s) ?? []), root]);
  for (const [key, starter] of secondClaims) {
    const roots = rootsOf.get(starter) ?? [];
    const others = [...(members.get(key) ?? [])].filter((s) => s !== starter);
    if (others.every((s) => roots.some((root) => retold.get(root)?.has(s)))) {
      members.delete(key);
      retold.delete(key);
    }
  }
  foldRetoldClaims(members, retold);

  const claims: Claim[] = [];
  for (const [root, set] of members) {
    const ordered = [...set].sort((x, y) => x - y);
    const claim: Claim = {
      id: claims.length,
      sentences: ordered.flatMap((s) => sentences[s] ?? []),
      articleIds: [...new Set(ordered.flatMap((s) => sentences[s]?.articleId ?? []))].sort(),
      terms: sharedTerms(prepared, ordered),
    };
    const again = retold.get(root);
    if (again) claim.retold = [...again].sort((x, y) => x - y).flatMap((s) => sentences[s] ?? []);
    claims.push(claim);
  }
  const apartByNames: NamesApart[] = [];
  for (let i = 0; i < apart.length; i += 2) {
    const [a, b] = [apart[i] ?? 0, apart[i + 1] ?? 0];
    const [first, second] = [sentences[a], sentences[b]];
    if (first && second) apartByNames.push({ a: first, b: second, terms: sharedTerms(prepared, [a, b]) });
  }
  return new Alignment(claims, undefined, apartByNames);
}

/** A claim being grown by `joinActorsAlike`: the claim it was (none for a new one) and its sentences so far. */
interface Draft {
  from?: Claim;
  sentences: Sentence[];
  terms: string[];
}

/**
 * The alignment with the pairs only their names kept apart (`apartByNames`) joined where `actors`
 * finds one actor in both ("The prime minister told MPs that rail fares would be frozen" /
 * "Mr Holt said rail fares would be frozen"): two sentences no claim holds become one claim, and a
 * sentence no claim holds joins a claim that has no sentence of its article when it is such a pair
 * with every sentence of the claim: one telling alike is no sign it tells what the others do.
 * A pair whose sentences both carry claims, or whose one carries two, is left as it is: which claim
 * it tells is not the entity reading's to say. The same alignment when none is joined.
 */
export function joinActorsAlike(alignment: Alignment, actors: SameActor): Alignment {
  const drafts = new Map<Claim, Draft>();
  const drafted = new Map<Sentence, Draft>();
  const created: Draft[] = [];
  // The draft a sentence tells, null when it carries two claims (or none yet: undefined).
  const draftOf = (sentence: Sentence): Draft | null | undefined => {
    const known = drafted.get(sentence);
    if (known) return known;
    const carried = alignment.claimsOf(sentence);
    if (carried.length > 1) return null;
    const [claim] = carried;
    if (!claim) return undefined;
    let draft = drafts.get(claim);
    if (!draft) drafts.set(claim, (draft = { from: claim, sentences: [...claim.sentences], terms: claim.terms }));
    return draft;
  };
  const join = (draft: Draft, sentence: Sentence): void => {
    draft.sentences.push(sentence);
    drafted.set(sentence, draft);
    const own = new Set(termsOf(sentence.text));
    const kept = draft.terms.filter((term) => own.has(term));
    if (kept.length > 0) draft.terms = kept;
  };
  // Each sentence's partners in pairs with one actor, read once per pair.
  const partners = new Map<Sentence, Set<Sentence>>();
  const alike = alignment.apartByNames.filter(({ a, b }) => actors(a, b));
  for (const { a, b } of alike) {
    partners.set(a, (partners.get(a) ?? new Set()).add(b));
    partners.set(b, (partners.get(b) ?? new Set()).add(a));
  }
  let joined = 0;
  for (const { a, b, terms } of alike) {
    const [first, second] = [draftOf(a), draftOf(b)];
    if (first === null || second === null || (first && second)) continue;
    const draft = first ?? second;
    const joining = first ? b : a;
    if (draft?.sentences.some((sentence) => sentence.articleId === joining.articleId || !partners.get(joining)?.has(sentence))) continue;
    joined++;
    if (draft) {
      join(draft, joining);
      continue;
    }
    const fresh: Draft = { sentences: [a], terms };
    drafted.set(a, fresh);
    created.push(fresh);
    join(fresh, b);
  }
  if (joined === 0) return new Alignment([...alignment.claims]);
  const byArticleThenIndex = (x: Sentence, y: Sentence): number => (x.articleId < y.articleId ? -1 : x.articleId > y.articleId ? 1 : x.index - y.index);
  const claimOf = (draft: Draft, id: number): Claim => {
    const sentences = [...draft.sentences].sort(byArticleThenIndex);
    return { ...draft.from, id, sentences, articleIds: [...new Set(sentences.map((sentence) => sentence.articleId))].sort(), terms: draft.terms };
  };
  const claims = alignment.claims.map((claim) => {
    const draft = drafts.get(claim);
    return draft && draft.sentences.length > claim.sentences.length ? claimOf(draft, claim.id) : claim;
  });
  for (const draft of created) claims.push(claimOf(draft, claims.length));
  return new Alignment(claims);
}

/** The kinds of entity that act in a claim: a place or an outlet named in both sentences says where or who reported, not who did it. */
const ACTOR_KINDS: ReadonlySet<string> = new Set(['person', 'organisation']);
/** True when `text` holds `name` as whole words, as written. */
function writesWhole(text: string, name: string): boolean {
  if (name.length < 2) return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!LETTER_OR_DIGIT.test(text[at - 1] ?? '') && !LETTER_OR_DIGIT.test(text[at + name.length] ?? '')) return true;
  }
  return false;
}
/**
 * What follows a name that owns the subject rather than being it: a possessive before a word in lower case ("Andy
 * Robinson's men have lost", "Mr Ebber's lawyers have said", "the Smiths' lawyer"). The men and the lawyers act, not he.
 */
const OWNER_OF_SUBJECT = /^(?:['\u2019]s?)\s+\p{Ll}/u;
/** Words a descriptor must have to stand for its entity after "the": "the prime minister", "the steel tycoon", never "the firm". */
const DESCRIPTOR_WORDS = 2;

/**
 * What the entity table says of the subjects of chosen sentences (see `readSubjects`): whom each names as its actor, and
 * whom its article has named by then, for a pronoun or a nominal to stand for.
 */
interface SubjectReading {
  /**
   * The people and organisations (entity numbers) a sentence names (the table links "Mr Holt" to "Adam Holt") or describes
   * after "the" as some article describes one its article names ("the prime minister" for Adam Holt where some article
   * writes "Prime Minister Adam Holt"; never a description two of them share), before its main predicate.
   */
  actorsOf(sentence: Sentence): ReadonlySet<number>;
  /** The people and organisations the sentence's article names in it or before it: whom its "he" or "the firm" may stand for. */
  namedBy(sentence: Sentence): (entity: number) => boolean;
  /**
   * True when some article describes the entity as `description` (lower case, without "the"): "the prime minister" may be
   * Tony Blair where some article writes "Prime Minister Tony Blair", though its own names only the chancellor.
   */
  describedAs(entity: number, description: string): boolean;
}

/** The subjects of `sentences` as the entity table reads them (see SubjectReading), their articles' mentions read in one pass. */
function readSubjects(entities: EntityTable, sentences: Iterable<Sentence>, textOf: (articleId: string) => string, readingOf: (sentence: Sentence) => ClaimSubject): SubjectReading {
  const wanted = new Set<string>();
  const wantedArticles = new Set<string>();
  for (const sentence of sentences) {
    wanted.add(sentence.id);
    wantedArticles.add(sentence.articleId);
  }
  // Where each wanted sentence names each actor, as offsets into the sentence.
  const named = new Map<string, { entity: number; at: number; end: number }[]>();
  // By article, each actor it names and the first sentence that names it.
  const inArticle = new Map<string, Map<number, number>>();
  entities.entities.forEach((entity, e) => {
    if (!ACTOR_KINDS.has(entity.kind)) return;
    // By position, not as mention objects: there are about 700,000 at BBC x10.
    for (let i = 0; i < entity.mentions.length; i++) {
      const sentence = entity.mentions.sentenceAt(i);
      if (!wantedArticles.has(sentence.articleId)) continue;
      let firsts = inArticle.get(sentence.articleId);
      if (!firsts) inArticle.set(sentence.articleId, (firsts = new Map()));
      firsts.set(e, Math.min(firsts.get(e) ?? sentence.index, sentence.index));
      if (!wanted.has(sentence.id)) continue;
      const { name } = entity.mentions.at(i);
      named.set(sentence.id, [...(named.get(sentence.id) ?? []), { entity: e, at: name.start - sentence.start, end: name.end - sentence.start }]);
    }
  });
  // Each actor's descriptors of DESCRIPTOR_WORDS words or more, lower case, made once: an actor named in many articles has
  // hundreds of descriptors, and each sentence of those articles read them all again.
  const descriptorsOf = new Map<number, string[]>();
  const longDescriptorsOf = (e: number): string[] => {
    let long = descriptorsOf.get(e);
    if (!long) {
      long = [...(entities.entities[e]?.descriptors.keys() ?? [])].map((descriptor) => descriptor.toLowerCase()).filter((words) => words.split(/\s+/u).length >= DESCRIPTOR_WORDS);
      descriptorsOf.set(e, long);
    }
    return long;
  };
  const read = new Map<string, Set<number>>();
  const actorsOf = (sentence: Sentence): Set<number> => {
    const known = read.get(sentence.id);
    if (known) return known;
    const { text } = sentence;
    const predicate = readingOf(sentence).predicateStart;
    const actors = new Set((named.get(sentence.id) ?? []).filter(({ at, end }) => at < predicate && !OWNER_OF_SUBJECT.test(text.slice(end))).map(({ entity }) => entity));
    const lower = text.toLowerCase();
    const described = new Map<string, number[]>();
    for (const e of inArticle.get(sentence.articleId)?.keys() ?? []) {
      for (const words of longDescriptorsOf(e)) {
        const at = lower.indexOf(`the ${words}`);
        const after = lower[at + words.length + 4];
        const whole = at >= 0 && !LETTER_OR_DIGIT.test(lower[at - 1] ?? '') && !LETTER_OR_DIGIT.test(after ?? '');
        if (whole && at < predicate) described.set(words, [...(described.get(words) ?? []), e]);
      }
    }
    for (const [, owners] of described) if (new Set(owners).size === 1 && owners[0] !== undefined) actors.add(owners[0]);
    read.set(sentence.id, actors);
    return actors;
  };
  // An actor's names as written, with a person's surname alone ("Hewitt" for Lleyton Hewitt).
  const writtenNamesOf = (entity: number): string[] => {
    const record = entities.entities[entity];
    if (!record) return [];
    const surname = record.kind === 'person' ? record.name.split(' ').at(-1) : undefined;
    return [record.name, ...record.aliases, ...(surname ? [surname] : [])];
  };
  // The table may hold one man as two entities ("Hewitt" in one article's headline, "Lleyton Hewitt" in another) or miss a
  // name: an article names an actor when it links a mention to him, or writes one of his names, or a person's surname, as
  // whole words in its headline or its text up to the end of the sentence.
  const namedBy = (sentence: Sentence): ((entity: number) => boolean) => {
    const firsts = inArticle.get(sentence.articleId);
    const text = textOf(sentence.articleId).slice(0, sentence.end);
    return (entity) => (firsts?.get(entity) ?? Number.POSITIVE_INFINITY) <= sentence.index || writtenNamesOf(entity).some((name) => writesWhole(text, name));
  };
  const describedAs = (entity: number, description: string): boolean =>
    [...(entities.entities[entity]?.descriptors.keys() ?? [])].some((descriptor) => descriptor.toLowerCase().replace(/^the /u, '') === description);
  return { actorsOf, namedBy, describedAs };
}

/**
 * One actor in two sentences by the entity table (see SameActor), read for the sentences `subjects` read: a person or
 * organisation each names or describes as the subject, before the main predicate (see SubjectReading). An actor named after it
 * sets the scene ("United might have scored again when substitute Tom Kell struck the post" / "Dan Varo last turned out for
 * United as a late substitute": United did only the first), which the names rule already weighs. A person one sentence
 * names and the body the other names are one actor when either article describes him as leading it
 * ("Deutsche Boerse chief Werner Seifert"; see LEADING_POSTS and `bodyLedIn`).
 */
function actorReadingOf(entities: EntityTable, subjects: SubjectReading): SameActor {
  // A person whose descriptor in either article says he leads a body the other sentence names as its actor acts for it.
  const leads = (people: ReadonlySet<number>, bodies: ReadonlySet<number>, articles: readonly string[]): boolean =>
    [...people].some((person) =>
      [...(entities.entities[person]?.descriptors ?? [])].some(([descriptor, given]) => {
        const body = bodyLedIn(descriptor);
        return body !== null && articles.some((id) => given.has(id)) && [...bodies].some((e) => e !== person && namesOf(entities, e).includes(body));
      }),
    );
  return (a, b) => {
    const [mine, theirs] = [subjects.actorsOf(a), subjects.actorsOf(b)];
    const articles = [a.articleId, b.articleId];
    return [...mine].some((entity) => theirs.has(entity)) || leads(mine, theirs, articles) || leads(theirs, mine, articles);
  };
}

/**
 * The alignment as the entity table reads its claims' actors: the pairs only their names kept apart joined where it finds one
 * actor in both (joinActorsAlike), then each sentence whose subject is a pronoun or a bare nominal taken out of a claim whose
 * actor its article has not named by then (partStrangeReferents). Run on a built alignment, never on one restored from a
 * snapshot, whose claims were read so before it was saved.
 */
export function readClaimActors(alignment: Alignment, entities: EntityTable, articles: readonly Article[]): Alignment {
  const texts = new Map(articles.map((article) => [article.id, article.text]));
  // The table's mentions are read for the sentences asked about only (each reading goes through every mention: about 700,000
  // at BBC x10): the pairs kept apart, then the claims a sentence may leave.
  const readingOf = claimSubjectReader();
  const read = (sentences: Iterable<Sentence>): SubjectReading => readSubjects(entities, sentences, (id) => texts.get(id) ?? '', readingOf);
  const joined = alignment.apartByNames.length === 0 ? alignment : joinActorsAlike(alignment, actorReadingOf(entities, read(alignment.apartByNames.flatMap(({ a, b }) => [a, b]))));
  return partAbsentPeople(partStrangeReferents(joined, read, readingOf), read, readingOf, entities);
}

/** The ClaimSubject of a sentence, read once a text for every step that asks: copies of an article repeat its sentences word for word. */
function claimSubjectReader(): (sentence: Sentence) => ClaimSubject {
  const readings = new Map<string, ClaimSubject>();
  return (sentence) => {
    let reading = readings.get(sentence.text);
    if (!reading) readings.set(sentence.text, (reading = claimSubjectOf(sentence.text)));
    return reading;
  };
}

/** The alignment without, in each claim, the sentences of the articles `goneOf` it names (see withoutArticles); the same alignment when it names none. */
function partArticles(alignment: Alignment, goneOf: (claim: Claim) => ReadonlySet<string>): Alignment {
  let parted = 0;
  const claims: Claim[] = [];
  for (const claim of alignment.claims) {
    const gone = goneOf(claim);
    if (gone.size === 0) {
      claims.push(claim);
      continue;
    }
    parted++;
    const left = withoutArticles(claim, gone);
    if (left) claims.push(left);
  }
  if (parted === 0) return alignment;
  return new Alignment(claims.map((claim, id) => ({ ...claim, id })));
}

/**
 * Where the main clause of a sentence may open, for its subject: past an opening clause that frames a speech act (see
 * `openingFrameEnd`) or one of condition, time or cause up to its comma ("But if convicted, he could face …", "When the
 * bank cut the rate, it …"), whose own verb ("convicted") is no predicate of the main clause's subject.
 */
function subjectStartOf(text: string, tokens: readonly Token[]): number {
  let at = 0;
  while (LEADING_ADVERBS.has(tokens[at]?.key ?? '')) at++;
  if (!FRONTING_CONJUNCTIONS.has(tokens[at]?.key ?? '')) return openingFrameEnd(text, tokens);
  for (let i = at + 1; i < tokens.length; i++) if (CLAUSE_MARK.test(text.slice(tokens[i - 1]?.end ?? 0, tokens[i]?.start ?? 0))) return i;
  return openingFrameEnd(text, tokens);
}

/**
 * How a sentence's subject refers: a personal pronoun ("he", "they"), or a definite description in lower case ("the firm",
 * "the prime minister"), with its words after "the" as `description`.
 */
type ReferringSubject = { kind: 'pronoun' } | { kind: 'nominal'; description: string };

/**
 * How a claim's sentence acts: how its subject refers, when it only refers (see `referringSubjectOf`), and the search term
 * of its main predicate, read past an opening clause (see `subjectStartOf`), or null.
 */
interface ClaimSubject {
  subject: ReferringSubject | null;
  act: string | null;
  /**
   * True when the words before its main predicate write no name: no capital past the sentence's first word ("Among the
   * charges he faces are …", "The target is …"), the pronoun "I" aside. False when no predicate is found.
   */
  nameless: boolean;
  /** Where its main predicate starts in the text, or -1 when none is found: a name an actor needs before it (see `readSubjects`). */
  predicateStart: number;
}

/** The ClaimSubject of `text`, its main predicate found once for all four. */
function claimSubjectOf(text: string): ClaimSubject {
  const tokens = tokenize(text);
  const spans = backgroundSpansOf(text);
  const from = subjectStartOf(text, tokens);
  const { at } = mainPredicateOf(text, tokens, spans, from);
  const key = tokens[at]?.key;
  const nameless = at >= 0 && tokens.slice(1, at).every((token) => token.key === 'i' || !CAPITAL_INITIAL.test(text.slice(token.start, token.end)));
  return { subject: referringSubjectOf(text, tokens, spans, from, at), act: key === undefined ? null : termOf(key), nameless, predicateStart: tokens[at]?.start ?? -1 };
}

/** The words of a verb group that open it after its subject ("he could face", "the firm has said"). */
const VERB_GROUP_OPENERS: ReadonlySet<VerbGroupKind> = new Set(['auxiliary', 'modal']);
/** Words a bare nominal subject may run to: "the firm", "the former chief executive", "the 58-year-old". */
const NOMINAL_WORDS = 4;

/**
 * How the subject of a sentence refers, when it is no name: a pronoun or a definite description standing alone just
 * before its verb group ("If convicted, he could face …", "But the firm said …", "The 58-year-old has denied …"); null for
 * a name, a possessive ("his lawyer") or a sentence whose main predicate is not found. What a pronoun or a nominal
 * stands for is read from its article's earlier sentences; the words of the sentence say only that it refers.
 */
function referringSubjectOf(text: string, tokens: readonly Token[], spans: ReturnType<typeof backgroundSpansOf>, from: number, at: number): ReferringSubject | null {
  if (at < 0) return null;
  // The subject ends where its verb group opens, and starts after the last comma before it (an opening clause of
  // condition, time or place: "If convicted, he could face").
  let end = from;
  while (end < at && !VERB_GROUP_OPENERS.has(VERB_GROUP.get(tokens[end]?.key ?? '') ?? 'filler')) end++;
  let start = from;
  for (let i = from + 1; i < end; i++) if (CLAUSE_MARK.test(text.slice(tokens[i - 1]?.end ?? 0, tokens[i]?.start ?? 0))) start = i;
  const words = tokens.slice(start, end).filter((token) => !insideAny(spans, token));
  while (words.length > 1 && LEADING_ADVERBS.has(words[0]?.key ?? '')) words.shift();
  // "he also said", "the firm has now": an adverb before the verb is no part of the subject.
  while (words.length > 1 && VERB_GROUP.get(words.at(-1)?.key ?? '') === 'filler') words.pop();
  const [first] = words;
  if (!first) return null;
  // "they" is left out: a group goes by many names its article may write in another form ("They have said …" after "the
  // Liberal Democrats", for a claim of "Lib Dem home affairs spokesman Mark Oaten"), which the table does not link.
  if (words.length === 1 && PERSONAL.get(first.key)?.plural === false) return { kind: 'pronoun' };
  // "The firm" opening the sentence is capitalised for that alone; a capital after it is a name ("the Tory leader").
  const bare = words.slice(1).every((token) => !CAPITAL_INITIAL.test(text.slice(token.start, token.end)));
  const description = text.slice(words[1]?.start ?? 0, words.at(-1)?.end ?? 0).toLowerCase();
  return first.key === 'the' && words.length >= 2 && words.length <= NOMINAL_WORDS && bare ? { kind: 'nominal', description } : null;
}

/**
 * The alignment with each claim's sentences whose subject only refers (see `referringSubjectOf`) taken out where their
 * article has named none of the actors the claim's other sentences name as theirs, by the time it tells it: "If convicted,
 * he could face up to 21 years in prison" of an article on a singer's trial is no telling of "Mr Ebbers could face a
 * sentence of 85 years if convicted", however many words of the predicate the two share. A claim whose sentences name no
 * actor, or only refer, is kept as it is: whom they stand for, the claim does not say. A claim left with one article is
 * no longer one.
 */
function partStrangeReferents(alignment: Alignment, read: (sentences: Iterable<Sentence>) => SubjectReading, readingOf: (sentence: Sentence) => ClaimSubject): Alignment {
  // Only a sentence telling the act the others tell ("he could face" / "Mr Ebbers could face") is weighed: with another
  // predicate, what the two share may be told of someone else in a clause of its own. The claims with such a sentence are
  // the only ones whose actors the table is asked for.
  const weighed = new Map<Claim, { referring: Map<Sentence, ReferringSubject>; acts: Set<string | null> }>();
  for (const claim of alignment.claims) {
    const referring = new Map<Sentence, ReferringSubject>();
    for (const sentence of claim.sentences) {
      const { subject } = readingOf(sentence);
      if (subject) referring.set(sentence, subject);
    }
    if (referring.size === 0 || referring.size === claim.sentences.length) continue;
    const acts = new Set(claim.sentences.filter((sentence) => !referring.has(sentence)).map((sentence) => readingOf(sentence).act));
    if ([...referring.keys()].some((sentence) => acts.has(readingOf(sentence).act))) weighed.set(claim, { referring, acts });
  }
  if (weighed.size === 0) return alignment;
  const subjects = read([...weighed.keys()].flatMap((claim) => claim.sentences));
  return partArticles(alignment, (claim) => {
    const reading = weighed.get(claim);
    if (!reading) return new Set();
    const { referring, acts } = reading;
    const naming = claim.sentences.filter((sentence) => !referring.has(sentence)).map((sentence) => subjects.actorsOf(sentence));
    // The claim's actor is known when every sentence that does not only refer names one.
    const known = referring.size > 0 && naming.length > 0 && naming.every((actors) => actors.size > 0);
    const actors = naming.flatMap((found) => [...found]);
    const canBe = (sentence: Sentence, subject: ReferringSubject): boolean => {
      const named = subjects.namedBy(sentence);
      return actors.some((actor) => named(actor) || (subject.kind === 'nominal' && subjects.describedAs(actor, subject.description)));
    };
    const strangers = known ? [...referring].filter(([sentence, subject]) => acts.has(readingOf(sentence).act) && !canBe(sentence, subject)).map(([sentence]) => sentence) : [];
    return new Set(strangers.map((sentence) => sentence.articleId));
  });
}

/** The claim without the sentences of the articles `gone`, or null when it is left with one article, and so no longer one. */
function withoutArticles(claim: Claim, gone: ReadonlySet<string>): Claim | null {
  const sentences = claim.sentences.filter((sentence) => !gone.has(sentence.articleId));
  const articleIds = claim.articleIds.filter((id) => !gone.has(id));
  if (articleIds.length < 2) return null;
  const { retold, ...kept } = claim;
  const retoldKept = retold?.filter((sentence) => !gone.has(sentence.articleId)) ?? [];
  return { ...kept, sentences, articleIds, ...(retoldKept.length > 0 && { retold: retoldKept }) };
}

/**
 * The alignment with each claim's sentences that name no one before their main predicate (see `ClaimSubject.nameless`)
 * taken out where their article never names, anywhere, a person every other sentence of the claim names as its actor:
 * "Among the charges he faces are conspiracy to commit fraud …" in an article on another firm's former boss tells
 * nothing of "Mr Ebbers has denied charges of fraud and conspiracy" and "Mr Ebbers has pleaded not guilty to charges of
 * fraud and conspiracy". Unlike `partStrangeReferents`, any act is weighed and the whole article is read: an article
 * that never writes a person's name does not tell what he did. At least two sentences must name the person: one
 * sentence's reading of its actor is too little to part another article on. Only people are read: a body goes by names
 * its article may write in another form ("the Tories" for a claim of "Conservative co-chairman Liam Fox"). A nominal some
 * article describes one of the people as ("the prime minister") stays. A claim left with one article is no longer one.
 */
function partAbsentPeople(alignment: Alignment, read: (sentences: Iterable<Sentence>) => SubjectReading, readingOf: (sentence: Sentence) => ClaimSubject, entities: EntityTable): Alignment {
  const weighed = alignment.claims.filter((claim) => claim.sentences.some((sentence) => readingOf(sentence).nameless));
  if (weighed.length === 0) return alignment;
  const subjects = read(weighed.flatMap((claim) => claim.sentences));
  const strangersOf = (claim: Claim): Set<string> => {
    const nameless = claim.sentences.filter((sentence) => readingOf(sentence).nameless && subjects.actorsOf(sentence).size === 0);
    const naming = claim.sentences.filter((sentence) => !nameless.includes(sentence)).map((sentence) => subjects.actorsOf(sentence));
    if (nameless.length === 0 || naming.length < 2) return new Set();
    const [first, ...rest] = naming;
    const people = [...(first ?? [])].filter((e) => entities.entities[e]?.kind === 'person' && rest.every((actors) => actors.has(e)));
    if (people.length === 0) return new Set();
    const strangers = nameless.filter((sentence) => {
      const whole = { ...sentence, index: Number.MAX_SAFE_INTEGER, end: Number.MAX_SAFE_INTEGER };
      const named = subjects.namedBy(whole);
      const { subject } = readingOf(sentence);
      return !people.some((e) => named(e) || (subject?.kind === 'nominal' && subjects.describedAs(e, subject.description)));
    });
    return new Set(strangers.map((sentence) => sentence.articleId));
  };
  const toWeigh = new Set(weighed);
  return partArticles(alignment, (claim) => (toWeigh.has(claim) ? strangersOf(claim) : new Set()));
}

/** An entity's name and aliases, lower case, as a descriptor writes them. */
function namesOf(entities: EntityTable, e: number): string[] {
  const entity = entities.entities[e];
  return entity ? [entity.name, ...entity.aliases].map((name) => name.toLowerCase()) : [];
}

const LEADING_POST = [...LEADING_POSTS].sort((x, y) => y.length - x.length).join('|');
/** A descriptor that is a post of LEADING_POSTS and a body's name, nothing else: "Deutsche Boerse chief", "the LSE's chief executive", "head of Menatep". */
const LEADING_DESCRIPTOR = new RegExp(`^(?:the )?(.+?)(?:'s|\u2019s)? (?:${LEADING_POST})$|^(?:the )?(?:${LEADING_POST}) of (?:the )?(.+)$`, 'u');

/**
 * The body, lower case, that a person's descriptor says he leads, or null: a qualifier that is no part of the body's name
 * ("former Yukos boss", "deputy head of Menatep") leaves a string no entity is named, and so names no body he leads.
 */
function bodyLedIn(descriptor: string): string | null {
  const match = LEADING_DESCRIPTOR.exec(descriptor.toLowerCase());
  return match?.[1] ?? match?.[2] ?? null;
}

/** What every comparison of two sentences reads: the term weights, the figure contexts and the claim cores. */
interface AlignmentSetUp {
  settings: AlignmentOptions;
  prepared: Prepared;
  weight: Float64Array;
  norms: Float64Array;
  contexts: FigureContexts;
  cores: ClaimCores;
  anchored: (a: number, b: number) => FigureAnchor;
}

function setUpAlignment(articles: readonly Article[], options: Partial<AlignmentOptions>, sequences: TermSequences | undefined): AlignmentSetUp {
  const settings = { ...DEFAULT_ALIGNMENT_OPTIONS, ...options };
  const prepared = prepare(articles, sequences ?? readTermSequences(articles));
  const { sentences, documentFrequency, setAt, setFirst } = prepared;
  const count = sentences.length;
  const weight = new Float64Array(documentFrequency.length);
  for (let id = 0; id < weight.length; id++) weight[id] = Math.log((count + 1) / ((documentFrequency[id] ?? 0) + 1));
  const norms = new Float64Array(count);
  for (let s = 0; s < count; s++) {
    let norm = 0;
    for (let at = setFirst[s] ?? 0; at < (setFirst[s + 1] ?? 0); at++) norm += weight[setAt[at] ?? 0] ?? 0;
    norms[s] = norm;
  }
  const anchorUse = Math.max(5, settings.anchorShare * count);
  const contexts = new FigureContexts(prepared, settings, anchorUse);
  const cores = new ClaimCores(prepared, weight, settings, anchorUse);
  return { settings, prepared, weight, norms, contexts, cores, anchored: (a, b) => contexts.share(a, b, anchorUse) };
}

/** Why the alignment would or would not read two sentences as one claim (see `explainPairs`). */
export interface PairExplanation {
  /** True when the two share a blocking key, so they are compared at all. */
  blocked: boolean;
  /** Weighted Dice and containment over all their search terms, and the terms they share. */
  dice: number;
  containment: number;
  sharedTerms: number;
  /** How they share a rare figure: with a word near it, with its unit, or not at all. */
  figure: FigureAnchor;
  /** The rule that makes them one claim, or null. */
  reason: SameClaimReason | null;
  /** The claim test's own figures: core words shared, their containment and Dice, and whether they name only strangers. */
  core: CoreComparison;
}

/**
 * For an evaluation's error list: a function telling, for two sentences of these articles, what the
 * alignment sees of them, so a miss can be traced to its step (never compared, compared but not
 * the same claim, or the same claim but grouped apart). Sets up as much as `alignArticles` does.
 */
export function explainPairs(articles: readonly Article[], options: Partial<AlignmentOptions> = {}): (a: Sentence, b: Sentence) => PairExplanation | undefined {
  const { settings, prepared, weight, norms, contexts, cores, anchored } = setUpAlignment(articles, options, undefined);
  const positions = new Map(prepared.sentences.map((sentence, s) => [sentence.id, s]));
  const { keyFirst, keyAt } = blockingKeys(prepared, settings);
  const keysOf = (s: number): Set<number> => new Set(keyAt.subarray(keyFirst[s] ?? 0, keyFirst[s + 1] ?? 0));
  return (first, second) => {
    const a = positions.get(first.id);
    const b = positions.get(second.id);
    if (a === undefined || b === undefined) return undefined;
    const theirs = keysOf(b);
    const mine = new Set(setOf(prepared, a));
    let overlap = 0;
    let sharedTerms = 0;
    for (const id of setOf(prepared, b)) {
      if (!mine.has(id)) continue;
      sharedTerms++;
      overlap += weight[id] ?? 0;
    }
    const figure = contexts.share(a, b);
    const core: CoreComparison = { shared: 0, containment: 0, dice: 0, strangers: false, sharedNames: 0 };
    const reason = cores.reasonOf(a, b, figure === null ? null : anchored(a, b), core);
    return {
      blocked: [...keysOf(a)].some((id) => theirs.has(id)),
      dice: (2 * overlap) / ((norms[a] ?? 0) + (norms[b] ?? 0) || 1),
      containment: overlap / (Math.min(norms[a] ?? 0, norms[b] ?? 0) || 1),
      sharedTerms,
      figure,
      reason,
      core,
    };
  };
}

/**
 * Each sentence's blocking keys (its rarest terms used by 2 to `maxPosting` sentences, rarest
 * first, ties by term id) and each term's postings (the sentences filed under it, in order), as
 * flat arrays: sentence s's keys are `keyAt[keyFirst[s]]` to `keyAt[keyFirst[s + 1] - 1]`, term
 * t's postings `postingAt[postingFirst[t]]` to `postingAt[postingFirst[t + 1] - 1]`.
 */
function blockingKeys(prepared: Prepared, settings: AlignmentOptions): { keyFirst: Int32Array; keyAt: Int32Array; postingFirst: Int32Array; postingAt: Int32Array } {
  const { setAt, setFirst, documentFrequency } = prepared;
  const count = setFirst.length - 1;
  const keyFirst = new Int32Array(count + 1);
  const keys: number[] = [];
  // Rarity and id in one number, so a numeric sort orders by both: term ids stay below 2^31.
  const ranked: number[] = [];
  const postingCount = new Int32Array(documentFrequency.length);
  for (let s = 0; s < count; s++) {
    ranked.length = 0;
    for (let at = setFirst[s] ?? 0; at < (setFirst[s + 1] ?? 0); at++) {
      const id = setAt[at] ?? 0;
      const df = documentFrequency[id] ?? 0;
      if (df >= 2 && df <= settings.maxPosting) ranked.push(df * 0x80000000 + id);
    }
    if (ranked.length > 1) ranked.sort((x, y) => x - y);
    const taken = Math.min(ranked.length, settings.blockingTerms);
    for (let i = 0; i < taken; i++) {
      const id = (ranked[i] ?? 0) % 0x80000000;
      keys.push(id);
      postingCount[id] = (postingCount[id] ?? 0) + 1;
    }
    keyFirst[s + 1] = keys.length;
  }
  const postingFirst = new Int32Array(documentFrequency.length + 1);
  for (let id = 0; id < postingCount.length; id++) postingFirst[id + 1] = (postingFirst[id] ?? 0) + (postingCount[id] ?? 0);
  const postingAt = new Int32Array(keys.length);
  const filled = postingFirst.slice(0, -1);
  for (let s = 0; s < count; s++) {
    for (let k = keyFirst[s] ?? 0; k < (keyFirst[s + 1] ?? 0); k++) {
      const id = keys[k] ?? 0;
      const at = filled[id] ?? 0;
      filled[id] = at + 1;
      postingAt[at] = s;
    }
  }
  return { keyFirst, keyAt: Int32Array.from(keys), postingFirst, postingAt };
}

/** Compare sentence a, whose terms are marked with `a` in `marks`, with sentence b, and keep the pair in `edges` if it may align. */
function compare(
  prepared: Prepared,
  weight: Float64Array,
  norms: Float64Array,
  settings: AlignmentOptions,
  contexts: FigureContexts,
  cores: ClaimCores,
  anchored: (a: number, b: number) => FigureAnchor,
  marks: Int32Array,
  a: number,
  b: number,
  edges: Edges,
  apart: number[],
  judged: Judged,
): void {
  const first = judged.copyOf[b] ?? b;
  const state = cores.stateOf(b);
  let dice: number;
  let containment: number;
  let wordy: boolean;
  let figure: FigureAnchor;
  let verdict: Verdict;
  if (judged.by[first] === judged.turn && judged.state[first] === state) {
    dice = judged.dice[first] ?? 0;
    containment = judged.containment[first] ?? 0;
    wordy = judged.wordy[first] === 1;
    figure = judged.figure[first] ?? null;
    verdict = judged.verdict[first] ?? 'unweighed';
  } else {
    // One pass over b's sorted terms finds the shared ones in the order a merge of the two sets
    // would, so the weights add up to the same sum; this runs for every candidate pair.
    const { setAt, setFirst, sentences } = prepared;
    let shared = 0;
    let overlap = 0;
    if (sentences[a]?.text === sentences[b]?.text) {
      // A copy (a fifth of the pairs at BBC x10) shares every term, and the pass would add their weights in the order
      // b's norm was summed in: the same sum.
      shared = (setFirst[b + 1] ?? 0) - (setFirst[b] ?? 0);
      overlap = norms[b] ?? 0;
    } else {
      for (let j = setFirst[b] ?? 0, end = setFirst[b + 1] ?? 0; j < end; j++) {
        const id = setAt[j] ?? 0;
        if (marks[id] === a) {
          shared++;
          overlap += weight[id] ?? 0;
        }
      }
    }
    dice = (2 * overlap) / ((norms[a] ?? 0) + (norms[b] ?? 0) || 1);
    containment = overlap / (Math.min(norms[a] ?? 0, norms[b] ?? 0) || 1);
    wordy = shared >= settings.minSharedTerms;
    const farReads = cores.farReads;
    figure = contexts.share(a, b);
    verdict = !figure && !(wordy && (dice >= settings.coreSimilarity || containment >= settings.candidateContainment)) ? 'unweighed' : cores.sameOrApart(a, b, figure === null ? null : anchored(a, b));
    // Weighing that changed a core may give another verdict for the next copy: it is weighed again.
    if (cores.farReads !== farReads) judged.turn++;
    else judged.file(first, state, dice, containment, wordy, figure, verdict);
  }
  if (verdict === 'unweighed') return;
  if (verdict !== 'same') {
    if (verdict === 'apart') apart.push(a, b);
    return;
  }
  if (wordy) edges.push(a, b, dice, containment, figure !== null);
  else edges.push(a, b, 0, 0, figure !== null);
}

/** What comparing a pair found: `unweighed` when too little is shared to weigh it as a claim (see `compare`). */
type Verdict = 'same' | 'apart' | null | 'unweighed';

/**
 * What `compare` found for the sentence being compared and each candidate, filed under the candidate's first copy: a
 * candidate whose article repeats an earlier one's sentences, text for text, is read and weighed as that copy (its core
 * and figures come from its words, its names from its article's), so the sentence is judged against the ten copies of
 * a story at BBC ×10 once, not ten times. A verdict holds for the `turn` it was found in (a new one for each sentence
 * compared, and after weighing that changed a core, see `ClaimCores.farReads`) and for a candidate whose core is in
 * the state the first copy's was (see `ClaimCores.stateOf`).
 */
class Judged {
  /** By sentence: the same place in the first article of the same format and bytes, or the sentence itself. */
  readonly copyOf: Int32Array;
  turn = 0;
  /** By first copy: the turn its verdict was found in, the state of the candidate's core then, and what was found. */
  readonly by: Int32Array;
  readonly state: Int8Array;
  readonly dice: Float64Array;
  readonly containment: Float64Array;
  readonly wordy: Uint8Array;
  readonly figure: FigureAnchor[];
  readonly verdict: Verdict[];

  constructor(articles: readonly Article[], count: number) {
    this.copyOf = new Int32Array(count);
    this.by = new Int32Array(count).fill(-1);
    this.state = new Int8Array(count);
    this.dice = new Float64Array(count);
    this.containment = new Float64Array(count);
    this.wordy = new Uint8Array(count);
    this.figure = new Array(count);
    this.verdict = new Array(count);
    // Where each article's sentences start, to find a copy's first's.
    const firstSentence = new Int32Array(articles.length);
    const first = firstCopies(articles);
    let at = 0;
    articles.forEach((article, a) => {
      firstSentence[a] = at;
      const from = firstSentence[first[a] ?? a] ?? at;
      for (let i = 0; i < article.sentences.length; i++) this.copyOf[at + i] = from + i;
      at += article.sentences.length;
    });
  }

  /** What was found for the candidate whose first copy is `first`, in this turn. */
  file(first: number, state: number, dice: number, containment: number, wordy: boolean, figure: FigureAnchor, verdict: Verdict): void {
    this.by[first] = this.turn;
    this.state[first] = state;
    this.dice[first] = dice;
    this.containment[first] = containment;
    this.wordy[first] = wordy ? 1 : 0;
    this.figure[first] = figure;
    this.verdict[first] = verdict;
  }
}

/**
 * The rare figures of each sentence with the rare words near them, worked out once per sentence.
 * Two sentences that give the same figure with the same word near it ("1,000 soldiers ...
 * demining" and "1,000 demining specialists") tell one fact, however the rest is worded.
 */
class FigureContexts {
  readonly #cache: (Map<number, FigureContext> | undefined)[];
  /** 1 for a sentence with a rare figure: only those have contexts, so most pairs are settled here. */
  readonly #hasRareFigure: Uint8Array;
  readonly #prepared: Prepared;
  readonly #settings: AlignmentOptions;
  /** In how many sentences each rare figure stands with each unit, keyed `figure * terms + unit`. */
  readonly #unitUse = new Map<number, number>();
  /** In how many sentences each rare figure stands with each word near it, keyed `figure * NEAR_KEY + word`. */
  readonly #nearUse = new Map<number, number>();

  /** `anchorUse`: how many sentences at most give a figure that anchors on its own; up to COMMON_FIGURE times that many, one anchors only with a word near it few of them give. */
  constructor(prepared: Prepared, settings: AlignmentOptions, anchorUse: number) {
    this.#prepared = prepared;
    this.#settings = settings;
    const { sequences, figure, terms, scaled } = prepared;
    const count = sequences.first.length - 1;
    this.#cache = new Array(count);
    this.#hasRareFigure = new Uint8Array(count);
    const lastCounted = new Map<number, number>();
    const lastNear = new Map<number, number>();
    for (let s = 0; s < count; s++) {
      const end = sequences.first[s + 1] ?? 0;
      for (let at = sequences.first[s] ?? 0; at < end; at++) {
        if (!figure[sequences.termAt[at] ?? 0]) continue;
        const id = scaled.at.get(at) ?? sequences.termAt[at] ?? 0;
        const use = scaled.frequency(id);
        if (use > settings.maxPosting) continue;
        this.#hasRareFigure[s] = 1;
        if (use > anchorUse && use <= anchorUse * COMMON_FIGURE) this.#countNear(s, at, id, lastNear);
        // A scaled figure's unit comes after its scale word: "£3m deal".
        const next = scaled.at.has(at) ? at + 2 : at + 1;
        const unit = next < end ? (sequences.termAt[next] ?? 0) : -1;
        if (unit < 0 || !this.#isUnit(unit)) continue;
        const key = id * terms.length + unit;
        if (lastCounted.get(key) === s) continue;
        lastCounted.set(key, s);
        this.#unitUse.set(key, (this.#unitUse.get(key) ?? 0) + 1);
      }
    }
  }

  /** Count, once per sentence, each rare word within the window around the figure `id` at position `at` of sentence s. */
  #countNear(s: number, at: number, id: number, lastCounted: Map<number, number>): void {
    const { sequences, figure, documentFrequency } = this.#prepared;
    const { maxPosting, figureWindow } = this.#settings;
    const from = Math.max(sequences.first[s] ?? 0, at - figureWindow);
    const to = Math.min((sequences.first[s + 1] ?? 0) - 1, at + figureWindow);
    for (let j = from; j <= to; j++) {
      const other = sequences.termAt[j] ?? 0;
      if (figure[other] || (documentFrequency[other] ?? 0) > maxPosting) continue;
      const key = id * NEAR_KEY + other;
      if (lastCounted.get(key) === s) continue;
      lastCounted.set(key, s);
      this.#nearUse.set(key, (this.#nearUse.get(key) ?? 0) + 1);
    }
  }

  /**
   * A word after a figure counts what it measures ("firms"), unless it dates it ("19 December") or
   * is an ordinal's ending ("19th" is read as "19" and "th"): a unit is a word of three letters or more.
   */
  #isUnit(id: number): boolean {
    const term = this.#prepared.terms[id] ?? '';
    return this.#prepared.figure[id] === 0 && LETTERS_ONLY.test(term) && !CALENDAR_WORDS.has(term);
  }

  #of(s: number): Map<number, FigureContext> {
    let result = this.#cache[s];
    if (result) return result;
    result = new Map();
    const { sequences, figure, documentFrequency, scaled } = this.#prepared;
    const { maxPosting, figureWindow } = this.#settings;
    const from = sequences.first[s] ?? 0;
    const sequence = sequences.termAt.subarray(from, sequences.first[s + 1] ?? 0);
    for (let i = 0; i < sequence.length; i++) {
      if (!figure[sequence[i] ?? 0]) continue;
      const isScaled = scaled.at.has(from + i);
      const id = scaled.at.get(from + i) ?? sequence[i] ?? 0;
      if (scaled.frequency(id) > maxPosting) continue;
      const context = result.get(id) ?? { near: new Set<number>(), units: new Set<number>() };
      for (let j = Math.max(0, i - figureWindow); j <= Math.min(sequence.length - 1, i + figureWindow); j++) {
        const other = sequence[j] ?? 0;
        if (!figure[other] && (documentFrequency[other] ?? 0) <= maxPosting) context.near.add(other);
      }
      const unit = sequence[isScaled ? i + 2 : i + 1];
      if (unit !== undefined && this.#isUnit(unit)) context.units.add(unit);
      result.set(id, context);
    }
    this.#cache[s] = result;
    return result;
  }

  /**
   * How both sentences give the same rare figure: with the same rare word near it (`near`), or
   * with the same unit straight after it, a pair of figure and unit no more sentences than
   * `usedBy` give (`unit`); null when they do not. With `usedBy`, only a figure no more sentences
   * than that give anchors by the words near it.
   */
  share(a: number, b: number, usedBy = Infinity): FigureAnchor {
    if (!this.#hasRareFigure[a] || !this.#hasRareFigure[b]) return null;
    const first = this.#of(a);
    const { scaled, terms } = this.#prepared;
    let found: FigureAnchor = null;
    for (const [figure, theirs] of this.#of(b)) {
      const mine = first.get(figure);
      if (!mine) continue;
      // A figure up to twice as common ("150,000": a tsunami's dead, a tax threshold) still anchors
      // with a word that few of its sentences give near it ("threshold").
      const use = scaled.frequency(figure);
      for (const id of theirs.near) {
        // The figure's unit in both ("1.3 megapixel images" / "a 1.3 megapixel camera") is what it measures, not a word near
        // it that tells the same fact: a unit alike anchors only as a unit (below).
        if (mine.units.has(id) && theirs.units.has(id)) continue;
        if (mine.near.has(id) && (use <= usedBy || (use <= usedBy * COMMON_FIGURE && (this.#nearUse.get(figure * NEAR_KEY + id) ?? 0) <= usedBy))) return 'near';
      }
      for (const unit of theirs.units) if (mine.units.has(unit) && (this.#unitUse.get(figure * terms.length + unit) ?? 0) <= usedBy) found = 'unit';
    }
    return found;
  }
}

/** How many times more sentences than an anchoring figure may give a figure that anchors only with a rare word near it. */
const COMMON_FIGURE = 2;
/** Term ids stay below this (a vocabulary of four million words), so `figure * NEAR_KEY + word` keys a pair of figure and word. */
const NEAR_KEY = 2 ** 22;

/** A rare figure's words in one sentence: the rare ones near it, and the one straight after it (its unit: "firms" in "3,000 firms"). */
interface FigureContext {
  near: Set<number>;
  units: Set<number>;
}

/**
 * How two sentences share a rare figure: with the same rare word near it (`near`: "1,000 ...
 * demining"), or only with the same word straight after it, its unit (`unit`: "3,000 firms"), which
 * anchors only when the pair of figure and unit is rare and the two name one actor alike.
 */
export type FigureAnchor = 'near' | 'unit' | null;

/** The rule that makes two sentences one claim: a copy, overlapping cores, a figure anchor, five names alike (and three core words), a rare phrase. */
export type SameClaimReason = 'copy' | 'core' | 'figure' | 'names' | 'phrase' | 'quote';

/** What the claim test measured of two sentences: shared core words, their containment and Dice, names alike, and whether both name only strangers. */
export interface CoreComparison {
  shared: number;
  containment: number;
  dice: number;
  sharedNames: number;
  strangers: boolean;
  /** True when something tells them apart whatever they share: other people, other months, opposite polarity, other predicates. */
  conflict?: boolean;
}

/** A sentence's core: what it claims, less who it names and how it frames the telling. */
interface Core {
  /** Sorted term ids of the words that make the claim: not names, not figures, not framing words. */
  content: Int32Array;
  /** Their summed weight. */
  norm: number;
  /** Figure term ids, years left out (a year dates a claim, it does not make one). */
  figures: ReadonlySet<number>;
  /** Figure term ids written straight after a name ("Section 404", "Airbus A380"): they name a thing, they do not measure it. */
  identifiers: ReadonlySet<number>;
  /** Figure term ids written as sums of money ("£150,000", "1.55bn euros"; see CURRENCY_MARKS). */
  money: ReadonlySet<number>;
  /** Figure term ids written as shares ("83%", "4.75 per cent"). */
  shares: ReadonlySet<number>;
  /** Figure term ids written in digits with a scale word and then a currency word ("14bn euros"). */
  pricedIn: ReadonlySet<number>;
  /** Sums of money given in brackets straight after another sum, as its conversion ("$27bn (£14bn)"; see CONVERSION_BETWEEN). */
  conversions: ReadonlySet<number>;
  /** Figure term ids written with a scale word and no currency ("the women's 60m"): sixty million or sixty metres. */
  bareScaled: ReadonlySet<number>;
  /** Figure term ids written to PRECISE_DIGITS significant digits or more ("$55.67", "4,172"): two stories do not give such a figure alike by chance. */
  precise: ReadonlySet<number>;
  /** The months it names ("in December"): when what it tells happened; not one named only in a comparison with another reading ("up from … in November", see COMPARISON_OPENERS). */
  months: ReadonlySet<number>;
  /** Figures it gives only in a comparison with another period's reading ("after a 0.6% rise in November"; see COMPARISON_OPENERS). */
  comparedOnly: ReadonlySet<number>;
  /** Years it gives ("1983", "2010"), which are no figures of the claim (they date it). */
  years: ReadonlySet<number>;
  /**
   * The years it tells what it tells in or by (after a word of YEAR_DATING_WORDS or a month: "in January 2003", "by
   * 2010"), outside background and comparisons: not a year that names a thing ("his 2006 budget", "in 2004 Olympic
   * trials") or opens a span ("since 1997").
   */
  dated: ReadonlySet<number>;
  /** Term ids of the names it gives: who the claim is about. */
  names: ReadonlySet<number>;
  /** The first word's term id when it is capitalised (-1 when not): a name or just a sentence's start. */
  lead: number;
  contentSet: ReadonlySet<number>;
  /** Content and figure term ids the sentence uses only inside a background clause (see BACKGROUND_OPENERS). */
  background: ReadonlySet<number>;
  /** Adjacent pairs of core words, one of them rare ("unwavering support"): a phrase two retellings keep. */
  phrases: ReadonlySet<number>;
  /** Its content words in reading order (names, figures and framing words left out), to find the phrase two sentences share. */
  reading: number[];
  /** True when its main predicate's verb group holds a form of "be" ("is on trial", "is being investigated"): a state or a passive, not an act. */
  copular: boolean;
  /** Content words it negates ("guilty" in "pleaded not guilty", "close" in "there are no plans to close"): told plainly by another sentence, they tell the opposite. */
  negated: ReadonlySet<number>;
  /** The class of its main predicate's head ("denied", "trial" in "is on trial"; see `mainPredicateOf`), or -1 when none is found or it only reports speech. */
  predicate: number;
  /**
   * Its runs of names outside background that follow a name and a joiner, by those two words ("MCI and" → Qwest in
   * "between MCI and Qwest"): the slot a counterpart fills, where another sentence may put another (see `otherCounterparts`).
   */
  slots: ReadonlyMap<string, ReadonlySet<number>>;
  /**
   * Content words it gives only inside a relative clause set off by a comma or a dash (", who twisted his ankle", ", where he
   * will face …"; see RELATIVE_CLAUSE): what it says in passing of a noun, not what it tells.
   */
  relativeOnly: ReadonlySet<number>;
  /** Content words it gives only in an adjunct on a gerund ("for missing drugs tests"; see `adjunctsOf`). */
  adjunct: ReadonlySet<number>;
  /** True when it is a few words with no verb ("Double Olympic champion", a caption or a name left from a stripped link): it tells no claim, only names a topic. */
  fragment: boolean;
  /** True when it names no one, gives no figure and opens on a pronoun or "there" ("However, it faces stiff competition"): what it tells of is in another sentence. */
  referring: boolean;
  /** The surnames it lists when it is a line-up, names alone (see `lineUpOf`), or null: a team of one match, which another match's line-up is not. */
  lineUp: ReadonlySet<string> | null;
  /** The ranks it gives ("third place", "at number four", "the sixth in a series"; see RANK_WORDS): empty for most sentences. */
  ranks: ReadonlySet<number>;
  /**
   * The amounts it gives of each unit, keyed by the unit's class ("copies" → 8000000 in "sold more than eight million copies"):
   * figures in its own words, a word straight after them, not background, not a comparison's, not a name's number; or,
   * with no such word, the noun they are given as the measure of ("rate" → 3.7 in "an annual rate of 3.7%").
   */
  measures: ReadonlyMap<number, readonly number[]>;
  /** Participles it gives only right before a noun, outside a verb group ("banned" in "distributing banned substances"): a kind of thing, not an act. */
  modifying: ReadonlySet<number>;
  /** Content words it gives only as describing a name ("sprinter" in "fellow sprinter Kostas Kenteris"; see `describersOf`). */
  described: ReadonlySet<number>;
  /** How it tells a prize's outcome (see AWARD_OUTCOME_WORDS): a nomination in its main clause, a win as its main verb, or neither. */
  award: 'nomination' | 'win' | null;
  /** True when its main verb judges what it names and it passes on no one's words (see REACTION_VERBS): it tells a reaction, not the thing judged. */
  reacts: boolean;
  /** True when it passes on someone's words or a reaction (a word of CLAIM_FRAME_WORDS or REACTION_VERBS outside background): it may tell a reaction again. */
  speaks: boolean;
  /** The class of the act its main clause only forecasts ("win" in "is tipped to win"; see FORECAST_CUES), or -1. */
  forecast: number;
  /** True when that act is a verb of winning, or the cue a favourite that forecasts a win by itself (see `forecastsWinAt`): a tip for a prize. */
  forecastsWin: boolean;
  /** The kind of act its main verb tells (see ACT_VERBS), as its place in ACT_KINDS, or -1 when that verb is of no kind. */
  act: number;
  /** The kinds of act it tells anywhere: its main verb's, a verb of a kind in a verb group or after "to", a noun of the act ("the offer"). */
  actsTold: ReadonlySet<number>;
  /** The class of its main predicate when told done, a verb in the past with no modal or "to" before it ("won"), or -1. */
  done: number;
  /** The class of its main predicate when told as still to come, with "will" or "will be" before it ("will seek", "will also meet", "will be paid"), or -1. */
  planned: number;
  /** Its words and names before its main predicate, outside background: who does what it tells; read only when `planned` or `done` is. */
  subject: ReadonlySet<number>;
  /** Its words and names before a predicate told done that it gives nowhere after it ("shadow foreign secretary" in "The shadow foreign secretary, Michael Ancram, welcomed …"). */
  subjectOnly: ReadonlySet<number>;
  /**
   * The names it gives before its main predicate, outside background and past an opening frame, when that predicate is
   * no verb of speech: who does what it tells ("Wada" in "The World Anti-Doping Agency (Wada) will appeal …").
   */
  agents: ReadonlySet<number>;
  /** The names it writes in capitals before its main predicate ("GM", "IAAF"), its agents or its speaker, as written: initials another sentence may spell out. */
  initials: readonly string[];
  /** The class of its first verb when that is a verb of STANDING_VERBS in the present ("operates", "include"), or -1. */
  standing: number;
  /** Runs of QUOTE_RUN words in a row inside its quotation marks, as folded: the speaker's own words, which a retelling quotes alike. */
  quoted: ReadonlySet<string>;
  /** True when all its words stand inside quotation marks but for an unnamed speaker's "he said" (see `isSpokenOnly`). */
  spoken: boolean;
  /**
   * Its words and names outside background clauses as pairs of term id and token index, flat
   * (`[id, at, id, at, …]`): who stands before an act and who after it. Read into `order` and
   * `comment` only for the few pairs whose roles are weighed.
   */
  sequence: number[];
  /**
   * The token index of its main predicate when read from a verb group ("is now illegal", "has sued"), else -1; looked
   * for past a long subject too ("A bid to overturn the law banning hunting with dogs in England and Wales has begun").
   */
  groupedAt: number;
  /** The class of that predicate's head, or -1. */
  commentPredicate: number;
  /** True when that predicate is a light verb ("has begun", "came"), which says little of its own (see LIGHT_PREDICATES). */
  lightPredicate: boolean;
  /** False until a predicate past a long subject has been looked for, when the main one was not found. */
  farRead: boolean;
  /** Words told as acts: the main predicate, and words straight after an auxiliary, a modal or "from" ("banned from suing"). */
  acts: number[];
  /** Acts told in the passive with their agent ("was sued by"): who stands before such an act is acted on, so word order tells no roles. */
  passive: number[];
  /**
   * When its main predicate is a verb of speech ("Owen, who has won a Golden Globe, said it meant a lot"), the words,
   * names and figures past it, outside background: what it reports, without who said it. Empty otherwise.
   */
  reported: ReadonlySet<number>;
  /**
   * When what it reports opens with a pronoun that stands for the speaker ("Citigroup said it would co-operate"; see
   * SELF_REPORTING_PRONOUNS), the names before its verb of speech, outside background: who tells of himself. Empty otherwise.
   */
  selfReporters: ReadonlySet<number>;
  /** True when what it reports opens with a pronoun that stands for the speaker (see `selfReporters`). */
  selfReport: boolean;
  /** Where each word and name first stands (see `sequence`), read on first use. */
  order?: Map<number, number>;
  /** What it says of its subject: its main predicate and the words and names after it, outside background; empty unless `groupedAt` is set. Read on first use. */
  comment?: Set<number>;
}

/** The weight of the names of `core` that `other` writes as plain words, which then count as content. */
function crossNormOf(core: Core, other: Core, weights: Float64Array): number {
  let sum = 0;
  for (const id of core.names) sum += other.contentSet.has(id) ? (weights[id] ?? 0) : 0;
  return sum;
}

/**
 * Patterns tested on every word of a sentence whose core is read, made once: a literal with a
 * Unicode property inside a function is compiled to a new RegExp at each call under tsx (the
 * bench, the tests), a fifth of reading a core.
 */
const CAPITAL_INITIAL = /^\p{Lu}/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
const SMALL_INITIAL = /^\p{Ll}/u;
const LETTER_INITIAL = /^\p{L}/u;
const LETTERS_ONLY = /^\p{L}{3,}$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The one empty set all cores share for a kind of word or figure they do not give: most cores give
 * no money, no shares, no months, and every core is kept while the alignment runs (at BBC x10 some
 * 200,000 of them, each with a dozen sets).
 */
const NONE: ReadonlySet<never> = new Set();
const NO_WORDS: readonly string[] = [];

/** `set`, or NONE when it is empty. */
function keptSet<T>(set: ReadonlySet<T>): ReadonlySet<T> {
  return set.size === 0 ? NONE : set;
}

/** True when `first` and `second` hold a member alike: run for every pair compared, so no array is made of either. */
function overlaps<T>(first: ReadonlySet<T>, second: ReadonlySet<T>): boolean {
  if (first.size === 0 || second.size === 0) return false;
  for (const member of first) if (second.has(member)) return true;
  return false;
}

/** How many members of `set` `other` holds. */
function countIn<T>(set: ReadonlySet<T>, other: ReadonlySet<T>): number {
  let count = 0;
  for (const member of set) if (other.has(member)) count++;
  return count;
}

/**
 * How many words in a row two sentences must quote alike to retell one statement ("That, as a
 * general rule, is right, but it's not an absolute rule"): a run this long is the speaker's words,
 * not a stock phrase, however the two frame it (who the speaker is, what committee he sits on).
 */
const QUOTE_RUN = 8;
/** A quotation: from an opening mark to its closing mark, or to the end of the sentence when the quotation runs on. */
const QUOTE_MARK = /["\u201c]/u;
const QUOTATION = /["\u201c]([^"\u201d]*)(?:["\u201d]|$)/gu;

/** The runs of QUOTE_RUN words of each quotation in `text`, as their folded keys joined by spaces. */
function quotedRunsOf(text: string, tokens: readonly Token[]): Set<string> {
  const runs = new Set<string>();
  for (const match of text.matchAll(QUOTATION)) {
    const from = match.index;
    const to = from + match[0].length;
    const inside = tokens.filter((token) => token.start > from && token.end <= to).map((token) => token.key);
    for (let i = 0; i + QUOTE_RUN <= inside.length; i++) runs.add(inside.slice(i, i + QUOTE_RUN).join(' '));
  }
  return runs;
}

const WORDS = /\p{L}+/gu;
/** Who says a quotation without being named ("he said"): a pronoun beside a verb of saying. `it` is left out: "it said" is a body's statement. */
const UNNAMED_SPEAKERS: ReadonlySet<string> = new Set(PARENTHETICAL_REPORTERS.filter((word) => word !== 'it'));
const SAYING: ReadonlySet<string> = new Set(PARENTHETICAL_VERBS);

/** True when the words of a sentence outside its quotation are none, or only a pronoun and a verb of saying ("he said", "She added:"). */
function saysOnly(outside: string): boolean {
  const words = (outside.toLowerCase().match(WORDS) ?? []) as string[];
  if (words.length === 0) return true;
  const [first = '', second = ''] = words;
  return words.length === 2 && ((UNNAMED_SPEAKERS.has(first) && SAYING.has(second)) || (SAYING.has(first) && UNNAMED_SPEAKERS.has(second)));
}

/**
 * True when every word of `text` stands inside quotation marks but for an unnamed speaker's "he said": a quotation
 * opened and closed at its ends ('"We are not worried," he said.', 'She added: "We are not worried."'), or broken by
 * "he said" ('"We are not worried," he said, "not yet."'), one opened that
 * runs on into the next sentence ('"Nobody knows what will come tomorrow.'), or the end of one opened earlier ('I had no
 * sense it would end like this," he said.'). A speaker's own words with no one named as saying them: said by another
 * speaker in another story, they share only everyday words with it.
 */
function isSpokenOnly(text: string): boolean {
  const trimmed = text.trim();
  const marks = [...trimmed.matchAll(DOUBLE_QUOTE_MARKS)].map((match) => match.index);
  const [open, close] = marks;
  if (open === undefined || marks.length > 4 || marks.length === 3) return false;
  // The end of a quotation opened in an earlier sentence, or one opened here that runs on.
  if (marks.length === 1 && saysOnly(trimmed.slice(open + 1))) return true;
  // One quotation broken by its speaker ('"People want choice," she said, "and they will pay for it."'): the words between
  // its two parts are the words outside it.
  const [reopen, end] = [marks[2], marks[3]];
  if (reopen !== undefined && end !== undefined && close !== undefined) return saysOnly(`${trimmed.slice(0, open)} ${trimmed.slice(close + 1, reopen)} ${trimmed.slice(end + 1)}`);
  return saysOnly(`${trimmed.slice(0, open)} ${close === undefined ? '' : trimmed.slice(close + 1)}`);
}

/**
 * Core words in the same order, not always next to one another, from which two sentences of quoted speech quote one
 * statement, retold with a word changed ("I thought tonight was a step in the right direction" / "… another step in the
 * right direction"): speech that shares fewer tells what two speakers said alike by chance.
 */
const SPOKEN_WORDS_IN_ORDER = 4;

/** How many words two readings hold in the same order, not always next to one another (their longest common subsequence). */
function sharedInOrder(first: readonly number[], second: readonly number[]): number {
  let previous = new Int32Array(second.length + 1);
  for (const word of first) {
    const row = new Int32Array(second.length + 1);
    for (let j = 0; j < second.length; j++) row[j + 1] = word === second[j] ? (previous[j] ?? 0) + 1 : Math.max(previous[j + 1] ?? 0, row[j] ?? 0);
    previous = row;
  }
  return previous[second.length] ?? 0;
}

/**
 * True when both sentences are quoted speech (see `isSpokenOnly`) that quote no statement alike: "Nobody knows what
 * will come tomorrow." and "Obviously, nobody at the club wants to come second but you never know what happens.", two
 * speakers' words that share only "nobody", "know" and "come".
 */
function spokenApart(first: Core, second: Core): boolean {
  return first.spoken && second.spoken && !overlaps(first.quoted, second.quoted) && sharedInOrder(first.reading, second.reading) < SPOKEN_WORDS_IN_ORDER;
}

const FRAME_TERMS: ReadonlySet<string> = new Set(CLAIM_FRAME_WORDS.map((entry) => termOf(entry.word)).filter((term): term is string => term !== null));
const YEAR = /^(1[89]|20)\d\d$/u;
/** Places are capitalised but say where, not who: "Pyongyang" and "North Korean" tell of one actor. */
const PLACE_TERMS: ReadonlySet<string> = new Set(
  [...PLACE_NAMES]
    .flatMap((name) => name.split(/\s+/u))
    .map((word) => termOf(foldText(word)))
    .filter((term): term is string => term !== null),
);
/** Names two sentences must share for their who and whom to count as one, so that less of the rest need match. */
const NAMES_FOR_WHO = 5;
/**
 * Core words two sentences with who and whom alike must still share: with two, "Schroeder and
 * Berlusconi voiced concerns about the euro" and "Blair met Berlusconi and Schroeder to talk about
 * Turkey" were one claim (the same people, another act).
 */
const NAMES_CORE_WORDS = 3;

const escapeForPattern = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** The openers of one kind (see BACKGROUND_OPENERS), as alternatives of a pattern. */
const openersOf = (kind: BackgroundOpenerKind): string =>
  BACKGROUND_OPENERS.filter((entry) => entry.kind === kind)
    .map((entry) => escapeForPattern(entry.opener))
    .join('|');
/** Up to the mark that closes a clause set off by a comma or a dash: the next dash, comma, bracket or the end. */
const TO_CLAUSE_END = '[^,\u2013\u2014()]*?(?=\\s-\\s|[,\u2013\u2014()]|$)';
/** A present participle that opens a clause of background (see PARTICIPLES_NOT_BACKGROUND for those that do not). */
const PARTICIPLE_CLAUSE = `(?:\\p{L}+ly\\s+)?(?!(?:${PARTICIPLES_NOT_BACKGROUND.join('|')})\\b)\\p{L}{3,}ing\\b(?!\\s*(?:[,.;]|or\\b|and\\b|$))`;
/** A past participle and a preposition that open a reduced relative clause (see REDUCED_RELATIVES). */
const REDUCED_RELATIVE = `(?:\\p{L}+ly\\s+)?(?:\\p{L}{2,}ed|${REDUCED_RELATIVES.irregular.join('|')})\\s+(?:${REDUCED_RELATIVES.prepositions.join('|')})\\b`;
/** What sets a clause off from the words before it: a comma or a dash, and the spaces after it. */
const SET_OFF = '(?:[,\u2013\u2014]|\\s-)\\s*';
/** A relative clause's opening word (`who`, `which`, `where`, …) and the clause up to its end. */
const RELATIVE_OPENING = `(?:${openersOf('relative')})\\b${TO_CLAUSE_END}`;
/**
 * A background clause: a relative clause set off by a comma or a dash (", which owns ...,",
 * "- in which Renault owns a stake -"), a noun phrase glossing the noun before it with a relative
 * clause of its own ("- the clearing house that processes securities transactions"), or a
 * bracket, up to the mark that closes it. A gloss's noun phrase ends at a closing dash: in "Lord
 * Bingham - a senior law lord - said the rules … in a way that discriminates", the "that" is the
 * main clause's, which is the claim.
 */
const BACKGROUND_CLAUSE = new RegExp(
  `,\\s*(?:${REDUCED_RELATIVE}|${PARTICIPLE_CLAUSE})${TO_CLAUSE_END}|${SET_OFF}(?:${RELATIVE_OPENING}|(?:${openersOf('gloss')})\\s(?:(?!\\s-\\s)[^,\u2013\u2014()])*?\\b(?:that|${openersOf('relative')})\\b${TO_CLAUSE_END})|\\([^()]*\\)`,
  'giu',
);
/** A relative clause set off by a comma or a dash (", who …", " - which …"; see BACKGROUND_OPENERS): what it tells describes a noun before it. */
const RELATIVE_CLAUSE = new RegExp(`${SET_OFF}${RELATIVE_OPENING}`, 'giu');
/** A reduced relative clause that opens the sentence (see REDUCED_RELATIVES), up to its first comma. */
const OPENING_REDUCED_RELATIVE = new RegExp(
  `^(?:\\p{L}+ly\\s+(?:\\p{L}{2,}ed|${REDUCED_RELATIVES.irregular.join('|')})|${REDUCED_RELATIVES.opening.join('|')})\\s+(?:${REDUCED_RELATIVES.prepositions.join('|')})\\b[^,\u2013\u2014()]*?(?=,)`,
  'iu',
);

/**
 * True when the figures of the sentence that gives fewer are all in the other: "1,000 demining specialists" within "5,000 troops ...
 * while 1,000 will specialise in demining", but not "fell to 94.2 from 95.5" against "fell to 95.5
 * from 97.5", two readings that share one number.
 */
function measuredAlike(first: Core, second: Core): boolean {
  const [fewer, more] = first.figures.size <= second.figures.size ? [first, second] : [second, first];
  if (fewer.figures.size === 0) return false;
  for (const id of fewer.figures) if (!more.figures.has(id)) return false;
  return true;
}

/**
 * True when every content word `first` shares with `second` (leaving out those both give only in background) stands, in
 * `first`, only inside a relative clause set off by a comma or a dash (see `Core.relativeOnly`): "… to reach the
 * quarter-finals, where he will face seventh seed Mikhail Youzhny" says that in passing while telling something else, and
 * shares with "There were also wins for … seventh seed Mikhail Youzhny" no word of what it tells.
 */
function toldOnlyInPassing(first: Core, second: Core): boolean {
  if (first.relativeOnly.size === 0) return false;
  let shared = false;
  for (const id of first.content) {
    if (!(second.contentSet.has(id) || second.names.has(id)) || (first.background.has(id) && second.background.has(id))) continue;
    if (!first.relativeOnly.has(id)) return false;
    shared = true;
  }
  return shared;
}

/** True when every figure two sentences give alike is a share ("1.6%") in both: the figures told alike by chance most often. */
function onlySharesAlike(first: Core, second: Core): boolean {
  const alike = [...first.figures].filter((id) => second.figures.has(id));
  return alike.length > 0 && alike.every((id) => first.shares.has(id) && second.shares.has(id));
}

/** True when the two name someone alike: a name of one that the other gives as a name too, its opening word among them. */
function namesAlike(first: Core, second: Core): boolean {
  return overlaps(first.names, second.names) || (first.lead >= 0 && second.names.has(first.lead)) || (second.lead >= 0 && first.names.has(second.lead));
}

/**
 * True when the two give a share or a sum of money alike, as the same kind in both, outside background and comparisons in
 * both, and as no name's number or conversion: a measure each tells of its own subject.
 */
function shareOrSumAlike(first: Core, second: Core): boolean {
  for (const id of first.figures) {
    if (!second.figures.has(id)) continue;
    const kind = (first.shares.has(id) && second.shares.has(id)) || (first.money.has(id) && second.money.has(id));
    if (!kind) continue;
    const aside = (core: Core): boolean => core.background.has(id) || core.comparedOnly.has(id) || core.identifiers.has(id) || core.conversions.has(id);
    if (!aside(first) && !aside(second)) return true;
  }
  return false;
}

/** How far apart two years both sentences give must lie for them, with a core word, to anchor a claim (see `#yearsSpanned`). */
const YEARS_APART = 2;
/** How many measures two sentences must give alike (see `measuresInEarnest`) for those alone, with a core word, to anchor them. */
const MEASURES_ALIKE = 2;
/** A whole number below 100, as a term: an age, a count of months or seats, which many stories give alike by chance. */
const SMALL_WHOLE_NUMBER = /^\d{1,2}$/u;

/** Significant digits a figure must be written to for one given alike to be one measure (see Core.precise). */
const PRECISE_DIGITS = 4;

/** How many significant digits a figure is written to: "55.67" 4, "12,600" 3, "0.25" 2. */
function significantDigits(term: string): number {
  const digits = term.replace(/\D/gu, '').replace(/^0+/u, '');
  return term.includes('.') ? digits.length : digits.replace(/0+$/u, '').length;
}

/**
 * True when the two sentences share a figure that measures something (not a name's number, "Rule
 * 17") and that one of them gives outside a background clause: only such a figure can anchor a claim.
 */
function toldInEarnest(first: Core, second: Core): boolean {
  return measuresInEarnest(first, second) > 0;
}

/** How many figures that measure something both sentences give alike, one of them outside a background clause (see `toldInEarnest`). */
function measuresInEarnest(first: Core, second: Core, counts: (id: number) => boolean = () => true): number {
  let count = 0;
  for (const id of first.figures) {
    if (!second.figures.has(id) || first.identifiers.has(id) || second.identifiers.has(id) || !counts(id)) continue;
    // A sum of money in one and a count in the other ("$150,000 a year", "150,000 cars") are other
    // quantities, and so are a share and a count or a year ("83% were happy", "class of '83").
    if (first.money.has(id) !== second.money.has(id) || first.shares.has(id) !== second.shares.has(id)) continue;
    // A conversion in brackets is background, but one given alike beside its sum in both says the sum was converted
    // alike: the same figure of the same day, where a sum alone may be another story's by chance.
    if (!(first.background.has(id) && second.background.has(id)) || (first.conversions.has(id) && second.conversions.has(id))) count++;
  }
  return count;
}

/**
 * What stands between a sum of money and its conversion: an opening bracket or, in a list of conversions, a semicolon,
 * after the sum's currency word if it has one, and before the conversion's currency sign ("14bn euros ($18bn; £9.7bn)").
 */
const CONVERSION_BETWEEN = /^\s*(?:\p{L}+\s*)?[(;]\s*\p{Sc}?$/u;

/** True when `token` lies within one of `spans` (see `backgroundSpansOf`). */
function insideAny(spans: readonly [number, number][], token: Token): boolean {
  for (const [from, to] of spans) if (token.start >= from && token.end <= to) return true;
  return false;
}

/** The spans of `text` that are relative clauses set off by a comma or a dash (see RELATIVE_CLAUSE), a part of its background. */
function relativeSpansOf(text: string): [number, number][] {
  return [...text.matchAll(RELATIVE_CLAUSE)].map((match) => [match.index, match.index + match[0].length]);
}

/** The [start, end) spans of a sentence's background clauses (see BACKGROUND_OPENERS), as offsets into `text`. */
export function backgroundSpansOf(text: string): [number, number][] {
  const spans: [number, number][] = [...text.matchAll(BACKGROUND_CLAUSE)].map((match) => [match.index, match.index + match[0].length]);
  const opening = OPENING_REDUCED_RELATIVE.exec(text);
  if (opening) spans.push([0, opening[0].length]);
  return spans;
}
const MONTH_WORDS: ReadonlySet<string> = new Set(MONTH_NAMES);
const YEAR_DATING: ReadonlySet<string> = new Set(YEAR_DATING_WORDS);
/** A capitalised word straight after a year: the year is part of a name ("in 2004 Olympic trials"). */
const NAME_AFTER = /^\s+\p{Lu}/u;
const DAY = /^(?:[1-9]|[12]\d|3[01])$/u;
/**
 * True when the figure at token i is a day of a month, written next to the month's capitalised
 * name ("on November 7", "on 7 November"): it dates a claim, as a year does, and two sentences
 * that tell different things of one day ("met on November 7", "held on November 7 amid
 * speculation") share no claim by it.
 */
function isDayOfMonth(text: string, tokens: readonly { key: string; start: number; end: number }[], i: number): boolean {
  if (!DAY.test(tokens[i]?.key ?? '')) return false;
  const isMonth = (token: { key: string; start: number; end: number } | undefined): boolean =>
    token !== undefined && MONTH_WORDS.has(token.key) && CAPITAL_INITIAL.test(text.slice(token.start, token.end));
  return isMonth(tokens[i - 1]) || isMonth(tokens[i + 1]);
}
const CURRENCY_SYMBOLS: ReadonlySet<string> = new Set(CURRENCY_MARKS.filter((entry) => entry.kind === 'symbol').map((entry) => entry.mark));
const CURRENCY_WORDS: ReadonlySet<string> = new Set(CURRENCY_MARKS.filter((entry) => entry.kind === 'word').map((entry) => entry.mark));
/** True when the figure at token i is written as a sum of money: a currency sign before it, or a currency word after it (past its scale word when `scaled`). */
function isMoney(text: string, tokens: readonly { key: string; start: number }[], i: number, scaled: boolean): boolean {
  const start = tokens[i]?.start ?? 0;
  if (start > 0 && CURRENCY_SYMBOLS.has(text[start - 1] ?? '')) return true;
  return CURRENCY_WORDS.has(tokens[i + (scaled ? 2 : 1)]?.key ?? '');
}
const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'this', 'that']);
/**
 * True when the figure at token i sits in a definite description of a thing already known: a
 * definite determiner straight before it and a word straight after it ("the £1.35bn offer", "its
 * 28% stake"). It names what the sentence speaks of, as "Section 404" does; what is said of it
 * ("is too high", "had to show why it was good for shareholders") is the claim.
 */
function isDefiniteModifier(tokens: readonly { key: string }[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!before || !after || !DEFINITE_DETERMINERS.has(before.key)) return false;
  return LETTER_INITIAL.test(after.key) && !CURRENCY_WORDS.has(after.key);
}
/** True when the figure at token i is a share: a per cent sign straight after it, or "per cent" / "percent". */
function isShare(text: string, tokens: readonly { key: string; end: number }[], i: number): boolean {
  const next = tokens[i + 1];
  if (text[tokens[i]?.end ?? 0] === '%') return true;
  return next?.key === 'percent' || (next?.key === 'per' && tokens[i + 2]?.key === 'cent') || (next?.key === 'percentage' && /^points?$/u.test(tokens[i + 2]?.key ?? ''));
}
/** Months and days are capitalised but name no one: they date a claim. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES].flatMap((word) => termOf(word) ?? []));

/**
 * Derivational endings the stemmer leaves on: "definition" stems to "definit", "defined" to
 * "defin"; "commonly" to "commonli", "common" to "common"; a participle in -en "forgiven" (as
 * written), "forgive" to "forgiv" ("undertaken", "overseen", "unbeaten"; and a verb made of an
 * adjective or noun: "tighten", "threaten", "strengthen"). A stem that is another stem of the
 * vocabulary plus one of these, with at least MIN_ROOT letters left, is read as that stem. On all
 * 2,225 BBC articles "-en" joins 28 pairs; two are chance ("interven" / "interv" of "interval",
 * "indigen" / "indig" of "indignity"), both rare.
 */
const DERIVED_ENDINGS = ['it', 'li', 'en'];
const MIN_ROOT = 5;
/** Each inflection of a synonym (see CLAIM_SYNONYMS) with its group's place in that list. */
const SYNONYM_GROUP_OF: ReadonlyMap<string, number> = new Map(
  CLAIM_SYNONYMS.flatMap((group, at) => [...group.words.flatMap((word) => inflectionsOf(word)), ...(group.exact ?? [])].map((form): [string, number] => [form, at])),
);

/** The words of the cores: each word read as its class (its synonyms' first word, or the stem it derives from), weighed as the class. */
interface CoreVocabulary {
  /** The term id a word of the core counts as: a figure or a word outside every class stays itself. */
  canonical(key: string, term: string): number | undefined;
  /** The term id of a term as written. */
  idOf(term: string): number | undefined;
  /** By term id: its class's weight (the sum of its members' sentence counts, as an inverse document frequency). */
  weight: Float64Array;
  /** Pairs of classes that go opposite ways (see CLAIM_OPPOSITES), as the term ids the cores hold. */
  opposites: readonly (readonly [number, number])[];
}

function coreVocabularyOf(prepared: Prepared, rawWeight: Float64Array): CoreVocabulary {
  const { terms, documentFrequency } = prepared;
  const ids = new Map(terms.map((term, id) => [term, id]));
  const canon = Int32Array.from(terms, (_, id) => id);
  terms.forEach((term, id) => {
    if (isFigure(term)) return;
    for (const ending of DERIVED_ENDINGS) {
      if (!term.endsWith(ending) || term.length - ending.length < MIN_ROOT) continue;
      const root = ids.get(term.slice(0, -ending.length));
      if (root !== undefined) canon[id] = root;
    }
  });
  // In how many sentences each class is used, at most, under its first member's id.
  const frequency = Int32Array.from(documentFrequency);
  for (let id = 0; id < canon.length; id++) if (canon[id] !== id) frequency[canon[id] ?? 0] = (frequency[canon[id] ?? 0] ?? 0) + (documentFrequency[id] ?? 0);
  // A synonym class counts the sentences of all its stems, under the id of the first stem the articles use.
  const groupIds = CLAIM_SYNONYMS.map((group) => {
    const stems = [...new Set(group.words.flatMap((word) => termOf(word) ?? []))].flatMap((stem) => ids.get(stem) ?? []);
    const [head] = stems;
    if (head === undefined) return undefined;
    frequency[head] = Math.max(
      frequency[head] ?? 0,
      stems.reduce((sum, id) => sum + (documentFrequency[id] ?? 0), 0),
    );
    return head;
  });
  const count = prepared.sentences.length;
  const weight = Float64Array.from(rawWeight);
  for (let id = 0; id < weight.length; id++) if ((frequency[id] ?? 0) !== (documentFrequency[id] ?? 0)) weight[id] = Math.log((count + 1) / ((frequency[id] ?? 0) + 1));
  return {
    canonical(key, term) {
      const id = ids.get(term);
      if (id === undefined || isFigure(term)) return id;
      const group = SYNONYM_GROUP_OF.get(key);
      return (group === undefined ? undefined : groupIds[group]) ?? canon[id];
    },
    idOf: (term) => ids.get(term),
    weight,
    opposites: CLAIM_OPPOSITES.flatMap(([up, down]) => {
      const classOf = (word: string): number | undefined => {
        const group = SYNONYM_GROUP_OF.get(word);
        if (group !== undefined) return groupIds[group];
        const term = termOf(word);
        const id = term === null ? undefined : ids.get(term);
        return id === undefined ? undefined : canon[id];
      };
      const [a, b] = [classOf(up), classOf(down)];
      return a === undefined || b === undefined ? [] : [[a, b] as const];
    }),
  };
}

/**
 * True when what two sentences share is one run of words with little else, and they name no one
 * and give no figure alike: a stock phrase ("a cold spell in North America", "on to the property
 * ladder") told of different things, unless the run is RETOLD_RUN words or more. `weight` is the weight they share,
 * `smaller` the smaller sentence's.
 */
function sharesOnlyAPhrase(first: Core, second: Core, weight: number, smaller: number, weights: Float64Array): boolean {
  if (overlaps(first.names, second.names) || overlaps(first.figures, second.figures)) return false;
  const run = longestSharedRun(first.reading, second.reading);
  if (run.length < 2 || run.length >= RETOLD_RUN) return false;
  let runWeight = 0;
  for (const id of new Set(run)) runWeight += weights[id] ?? 0;
  return runWeight / smaller < PHRASE_SHARE && (weight - runWeight) / smaller < PHRASE_RESIDUE;
}
/** Below this share of the smaller sentence's weight, the one run two sentences share is a phrase, not their claim. */
const PHRASE_SHARE = 0.6;
/** Below this share of the smaller sentence's weight, what they share besides that run is too little to make one claim. */
const PHRASE_RESIDUE = 0.2;
/**
 * Core words in one run, in order, from which the run is a retold wording, not a stock phrase: "curfews, tagging or bans on
 * telephone and internet use" told after "control orders, which as well as house arrest could mean" in one article and
 * "… placing terrorism suspects under house arrest could impose" in another. The stock phrases that part claims are two to
 * four words ("a cold spell", "on to the property ladder").
 */
const RETOLD_RUN = 6;

/** The longest run of words that two readings both hold in the same order, straight after one another. */
function longestSharedRun(first: readonly number[], second: readonly number[]): number[] {
  let best: number[] = [];
  for (let i = 0; i < first.length; i++) {
    for (let j = 0; j < second.length; j++) {
      let length = 0;
      while (i + length < first.length && j + length < second.length && first[i + length] === second[j + length]) length++;
      if (length > best.length) best = first.slice(i, i + length);
    }
  }
  return best;
}

const VERB_GROUP: ReadonlyMap<string, VerbGroupKind> = new Map(VERB_GROUP_WORDS.map((entry) => [entry.word, entry.kind]));
/** How many words a sentence with no verb may run to and be a fragment, which tells no claim (see `Core.fragment`); a copy of it is still a copy. */
const FRAGMENT_WORDS = 5;

/** True when two sorted lists of term ids are one: two sentences that give the same content words. */
function sameWords(first: Int32Array, second: Int32Array): boolean {
  return first.length === second.length && first.every((id, i) => id === second[i]);
}

/** A sentence opening on a pronoun or "there", after at most a joining word: "However, it faces …", "It's still not …", "There was …". */
const REFERRING_OPENING = /^\W*(?:(?:but|and|however|yet|so|still),?\s+)?(?:it|it's|it’s|they|there|this|that)\b/iu;
/** How many names a sentence of names alone must list to be a line-up (see `lineUpOf`): a team, its substitutes, a squad. */
const LINE_UP_NAMES = 6;
/** A bracketed aside in a line-up: a player's club, "capt", a substitute and the minute he came on ("Lambert 70"). */
const BRACKETED = /\([^)]*\)/gu;
/** A label before a part of a line-up ("Subs:", "Forwards:"), or a colon left where a team's name was stripped (": C Paterson; …"). */
const LIST_LABEL = /(?:^|\s)\p{Lu}\p{L}*\s*:|^\s*:/gu;
const LIST_SEPARATOR = /[,;]/u;
const LIST_SEPARATORS = /[,;]/gu;
/** How many words one listed name may run to ("R de Marigny", "A N Other"). */
const LISTED_NAME_WORDS = 4;

/**
 * The surnames a sentence lists when it is a line-up, LINE_UP_NAMES names or more separated by commas or semicolons and
 * nothing else (clubs, "capt" and substitutions in brackets, labels such as "Subs:" left aside), or null. A sports report
 * closes on its team's line-up; two reports of one team's matches list most players alike and differ by one or two, so
 * two line-ups that do not list the same surnames are two matches' teams, however many names they share. Surnames, as
 * one article writes "R de Marigny (Parma)" where another writes "De Marigny".
 */
function lineUpOf(text: string): ReadonlySet<string> | null {
  if ((text.match(LIST_SEPARATORS) ?? []).length < LINE_UP_NAMES - 1) return null;
  const pieces = text
    .replace(BRACKETED, ' ')
    .replace(LIST_LABEL, ' ')
    .replace(/[.\s]+$/u, '')
    .split(LIST_SEPARATOR)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
  if (pieces.length < LINE_UP_NAMES) return null;
  const surnames = new Set<string>();
  for (const piece of pieces) {
    const words = piece.split(/\s+/u);
    const last = words[words.length - 1] ?? '';
    if (words.length > LISTED_NAME_WORDS || !CAPITAL_INITIAL.test(piece) || !CAPITAL_INITIAL.test(last) || /\d/u.test(piece)) return null;
    surnames.add(last.toLowerCase());
  }
  return surnames;
}

const NO_MEASURES: ReadonlyMap<number, readonly number[]> = new Map();
/** How far apart, as a share of the larger, two amounts of one unit lie when no retelling gives the one for the other. */
const MEASURE_GAP = 0.25;

/**
 * True when both sentences give amounts of one unit in their own words and every amount of one lies more than MEASURE_GAP
 * from every amount of the other: "has sold more than eight million copies" and "more than five million copies" are two
 * books' or two games' sales, "seven nominations" and "three nominations" two award shows', however alike the rest is
 * worded. A retelling gives its figure alike or near it ("100,000 net cafes" / "110,000 net cafes" stays one claim, whose
 * difference `/compare` shows).
 */
function otherMeasures(first: Core, second: Core): boolean {
  if (first.measures.size === 0 || second.measures.size === 0) return false;
  for (const [unit, mine] of first.measures) {
    const theirs = second.measures.get(unit);
    if (theirs && mine.every((x) => theirs.every((y) => Math.abs(x - y) > MEASURE_GAP * Math.max(Math.abs(x), Math.abs(y))))) return true;
  }
  return false;
}

/** True when both sentences are line-ups (see `lineUpOf`) and one lists a surname the other does not: two matches' teams. */
function lineUpsApart(first: Core, second: Core): boolean {
  const [mine, theirs] = [first.lineUp, second.lineUp];
  if (mine === null || theirs === null) return false;
  return mine.size !== theirs.size || [...mine].some((surname) => !theirs.has(surname));
}

const RANK_OF: ReadonlyMap<string, number> = new Map(RANK_WORDS.map((entry) => [`${entry.kind}:${entry.word}`, entry.rank]));
const RANK_PATTERN = new RegExp(
  `\\b(?:(${RANK_WORDS.filter((entry) => entry.kind === 'ordinal')
    .map((entry) => entry.word)
    .join('|')}) (?:${RANK_NOUNS.join('|')})|(?:${RANK_BEFORE_NUMBER.join('|')}) (\\d+|${RANK_WORDS.filter((entry) => entry.kind === 'cardinal')
    .map((entry) => entry.word)
    .join('|')}))\\b`,
  'giu',
);

/** What stands before the rank a record moved from: "from", as in "fell from number three to number five". */
const RANK_LEFT = /\bfrom\s+$/iu;

/**
 * The ranks a sentence gives (see RANK_WORDS): "entered the chart in second place" gives 2, "moved from 13 to number four"
 * gives 4 (the 13 has no word of rank), "is the sixth in a series of 18 reissues" gives 6.
 */
function ranksOf(text: string): ReadonlySet<number> {
  if (!text.includes('number') && !RANK_NOUNS.some((noun) => text.includes(noun))) return NONE;
  const ranks = new Set<number>();
  for (const match of text.matchAll(RANK_PATTERN)) {
    const [, ordinal, number] = match;
    // "Number 10" is Downing Street; "in the first place" is no rank.
    if (number !== undefined && CAPITAL_INITIAL.test(match[0])) continue;
    if (ordinal?.toLowerCase() === 'first' && /\bin the $/iu.test(text.slice(0, match.index))) continue;
    // The rank a record moved from ("fell from number three to number five") is last week's, which a report of that week
    // gives as its own: the rank it moved to is this report's.
    if (RANK_LEFT.test(text.slice(0, match.index))) continue;
    const rank = ordinal !== undefined ? RANK_OF.get(`ordinal:${ordinal.toLowerCase()}`) : /^\d+$/u.test(number ?? '') ? Number(number) : RANK_OF.get(`cardinal:${(number ?? '').toLowerCase()}`);
    if (rank !== undefined) ranks.add(rank);
  }
  return keptSet(ranks);
}

/** How many words a subject may run to: past them, a sentence whose verb group is not found is given no predicate. */
const MAX_SUBJECT_WORDS = 12;
const EXPLETIVES: ReadonlySet<string> = new Set(['it', 'there']);
const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Determiners before which an "-ed" word is an adjective of the subject ("the proposed merger"), not its predicate. */
const BEFORE_ADJECTIVE: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'this', 'that', 'these', 'those']);

/**
 * The index of the first token past an opening clause that frames a speech act ("Speaking to
 * Parliament on his first day in office …, Mr Clarke said: …"), or 0 when the sentence opens
 * with none: such a clause says when and where the words were said, and a sentence sharing only
 * it ("The ruling came on Charles Clarke's first day …") carries another claim.
 */
function openingFrameEnd(text: string, tokens: readonly Token[]): number {
  const first = tokens[0];
  if (!first || VERB_GROUP.get(first.key) !== 'opener') return 0;
  const comma = text.indexOf(',', first.end);
  if (comma < 0) return 0;
  const after = tokens.findIndex((token) => token.start > comma);
  return Math.max(after, 0);
}

/**
 * The token index of a sentence's main predicate, or -1: the first content word of its first verb
 * group outside background clauses ("has denied" → "denied", "is on trial" → "trial", "is also
 * being investigated" → "investigated"), a past form standing alone ("resigned", "came"), or a verb in the present tense
 * after its subject ("creates" in "The ruling creates a problem"; see `isPresentVerb`).
 * Read without a parser, from the words of VERB_GROUP_WORDS: past MAX_SUBJECT_WORDS words, none.
 */
function mainPredicateOf(text: string, tokens: readonly Token[], spans: readonly [number, number][], from: number, reach = MAX_SUBJECT_WORDS): { at: number; copular: boolean; grouped: boolean } {
  const none = { at: -1, copular: false, grouped: false };
  const lower = (token: Token): boolean => SMALL_INITIAL.test(text.slice(token.start, token.end));
  // "It emerged that …", "There are no plans …": the subject stands for the clause that follows, which holds the claim.
  if (EXPLETIVES.has(tokens[from]?.key ?? '')) return none;
  let seen = 0;
  for (let i = from; i < tokens.length && seen < reach; i++) {
    const token = tokens[i];
    if (!token || insideAny(spans, token)) continue;
    seen++;
    const kind = VERB_GROUP.get(token.key);
    if (kind === 'auxiliary' || kind === 'modal') {
      let head = i;
      let copular = false;
      for (let next = tokens[head]; next !== undefined && VERB_GROUP.has(next.key) && VERB_GROUP.get(next.key) !== 'past'; next = tokens[++head]) copular ||= BE_FORMS.has(next.key);
      // "have angrily criticised", "was widely expected": an adverb in -ly inside the verb group is not its head.
      if (MANNER_ADVERB.test(tokens[head]?.key ?? '') && looksLikeVerb(tokens[head + 1]?.key ?? '')) head++;
      const found = tokens[head];
      return found !== undefined && lower(found) && !isFigure(found.key) ? { at: head, copular, grouped: true } : none;
    }
    if (i === from || !lower(token) || BEFORE_ADJECTIVE.has(tokens[i - 1]?.key ?? '')) continue;
    if (isPresentVerb(text, tokens, i)) return { at: i, copular: false, grouped: false };
    if (kind === 'past' || (token.key.length > 4 && token.key.endsWith('ed'))) {
      // `Talks aimed at averting strikes will take place …`: a participle with its preposition, before a verb group of the same
      // clause, describes the subject; the verb group is the predicate.
      const verbGroup = REDUCED_RELATIVE_PREPOSITIONS.has(tokens[i + 1]?.key ?? '') ? verbGroupAhead(text, tokens, i + 1, REDUCED_RELATIVE_REACH) : -1;
      if (verbGroup > i) {
        // The scan goes on at the verb group, however long the clause between.
        i = verbGroup - 1;
        seen = 0;
        continue;
      }
      return { at: i, copular: false, grouped: false };
    }
  }
  return none;
}

const PRESENT_SUBJECTS: ReadonlySet<string> = new Set(PRESENT_TENSE_CUES.subjects);
const PRESENT_OBJECT_OPENERS: ReadonlySet<string> = new Set(PRESENT_TENSE_CUES.objectOpeners);
const NO_SUBJECT_END: ReadonlySet<string> = new Set(PRESENT_TENSE_CUES.notAfter);
const NOT_PRESENT_VERBS: ReadonlySet<string> = new Set(PRESENT_TENSE_CUES.notVerbs);
/** A lower-case word in "-s" that may be a verb in the third person ("creates", "pleads"): not "-ss", "-us" or "-is". */
const THIRD_PERSON = /^\p{Ll}{2,}[^su]s$/u;
/** Only spaces between two words: no comma, dash or bracket parts them. */
const SPACES = /^\s+$/u;

/**
 * True when the word at i is a verb in the present tense standing after its subject (see PRESENT_TENSE_CUES): a word in
 * "-s" straight after "he", "she" or "it" ("He pleads not guilty"), or before an article, a possessive or a figure that
 * opens its object ("The ruling creates a major problem", "Yukos claims its downfall was …"); never after a figure, a
 * determiner or a preposition, where a word in "-s" is a plural noun ("32 cents a barrel", "the firm's shares", "the
 * careers of sprinters").
 */
function isPresentVerb(text: string, tokens: readonly Token[], i: number): boolean {
  const [before, token, next] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  if (before === undefined || token === undefined || !THIRD_PERSON.test(text.slice(token.start, token.end))) return false;
  if (VERB_GROUP.has(token.key) || NOT_PRESENT_VERBS.has(token.key) || termOf(token.key) === null) return false;
  if (isFigure(before.key) || BEFORE_ADJECTIVE.has(before.key) || PRESENT_OBJECT_OPENERS.has(before.key) || NO_SUBJECT_END.has(before.key)) return false;
  if (!SPACES.test(text.slice(before.end, token.start))) return false;
  if (PRESENT_SUBJECTS.has(before.key)) return true;
  return next !== undefined && SPACES.test(text.slice(token.end, next.start)) && (PRESENT_OBJECT_OPENERS.has(next.key) || isFigure(next.key));
}

/** An adverb of manner or degree ("angrily", "widely"), which may stand inside a verb group before its head. */
const MANNER_ADVERB = /^\p{Ll}{3,}ly$/u;

/** Prepositions after a participle that opens a reduced relative clause on the subject (`aimed at`, `announced by`). */
const REDUCED_RELATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'by', 'for', 'in', 'on', 'to', 'from', 'with', 'into', 'over']);

/** How far after a reduced relative's participle its clause's verb group may stand (`aimed at averting a series of national strikes over pensions reforms will`). */
const REDUCED_RELATIVE_REACH = 14;

/** Where an auxiliary or a modal follows within `reach` words of `from`, before a comma ends the clause; -1 when none does. */
function verbGroupAhead(text: string, tokens: readonly Token[], from: number, reach: number): number {
  for (let j = from; j < tokens.length && j < from + reach; j++) {
    const token = tokens[j];
    if (!token) return -1;
    if (j > from && text.slice(tokens[j - 1]?.end ?? token.start, token.start).includes(',')) return -1;
    const kind = VERB_GROUP.get(token.key);
    if (kind === 'auxiliary' || kind === 'modal') return j;
  }
  return -1;
}

const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never']);
/** How many words before its main predicate's head a negation may stand and still be of its verb group ("has not yet paid"). */
const NEGATION_REACH = 3;

const DENIED_INTENT: ReadonlySet<string> = new Set(DENIED_INTENT_NOUNS);
/** How many words after a noun of intent its "to" or "of" may stand ("no plans for Mr Holt to hold"). */
const INTENT_REACH = 5;

/**
 * The token indices of the acts a sentence denies with "no" and a noun of intent (see DENIED_INTENT_NOUNS): the word
 * after the noun's "to" or "of" ("close" in "there are no plans to close the mill").
 */
function deniedIntentsOf(tokens: readonly Token[]): ReadonlySet<number> {
  let denied: Set<number> | undefined;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i - 1]?.key !== 'no' || !DENIED_INTENT.has(tokens[i]?.key ?? '')) continue;
    for (let j = i + 1; j <= i + INTENT_REACH && j < tokens.length - 1; j++) {
      const key = tokens[j]?.key;
      if (key !== 'to' && key !== 'of') continue;
      (denied ??= new Set()).add(j + 1);
      break;
    }
  }
  return denied ?? NONE;
}

/** True when `first` negates a content word `second` tells plainly. */
function negatesWhatIsPlainIn(first: Core, second: Core): boolean {
  for (const id of first.negated) if (second.contentSet.has(id) && !second.negated.has(id)) return true;
  return false;
}

/** True when one sentence negates a content word the other tells plainly ("pleaded not guilty" / "pleaded guilty to fraud"). */
function oppositePolarity(first: Core, second: Core): boolean {
  return negatesWhatIsPlainIn(first, second) || negatesWhatIsPlainIn(second, first);
}

/**
 * True when the main predicates of two sentences are opposite acts ("rose" / "fell"; see
 * CLAIM_OPPOSITES) and neither sentence uses the other's at all. Only the main predicates: "cutting
 * domestic spending … a deficit projected to peak at $427bn" and "the shortfall is projected to rise
 * to $427bn" tell one projection.
 */
function oppositeActs(first: Core, second: Core, opposites: readonly (readonly [number, number])[]): boolean {
  const [a, b] = [first.predicate, second.predicate];
  if (a < 0 || b < 0 || second.contentSet.has(a) || first.contentSet.has(b)) return false;
  return opposites.some(([up, down]) => (a === up && b === down) || (a === down && b === up));
}

/** Words after which the next is told as an act: auxiliaries, modals and "from" ("has sued", "banned from suing"). */
const ACT_OPENERS: ReadonlySet<string> = new Set([...VERB_GROUP_WORDS.filter((entry) => entry.kind === 'auxiliary' || entry.kind === 'modal').map((entry) => entry.word), 'from']);

/** True when a word is written as a verb: a past form, a participle or a gerund ("sued", "suing", "taken"), never a role noun after "is" ("is chairman"). */
function looksLikeVerb(key: string): boolean {
  return VERB_GROUP.get(key) === 'past' || (key.length > 3 && /(?:ed|en)$/u.test(key)) || (key.length > 4 && key.endsWith('ing'));
}

/**
 * True when two sentences tell one act with the roles swapped: of two people or things both name,
 * the one that stands before the act in one stands after it in the other, and the other way round
 * ("Parmalat has sued 45 banks" / "Bank of America has been banned from suing Parmalat": who sues
 * whom). Word order tells the roles only in the active: an act told with its agent ("was sued by
 * Parmalat") is left out.
 */
function swappedRoles(first: Core, second: Core): boolean {
  for (const act of first.acts) {
    if (!second.acts.includes(act) || (act !== first.predicate && act !== second.predicate) || first.passive.includes(act) || second.passive.includes(act)) continue;
    const mineOrder = orderOf(first);
    const theirOrder = orderOf(second);
    const at = mineOrder.get(act);
    const theirs = theirOrder.get(act);
    if (at === undefined || theirs === undefined) continue;
    // Who moved from before the act to after it, and who the other way; one of them named in either sentence.
    let beforeThenAfter: number | undefined;
    let afterThenBefore: number | undefined;
    const named = (id: number | undefined): boolean => id !== undefined && (first.names.has(id) || second.names.has(id));
    for (const [id, mine] of mineOrder) {
      const other = theirOrder.get(id);
      if (id === act || other === undefined) continue;
      if (mine < at && other > theirs && (beforeThenAfter === undefined || named(id))) beforeThenAfter = id;
      if (mine > at && other < theirs && (afterThenBefore === undefined || named(id))) afterThenBefore = id;
    }
    if (beforeThenAfter !== undefined && afterThenBefore !== undefined && (named(beforeThenAfter) || named(afterThenBefore))) return true;
  }
  return false;
}

/** How many words a subject may run to when looking for what a sentence says of it (`Core.groupedAt`). */
const LONG_SUBJECT_WORDS = 20;
const LIGHT: ReadonlySet<string> = new Set(LIGHT_PREDICATES.map((entry) => entry.word));

/** The predicate what a sentence says of its subject is read from: the main one, else one past a long subject. */
function commentPredicateOf(found: { at: number; id: number } | undefined, tokens: readonly Token[]): { groupedAt: number; commentPredicate: number; lightPredicate: boolean } {
  if (!found) return { groupedAt: -1, commentPredicate: -1, lightPredicate: false };
  return { groupedAt: found.at, commentPredicate: found.id, lightPredicate: LIGHT.has(tokens[found.at]?.key ?? '') };
}

/** Where each word and name of a core first stands, read from its `sequence` once. */
function orderOf(core: Core): Map<number, number> {
  if (core.order) return core.order;
  const order = new Map<number, number>();
  for (let k = 0; k + 1 < core.sequence.length; k += 2) {
    const id = core.sequence[k] ?? -1;
    if (!order.has(id)) order.set(id, core.sequence[k + 1] ?? 0);
  }
  core.order = order;
  return order;
}

/** True when a word or name of the core's subject (what stands before its predicate, outside background) is in `comment`. */
function crosses(core: Core, comment: ReadonlySet<number>): boolean {
  for (let k = 0; k + 1 < core.sequence.length; k += 2) if ((core.sequence[k + 1] ?? 0) < core.groupedAt && comment.has(core.sequence[k] ?? -1)) return true;
  return false;
}

/** The core's predicate and the words and names after it (see `Core.comment`), read once. */
function commentOf(core: Core): Set<number> {
  if (core.comment) return core.comment;
  const comment = new Set<number>();
  if (core.groupedAt >= 0) {
    comment.add(core.commentPredicate);
    for (let k = 0; k + 1 < core.sequence.length; k += 2) {
      const id = core.sequence[k] ?? -1;
      if ((core.sequence[k + 1] ?? 0) > core.groupedAt && (core.contentSet.has(id) || core.names.has(id))) comment.add(id);
    }
  }
  core.comment = comment;
  return comment;
}

const FORECAST: ReadonlySet<string> = new Set(FORECAST_CUES);
/** Past forms of irregular verbs ("won", "took"), which do not end in "-ed". */
const IRREGULAR_PAST: ReadonlySet<string> = new Set(IRREGULAR_VERBS.flatMap((forms) => forms.slice(1)));
/** Words before a verb that put it ahead of the telling ("will have won", "to win", "could be banned"). */
const NOT_YET: ReadonlySet<string> = new Set(['to', 'will', 'would', 'could', 'may', 'might', 'should', 'can', 'shall', 'must']);

/** How many words past the main predicate a forecast cue may stand and still be its ("is one of the favourites to land"). */
const FORECAST_REACH = 4;

/**
 * True when the verb at `at` is a past form with no modal or "to" in the two words before it (see `Core.done`); a
 * forecast cue ("had been expected", "is tipped") is the forecast, not the act.
 */
function toldDone(tokens: readonly Token[], at: number): boolean {
  const key = tokens[at]?.key;
  if (key === undefined || FORECAST.has(key) || !(key.endsWith('ed') || IRREGULAR_PAST.has(key))) return false;
  return !NOT_YET.has(tokens[at - 1]?.key ?? '') && !NOT_YET.has(tokens[at - 2]?.key ?? '');
}

const STANDING: ReadonlySet<string> = new Set(STANDING_VERBS);

/**
 * True when one sentence describes how something stands ("Calder operates the Lisbon and Porto exchanges"; see
 * STANDING_VERBS) and the other tells an act or a state with a verb it does not use ("Vantor is in competition with
 * Calder to take over the Harlow exchange"): background and an event of one story, however many of its names they share.
 * A standing verb the event's sentence gives only in a clause of background ("holding talks with Calder, which operates
 * the Lisbon exchange") describes a firm it names, which is not what it tells.
 */
function standingAndEvent(first: Core, second: Core): boolean {
  const apart = (standing: Core, event: Core): boolean =>
    standing.standing >= 0 &&
    event.standing < 0 &&
    event.predicate >= 0 &&
    (!event.contentSet.has(standing.standing) || event.background.has(standing.standing)) &&
    !standing.contentSet.has(event.predicate);
  return apart(first, second) || apart(second, first);
}

/** Words that may stand between "will" and the verb it puts ahead ("will also attend", "will now seek"). */
const BETWEEN_WILL_AND_VERB: ReadonlySet<string> = new Set(['also', 'now', 'then', 'still', 'first', 'soon', 'again', 'later']);

/**
 * True when the verb at `at` has "will" before it, straight or past one of BETWEEN_WILL_AND_VERB, or "will be" (a passive
 * or a progressive to come: "The cuts will be paid for out of the savings …" is as much ahead as "will pay"; see
 * `Core.planned`).
 */
function toldToCome(tokens: readonly Token[], at: number): boolean {
  if (at < 1) return false;
  const before = tokens[at - 1]?.key;
  if (before === 'be' && tokens[at - 2]?.key === 'will') return true;
  return before === 'will' || (BETWEEN_WILL_AND_VERB.has(before ?? '') && tokens[at - 2]?.key === 'will');
}

/**
 * True when one sentence tells what its subject will do and the other what another subject did, with another verb,
 * neither using the other's ("Mr Hart will seek to reassure MPs at a meeting … to show unity" / "Backbench MPs have
 * angrily criticised Mr Hart and Mr Dunmore …"): an event to come and another one past, however many names and words of
 * the story they share. One subject's plan and its act ("Five unions will hold talks with …" / "Five unions met …"),
 * the same verb in both ("will attend" / "attended") and a figure anchoring them are left to the other rules:
 * retellings put one claim in other tenses.
 */
function planAndOtherAct(first: Core, second: Core): boolean {
  const apart = (plan: Core, act: Core): boolean =>
    plan.planned >= 0 &&
    act.done >= 0 &&
    plan.planned !== act.done &&
    !act.contentSet.has(plan.planned) &&
    !plan.contentSet.has(act.done) &&
    plan.subject.size > 0 &&
    act.subject.size > 0 &&
    !overlaps(plan.subject, act.subject);
  return apart(first, second) || apart(second, first);
}

/**
 * True when each sentence names who does what it tells, before its predicate, both tell one act and name what it is
 * done to alike, and neither names the other's actor anywhere: "The World Anti-Doping Agency will appeal against the
 * acquittal of Lamb and Petrou if the IAAF does not" and "The International Association of Athletics Federations will
 * appeal against the acquittal of Lamb and Petrou"; "Lamb and Petrou can appeal against any decision at the Court of
 * Arbitration for Sport" and "The federation is deciding whether to appeal at the Court of Arbitration for Sport". One
 * act told of two actors is two claims. A retelling names its actor again, writes it as its initials ("GM" for "General
 * Motors", see `initialsOf`), or as a role the entity reading links (`joinActorsAlike`).
 */
function otherAgents(first: Core, second: Core, firstText: string, secondText: string): boolean {
  if (first.agents.size === 0 || second.agents.size === 0) return false;
  if (!(first.predicate === second.predicate || second.contentSet.has(first.predicate) || first.contentSet.has(second.predicate))) return false;
  for (const id of first.agents) if (second.names.has(id) || second.contentSet.has(id)) return false;
  for (const id of second.agents) if (first.names.has(id) || first.contentSet.has(id)) return false;
  let object = false;
  for (const id of first.names) if (!first.agents.has(id) && second.names.has(id) && !second.agents.has(id)) object = true;
  if (!object) return false;
  return !spelledOutIn(first, secondText) && !spelledOutIn(second, firstText);
}

/** True when a name `core` writes in capitals before its predicate ("GM") is the initials of a name `text` spells out ("General Motors"). */
function spelledOutIn(core: Core, text: string): boolean {
  return core.initials.length > 0 && core.initials.some((word) => initialsOf(text).has(word));
}

/** Small words a body's full name may hold that its initials leave out ("International Association of Athletics Federations"). */
const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the', '&']);
const NAME_WORD = /[\p{Lu}][\p{L}\p{M}'\u2019]*|[\p{Ll}&]+/gu;

/** The initials of every run of two capitalised words or more in `text`, small joining words skipped: "GM" and "GMU" in "General Motors of the US". */
function initialsOf(text: string): ReadonlySet<string> {
  const found = new Set<string>();
  let run = '';
  const close = (): void => {
    for (let from = 0; from + 1 < run.length; from++) for (let to = from + 2; to <= run.length; to++) found.add(run.slice(from, to));
    run = '';
  };
  for (const [word] of text.matchAll(NAME_WORD)) {
    if (CAPITAL_INITIAL.test(word)) run += word[0] ?? '';
    else if (!NAME_JOINERS.has(word) || run === '') close();
  }
  close();
  return found;
}

/** The term ids of `sequence` (pairs of term id and token index) that stand before token `at`. */
function wordsBefore(sequence: readonly number[], at: number): ReadonlySet<number> {
  const before = new Set<number>();
  for (let k = 0; k + 1 < sequence.length && (sequence[k + 1] ?? at) < at; k += 2) before.add(sequence[k] ?? -1);
  return keptSet(before);
}

/** The words and names of `sequence` (see `Core.sequence`) that stand before token `at` and nowhere from it on. */
function onlyBefore(sequence: readonly number[], at: number): ReadonlySet<number> {
  const after = new Set<number>();
  for (let k = 0; k + 1 < sequence.length; k += 2) if ((sequence[k + 1] ?? at) >= at) after.add(sequence[k] ?? -1);
  const before = [...wordsBefore(sequence, at)].filter((id) => !after.has(id));
  return before.length > 0 ? new Set(before) : NONE;
}

/** How many words past a forecast cue the "to" or "will" of the act it forecasts may stand ("predict the twice-nominated Sam Reyes will win"). */
const FORECAST_ACT_REACH = 8;

/**
 * True when one sentence tells an act done and the other only forecasts that act ("Swank won best actress" / "Swank is
 * tipped to win best actress"; "120,000 people attended" / "are expected to attend"): the tip and the win are two
 * claims, however many names and words they share. Another act beside a forecast ("troops are expected to arrive" /
 * "soldiers were reportedly trained") is left to the other rules: retellings put one claim in other tenses.
 */
function forecastAndOutcome(first: Core, second: Core): boolean {
  return (first.forecast >= 0 && second.forecast < 0 && first.forecast === second.done) || (second.forecast >= 0 && first.forecast < 0 && second.forecast === first.done);
}

/**
 * True when `later` gives as the reading it compares with ("Retail sales dropped by 1% in December, after a 0.6% rise in
 * November") a sum or a share `earlier` tells as its own ("Retail sales rose 0.6% on the month"), and a reading of its own
 * of that kind that `earlier` does not give: two periods' readings, the later naming the earlier, not one told twice.
 */
function comparedReading(later: Core, earlier: Core): boolean {
  const apart = (kind: (core: Core) => ReadonlySet<number>): boolean =>
    [...later.comparedOnly].some((id) => kind(later).has(id) && kind(earlier).has(id) && !earlier.comparedOnly.has(id)) &&
    [...kind(later)].some((id) => !later.comparedOnly.has(id) && !earlier.figures.has(id) && !later.background.has(id));
  return apart((core) => core.money) || apart((core) => core.shares);
}

/** The comparison openers (see COMPARISON_OPENERS) as their words, with their kind. */
const COMPARISONS: readonly { words: readonly string[]; kind: ComparisonOpenerKind }[] = COMPARISON_OPENERS.map((entry) => ({ words: entry.opener.split(' '), kind: entry.kind }));
/** The words a comparison opener starts with: every token of every sentence read is looked up here first. */
const COMPARISON_STARTS: ReadonlySet<string> = new Set(COMPARISONS.map(({ words }) => words[0] ?? ''));
const BEFORE_THAN: ReadonlySet<string> = new Set(QUANTITY_BEFORE_THAN);
const AFTER_THAN: ReadonlySet<string> = new Set(EXPECTATION_AFTER_THAN);
/** A mark between two words that ends a clause: a comma, a semicolon, a bracket or a dash. */
const CLAUSE_MARK = /[,;()\u2013\u2014]|\s-\s/u;
/** How many words past "from" a figure or a month may stand for it to open a comparison ("from an adjusted 56.4"). */
const FIGURE_AFTER_FROM = 2;

/** True when a comparison opener of `kind` whose words end at token `last` opens a comparison there (see COMPARISON_OPENERS). */
function opensComparison(text: string, tokens: readonly Token[], first: number, last: number, kind: ComparisonOpenerKind): boolean {
  if (kind === 'than') return !BEFORE_THAN.has(tokens[first - 1]?.key ?? '') && !AFTER_THAN.has(tokens[last + 1]?.key ?? '');
  if (kind === 'phrase') return true;
  for (let j = last + 1; j <= last + FIGURE_AFTER_FROM && j < tokens.length; j++) {
    const token = tokens[j];
    if (!token) break;
    if (isFigure(token.key) || (MONTH_WORDS.has(token.key) && CAPITAL_INITIAL.test(text.slice(token.start, token.end)))) return true;
  }
  return false;
}

/**
 * The token indices inside a comparison with another period's reading (see COMPARISON_OPENERS), from its opener to the
 * end of its clause: "up from a £6.4bn rise in November" in "Mortgage lending rose by £7.1bn in December, up from a
 * £6.4bn rise in November". Empty for most sentences.
 */
function comparedOf(text: string, tokens: readonly Token[]): ReadonlySet<number> {
  let found: Set<number> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (!COMPARISON_STARTS.has(tokens[i]?.key ?? '')) continue;
    const opener = COMPARISONS.find(({ words }) => words.every((word, k) => tokens[i + k]?.key === word));
    if (!opener) continue;
    const last = i + opener.words.length - 1;
    if (!opensComparison(text, tokens, i, last, opener.kind)) continue;
    found ??= new Set();
    let j = i;
    for (; j < tokens.length; j++) {
      if (j > last && CLAUSE_MARK.test(text.slice(tokens[j - 1]?.end ?? 0, tokens[j]?.start ?? 0))) break;
      found.add(j);
    }
    i = j - 1;
  }
  return found ?? NONE;
}

/** How many words before a name may describe it ("the gritty abortion drama Vera Drake"). */
const DESCRIBER_WORDS = 3;
const POSSESSIVE = /['\u2019]s?$/u;
/** What may stand between two words of one description: spaces or a hyphen ("award-winning"), never a mark. */
const WORD_JOINER = /^[\s-]*$/u;

/**
 * The token indices of the words that describe a name written straight after them ("abortion drama" in "Mike Leigh's
 * abortion drama Vera Drake", "fellow sprinter" in "she and fellow sprinter Kostas Kenteris", "telecoms giant" in "a
 * buyout from telecoms giant Verizon"): who the name is, not what the sentence tells of it. Up to DESCRIBER_WORDS lower-case words
 * in a row, with nothing but a space or a hyphen between them, back to a stop word, a possessive, a place, a mark or the
 * sentence's start; never past a verb, the main predicate or a name that acts on the next one ("Arsenal beat Chelsea").
 */
function describersOf(text: string, tokens: readonly Token[], predicateAt: number): ReadonlySet<number> {
  let found: Set<number> | undefined;
  for (let j = 1; j < tokens.length; j++) {
    const name = tokens[j];
    const before = tokens[j - 1];
    // The first letters alone settle most words: a name after a lower-case word.
    if (!name || !before || !CAPITAL_INITIAL.test(text[name.start] ?? '') || !SMALL_INITIAL.test(text[before.start] ?? '') || CALENDAR_WORDS.has(termOf(name.key) ?? '')) continue;
    const run: number[] = [];
    let k = j - 1;
    for (; k >= 0 && run.length <= DESCRIBER_WORDS; k--) {
      const token = tokens[k];
      const next = tokens[k + 1];
      if (!token || !next || !WORD_JOINER.test(text.slice(token.end, next.start))) break;
      const term = termOf(token.key);
      const written = text.slice(token.start, token.end);
      if (term === null || isFigure(term) || !SMALL_INITIAL.test(written) || k === predicateAt || FRAME_TERMS.has(term) || VERB_GROUP.has(token.key) || looksLikeVerb(token.key)) break;
      run.push(k);
    }
    if (run.length === 0 || run.length > DESCRIBER_WORDS) continue;
    const stop = tokens[k];
    const last = tokens[k + 1];
    if (stop && last && WORD_JOINER.test(text.slice(stop.end, last.start))) {
      const term = termOf(stop.key);
      const written = text.slice(stop.start, stop.end);
      const boundary =
        term === null || (CAPITAL_INITIAL.test(written) && (POSSESSIVE.test(written) || PLACE_TERMS.has(term ?? ''))) || VERB_GROUP.has(stop.key) || looksLikeVerb(stop.key) || k === predicateAt;
      if (!boundary) continue;
    }
    found ??= new Set();
    for (const at of run) found.add(at);
  }
  return found ?? NONE;
}

const ADJUNCT_OPENERS: ReadonlySet<string> = new Set(ADJUNCT_PREPOSITIONS);
/** A gerund: a word of five letters or more ending in "-ing" ("missing", "playing", "being"; not "king", "sing"). */
const GERUND = /^\p{L}{2,}ing$/u;

/** The token indices inside an adjunct opened by a preposition and a gerund (see ADJUNCT_PREPOSITIONS), to the end of its clause: empty for most sentences. */
function adjunctsOf(text: string, tokens: readonly Token[]): ReadonlySet<number> {
  let found: Set<number> | undefined;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!ADJUNCT_OPENERS.has(tokens[i]?.key ?? '') || !GERUND.test(tokens[i + 1]?.key ?? '')) continue;
    found ??= new Set();
    let j = i;
    for (; j < tokens.length; j++) {
      if (j > i + 1 && CLAUSE_MARK.test(text.slice(tokens[j - 1]?.end ?? 0, tokens[j]?.start ?? 0))) break;
      found.add(j);
    }
    i = j - 1;
  }
  return found ?? NONE;
}

/**
 * True when two sentences tell other acts of the same people and share nothing of what they tell but the story's
 * circumstance: each has a main predicate the other does not use, and every core word they share stands in both only in
 * an adjunct on a gerund ("Swank triumphed for playing a gutsy female boxer" / "Hilary Swank picked up her second best
 * actress Oscar for playing a female boxer": two prizes) or, in one of them, only describes a name ("fellow sprinter
 * Kostas Kenteris"), with one word of the adjunct shared at least. A retelling keeps its act, or says it in a word the
 * other uses.
 */
function otherActsInOneStory(first: Core, second: Core): boolean {
  const [a, b] = [first.predicate, second.predicate];
  if (
    first.adjunct.size === 0 ||
    second.adjunct.size === 0 ||
    a < 0 ||
    b < 0 ||
    a === b ||
    (second.contentSet.has(a) && !second.described.has(a)) ||
    (first.contentSet.has(b) && !first.described.has(b))
  )
    return false;
  let inAdjunct = false;
  for (const id of first.content) {
    // A capitalised word both open with is who they are about ("Marta Tavistock …"), as a name is.
    if (!second.contentSet.has(id) || (first.background.has(id) && second.background.has(id)) || (id === first.lead && id === second.lead)) continue;
    if (first.adjunct.has(id) && second.adjunct.has(id)) inAdjunct = true;
    else if (!first.described.has(id) && !second.described.has(id)) return false;
  }
  return inAdjunct;
}

/**
 * The verb a forecast cue at `at` forecasts: the one after the first "to" or "will" within FORECAST_ACT_REACH words
 * ("tipped to win", "predict … will win"; past "be": "expected to be named"), or undefined.
 */
function forecastVerbOf(tokens: readonly Token[], at: number): Token | undefined {
  for (let j = at + 1; j <= at + FORECAST_ACT_REACH && j < tokens.length; j++) {
    if (tokens[j]?.key !== 'to' && tokens[j]?.key !== 'will') continue;
    return tokens[j + 1]?.key === 'be' ? tokens[j + 2] : tokens[j + 1];
  }
  return undefined;
}

/** How many words after a verb of winning a nomination may stand and be what was won ("scooped seven nominations"). */
const AWARD_OBJECT_REACH = 2;
const NOMINATION_WORDS: ReadonlySet<string> = new Set(AWARD_OUTCOME_WORDS.filter((entry) => entry.kind === 'nomination').map((entry) => entry.word));
const WIN_WORDS: ReadonlySet<string> = new Set(AWARD_OUTCOME_WORDS.filter((entry) => entry.kind === 'win').map((entry) => entry.word));
/** The verbs of winning as terms, so that a forecast's infinitive ("tipped to scoop") is read as the word it forecasts ("scooped"). */
const WIN_TERMS: ReadonlySet<string> = new Set([...WIN_WORDS].flatMap((word) => termOf(word) ?? []));

const WIN_FORECASTS: ReadonlySet<string> = new Set(WIN_FORECAST_CUES);
const REACTIONS: ReadonlySet<string> = new Set(REACTION_VERBS.map((entry) => entry.word));
const SPEECH_WORDS: ReadonlySet<string> = new Set(CLAIM_FRAME_WORDS.filter((entry) => entry.kind === 'speech' && !SPEECH_NOUN_FORMS.includes(entry.word)).map((entry) => entry.word));
const JUDGING: ReadonlySet<string> = new Set(REACTION_VERBS.filter((entry) => entry.kind === 'judging').map((entry) => entry.word));

/**
 * True when a forecast cue at `at` forecasts a verb of winning ("is tipped to win the best actress prize"; see
 * AWARD_OUTCOME_WORDS), or is a cue that forecasts a win by itself and forecasts no other verb ("is clear favourite in
 * the best actor category"; see WIN_FORECAST_CUES).
 */
function forecastsWinAt(tokens: readonly Token[], at: number): boolean {
  const verb = forecastVerbOf(tokens, at);
  if (verb === undefined) return WIN_FORECASTS.has(tokens[at]?.key ?? '');
  const term = termOf(verb.key);
  return term !== null && WIN_TERMS.has(term);
}

/**
 * True when one sentence forecasts a win ("Foxx is clear favourite … while Swank is tipped to win the best actress
 * prize") and the other tells a nomination ("Ray has been nominated in six categories including best actor for Foxx"),
 * telling none itself: the tip and the shortlist are two claims, however many names and categories they share.
 */
function tipAndNomination(first: Core, second: Core): boolean {
  const apart = (tip: Core, nomination: Core): boolean => tip.forecastsWin && tip.award !== 'nomination' && nomination.award === 'nomination' && nomination.forecast < 0;
  return apart(first, second) || apart(second, first);
}

/**
 * How a sentence tells a prize's outcome (see AWARD_OUTCOME_WORDS): when its main verb is a word of winning, `win`,
 * or `nomination` when a nomination is what was won ("scooped seven nominations": one within AWARD_OBJECT_REACH words
 * after it), or null when the win is denied ("has never won"); else `nomination` when its main clause (outside
 * background) holds a word of nomination anywhere, null otherwise.
 */
function awardOutcomeOf(tokens: readonly Token[], spans: readonly [number, number][], predicateAt: number): 'nomination' | 'win' | null {
  const nominated = (from: number, to: number): boolean => tokens.slice(Math.max(from, 0), to).some((token) => NOMINATION_WORDS.has(token.key) && !insideAny(spans, token));
  if (WIN_WORDS.has(tokens[predicateAt]?.key ?? '')) {
    // "has never won despite being nominated" tells no win.
    if (tokens.slice(Math.max(predicateAt - NEGATION_REACH, 0), predicateAt).some((token) => NEGATIONS.has(token.key))) return null;
    return nominated(predicateAt + 1, predicateAt + 1 + AWARD_OBJECT_REACH) ? 'nomination' : 'win';
  }
  return nominated(0, tokens.length) ? 'nomination' : null;
}

/** The slots of a sentence that names no one after a name and a joiner, shared by all such cores. */
const NO_SLOTS: ReadonlyMap<string, ReadonlySet<number>> = new Map();
/** The words that join a counterpart to a name (see COUNTERPART_JOINERS). */
const JOINERS: ReadonlySet<string> = new Set(COUNTERPART_JOINERS.map((entry) => entry.word));

/**
 * The slot a run of names opening at token i fills: the name and the joiner written before it ("MCI and Qwest": "mci
 * and"; see COUNTERPART_JOINERS), or undefined when no name and joiner stand before it. A name before the joiner keeps
 * the slot a party's: after a common word ("investment and Conservative cuts", "90% of PCs") a name is one of many
 * things a sentence lists, and retellings name it other ways ("Tory", "Windows machines").
 */
function slotOf(text: string, tokens: readonly Token[], i: number): string | undefined {
  const [party, joiner] = [tokens[i - 2], tokens[i - 1]];
  if (party === undefined || joiner === undefined || !JOINERS.has(joiner.key) || !CAPITAL_INITIAL.test(text.slice(party.start, party.end))) return undefined;
  return `${party.key} ${joiner.key}`;
}

/**
 * True when two sentences name other counterparts beside one party: after the same name and joiner, each names someone
 * the other never names ("A merger between MCI and Qwest would be …" / "A merger between MCI and Verizon would be …").
 * The same people and the same words then tell two deals, two matches, two pairings: a different counterpart is a
 * different claim, not a detail that differs. A name that starts the other's ("BBC" / "BBC2") is no other counterpart.
 */
function otherCounterparts(first: Core, second: Core, terms: readonly string[]): boolean {
  const alike = (id: number, other: number): boolean => {
    const [mine, theirs] = [terms[id] ?? '', terms[other] ?? ''];
    return mine.startsWith(theirs) || theirs.startsWith(mine);
  };
  const nowhereIn = (ids: ReadonlySet<number>, core: Core): boolean => [...ids].every((id) => !core.contentSet.has(id) && ![...core.names].some((other) => alike(id, other)));
  for (const [context, mine] of first.slots) {
    const theirs = second.slots.get(context);
    if (theirs && mine.size > 0 && theirs.size > 0 && nowhereIn(mine, second) && nowhereIn(theirs, first)) return true;
  }
  return false;
}

/**
 * True when the word at `i` is a participle in -ed set right before a noun, outside a verb group: "banned" in
 * "distributing banned substances", "proposed" in "the proposed merger"; not "has been banned for", "was banned".
 */
function isModifyingParticiple(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (token === undefined || next === undefined || !token.key.endsWith('ed') || !/^\s+$/u.test(text.slice(token.end, next.start))) return false;
  const before = tokens[i - 1]?.key ?? '';
  if (BE_FORMS.has(before) || ACT_OPENERS.has(before) || VERB_GROUP.has(before)) return false;
  const nextTerm = termOf(next.key);
  return nextTerm !== null && !isFigure(nextTerm) && !FRAME_TERMS.has(nextTerm) && SMALL_INITIAL.test(text.slice(next.start, next.end)) && !VERB_GROUP.has(next.key);
}

/** How many words at least each sentence must say of its subject (its predicate with what follows) for `otherComments` to weigh them. */
const MIN_COMMENT_WORDS = 2;

/**
 * True when two sentences share only what they are about, not what they say of it: each has a
 * main predicate, neither uses the other's, and no word or name of one's predicate and what
 * follows it stands in the other's ("Fox hunting with dogs is now illegal … after a ban came into
 * force" / "The law banning hunting with dogs … is enforceable and "very clear"": one subject, two
 * claims). A claim's core predicate must be shared.
 */
function otherComments(first: Core, second: Core): boolean {
  const [a, b] = [first.commentPredicate, second.commentPredicate];
  if (a < 0 || b < 0 || first.groupedAt < 0 || second.groupedAt < 0) return false;
  // One light verb ("has begun") says too little to be what two sentences share: what follows it must be shared.
  const light = a === b && first.lightPredicate && second.lightPredicate;
  // A participle set before a noun ("distributing banned substances") names a kind of thing, not the act "has been banned" tells.
  const uses = (core: Core, id: number): boolean => core.contentSet.has(id) && !core.modifying.has(id);
  if (!light && (a === b || uses(second, a) || uses(first, b))) return false;
  const [mine, theirs] = [commentOf(first), commentOf(second)];
  if (mine.size < MIN_COMMENT_WORDS || theirs.size < MIN_COMMENT_WORDS) return false;
  for (const id of mine) if (theirs.has(id) && !(light && id === a) && !(id === a && second.modifying.has(id)) && !(id === b && first.modifying.has(id))) return false;
  // What each says of its subject is the other's subject, both ways ("The movie of Dan Brown's novel is directed by Ron
  // Howard and stars Tom Hanks" / "Tom Hanks and Ron Howard are reuniting for … the novel by Dan Brown"): one fact, turned about.
  if (crosses(first, theirs) && crosses(second, mine)) return false;
  // A word both give, one of them in passing ("Ebbers, who is accused of overseeing a fraud, never made …"), may be the claim they share.
  for (const id of first.background) if (second.contentSet.has(id) || second.names.has(id)) return false;
  for (const id of second.background) if (first.contentSet.has(id) || first.names.has(id)) return false;
  return true;
}

/**
 * Share of all sentences a word may be used by (at least `maxPosting` sentences) and still tell a claim: "suspend" or
 * "nullified" do, "shares", "stock" and "market" are in every business story. At 927 BBC articles about 100 sentences.
 */
const TELLING_WORD_SHARE = 0.006;
/** Below this Dice of two cores, the one held by the other must share a telling word with it (see TELLING_WORD_SHARE). */
const LOOSE_CORE_DICE = 0.5;

/** Sums of money (or shares) each of two sentences must give for none given alike to tell two readings (see `#otherReadings`). */
const READING_MEASURES = 2;
/** How far apart two figures may lie, as a share of the larger, and still be one figure told two ways (rounded: "£7.15bn" / "£7.2bn"). */
const FIGURE_TOLERANCE = 0.025;
/** The same between two figures both written to PRECISE_DIGITS or more ("$49.74" / "$48.64" are two prices, "$55.67" / "$55.7" one). */
const PRECISE_TOLERANCE = 0.005;

/** Core words two sentences with different predicates may share and still tell different things ("fraud and conspiracy"). */
const FEW_CORE_WORDS = 3;

/**
 * True when the main predicate at `at` is a verb of speech with what it reports after it ("Owen, who …, said it meant a
 * lot"), not a speaker named after the words ("\"I am confident,\" Thanou said", "For instance, said Mr Hogan, …").
 */
function reportsAhead(text: string, tokens: readonly Token[], spans: readonly [number, number][], at: number): boolean {
  const [verb, before] = [tokens[at], tokens[at - 1]];
  if (verb === undefined || !SPEECH_WORDS.has(verb.key) || DOUBLE_QUOTE_MARK.test(text.slice(0, verb.start))) return false;
  return before === undefined || insideAny(spans, before) || !text.slice(before.end, verb.start).includes(',');
}

/** How many words may stand between the words a sentence quotes and its verb of speech (`," Fiat chief executive Sergio Marchionne said`). */
const SPEAKER_WORDS_BEFORE_VERB = 6;

/**
 * Where the words a sentence quotes before its verb of speech end (`"We now have absolute freedom to design our own future,"
 * said Fiat chief executive Sergio Marchionne`): what it reports, as the words after `said` are in `X said …`; the speaker
 * and what he is called are who said it. -1 unless the sentence opens with a double quotation mark, holds its closing one,
 * and a verb of speech follows it within SPEAKER_WORDS_BEFORE_VERB words.
 */
function quotedBeforeSpeech(text: string, tokens: readonly Token[]): number {
  const marks = [...text.matchAll(DOUBLE_QUOTE_MARKS)].map((match) => match.index);
  const [first] = marks;
  const closing = marks.at(-1);
  if (marks.length < 2 || first === undefined || closing === undefined || text.slice(0, first).trim() !== '') return -1;
  const after = tokens.findIndex((token) => token.start > closing);
  if (after < 0) return -1;
  let verb = -1;
  for (let i = after; i < tokens.length && i <= after + SPEAKER_WORDS_BEFORE_VERB && verb < 0; i++) if (SPEECH_WORDS.has(tokens[i]?.key ?? '')) verb = i;
  if (verb < 0) return -1;
  // (`," said analyst Vadim Mitroshin The dispute … is partly driven by …`: a clause of its own after the speaker, where an
  // article left out a full stop, tells more than the quotation; `, who was at the festival` only says who he is.)
  let relative = false;
  for (let i = verb + 1; i < tokens.length; i++) {
    const key = tokens[i]?.key ?? '';
    if (SPEAKER_RELATIVES.has(key)) relative = true;
    else if (!relative && VERB_GROUP.has(key)) return -1;
  }
  return closing;
}

/** Words that open a clause about the speaker after his name (`said Michael, who was at the festival`). */
const SPEAKER_RELATIVES: ReadonlySet<string> = new Set(['who', 'whose', 'which']);

const SELF_REPORTING: ReadonlyMap<string, boolean> = new Map(SELF_REPORTING_PRONOUNS.map((entry) => [entry.word, entry.withBe]));

/**
 * True when the words reported after the verb of speech at `speechAt` open with a pronoun that stands for the speaker,
 * "that" or none between, and an auxiliary or a modal after it: "said it would co-operate", "said that he had resigned".
 */
function reportsOfSpeaker(tokens: readonly Token[], speechAt: number): boolean {
  const at = tokens[speechAt + 1]?.key === 'that' ? speechAt + 2 : speechAt + 1;
  const withBe = SELF_REPORTING.get(tokens[at]?.key ?? '');
  const next = tokens[at + 1]?.key ?? '';
  const kind = VERB_GROUP.get(next);
  return withBe !== undefined && (kind === 'auxiliary' || kind === 'modal') && (withBe || !BE_FORMS.has(next));
}

/**
 * True when `speech` reports words (see `Core.reported`) of which `other` says nothing: the two share only who spoke and
 * what is said of them ("British actor Clive Owen, who has won a Golden Globe …, said it "meant a lot" to be there" /
 * "Owen is hoping to repeat his Golden Globe success"). A word `other` gives only in the subject of an act it tells done
 * is who did it, not what was reported: "Shadow Foreign Secretary Michael Ancram said: "I am glad the foreign secretary
 * has finally been shamed …" / "The shadow foreign secretary, Michael Ancram, welcomed the return of the four detainees".
 */
function reportsNothingOf(speech: Core, other: Core): boolean {
  if (speech.reported.size === 0) return false;
  for (const id of speech.reported) if ((other.contentSet.has(id) || other.names.has(id) || other.figures.has(id)) && !other.subjectOnly.has(id)) return false;
  return true;
}

/**
 * True when two sentences tell their subjects doing different things: each has a main predicate,
 * one a state or a passive ("is on trial", "is being investigated") and the other an act ("has
 * denied", "resigned"), they are not one word (or one class of synonyms), and neither sentence uses
 * the other's at all ("Mr Ebbers has denied charges of fraud" / "Mr Ebbers is on trial for fraud";
 * "He is being investigated over the visa" / "Mr Blunkett resigned after an inquiry into the
 * visa"). Two acts told with other verbs ("prices fell" / "prices dropped") may be one act in other
 * words, so they never clash by their verbs alone.
 */
function otherPredicates(first: Core, second: Core): boolean {
  const [a, b] = [first.predicate, second.predicate];
  return a >= 0 && b >= 0 && a !== b && first.copular !== second.copular && !second.contentSet.has(a) && !first.contentSet.has(b);
}

/** The kinds of ACT_VERBS, each by its place in this list. */
const ACT_KINDS: readonly ActKind[] = [...new Set(ACT_VERBS.map((entry) => entry.kind))];
const kindOf = (kind: ActKind): number => ACT_KINDS.indexOf(kind);
/** Every form of a verb of ACT_VERBS as written, with its kind and the particle it needs. */
const ACT_VERB_FORMS: ReadonlyMap<string, { kind: number; particle: string | undefined }> = new Map(
  ACT_VERBS.flatMap((entry) =>
    [...inflectionsOf(entry.verb), ...(entry.past ?? [])].map((form): [string, { kind: number; particle: string | undefined }] => [form, { kind: kindOf(entry.kind), particle: entry.particle }]),
  ),
);
/** The irregular past forms of ACT_VERBS, which the main predicate's reading does not know as verbs ("quit", "bought"). */
const ACT_PAST_FORMS: ReadonlyMap<string, number> = new Map(
  ACT_VERBS.flatMap((entry) => (entry.particle === undefined ? (entry.past ?? []).map((form): [string, number] => [form, kindOf(entry.kind)]) : [])),
);
/** The nouns that name an act of ACT_VERBS ("the offer", "his resignation"), as written, with its kind. */
const ACT_NOUNS: ReadonlyMap<string, number> = new Map(ACT_VERBS.flatMap((entry) => (entry.nouns ?? []).map((noun): [string, number] => [noun, kindOf(entry.kind)])));
/** Words after which a verb of ACT_VERBS is told as an act ("has rejected", "was turned down", "offered to buy"), not as a participle describing a noun ("debts owed by"). */
const ACT_VERB_OPENERS: ReadonlySet<string> = new Set([...ACT_OPENERS, 'to']);

/** The kind of act the verb at token i tells, its particle after it where it needs one ("turned down"), or -1. */
function actKindAt(tokens: readonly Token[], i: number): number {
  const form = ACT_VERB_FORMS.get(tokens[i]?.key ?? '');
  if (form === undefined || (form.particle !== undefined && tokens[i + 1]?.key !== form.particle)) return -1;
  return form.kind;
}

/**
 * The act a sentence's main verb tells (see ACT_VERBS) and where it stands, or -1 for both: the main predicate read past a
 * subject of up to LONG_SUBJECT_WORDS ("A previous approach to the board by Mr Hale in October was turned down"), or an
 * irregular past of a kind standing before it outside background, a verb the predicate's reading does not know
 * ("His adviser, Morgan Brooks, quit last year when Mr Hale went ahead …"). `predicateAt` is the main predicate read from
 * `from` at the shorter reach, or -1: the longer reading finds the same one first, so it is read again only when none was.
 */
function actOf(text: string, tokens: readonly Token[], spans: readonly [number, number][], from: number, predicateAt: number): { kind: number; at: number } {
  const at = predicateAt >= 0 ? predicateAt : mainPredicateOf(text, tokens, spans, from, LONG_SUBJECT_WORDS).at;
  for (let i = from + 1; i < (at < 0 ? Math.min(tokens.length, from + LONG_SUBJECT_WORDS) : at); i++) {
    const token = tokens[i];
    const kind = ACT_PAST_FORMS.get(token?.key ?? '');
    if (token === undefined || kind === undefined || insideAny(spans, token) || !SMALL_INITIAL.test(text.slice(token.start, token.end)) || BEFORE_ADJECTIVE.has(tokens[i - 1]?.key ?? '')) continue;
    return { kind, at: i };
  }
  const kind = at < 0 ? -1 : actKindAt(tokens, at);
  return { kind, at: kind < 0 ? -1 : at };
}

/** The kinds of act a sentence tells anywhere (see `Core.actsTold`), its main verb's at `actAt`. */
function actsToldIn(tokens: readonly Token[], actAt: number): ReadonlySet<number> {
  let told: Set<number> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const key = tokens[i]?.key ?? '';
    let kind = ACT_NOUNS.get(key) ?? -1;
    if (kind < 0 && (i === actAt || ACT_VERB_OPENERS.has(tokens[i - 1]?.key ?? '') || (MANNER_ADVERB.test(tokens[i - 1]?.key ?? '') && ACT_VERB_OPENERS.has(tokens[i - 2]?.key ?? ''))))
      kind = actKindAt(tokens, i);
    if (kind >= 0) (told ??= new Set()).add(kind);
  }
  return told ?? NONE;
}

/**
 * True when the main verbs of two sentences tell acts of two kinds (see ACT_VERBS) and neither sentence tells the other's
 * anywhere: "His adviser quit last year" / "A previous approach by Mr Hale was turned down"; "The club offered to freeze
 * debts owed by the countries" / "Its members are owed $5bn": the same people doing two things, however much else they
 * share. A retelling tells its act again, in the same kind or by naming it ("offered £1.3bn, which was rejected" / "a
 * £1.3bn offer has been rejected"); verbs of no kind never part two sentences here.
 */
function otherActKinds(first: Core, second: Core): boolean {
  return first.act >= 0 && second.act >= 0 && first.act !== second.act && !second.actsTold.has(first.act) && !first.actsTold.has(second.act);
}

/** A capitalised word as the tokenizer reads it, apostrophe-joined parts with it ("Baikal", "Britain's"). */
const CAPITALISED_WORD = "\\p{Lu}[\\p{L}\\p{M}\\p{N}]*(?:['\u2019\u02BC][\\p{L}\\p{M}]+)*";
const FIRST_WORD = new RegExp(`^${CAPITALISED_WORD}`, 'u');
/**
 * A capitalised word that is not the first of its sentence, nor the first of a quotation ("he said: 'The …'"), which is
 * capitalised as a sentence's first word is.
 */
const WORD_AFTER_FIRST = new RegExp(`(?<=[^\\p{L}\\p{M}\\p{N}'"\u2018\u2019\u201C\u02BC])${CAPITALISED_WORD}`, 'gu');

/**
 * Claim identity: two sentences carry one claim when they share its core (who did what to whom,
 * with which figure), not when they share names. A sentence's core is its words less the names
 * (capitalised words past the first), figures and the words that only frame the telling ("said",
 * "told", "spokesman"): "Rosneft bought Yugansk for $9.3bn" and "Rosneft's chief was questioned"
 * share a name and nothing of the claim. Worked out once per sentence, only for sentences that
 * some candidate pair reaches.
 */
class ClaimCores {
  readonly #cache: (Core | undefined)[];
  /**
   * By sentence text: the core as first read, before weighing a pair changed it (see `#readFarPredicate`). A core is read
   * from the text alone, so a sentence of the same words (a copy of an article, a line two stories share) starts from a
   * copy of it instead of being read again.
   */
  readonly #firstRead = new Map<string, Core>();
  /** By sentence: 1 when it holds a quotation mark, -1 when not, 0 when not read yet. */
  readonly #quoting: Int8Array;
  readonly #quoted: (ReadonlySet<string> | undefined)[];
  /** By sentence: the name it opens with, null when it opens with none, undefined when not read yet (see `#leadNameOf`). */
  readonly #leadNames: (readonly string[] | null | undefined)[];
  /** By article: the words it writes capitalised past a sentence's first word (see `#namesOfArticle`). */
  readonly #articleNames = new Map<number, ReadonlySet<string>>();
  readonly #prepared: Prepared;
  readonly #rawWeight: Float64Array;
  readonly #settings: AlignmentOptions;
  readonly #rareUse: number;
  /** The weight of a word used by as many sentences as a word that tells a claim may be (see TELLING_WORD_SHARE). */
  readonly #tellingWeight: number;
  /** The weight of a word used by no more sentences than a figure that anchors a claim on its own (`rareUse`). */
  readonly #rareWeight: number;
  #vocabulary: CoreVocabulary | undefined;

  /** `rareUse`: how many sentences at most use a word that makes a phrase of two rare enough to anchor a claim. */
  constructor(prepared: Prepared, weight: Float64Array, settings: AlignmentOptions, rareUse: number) {
    this.#rareUse = rareUse;
    const count = prepared.sentences.length;
    this.#tellingWeight = Math.log((count + 1) / (Math.max(settings.maxPosting, TELLING_WORD_SHARE * count) + 1));
    this.#rareWeight = Math.log((count + 1) / (rareUse + 1));
    this.#prepared = prepared;
    this.#rawWeight = weight;
    this.#settings = settings;
    this.#cache = new Array(prepared.sentences.length);
    this.#quoting = new Int8Array(prepared.sentences.length);
    this.#quoted = new Array(prepared.sentences.length);
    this.#leadNames = new Array(prepared.sentences.length);
  }

  /** The weights of the cores' words: a word read as another (a synonym, a derived form) weighs as their class. */
  get #weight(): Float64Array {
    return this.#words.weight;
  }

  get #words(): CoreVocabulary {
    this.#vocabulary ??= coreVocabularyOf(this.#prepared, this.#rawWeight);
    return this.#vocabulary;
  }

  #of(s: number): Core {
    let core = this.#cache[s];
    if (core) return core;
    const words = this.#words;
    const sentence = this.#prepared.sentences[s];
    if (!sentence) throw new Error(`sentence ${s} is not among those aligned`);
    const { text } = sentence;
    const read = this.#firstRead.get(text);
    if (read) {
      core = { ...read };
      this.#cache[s] = core;
      return core;
    }
    const content = new Set<number>();
    const figures = new Set<number>();
    const names = new Set<number>();
    const phrases = new Set<number>();
    const reading: number[] = [];
    const identifiers = new Set<number>();
    const money = new Set<number>();
    const shares = new Set<number>();
    const pricedIn = new Set<number>();
    const conversions = new Set<number>();
    // Where the last sum of money ends (its scale word included), for a conversion in brackets after it.
    let moneyEnd = -1;
    const bareScaled = new Set<number>();
    const precise = new Set<number>();
    const months = new Set<number>();
    const years = new Set<number>();
    const dated = new Set<number>();
    let afterName = false;
    const main = new Set<number>();
    const inBackground = new Set<number>();
    const spans = backgroundSpansOf(text);
    const relativeSpans = relativeSpansOf(text);
    // Most sentences hold no relative clause: the sets are made for those that do.
    const inRelative = relativeSpans.length > 0 ? new Set<number>() : undefined;
    const outsideRelative = relativeSpans.length > 0 ? new Set<number>() : undefined;
    let previous = -1;
    // How many sentences use the previous word as written: a phrase is rare by its words as written, not by their classes.
    let previousUse = 0;
    let lead = -1;
    const tokens = tokenize(text);
    const framing = openingFrameEnd(text, tokens);
    const { at: predicateAt, copular, grouped } = mainPredicateOf(text, tokens, spans, framing);
    const compared = comparedOf(text, tokens);
    // Figures given in a comparison with another period's reading ("after a 0.6% rise in November") and outside one: most
    // sentences hold no comparison, and the sets are made for those that do.
    const comparedFigures = compared.size > 0 ? new Set<number>() : undefined;
    const toldFigures = compared.size > 0 ? new Set<number>() : undefined;
    const adjunctAt = adjunctsOf(text, tokens);
    const describing = describersOf(text, tokens, predicateAt);
    const award = awardOutcomeOf(tokens, spans, predicateAt);
    // Most sentences hold neither: the sets are made for those that do.
    const inAdjunct = adjunctAt.size > 0 ? new Set<number>() : undefined;
    const outsideAdjunct = adjunctAt.size > 0 ? new Set<number>() : undefined;
    const inDescription = describing.size > 0 ? new Set<number>() : undefined;
    const outsideDescription = describing.size > 0 ? new Set<number>() : undefined;
    const deniedIntents = deniedIntentsOf(tokens);
    const predicateToken = tokens[predicateAt];
    const predicateTerm = predicateToken === undefined ? null : termOf(predicateToken.key);
    const predicate = predicateToken === undefined || predicateTerm === null || FRAME_TERMS.has(predicateTerm) ? -1 : (words.canonical(predicateToken.key, predicateTerm) ?? -1);
    // The scale word of a figure read with it ("£3m"), which is then no word of the core.
    let scaleWordAt = -1;
    const negated = new Set<number>();
    const sequence: number[] = [];
    // Most sentences put no name after a name and a joiner: the map is made for those that do.
    let slots: Map<string, Set<number>> | undefined;
    // The run of names a name of the main clause right after the last one continues, and where that last one stood.
    let run: Set<number> | undefined;
    let lastNameAt = -2;
    const acts: number[] = [];
    const passive: number[] = [];
    let negating = false;
    let forecastAt = -1;
    // Most sentences are read for no pair whose actors are weighed: the set is made for those that name one.
    let agents: Set<number> | undefined;
    let modifying: Set<number> | undefined;
    let initials: string[] | undefined;
    let measures: Map<number, number[]> | undefined;
    let passesOnWords = false;
    let passesOnReaction = false;
    const speechAt = reportsAhead(text, tokens, spans, predicateAt) ? predicateAt : -1;
    const quotedEnd = speechAt < 0 ? quotedBeforeSpeech(text, tokens) : -1;
    const reported = new Set<number>();
    const selfReported = speechAt >= 0 && reportsOfSpeaker(tokens, speechAt);
    let selfReporters: Set<number> | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (token === undefined) continue;
      if (i === scaleWordAt) continue;
      // The first content word after "not" or "never" is the one negated.
      const wasNegating: boolean = negating;
      // Only a negation of the main predicate ("has not paid", "pleaded not guilty"): a "not" in another clause negates something else.
      const term = termOf(token.key);
      // "said" is a stop word: what tells speech or a reaction is read before the words that carry no term are passed over.
      if (!passesOnWords && SPEECH_WORDS.has(token.key) && !insideAny(spans, token)) passesOnWords = true;
      if (!passesOnReaction && REACTIONS.has(token.key) && !insideAny(spans, token)) passesOnReaction = true;
      negating = (NEGATIONS.has(token.key) && predicateAt >= 0 && i >= predicateAt - NEGATION_REACH && i <= predicateAt + 1) || (wasNegating && term === null);
      const next = tokens[i + 1];
      const scale = term !== null && isFigure(term) && next?.start === token.end ? scaleOf(termOf(next.key) ?? undefined) : undefined;
      if (scale !== undefined) scaleWordAt = i + 1;
      const id = term === null ? undefined : scale !== undefined ? this.#prepared.scaled.idOf(term, scale) : words.canonical(token.key, term);
      const followsName = afterName;
      const written = text.slice(token.start, token.end);
      const capitalised = CAPITAL_INITIAL.test(written);
      afterName = i > 0 && capitalised && (term === null || !CALENDAR_WORDS.has(term));
      if (term === null || id === undefined) continue;
      const passing = insideAny(spans, token);
      if (((speechAt >= 0 && i > speechAt && !passing) || token.end <= quotedEnd) && !FRAME_TERMS.has(term)) reported.add(id);
      // A cue well past the main predicate forecasts another clause's act ("The club won the cup and is expected to win the
      // league too" tells the cup won).
      if (forecastAt < 0 && !passing && FORECAST.has(token.key) && i <= predicateAt + FORECAST_REACH) forecastAt = i;
      if (MONTH_WORDS.has(token.key) && capitalised && !compared.has(i)) months.add(id);
      if (isFigure(term)) {
        (compared.has(i) ? comparedFigures : toldFigures)?.add(id);
        if (YEAR.test(term)) {
          years.add(id);
          const before = tokens[i - 1]?.key ?? '';
          if (!passing && !compared.has(i) && (YEAR_DATING.has(before) || MONTH_WORDS.has(before)) && !NAME_AFTER.test(text.slice(token.end, next?.end ?? token.end))) dated.add(id);
        } else if (!isDayOfMonth(text, tokens, i) && !CLOCK_MARKS.has(tokens[i + 1]?.key ?? '')) figures.add(id);
        if (isMoney(text, tokens, i, scale !== undefined)) {
          money.add(id);
          // Only the conversion of a sum the sentence tells: one of a sum that names a thing known ("the £1.35bn ($2.5bn)
          // offer") or of one in passing is as much a name or background as its sum.
          const converts = moneyEnd >= 0 && CONVERSION_BETWEEN.test(text.slice(moneyEnd, token.start));
          if (converts) conversions.add(id);
          const told = !passing && !followsName && !isDefiniteModifier(tokens, i);
          moneyEnd = told || converts ? (scale !== undefined && next ? next.end : token.end) : -1;
        } else if (scale !== undefined) bareScaled.add(id);
        if (scale !== undefined && CURRENCY_WORDS.has(tokens[i + 2]?.key ?? '')) pricedIn.add(id);
        if (isShare(text, tokens, i)) shares.add(id);
        if (significantDigits(term) >= PRECISE_DIGITS) precise.add(id);
        if (passing) inBackground.add(id);
        else main.add(id);
        if (followsName || isDefiniteModifier(tokens, i)) identifiers.add(id);
        else if (!passing && !compared.has(i) && !YEAR.test(term)) {
          const unit = this.#unitAfter(text, tokens, scale === undefined ? i : i + 1) ?? (isDayOfMonth(text, tokens, i) ? undefined : this.#measuredBefore(text, tokens, i));
          if (unit !== undefined) {
            measures ??= new Map();
            measures.set(unit, [...(measures.get(unit) ?? []), this.#prepared.scaled.amountOf(id)]);
          }
        }
        continue;
      }
      // A capitalised word past the first is a name; the first word of a sentence is capitalised anyway.
      if (i === 0 && capitalised) lead = id;
      if (FRAME_TERMS.has(term)) continue;
      // The first word is a name too when it is written in capitals ("GE", "HSBC"): no sentence starts so by itself.
      const name = (i > 0 ? capitalised : ALL_CAPITALS.test(written)) && !PLACE_TERMS.has(term);
      if (!passing) sequence.push(id, i);
      if (name && !passing && !CALENDAR_WORDS.has(term)) {
        if (lastNameAt !== i - 1) {
          const slot = slotOf(text, tokens, i);
          run = undefined;
          if (slot !== undefined) {
            slots ??= new Map();
            run = slots.get(slot) ?? new Set<number>();
            slots.set(slot, run);
          }
        }
        run?.add(id);
        lastNameAt = i;
      }
      if (name) {
        if (!CALENDAR_WORDS.has(term)) names.add(id);
        if (selfReported && i < speechAt && i >= framing && !passing && !CALENDAR_WORDS.has(term)) (selfReporters ??= new Set()).add(id);
        if (i < predicateAt && i >= framing && !passing && !CALENDAR_WORDS.has(term)) {
          (agents ??= new Set()).add(id);
          if (ALL_CAPITALS.test(written)) (initials ??= []).push(written);
        }
        previous = -1;
        continue;
      }
      if (!passing && ((i === predicateAt && !copular) || (looksLikeVerb(token.key) && ACT_OPENERS.has(tokens[i - 1]?.key ?? '')))) {
        acts.push(id);
        if (tokens[i + 1]?.key === 'by' || tokens[i + 2]?.key === 'by' || (!token.key.endsWith('ing') && (BE_FORMS.has(tokens[i - 1]?.key ?? '') || BE_FORMS.has(tokens[i - 2]?.key ?? ''))))
          passive.push(id);
      }
      // The words of an opening clause that frames a speech act say when and where it was said, not what;
      // the names in it stay, as who it was said to may be one article's only sign of the relay ("Speaking to RIA Novosti").
      if (i < framing) {
        previous = -1;
        continue;
      }
      content.add(id);
      if (i !== predicateAt && isModifyingParticiple(text, tokens, i)) (modifying ??= new Set()).add(id);
      else if (modifying?.has(id)) modifying.delete(id);
      (adjunctAt.has(i) ? inAdjunct : outsideAdjunct)?.add(id);
      (relativeSpans.length > 0 && insideAny(relativeSpans, token) ? inRelative : outsideRelative)?.add(id);
      (describing.has(i) ? inDescription : outsideDescription)?.add(id);
      // A denial inside the words a speaker is reported to have said is read no more than a "not" there is ("said it would not sell").
      if (wasNegating || (deniedIntents.has(i) && !(speechAt >= 0 && i > speechAt))) negated.add(id);
      reading.push(id);
      if (passing) inBackground.add(id);
      else main.add(id);
      const use = this.#prepared.documentFrequency[words.idOf(term) ?? -1] ?? 0;
      // Two ids of the vocabulary as one number: a key per pair, without a string per pair.
      if (previous >= 0 && Math.min(previousUse, use) <= this.#rareUse) phrases.add(previous * this.#prepared.terms.length + id);
      previous = id;
      previousUse = use;
    }
    const sorted = Int32Array.from(content).sort();
    let norm = 0;
    for (const id of sorted) norm += this.#weight[id] ?? 0;
    const contentSet = new Set(sorted);
    const done = toldDone(tokens, predicateAt);
    const planned = toldToCome(tokens, predicateAt);
    const act = actOf(text, tokens, spans, framing, predicateAt);
    core = {
      content: sorted,
      norm,
      figures: keptSet(figures),
      identifiers: keptSet(identifiers),
      money: keptSet(money),
      shares: keptSet(shares),
      pricedIn: keptSet(pricedIn),
      conversions: keptSet(conversions),
      bareScaled: keptSet(bareScaled),
      precise: keptSet(precise),
      months: keptSet(months),
      comparedOnly: comparedFigures && comparedFigures.size > 0 ? keptSet(new Set([...comparedFigures].filter((id) => !toldFigures?.has(id)))) : NONE,
      years: keptSet(years),
      dated: keptSet(dated),
      names: keptSet(names),
      lead,
      contentSet,
      background: keptSet(new Set([...inBackground].filter((id) => !main.has(id)))),
      phrases: keptSet(phrases),
      reading,
      predicate,
      copular,
      negated: keptSet(negated),
      quoted: this.#quotedRuns(s, tokens),
      // Most sentences hold no quotation mark, which `#quotes` reads once for the quote rule too.
      spoken: this.#quotes(s) && isSpokenOnly(text),
      sequence,
      slots: slots ?? NO_SLOTS,
      relativeOnly: inRelative ? keptSet(new Set([...inRelative].filter((id) => !outsideRelative?.has(id)))) : NONE,
      adjunct: inAdjunct ? keptSet(new Set([...inAdjunct].filter((id) => !outsideAdjunct?.has(id)))) : NONE,
      described: inDescription ? keptSet(new Set([...inDescription].filter((id) => !outsideDescription?.has(id)))) : NONE,
      award,
      reacts: predicateToken !== undefined && JUDGING.has(predicateToken.key) && !passesOnWords,
      speaks: passesOnWords || passesOnReaction,
      forecast: forecastAt < 0 ? -1 : this.#forecastActOf(tokens, forecastAt),
      forecastsWin: forecastAt >= 0 && forecastsWinAt(tokens, forecastAt),
      done: done ? predicate : -1,
      planned: planned ? predicate : -1,
      act: act.kind,
      actsTold: act.kind < 0 ? NONE : actsToldIn(tokens, act.at),
      standing: this.#standingVerbOf(tokens, spans, framing),
      subject: predicate >= 0 && (planned || done) ? wordsBefore(sequence, predicateAt) : NONE,
      subjectOnly: predicate >= 0 && done ? onlyBefore(sequence, predicateAt) : NONE,
      agents: agents && predicate >= 0 ? keptSet(agents) : NONE,
      initials: initials ?? NO_WORDS,
      modifying: modifying ? keptSet(modifying) : NONE,
      fragment: predicateAt < 0 && tokens.length <= FRAGMENT_WORDS && !tokens.some((token) => looksLikeVerb(token.key) || VERB_GROUP.has(token.key)),
      referring: names.size === 0 && figures.size === 0 && REFERRING_OPENING.test(text),
      lineUp: lineUpOf(text),
      ranks: ranksOf(text),
      measures: measures ?? NO_MEASURES,
      // Only a predicate read from a verb group is sure enough to say what the sentence says of its subject.
      ...commentPredicateOf(grouped && predicate >= 0 ? { at: predicateAt, id: predicate } : undefined, tokens),
      // Past a long subject it is looked for only when the pair is weighed (`#readFarPredicate`).
      farRead: predicateAt >= 0,
      acts,
      passive,
      reported: keptSet(reported),
      selfReporters: selfReporters ? keptSet(selfReporters) : NONE,
      selfReport: selfReported,
    };
    this.#cache[s] = core;
    this.#firstRead.set(text, { ...core });
    return core;
  }

  /**
   * The class of the word written straight after the figure that ends at token `last` (its scale word, when it has one),
   * when that word is a unit: letters only, no stop word, no month, weekday or span of time ("eight million copies", "£4m
   * loan").
   */
  #unitAfter(text: string, tokens: readonly Token[], last: number): number | undefined {
    const [end, next] = [tokens[last], tokens[last + 1]];
    if (end === undefined || next === undefined || !/^\s+$/u.test(text.slice(end.end, next.start))) return undefined;
    const term = termOf(next.key);
    // A span of time ("in 24 years", "85 years") is told as a comparison's reach or a maximum as often as a measure.
    if (term === null || !LETTERS_ONLY.test(term) || CALENDAR_WORDS.has(term) || AGO_PERIODS.test(next.key)) return undefined;
    return this.#words.canonical(next.key, term);
  }

  /**
   * The class of the noun a figure at token `at` is given as the measure of, written before it with "of" ("an annual rate
   * of 3.7%", "a deficit of $412bn", "a target of 18 months"), when it has no unit after it: the noun is what it measures,
   * as a unit after it is. A currency sign may stand between "of" and the figure.
   */
  #measuredBefore(text: string, tokens: readonly Token[], at: number): number | undefined {
    const [noun, of, figure] = [tokens[at - 2], tokens[at - 1], tokens[at]];
    if (noun === undefined || of?.key !== 'of' || figure === undefined) return undefined;
    if (!/^\s+$/u.test(text.slice(noun.end, of.start)) || !/^\s+\p{Sc}?$/u.test(text.slice(of.end, figure.start))) return undefined;
    const term = termOf(noun.key);
    if (term === null || !LETTERS_ONLY.test(term) || !SMALL_INITIAL.test(text[noun.start] ?? '') || CALENDAR_WORDS.has(term)) return undefined;
    return this.#words.canonical(noun.key, term);
  }

  /** The class of a sentence's first verb when it is one of STANDING_VERBS with no auxiliary, modal or "to" before it (see `Core.standing`), or -1. */
  #standingVerbOf(tokens: readonly Token[], spans: readonly [number, number][], from: number): number {
    for (let i = from, seen = 0; i < tokens.length && seen < MAX_SUBJECT_WORDS; i++) {
      const token = tokens[i];
      if (!token || insideAny(spans, token)) continue;
      seen++;
      if (VERB_GROUP.has(token.key) || token.key === 'to') return -1;
      if (!STANDING.has(token.key)) continue;
      const term = termOf(token.key);
      return term === null ? -1 : (this.#words.canonical(token.key, term) ?? -1);
    }
    return -1;
  }

  /** The class of the verb a forecast cue at `at` forecasts (see `forecastVerbOf`), or -1. */
  #forecastActOf(tokens: readonly Token[], at: number): number {
    const verb = forecastVerbOf(tokens, at);
    const term = verb === undefined ? null : termOf(verb.key);
    return verb === undefined || term === null ? -1 : (this.#words.canonical(verb.key, term) ?? -1);
  }

  /**
   * True when sentences a and b, opening with one word, open with one name of who they are about:
   * the name as each writes it before its main predicate ("Baikal paid …" / "Baikal Finance Group
   * emerged …"), one the start of the other, with no other name in either's subject (in "Bath prop
   * Matt Stevens is …" the first word only says whose prop the subject is; "Senator Ebden" and
   * "Senator Korvin" are two people). See `#leadNameOf`.
   */
  #leadsAlike(a: number, b: number): boolean {
    const [mine, theirs] = [this.#leadNameOf(a), this.#leadNameOf(b)];
    if (!mine || !theirs) return false;
    const [shorter, longer] = mine.length <= theirs.length ? [mine, theirs] : [theirs, mine];
    return shorter.every((word, i) => longer[i] === word);
  }

  /**
   * The capitalised words sentence s opens with, lower case, when they name its subject: its
   * article writes the first of them capitalised past the first word of a sentence too (a word
   * capitalised only to open sentences, "Neither Rover nor …", names no one), and no other name
   * stands before the main predicate. Null otherwise. Read once per sentence, and only for two
   * sentences that open with one word and name no one else alike.
   */
  #leadNameOf(s: number): readonly string[] | null {
    let known = this.#leadNames[s];
    if (known === undefined) {
      known = this.#readLeadName(this.#prepared.sentences[s]?.text ?? '', s);
      this.#leadNames[s] = known;
    }
    return known;
  }

  #readLeadName(text: string, s: number): readonly string[] | null {
    const word = FIRST_WORD.exec(text)?.[0];
    if (word === undefined || !this.#namesOfArticle(s).has(word)) return null;
    const tokens = tokenize(text);
    const capitalised = (i: number): boolean => {
      const token = tokens[i];
      return token !== undefined && CAPITAL_INITIAL.test(text.slice(token.start, token.end));
    };
    const { at } = mainPredicateOf(text, tokens, backgroundSpansOf(text), openingFrameEnd(text, tokens));
    if (at < 0) return null;
    let runEnd = 1;
    while (runEnd < at && capitalised(runEnd)) runEnd++;
    for (let i = runEnd; i < at; i++) if (capitalised(i)) return null;
    return tokens.slice(0, runEnd).map((token) => token.key);
  }

  /** The words sentence s's article writes capitalised past the first word of a sentence, read once per article. */
  #namesOfArticle(s: number): ReadonlySet<string> {
    const { sentences, articleOf } = this.#prepared;
    const article = articleOf[s] ?? -1;
    const known = this.#articleNames.get(article);
    if (known) return known;
    const names = new Set<string>();
    let from = s;
    while (from > 0 && articleOf[from - 1] === article) from--;
    for (let t = from; t < sentences.length && articleOf[t] === article; t++) {
      // "Russia's" names Russia too.
      for (const [word] of (sentences[t]?.text ?? '').matchAll(WORD_AFTER_FIRST)) names.add(word).add(word.replace(/['\u2019\u02BC].*$/u, ''));
    }
    this.#articleNames.set(article, names);
    return names;
  }

  /** True when sentences a and b quote a run of QUOTE_RUN words alike; read only for sentences that both hold a quotation mark. */
  sharesQuotation(a: number, b: number): boolean {
    if (!this.#quotes(a) || !this.#quotes(b)) return false;
    const theirs = this.#quotedRuns(b);
    return overlaps(this.#quotedRuns(a), theirs);
  }

  /** Sentence s's quoted runs (see `quotedRunsOf`), read once, without working out the rest of its core; `tokens`: its tokens, when already read. */
  #quotedRuns(s: number, tokens?: readonly Token[]): ReadonlySet<string> {
    let runs = this.#quoted[s];
    if (!runs) {
      const text = this.#prepared.sentences[s]?.text ?? '';
      runs = this.#quotes(s) ? keptSet(quotedRunsOf(text, tokens ?? tokenize(text))) : NONE;
      this.#quoted[s] = runs;
    }
    return runs;
  }

  /** Whether sentence s holds a quotation mark, read once per sentence: most edges are between sentences that hold none. */
  #quotes(s: number): boolean {
    let known = this.#quoting[s] ?? 0;
    if (known === 0) this.#quoting[s] = known = QUOTE_MARK.test(this.#prepared.sentences[s]?.text ?? '') ? 1 : -1;
    return known === 1;
  }

  /**
   * How many cores weighing a pair has changed so far (see `#readFarPredicate`): what a pair's verdict may rest on besides
   * the two sentences' words and articles.
   */
  farReads = 0;

  /** Whether sentence s's core has been read (1) and looked past a long subject (2), or neither (0): see `farReads`. */
  stateOf(s: number): number {
    const core = this.#cache[s];
    return core === undefined ? 0 : core.farRead ? 2 : 1;
  }

  /** How many words sentence s's core holds, names and figures left out. */
  wordsOf(s: number): number {
    return this.#of(s).content.length;
  }

  /**
   * Sentence s's wording, the text as it stands: copies are byte copies (folding every sentence cost more than reading its
   * core), and are known without reading a core at all.
   */
  wordingOf(s: number): string {
    return this.#prepared.sentences[s]?.text ?? '';
  }

  /**
   * True when sentences a and b carry one claim: copies; or cores that overlap enough; or a shared
   * word of the core and the same rare figure with the same word near it (`anchored`, see
   * FigureContexts), as "1,000 soldiers ... demining" and "1,000 demining specialists". Never when
   * both name who did it and share no name.
   * A name one sentence gives as a word the other writes in lower case ("the Countryside Alliance",
   * "the alliance") counts as a shared word of the claim.
   */
  same(a: number, b: number, anchored: FigureAnchor): boolean {
    return this.reasonOf(a, b, anchored) !== null;
  }

  /**
   * True when sentence b may stand beside a in a claim that another of its sentences makes b one
   * claim with: one claim with a by `same`, or sharing a word of its core with nothing that tells
   * them apart (other people, other months, opposite polarity, other predicates). A claim's first
   * telling and a later retelling often share less than each shares with the one between them
   * ("sold to pay off a $27.5bn back tax bill" / "forced to sell … after being hit with a bill of
   * $27bn"): asking every member to be one claim with every other kept such retellings apart.
   */
  related(a: number, b: number, anchored: FigureAnchor): boolean {
    const measured: CoreComparison = { shared: 0, containment: 0, dice: 0, strangers: false, sharedNames: 0 };
    if (this.reasonOf(a, b, anchored, measured) !== null) return true;
    return measured.conflict === false && measured.shared >= 1;
  }

  /**
   * `same`, or `apart` when only the names keep sentences a and b apart (see `#namesApart`): they
   * name no one alike, and would otherwise be one claim. An entity reading may yet find one actor
   * in both (see `joinActorsAlike`). Read in one pass with `same`: asking it apart cost the
   * alignment a tenth more time.
   */
  sameOrApart(a: number, b: number, anchored: FigureAnchor): 'same' | 'apart' | null {
    const byNames = { apart: false };
    if (this.reasonOf(a, b, anchored, undefined, byNames) !== null) return 'same';
    return byNames.apart ? 'apart' : null;
  }

  /**
   * True when two sentences both name who did it, and name no one alike: they tell of different
   * people. The first word may be a name too ("Yukos' parent company ..."): it counts when the other
   * sentence names it. A name the other gives as a role or a common noun is one actor told two ways
   * ("the Information Commissioner's Office" / "assistant information commissioner Phil Jones").
   * Two words of it at least: one word alike may be a chance ("Aids" / "grants-in-aid").
   */
  #namesApart(first: Core, second: Core, a: number, b: number): boolean {
    return (
      first.names.size > 0 &&
      second.names.size > 0 &&
      !overlaps(first.names, second.names) &&
      countIn(first.names, second.contentSet) < 2 &&
      countIn(second.names, first.contentSet) < 2 &&
      !second.names.has(first.lead) &&
      !first.names.has(second.lead) &&
      // A sentence's first word is no name by its capital, but two sentences opening with one name of their subject share it.
      !(first.lead >= 0 && first.lead === second.lead && this.#leadsAlike(a, b))
    );
  }

  /**
   * True when both sentences pass on what a speaker said of himself (see `Core.selfReporters`) and neither speaker is
   * named, written as initials or opens the other sentence: "The Vestey Group said it would co-operate fully with the
   * authorities" / "Citigroup said it would continue to co-operate fully with the authorities" are two firms' stances.
   * A speaker that opens its sentence counts when its article writes it as a name (see `#leadNameOf`).
   */
  #otherSelfReporters(first: Core, second: Core, a: number, b: number): boolean {
    const mine = this.#selfReportersOf(first, a);
    const theirs = this.#selfReportersOf(second, b);
    if (mine.size === 0 || theirs.size === 0) return false;
    const namedIn = (ids: ReadonlySet<number>, core: Core): boolean => [...ids].some((id) => core.names.has(id) || core.contentSet.has(id));
    if (namedIn(mine, second) || namedIn(theirs, first)) return false;
    return !spelledOutIn(first, this.wordingOf(b)) && !spelledOutIn(second, this.wordingOf(a));
  }

  /** A self-reporting sentence's speakers: the names before its verb of speech, and the name it opens with. */
  #selfReportersOf(core: Core, s: number): ReadonlySet<number> {
    if (!core.selfReport || core.lead < 0 || core.names.has(core.lead) || this.#leadNameOf(s) === null) return core.selfReporters;
    return new Set([...core.selfReporters, core.lead]);
  }

  /**
   * Which rule makes sentences a and b one claim, or null when none does (see `same`). With `byNames`,
   * null too for two that name no one alike, and `byNames.apart` says whether that alone kept them apart.
   */
  reasonOf(a: number, b: number, anchored: FigureAnchor, measured?: CoreComparison, byNames?: { apart: boolean }): SameClaimReason | null {
    // Before either core is read: at BBC x10 three pairs compared in four are copies, and a sentence compared only with
    // its copies then needs no core.
    if (this.wordingOf(a) === this.wordingOf(b)) return 'copy';
    const first = this.#of(a);
    const second = this.#of(b);
    let shared = 0;
    let weight = 0;
    // The weight of the rarest word they share: a claim is told in at least one word that is not every story's.
    let rarest = 0;
    const weights = this.#weight;
    // A word both sentences use only in passing is background they share, not the claim.
    for (const id of first.content) {
      if (!(second.contentSet.has(id) || second.names.has(id)) || (first.background.has(id) && second.background.has(id))) continue;
      shared++;
      weight += weights[id] ?? 0;
      rarest = Math.max(rarest, weights[id] ?? 0);
    }
    for (const id of first.names) {
      if (!second.contentSet.has(id)) continue;
      shared++;
      weight += weights[id] ?? 0;
      rarest = Math.max(rarest, weights[id] ?? 0);
    }
    const firstNorm = first.norm + crossNormOf(first, second, this.#weight);
    const secondNorm = second.norm + crossNormOf(second, first, this.#weight);
    const containment = weight / (Math.min(firstNorm, secondNorm) || 1);
    const dice = (2 * weight) / (firstNorm + secondNorm || 1);
    // Two subjects each named and neither named by the other sentence are two actors, whatever else they share: the
    // entity reading may still find one actor in both (see `joinActorsAlike`), as it may for sentences named apart.
    const strangers = this.#namesApart(first, second, a, b) || otherAgents(first, second, this.wordingOf(a), this.wordingOf(b)) || this.#otherSelfReporters(first, second, a, b);
    const sharedNames = countIn(first.names, second.names);
    // Two sentences that each put what they tell in other months tell two events: a monthly figure's
    // readings ("house prices fell 0.7% in December", "dipped slightly in November"), two meetings.
    // "Pleaded not guilty" and "pleaded guilty" tell opposites. Subjects told doing different things
    // share a claim only by a figure anchor or many words of it.
    const conflict =
      first.fragment ||
      second.fragment ||
      // Other facts told in the same words: two matches' line-ups, counts of one unit far apart, other ranks in a chart.
      lineUpsApart(first, second) ||
      otherMeasures(first, second) ||
      (first.ranks.size > 0 && second.ranks.size > 0 && !overlaps(first.ranks, second.ranks)) ||
      (spokenApart(first, second) && anchored !== 'near') ||
      (strangers && !byNames) ||
      (first.months.size > 0 && second.months.size > 0 && !overlaps(first.months, second.months)) ||
      // So do two that each date what they tell by years, none alike: "12 million subscribers by 2010" / "in March 2002".
      (first.dated.size > 0 && second.dated.size > 0 && !overlaps(first.dated, second.dated)) ||
      oppositePolarity(first, second) ||
      oppositeActs(first, second, this.#words.opposites) ||
      // The same party with another counterpart, or an act told done beside a forecast of it: another event.
      otherCounterparts(first, second, this.#prepared.terms) ||
      forecastAndOutcome(first, second) ||
      ((planAndOtherAct(first, second) || standingAndEvent(first, second)) && anchored !== 'near') ||
      this.#otherReadings(first, second) ||
      otherActsInOneStory(first, second) ||
      otherActKinds(first, second) ||
      // A sentence that gives what the other tells only in a relative clause about one of its nouns tells something else of
      // it, unless a figure alike ties the two.
      ((toldOnlyInPassing(first, second) || toldOnlyInPassing(second, first)) && anchored !== 'near' && !toldInEarnest(first, second)) ||
      (first.award !== null && second.award !== null && first.award !== second.award) ||
      // A reaction to a plan or a ruling is the other side's claim, not the plan retold.
      (first.reacts && !second.speaks) ||
      (second.reacts && !first.speaks) ||
      tipAndNomination(first, second) ||
      reportsNothingOf(first, second) ||
      reportsNothingOf(second, first) ||
      (shared <= FEW_CORE_WORDS && otherPredicates(first, second) && anchored !== 'near') ||
      // A sentence that only refers to what it tells of shares no claim through a few everyday words, unless both say the same.
      ((first.referring || second.referring) && shared <= FEW_CORE_WORDS && !sameWords(first.content, second.content));
    if (conflict) {
      if (measured) Object.assign(measured, { shared, containment, dice, sharedNames, strangers, conflict });
      return null;
    }
    const reason = this.#agreement(first, second, anchored, { shared, weight, containment, dice, sharedNames, rarest, smaller: Math.min(firstNorm, secondNorm) || 1 });
    // What the roles and the predicates tell apart is read only for pairs that would be one claim, or that `related` weighs:
    // reading it for every candidate pair doubled the alignment's time.
    if (reason === null && !measured) return null;
    // Only a light verb on the other side asks for it: two sentences share one only when both tell it.
    if (second.lightPredicate) this.#readFarPredicate(a, first);
    if (first.lightPredicate) this.#readFarPredicate(b, second);
    const roles = (anchored !== 'near' && otherComments(first, second)) || swappedRoles(first, second);
    if (measured) Object.assign(measured, { shared, containment, dice, sharedNames, strangers, conflict: roles });
    if (byNames && strangers) {
      byNames.apart = !roles && reason !== null;
      return null;
    }
    return roles ? null : reason;
  }

  /**
   * True when two sentences each give READING_MEASURES sums of money or more (or as many shares) in their own words, and
   * none of one's lies within FIGURE_TOLERANCE of one of the other's: "rose by £7.2bn in January, marginally up on the
   * £7.1bn rise in December" and "rose by £4bn in January, a far smaller increase than the £5.1bn seen in December" are
   * two bodies' readings, not one reading retold with a figure that differs (a retelling keeps one of its figures, or
   * rounds it: "$9.37bn" / "$9.3bn"). One sum each is enough when both are written to PRECISE_DIGITS or more: "Brent
   * crude fell 32 cents to $49.74" and "… closed down 51 cents at $44.38" are two days' prices, not one told two ways.
   * Nor is a reading one told again by a sentence that gives it only as its comparison (see `comparedReading`).
   */
  #otherReadings(first: Core, second: Core): boolean {
    return (
      this.#readingsApart(first, second, first.money, second.money) ||
      this.#readingsApart(first, second, first.shares, second.shares) ||
      comparedReading(first, second) ||
      comparedReading(second, first)
    );
  }

  #readingsApart(first: Core, second: Core, mine: ReadonlySet<number>, theirs: ReadonlySet<number>): boolean {
    if (mine.size === 0 || theirs.size === 0) return false;
    const precise = (core: Core, ids: ReadonlySet<number>): boolean => [...ids].some((id) => core.precise.has(id) && !core.background.has(id));
    // A sum in a definite description ("the £7.1bn rise in December") is a reading too: money is never a name's number.
    const told = (core: Core, ids: ReadonlySet<number>): { amount: number; precise: boolean }[] =>
      [...ids].filter((id) => !core.background.has(id)).map((id) => ({ amount: this.#prepared.scaled.amountOf(id), precise: core.precise.has(id) }));
    const [a, b] = [told(first, mine), told(second, theirs)];
    if ((a.length < READING_MEASURES || b.length < READING_MEASURES) && !(precise(first, mine) && precise(second, theirs))) return false;
    return a.every((x) => b.every((y) => Math.abs(x.amount - y.amount) > (x.precise && y.precise ? PRECISE_TOLERANCE : FIGURE_TOLERANCE) * Math.max(Math.abs(x.amount), Math.abs(y.amount))));
  }

  /**
   * Looks, once, for the predicate of a sentence whose subject runs past MAX_SUBJECT_WORDS ("A bid to overturn the law
   * banning hunting with dogs in England and Wales has begun"), for what it says of its subject only: the other rules
   * keep the shorter reach they were measured with, and most sentences are never weighed so.
   */
  #readFarPredicate(s: number, core: Core): void {
    if (core.farRead) return;
    core.farRead = true;
    this.farReads++;
    const text = this.#prepared.sentences[s]?.text ?? '';
    const tokens = tokenize(text);
    const far = mainPredicateOf(text, tokens, backgroundSpansOf(text), openingFrameEnd(text, tokens), LONG_SUBJECT_WORDS);
    const token = far.grouped ? tokens[far.at] : undefined;
    const term = token === undefined ? null : termOf(token.key);
    const id = token === undefined || term === null || FRAME_TERMS.has(term) ? undefined : this.#words.canonical(token.key, term);
    if (id === undefined) return;
    Object.assign(core, commentPredicateOf({ at: far.at, id }, tokens));
    core.comment = undefined;
  }

  /**
   * True when figure `id` of a core is a sum of money, a share, or a number other than a whole one below 100 (an age, a
   * count of months) or one written with a scale word and no currency ("60m" is sixty metres as often as sixty million).
   */
  #measures(core: Core, id: number): boolean {
    if (core.money.has(id) || core.shares.has(id)) return true;
    return !core.bareScaled.has(id) && !SMALL_WHOLE_NUMBER.test(this.#prepared.terms[id] ?? '');
  }

  /** How many years apart the earliest and the latest year two sentences both give lie; 0 when they give fewer than two alike. */
  #yearsSpanned(first: Core, second: Core): number {
    const alike = [...first.years].filter((id) => second.years.has(id)).map((id) => Number(this.#prepared.terms[id]));
    return alike.length < 2 ? 0 : Math.max(...alike) - Math.min(...alike);
  }

  /** Which rule makes two sentences with nothing that tells them apart one claim, or null (see `reasonOf`). */
  #agreement(
    first: Core,
    second: Core,
    anchored: FigureAnchor,
    { shared, weight, containment, dice, sharedNames, rarest, smaller }: { shared: number; weight: number; containment: number; dice: number; sharedNames: number; rarest: number; smaller: number },
  ): SameClaimReason | null {
    // The same words of a speaker quoted alike: one statement, however differently each frames it.
    if (overlaps(first.quoted, second.quoted)) return 'quote';
    if (shared >= 2 && containment >= this.#settings.claimCoreContainment && dice >= this.#settings.claimCoreSimilarity) {
      // A short sentence held by a longer one in everyday words alone tells of the same market, not the same thing: "Both
      // firms asked the Sydney stock market to suspend trading in their shares" inside an analyst's view of a listing moved
      // from Sydney to New York. Where the two say little else alike, a word few stories use, or a figure, must be shared.
      if (dice < LOOSE_CORE_DICE && rarest < this.#tellingWeight && !toldInEarnest(first, second)) return null;
      // Overlapping cores that overlap only in one stock phrase, naming no one alike, tell of different things.
      return sharesOnlyAPhrase(first, second, weight, smaller, this.#weight) ? null : 'core';
    }
    // A figure with only its unit alike ("3,000 firms") anchors a claim of one actor, never two sentences naming no one alike.
    const anchoring = anchored === 'near' || (anchored === 'unit' && sharedNames > 0);
    // Below the cores' overlap, shares given alike anchor only beside a word of the claim as rare as an anchoring figure:
    // "grew 1.6%" of Germany's economy and of US consumer spending, or "fell 0.1%" and "0.3%" of UK manufacturing and of
    // Japan's output, are the few small percentages every economics story gives, alike by chance. A sum or a count told
    // alike ("agreed to pay $850m to settle", "renationalise 3,000 firms") still anchors.
    if (
      anchoring &&
      shared >= 1 &&
      toldInEarnest(first, second) &&
      (containment >= this.#settings.anchorCoreContainment ||
        (measuredAlike(first, second) && (rarest >= this.#rareWeight || !onlySharesAlike(first, second))) ||
        [...first.precise].some((id) => second.precise.has(id) && !first.identifiers.has(id) && !second.identifiers.has(id)))
    )
      return 'figure';
    // A sum in a currency written out after its scale ("debts of 14bn euros") is no count of everyday things ("3,000 jobs"):
    // with its unit alike it anchors a claim that names no one alike ("The firm …" in both), where the bare figure is too
    // common to, given in many conversions ("$27bn (£14bn)"). Only with the cores overlapping: conversions given alike
    // ("70m euros ($91m)") say nothing of what the sum is for (aid to winemakers, a float).
    const priced = anchored === 'unit' && overlaps(first.pricedIn, second.pricedIn);
    if (priced && shared >= 1 && toldInEarnest(first, second) && containment >= this.#settings.anchorCoreContainment) return 'figure';
    // Two measures given alike ("from 3% to 3.5%", "£60bn … £35bn"), each maybe too common to anchor alone: two stories do
    // not give both by chance. A small whole number ("aged 18 to 21", "the last three months") is no such measure.
    if (shared >= 1 && containment >= this.#settings.anchorCoreContainment && measuresInEarnest(first, second, (id) => this.#measures(first, id)) >= MEASURES_ALIKE) return 'figure';
    // Two years alike, further apart than a year and the one before ("led Labour from 1983 until 1992" / "between 1983 and
    // 1992"; "set out at the Lisbon summit … in 2000 … by 2010"): a span or a plan's dates, which two stories do not give by
    // chance. A year and the one before ("in 2004, after a weak 2003") are every annual comparison's.
    if (shared >= 1 && containment >= this.#settings.anchorCoreContainment && this.#yearsSpanned(first, second) >= YEARS_APART) return 'figure';
    // A rare share or sum told alike by two sentences that name someone alike is one fact of that subject, whatever the verb:
    // "Mr Glazer owns 28.1%" / "Mr Glazer and his family hold a stake of 28.1%". A sentence's opening word counts as a name
    // when the other writes it as one ("Glazer, currently owns …").
    if (anchored !== null && shareOrSumAlike(first, second) && namesAlike(first, second)) return 'figure';
    // Who and to whom the same (five names or more alike), what they did told in other words.
    if (sharedNames >= NAMES_FOR_WHO && shared >= NAMES_CORE_WORDS && dice >= this.#settings.claimCoreSimilarity * 0.75) return 'names';
    return shared >= 2 && this.#claimPhraseShared(first, second) ? 'phrase' : null;
  }

  /**
   * True when the two give a phrase alike (see `Core.phrases`) that is no description of a name in both: "US tycoon" in
   * "a new offer from US tycoon Malcolm Glazer" and "agreed to give US tycoon Malcolm Glazer access to its books" says who
   * the man is, not what either tells of him.
   */
  #claimPhraseShared(first: Core, second: Core): boolean {
    const terms = this.#prepared.terms.length;
    const describedInBoth = (id: number): boolean => first.described.has(id) && second.described.has(id);
    for (const phrase of first.phrases) if (second.phrases.has(phrase) && !describedInBoth(Math.floor(phrase / terms)) && !describedInBoth(phrase % terms)) return true;
    return false;
  }
}

/**
 * A sentence that reports two things ("5,000 troops ..., while an additional 1,000 will
 * specialize in demining") belongs to two claims: join it to each claim its article is missing
 * from, keeping the best match per article.
 */
function attach(
  edges: Edges,
  groups: Groups,
  members: Map<number, Set<number>>,
  articleOf: Int32Array,
  articleCount: number,
  fits: (edge: number, claimRoot: number, sentence: number) => boolean,
  compatible: (a: number, b: number) => boolean,
): void {
  // Keyed by claim and article as one number: root * articleCount + article.
  const best = new Map<number, { root: number; sentence: number; score: number }>();
  for (let edge = 0; edge < edges.length; edge++) {
    for (let direction = 0; direction < 2; direction++) {
      const from = direction === 0 ? (edges.a[edge] ?? 0) : (edges.b[edge] ?? 0);
      const to = direction === 0 ? (edges.b[edge] ?? 0) : (edges.a[edge] ?? 0);
      const root = groups.root(from);
      if (!members.has(root) || groups.hasArticle(from, articleOf[to] ?? 0) || !fits(edge, root, to)) continue;
      const key = root * articleCount + (articleOf[to] ?? 0);
      const score = edges.score(edge);
      if ((best.get(key)?.score ?? -1) < score) best.set(key, { root, sentence: to, score });
    }
  }
  // Each joins only if it may share the claim with the others that join it too: two sentences each
  // fit "He pleads not guilty", yet "Mr Ebbers pleaded not guilty" and "Mr Khodorkovsky pleaded not
  // guilty" are two claims. The best matches join first.
  const joining = new Map<number, { sentence: number; score: number }[]>();
  for (const { root, sentence, score } of best.values()) {
    const list = joining.get(root) ?? [];
    list.push({ sentence, score });
    joining.set(root, list);
  }
  for (const [root, list] of joining) {
    const set = members.get(root);
    if (!set) continue;
    const joined: number[] = [];
    for (const { sentence } of list.sort((x, y) => y.score - x.score)) {
      if (!joined.every((other) => compatible(other, sentence))) continue;
      joined.push(sentence);
      set.add(sentence);
    }
  }
}

/**
 * The sentences that tell a claim again in an article it already holds: an article may tell one
 * claim twice (in its lead and further down), and the claim keeps one sentence per article, so
 * the other would otherwise carry no claim, or one of its own beside it. A sentence is a
 * retelling when an edge joins it to a member of another article and it fits the claim as a
 * sentence joining it would: related to its wordings (`fitsWordings`), close enough by the
 * edge or the claim's gist (`fitsEdge`). By claim root.
 */
function findRetellings(
  edges: Edges,
  members: Map<number, Set<number>>,
  articleOf: Int32Array,
  fitsWordings: (claimRoot: number, sentence: number) => boolean,
  fitsEdge: (edge: number, claimRoot: number, sentence: number) => boolean,
): Map<number, Set<number>> {
  // By sentence, the claims it is a member of: looked up at both ends of every edge.
  const claimsOf: (number[] | undefined)[] = new Array(articleOf.length);
  const articlesOf = new Map<number, Set<number>>();
  for (const [root, set] of members) {
    articlesOf.set(root, new Set([...set].map((s) => articleOf[s] ?? 0)));
    for (const s of set) (claimsOf[s] ??= []).push(root);
  }
  const retold = new Map<number, Set<number>>();
  // Each sentence is checked against a claim's wordings once, however many edges lead to it.
  const wordingsFit = new Map<number, Map<number, boolean>>();
  for (let edge = 0; edge < edges.length; edge++) {
    for (let direction = 0; direction < 2; direction++) {
      const from = direction === 0 ? (edges.a[edge] ?? 0) : (edges.b[edge] ?? 0);
      const roots = claimsOf[from];
      if (roots === undefined) continue;
      const to = direction === 0 ? (edges.b[edge] ?? 0) : (edges.a[edge] ?? 0);
      for (const root of roots) {
        if (!articlesOf.get(root)?.has(articleOf[to] ?? 0) || members.get(root)?.has(to)) continue;
        if (retold.get(root)?.has(to)) continue;
        let known = wordingsFit.get(root);
        if (!known) wordingsFit.set(root, (known = new Map()));
        let fitting = known.get(to);
        if (fitting === undefined) known.set(to, (fitting = fitsWordings(root, to)));
        if (!fitting || !fitsEdge(edge, root, to)) continue;
        const set = retold.get(root) ?? new Set<number>();
        set.add(to);
        retold.set(root, set);
      }
    }
  }
  return retold;
}

/**
 * A claim whose every sentence retells another claim in an article that claim holds is that claim
 * told again, not a second one: three copies of a story that say "Knapman says he was glad to see
 * the back of him" in the lead and "Knapman has said he is glad to see the back of him" further
 * down hold two groups of one claim (a claim takes one sentence per article, so they never merge).
 * The first is kept; the other's sentences stay its retellings.
 */
function foldRetoldClaims(members: Map<number, Set<number>>, retold: Map<number, Set<number>>): void {
  const retelling = new Map<number, number[]>();
  for (const [root, set] of retold) {
    for (const s of set) {
      const roots = retelling.get(s) ?? [];
      roots.push(root);
      retelling.set(s, roots);
    }
  }
  for (const [root, set] of [...members]) {
    const [first] = set;
    if (first === undefined) continue;
    const into = (retelling.get(first) ?? []).find((other) => other !== root && members.has(other) && [...set].every((s) => retold.get(other)?.has(s)));
    if (into === undefined) continue;
    members.delete(root);
    retold.delete(root);
  }
}

/**
 * Two sentences that match each other only loosely, and nothing else, still make a claim of two.
 * And a sentence that already carries one claim may carry a second with sentences no claim holds
 * (`same` says they are one claim): "The Xiluodu Dam is designed to produce 12,600 MW of
 * electricity, and is being built on the Jinshajiang" tells the dam's site with one article and its
 * output with another, whose own sentence on the site already holds its place in the first claim.
 */
function pairLeftovers(edges: Edges, loose: Int32Array, groups: Groups, members: Map<number, Set<number>>, articleOf: Int32Array, same: (a: number, b: number) => boolean): Map<number, number> {
  const claimed = new Uint8Array(articleOf.length);
  for (const set of members.values()) for (const s of set) claimed[s] = 1;
  const ordered = sortDescending(loose, (edge) => edges.score(edge));
  for (const edge of ordered) {
    const a = edges.a[edge] ?? 0;
    const b = edges.b[edge] ?? 0;
    if (claimed[a] || claimed[b] || articleOf[a] === articleOf[b]) continue;
    groups.mergeIfDisjoint(a, b);
    const root = groups.root(a);
    members.set(root, new Set([a, b]));
    claimed[a] = 1;
    claimed[b] = 1;
  }
  // The articles of the claims each claimed sentence carries: the second claim is told by an article of the first.
  // Read only for the claimed ends of loose edges to an unclaimed sentence: in a library of copies there are few.
  const reached = new Set<number>();
  for (const edge of ordered) {
    const a = edges.a[edge] ?? 0;
    const b = edges.b[edge] ?? 0;
    if (claimed[a] !== claimed[b] && articleOf[a] !== articleOf[b]) reached.add(claimed[a] ? a : b);
  }
  const startedBy = new Map<number, number>();
  if (reached.size === 0) return startedBy;
  const articlesBeside = new Map<number, Set<number>>();
  for (const set of members.values()) {
    if (![...set].some((s) => reached.has(s))) continue;
    const articles = new Set([...set].map((s) => articleOf[s] ?? 0));
    for (const s of set) {
      if (!reached.has(s)) continue;
      const known = articlesBeside.get(s);
      if (known) for (const article of articles) known.add(article);
      else articlesBeside.set(s, new Set(articles));
    }
  }
  // By the claimed sentence, the second claim it starts; keyed in `members` by its first unclaimed sentence, a group of its own.
  const second = new Map<number, { key: number; set: Set<number> }>();
  for (const edge of ordered) {
    const a = edges.a[edge] ?? 0;
    const b = edges.b[edge] ?? 0;
    if (claimed[a] === claimed[b] || articleOf[a] === articleOf[b]) continue;
    const [held, free] = claimed[a] ? [a, b] : [b, a];
    if (!articlesBeside.get(held)?.has(articleOf[free] ?? 0)) continue;
    const started = second.get(held);
    if (started && [...started.set].some((s) => articleOf[s] === articleOf[free])) continue;
    if (!(started ? [...started.set] : [held]).every((s) => same(s, free))) continue;
    if (started) started.set.add(free);
    else second.set(held, { key: free, set: new Set([held, free]) });
    claimed[free] = 1;
  }
  for (const [held, { key, set }] of second) {
    members.set(key, set);
    startedBy.set(key, held);
  }
  return startedBy;
}

/** The terms every core sentence of a claim uses (ascending ids), with their weights. */
interface Gist {
  ids: number[];
  weights: number[];
}

function gistOf(prepared: Prepared, weight: Float64Array, ordered: number[]): Gist {
  const { setAt, setFirst } = prepared;
  const gist: Gist = { ids: [], weights: [] };
  const [first, ...rest] = ordered;
  if (first === undefined) return gist;
  for (let at = setFirst[first] ?? 0; at < (setFirst[first + 1] ?? 0); at++) {
    const id = setAt[at] ?? 0;
    if (rest.every((s) => hasTermIn(setAt, setFirst[s] ?? 0, setFirst[s + 1] ?? 0, id))) {
      gist.ids.push(id);
      gist.weights.push(weight[id] ?? 0);
    }
  }
  return gist;
}

/** True when the sorted ids `set[from]` to `set[to - 1]` hold `id`. */
function hasTermIn(set: Uint32Array, from: number, to: number, id: number): boolean {
  let low = from;
  let high = to - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (set[middle] === id) return true;
    if ((set[middle] ?? 0) < id) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

function sharedTerms(prepared: Prepared, ordered: number[]): string[] {
  const counts = new Map<number, number>();
  for (const s of ordered) for (const id of setOf(prepared, s)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const inAll = [...counts].filter(([, n]) => n === ordered.length).map(([id]) => id);
  const chosen = inAll.length > 0 ? inAll : [...counts].filter(([, n]) => n * 2 >= ordered.length).map(([id]) => id);
  return chosen.sort((x, y) => (prepared.documentFrequency[x] ?? 0) - (prepared.documentFrequency[y] ?? 0)).flatMap((id) => prepared.terms[id] ?? []);
}

/**
 * A claim made of the given sentences, with the terms they all use: for weighing sentences the
 * alignment did not group (an evaluation, a test) with the same code that weighs a claim.
 */
export function claimOfSentences(sentences: readonly Sentence[]): Claim {
  const sets = sentences.map((sentence) => new Set(termsOf(sentence.text)));
  const [first = new Set<string>(), ...rest] = sets;
  return {
    id: -1,
    sentences: [...sentences],
    articleIds: [...new Set(sentences.map((sentence) => sentence.articleId))].sort(),
    terms: [...first].filter((term) => rest.every((set) => set.has(term))),
  };
}
