import { Worker } from 'node:worker_threads';
import type { ArticleAnalysis } from '../analysis/certainty.ts';
import type { ArticleEntities } from '../analysis/entity-mentions.ts';
import type { Article } from '../model/article.ts';
import { readAt } from '../model/read-at.ts';
import { readArticleFiles, type ReadResult } from './read.ts';
import { startSourceWorker } from './source-worker.ts';

/** What a read worker is given: a folder, the files of it to read, whether to analyse each article too, and how many files it posts at a time (see READ_BATCH_FILES). */
export interface ReadTask {
  dir: string;
  names: string[];
  analyse: boolean;
  batchFiles: number;
}

/** What parallel reading does besides reading. */
export interface ParallelReadOptions {
  /** Run each article's certainty analysis and entity reading in the worker too, returned with it (see ReadResult). */
  analyse?: boolean;
  /**
   * A key for each named file (in the order of `names`) that every file of the same bytes has: its SHA-256 where its bytes
   * were read, its size where the folder was only scanned (see sizeKeysOf in load.ts). Files of one key go to one worker,
   * which analyses copies of one story once (see analyseOnce); files of other bytes that happen to share a key share a
   * worker too, which changes nothing but the shares. Left out, or '' for a file, shares go round robin.
   */
  byteKeys?: readonly string[];
  /** How many files a worker reads, or analyses, before posting their results; READ_BATCH_FILES unless a test needs batches of a few files. */
  batchFiles?: number;
}

/**
 * The places in `names` each of `threads` workers reads: round robin, so each worker gets a fair share
 * of every topic's long and short files, except that a file whose key (`byteKeys`, see ParallelReadOptions) an
 * earlier file has goes where that one went. Shared round robin alone, the ten copies of a story at BBC ×10 went five to
 * each worker, and each worker analysed every story once: twice the analyses of one worker each.
 */
export function shareOut(count: number, threads: number, byteKeys: readonly string[] = []): number[][] {
  const shares: number[][] = Array.from({ length: threads }, () => []);
  const workerOf = new Map<string, number>();
  let next = 0;
  for (let i = 0; i < count; i++) {
    const key = byteKeys[i] ?? '';
    let worker = key === '' ? undefined : workerOf.get(key);
    if (worker === undefined) {
      worker = next;
      next = (next + 1) % threads;
      if (key !== '') workerOf.set(key, worker);
    }
    shares[worker]?.push(i);
  }
  return shares;
}

/**
 * What a read worker posts, in two phases: first every file of its share read and split
 * (`read`, in batches, in the share's order), then, when asked to analyse, each article's certainty
 * analysis and entity reading (`analysed`, in batches; `at` is the first file's place in the share,
 * and a skipped file has no work).
 */
export type ReadMessage = { kind: 'read'; results: ReadResult[] } | { kind: 'analysed'; at: number; work: ShareWork[] };

/** One article's analysis and entity reading, as a worker posts them. */
export interface AnalysedWork {
  analysis: ArticleAnalysis;
  entities: ArticleEntities;
}

/**
 * What a worker posts for one file of its share: the article's work; for an article whose file has
 * the same format and bytes as an earlier file of the share, that file's place in the share (its
 * work is this one's but for the article id, see workOfCopy); undefined for a file that is no article.
 */
export type ShareWork = AnalysedWork | number | undefined;

/**
 * The work of the result at place `at` of a worker's share, or the place of an earlier result with
 * the same bytes and format (`first`, filled as the share is gone through in order). The analyses read
 * the article's text alone (its id is only written into what they give back), so a copy's work
 * would be its first's: copies of one story (a wire story filed twice, the same file saved under
 * two names, BBC ×10's ten of every article) are analysed once. `analyse` may also keep the article
 * to be analysed later, as a worker does from its read to its analysis (see read-worker.ts).
 */
export function analyseOnce<Work = AnalysedWork>(result: ReadResult, at: number, first: Map<string, number>, analyse: (article: Article) => Work): Work | number | undefined {
  if (!result.ok) return undefined;
  const key = `${result.article.format}:${result.article.contentHash}`;
  const earlier = first.get(key);
  if (earlier !== undefined) return earlier;
  first.set(key, at);
  return analyse(result.article);
}

/**
 * What a worker keeps of a batch it has read and posted until it analyses it (see read-worker.ts): the article of each file it
 * will analyse, and for a copy of an earlier file of the share (`from` is the batch's place in the share) that file's place
 * (see analyseOnce); nothing of a file that is no article. At BBC ×10 the read results of a share held 82 MB of each worker's
 * heap until analysed, the articles it analyses a tenth of that; a share of distinct stories keeps as much as before.
 */
export function keptForAnalysis(batch: readonly ReadResult[], from: number, first: Map<string, number>): (Article | number | undefined)[] {
  return batch.map((result, i) => analyseOnce(result, from + i, first, (article) => article));
}

/**
 * A copy's work from its first's (see analyseOnce): new top-level objects with the copy's id, the
 * rest shared, as a restored library shares one certainty between sentences; nothing changes an
 * analysis or an entity reading once made.
 */
export function workOfCopy(first: AnalysedWork, articleId: string): AnalysedWork {
  return { analysis: { ...first.analysis, articleId }, entities: { ...first.entities, articleId } };
}

/**
 * Files read in worker threads, in the order of `names`, as soon as every file is read and split;
 * the analyses the workers run after that are put on the results (ReadResult's `analysis` and
 * `entities`) as they come in, and `analysed` settles when they all have. It never rejects: an
 * article a failed worker did not analyse has none, and the build analyses it.
 */
export interface ReadAhead {
  results: ReadResult[];
  analysed: Promise<void>;
}

/**
 * Read and parse the named files in `threads` worker threads, results in the order of `names`.
 * A worker that cannot start (a runner without the TypeScript loader) or fails leaves its files
 * to this thread, unanalysed: parallel reading is a speed-up, never a new way to fail.
 */
export async function readInWorkers(dir: string, names: readonly string[], threads: number, options: ParallelReadOptions = {}): Promise<ReadResult[]> {
  const { results, analysed } = await readInWorkersAhead(dir, names, threads, options);
  await analysed;
  return results;
}

/**
 * readInWorkers, given back as soon as every file is read (see ReadAhead): at BBC x10 reading and
 * splitting is a few seconds of the workers' thirty, so the library's index and alignment, which
 * need no analysis, are built on this thread while the workers analyse, on a core that sat idle.
 */
export async function readInWorkersAhead(dir: string, names: readonly string[], threads: number, options: ParallelReadOptions = {}): Promise<ReadAhead> {
  const shares = shareOut(names.length, threads, options.byteKeys);
  const texts = new Map<string, string>();
  const parts = await Promise.all(
    shares.map((share) => readShare({ dir, names: share.map((i) => readAt(names, i, 'file names')), analyse: options.analyse ?? false, batchFiles: options.batchFiles ?? READ_BATCH_FILES }, texts)),
  );
  const results: ReadResult[] = new Array(names.length);
  parts.forEach((part, worker) => part.results.forEach((result, j) => (results[readAt(readAt(shares, worker, 'shares'), j, 'share places')] = result)));
  return { results, analysed: Promise.all(parts.map((part) => part.analysed)).then(() => undefined) };
}

/**
 * The read worker. Compiled (`npm run build`), it is `read-worker.js` beside this file; from the
 * TypeScript sources, its bundle (see startSourceWorker). Where it cannot start (a runner without
 * `import.meta.resolve`), the files are read on this thread.
 */
function startWorker(task: ReadTask): Promise<Worker> {
  if (import.meta.url.endsWith('.js')) return Promise.resolve(new Worker(new URL('./read-worker.js', import.meta.url), { workerData: task }));
  return startSourceWorker(new URL('./read-worker.ts', import.meta.url), { workerData: task });
}

/**
 * How many files a worker reads, or analyses, before posting their results. Posting as it goes
 * lets this thread copy in one batch while the workers work on the next, instead of copying
 * everything (about 90 MB per worker for 11,000 BBC articles) after the last file, with a core idle.
 */
export const READ_BATCH_FILES = 200;

async function readShare(task: ReadTask, texts: Map<string, string>): Promise<ReadAhead> {
  if (task.names.length === 0) return { results: [], analysed: Promise.resolve() };
  let settleAnalysed = (): void => {};
  const analysed = new Promise<void>((resolve) => (settleAnalysed = resolve));
  try {
    const worker = await startWorker(task);
    const results = await new Promise<ReadResult[]>((resolve, reject) => {
      const results: ReadResult[] = [];
      let analysedCount = 0;
      worker.on('message', (message: ReadMessage) => {
        if (message.kind === 'read') {
          for (const result of message.results) results.push(unpackResult(result, texts));
          if (results.length === task.names.length) resolve(results);
          if (results.length === task.names.length && !task.analyse) settleAnalysed();
          return;
        }
        message.work.forEach((work, i) => {
          const result = results[message.at + i];
          if (!result?.ok) return;
          if (typeof work !== 'number') {
            if (work) Object.assign(result, work);
            return;
          }
          const first = results[work];
          if (first?.ok && first.analysis && first.entities) Object.assign(result, workOfCopy({ analysis: first.analysis, entities: first.entities }, result.article.id));
        });
        analysedCount += message.work.length;
        if (analysedCount === task.names.length) settleAnalysed();
      });
      worker.once('error', reject);
      // Once every file is read, a failure only leaves the rest unanalysed (the build analyses them); before, it rejects and this thread reads the share.
      worker.once('exit', (code) => {
        settleAnalysed();
        reject(new Error(`read worker exited with code ${code} after ${results.length} of ${task.names.length} files`));
      });
    });
    return { results, analysed };
  } catch {
    settleAnalysed();
    return { results: await readArticleFiles(task.dir, task.names), analysed };
  }
}

/**
 * A result ready to post: sentence texts and article ids are dropped, since a text is a slice of the article's text and
 * every sentence's article id is the article's (see readArticle): copying each again costs more than slicing it, and
 * than one string shared by the article's sentences (at BBC ×10, 22,250 strings for 416,800 sentences).
 */
export function packResult(result: ReadResult): ReadResult {
  if (!result.ok) return result;
  const sentences = result.article.sentences.map((sentence) => ({ ...sentence, articleId: '', text: '' }));
  return { ...result, article: { ...result.article, sentences } };
}

/**
 * A posted result made whole again (see packResult): its sentences' article ids the article's own, and their texts sliced
 * from the article's text, which is the text of an earlier result of the read with the same format and bytes where there is
 * one (`texts`, by format and SHA-256: the same bytes read in one format give the same text). Copies of a story (a wire
 * story filed twice, BBC ×10's ten of every article) then hold one text between them on this thread, as after a start from
 * the snapshot (see SharedByBytes in library/snapshot.ts), not one each.
 */
function unpackResult(result: ReadResult, texts: Map<string, string>): ReadResult {
  if (!result.ok) return result;
  const { article } = result;
  const key = `${article.format}:${article.contentHash}`;
  const text = texts.get(key);
  if (text === undefined) texts.set(key, article.text);
  else article.text = text;
  for (const sentence of article.sentences) {
    sentence.articleId = article.id;
    sentence.text = article.text.slice(sentence.start, sentence.end);
  }
  return result;
}
