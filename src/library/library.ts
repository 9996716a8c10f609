import { setImmediate as nextTurn } from 'node:timers/promises';
import { alignArticles, Alignment, readClaimActors, restoreAlignmentInSlices, type AlignmentSnapshot } from './alignment.ts';
import type { ArticleAnalysis, Quotation } from '../analysis/certainty.ts';
import { analyseArticleSafely } from '../analysis/safe-reading.ts';
import { EntityTable, type EntitySnapshot } from '../analysis/entities.ts';
import type { ArticleEntities } from '../analysis/entity-mentions.ts';
import type { Certainty } from '../model/answer.ts';
import type { Article, LoadWarning, Sentence } from '../model/article.ts';
import { Lookups, type LookupSources, type LookupsSnapshot } from './lookups.ts';
import { buildAcrossSafely, type CrossArticleStep } from './safe-steps.ts';
import { LowerCaseWords } from './lower-case-words.ts';
import { makeBodyKeysInSlices } from './body-keys.ts';
import { SentenceIndex, type IndexSnapshot } from '../search/sentence-index.ts';
import { compromise } from '../text/compromise.ts';
import { yaml } from '../corpus/yaml.ts';
import { runInTurns, runToEnd } from '../model/run-to-end.ts';

/**
 * Everything built once from the articles and shared read-only by every command. Rebuilt whole
 * when the articles change; never a global, so a bot may hold several.
 */
export interface Library {
  readonly articles: readonly Article[];
  /** Files that were not loaded, and why. */
  readonly warnings: readonly LoadWarning[];
  readonly index: SentenceIndex;
  readonly entities: EntityTable;
  /** Which sentences of different articles report the same thing. */
  readonly alignment: Alignment;
  article(id: string): Article | undefined;
  sentence(articleId: string, index: number): Sentence | undefined;
  /**
   * How firmly the article commits to a sentence, who stands behind it, and whether it is contested; undefined for a
   * sentence of an article whose analysis failed (see ArticleAnalysis.failure), of which none of that is known.
   */
  certaintyOf(sentence: Sentence): Certainty | undefined;
  /** Every quotation in an article, with the speaker the article gives. */
  quotationsOf(articleId: string): readonly Quotation[];
  /** An article's certainty analysis (what certaintyOf and quotationsOf read), for a rebuild that reuses it. */
  analysisOf(articleId: string): ArticleAnalysis | undefined;
  /**
   * Each article's own entity reading (see EntityTable.readings), for a rebuild that reuses them:
   * from the table, or, for a library restored from a snapshot, read from the snapshot when first
   * asked (a start never needs them). Undefined for an article whose reading is not kept.
   */
  entityReadings(): Promise<(articleId: string) => ArticleEntities | undefined>;
  /** Indexes over the parts above that commands read instead of scanning every article or sentence. */
  readonly lookups: Lookups;
  /** Which words some article writes in lower case, as words of their own (see LowerCaseWords). */
  readonly lowerCaseWords: LowerCaseWords;
  /**
   * The steps across articles that an error stopped (see buildAcrossSafely), in the order they run: each stands empty
   * (no claim, no name, no lookup built from them), and an answer that would read it says so instead of guessing.
   */
  readonly failedSteps: readonly CrossArticleStep[];
  /**
   * Read ahead, in slices that leave the event loop free between them, what a command would
   * otherwise read on first use: a restored library's certainty analyses (see SavedAnalyses), up
   * to its 500 hits' articles for a /sources, about 15 ms at 22,000 articles; the names each
   * article writes, which comparing sources reads (see EntityTable.entityWrittenIn); the search
   * of names spelt alike (see EntityTable.similar); the near spellings of the index's words (see
   * SentenceIndex.prepareNearSpellings); the number-word reader (see compromise); the yaml
   * package an /add writes its file's front matter with (see yaml);
   * every word written in lower case (see LowerCaseWords); and each article's body key, which
   * an /add's duplicate check reads (see bodyKeyOf). Asked again, it gives the same reading
   * rather than starting another.
   */
  warmUp(): Promise<void>;
}

/** Tokens or postings a snapshot's index is checked for between two turns of the event loop (see SentenceIndex.restoreInSlices): a few milliseconds. */
const RESTORE_SLICE = 1_000_000;
/** A snapshot's claims made, or filed by their sentences, between two turns of the event loop (see restoreAlignmentInSlices). */
const CLAIM_SLICE = 2_500;
/** Words whose grams the near-spelling lookup learns between two turns of the event loop (see SentenceIndex.prepareNearSpellingsInSlices). */
const NEAR_SPELLING_SLICE = 5_000;
/** Articles whose saved analyses are read between two turns of the event loop: about 5 ms of work, 40 ms on a busy machine. */
const WARM_UP_SLICE = 100;
/** Articles whose body keys (see bodyKeyOf) are made between two turns of the event loop: about 15 ms of folding and hashing. */
const BODY_KEY_SLICE = 500;
/** Articles whose names and headline words are read between two turns of the event loop (see Lookups.prepareArticleNamesInSlices). */
const ARTICLE_NAMES_SLICE = 1000;
/**
 * Entities whose written names are listed between two turns of the event loop (see EntityTable.listWrittenNamesInSlices):
 * the first entities are the most mentioned, thousands of mentions each, and 5,000 of them held a hand-over's turn for
 * 0.2–0.7 s at BBC ×10 on a busy machine.
 */
const WRITTEN_NAMES_SLICE = 10;
/** Entity mentions a snapshot's entity table is checked for between two turns of the event loop (see EntityTable.restoreInSlices): 100–200 ms whole at BBC ×10. */
const MENTION_SLICE = 50_000;
/** Names the entity name search learns between two turns of the event loop (see EntityTable.prepareNameSearchInSlices): 0.2–0.3 s whole at BBC ×10, about 12 ms a slice. */
const NAME_SEARCH_SLICE = 1_000;

/** The built parts of a library, saved so the same articles need not be analysed and indexed again. */
export interface LibrarySnapshot {
  index: IndexSnapshot;
  entities: EntitySnapshot;
  analyses: SavedAnalyses;
  alignment: AlignmentSnapshot;
  lookups: LookupsSnapshot;
  /** Each article's entity reading, in article order, read only when a rebuild asks (see Library.entityReadings); left out by an older snapshot. */
  entityReadings?: () => Promise<SavedReadings>;
  /** The steps across articles that failed when the library was built (see Library.failedSteps); none when left out. */
  failedSteps?: readonly CrossArticleStep[];
}

/** The entity readings of a snapshot, one per article in article order; undefined where none was kept. */
export interface SavedReadings {
  readonly length: number;
  at(i: number): ArticleEntities | undefined;
}

/**
 * The certainty analyses of a snapshot, one per article in article order. A restored library
 * reads each only when a command first asks about its article: parsing all of them held up a
 * start from the snapshot by about a second at 22,000 articles, for answers most never need.
 */
export interface SavedAnalyses {
  readonly length: number;
  /** How many sentences the i-th analysis covers, without reading it. */
  sentenceCount(i: number): number;
  at(i: number): ArticleAnalysis;
}

/**
 * The stages of building a library, as `BuildOptions.onStage` reports them; `wait` is the time a
 * build from files read ahead (buildLibraryAhead) waited for the read workers' analyses, `actors`
 * the entity table's reading of the claims' actors (see readClaimActors).
 */
export type BuildStage = 'analyse' | 'index' | 'entities' | 'align' | 'actors' | 'lookups' | 'wait';

export interface BuildOptions {
  /** A snapshot of a library built from these same articles: restored instead of rebuilt. */
  snapshot?: LibrarySnapshot;
  /** Certainty analyses already run (by the read workers): the articles without one are analysed here. */
  analyses?: readonly ArticleAnalysis[];
  /**
   * The certainty analysis of an article not given one (analyseArticle by default; a test gives one that fails on an
   * article). Run through analyseArticleSafely, as in the read workers, so that an article it fails on is kept.
   */
  analyse?: (article: Article) => ArticleAnalysis;
  /** Articles' entities already read (by the read workers): the others are read here. */
  entities?: readonly ArticleEntities[];
  /**
   * The steps across articles (the real ones by default; a test gives one that fails on an article's data). Run through
   * buildAcrossSafely, so that one that throws leaves the library answering without it.
   */
  acrossArticles?: Partial<AcrossArticles>;
  /** Told how long each stage took, in milliseconds (the benchmark's stage timings). */
  onStage?: (stage: BuildStage, ms: number) => void;
}

/** The steps a build runs over all the articles at once, each of which a failure leaves empty (see Library.failedSteps). */
export interface AcrossArticles {
  /** The claim alignment: alignArticles. */
  align(articles: readonly Article[], sequences: ReturnType<SentenceIndex['termSequences']>): Alignment;
  /** The entity table, from each article's entity reading (`readings`, where given): the EntityTable constructor. */
  tableEntities(articles: readonly Article[], readings: readonly ArticleEntities[] | undefined): EntityTable;
  /** The lookups over the other parts: the Lookups constructor. */
  buildLookups(sources: LookupSources): Lookups;
}

const ACROSS_ARTICLES: AcrossArticles = {
  align: (articles, sequences) => alignArticles(articles, {}, sequences),
  tableEntities: (articles, readings) => new EntityTable(articles, undefined, readings),
  buildLookups: (sources) => new Lookups(sources),
};

/** The analyses and entity readings read workers ran, as a build from files read ahead waits for them. */
export type WorkersAnalyses = Required<Pick<BuildOptions, 'analyses' | 'entities'>>;

/**
 * Build the library from loaded articles: the certainty analysis, the search index, the entity
 * table and the cross-article alignment. With a snapshot, all four are restored instead; throws
 * when the snapshot does not fit the articles.
 */
export function buildLibrary(articles: readonly Article[], warnings: readonly LoadWarning[] = [], options: BuildOptions = {}): Library {
  return runToEnd(buildInStages(articles, warnings, options));
}

/**
 * buildLibrary with a turn of the event loop between its stages (analysis, index, entity table,
 * alignment, lookups), for a rebuild while the bot answers: a command waits for one stage, not
 * for the whole build. The same library as buildLibrary gives.
 */
export async function buildLibraryInTurns(articles: readonly Article[], warnings: readonly LoadWarning[] = [], options: BuildOptions = {}): Promise<Library> {
  return runInTurns(buildInStages(articles, warnings, options));
}

/**
 * buildLibrary over articles whose certainty analyses and entity readings read workers are still
 * running (`analysed`, see readFilesAhead): the index and the alignment, which read only the
 * articles' text, are built first, while the workers analyse on the other cores, and the rest
 * once `analysed` settles. At BBC x10 on two cores the alignment's 20 s ran after the workers'
 * 30 s with a core idle; now they overlap. The same library as buildLibrary gives with the
 * analyses passed in.
 */
export async function buildLibraryAhead(
  articles: readonly Article[],
  warnings: readonly LoadWarning[],
  analysed: Promise<WorkersAnalyses>,
  onStage?: BuildOptions['onStage'],
  steps: Pick<BuildOptions, 'analyse' | 'acrossArticles'> = {},
): Promise<Library> {
  const stages = buildInStages(articles, warnings, { ...(onStage && { onStage }), ...steps }, true);
  let step = stages.next();
  for (;;) {
    if (step.done) return step.value;
    if (step.value !== 'wait') {
      step = stages.next();
      continue;
    }
    const start = performance.now();
    const work = await analysed;
    onStage?.('wait', performance.now() - start);
    step = stages.next(work);
  }
}

/**
 * The build, yielding after each stage: see buildLibrary and buildLibraryInTurns. With
 * `waitsForWork`, it yields `wait` after the alignment and takes the workers' analyses from the
 * caller (see buildLibraryAhead). The index and the alignment read only the articles, so building
 * them before the analyses changes nothing.
 */
function* buildInStages(articles: readonly Article[], warnings: readonly LoadWarning[], options: BuildOptions, waitsForWork = false): Generator<BuildStage, Library, WorkersAnalyses | undefined> {
  // Taken apart here: a closure naming `options` would keep the whole snapshot it carries (its parsed JSON parts,
  // 5 MB at BBC ×10) for the library's life, through the context every closure below shares.
  const { snapshot, onStage, analyse, entities: entitiesRead } = options;
  const timed = <T>(stage: BuildStage, build: () => T): T => {
    const start = performance.now();
    const built = build();
    onStage?.(stage, performance.now() - start);
    return built;
  };
  // A stage restored in slices yields its name after each slice; its time is that of its slices, not of the turns between.
  function* timedSlices<T>(stage: BuildStage, slices: Generator<void, T>): Generator<BuildStage, T> {
    let ms = 0;
    for (;;) {
      const start = performance.now();
      const step = slices.next();
      ms += performance.now() - start;
      if (step.done) {
        onStage?.(stage, ms);
        return step.value;
      }
      yield stage;
    }
  }
  // One map of the ids, not one to the articles and one to their places: 22,250 entries each at BBC ×10.
  const position = new Map(articles.map((article, i) => [article.id, i]));
  const byId = (id: string): Article | undefined => {
    const at = position.get(id);
    return at === undefined ? undefined : articles[at];
  };
  const saved = snapshot?.analyses;
  // Only this part of the snapshot is held on to: the rest is in the built parts or no longer needed.
  const savedReadings = snapshot?.entityReadings;
  if (saved && (saved.length !== articles.length || articles.some((article, i) => saved.sentenceCount(i) !== article.sentences.length))) {
    throw new Error('crosscheck: the snapshot’s certainty analysis does not fit these articles');
  }
  const index = snapshot ? yield* timedSlices('index', SentenceIndex.restoreInSlices(articles, snapshot.index, RESTORE_SLICE)) : timed('index', () => new SentenceIndex(articles));
  yield 'index';
  const across = { ...ACROSS_ARTICLES, ...options.acrossArticles };
  const failedSteps: CrossArticleStep[] = [...(snapshot?.failedSteps ?? [])];
  const safely = <T>(step: CrossArticleStep, build: () => T, fallback: () => T): T => buildAcrossSafely(step, articles.length, build, fallback, failedSteps);
  const aligned = snapshot
    ? yield* timedSlices('align', restoreAlignmentInSlices(articles, snapshot.alignment, CLAIM_SLICE))
    : timed('align', () =>
        safely(
          'claim alignment',
          () => across.align(articles, index.termSequences()),
          () => new Alignment([]),
        ),
      );
  yield 'align';
  const work = waitsForWork ? yield 'wait' : undefined;
  const given = new Map((work?.analyses ?? options.analyses ?? []).map((analysis) => [analysis.articleId, analysis]));
  // By the article's place, as `position` gives it: a second map keyed by the ids held 22,250 more entries at BBC ×10.
  const analyses = timed('analyse', (): (ArticleAnalysis | undefined)[] =>
    saved ? new Array<undefined>(articles.length) : articles.map((article) => given.get(article.id) ?? analyseArticleSafely(article, analyse)),
  );
  yield 'analyse';
  const analysisOf = (articleId: string): ArticleAnalysis | undefined => {
    const at = position.get(articleId);
    if (at === undefined) return undefined;
    let analysis = analyses[at];
    if (!analysis && saved) {
      analysis = saved.at(at);
      if (analysis.articleId !== articleId) throw new Error(`crosscheck: the snapshot’s certainty analysis of ${articleId} is another article’s`);
      analyses[at] = analysis;
    }
    return analysis;
  };
  const entities = snapshot
    ? yield* timedSlices('entities', EntityTable.restoreInSlices(articles, snapshot.entities, MENTION_SLICE))
    : timed('entities', () =>
        safely(
          'entity table',
          () => across.tableEntities(articles, work?.entities ?? entitiesRead),
          () => tableOfNoNames(articles),
        ),
      );
  yield 'entities';
  // The alignment reads the text alone, to be built while the workers analyse (see buildLibraryAhead); the entity table reads
  // its claims' actors here. A restored alignment was read so before it was saved.
  const alignment = snapshot
    ? aligned
    : timed('actors', () =>
        safely(
          'claim alignment',
          () => readClaimActors(aligned, entities, articles),
          () => new Alignment([]),
        ),
      );
  const certaintyOf = (sentence: Sentence): Certainty | undefined => {
    const analysis = analysisOf(sentence.articleId);
    return analysis?.failure ? undefined : analysis?.sentences[sentence.index];
  };
  const quotationsOf = (articleId: string): readonly Quotation[] => analysisOf(articleId)?.quotations ?? [];
  const sources = { articles, entities, alignment, certaintyOf, quotationsOf };
  const lookups = snapshot
    ? yield* timedSlices('lookups', Lookups.restoreInSlices(sources, snapshot.lookups))
    : safely(
        'lookups',
        () => across.buildLookups(sources),
        // Over the articles alone, which /source finds articles by: nothing read from the other parts.
        () => new Lookups({ articles, entities: tableOfNoNames(articles), alignment: new Alignment([]), certaintyOf: () => undefined, quotationsOf: () => [] }),
      );
  const lowerCaseWords = new LowerCaseWords(articles, index);
  let readingAhead: Promise<void> | undefined;
  const readAhead = async (): Promise<void> => {
    for (let i = 0; saved && i < articles.length; i += WARM_UP_SLICE) {
      await nextTurn();
      for (const article of articles.slice(i, i + WARM_UP_SLICE)) analysisOf(article.id);
    }
    for (const _ of entities.listWrittenNamesInSlices(WRITTEN_NAMES_SLICE)) await nextTurn();
    for (const _ of entities.prepareNameSearchInSlices(NAME_SEARCH_SLICE)) await nextTurn();
    await nextTurn();
    for (const _ of index.prepareNearSpellingsInSlices(NEAR_SPELLING_SLICE)) await nextTurn();
    // Loaded on first use (see compromise): a question with a number word would otherwise pay its 0.14 s.
    compromise();
    await nextTurn();
    // Loaded on first use too: an /add's first would hold the thread 50–100 ms while other answers wait.
    yaml();
    await nextTurn();
    await lowerCaseWords.readAll();
    for (const _ of makeBodyKeysInSlices(articles, BODY_KEY_SLICE)) await nextTurn();
    for (const _ of lookups.prepareArticleNamesInSlices(ARTICLE_NAMES_SLICE)) await nextTurn();
  };
  return {
    articles,
    warnings,
    index,
    entities,
    alignment,
    article: byId,
    sentence: (articleId, index) => byId(articleId)?.sentences[index],
    certaintyOf,
    quotationsOf,
    analysisOf,
    async entityReadings() {
      // The table that stands for a failed one holds no reading, and its empty ones must not be kept as the articles' own.
      if (failedSteps.includes('entity table')) return () => undefined;
      const saved = await savedReadings?.().catch(() => undefined);
      const fits = saved !== undefined && saved.length === articles.length;
      return (articleId) => {
        const kept = entities.readings.get(articleId);
        if (kept || !fits) return kept;
        const at = position.get(articleId);
        const reading = at === undefined ? undefined : saved.at(at);
        return reading?.articleId === articleId ? reading : undefined;
      };
    },
    lookups,
    lowerCaseWords,
    failedSteps,
    warmUp() {
      // The loader starts it and whoever needs it done waits for it (the bot's answer warm-up, see src/runtime/warm-answers.ts).
      readingAhead ??= readAhead();
      return readingAhead;
    },
  };
}

/** A snapshot of a library in memory, as snapshotOf makes it and a snapshot is written from: its entity mentions in one array. */
export type BuiltSnapshot = LibrarySnapshot & { entities: { mentions: Int32Array } };

/** What a snapshot keeps of a library: see LibrarySnapshot. */
export function snapshotOf(library: Library): BuiltSnapshot {
  return {
    index: library.index.toSnapshot(),
    entities: library.entities.toSnapshot(),
    analyses: {
      length: library.articles.length,
      sentenceCount: (i) => library.articles[i]?.sentences.length ?? 0,
      at(i) {
        const article = library.articles[i];
        if (!article) throw new Error(`the library has no article ${i}`);
        // Saved as it is, placeholders and all, so that a start from the snapshot knows it failed.
        const failed = library.analysisOf(article.id);
        if (failed?.failure) return failed;
        const sentences = article.sentences.map((sentence) => {
          // Every sentence of the library was analysed when it was built.
          const certainty = library.certaintyOf(sentence);
          if (!certainty) throw new Error(`sentence ${sentence.id} has no certainty`);
          return certainty;
        });
        return { articleId: article.id, sentences, quotations: [...library.quotationsOf(article.id)] };
      },
    },
    alignment: library.alignment.toSnapshot(library.articles),
    lookups: library.lookups.toSnapshot(),
    entityReadings: async () => {
      const readingOf = await library.entityReadings();
      return { length: library.articles.length, at: (i) => readingOf(library.articles[i]?.id ?? '') };
    },
    failedSteps: library.failedSteps,
  };
}

/** The entity table that stands for one that failed: it names no one, and reads no article for names. */
export function tableOfNoNames(articles: readonly Article[]): EntityTable {
  return new EntityTable(
    articles,
    undefined,
    articles.map((article) => ({ articleId: article.id, entities: [] })),
  );
}
