import type { Article, Sentence } from '../corpus/types.ts';
import { isFigure, termOf, tokenize } from '../search/normalise.ts';

/**
 * Cross-article alignment: which sentences of different articles report the same thing, across
 * paraphrase ("are said to specialize in demining", "were reportedly trained in demining" and
 * "1,000 demining specialists" are one claim).
 *
 * Sentences are compared only when they share a rare term (blocking): each sentence is filed
 * under its few rarest terms, and only sentences filed under the same term are compared. A term
 * used by more than `maxPosting` sentences is never a key, so the work grows with the number of
 * sentences, not with its square.
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
}

/** Defaults tuned on the seed articles and checked on the BBC set (see the README, “Across the articles”). */
export const DEFAULT_ALIGNMENT_OPTIONS: Readonly<AlignmentOptions> = {
  blockingTerms: 12,
  maxPosting: 100,
  coreSimilarity: 0.45,
  attachContainment: 0.5,
  attachGist: 0.6,
  candidateContainment: 0.3,
  minSharedTerms: 3,
  figureWindow: 4,
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
}

/** The claims of a library, built once with it and read-only afterwards. */
export class Alignment {
  readonly claims: readonly Claim[];
  readonly #bySentence: Map<string, number[]>;

  constructor(claims: Claim[]) {
    this.claims = claims;
    this.#bySentence = new Map();
    for (const claim of claims) {
      for (const sentence of claim.sentences) {
        const ids = this.#bySentence.get(sentence.id) ?? [];
        ids.push(claim.id);
        this.#bySentence.set(sentence.id, ids);
      }
    }
  }

  /** The claims a sentence carries (a sentence that joins two reports carries two); empty when no other article reports it. */
  claimsOf(sentence: Sentence): Claim[] {
    return (this.#bySentence.get(sentence.id) ?? []).map((id) => this.claims[id]!);
  }

  /** The claims with each sentence as its position among all the articles' sentences, for a snapshot. */
  toSnapshot(articles: readonly Article[]): AlignmentSnapshot {
    const positions = new Map<string, number>();
    for (const article of articles) for (const sentence of article.sentences) positions.set(sentence.id, positions.size);
    return { claims: this.claims.map((claim) => ({ sentences: claim.sentences.map((sentence) => positions.get(sentence.id)!), terms: claim.terms })) };
  }
}

/**
 * What a snapshot keeps of an alignment: each claim's sentences as positions among all the
 * articles' sentences (in article order), and its shared terms. Aligning again costs more than
 * the rest of a snapshot start together.
 */
export interface AlignmentSnapshot {
  claims: { sentences: number[]; terms: string[] }[];
}

/** The alignment a snapshot holds, over these same articles; throws when it does not fit them. */
export function restoreAlignment(articles: readonly Article[], snapshot: AlignmentSnapshot): Alignment {
  const sentences = articles.flatMap((article) => article.sentences);
  return new Alignment(
    snapshot.claims.map((saved, id) => {
      const own = saved.sentences.map((position) => {
        const sentence = sentences[position];
        if (!sentence) throw new Error('the alignment names a sentence the articles do not hold');
        return sentence;
      });
      return { id, sentences: own, articleIds: [...new Set(own.map((sentence) => sentence.articleId))].sort(), terms: saved.terms };
    }),
  );
}

/**
 * Every sentence's search terms in reading order as term ids, ids given in first-seen order, in
 * flat arrays: sentence i's terms are `termAt[first[i]]` to `termAt[first[i + 1] - 1]`. The
 * search index holds exactly these (see SentenceIndex.termSequences), so the alignment need not
 * tokenise every sentence a second time.
 */
export interface TermSequences {
  terms: readonly string[];
  first: Int32Array;
  termAt: Int32Array;
}

interface Prepared {
  sentences: Sentence[];
  articleOf: Int32Array;
  /** Sorted distinct term ids of sentence i: `setAt[setFirst[i]]` to `setAt[setFirst[i + 1] - 1]`. */
  setFirst: Int32Array;
  setAt: Uint32Array;
  /** Term ids in reading order, for figure contexts. */
  sequences: TermSequences;
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
  let filled = 0;
  for (let s = 0; s < sentences.length; s++) {
    const set = Uint32Array.from(new Set(termAt.subarray(first[s]!, first[s + 1]!))).sort();
    for (const id of set) frequency[id]!++;
    setAt.set(set, filled);
    filled += set.length;
    setFirst[s + 1] = filled;
  }
  return {
    sentences,
    articleOf: Int32Array.from(articleOf),
    setFirst,
    setAt: setAt.slice(0, filled),
    sequences,
    terms,
    documentFrequency: frequency,
    figure: Uint8Array.from(terms, (term) => (isFigure(term) ? 1 : 0)),
  };
}

/** Sentence s's sorted distinct term ids. */
function setOf(prepared: Prepared, s: number): Uint32Array {
  return prepared.setAt.subarray(prepared.setFirst[s]!, prepared.setFirst[s + 1]!);
}

/** Union-find over sentences that keeps, for each group, the articles in it: a claim takes one sentence per article. */
class Groups {
  readonly #parent: Int32Array;
  readonly #articles = new Map<number, Set<number>>();

  constructor(articleOf: Int32Array) {
    this.#parent = Int32Array.from(articleOf, (_, i) => i);
    articleOf.forEach((article, i) => this.#articles.set(i, new Set([article])));
  }

  root(i: number): number {
    let node = i;
    while (this.#parent[node] !== node) {
      this.#parent[node] = this.#parent[this.#parent[node]!]!;
      node = this.#parent[node]!;
    }
    return node;
  }

  articlesOf(i: number): Set<number> {
    return this.#articles.get(this.root(i))!;
  }

  /** Merge the groups of `a` and `b` unless they hold sentences of the same article. */
  mergeIfDisjoint(a: number, b: number): boolean {
    let ra = this.root(a);
    let rb = this.root(b);
    if (ra === rb) return false;
    let sa = this.#articles.get(ra)!;
    let sb = this.#articles.get(rb)!;
    if (sa.size < sb.size) [ra, rb, sa, sb] = [rb, ra, sb, sa];
    for (const article of sb) if (sa.has(article)) return false;
    for (const article of sb) sa.add(article);
    this.#parent[rb] = ra;
    this.#articles.delete(rb);
    return true;
  }
}

interface Edge {
  a: number;
  b: number;
  dice: number;
  containment: number;
  /** Both give the same rare figure with the same rare word near it. */
  figure: boolean;
}

/**
 * Group the sentences of different articles that report the same thing. Near-linear in the
 * number of sentences: see the module comment.
 */
export function alignArticles(articles: readonly Article[], options: Partial<AlignmentOptions> = {}, sequences?: TermSequences): Alignment {
  const settings = { ...DEFAULT_ALIGNMENT_OPTIONS, ...options };
  const prepared = prepare(articles, sequences ?? readTermSequences(articles));
  const { sentences, articleOf, documentFrequency } = prepared;
  const count = sentences.length;
  const weight = Float64Array.from(documentFrequency, (df) => Math.log((count + 1) / (df + 1)));
  const norms = Float64Array.from({ length: count }, (_, s) => setOf(prepared, s).reduce((sum, id) => sum + weight[id]!, 0));

  const keys = Array.from({ length: count }, (_, s) =>
    [...setOf(prepared, s)]
      .filter((id) => documentFrequency[id]! >= 2 && documentFrequency[id]! <= settings.maxPosting)
      .sort((x, y) => documentFrequency[x]! - documentFrequency[y]! || x - y)
      .slice(0, settings.blockingTerms),
  );
  const postings = new Map<number, number[]>();
  keys.forEach((own, s) => {
    for (const id of own) {
      const list = postings.get(id);
      if (list) list.push(s);
      else postings.set(id, [s]);
    }
  });

  const contexts = new FigureContexts(prepared, settings);
  const edges: Edge[] = [];
  const seen = new Int32Array(count).fill(-1);
  for (let s = 0; s < count; s++) {
    for (const id of keys[s]!) {
      for (const c of postings.get(id)!) {
        if (c <= s || seen[c] === s || articleOf[c] === articleOf[s]) continue;
        seen[c] = s;
        const edge = compare(prepared, weight, norms, settings, contexts, s, c);
        if (edge) edges.push(edge);
      }
    }
  }

  const groups = new Groups(articleOf);
  const core = edges.filter((edge) => edge.dice >= settings.coreSimilarity).sort((x, y) => y.dice - x.dice);
  for (const edge of core) groups.mergeIfDisjoint(edge.a, edge.b);

  const members = new Map<number, Set<number>>();
  for (let s = 0; s < count; s++) {
    const root = groups.root(s);
    if (groups.articlesOf(s).size < 2) continue;
    const set = members.get(root) ?? new Set<number>();
    set.add(s);
    members.set(root, set);
  }
  const gists = new Map<number, Map<number, number>>();
  for (const [root, set] of members) gists.set(root, gistOf(prepared, weight, [...set]));
  attach(edges, groups, members, articleOf, (edge, claimRoot, sentence) => {
    if (edge.figure || edge.containment >= settings.attachContainment) return true;
    const gist = gists.get(claimRoot)!;
    let total = 0;
    let held = 0;
    for (const [id, w] of gist) {
      total += w;
      if (hasTerm(setOf(prepared, sentence), id)) held += w;
    }
    return total > 0 && held / total >= settings.attachGist;
  });
  pairLeftovers(
    edges.filter((edge) => edge.figure || edge.containment >= settings.attachContainment),
    groups,
    members,
    articleOf,
  );

  const claims: Claim[] = [];
  for (const set of members.values()) {
    const ordered = [...set].sort((x, y) => x - y);
    claims.push({
      id: claims.length,
      sentences: ordered.map((s) => sentences[s]!),
      articleIds: [...new Set(ordered.map((s) => sentences[s]!.articleId))].sort(),
      terms: sharedTerms(prepared, ordered),
    });
  }
  return new Alignment(claims);
}

function compare(prepared: Prepared, weight: Float64Array, norms: Float64Array, settings: AlignmentOptions, contexts: FigureContexts, a: number, b: number): Edge | undefined {
  // Offsets into the flat sets rather than views: this runs for every candidate pair.
  const { setAt, setFirst } = prepared;
  const xEnd = setFirst[a + 1]!;
  const yEnd = setFirst[b + 1]!;
  let shared = 0;
  let overlap = 0;
  for (let i = setFirst[a]!, j = setFirst[b]!; i < xEnd && j < yEnd; ) {
    if (setAt[i]! < setAt[j]!) i++;
    else if (setAt[i]! > setAt[j]!) j++;
    else {
      shared++;
      overlap += weight[setAt[i]!]!;
      i++;
      j++;
    }
  }
  const dice = (2 * overlap) / (norms[a]! + norms[b]! || 1);
  const containment = overlap / (Math.min(norms[a]!, norms[b]!) || 1);
  const wordy = shared >= settings.minSharedTerms;
  const figure = contexts.share(a, b);
  if (!figure && !(wordy && (dice >= settings.coreSimilarity || containment >= settings.candidateContainment))) return undefined;
  return wordy ? { a, b, dice, containment, figure } : { a, b, dice: 0, containment: 0, figure };
}

/**
 * The rare figures of each sentence with the rare words near them, worked out once per sentence.
 * Two sentences that give the same figure with the same word near it ("1,000 soldiers ...
 * demining" and "1,000 demining specialists") tell one fact, however the rest is worded.
 */
class FigureContexts {
  readonly #cache = new Map<number, Map<number, Set<number>>>();
  readonly #prepared: Prepared;
  readonly #settings: AlignmentOptions;

  constructor(prepared: Prepared, settings: AlignmentOptions) {
    this.#prepared = prepared;
    this.#settings = settings;
  }

  #of(s: number): Map<number, Set<number>> {
    let result = this.#cache.get(s);
    if (result) return result;
    result = new Map();
    const { sequences, figure, documentFrequency } = this.#prepared;
    const rare = (id: number): boolean => documentFrequency[id]! <= this.#settings.maxPosting;
    const sequence = sequences.termAt.subarray(sequences.first[s]!, sequences.first[s + 1]!);
    const window = this.#settings.figureWindow;
    sequence.forEach((id, i) => {
      if (!figure[id] || !rare(id)) return;
      const near = result!.get(id) ?? new Set<number>();
      for (let j = Math.max(0, i - window); j <= Math.min(sequence.length - 1, i + window); j++) {
        const other = sequence[j]!;
        if (!figure[other] && rare(other)) near.add(other);
      }
      result!.set(id, near);
    });
    this.#cache.set(s, result);
    return result;
  }

  /** True when both sentences give the same rare figure with the same rare word near it. */
  share(a: number, b: number): boolean {
    const first = this.#of(a);
    if (first.size === 0) return false;
    for (const [figure, near] of this.#of(b)) {
      const mine = first.get(figure);
      if (mine) for (const id of near) if (mine.has(id)) return true;
    }
    return false;
  }
}

/**
 * A sentence that reports two things ("5,000 troops ..., while an additional 1,000 will
 * specialize in demining") belongs to two claims: join it to each claim its article is missing
 * from, keeping the best match per article.
 */
function attach(
  edges: Edge[],
  groups: Groups,
  members: Map<number, Set<number>>,
  articleOf: Int32Array,
  fits: (edge: Edge, claimRoot: number, sentence: number) => boolean,
): void {
  const best = new Map<string, { root: number; sentence: number; score: number }>();
  for (const edge of edges) {
    for (const [from, to] of [[edge.a, edge.b], [edge.b, edge.a]] as const) {
      const root = groups.root(from);
      const claim = members.get(root);
      if (!claim || groups.articlesOf(from).has(articleOf[to]!) || !fits(edge, root, to)) continue;
      const key = `${root}:${articleOf[to]}`;
      const score = edge.containment + edge.dice;
      if ((best.get(key)?.score ?? -1) < score) best.set(key, { root, sentence: to, score });
    }
  }
  for (const { root, sentence } of best.values()) members.get(root)!.add(sentence);
}

/** Two sentences that match each other only loosely, and nothing else, still make a claim of two. */
function pairLeftovers(edges: Edge[], groups: Groups, members: Map<number, Set<number>>, articleOf: Int32Array): void {
  const claimed = new Set<number>();
  for (const set of members.values()) for (const s of set) claimed.add(s);
  for (const edge of [...edges].sort((x, y) => y.containment + y.dice - (x.containment + x.dice))) {
    if (claimed.has(edge.a) || claimed.has(edge.b) || articleOf[edge.a] === articleOf[edge.b]) continue;
    groups.mergeIfDisjoint(edge.a, edge.b);
    const root = groups.root(edge.a);
    members.set(root, new Set([edge.a, edge.b]));
    claimed.add(edge.a);
    claimed.add(edge.b);
  }
}

/** The terms every core sentence of a claim uses, with their weights. */
function gistOf(prepared: Prepared, weight: Float64Array, ordered: number[]): Map<number, number> {
  const [first, ...rest] = ordered.map((s) => setOf(prepared, s));
  const gist = new Map<number, number>();
  for (const id of first ?? []) if (rest.every((set) => hasTerm(set, id))) gist.set(id, weight[id]!);
  return gist;
}

function hasTerm(set: Uint32Array, id: number): boolean {
  let low = 0;
  let high = set.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (set[middle] === id) return true;
    if (set[middle]! < id) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

function sharedTerms(prepared: Prepared, ordered: number[]): string[] {
  const counts = new Map<number, number>();
  for (const s of ordered) for (const id of setOf(prepared, s)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const inAll = [...counts].filter(([, n]) => n === ordered.length).map(([id]) => id);
  const chosen = inAll.length > 0 ? inAll : [...counts].filter(([, n]) => n * 2 >= ordered.length).map(([id]) => id);
  return chosen.sort((x, y) => prepared.documentFrequency[x]! - prepared.documentFrequency[y]!).map((id) => prepared.terms[id]!);
}
