import { link, mkdir, stat, unlink, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { collectArticles, LARGE_FOLDER_FILES, listArticleFiles, readArticleFiles, type ReadResult } from '../corpus/load.ts';
import { readInWorkers } from '../corpus/parallel-read.ts';
import type { Article, LoadWarning } from '../model/article.ts';
import { buildLibrary, type Library } from './library.ts';
import { loadLibrary, type LoadLibraryOptions } from './load-library.ts';

/** What a change to the articles folder gave: the article and the library rebuilt with the change. */
export type StoreChange = { ok: true; article: Article; library: Library } | { ok: false; reason: 'exists' | 'not_found' | 'unreadable'; message: string };

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
   * again) when the loader cannot read it back as an article.
   */
  add(file: string, text: string): Promise<StoreChange>;
  /** Delete the article's file and rebuild the library; `article` is the one removed. */
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
 * What the folder holds, cheaply: every article file's name, size, modification time and inode.
 * Equal signatures mean a rebuild would give the same library (the store's own writes, a
 * watcher's repeated events).
 */
export async function readFolderSignature(dir: string): Promise<string> {
  return signatureOf(await readFileSignatures(dir));
}

/**
 * Each article file's signature (size, modification and change times, inode), by name, in the
 * loader's order; undefined for a file gone while listed. A folder that cannot be listed reads as
 * empty, unless `folderMustExist`: a rebuild must fail then, not empty the library.
 */
async function readFileSignatures(dir: string, folderMustExist = false): Promise<Map<string, string | undefined>> {
  const names = await (folderMustExist ? listArticleFiles(dir) : listArticleFiles(dir).catch(() => []));
  const signatures = await Promise.all(
    names.map(async (name) => {
      const info = await stat(join(dir, name)).catch(() => undefined);
      return info ? `${info.size}:${info.mtimeMs}:${info.ctimeMs}:${info.ino}` : undefined;
    }),
  );
  return new Map(names.map((name, i) => [name, signatures[i]]));
}

function signatureOf(files: Map<string, string | undefined>): string {
  return [...files].map(([name, signature]) => `${name}:${signature ?? 'gone'}`).join('\n');
}

/** The per-file signatures a folder signature was made of (see readFolderSignature). */
function parseFolderSignature(signature: string): Map<string, string | undefined> {
  const files = new Map<string, string | undefined>();
  for (const line of signature.split('\n')) {
    const match = /^(.*):(\d+:[\d.]+:[\d.]+:\d+|gone)$/.exec(line);
    if (match) files.set(match[1]!, match[2] === 'gone' ? undefined : match[2]);
  }
  return files;
}

/**
 * The folder's files as the loader would read them, reading again only those whose signature
 * changed since `previous` was built from `before`: an unchanged file's article and certainty
 * analysis are the previous library's, as reading it again would give them. Re-reading and
 * re-analysing all 22,000 articles of a large folder for one /add cost most of its time.
 */
async function readChanged(dir: string, files: Map<string, string | undefined>, before: Map<string, string | undefined>, previous: Library): Promise<ReturnType<typeof collectArticles>> {
  const byFile = new Map(previous.articles.map((article) => [article.file, article]));
  const results: (ReadResult | undefined)[] = [];
  const changed: string[] = [];
  for (const [name, signature] of files) {
    const article = byFile.get(name);
    if (article && signature !== undefined && before.get(name) === signature) {
      results.push({
        ok: true,
        article,
        analysis: { articleId: article.id, sentences: article.sentences.map((sentence) => previous.certaintyOf(sentence)!), quotations: [...previous.quotationsOf(article.id)] },
      });
    } else {
      results.push(undefined);
      changed.push(name);
    }
  }
  const read = changed.length >= LARGE_FOLDER_FILES ? await readInWorkers(dir, changed, availableParallelism(), { analyse: true }) : await readArticleFiles(dir, changed);
  let next = 0;
  return collectArticles(results.map((result) => result ?? read[next++]!));
}

/** Articles read in a rebuild, with unreadable files that had a good version put back as it was. */
function keepLastGood(loaded: { articles: Article[]; warnings: LoadWarning[] }, previous: Library, goodSince: Map<string, string>): { articles: Article[]; warnings: LoadWarning[] } {
  const byFile = new Map(previous.articles.map((article) => [article.file, article]));
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

/**
 * An ArticleStore over `dir`, holding `library` (built from that folder) until the first change.
 * `signature` is the folder's signature when `library` was read (readFolderSignature), so a
 * reload right after opening costs no rebuild.
 */
export function createArticleStore(dir: string, library: Library, signature?: string): ArticleStore {
  let current = library;
  let builtFrom = signature;
  // What each file was when `current` was built from it: files unchanged since are not read again.
  let builtFiles = signature === undefined ? new Map<string, string | undefined>() : parseFolderSignature(signature);
  // When each file's current good version was read: what "last good version from ..." names.
  const opened = new Date().toISOString();
  const goodSince = new Map(library.articles.map((article) => [article.file, opened]));
  // One change at a time: two /add calls must not pick the same name or rebuild over each other.
  let queue: Promise<unknown> = Promise.resolve();
  const serialised = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const rebuild = async (): Promise<Library> => {
    // Read before the files: a change made while they are read is seen by the next reload.
    const files = await readFileSignatures(dir, true);
    builtFrom = signatureOf(files);
    const loaded = await readChanged(dir, files, builtFiles, current);
    builtFiles = files;
    const { articles, warnings } = keepLastGood(loaded, current, goodSince);
    const now = new Date().toISOString();
    const before = new Map(current.articles.map((article) => [article.file, article.contentHash]));
    for (const article of articles) if (before.get(article.file) !== article.contentHash) goodSince.set(article.file, now);
    const held = new Set(articles.map((article) => article.file));
    for (const file of goodSince.keys()) if (!held.has(file)) goodSince.delete(file);
    // Built beside the old library and swapped in whole: commands holding the old one finish on it.
    // The analyses of unchanged articles and the entities the read workers read are reused; an
    // unchanged article's entities are read again (the entity table keeps no per-article reading).
    current = buildLibrary(articles, warnings, { analyses: loaded.analyses, entities: loaded.entities });
    return current;
  };

  return {
    get library() {
      return current;
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
        const library = await rebuild();
        const article = library.articles.find((candidate) => candidate.file === file);
        if (article) return { ok: true, article, library } as const;
        const warning = library.warnings.find((candidate) => candidate.file === file);
        await unlink(path);
        await rebuild();
        return { ok: false, reason: 'unreadable', message: warning?.reason ?? `${file} could not be read back` } as const;
      }),
    remove: (id) =>
      serialised(async () => {
        const article = current.article(id);
        if (!article) return { ok: false, reason: 'not_found', message: `no article has the id ${id}` } as const;
        await unlink(join(dir, article.file));
        return { ok: true, article, library: await rebuild() } as const;
      }),
    reload: () =>
      serialised(async () => {
        if (builtFrom !== undefined && (await readFolderSignature(dir)) === builtFrom) return current;
        return rebuild();
      }),
  };
}

/** Load the folder and open a store over it; skipped files are reported through `warn`. */
export async function openArticleStore(dir: string, warn: (message: string) => void, options: LoadLibraryOptions = {}): Promise<ArticleStore> {
  const signature = await readFolderSignature(dir);
  return createArticleStore(dir, await loadLibrary(dir, warn, options), signature);
}
