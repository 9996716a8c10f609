/**
 * Rebuilding the library in a worker thread, so that a bot keeps answering from the library it
 * has while an /add, a /remove or a change on disk is built in: the worker loads the folder
 * through the same pipeline as a start, with the snapshot as its cache, builds the whole library
 * and saves its snapshot (rebuildIntoSnapshot); this thread then restores the library from that
 * snapshot with turns of the event loop between the restore stages (restoreSnapshotInTurns).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { scanFolder } from '../corpus/load.ts';
import { startSourceWorker } from '../corpus/source-worker.ts';
import { isRunning } from '../corpus/temporary-files.ts';
import type { Article, LoadWarning } from '../model/article.ts';
import { withSentencesMade } from '../model/sentences-on-demand.ts';
import type { ScannedLibrary } from './load-library.ts';
import { restoreSnapshotInTurns } from './snapshot.ts';

/** What the worker is given: the folder, where the snapshots are, the files the scan listed with their signatures and when it began, and each article file the current library holds with its content hash. */
export interface RebuildTask {
  dir: string;
  cacheDir: string;
  scan: { signatures: [file: string, signature: string | undefined][]; at: number };
  previous: [file: string, contentHash: string][];
}

/** What this thread tells the worker: the last good versions of the files it could not read, and when each was read. */
export type RebuildRequest = { kind: 'good'; articles: Article[]; goodSince: [file: string, since: string][] };

/** What the worker tells this thread: files it could not read, the library built (an article this thread holds named by its file), or why it failed. */
export type RebuildReply = { kind: 'unreadable'; files: string[] } | { kind: 'built'; articles: (string | Article)[]; warnings: LoadWarning[] } | { kind: 'failed'; message: string };

/** Why a rebuild in the worker failed, in words for the person who asked for the change. */
export class RebuildFailed extends Error {
  constructor(reason: string) {
    super(`the library could not be rebuilt (${reason}); the bot answers from the articles as they were`);
    this.name = 'RebuildFailed';
  }
}

/**
 * A worker of this folder (`rebuild-worker`, `layered-worker`). Compiled (`npm run build`), it is
 * the `.js` file beside this one; from the TypeScript sources, its bundle (see startSourceWorker).
 * `heapMb` caps its heap.
 */
export async function startLibraryWorker(name: 'rebuild-worker' | 'layered-worker', workerData: unknown, heapMb?: number): Promise<Worker> {
  const resourceLimits = heapMb === undefined ? {} : { resourceLimits: { maxOldGenerationSizeMb: heapMb } };
  if (import.meta.url.endsWith('.js')) return new Worker(new URL(`./${name}.js`, import.meta.url), { workerData, ...resourceLimits });
  return startSourceWorker(new URL(`./${name}.ts`, import.meta.url), { workerData, ...resourceLimits });
}

/** The articles and warnings the worker built with; an article this thread already holds is named by its file. */
async function runWorker(
  task: RebuildTask,
  built: ScannedLibrary,
  goodSince: ReadonlyMap<string, string>,
  heapMb: number | undefined,
): Promise<{ articles: (string | Article)[]; warnings: LoadWarning[] }> {
  const held = new Map(built.library.articles.map((article) => [article.file, article]));
  let worker: Worker;
  try {
    worker = await startLibraryWorker('rebuild-worker', task, heapMb);
  } catch (error) {
    throw new RebuildFailed(`its worker could not start: ${(error as Error).message}`);
  }
  try {
    return await new Promise((resolve, reject) => {
      worker.on('message', (reply: RebuildReply) => {
        if (reply.kind === 'built') resolve(reply);
        else if (reply.kind === 'failed') reject(new RebuildFailed(reply.message));
        else {
          const articles = reply.files.flatMap((file) => held.get(file) ?? []).map(withSentencesMade);
          const since = reply.files.flatMap((file): [string, string][] => {
            const at = goodSince.get(file);
            return at === undefined ? [] : [[file, at]];
          });
          worker.postMessage({ kind: 'good', articles, goodSince: since } satisfies RebuildRequest);
        }
      });
      worker.once('error', (error) => reject(new RebuildFailed((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'it ran out of memory' : error.message)));
      // Once the library is in, a later rejection changes nothing.
      worker.once('exit', (code) => reject(new RebuildFailed(`its worker stopped with code ${code}`)));
    });
  } finally {
    // Done or failed, the worker and the second library it holds go.
    await worker.terminate();
  }
}

/** How a rebuild in a worker runs, beyond its folder and library. */
export interface WorkerRebuildOptions {
  /** The most heap, in MB, the worker may use (see ArticleStoreOptions.workerHeapMb). */
  heapMb?: number;
  /** Told when the worker has built and saved the library and this thread begins restoring it (the bench times the hand-over from there). */
  onHandOver?: () => void;
}

let temporaryCache: string | undefined;

/** `crosscheck-rebuild-<pid>-<random>`: whose folder it is, so one left by a killed bot can be told apart. */
const TEMPORARY_CACHE = /^crosscheck-rebuild-(\d+)-/;

/**
 * Remove the temporary snapshot folders in `parent` whose bot is no longer running (killed before
 * it could remove its own, see temporaryCacheDir); a running bot's folder stays. The names removed.
 */
export function removeStaleRebuildFolders(parent: string): string[] {
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return [];
  }
  return names.filter((name) => {
    const pid = TEMPORARY_CACHE.exec(name)?.[1];
    if (pid === undefined || isRunning(Number(pid))) return false;
    rmSync(join(parent, name), { recursive: true, force: true });
    return true;
  });
}

/**
 * A snapshot folder for a store opened without a cache folder: made on first use (after removing
 * those a killed bot left), removed when the process exits (the worker and this thread hand the
 * library over through it).
 */
export function temporaryCacheDir(): string {
  if (temporaryCache === undefined) {
    removeStaleRebuildFolders(tmpdir());
    const made = mkdtempSync(join(tmpdir(), `crosscheck-rebuild-${process.pid}-`));
    temporaryCache = made;
    process.once('exit', () => rmSync(made, { recursive: true, force: true }));
  }
  return temporaryCache;
}

/**
 * The folder's library as it is now, built in a worker thread from `built` (the library and the
 * scan it came from) and handed over through the snapshot in `cacheDir`: the same library
 * reloadLibrary builds on this thread (the same articles reused, an unreadable file's last good
 * version put back with `keptFrom` from `goodSince`), while this thread keeps answering. Throws
 * RebuildFailed (the worker crashed, ran out of memory, or the snapshot could not be written or
 * read back), leaving `built` as it was; throws the folder's error when it cannot be listed.
 */
export async function rebuildInWorker(dir: string, cacheDir: string, built: ScannedLibrary, goodSince: ReadonlyMap<string, string>, options: WorkerRebuildOptions = {}): Promise<ScannedLibrary> {
  const at = Date.now();
  const scan = await scanFolder(dir, true);
  const previous = built.library.articles.map((article): [string, string] => [article.file, article.contentHash]);
  const reply = await runWorker({ dir, cacheDir, scan: { signatures: [...scan], at }, previous }, built, goodSince, options.heapMb);
  options.onHandOver?.();
  const held = new Map(built.library.articles.map((article) => [article.file, article]));
  const articles: Article[] = [];
  for (const entry of reply.articles) {
    const article = typeof entry === 'string' ? held.get(entry) : entry;
    if (!article) throw new RebuildFailed(`its worker named an article this thread does not hold: ${String(entry)}`);
    articles.push(article);
  }
  try {
    const library = await restoreSnapshotInTurns(dir, cacheDir, articles, reply.warnings);
    // What a first command would read on first use (the names each article writes, the words written in lower case) is
    // read ahead, in slices, before the new library is swapped in: the old one answers meanwhile, and no command waits
    // for a structure built whole on its first use (about 0.4 s of listing names at BBC ×10).
    await library.warmUp().catch(() => undefined);
    return { library, scan };
  } catch (error) {
    throw new RebuildFailed(`its snapshot could not be restored: ${(error as Error).message}`);
  }
}
