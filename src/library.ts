import type { Article, LoadWarning, Sentence } from './corpus/types.ts';
import { EntityTable, type EntitySnapshot } from './analysis/entities.ts';
import { SentenceIndex, type IndexSnapshot } from './search/sentence-index.ts';

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
  article(id: string): Article | undefined;
  sentence(articleId: string, index: number): Sentence | undefined;
}

/** The built parts of a library, saved so the same articles need not be analysed and indexed again. */
export interface LibrarySnapshot {
  index: IndexSnapshot;
  entities: EntitySnapshot;
}

/** The stages of building a library, as `BuildOptions.onStage` reports them. */
export type BuildStage = 'index' | 'analyse';

export interface BuildOptions {
  /** A snapshot of a library built from these same articles: restored instead of rebuilt. */
  snapshot?: LibrarySnapshot;
  /** Told how long each stage took, in milliseconds (the benchmark's stage timings). */
  onStage?: (stage: BuildStage, ms: number) => void;
}

/**
 * Build the library from loaded articles: the search index and the entity table. With a snapshot,
 * restore them instead; throws when the snapshot does not fit the articles.
 */
export function buildLibrary(articles: readonly Article[], warnings: readonly LoadWarning[] = [], options: BuildOptions = {}): Library {
  const { snapshot, onStage } = options;
  const timed = <T>(stage: BuildStage, build: () => T): T => {
    const start = performance.now();
    const built = build();
    onStage?.(stage, performance.now() - start);
    return built;
  };
  const index = timed('index', () => new SentenceIndex(articles, snapshot?.index));
  const entities = timed('analyse', () => new EntityTable(articles, snapshot?.entities));
  const byId = new Map(articles.map((article) => [article.id, article]));
  return {
    articles,
    warnings,
    index,
    entities,
    article: (id) => byId.get(id),
    sentence: (articleId, index) => byId.get(articleId)?.sentences[index],
  };
}

/** What a snapshot keeps of a library: see LibrarySnapshot. */
export function snapshotOf(library: Library): LibrarySnapshot {
  return { index: library.index.toSnapshot(), entities: library.entities.toSnapshot(library.articles) };
}
