import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { ArticleAnalysis } from '../analysis/certainty.ts';
import type { ArticleEntities } from '../analysis/entity-mentions.ts';
import type { Article, LoadWarning } from '../model/article.ts';
import { readInWorkers } from './parallel-read.ts';
import { articleFormatOf, readArticleFiles, type ReadResult } from './read.ts';

/** Reading one file is `read.ts`'s; the corpus's callers find it here, beside loading a folder. */
export { articleFormatOf, MAX_ARTICLE_BYTES, readArticle, readArticleFiles, readArticleFilesSync, type ReadResult } from './read.ts';

/** How to read a folder of articles. */
export interface LoadOptions {
  /**
   * Worker threads that read and split the files; 1 reads on this thread. Left out, a large folder
   * (LARGE_FOLDER_FILES or more) is read with one thread per core: sentence splitting is most of
   * the load time and parallelises file by file.
   */
  threads?: number;
}

/** From this many files on, reading in worker threads pays for starting them and copying the articles back. */
export const LARGE_FOLDER_FILES = 500;

/** Every article file name in a folder, in file-name order. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => !name.startsWith('.') && articleFormatOf(name)).sort();
}

/** The articles of a folder, the files skipped, and the certainty analyses worker threads already ran. */
export interface LoadedArticles {
  articles: Article[];
  warnings: LoadWarning[];
  /** Analyses of some or all of the articles, to pass to buildLibrary; empty when read on this thread. */
  analyses: ArticleAnalysis[];
  /** The entities workers read in some or all of the articles, to pass to buildLibrary. */
  entities: ArticleEntities[];
}

/**
 * Every article in a folder, in file-name order, and a warning for each file that was skipped.
 * Worker threads that read a large folder also run each article's certainty analysis, which is
 * per article and so parallel for free.
 */
export async function loadArticles(dir: string, options: LoadOptions = {}): Promise<LoadedArticles> {
  const names = await listArticleFiles(dir);
  const threads = options.threads ?? (names.length >= LARGE_FOLDER_FILES ? availableParallelism() : 1);
  const results = threads > 1 ? await readInWorkers(dir, names, threads, { analyse: true }) : await readArticleFiles(dir, names);
  return collectArticles(results);
}

/** Articles in order, with files that failed or repeat an id turned into warnings, and the analyses the results carry. */
export function collectArticles(results: readonly ReadResult[]): LoadedArticles {
  const articles: Article[] = [];
  const warnings: LoadWarning[] = [];
  const analyses: ArticleAnalysis[] = [];
  const entities: ArticleEntities[] = [];
  const seen = new Map<string, string>();
  for (const result of results) {
    if (!result.ok) {
      warnings.push(result.warning);
      continue;
    }
    const clash = seen.get(result.article.id);
    if (clash) {
      warnings.push({ file: result.article.file, reason: `another file (${clash}) already has the id ${result.article.id}` });
      continue;
    }
    seen.set(result.article.id, result.article.file);
    articles.push(result.article);
    if (result.analysis) analyses.push(result.analysis);
    if (result.entities) entities.push(result.entities);
  }
  return { articles, warnings, analyses, entities };
}
