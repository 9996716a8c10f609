/**
 * A library with a few articles added or removed since it was built, answering at once: the
 * built library (`base`) and a small library built over the added articles alone (`added`),
 * asked side by side, with the removed articles' sentences left out of what `base` finds. Building
 * the whole library again takes half a minute at BBC ×10; this takes what one article's analysis
 * and a few lists of 22,000 entries take. The article store answers an /add or a /remove with it
 * and swaps in the whole rebuild when that is done (see createArticleStore).
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { alignArticles, type Alignment } from './alignment.ts';
import { EntityTable, type EntityRecord } from '../analysis/entities.ts';
import { readAt } from '../model/read-at.ts';
import type { Article, Sentence } from '../model/article.ts';
import { type AlignClaims, LayeredAlignment, layerClaims } from './layered-claims.ts';
import { layerEntities } from './layered-entities.ts';
import { type Library, tableOfNoNames } from './library.ts';
import { layerAcrossSafely } from './safe-steps.ts';
import { type EntityMention, Lookups, type LookupsSnapshot, type QuotationInArticle, type SourceCueKind } from './lookups.ts';
import { LowerCaseWords } from './lower-case-words.ts';
import { SharingReadAhead } from './layered-sharing.ts';

/** The loader's order, by file name: the order answers list articles in. */
function byFile(a: Article, b: Article): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/**
 * The built articles but the hidden ones, with the added ones put in their places by file name:
 * where the built ones are in that order already (the loader's), a merge, where sorting 22,000
 * articles took 10–35 ms; otherwise sorted, as before.
 */
function mergedByFile(base: readonly Article[], hidden: ReadonlySet<string>, added: readonly Article[]): Article[] {
  const merged: Article[] = [];
  const adding = [...added].sort(byFile);
  let next = 0;
  let previous: Article | undefined;
  for (const article of base) {
    if (previous && byFile(previous, article) > 0) return [...base.filter((kept) => !hidden.has(kept.id)), ...added].sort(byFile);
    previous = article;
    if (hidden.has(article.id)) continue;
    for (let coming = adding[next]; coming && byFile(coming, article) < 0; coming = adding[++next]) merged.push(coming);
    merged.push(article);
  }
  merged.push(...adding.slice(next));
  return merged;
}

/**
 * The lookups of a layered library: each question asked of the library that holds the article, an
 * added article's entity mentions renumbered to their places in the layered entity list.
 */
class LayeredLookups extends Lookups {
  readonly #base: Lookups;
  readonly #added: Lookups;
  readonly #addedIds: ReadonlySet<string>;
  readonly #hidden: ReadonlySet<string>;
  readonly #positionOfAdded: Int32Array;
  readonly #order: (a: Article, b: Article) => number;

  readonly #addedLibrary: Library;
  readonly #alignment: Alignment;

  constructor(base: Library, added: Library, hidden: ReadonlySet<string>, positionOfAdded: Int32Array, alignment: Alignment) {
    super({ articles: [], entities: new EntityTable([]), alignment: alignArticles([]), certaintyOf: () => undefined, quotationsOf: () => [] });
    this.#base = base.lookups;
    this.#added = added.lookups;
    this.#addedIds = new Set(added.articles.map((article) => article.id));
    this.#hidden = hidden;
    this.#positionOfAdded = positionOfAdded;
    this.#order = byFile;
    this.#addedLibrary = added;
    this.#alignment = alignment;
  }

  #shown = (article: Article): boolean => !this.#hidden.has(article.id);

  #both(base: Article[], added: Article[]): Article[] {
    return [...base.filter(this.#shown), ...added].sort(this.#order);
  }

  override mentionsOf(sentence: Sentence): EntityMention[] {
    if (!this.#addedIds.has(sentence.articleId)) return this.#base.mentionsOf(sentence);
    return this.#added.mentionsOf(sentence).map(({ entity, mention }) => ({ entity: this.#positionOfAdded[entity] ?? entity, mention }));
  }

  /**
   * An added article's counts are read from the layered claims (a few dozen sentences); a built
   * article's are the built library's, which do not count an added article that now shares a
   * claim with it.
   */
  override sentencesAlone(articleId: string): number {
    if (!this.#addedIds.has(articleId)) return this.#base.sentencesAlone(articleId);
    return (this.#addedLibrary.article(articleId)?.sentences ?? []).filter((sentence) => this.#alignment.claimsOf(sentence).length === 0).length;
  }

  override sentencesSharedWith(articleId: string): { articleId: string; sentences: number }[] {
    if (!this.#addedIds.has(articleId)) return this.#base.sentencesSharedWith(articleId).filter((other) => !this.#hidden.has(other.articleId));
    const counts = new Map<string, number>();
    for (const sentence of this.#addedLibrary.article(articleId)?.sentences ?? []) {
      const others = new Set(this.#alignment.claimsOf(sentence).flatMap((claim) => claim.articleIds.filter((id) => id !== articleId)));
      for (const other of others) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
    return [...counts].map(([other, sentences]) => ({ articleId: other, sentences }));
  }

  override articleNamed(name: string): Article | undefined {
    const fromBase = this.#base.articleNamed(name);
    const named = [fromBase && this.#shown(fromBase) ? fromBase : undefined, this.#added.articleNamed(name)].filter((article): article is Article => article !== undefined);
    return named.sort(this.#order)[0];
  }

  override articlesWithIdPrefix(prefix: string): Article[] {
    return this.#both(this.#base.articlesWithIdPrefix(prefix), this.#added.articlesWithIdPrefix(prefix));
  }

  override articlesWithHeadlineTerms(terms: readonly string[]): Article[] {
    return this.#both(this.#base.articlesWithHeadlineTerms(terms), this.#added.articlesWithHeadlineTerms(terms));
  }

  override sourceCueKindHolding(name: string): SourceCueKind | undefined {
    return this.#base.sourceCueKindHolding(name) ?? this.#added.sourceCueKindHolding(name);
  }

  override quotationsBy(speaks: (speaker: string) => boolean, limit: number, inArticle?: (articleId: string, speaker: string) => boolean): QuotationInArticle[] {
    const shown = (articleId: string, speaker: string): boolean => !this.#hidden.has(articleId) && (inArticle?.(articleId, speaker) ?? true);
    const base = this.#base.quotationsBy(speaks, limit, shown);
    return [...base, ...this.#added.quotationsBy(speaks, limit - base.length, inArticle)].slice(0, limit);
  }

  /** Never asked: a library with layers is not saved, its whole rebuild is (see rebuildIntoSnapshot). */
  override toSnapshot(): LookupsSnapshot {
    throw new Error('crosscheck: layered lookups are not saved; build the library whole instead');
  }
}

/** Which words some article writes in lower case: the built library's or an added article's. */
class LayeredLowerCaseWords extends LowerCaseWords {
  readonly #base: LowerCaseWords;
  readonly #added: LowerCaseWords;

  constructor(base: Library, added: Library) {
    super([], added.index);
    this.#base = base.lowerCaseWords;
    this.#added = added.lowerCaseWords;
  }

  override has(word: string): boolean {
    return this.#base.has(word) || this.#added.has(word);
  }

  override async readAll(): Promise<void> {
    await this.#base.readAll();
    await this.#added.readAll();
  }
}

/**
 * `base` with the articles of `added` (a library built over them alone) added and the articles
 * whose ids are in `hidden` removed, answering at once; see the top of this file. The added
 * articles' sentences join the claims of the articles most like them (see layerClaims), aligned
 * by `align` (on this thread when left out, or in a worker: see LayeringWorker). Turns the event
 * loop between its steps.
 */
export async function layerLibrary(base: Library, added: Library, hidden: ReadonlySet<string>, align?: AlignClaims): Promise<Library> {
  const index = new SharingReadAhead(base.index, added.index, hidden);
  await index.readAhead(added.articles.flatMap((article) => article.sentences));
  const failedSteps = [...new Set([...base.failedSteps, ...added.failedSteps])];
  // The added articles are held by no claim when their layering fails: the library says the alignment failed, so no answer reads that as told alone.
  const alignment = await layerAcrossSafely(
    'claim alignment',
    added.articles.length,
    () => layerClaims(base, added, hidden, index, align),
    () => new LayeredAlignment(base.alignment, new Map(), added.articles, hidden),
    failedSteps,
  );
  await nextTurn();
  const addedIds = new Set(added.articles.map((article) => article.id));
  const articles = mergedByFile(base.articles, hidden, added.articles);
  // The merge walks every built article (5–10 ms at BBC ×10), and so does the entity table's first step.
  await nextTurn();
  const owner = (articleId: string): Library | undefined => (addedIds.has(articleId) ? added : hidden.has(articleId) ? undefined : base);
  const namedInHidden = new Set<EntityRecord>();
  for (const id of hidden) {
    for (const sentence of base.article(id)?.sentences ?? []) for (const { entity } of base.lookups.mentionsOf(sentence)) namedInHidden.add(readAt(base.entities.entities, entity, 'entities'));
  }
  const entities = await layerAcrossSafely(
    'entity table',
    added.articles.length,
    () => layerEntities(base.entities, base.articles, added.entities, added.articles, hidden, [...namedInHidden]),
    // The built table, with no name of the added articles merged in.
    () => layerEntities(base.entities, base.articles, tableOfNoNames(added.articles), added.articles, hidden, [...namedInHidden]),
    failedSteps,
  );
  await nextTurn();
  return {
    articles,
    warnings: base.warnings,
    index,
    entities,
    alignment,
    article: (id) => owner(id)?.article(id),
    sentence: (articleId, at) => owner(articleId)?.sentence(articleId, at),
    certaintyOf: (sentence) => owner(sentence.articleId)?.certaintyOf(sentence),
    quotationsOf: (articleId) => owner(articleId)?.quotationsOf(articleId) ?? [],
    analysisOf: (articleId) => owner(articleId)?.analysisOf(articleId),
    async entityReadings() {
      const [fromBase, fromAdded] = await Promise.all([base.entityReadings(), added.entityReadings()]);
      return (articleId) => (addedIds.has(articleId) ? fromAdded(articleId) : fromBase(articleId));
    },
    lookups: new LayeredLookups(base, added, hidden, entities.positionOfAdded, alignment),
    lowerCaseWords: new LayeredLowerCaseWords(base, added),
    failedSteps,
    async warmUp() {
      await added.warmUp();
      entities.prepareNameSearch();
    },
  };
}
