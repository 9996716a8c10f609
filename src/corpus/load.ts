/**
 * Loading a folder of articles, in the order every loader follows: scan (which files, their type
 * and size, without reading them) → read (on this thread, or in worker threads for a large folder)
 * → parse into Articles, in file-name order with failures as warnings. The library layer
 * (`src/library/load-library.ts`) runs these steps, with the snapshot as a cache between scan and
 * read, and builds the library from what they give.
 */
import { lstatSync, type Stats } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { ArticleAnalysis } from '../analysis/certainty.ts';
import type { ArticleEntities } from '../analysis/entity-mentions.ts';
import type { Article, LoadWarning } from '../model/article.ts';
import { readInWorkersAhead, type ReadAhead } from './parallel-read.ts';
import { articleFormatOf, readArticleFiles, type ReadResult } from './read.ts';

/** Reading one file is `read.ts`'s; the corpus's callers find it here, beside loading a folder. */
export type { ReadAhead } from './parallel-read.ts';
export { articleFormatOf, MAX_ARTICLE_BYTES, readArticle, readArticleFiles, readArticleFilesSync, type ReadResult } from './read.ts';

/** How to read a folder of articles. */
export interface LoadOptions {
  /**
   * Worker threads that read and split the files; 1 reads on this thread. Left out, a large folder
   * (LARGE_FOLDER_FILES or more) is read with one thread per core: sentence splitting is most of
   * the load time and parallelises file by file.
   */
  threads?: number;
  /** A key per named file that files of the same bytes share, so that workers share the files out by their bytes (see ParallelReadOptions.byteKeys). */
  byteKeys?: readonly string[];
}

/** From this many files on, reading in worker threads pays for starting them and copying the articles back. */
export const LARGE_FOLDER_FILES = 500;

/** Every article file name in a folder, in file-name order. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => !name.startsWith('.') && articleFormatOf(name)).sort();
}

/**
 * What a scan saw of each article file, by name in file-name order: its signature (type, size,
 * modification and change times, inode, from lstat, so a link is not followed), or undefined for
 * a file gone while listed. Equal signatures mean reading the file again would give the same
 * article.
 */
export type FolderScan = Map<string, string | undefined>;

/**
 * Scan a folder without reading any file. A folder that cannot be listed scans as empty, unless
 * `folderMustExist`: a rebuild must fail then, not empty the library.
 */
export async function scanFolder(dir: string, folderMustExist = false): Promise<FolderScan> {
  const names = await (folderMustExist ? listArticleFiles(dir) : listArticleFiles(dir).catch(() => []));
  const scan: FolderScan = new Map();
  for (let i = 0; i < names.length; i += SCAN_SLICE) {
    if (i > 0) await nextTurn();
    for (const name of names.slice(i, i + SCAN_SLICE)) scan.set(name, signatureOf(join(dir, name)));
  }
  return scan;
}

/**
 * Files whose type and size are looked up between two turns of the event loop: a few
 * milliseconds. Blocking calls in slices rather than one promise per file: at 22,250 files the
 * promises took 0.48 s of a start from the snapshot.
 */
const SCAN_SLICE = 500;

/**
 * Each scanned file's size as its key for sharing the files out among read workers (see ParallelReadOptions.byteKeys),
 * '' where the scan saw no regular file: files of the same bytes have the same size, so a start with no snapshot, which
 * has not read or hashed any file yet, still sends the copies of a story to one worker. Without keys, the ten copies of
 * each story at BBC ×10 went five to each of two workers in name order, and each worker analysed every story.
 */
export function sizeKeysOf(scan: FolderScan): string[] {
  return [...scan.values()].map(sizeKeyOf);
}

/** One file's key of sizeKeysOf, from its signature. */
export function sizeKeyOf(signature: string | undefined): string {
  return signature?.startsWith('f') ? signature.slice(1, signature.indexOf(':')) : '';
}

/** A file's signature (see FolderScan); undefined for a file gone, or one that cannot be looked at. */
function signatureOf(path: string): string | undefined {
  let info: Stats | undefined;
  try {
    info = lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
  if (!info) return undefined;
  const type = info.isFile() ? 'f' : info.isSymbolicLink() ? 'l' : 'o';
  return `${type}${info.size}:${info.mtimeMs}:${info.ctimeMs}:${info.ino}`;
}

/**
 * When a regular file last changed (its ctime, in milliseconds since the epoch), read from its
 * signature (see FolderScan); undefined for anything else. The kernel sets the ctime on every write
 * and no program can set it back, so a file whose signature still shows a ctime from before it was
 * read holds the bytes that were read.
 */
export function changedAtOf(signature: string | undefined): number | undefined {
  if (!signature?.startsWith('f')) return undefined;
  const changed = Number(signature.split(':')[2]);
  return Number.isFinite(changed) ? changed : undefined;
}

/** A scan as one string: equal strings, equal folders (see scanFolder). */
export function signatureOfScan(scan: FolderScan): string {
  return [...scan].map(([name, signature]) => `${name}:${signature ?? 'gone'}`).join('\n');
}

/**
 * Read and parse the named files of `dir`, results in the order of `names`: on this thread, or,
 * from LARGE_FOLDER_FILES files on (or as `options.threads` says), in worker threads that also
 * run each article's certainty analysis and entity reading while they hold it. The one place
 * that chooses between the two.
 */
export async function readFiles(dir: string, names: readonly string[], options: LoadOptions = {}): Promise<ReadResult[]> {
  const { results, analysed } = await readFilesAhead(dir, names, options);
  await analysed;
  return results;
}

/**
 * readFiles, given back as soon as every file is read, while worker threads may still be
 * analysing them (see ReadAhead): what needs no analysis can be built meanwhile.
 */
export async function readFilesAhead(dir: string, names: readonly string[], options: LoadOptions = {}): Promise<ReadAhead> {
  const threads = options.threads ?? (names.length >= LARGE_FOLDER_FILES ? availableParallelism() : 1);
  return threads > 1
    ? readInWorkersAhead(dir, names, threads, { analyse: true, ...(options.byteKeys && { byteKeys: options.byteKeys }) })
    : { results: await readArticleFiles(dir, names), analysed: Promise.resolve() };
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
 * Every article in a folder, in file-name order, and a warning for each file that was skipped:
 * scan, read, parse (see readFiles).
 */
export async function loadArticles(dir: string, options: LoadOptions = {}): Promise<LoadedArticles> {
  return collectArticles(await readFiles(dir, await listArticleFiles(dir), options));
}

/** What worker threads analysed of the articles being loaded; see collectArticlesAhead. */
export type AnalysedArticles = Pick<LoadedArticles, 'analyses' | 'entities'>;

/**
 * collectArticles over files read ahead (see readFilesAhead): the articles and warnings now, and
 * the analyses and entity readings of those articles once the workers have run them.
 */
export function collectArticlesAhead({ results, analysed }: ReadAhead): Pick<LoadedArticles, 'articles' | 'warnings'> & { analysed: Promise<AnalysedArticles> } {
  const { articles, warnings } = collectArticles(results);
  return { articles, warnings, analysed: analysed.then(() => collectArticles(results)) };
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
