/**
 * Loading a folder into a library, as one pipeline: scan the folder (corpus/load.ts: names, type
 * and size, nothing read) → read the files that need it (corpus/load.ts: on this thread or in
 * worker threads, which also analyse each article) → parse into articles in file-name order →
 * build the library (library.ts). The cache sits at one place, between scan and read: the
 * snapshot (snapshot.ts) on a start, the library being replaced on a reload; either way a file
 * whose bytes did not change is not read or analysed again.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { collectArticles, collectArticlesAhead, readFiles, readFilesAhead, scanFolder, sizeKeyOf, sizeKeysOf, type FolderScan, type LoadedArticles, type ReadResult } from '../corpus/load.ts';
import type { Article, LoadWarning } from '../model/article.ts';
import { buildLibraryAhead, buildLibraryInTurns, type Library } from './library.ts';
import { loadLibraryCached } from './snapshot.ts';

/** How to load a folder. */
export interface LoadLibraryOptions {
  /** Start from the library snapshot in this folder when the articles and code are unchanged (see loadLibraryCached), and leave a fresh one behind. */
  cacheDir?: string;
  /**
   * False for a process that answers one command and exits: the read-ahead keeps the event loop
   * busy until every saved analysis is parsed, which held a one-shot `npm run ask` at BBC x10
   * for about 0.7 s after its answer.
   */
  readAhead?: boolean;
  /** Answer before the snapshot is saved: see CachedLoadOptions.saveInBackground. */
  saveInBackground?: boolean;
}

/** Articles reused between two turns of the event loop on a reload, so parsing 22,000 saved entity readings is not one long stall. */
const REUSE_SLICE = 500;

/** A library and the scan of the folder it was built from: what a reload compares the folder with. */
export interface ScannedLibrary {
  library: Library;
  scan: FolderScan;
}

/**
 * Load every article in `dir` and build the library; skipped files are reported through `warn`.
 * With `cacheDir`, start from the library snapshot there when the articles and code are unchanged
 * (see loadLibraryCached) and leave a fresh one behind. Unless `readAhead` is false, a library
 * started from the snapshot then reads ahead between commands (see Library.warmUp).
 */
export async function loadLibrary(dir: string, warn: (message: string) => void, options: LoadLibraryOptions = {}): Promise<Library> {
  return (await loadScannedLibrary(dir, warn, options)).library;
}

/**
 * loadLibrary, with the scan the library was built from (see ScannedLibrary) and `saved`, which
 * settles once the snapshot is saved (see CachedLoad.saved).
 */
export async function loadScannedLibrary(dir: string, warn: (message: string) => void, options: LoadLibraryOptions = {}): Promise<ScannedLibrary & { saved: Promise<void> }> {
  const { cacheDir } = options;
  // Scanned before any file is read: a change made while they are read is seen by the next reload.
  // A folder that cannot be listed fails the load, with the reason, rather than giving an empty library.
  const at = Date.now();
  const scan = await scanFolder(dir, true);
  const names = [...scan.keys()];
  const { library, saved } = cacheDir
    ? await loadLibraryCached(dir, { cacheDir, warn, scan: { signatures: scan, at }, ...(options.saveInBackground && { saveInBackground: true }) })
    : { library: await buildLoaded(collectArticlesAhead(await readFilesAhead(dir, names, { byteKeys: sizeKeysOf(scan) }))), saved: Promise.resolve() };
  for (const warning of library.warnings) warn(`crosscheck: skipped ${warning.file}: ${warning.reason}`);
  if (library.articles.length === 0) warn(`crosscheck: no articles in ${dir}; every search will come back empty.`);
  if (options.readAhead === false) return { library, scan, saved };
  void library.warmUp().catch((error: Error) => warn(`crosscheck: could not read ahead in the library (${error.message}); it reads on demand instead.`));
  return { library, scan, saved };
}

function buildLoaded({ articles, warnings, analysed }: ReturnType<typeof collectArticlesAhead>): Promise<Library> {
  return buildLibraryAhead(articles, warnings, analysed);
}

/**
 * The folder's library as it is now, built from `built` (the library and the scan it came from):
 * only files whose signature changed since are read, and an unchanged file's article and certainty
 * analysis are the previous library's, as reading it again would give them. A file that can no
 * longer be read keeps its last good version, with `keptFrom` from `goodSince` (when each file's
 * good version was read); a deleted file is dropped. Throws when the folder cannot be listed.
 */
export async function reloadLibrary(dir: string, built: ScannedLibrary, goodSince: ReadonlyMap<string, string>): Promise<ScannedLibrary> {
  const scan = await scanFolder(dir, true);
  const previous = built.library;
  const loaded = await readChanged(dir, scan, built.scan, previous);
  const { articles, warnings } = keepLastGood(loaded, previous.articles, goodSince);
  // Built beside the old library, with turns of the event loop between its stages, and swapped in
  // whole by the caller: commands holding the old one finish on it. An unchanged article's
  // certainty analysis and entity reading are reused.
  const library = await buildLibraryInTurns(articles, warnings, { analyses: loaded.analyses, entities: loaded.entities });
  // What a first command would read on first use is read ahead between commands, as after a start.
  void library.warmUp().catch(() => undefined);
  return { library, scan };
}

/** Reuse, read, parse: see reloadLibrary. Re-reading and re-analysing all 22,000 articles of a large folder for one /add cost most of its time. */
async function readChanged(dir: string, scan: FolderScan, before: FolderScan, previous: Library): Promise<LoadedArticles> {
  const byFile = new Map(previous.articles.map((article) => [article.file, article]));
  const readingOf = await previous.entityReadings();
  const results: (ReadResult | undefined)[] = [];
  const changed: string[] = [];
  const changedKeys: string[] = [];
  for (const [name, signature] of scan) {
    // Reusing a restored library's articles parses their saved entity readings: in slices, between turns of the event loop.
    if (results.length % REUSE_SLICE === REUSE_SLICE - 1) await nextTurn();
    const article = byFile.get(name);
    const analysis = article && signature !== undefined && before.get(name) === signature ? previous.analysisOf(article.id) : undefined;
    if (article && analysis) results.push({ ok: true, article, analysis, entities: readingOf(article.id) });
    else {
      results.push(undefined);
      changed.push(name);
      changedKeys.push(sizeKeyOf(signature));
    }
  }
  const read = (await readFiles(dir, changed, { byteKeys: changedKeys })).values();
  const all: ReadResult[] = [];
  for (const result of results) {
    const next = result ?? read.next().value;
    if (next) all.push(next);
  }
  return collectArticles(all);
}

/**
 * Articles read in a rebuild, with unreadable files that had a good version (one of `good`, the
 * library being replaced's articles or those of them the caller has) put back as it was.
 */
export function keepLastGood(
  loaded: { articles: Article[]; warnings: LoadWarning[] },
  good: readonly Article[],
  goodSince: ReadonlyMap<string, string>,
): { articles: Article[]; warnings: LoadWarning[] } {
  const byFile = new Map(good.map((article) => [article.file, article]));
  const loadedIds = new Set(loaded.articles.map((article) => article.id));
  const articles = [...loaded.articles];
  const warnings = loaded.warnings.map((warning) => {
    const good = byFile.get(warning.file);
    if (!good || loadedIds.has(good.id)) return warning;
    articles.push(good);
    return { ...warning, keptFrom: goodSince.get(good.file) ?? new Date().toISOString() };
  });
  // The loader's order (by file name) is the order answers list articles in; a kept file keeps its place.
  articles.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { articles, warnings };
}
