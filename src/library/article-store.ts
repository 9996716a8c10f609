import { link, mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readFiles, scanFolder, signatureOfScan, type FolderScan } from '../corpus/load.ts';
import type { ArticleAnalysis } from '../analysis/certainty.ts';
import type { ArticleEntities } from '../analysis/entity-mentions.ts';
import type { Article, Sentence } from '../model/article.ts';
import { alignHere } from './layered-claims.ts';
import { LayeringWorker } from './layered-in-worker.ts';
import { layerLibrary } from './layered-library.ts';
import { buildLibraryInTurns, type Library } from './library.ts';
import { loadScannedLibrary, reloadLibrary, type LoadLibraryOptions, type ScannedLibrary } from './load-library.ts';
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
   * a deleted file is dropped. A store that answers first (see ArticleStoreOptions.answerFirst)
   * answers at once, as for an /add or a /remove, from the library with the changed files layered
   * on, and rebuilds whole in the background (see settled).
   */
  reload(): Promise<Library>;
  /**
   * The library once no change waits for its whole rebuild any more (see
   * ArticleStoreOptions.answerFirst): the whole library, or, when the rebuild failed, the library
   * with the changes layered on that answers meanwhile.
   */
  settled(): Promise<Library>;
  /** Settles once the opening library's snapshot is saved, or its saving has failed (it never rejects). */
  snapshotSaved(): Promise<void>;
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
  /**
   * Whether an /add or a /remove is answered before the whole library is rebuilt. `on`: at once,
   * from the library as it was with the change layered on (see layerLibrary: the added article
   * found by every command, a removed one by none), the whole rebuild then run in the background
   * and swapped in when done (see settled); `off`: the change waits for the whole rebuild; `auto`
   * (the default): `on` where the rebuild goes to a worker by itself (rebuildIn `auto`, from
   * WORKER_MIN_ARTICLES articles), where it takes seconds. A reload (a change on disk) is answered
   * first likewise, up to LAYERED_MAX_FILES changed files; more wait for the whole rebuild, the
   * library as it was answering meanwhile.
   */
  answerFirst?: 'auto' | 'on' | 'off';
  /**
   * Where an article layered on is analysed, read for names and aligned with its candidates (see
   * layerLibrary): `worker`, in a worker thread started with the store and kept (see
   * LayeringWorker), this thread answering meanwhile; `main`, on this thread; `auto` (the default):
   * in the worker where the store answers first from WORKER_MIN_ARTICLES articles.
   */
  layerIn?: 'auto' | 'worker' | 'main';
  /** The whole rebuild, in place of the worker's or this thread's: a test holds it back or makes it fail. */
  rebuild?: (dir: string, built: ScannedLibrary, goodSince: ReadonlyMap<string, string>) => Promise<ScannedLibrary>;
  /** Told when a rebuild in a worker hands its library over to this thread (see WorkerRebuildOptions.onHandOver). */
  onHandOver?: () => void;
  /** Where a background rebuild's failure is told (the bot's log); the console when left out. */
  log?: (message: string) => void;
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
 * The most files a change on disk may touch to be layered on at once (see ArticleStoreOptions.answerFirst):
 * each is read and analysed on this thread, about one /add's work, so a copy of hundreds of files is
 * left to the whole rebuild in its worker.
 */
export const LAYERED_MAX_FILES = 20;

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
    built = options.rebuild
      ? await options.rebuild(dir, built, goodSince)
      : inWorker
        ? await rebuildInWorker(dir, options.cacheDir ?? temporaryCacheDir(), built, goodSince, {
            ...(options.workerHeapMb !== undefined && { heapMb: options.workerHeapMb }),
            ...(options.onHandOver && { onHandOver: options.onHandOver }),
          })
        : await reloadLibrary(dir, built, goodSince);
    builtFrom = signatureOfScan(built.scan);
    const now = new Date().toISOString();
    const before = new Map(previous.articles.map((article) => [article.file, article.contentHash]));
    for (const article of built.library.articles) if (before.get(article.file) !== article.contentHash) goodSince.set(article.file, now);
    const held = new Set(built.library.articles.map((article) => article.file));
    for (const file of goodSince.keys()) if (!held.has(file)) goodSince.delete(file);
    return built.library;
  };

  // Answering first (see ArticleStoreOptions.answerFirst): the changes made since `built` was
  // scanned, by file, and the library that answers meanwhile, `built` with them layered on.
  const log = options.log ?? ((message: string) => console.warn(message));
  const addedSince = new Map<string, Article>();
  const removedSince = new Map<string, string>();
  // The folder as the last reload saw it: a reload layers on only the files changed since.
  let seen: FolderScan = new Map(built.scan);
  let layered: { library: Library; added: Library } | undefined;
  let background: Promise<void> | undefined;
  let wanted = false;
  const current = (): Library => layered?.library ?? built.library;
  const answersFirst = (): boolean => {
    const answerFirst = options.answerFirst ?? 'auto';
    return answerFirst === 'on' || (answerFirst === 'auto' && (options.rebuildIn ?? 'auto') === 'auto' && current().articles.length >= WORKER_MIN_ARTICLES);
  };
  const settle = async (): Promise<void> => {
    while (background) await background;
  };
  const layerIn = options.layerIn ?? 'auto';
  const helper = layerIn === 'worker' || (layerIn === 'auto' && answersFirst() && library.articles.length >= WORKER_MIN_ARTICLES) ? new LayeringWorker(library.articles.slice(0, 2)) : undefined;
  let helperFailed = false;
  /** The worker's work, or undefined once it has failed (told once): the caller does it on this thread. */
  const helped = async <T>(work: (worker: LayeringWorker) => Promise<T>): Promise<T | undefined> => {
    if (!helper || helperFailed) return undefined;
    try {
      return await work(helper);
    } catch (error) {
      helperFailed = true;
      log(`crosscheck: the layering worker failed (${(error as Error).message}); articles are layered on this thread from now on`);
      return undefined;
    }
  };
  const align = async (articles: readonly Article[]): Promise<Sentence[][]> => (await helped((worker) => worker.align(articles))) ?? alignHere(articles);

  // Each layering is numbered: one that a later one overtook (an /add while the rebuild's own layering runs) is
  // dropped, and settles when the newest does, so a change is answered only once its library is in.
  let layering = 0;
  let newest: Promise<void> = Promise.resolve();
  /** Layer on `built` the changes it does not hold yet; none left, and `built` answers alone. */
  const relayer = (): Promise<void> => {
    const run = layerOnce(++layering);
    newest = run;
    return run;
  };
  const layerOnce = async (mine: number): Promise<void> => {
    const base = built.library;
    for (const [file, article] of addedSince) if (base.article(article.id)?.contentHash === article.contentHash) addedSince.delete(file);
    for (const [file, id] of removedSince) if (base.article(id)?.file !== file) removedSince.delete(file);
    if (addedSince.size === 0 && removedSince.size === 0) {
      layered = undefined;
      return;
    }
    // A file changed on disk is its built version removed and its new one added, under the same id.
    const changed = [...addedSince].flatMap(([file, article]) => (base.article(article.id)?.file === file ? [article.id] : []));
    const articles = [...addedSince.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    // An article layered on before keeps its analysis and its names: only a new one is read.
    const before = layered?.added;
    const readingOf = await before?.entityReadings();
    const analyses = articles.flatMap((article): ArticleAnalysis | [] => before?.analysisOf(article.id) ?? []);
    const entities = articles.flatMap((article): ArticleEntities | [] => readingOf?.(article.id) ?? []);
    // A new article's analysis and names, from the worker where there is one (this thread does what it does not).
    for (const article of articles) {
      if (before?.analysisOf(article.id)) continue;
      const reading = await helped((worker) => worker.read(article));
      if (reading) {
        analyses.push(reading.analysis);
        entities.push(reading.entities);
      }
    }
    const added = await buildLibraryInTurns(articles, [], { analyses, entities });
    const library = await layerLibrary(base, added, new Set([...removedSince.values(), ...changed]), helper ? align : undefined);
    if (mine !== layering) return newest;
    // The whole rebuild came in meanwhile: layer on the library that answers now.
    if (built.library !== base) return relayer();
    layered = { library, added };
  };

  /** Rebuild the whole library in the background, once more if a change comes in meanwhile; a failure is logged and the layered library kept. */
  const rebuildInBackground = (): Promise<void> => {
    wanted = true;
    background ??= (async () => {
      await options.saved?.catch(() => undefined);
      try {
        while (wanted) {
          wanted = false;
          try {
            await rebuild();
          } catch (error) {
            log(
              `crosscheck: the library could not be rebuilt whole after a change (${(error as Error).message}); the bot answers from the library as it was with the change layered on, until the next change or reload`,
            );
            return;
          }
          await relayer();
        }
      } finally {
        background = undefined;
      }
    })();
    return background;
  };

  /** Write `text` as the new file `file`, never over one that exists: `exists` when the name is taken. */
  const writeNew = async (file: string, text: string): Promise<'exists' | undefined> => {
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
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
      throw error;
    } finally {
      await unlink(temporary);
    }
    return undefined;
  };

  /** An /add answered first: the file read back and layered on, the whole rebuild started behind it. */
  const addFirst = async (file: string, text: string): Promise<StoreChange> => {
    if ((await writeNew(file, text)) === 'exists') return { ok: false, reason: 'exists', message: `${file} already exists` };
    const path = join(dir, file);
    const [read] = await readFiles(dir, [file]);
    if (!read?.ok) {
      await unlink(path);
      return { ok: false, reason: 'unreadable', message: read?.warning.reason ?? `${file} could not be read back` };
    }
    if (current().article(read.article.id)) {
      await unlink(path);
      return { ok: false, reason: 'exists', message: `an article with the id ${read.article.id} already exists` };
    }
    addedSince.set(file, read.article);
    removedSince.delete(file);
    await relayer();
    void rebuildInBackground();
    return { ok: true, article: read.article, library: current() };
  };

  /**
   * A change on disk answered first: the files changed since the last reload read and layered on (a
   * deleted one hidden, a changed one's built version hidden and its new one added), the whole
   * rebuild started behind them. The store's own writes read back as the articles it holds and
   * change nothing. More than LAYERED_MAX_FILES changed files wait for the whole rebuild.
   */
  const reloadFirst = async (): Promise<Library> => {
    const scan = await scanFolder(dir, true);
    const before = seen;
    seen = scan;
    const changedFiles = [...scan].flatMap(([file, signature]) => (signature !== undefined && before.get(file) === signature ? [] : [file]));
    const goneFiles = [...before.keys()].filter((file) => !scan.has(file));
    if (changedFiles.length === 0 && goneFiles.length === 0) return current();
    if (changedFiles.length + goneFiles.length > LAYERED_MAX_FILES) {
      void rebuildInBackground();
      return current();
    }
    const holding = current();
    const heldByFile = new Map(holding.articles.map((article) => [article.file, article]));
    let layering = false;
    let rebuilding = false;
    for (const result of await readFiles(dir, changedFiles)) {
      if (!result.ok) {
        // The whole rebuild keeps a last good version or skips the file, and says so in its warnings.
        rebuilding = true;
        const kept = heldByFile.has(result.warning.file);
        log(`crosscheck: ${kept ? `${result.warning.file} cannot be read now (${result.warning.reason}); keeping its last good version` : `skipped ${result.warning.file}: ${result.warning.reason}`}`);
        continue;
      }
      const { article } = result;
      if (heldByFile.get(article.file)?.contentHash === article.contentHash) continue;
      rebuilding = true;
      // An id another file holds already: the whole rebuild decides which stays, and warns.
      if (holding.article(article.id) && heldByFile.get(article.file)?.id !== article.id) continue;
      addedSince.set(article.file, article);
      removedSince.delete(article.file);
      layering = true;
    }
    for (const file of goneFiles) {
      const article = heldByFile.get(file);
      if (!article) continue;
      addedSince.delete(file);
      if (built.library.article(article.id)?.file === file) removedSince.set(file, article.id);
      layering = rebuilding = true;
    }
    if (layering) await relayer();
    if (rebuilding) void rebuildInBackground();
    return current();
  };

  /** A /remove answered first: the file deleted and the article hidden at once, the whole rebuild started behind it. */
  const removeFirst = async (id: string): Promise<StoreChange> => {
    const article = current().article(id);
    if (!article) return { ok: false, reason: 'not_found', message: `no article has the id ${id}` };
    await unlink(join(dir, article.file));
    addedSince.delete(article.file);
    // Hidden even when it was only layered on: a rebuild under way may have read its file already.
    removedSince.set(article.file, id);
    await relayer();
    void rebuildInBackground();
    return { ok: true, article, library: current() };
  };

  return {
    get library() {
      return current();
    },
    add: (file, text) =>
      serialised(async () => {
        if (answersFirst()) return addFirst(file, text);
        await settle();
        if ((await writeNew(file, text)) === 'exists') return { ok: false, reason: 'exists', message: `${file} already exists` } as const;
        const path = join(dir, file);
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
        if (answersFirst()) return removeFirst(id);
        await settle();
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
    reload: async () => {
      if (answersFirst()) return serialised(reloadFirst);
      // A rebuild under way may already hold the change (the store's own writes wake a watcher too): waited for outside
      // the queue, so an /add meanwhile is not held behind it.
      await settle();
      return serialised(async () => {
        if (builtFrom !== undefined && (await readFolderSignature(dir)) === builtFrom) return current();
        if (layered === undefined) return rebuild();
        await rebuildInBackground();
        return current();
      });
    },
    settled: async () => {
      await settle();
      return current();
    },
    snapshotSaved: async () => {
      await options.saved?.catch(() => undefined);
    },
  };
}

/** Load the folder and open a store over it; skipped files are reported through `warn`. */
export async function openArticleStore(
  dir: string,
  warn: (message: string) => void,
  options: LoadLibraryOptions & Pick<ArticleStoreOptions, 'rebuildIn' | 'answerFirst' | 'layerIn' | 'rebuild' | 'onHandOver'> = {},
): Promise<ArticleStore> {
  const { library, scan, saved } = await loadScannedLibrary(dir, warn, options);
  // A process that answers one command and exits (readAhead false, `npm run ask`) layers on this thread: a worker
  // warming up for changes that never come would cost that command its start and memory.
  const layerIn = options.layerIn ?? (options.readAhead === false ? 'main' : undefined);
  return createArticleStore(dir, library, scan, {
    ...(options.cacheDir !== undefined && { cacheDir: options.cacheDir }),
    ...(options.rebuildIn && { rebuildIn: options.rebuildIn }),
    ...(options.answerFirst && { answerFirst: options.answerFirst }),
    ...(layerIn && { layerIn }),
    ...(options.rebuild && { rebuild: options.rebuild }),
    ...(options.onHandOver && { onHandOver: options.onHandOver }),
    log: warn,
    saved,
  });
}
