import { Worker } from 'node:worker_threads';
import { readArticleFiles, type ReadResult } from './read.ts';

/** What a read worker is given: a folder, the files of it to read, and whether to analyse each article too. */
export interface ReadTask {
  dir: string;
  names: string[];
  analyse: boolean;
}

/** What parallel reading does besides reading. */
export interface ParallelReadOptions {
  /** Run each article's certainty analysis and entity reading in the worker too, returned with it (see ReadResult). */
  analyse?: boolean;
}

/**
 * Read and parse the named files in `threads` worker threads, results in the order of `names`.
 * A worker that cannot start (a runner without the TypeScript loader) or fails leaves its files
 * to this thread, unanalysed: parallel reading is a speed-up, never a new way to fail.
 */
export async function readInWorkers(dir: string, names: readonly string[], threads: number, options: ParallelReadOptions = {}): Promise<ReadResult[]> {
  // Round robin, so each worker gets a fair share of every topic's long and short files.
  const shares = Array.from({ length: threads }, (_, worker) => names.filter((_, i) => i % threads === worker));
  const parts = await Promise.all(shares.map((share) => readShare({ dir, names: share, analyse: options.analyse ?? false })));
  const results: ReadResult[] = new Array(names.length);
  parts.forEach((part, worker) => part.forEach((result, j) => (results[j * threads + worker] = result)));
  return results;
}

/**
 * The read worker. Compiled (`npm run build`), it is `read-worker.js` beside this file. From the
 * TypeScript sources, worker threads do not inherit tsx's loader hooks, so the worker registers
 * tsx before importing `read-worker.ts`; resolved when first needed: a test runner may not offer
 * `import.meta.resolve`, and then the files are read on this thread.
 */
function startWorker(task: ReadTask): Worker {
  if (import.meta.url.endsWith('.js')) return new Worker(new URL('./read-worker.js', import.meta.url), { workerData: task });
  const worker = new URL('./read-worker.ts', import.meta.url).href;
  const source = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}); });`;
  return new Worker(source, { eval: true, workerData: task });
}

/**
 * How many files a worker reads before posting their results. Posting as it goes lets this
 * thread copy in one batch while the workers read the next, instead of copying everything
 * (about 90 MB per worker for 11,000 BBC articles) after the last file, with a core idle.
 */
export const READ_BATCH_FILES = 200;

async function readShare(task: ReadTask): Promise<ReadResult[]> {
  if (task.names.length === 0) return [];
  try {
    return await new Promise<ReadResult[]>((resolve, reject) => {
      const results: ReadResult[] = [];
      const worker = startWorker(task);
      worker.on('message', (batch: ReadResult[]) => {
        for (const result of batch) results.push(unpackResult(result));
        if (results.length === task.names.length) resolve(results);
      });
      worker.once('error', reject);
      // Once every result is in, a later rejection changes nothing.
      worker.once('exit', (code) => reject(new Error(`read worker exited with code ${code} after ${results.length} of ${task.names.length} files`)));
    });
  } catch {
    return readArticleFiles(task.dir, task.names);
  }
}

/** A result ready to post: sentence texts are dropped, since they are slices of the article's text and copying them twice costs more than slicing. */
export function packResult(result: ReadResult): ReadResult {
  if (!result.ok) return result;
  const sentences = result.article.sentences.map((sentence) => ({ ...sentence, text: '' }));
  return { ...result, article: { ...result.article, sentences } };
}

function unpackResult(result: ReadResult): ReadResult {
  if (result.ok) for (const sentence of result.article.sentences) sentence.text = result.article.text.slice(sentence.start, sentence.end);
  return result;
}
