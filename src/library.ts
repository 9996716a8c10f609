import type { Article, LoadWarning, Sentence } from './corpus/types.ts';
import { alignArticles, type Alignment } from './analysis/alignment.ts';
import { EntityTable } from './analysis/entities.ts';
import { SentenceIndex } from './search/sentence-index.ts';

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
}

/** Build the library from loaded articles: the search index, the entity table and the cross-article alignment. */
export function buildLibrary(articles: readonly Article[], warnings: readonly LoadWarning[] = []): Library {
  const byId = new Map(articles.map((article) => [article.id, article]));
  return {
    articles,
    warnings,
    index: new SentenceIndex(articles),
    entities: new EntityTable(articles),
    alignment: alignArticles(articles),
    article: (id) => byId.get(id),
    sentence: (articleId, index) => byId.get(articleId)?.sentences[index],
  };
}
