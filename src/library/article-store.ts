import { link, mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { scanFolder, signatureOfScan, type FolderScan } from '../corpus/load.ts';
import type { Article } from '../model/article.ts';
import type { Library } from './library.ts';
import { loadScannedLibrary, reloadLibrary, type LoadLibraryOptions } from './load-library.ts';
import { RebuildFailed, rebuildInWorker, temporaryCacheDir } from './rebuild-in-worker.ts';

/** What a change to the articles folder gave: the article and the library rebuilt with the change. */
export type StoreChange = { ok: true; article: Article; library: Library } | { ok: false; reason: 'exists' | 'not_found' | 'unreadable' | 'rebuild_failed'; message: string };

/**
 * The articles folder as commands may change it, and the library built from it. Small on
 * purpose so that hot reload can implement it too: a folder watcher calls `reload()` when files
 * change by hand, and adapters read `library` afresh for every command.
 */
export interface ArticleStore {
  /** The library built from the folder as it stands; a new value, swapped in whole, after each change. */
  readonly library: Library;
  /**
   * Write `text` as the new file `file` (a bare name, no folder) and rebuild the library.
   * Refuses to overwrite: `exists` when the name is taken, `unreadable` (and the file removed
   * again) when the loader cannot read it back as an article, `rebuild_failed` (the file removed
   * again, the library as it was) when the library could not be rebuilt with it.
   */
  add(file: string, text: string): Promise<StoreChange>;
  /**
   * Delete the article's file and rebuild the library; `article` is the one removed. When the
   * library cannot be rebuilt, the file is put back, the library stays as it was, and the change
   * is `rebuild_failed` with a message that says so.
   */
  remove(id: string): Promise<StoreChange>;
  /**
   * Rebuild the library from the folder as it is now (files edited, added or deleted by hand);
   * nothing is rebuilt when no file's name, size or modification time changed since the last
   * build. A file that can no longer be read keeps its last good version (see LoadWarning.keptFrom);
   * a deleted file is dropped.
   */
  reload(): Promise<Library>;
}

const SAFE_FILE_NAME = /^[\w][\w.-]*\.(md|txt|json)$/;

/**
 * What the folder holds, cheaply: every article file's name, type, size, modification time and
 * inode (see scanFolder). Equal signatures mean a rebuild would give the same library (the store's
 * own writes, a watcher's repeated events).
 */
export async function readFolderSignature(dir: string): Promise<string> {
  return signatureOfScan(await scanFolder(dir));
}

/** Where a store rebuilds its library after a change. */
export interface ArticleStoreOptions {
  /** Where library snapshots are kept; a rebuild in a worker hands the library over through one (a temporary folder when left out). */
  cacheDir?: string;
  /**
   * `worker`: in a worker thread, this thread answering from the old library meanwhile (see
   * rebuildInWorker); `main`: on this thread, in stages (reloadLibrary); `auto` (the default):
   * in a worker from WORKER_MIN_ARTICLES articles.
   */
  rebuildIn?: 'auto' | 'worker' | 'main';
  /**
   * The most heap, in MB, the rebuild worker may use; Node's default when left out. A worker over
   * it stops with "it ran out of memory" and the library stays as it was, where a whole process
   * out of memory would take the bot down.
   */
  workerHeapMb?: number;
  /** Settles once the opening library's snapshot is saved (see CachedLoad.saved): no change begins before. */
  saved?: Promise<void>;
}

/**
 * From how many articles a store rebuilds in a worker. Below it, starting the worker and handing
 * over through a snapshot costs more than it saves. Measured on 2026-12-05 (one /add, twice each):
 * at the 5 seed articles the rebuild on this thread took 36–48 ms with a longest stall of 14–23 ms,
 * in a worker 1.3–1.4 s; at 927 BBC business and politics articles 1.4–1.8 s with a 0.95–1.04 s
 * stall on this thread, against 3.3–6.1 s with a 59–97 ms stall through a worker. The stall grows
 * about 1 ms per article, so it passes 100 ms near 100 articles.
 */
export const WORKER_MIN_ARTICLES = 100;

/**
 * An ArticleStore over `dir`, holding `library` (built from that folder) until the first change.
 * `scan` is the folder's scan when `library` was read (scanFolder), so a reload right after
 * opening costs no rebuild and reads only the files changed since.
 */
export function createArticleStore(dir: string, library: Library, scan?: FolderScan, options: ArticleStoreOptions = {}): ArticleStore {
  // The library and what each file was when it was built: files unchanged since are not read again.
  let built = { library, scan: scan ?? new Map<string, string | undefined>() };
  let builtFrom = scan === undefined ? undefined : signatureOfScan(scan);
  // When each file's current good version was read: what "last good version from ..." names.
  const opened = new Date().toISOString();
  const goodSince = new Map(library.articles.map((article) => [article.file, opened]));
  // One change at a time: two /add calls must not pick the same name or rebuild over each other,
  // nor over the snapshot a start still saves (a rebuild in a worker writes the same folder).
  let queue: Promise<unknown> = options.saved ?? Promise.resolve();
  const serialised = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const rebuild = async (): Promise<Library> => {
    const previous = built.library;
    const rebuildIn = options.rebuildIn ?? 'auto';
    const inWorker = rebuildIn === 'worker' || (rebuildIn === 'auto' && previous.articles.length >= WORKER_MIN_ARTICLES);
    built = inWorker ? await rebuildInWorker(dir, options.cacheDir ?? temporaryCacheDir(), built, goodSince, options.workerHeapMb) : await reloadLibrary(dir, built, goodSince);
    builtFrom = signatureOfScan(built.scan);
    const now = new Date().toISOString();
    const before = new Map(previous.articles.map((article) => [article.file, article.contentHash]));
    for (const article of built.library.articles) if (before.get(article.file) !== article.contentHash) goodSince.set(article.file, now);
    const held = new Set(built.library.articles.map((article) => article.file));
    for (const file of goodSince.keys()) if (!held.has(file)) goodSince.delete(file);
    return built.library;
  };
  const current = (): Library => built.library;

  return {
    get library() {
      return current();
    },
    add: (file, text) =>
      serialised(async () => {
        if (!SAFE_FILE_NAME.test(file)) throw new Error(`crosscheck: ${file} is not a plain article file name`);
        await mkdir(dir, { recursive: true });
        const path = join(dir, file);
        // Written under a dot-name the loader skips, then linked into place: a reader never sees
        // half a file, and link fails instead of overwriting a file that already has the name.
        const temporary = join(dir, `.${file}.${process.pid}.tmp`);
        await writeFile(temporary, text, 'utf8');
        try {
          await link(temporary, path);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { ok: false, reason: 'exists', message: `${file} already exists` } as const;
          throw error;
        } finally {
          await unlink(temporary);
        }
        let library: Library;
        try {
          library = await rebuild();
        } catch (error) {
          if (!(error instanceof RebuildFailed)) throw error;
          await unlink(path);
          return { ok: false, reason: 'rebuild_failed', message: `${file} was not added: ${error.message}` } as const;
        }
        const article = library.articles.find((candidate) => candidate.file === file);
        if (article) return { ok: true, article, library } as const;
        const warning = library.warnings.find((candidate) => candidate.file === file);
        await unlink(path);
        await rebuild();
        return { ok: false, reason: 'unreadable', message: warning?.reason ?? `${file} could not be read back` } as const;
      }),
    remove: (id) =>
      serialised(async () => {
        const article = current().article(id);
        if (!article) return { ok: false, reason: 'not_found', message: `no article has the id ${id}` } as const;
        const path = join(dir, article.file);
        // Moved aside under a dot-name the loader skips, so it can be put back if the rebuild fails.
        const aside = join(dir, `.${article.file}.${process.pid}.tmp`);
        await rename(path, aside);
        try {
          const library = await rebuild();
          await unlink(aside);
          return { ok: true, article, library } as const;
        } catch (error) {
          await rename(aside, path);
          if (!(error instanceof RebuildFailed)) throw error;
          return { ok: false, reason: 'rebuild_failed', message: error.message } as const;
        }
      }),
    reload: () =>
      serialised(async () => {
        if (builtFrom !== undefined && (await readFolderSignature(dir)) === builtFrom) return current();
        return rebuild();
      }),
  };
}

/** Load the folder and open a store over it; skipped files are reported through `warn`. */
export async function openArticleStore(dir: string, warn: (message: string) => void, options: LoadLibraryOptions & Pick<ArticleStoreOptions, 'rebuildIn'> = {}): Promise<ArticleStore> {
  const { library, scan, saved } = await loadScannedLibrary(dir, warn, options);
  return createArticleStore(dir, library, scan, {
    ...(options.cacheDir !== undefined && { cacheDir: options.cacheDir }),
    ...(options.rebuildIn && { rebuildIn: options.rebuildIn }),
    saved,
  });
}
