/**
 * The claims of a library with a few articles added or removed since it was built, without
 * aligning every article again (about 20 s at BBC ×10): the added articles are aligned with the
 * few built articles most like them, by the same rules (alignArticles), and each claim that holds
 * an added sentence extends the built claim its other sentences carry (the added sentence joins
 * it). When they carry none, no claim is made until the whole rebuild: pairs made so agreed with
 * the whole alignment too rarely (docs/benchmarks.md, way (4)). The removed articles' sentences are taken out of every claim, and a claim left with one
 * article is no longer one.
 *
 * What it may give otherwise than a whole alignment: its word weights are counted over the added
 * articles and their candidates, not over every article, so a pair near a threshold may pass or
 * fail where the whole alignment decides otherwise; and an added sentence never reaches a built
 * article that shares too few words with it to be a candidate. A stopgap until the article store's
 * background rebuild swaps the whole library in (see createArticleStore).
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { alignArticles, Alignment, type Claim } from './alignment.ts';
import { type Article, bySentence, type Sentence } from '../model/article.ts';
import type { Library } from './library.ts';
import type { SentenceIndex } from '../search/sentence-index.ts';
import { termsOf } from '../text/normalise.ts';

/** How many built articles the added ones are aligned with: those sharing the most sentences' words. */
const MAX_CANDIDATES = 20;
/** A sentence with fewer search terms than this ("He declined.") finds no candidates: it would match too much. */
const MIN_TERMS = 4;
/** The share of a sentence's terms another must share to make its article a candidate; the alignment decides the rest. */
const CANDIDATE_SHARE = 0.3;
/** And at least this many terms, as the alignment asks (its minSharedTerms). */
const MIN_SHARED_TERMS = 3;

/**
 * The claims of `base` with the added articles' sentences aligned in and the `hidden` articles
 * taken out; see the top of this file.
 */
export class LayeredAlignment extends Alignment {
  readonly #base: Alignment;
  /** Built claims an added sentence joined, with the claim it makes. */
  readonly #extended: ReadonlyMap<Claim, Claim>;
  readonly #addedIds: ReadonlySet<string>;
  readonly #hidden: ReadonlySet<string>;
  readonly #addedSentences: ReadonlySet<Sentence>;
  /** Each claim with a hidden sentence, without it; undefined when that leaves one article. */
  readonly #shown = new Map<Claim, Claim | undefined>();

  /** `added`, the added articles; `hidden`, the ids of built articles left out, which may be added again (a file changed on disk). */
  constructor(base: Alignment, extended: ReadonlyMap<Claim, Claim>, added: readonly Article[], hidden: ReadonlySet<string>) {
    // The base's own map of 22,000 articles' claims is not built again: only the claims added sentences joined are mapped here.
    super([...extended.values()]);
    this.#base = base;
    this.#extended = extended;
    this.#addedIds = new Set(added.map((article) => article.id));
    this.#hidden = hidden;
    this.#addedSentences = new Set(added.flatMap((article) => article.sentences));
  }

  override claimsOf(sentence: Sentence): readonly Claim[] {
    const mine = super.claimsOf(sentence);
    if (this.#addedIds.has(sentence.articleId)) return mine.flatMap((claim) => this.#withoutHidden(claim) ?? []);
    const claims = this.#base.claimsOf(sentence).map((claim) => this.#extended.get(claim) ?? claim);
    return claims.flatMap((claim) => this.#withoutHidden(claim) ?? []);
  }

  #withoutHidden(claim: Claim): Claim | undefined {
    if (this.#hidden.size === 0 || !claim.articleIds.some((id) => this.#hidden.has(id))) return claim;
    if (!this.#shown.has(claim)) {
      // A built sentence of a hidden article goes; an added one stays, though its article may have the same id (changed on disk).
      const shown = (sentence: Sentence): boolean => !this.#hidden.has(sentence.articleId) || this.#addedSentences.has(sentence);
      const sentences = claim.sentences.filter(shown);
      const articleIds = [...new Set(sentences.map((sentence) => sentence.articleId))].sort();
      const retold = claim.retold?.filter(shown);
      this.#shown.set(claim, articleIds.length < 2 ? undefined : { ...claim, sentences, articleIds, ...(retold && { retold }) });
    }
    return this.#shown.get(claim);
  }
}

/** The claims alignArticles finds among `articles`, each as its sentences: on this thread, or in a worker (see LayeringWorker). */
export type AlignClaims = (articles: readonly Article[]) => Promise<Sentence[][]>;

/** AlignClaims on this thread. */
export async function alignHere(articles: readonly Article[]): Promise<Sentence[][]> {
  return alignArticles(articles).claims.map((claim) => claim.sentences);
}

/**
 * The built articles most like the added ones: for each added sentence, the articles with a
 * sentence that shares enough of its words (read from `index`'s posting lists), counted once per
 * added sentence; the MAX_CANDIDATES with the most such sentences. With a turn of the event loop
 * after each sentence: one sentence's words are in tens of thousands of sentences at BBC ×10.
 */
async function candidatesOf(base: Library, index: SentenceIndex, added: readonly Article[], hidden: ReadonlySet<string>): Promise<Article[]> {
  const addedIds = new Set(added.map((article) => article.id));
  const counts = new Map<string, number>();
  for (const article of added) {
    for (const sentence of article.sentences) {
      const terms = termsOf(sentence.text);
      if (terms.length < MIN_TERMS) continue;
      const least = Math.max(MIN_SHARED_TERMS, CANDIDATE_SHARE * terms.length);
      const articles = new Set<string>();
      for (const other of await index.sharingTermsInSlices(terms, (shared) => shared >= least, nextTurn)) articles.add(other.sentence.articleId);
      for (const id of articles) if (!hidden.has(id) && !addedIds.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
      await nextTurn();
    }
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_CANDIDATES)
    .flatMap(([id]) => base.article(id) ?? []);
}

/**
 * The claims of `base` (the built library) with the articles of `added` (a library over them alone)
 * aligned in and the `hidden` articles taken out; see the top of this file. The candidates are
 * found through `index`: the built index, or the layered one, which reads the added sentences'
 * sharers ahead (see SharingReadAhead) and gives the same ones; they are aligned with the added
 * articles by `align` (on this thread, or in a worker). Turns the event loop between its steps.
 */
export async function layerClaims(base: Library, added: Library, hidden: ReadonlySet<string>, index: SentenceIndex = base.index, align: AlignClaims = alignHere): Promise<Alignment> {
  const addedIds = new Set(added.articles.map((article) => article.id));
  const extended = new Map<Claim, Claim>();
  if (added.articles.length > 0) {
    const candidates = await candidatesOf(base, index, added.articles, hidden);
    const together = [...candidates, ...added.articles].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    for (const sentences of await align(together)) {
      const news = sentences.filter((sentence) => addedIds.has(sentence.articleId));
      if (news.length === 0) continue;
      // A claim among built articles only is the whole alignment's to decide, with every article's weights.
      const built = sentences.flatMap((sentence) => (addedIds.has(sentence.articleId) ? [] : base.alignment.claimsOf(sentence)))[0];
      // A pair the whole alignment does not make among the built sentences is not made here either: on the BBC
      // business and politics articles, such pairs agreed with the whole alignment's far less often than joins.
      if (!built) continue;
      const into = extended.get(built) ?? built;
      // A hidden article's sentences (its built version, when it changed on disk) do not keep its new version out.
      const joining = news.filter((sentence) => !into.sentences.some((other) => other.articleId === sentence.articleId && !hidden.has(other.articleId)));
      if (joining.length === 0) continue;
      extended.set(built, {
        ...into,
        sentences: [...into.sentences, ...joining].sort(bySentence),
        articleIds: [...new Set([...into.articleIds, ...joining.map((sentence) => sentence.articleId)])].sort(),
      });
    }
  }
  return new LayeredAlignment(base.alignment, extended, added.articles, hidden);
}
