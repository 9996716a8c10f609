import { alignArticles, type Alignment } from './analysis/alignment.ts';
import { analyseArticle, type ArticleAnalysis, type Quotation } from './analysis/certainty.ts';
import { EntityTable } from './analysis/entities.ts';
import type { Certainty } from './answer/model.ts';
import type { Article, LoadWarning, Sentence } from './corpus/types.ts';
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
  /** How firmly the article commits to a sentence, who stands behind it, and whether it is contested. */
  certaintyOf(sentence: Sentence): Certainty | undefined;
  /** Every quotation in an article, with the speaker the article gives. */
  quotationsOf(articleId: string): readonly Quotation[];
}

/** Build the library from loaded articles: the certainty analysis, the search index, the entity table and the cross-article alignment. */
export function buildLibrary(articles: readonly Article[], warnings: readonly LoadWarning[] = []): Library {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const analyses = new Map<string, ArticleAnalysis>(articles.map((article) => [article.id, analyseArticle(article)]));
  return {
    articles,
    warnings,
    index: new SentenceIndex(articles),
    entities: new EntityTable(articles),
    alignment: alignArticles(articles),
    article: (id) => byId.get(id),
    sentence: (articleId, index) => byId.get(articleId)?.sentences[index],
    certaintyOf: (sentence) => analyses.get(sentence.articleId)?.sentences[sentence.index],
    quotationsOf: (articleId) => analyses.get(articleId)?.quotations ?? [],
  };
}
