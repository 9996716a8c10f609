import type { Article } from '../../src/model/article.ts';

/**
 * Another file with the same bytes as `article` (a story filed twice), under `id`; with `hash`, a
 * content hash of its own, so the code that reads copies once takes it for another story.
 */
export function copyOfArticle(article: Article, id: string, hash = article.contentHash): Article {
  const sentences = article.sentences.map((sentence) => ({ ...sentence, id: `${id}#${sentence.index}`, articleId: id }));
  return { ...article, id, file: `${id}.txt`, sentences, contentHash: hash };
}

/** The seed articles each followed by `copies` copies of itself; with `disguised`, each copy has a content hash of its own. */
export function withCopies(articles: readonly Article[], copies: number, disguised = false): Article[] {
  return articles.flatMap((article) => [
    article,
    ...Array.from({ length: copies }, (_, i) => copyOfArticle(article, `${article.id}_copy${i}`, disguised ? `${article.contentHash.slice(0, -2)}${String(i).padStart(2, '0')}` : article.contentHash)),
  ]);
}
