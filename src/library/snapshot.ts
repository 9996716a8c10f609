import { createHash } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { crc32 } from 'node:zlib';
import { basename, dirname, join, resolve } from 'node:path';
import {
  changedAtOf,
  collectArticles,
  collectArticlesAhead,
  LARGE_FOLDER_FILES,
  MAX_ARTICLE_BYTES,
  readArticle,
  readArticleFiles,
  readFiles,
  readFilesAhead,
  scanFolder,
  type FolderScan,
  type LoadedArticles,
  type ReadResult,
} from '../corpus/load.ts';
import { readRegularFileSync } from '../corpus/safe-read.ts';
import { checkAllBelow } from '../model/check-all-below.ts';
import { type Article, type ArticleFormat, type ArticleMeta, type LoadWarning, type Paragraph, type Sentence, sentenceIdOf, type Span } from '../model/article.ts';
import { withSentencesOnDemand } from '../model/sentences-on-demand.ts';
import { withTextOnDemand } from '../model/text-on-demand.ts';
import {
  buildLibrary,
  buildLibraryAhead,
  buildLibraryInTurns,
  snapshotOf,
  type BuildOptions,
  type BuildStage,
  type BuiltSnapshot,
  type Library,
  type LibrarySnapshot,
  type SavedAnalyses,
  type SavedReadings,
} from './library.ts';
import type { ArticleEntities } from '../analysis/entity-mentions.ts';
import type { ArticleAnalysis } from '../analysis/certainty.ts';
import type { Certainty } from '../model/answer.ts';
import type { AlignmentSnapshot, Runs } from './alignment.ts';
import type { EntitySnapshot } from '../analysis/entities.ts';
import { MENTION_NUMBERS, type PagedInts } from '../analysis/mention-list.ts';
import type { LookupsSnapshot } from './lookups.ts';
import type { CrossArticleStep } from './safe-steps.ts';
import type { Postings, PostingsPart } from '../search/sentence-index.ts';
import type { PagedBytes } from '../search/token-store.ts';
import { numberWordFigures, rememberNumberWordFigures } from '../text/normalise.ts';

/**
 * The library snapshot: the built library saved to a folder so that a restart with the same
 * articles and the same code restores it instead of splitting, analysing and indexing again.
 *
 * Keyed by every article file's name and SHA-256 and by a hash of the code under `src/`. Each part
 * is written as its own file (a single JSON string is capped near 536M characters) and checked
 * against a checksum recorded at write time (see checksumOf), so a corrupt or partly written snapshot is never
 * trusted: it is reported through `warn` and the library is rebuilt. When some articles changed,
 * the unchanged ones are not read again (their paragraphs and sentences come from the snapshot),
 * but the index and the entity table are rebuilt whole: both hold corpus-wide statistics.
 */

/** Bumped when the snapshot's layout changes; the code hash covers changes to what it holds. */
const FORMAT = 22;
/** Items per JSON part: small enough that no part nears the string cap even at 100,000 articles. */
const ITEMS_PER_PART = 20_000;
/**
 * Items per JSON part of the parts a hand-over reads (see restoreSnapshotInTurns) whose items are
 * large: the distinct certainties, about 280 bytes each at BBC ×10. Each part is parsed in one turn
 * of the event loop; all the certainties (5.5 MB) took 160 ms on a busy machine, holding every other
 * answer meanwhile.
 */
const LARGE_ITEMS_PER_PART = 5_000;
const MANIFEST = 'manifest.json';
/**
 * The bytes of the files a start may take from the snapshot unopened (see FileEntry.signature), back to
 * back; each file's are read when its text is first asked for (see FileEntry.length).
 */
const FILE_BYTES = 'file-bytes.bin';
/** Every saved article's sentences as three numbers each (start, end, paragraph), in the order of the file entries (see SavedArticle.sentences). */
const SENTENCES = 'sentences.bin';
/**
 * How long before a scan began a file must have last changed for the snapshot to vouch for its
 * bytes by its signature (see FileEntry.signature). File times are kept to the clock's tick (a few
 * milliseconds on Linux, one or two seconds on some file systems): a file changed twice within one
 * tick, the second time after it was read, would show the signature of the bytes read with other
 * bytes. A file whose last change is older than the scan by more than a tick cannot: any change
 * after the scan began is stamped with a later time.
 */
const SETTLED_MS = 3_000;
const CHECKSUMS = 'checksums.json';
/**
 * Each article's quotations (and why its analysis failed, for one that did) as one JSON document, back to back (see writeAnalyses), and each
 * document's CRC-32 (see openPieces): a start reads the analyses of the articles a question asks
 * about, not the whole part (25 MB at BBC ×10).
 */
const ANALYSES = 'analyses.json-seq';
const ANALYSIS_CHECKS = 'analyses-checks.bin';
/**
 * Every token's place byte (see placeByte in src/search/token-store.ts), and the CRC-32 of each
 * PLACE_PAGE bytes of it: a start reads the pages of the tokens its answers place (a few dozen
 * hits' sentences), not the whole part (8.5 MB at BBC ×10; see openPages).
 */
const PLACES = 'tokens-placeAt.bin';
const PLACE_CHECKS = 'tokens-placeAt-checks.bin';
/** Bytes a page of PLACES: about 800 sentences’ tokens at BBC ×10, one read of the disk cache. */
const PLACE_PAGE = 16 * 1024;
/**
 * Every entity's mentions (see EntitySnapshot), and the CRC-32 of each MENTION_PAGE bytes of them: a
 * start reads the pages of the mentions its answers read (those of the sentences they show), not the
 * whole part (16 MB at BBC ×10; see openIntPages and MentionPages).
 */
const MENTIONS = 'entity-mentions.bin';
const MENTION_CHECKS = 'entity-mentions-checks.bin';
/** Bytes a page of MENTIONS: 1,024 whole mentions of four-byte numbers. */
const MENTION_PAGE = 1024 * MENTION_NUMBERS * 4;
/**
 * The runs of number words the process that saved the snapshot had read, with their figures (see numberWordFigures in
 * src/text/normalise.ts): a start reads its answers' sentences without loading compromise to read them again.
 */
const NUMBER_WORDS = 'number-words.json';

export interface CachedLoadOptions {
  /** The folder that holds snapshots (one sub-folder per articles folder). */
  cacheDir: string;
  warn: (message: string) => void;
  /** Worker threads for reading when many files must be read; see LoadOptions. */
  threads?: number;
  /**
   * The caller's scan of `dir` (see scanFolder) and when it began (`Date.now()` before it): the files
   * it lists are loaded, and one whose signature the snapshot recorded is taken from the snapshot
   * without being opened (see FileEntry.signature). Scanned here when left out.
   */
  scan?: FolderScanAt;
  /** Told how long each stage took, in milliseconds (the benchmark's stage timings). */
  onStage?: (stage: CachedLoadStage, ms: number) => void;
  /** The certainty analysis of the articles analysed on this thread: see BuildOptions.analyse. */
  analyse?: BuildOptions['analyse'];
  /** The steps across articles: see BuildOptions.acrossArticles. */
  acrossArticles?: BuildOptions['acrossArticles'];
  /**
   * Give the library back as soon as it is built and save the snapshot after (see
   * CachedLoad.saved), so the first answer does not wait for the save (3.5 s at BBC x10). The
   * save still writes beside the old snapshot and swaps it in whole, so a process stopped
   * mid-save leaves the old one (or none), never half of one.
   */
  saveInBackground?: boolean;
}

/** Reading and splitting the files, restoring or building the library, and saving the snapshot. */
export type CachedLoadStage = 'load' | 'restore' | 'save' | BuildStage;

/** How the library was made: restored whole, rebuilt with unchanged articles reused, or built from nothing. */
export type CachedLoadSource = 'snapshot' | 'partial' | 'built';

export interface CachedLoad {
  library: Library;
  source: CachedLoadSource;
  /**
   * Settles once the snapshot is saved (or could not be, which is told through `warn`): at once
   * unless `saveInBackground`. Never rejects.
   */
  saved: Promise<void>;
  /** How many article files were read and split again. */
  reread: number;
  /** How many article files were taken from the snapshot's copy of their bytes, unopened (see FileEntry.signature). */
  unopened: number;
}

/** A scan of a folder (see scanFolder) and when it began, in milliseconds since the epoch. */
export interface FolderScanAt {
  signatures: FolderScan;
  at: number;
}

/** One file as the manifest records it: its hash and what reading it gave. */
interface FileEntry {
  name: string;
  hash: string;
  article?: SavedArticle;
  warning?: string;
  /**
   * The file's signature (see FolderScan) as scanned before it was read, kept where the file had last
   * changed SETTLED_MS or more before that scan began; `bytes` is where the bytes read stand in
   * FILE_BYTES. A start that scans the same signature takes its hash from here, and its bytes from
   * there when its text is asked for (see FileEntry.length), rather than opening the file and hashing
   * it again: a change to the file would have given it another ctime (see changedAtOf). Opening,
   * reading and hashing 22,250 files one by one cost a start from the snapshot about 1.2 s of CPU at
   * BBC x10.
   */
  signature?: string;
  bytes?: [number, number];
  /**
   * For a `.txt` or `.md` file whose bytes stand in FILE_BYTES, the length of its text: a start reads
   * and decodes the text when it is first asked for (see withTextOnDemand), and the entity table checks
   * its mentions against the length meanwhile. Read, checked and decoded whole, the 50 MB of texts at
   * BBC ×10 were 0.6–0.9 s of a start from the snapshot and its largest string; one question reads a
   * few dozen of the 22,250.
   */
  length?: number;
}

/** An article without its text (read from the file again) and with its sentences as flat numbers. */
interface SavedArticle {
  id: string;
  format: ArticleFormat;
  meta: ArticleMeta;
  body: Span;
  paragraphs: Paragraph[];
  /**
   * Where its sentences stand in SENTENCES, counted in sentences (`[first, end)`): as JSON, their
   * 1.25 million numbers were most of the file entries' 16.5 MB, parsed on every start at BBC ×10.
   */
  sentences: [number, number];
  /** Only for `.json` files, whose text is the body field rather than the file. */
  text?: string;
}

interface Manifest {
  format: number;
  code: string;
  parts: Record<string, number>;
  /** The steps across articles that failed (see Library.failedSteps): a start from the snapshot says so too. Left out when none did. */
  failedSteps?: CrossArticleStep[];
}

/**
 * Load the articles in `dir` and build their library, starting from the snapshot in
 * `options.cacheDir` when it fits, and leaving an up-to-date snapshot there afterwards.
 */
export async function loadLibraryCached(dir: string, options: CachedLoadOptions): Promise<CachedLoad> {
  const folder = snapshotFolder(options.cacheDir, dir);
  let stageStart = performance.now();
  const endStage = (stage: CachedLoadStage): void => {
    const now = performance.now();
    options.onStage?.(stage, now - stageStart);
    stageStart = now;
  };
  const scan = options.scan ?? { at: Date.now(), signatures: await scanFolder(dir, true) };
  const names = [...scan.signatures.keys()];
  const code = await codeVersion();
  const ignore = (error: Error): undefined => {
    options.warn(`crosscheck: ignoring the library snapshot in ${folder} (${error.message}); rebuilding it.`);
    return undefined;
  };
  const found = await readSnapshot(folder, code, { withFiles: true, inTurns: false }).catch(ignore);
  const stored = await found?.storedBytes(dir).catch(ignore);
  // Nothing of a snapshot with a bad part is trusted, as below.
  const saved = stored && found;
  const files = await readAllBytes(dir, names, (name) => stored?.(name, scan.signatures.get(name)));
  const unopened = files.filter((file) => file.unopened).length;
  const known = new Map((saved?.files ?? []).map((entry) => [`${entry.name}\u0000${entry.hash}`, entry]));
  const shared = sharedByBytes();
  const results: (ReadResult | undefined)[] = files.map((file) => (saved ? restoreEntry(known.get(`${file.name}\u0000${file.hash}`), file, saved.sentences, shared, true) : undefined));
  const missing = names.filter((_, i) => results[i] === undefined);
  const threads = options.threads ?? (missing.length >= LARGE_FOLDER_FILES ? availableParallelism() : 1);
  // Given back once every file is read: the workers' analyses come in while the index and the alignment are built (see buildLibraryAhead).
  const ahead =
    threads > 1
      ? await readFilesAhead(dir, missing, { threads, byteKeys: files.filter((_, i) => results[i] === undefined).map((file) => file.hash) })
      : {
          results: await rereadSmall(
            dir,
            files.filter((_, i) => results[i] === undefined),
          ),
          analysed: Promise.resolve(),
        };
  const reread = ahead.results;
  let next = 0;
  // The files read again, in order, fill the places the snapshot could not.
  const loaded = files.map((file, i) => {
    const result = results[i] ?? reread[next++];
    if (!result) throw new Error(`${file.name} was neither restored nor read again`);
    return { file, result };
  });
  const all = loaded.map(({ result }) => result);
  const { articles, warnings, analysed } = collectArticlesAhead({ results: all, analysed: ahead.analysed });
  endStage('load');

  const unchanged = saved !== undefined && missing.length === 0 && saved.files.length === names.length;
  if (unchanged) {
    try {
      const library = buildLibrary(articles, warnings, { snapshot: quotingArticles(await saved.library(), articles) });
      endStage('restore');
      return { library, source: 'snapshot', saved: Promise.resolve(), reread: 0, unopened };
    } catch (error) {
      // Nothing of a snapshot with a bad part is trusted, not even the parts that checked out.
      options.warn(`crosscheck: ignoring the library snapshot in ${folder} (${(error as Error).message}); rebuilding it.`);
      await rm(folder, { recursive: true, force: true });
      return loadLibraryCached(dir, options);
    }
  } else if (saved) {
    options.warn(`crosscheck: ${missing.length} of ${names.length} article files changed since the library snapshot; rebuilding the index.`);
  }
  // A partial start (a file added, changed or gone since the snapshot): the articles restored keep their saved analyses and
  // entity readings, as a rebuild for a hand-over does (rebuildIntoSnapshot); only the files read again are analysed. Without
  // this a start after one file was deleted analysed every article again, on this thread (455 s at BBC ×10, perf25).
  const restored = new Set(results.flatMap((result) => (result?.ok ? [result.article.id] : [])));
  const work =
    saved && restored.size > 0
      ? analysed.then(async (read) => {
          const reused = await savedWork(saved, restored);
          return { analyses: [...read.analyses, ...reused.analyses], entities: [...read.entities, ...reused.entities] };
        })
      : analysed;
  const library = await buildLibraryAhead(articles, warnings, work, options.onStage, {
    ...(options.analyse && { analyse: options.analyse }),
    ...(options.acrossArticles && { acrossArticles: options.acrossArticles }),
  });
  stageStart = performance.now();
  // Begun on the next turn, so a caller saving in the background has the library before any of the save's work.
  const saving = (options.saveInBackground ? nextTurn() : Promise.resolve())
    .then(() =>
      writeSnapshot(
        folder,
        code,
        loaded.map(({ file, result }) => ({ file, result, signature: settledSignature(scan, file.name) })),
        snapshotOf(library),
      ),
    )
    .catch((error: Error) => {
      options.warn(`crosscheck: could not save the library snapshot in ${folder} (${error.message}).`);
    })
    .then(() => endStage('save'));
  if (!options.saveInBackground) await saving;
  return { library, source: saved && missing.length < names.length ? 'partial' : 'built', saved: saving, reread: missing.length, unopened };
}

/** The file's signature in `scan` where it had last changed SETTLED_MS before the scan began (see FileEntry.signature). */
function settledSignature(scan: FolderScanAt, name: string): string | undefined {
  const signature = scan.signatures.get(name);
  const changed = changedAtOf(signature);
  return changed !== undefined && changed <= scan.at - SETTLED_MS ? signature : undefined;
}

/** How a rebuild for a hand-over (rebuildIntoSnapshot) reads the folder. */
export interface SnapshotRebuildOptions {
  /** The folder that holds snapshots: the previous library's is read, the new one written there. */
  cacheDir: string;
  /** The caller's scan of `dir` and when it began: the files it lists are loaded, and those the snapshot vouches for taken unopened (see FileEntry.signature). */
  scan: FolderScanAt;
  /** The articles and warnings read, with what the caller puts back (an unreadable file's last good version); the library is built from what it returns. */
  adjust: (loaded: LoadedArticles) => Promise<Pick<LoadedArticles, 'articles' | 'warnings'>>;
}

/**
 * Build the library of `dir` as it is now and save its snapshot, for another thread to restore
 * (restoreSnapshotInTurns): the build worker's half of a rebuild (see rebuild-worker.ts). The
 * snapshot in `cacheDir` is the cache, as a reload's previous library is: a file whose name and
 * bytes are unchanged is not read, analysed or searched for names again (its article, certainty
 * analysis and entity reading are the snapshot's), so the library is the one reloadLibrary would
 * build. Throws when the snapshot cannot be written: the hand-over needs it.
 */
export async function rebuildIntoSnapshot(dir: string, options: SnapshotRebuildOptions): Promise<Library> {
  const folder = snapshotFolder(options.cacheDir, dir);
  const { scan } = options;
  const code = await codeVersion();
  const found = await readSnapshot(folder, code, { withFiles: true, inTurns: false }).catch(() => undefined);
  const stored = await found?.storedBytes(dir).catch(() => undefined);
  const saved = stored && found;
  const files = await readAllBytes(dir, [...scan.signatures.keys()], (name) => stored?.(name, scan.signatures.get(name)));
  const known = new Map((saved?.files ?? []).map((entry) => [`${entry.name}\u0000${entry.hash}`, entry]));
  const shared = sharedByBytes();
  const results = files.map((file) => (saved ? restoreEntry(known.get(`${file.name}\u0000${file.hash}`), file, saved.sentences, shared, false) : undefined));
  const missing = files.filter((_, i) => results[i] === undefined);
  const reread =
    missing.length >= LARGE_FOLDER_FILES
      ? await readFiles(
          dir,
          missing.map((file) => file.name),
          { threads: availableParallelism() },
        )
      : await rereadSmall(dir, missing);
  let next = 0;
  const loaded = files.map((file, i) => {
    const result = results[i] ?? reread[next++];
    if (!result) throw new Error(`${file.name} was neither restored nor read again`);
    return { file, result };
  });
  const read = collectArticles(loaded.map(({ result }) => result));
  const restored = new Set(results.flatMap((result) => (result?.ok ? [result.article.id] : [])));
  const reused = saved ? await savedWork(saved, restored) : { analyses: [], entities: [] };
  const { articles, warnings } = await options.adjust(read);
  const library = buildLibrary(articles, warnings, { analyses: [...read.analyses, ...reused.analyses], entities: [...read.entities, ...reused.entities] });
  await writeSnapshot(
    folder,
    code,
    loaded.map(({ file, result }) => ({ file, result, signature: settledSignature(scan, file.name) })),
    snapshotOf(library),
  );
  return library;
}

/**
 * The certainty analyses and entity readings a snapshot holds of the `restored` articles (their
 * files' bytes unchanged). A part that cannot be read only costs the work of redoing it.
 */
async function savedWork(saved: SavedSnapshot, restored: ReadonlySet<string>): Promise<Pick<LoadedArticles, 'analyses' | 'entities'>> {
  const analyses: ArticleAnalysis[] = [];
  const entities: ArticleEntities[] = [];
  try {
    const library = await saved.library();
    for (let i = 0; i < library.analyses.length; i++) {
      const analysis = library.analyses.at(i);
      if (restored.has(analysis.articleId)) analyses.push(analysis);
    }
    const readings = await library.entityReadings?.();
    for (let i = 0; readings && i < readings.length; i++) {
      const reading = readings.at(i);
      if (reading && restored.has(reading.articleId)) entities.push(reading);
    }
    return { analyses, entities };
  } catch {
    return { analyses: [], entities: [] };
  }
}

/**
 * The library of `articles` and `warnings` restored from the snapshot rebuildIntoSnapshot left
 * in `cacheDir`, with a turn of the event loop between reading it and each restore stage
 * (buildLibraryInTurns), so a bot answering meanwhile waits for one stage at most. Throws when
 * the snapshot is missing, corrupt or does not fit the articles.
 */
export async function restoreSnapshotInTurns(
  dir: string,
  cacheDir: string,
  articles: readonly Article[],
  warnings: readonly LoadWarning[],
  onStage?: (stage: 'read' | BuildStage, ms: number) => void,
): Promise<Library> {
  const folder = snapshotFolder(cacheDir, dir);
  const start = performance.now();
  const saved = await readSnapshot(folder, await codeVersion(), { withFiles: false, inTurns: true });
  if (!saved) throw new Error("the rebuilt library's snapshot is missing");
  const snapshot = quotingArticles(await saved.library(), articles);
  onStage?.('read', performance.now() - start);
  await nextTurn();
  return buildLibraryInTurns(articles, warnings, { snapshot, ...(onStage && { onStage }) });
}

/** The folder that holds the snapshot of the articles in `dir`. */
export function snapshotFolder(cacheDir: string, dir: string): string {
  return join(cacheDir, `library-${createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 16)}`);
}

interface FileBytes {
  name: string;
  /** Undefined where the file could not be read, or where the snapshot holds them (see `read`). */
  bytes?: Buffer;
  hash: string;
  /** Taken from the snapshot without opening the file (see FileEntry.signature). */
  unopened?: boolean;
  /** Reads its bytes from the snapshot's copy, for a file taken unopened: not kept, so a start holds the texts it reads only (see FileEntry.length). */
  read?: () => Buffer;
}

/** True when the file's bytes were read, or the snapshot holds them. */
function wasRead(file: FileBytes): boolean {
  return file.bytes !== undefined || file.read !== undefined;
}

/** The file's bytes: as read, or from the snapshot's copy. Undefined where the file could not be read. */
function fileBytesOf(file: FileBytes): Buffer | undefined {
  return file.bytes ?? file.read?.();
}

/** Files read between two turns of the event loop: about 5 ms of reading and hashing. */
const READ_SLICE = 500;

/**
 * Every file's bytes and SHA-256. Read with blocking calls in slices rather than one promise per
 * file: at 22,250 files the promises took 1.0–1.4 s where blocking reads take 0.25 s, and the
 * turns between slices keep a running bot answering during a reload.
 */
async function readAllBytes(dir: string, names: readonly string[], stored?: (name: string) => StoredBytes | undefined): Promise<FileBytes[]> {
  const files: FileBytes[] = [];
  for (let i = 0; i < names.length; i += READ_SLICE) {
    if (i > 0) await nextTurn();
    for (const name of names.slice(i, i + READ_SLICE)) {
      const kept = stored?.(name);
      if (kept) {
        files.push({ name, ...kept, unopened: true });
        continue;
      }
      // Type and size first: a FIFO would hang the read, a stray 70 MB file would be read on every start.
      const read = readRegularFileSync(join(dir, name), MAX_ARTICLE_BYTES);
      // A file refused unread is known by why: the snapshot skips it again, unread, while that stays the reason (see restoreEntry).
      files.push(read.ok ? { name, bytes: read.bytes, hash: sha256Of(read.bytes) } : { name, hash: `unread: ${read.reason}` });
    }
  }
  return files;
}

/** Files to read again on this thread: from the bytes already read, or from disk when reading them failed (for the loader's own warning). */
async function rereadSmall(dir: string, files: readonly FileBytes[]): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for (const file of files) {
    const bytes = fileBytesOf(file);
    if (bytes) {
      results.push(readArticle(file.name, bytes));
      continue;
    }
    const [result] = await readArticleFiles(dir, [file.name]);
    if (!result) throw new Error(`${file.name} was not read again`);
    results.push(result);
  }
  return results;
}

/** One decoder for every file: it keeps a byte-order mark as the file's text does. */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * What the files of one load with the same bytes share (see restoreEntry): `texts`, each text decoded
 * once, by the bytes' SHA-256; `parts`, the headline and other metadata, the body and the paragraphs
 * read from those bytes in one format, by format and SHA-256. The same bytes read in the same format
 * give the same values, and copies of an article (a wire story filed twice; the ten of each article at
 * BBC ×10) then hold one of each between them instead of one each: 42 of the 47 MB of text of BBC ×10
 * read ahead, and 9 of the 10 MB of metadata and paragraphs.
 */
interface SharedByBytes {
  texts: Map<string, string>;
  parts: Map<string, Pick<Article, 'meta' | 'body' | 'paragraphs'>>;
}

function sharedByBytes(): SharedByBytes {
  return { texts: new Map(), parts: new Map() };
}

/** The text of the file bytes whose SHA-256 is `hash`, decoded once however many files of the load hold those bytes (see SharedByBytes). */
function decodedOnce(texts: Map<string, string>, hash: string, bytes: () => Uint8Array): string {
  let text = texts.get(hash);
  if (text === undefined) texts.set(hash, (text = UTF8.decode(bytes())));
  return text;
}

/**
 * What reading the file gave, as the snapshot's entry records it, for a file whose bytes are those it
 * was saved from; undefined where the entry does not fit. With `onDemand`, the article's sentences are
 * made when first read (see withSentencesOnDemand): a start reads those of a few articles; a rebuild,
 * which reads them all and hands the articles to another thread, makes them at once. Files of the same
 * bytes share their text and what was read from it (see SharedByBytes).
 */
function restoreEntry(entry: FileEntry | undefined, file: FileBytes, sentenceParts: Int32Array, shared: SharedByBytes, onDemand: boolean): ReadResult | undefined {
  if (!entry) return undefined;
  // Skipped as before: the same bytes, or refused unread for the same reason (a FIFO, a file over the size cap). Without
  // this a stray file refused unread counted as changed, and every start rebuilt the index, the entities and the alignment.
  if (entry.warning !== undefined) return { ok: false, warning: { file: entry.name, reason: entry.warning } };
  if (!wasRead(file)) return undefined;
  const saved = entry.article;
  if (!saved) return undefined;
  const [first, end] = saved.sentences;
  const { id, format, meta, body, paragraphs } = saved;
  const { read } = file;
  const sameBytes = `${format}:${entry.hash}`;
  let parts = shared.parts.get(sameBytes);
  if (!parts) shared.parts.set(sameBytes, (parts = { meta, body, paragraphs }));
  const rest = { meta: parts.meta, body: parts.body, paragraphs: parts.paragraphs, contentHash: entry.hash };
  // Captured by the text's reader instead of the entry, whose parsed JSON is then let go.
  const { texts } = shared;
  const { hash } = entry;
  const article =
    onDemand && saved.text === undefined && !file.bytes && read !== undefined && entry.length !== undefined
      ? Object.assign(
          withTextOnDemand({ id, file: entry.name, format }, entry.length, () => decodedOnce(texts, hash, read)),
          rest,
        )
      : { id, file: entry.name, format, text: saved.text ?? decodedOnce(texts, hash, () => fileBytesOf(file) ?? new Uint8Array(0)), ...rest };
  // Every sentence of the snapshot is made here and nowhere else, from its three numbers (checked to be in range when the snapshot was read, see readSnapshot).
  const sentenceAt = (index: number): Sentence => {
    const at = (first + index) * 3;
    const start = sentenceParts[at] ?? 0;
    const stop = sentenceParts[at + 1] ?? 0;
    return { id: sentenceIdOf(id, index), articleId: id, index, paragraph: sentenceParts[at + 2] ?? 0, start, end: stop, text: article.text.slice(start, stop) };
  };
  if (onDemand) return { ok: true, article: withSentencesOnDemand(article, end - first, sentenceAt) };
  return { ok: true, article: { ...article, sentences: Array.from({ length: end - first }, (_, index) => sentenceAt(index)) } };
}

/** A file as a snapshot is written from it: its bytes, what reading it gave, and its signature where the snapshot may vouch for it (see FileEntry.signature). */
interface SnapshotFile {
  file: FileBytes;
  result: ReadResult;
  signature?: string | undefined;
}

/**
 * What the snapshot records of a file; `signature` only for a file whose bytes it may vouch for (see
 * FileEntry.signature); `sentences` is where its sentences stand in SENTENCES.
 */
function entryOf({ file, result, signature }: SnapshotFile, sentences: [number, number]): FileEntry {
  if (!result.ok) return { name: file.name, hash: file.hash, warning: result.warning.reason };
  const { id, format, meta, body, paragraphs, text } = result.article;
  return {
    name: file.name,
    hash: file.hash,
    article: { id, format, meta, body, paragraphs, sentences, ...(format === 'json' && { text }) },
    ...(signature !== undefined && { signature }),
  };
}

/** A hash of every source file under `src/` (TypeScript, or JavaScript once built): any change to the code may change what it builds. */
async function codeVersion(): Promise<string> {
  const root = new URL('..', import.meta.url).pathname;
  const hash = createHash('sha256').update(`format ${FORMAT}\n`);
  const files = (await readdir(root, { recursive: true })).filter((file) => /\.[jt]s$/.test(file)).sort();
  for (const file of files) hash.update(`${file}\n`).update(await readFile(join(root, file)));
  return hash.digest('hex');
}

// ---- writing and reading the parts ----

/** Writes parts into a folder one at a time, keeping only their checksums: no two large parts are ever in memory at once. */
class PartWriter {
  readonly checksums: Record<string, string> = {};
  readonly #folder: string;

  constructor(folder: string) {
    this.#folder = folder;
  }

  async write(name: string, bytes: Uint8Array): Promise<void> {
    this.checksums[name] = checksumOf(bytes);
    await writeFile(join(this.#folder, name), bytes);
  }

  /** `items` as JSON parts of `perPart` each (at least one); returns how many. */
  async writeJsonParts(name: string, items: readonly unknown[], perPart = ITEMS_PER_PART): Promise<number> {
    let count = 0;
    for (let i = 0; i === 0 || i < items.length; i += perPart) await this.write(`${name}.${count++}.json`, Buffer.from(JSON.stringify(items.slice(i, i + perPart))));
    return count;
  }
}

async function writeSnapshot(folder: string, code: string, files: readonly SnapshotFile[], library: BuiltSnapshot): Promise<void> {
  // Written beside the old snapshot and swapped in, so a crash mid-write leaves the old one whole.
  const temporary = `${folder}.writing-${process.pid}`;
  await removeAbandonedWrites(folder);
  await rm(temporary, { recursive: true, force: true });
  await mkdir(temporary, { recursive: true });
  const parts = new PartWriter(temporary);
  const { keys: entityKeys, entities, mentions: entityMentions } = library.entities;
  const { tokens } = library.index;
  const entries = await writeFiles(parts, files);
  const counts: Record<string, number> = {
    files: await parts.writeJsonParts('files', entries),
    entities: await parts.writeJsonParts('entities', entities),
    entityKeys: await parts.writeJsonParts('entity-keys', entityKeys),
    tokenKeys: await parts.writeJsonParts('token-keys', tokens.keys),
    tokenTerms: await parts.writeJsonParts('token-terms', tokens.terms),
    claimTerms: await parts.writeJsonParts('claim-terms', library.alignment.termList),
  };
  for (const runs of CLAIM_RUNS) {
    await parts.write(`claims-${runs}-first.bin`, bytesOf(library.alignment[runs].first));
    await parts.write(`claims-${runs}.bin`, bytesOf(library.alignment[runs].numbers));
  }
  await parts.write(MENTIONS, bytesOf(entityMentions));
  await parts.write(MENTION_CHECKS, Buffer.from(pageChecks(bytesOf(entityMentions), MENTION_PAGE).buffer));
  counts.certainties = await writeAnalyses(parts, library.analyses);
  if (library.entityReadings) await writeReadings(parts, await library.entityReadings());
  const { sourceCues, speakers, mentions, shares } = library.lookups;
  await parts.write('lookups.json', Buffer.from(JSON.stringify({ sourceCues, speakers })));
  for (const array of ['first', 'entity', 'mention'] as const) await parts.write(`lookups-mentions-${array}.bin`, bytesOf(mentions[array]));
  for (const array of ['alone', 'first', 'article', 'count'] as const) await parts.write(`lookups-shares-${array}.bin`, bytesOf(shares[array]));
  for (const array of ['termOfKey', 'first', 'continues'] as const) await parts.write(`tokens-${array}.bin`, Buffer.from(tokens[array].buffer, tokens[array].byteOffset, tokens[array].byteLength));
  const places = tokens.placeAt instanceof Uint8Array ? tokens.placeAt : tokens.placeAt.all();
  await parts.write(PLACES, places);
  await parts.write(PLACE_CHECKS, Buffer.from(pageChecks(places, PLACE_PAGE).buffer));
  // Two-byte key ids have a part of their own name, so a reader knows their width.
  await parts.write(tokens.keyAt instanceof Uint16Array ? 'tokens-keyAt16.bin' : 'tokens-keyAt.bin', Buffer.from(tokens.keyAt.buffer, tokens.keyAt.byteOffset, tokens.keyAt.byteLength));
  const { postings } = library.index;
  for (const list of POSTING_LISTS) {
    await parts.write(`postings-${list}-first.bin`, bytesOf(postings[list].first));
    await parts.write(`postings-${list}-sentences.bin`, bytesOf(postings[list].sentences));
  }
  await parts.write('postings-common.bin', bytesOf(postings.common));
  await parts.write('postings-term-repeats.bin', bytesOf(postings.termRepeats));
  await parts.write('postings-key-bits-first.bin', bytesOf(postings.keyBits.first));
  await parts.write('postings-key-bits.bin', bytesOf(postings.keyBits.bits));
  await parts.write(NUMBER_WORDS, Buffer.from(JSON.stringify(numberWordFigures())));
  const failedSteps = library.failedSteps ?? [];
  await parts.write(MANIFEST, Buffer.from(JSON.stringify({ format: FORMAT, code, parts: counts, ...(failedSteps.length > 0 && { failedSteps: [...failedSteps] }) } satisfies Manifest)));
  await writeFile(join(temporary, CHECKSUMS), JSON.stringify(parts.checksums));
  await rm(folder, { recursive: true, force: true });
  await rename(temporary, folder);
}

/**
 * The file entries, with the parts that hold what they point to: every article's sentences
 * (SENTENCES), and the bytes of the files whose signature is kept, so a start can take them unopened
 * (see FileEntry.signature) and read their texts when asked (see FileEntry.length). Throws when such a
 * text is not its file's bytes decoded, which would restore another text than a read gives.
 */
async function writeFiles(parts: PartWriter, files: readonly SnapshotFile[]): Promise<FileEntry[]> {
  const kept: Buffer[] = [];
  let size = 0;
  const sentences: number[] = [];
  const entries = files.map((file): FileEntry => {
    const first = sentences.length / 3;
    if (file.result.ok) for (const { start, end, paragraph } of file.result.article.sentences) sentences.push(start, end, paragraph);
    const entry = entryOf(file, [first, sentences.length / 3]);
    const bytes = entry.signature === undefined ? undefined : fileBytesOf(file.file);
    if (!bytes) return entry;
    kept.push(bytes);
    size += bytes.length;
    if (!file.result.ok || file.result.article.format === 'json') return { ...entry, bytes: [size - bytes.length, size] };
    const { text } = file.result.article;
    if (UTF8.decode(bytes) !== text) throw new Error('an article text is not its file decoded');
    return { ...entry, bytes: [size - bytes.length, size], length: text.length };
  });
  await parts.write(FILE_BYTES, Buffer.concat(kept, size));
  await parts.write(SENTENCES, bytesOf(Int32Array.from(sentences)));
  return entries;
}

/**
 * Removes the half-written snapshots of processes that died mid-save (`<folder>.writing-<pid>` whose process is gone): a save
 * in the background, killed with the bot, would otherwise leave one in the cache for good. A live process's is its own.
 */
async function removeAbandonedWrites(folder: string): Promise<void> {
  const prefix = `${basename(folder)}.writing-`;
  const names = await readdir(dirname(folder)).catch(() => [] as string[]);
  for (const name of names) {
    const pid = Number(name.slice(prefix.length));
    if (!name.startsWith(prefix) || !Number.isInteger(pid) || pid === process.pid || isAlive(pid)) continue;
    await rm(join(dirname(folder), name), { recursive: true, force: true });
  }
}

/** True when a process with this id runs (signal 0 only checks; EPERM means it runs as another user). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The claims' lists of sentences, retellings and terms, each written as two parts: see AlignmentSnapshot. */
const CLAIM_RUNS = ['sentences', 'retold', 'terms'] as const;

/** The index's posting lists, each written as two parts: see PostingsPart. */
const POSTING_LISTS = ['keys', 'terms', 'pairs'] as const;

/** An array's own bytes, not a copy. */
function bytesOf(array: Int32Array | Uint8Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

/**
 * The analyses, each sentence's certainty apart from the rest: every distinct certainty once
 * (`certainties.<n>.json`, LARGE_ITEMS_PER_PART a part; returns how many parts), each sentence's
 * as a number into that list (`analyses-certainty.bin`,
 * sentences in article order), and each article's quotations as one JSON document, back to back,
 * with where each starts and ends in bytes, so a restored library parses an article's only when
 * it is asked for. At 22,250 BBC articles 416,930 sentences have 19,497 distinct certainties:
 * restored one object per sentence, they held 150 MB once read ahead.
 */
async function writeAnalyses(parts: PartWriter, analyses: SavedAnalyses): Promise<number> {
  const offsets = new Int32Array(analyses.length + 1);
  const counts = Int32Array.from({ length: analyses.length }, (_, i) => analyses.sentenceCount(i));
  const numbers = new Int32Array(counts.reduce((sum, count) => sum + count, 0));
  const numberOf = new Map<string, number>();
  const pieces: Buffer[] = [];
  const checks = new Uint32Array(analyses.length);
  let at = 0;
  for (let i = 0; i < analyses.length; i++) {
    const { articleId, sentences, quotations, failure } = analyses.at(i);
    for (const certainty of sentences) {
      const key = JSON.stringify(certainty);
      let number = numberOf.get(key);
      if (number === undefined) numberOf.set(key, (number = numberOf.size));
      numbers[at++] = number;
    }
    const piece = Buffer.from(JSON.stringify({ articleId, quotations, ...(failure && { failure }) } satisfies SavedQuotations));
    pieces.push(piece);
    checks[i] = crc32(piece);
    offsets[i + 1] = (offsets[i] ?? 0) + piece.length;
  }
  await parts.write('analyses-certainty.bin', Buffer.from(numbers.buffer));
  await parts.write(ANALYSES, Buffer.concat(pieces));
  await parts.write(ANALYSIS_CHECKS, Buffer.from(checks.buffer));
  await parts.write('analyses-offsets.bin', Buffer.from(offsets.buffer));
  await parts.write('analyses-sentences.bin', Buffer.from(counts.buffer));
  // Each certainty's JSON as it was keyed, written as parts without parsing it again.
  const certainties = [...numberOf.keys()];
  let count = 0;
  for (let i = 0; i === 0 || i < certainties.length; i += LARGE_ITEMS_PER_PART)
    await parts.write(`certainties.${count++}.json`, Buffer.from(`[${certainties.slice(i, i + LARGE_ITEMS_PER_PART).join(',')}]`));
  return count;
}

/**
 * The entity readings as one JSON document per article (`null` where none is kept), back to back,
 * and where each starts and ends: a rebuild after /add reads them instead of reading every
 * article's names again, and a start never reads them.
 */
async function writeReadings(parts: PartWriter, readings: SavedReadings): Promise<void> {
  const offsets = new Int32Array(readings.length + 1);
  const pieces: Buffer[] = [];
  for (let i = 0; i < readings.length; i++) {
    const piece = Buffer.from(JSON.stringify(readings.at(i) ?? null));
    pieces.push(piece);
    offsets[i + 1] = (offsets[i] ?? 0) + piece.length;
  }
  await parts.write('entity-readings.json-seq', Buffer.concat(pieces));
  await parts.write('entity-readings-offsets.bin', Buffer.from(offsets.buffer));
}

/** The readings `writeReadings` wrote, each parsed when asked for; throws when the parts do not fit together. */
function savedReadings(bytes: Buffer, offsets: Int32Array): SavedReadings {
  if (offsets.length < 1 || offsets[0] !== 0 || offsets[offsets.length - 1] !== bytes.length) throw new Error('the entity readings do not fit their offsets');
  return {
    length: offsets.length - 1,
    at: (i) => (parseJson(bytes.toString('utf8', offsets[i], offsets[i + 1]), 'entity-readings.json-seq') as ArticleEntities | null) ?? undefined,
  };
}

/** The pieces of a part written back to back, read one at a time (see openPieces). */
interface SavedPieces {
  /** How many pieces, and the part's size in bytes. */
  readonly count: number;
  readonly size: number;
  /** Piece `i`, bytes `start` to `end` of the part; throws when it does not match its checksum. */
  read(i: number, start: number, end: number): Buffer;
}

/** A part opened to be read a piece at a time (see openPart). */
interface OpenPart {
  /** The part's size in bytes. */
  readonly size: number;
  /** Bytes `start` to `end`; fewer where the part was cut short since it was opened. */
  read(start: number, end: number): Buffer;
}

/** Closes the part an OpenPart reads once nothing holds it (the library it belongs to was let go). */
const closeWhenLetGo = new FinalizationRegistry<number>((fd) => closeSync(fd));

/**
 * The part at `path`, opened now and kept open while the OpenPart is held, so a later save that
 * replaces the snapshot (writing beside it and renaming) cannot change what it reads.
 */
function openPart(path: string): OpenPart {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    throw new Error(`${basename(path)} is missing`);
  }
  const part: OpenPart = {
    size: fstatSync(fd).size,
    read(start, end) {
      const bytes = Buffer.alloc(end - start);
      return bytes.subarray(0, readSync(fd, bytes, 0, bytes.length, start));
    },
  };
  closeWhenLetGo.register(part, fd);
  return part;
}

/**
 * The bytes of the file at `path` as it was loaded, whose SHA-256 is `hash`: the snapshot's copy
 * `stored` where it still is that, else the file itself, whose signature said it is unchanged (see
 * FileEntry.signature). Each copy is checked when it is read, not the 50 MB part at every start: a
 * damaged copy costs a read of the file, never another text.
 */
function storedOrFileBytes(stored: Buffer, hash: string, path: string): Buffer {
  if (sha256Of(stored) === hash) return stored;
  const read = readRegularFileSync(path, MAX_ARTICLE_BYTES);
  if (read.ok && sha256Of(read.bytes) === hash) return read.bytes;
  throw new Error(`${basename(path)} has changed since it was loaded, and the library snapshot's copy of it is damaged`);
}

/**
 * What reads the bytes `start` to `end` of the snapshot's copy of the files (see storedOrFileBytes). Made
 * here, not where the file entries are looked up: a closure made there kept every file entry (20 MB of
 * parsed JSON at BBC ×10) for as long as any article's text was not read.
 */
function storedCopy(part: OpenPart, start: number, end: number, hash: string, path: string): StoredBytes {
  return { hash, read: () => storedOrFileBytes(part.read(start, end), hash, path) };
}

function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The part at `path` read a piece at a time, each checked against its CRC-32 in `checks`, instead of
 * read and checked whole: a start from the BBC ×10 snapshot read all 25 MB of the analyses to use the
 * few its question cites (see openPart). A piece corrupted on disk is found when it is read, as a
 * piece that is not JSON always was.
 */
function openPieces(path: string, checks: Int32Array): SavedPieces {
  const part = openPart(path);
  return {
    count: checks.length,
    size: part.size,
    read(i, start, end) {
      const bytes = part.read(start, end);
      if (bytes.length !== end - start || crc32(bytes) !== (checks[i] ?? 0) >>> 0) throw new Error(`${basename(path)} is corrupt`);
      return bytes;
    },
  };
}

/** The CRC-32 of each `size` bytes of `bytes` (the last page may be shorter), as openPages checks them. */
function pageChecks(bytes: Uint8Array, size: number): Uint32Array<ArrayBuffer> {
  const checks = new Uint32Array(Math.ceil(bytes.length / size));
  for (let page = 0; page < checks.length; page++) checks[page] = crc32(bytes.subarray(page * size, (page + 1) * size));
  return checks;
}

/**
 * The part at `path` read a page of `size` bytes at a time, when a byte of the page is first asked
 * for, each page checked against its CRC-32 in `checks` (see pageChecks) and then kept; throws at
 * once when the checks do not cover the part. A page corrupted on disk is found when it is read, as
 * an analysis is (see openPieces).
 */
function openPages(path: string, checks: Int32Array, size: number): PagedBytes {
  const { length, pageOf } = readPages(path, checks, size, (bytes) => bytes);
  return {
    length,
    at: (i) => pageOf(Math.floor(i / size))[i % size] ?? 0,
    all() {
      const bytes = new Uint8Array(length);
      for (let page = 0; page < checks.length; page++) bytes.set(pageOf(page), page * size);
      return bytes;
    },
  };
}

/**
 * The part at `path` as four-byte numbers read a page of `size` bytes (a multiple of four, as MENTION_PAGE is) at a time, as
 * openPages reads bytes; throws at once when it is cut short.
 */
function openIntPages(path: string, checks: Int32Array, size: number): PagedInts {
  const { length, pageOf, keepPages } = readPages(path, checks, size, (bytes) => new Int32Array(...alignedView(bytes, 4)));
  if (length % 4 !== 0) throw new Error(`${basename(path)} is cut short`);
  return { length: length / 4, perPage: size / 4, page: pageOf, keepPages };
}

/**
 * The pages of `size` bytes of the part at `path` (its length in bytes, and page `page` as `decode`
 * makes it of the page's bytes): each read, checked against its CRC-32 in `checks` (see
 * pageChecks) and decoded the first time it is asked for, then kept, unless `keepPages(false)` says a
 * pass over them all is reading them; throws at once when the checks do not cover the part.
 */
function readPages<T>(path: string, checks: Int32Array, size: number, decode: (bytes: Buffer) => T): { length: number; pageOf(page: number): T; keepPages(keep: boolean): void } {
  const part = openPart(path);
  if (checks.length !== Math.ceil(part.size / size)) throw new Error(`${basename(path)} does not fit its checks`);
  const pages = new Map<number, T>();
  // While a pass over every page runs (keepPages(false)), a page read is held only until the next one is.
  let keeping = true;
  let last: { page: number; decoded: T } | undefined;
  return {
    length: part.size,
    pageOf(page) {
      let decoded = pages.get(page) ?? (last?.page === page ? last.decoded : undefined);
      if (decoded === undefined) {
        const start = page * size;
        const end = Math.min(start + size, part.size);
        const bytes = part.read(start, end);
        if (bytes.length !== end - start || crc32(bytes) !== (checks[page] ?? 0) >>> 0) throw new Error(`${basename(path)} is corrupt`);
        decoded = decode(bytes);
        if (keeping) pages.set(page, decoded);
        else last = { page, decoded };
      }
      return decoded;
    },
    keepPages(keep) {
      keeping = keep;
      last = undefined;
    },
  };
}

/** An article's analysis as `analyses.json-seq` holds it: its sentences' certainties are saved apart. */
interface SavedQuotations {
  articleId: string;
  quotations: ArticleAnalysis['quotations'];
  failure?: ArticleAnalysis['failure'];
}

/**
 * The analyses `writeAnalyses` wrote, read one by one on demand; throws when the parts do not fit
 * together. Sentences with the same certainty share one object, so nothing may change one.
 */
function savedAnalyses(parts: { pieces: SavedPieces; offsets: Int32Array; counts: Int32Array; numbers: Int32Array; certainties: readonly Certainty[] }): SavedAnalyses {
  const { pieces, offsets, counts, numbers, certainties } = parts;
  const misfit = new Error('the analyses do not fit their offsets');
  if (offsets.length !== counts.length + 1 || offsets[0] !== 0 || offsets[counts.length] !== pieces.size || pieces.count !== counts.length) throw misfit;
  // offsets has counts.length + 1 entries (checked above), so every index below is in range: `?? 0` only satisfies the type checker.
  for (let i = 0; i < counts.length; i++) if ((offsets[i + 1] ?? 0) < (offsets[i] ?? 0)) throw misfit;
  const firstSentence = new Int32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) firstSentence[i + 1] = (firstSentence[i] ?? 0) + (counts[i] ?? 0);
  if (firstSentence[counts.length] !== numbers.length) throw new Error('the certainties do not fit the sentences');
  if (!Array.isArray(certainties)) throw new Error('the certainties are not a list');
  checkAllBelow(numbers, certainties.length, 'a sentence names a certainty the snapshot does not hold');
  return {
    length: counts.length,
    sentenceCount: (i) => counts[i] ?? 0,
    at(i) {
      const { articleId, quotations, failure } = parseJson(pieces.read(i, offsets[i] ?? 0, offsets[i + 1] ?? 0).toString('utf8'), ANALYSES) as SavedQuotations;
      const sentences = Array.from(numbers.subarray(firstSentence[i], firstSentence[i + 1]), (number) => {
        // Every number was checked to be in range above.
        const certainty = certainties[number];
        if (!certainty) throw new Error('a sentence names a certainty the snapshot does not hold');
        return certainty;
      });
      return { articleId, sentences, quotations, ...(failure && { failure }) };
    },
  };
}

/**
 * The snapshot with its saved analyses read so that each quotation's text is a slice of its
 * article's text (where it is that slice, as the analysis made it) and each speaker's name one
 * string however often it is named, instead of a fresh string from the JSON for each: the same
 * values in less memory. At BBC ×10, 111,870 quotations hold 9.5 million characters, and 101,780
 * speakers name 3,183 people.
 */
function quotingArticles(snapshot: LibrarySnapshot, articles: readonly Article[]): LibrarySnapshot {
  const { analyses } = snapshot;
  const names = new Map<string, string>();
  const at = (i: number): ArticleAnalysis => {
    const analysis = analyses.at(i);
    // The analyses are saved in the articles' order, and the library refuses one of another article (see buildLibrary).
    // Its text is read only now, when an analysis of its article is (see withTextOnDemand).
    const article = articles[i];
    const text = article?.id === analysis.articleId ? article.text : undefined;
    for (const quotation of analysis.quotations) {
      const slice = text?.slice(quotation.start, quotation.end);
      if (slice === quotation.text) quotation.text = slice;
      const { speaker } = quotation;
      if (speaker === null) continue;
      const known = names.get(speaker);
      if (known === undefined) names.set(speaker, speaker);
      else quotation.speaker = known;
    }
    return analysis;
  };
  return { ...snapshot, analyses: { length: analyses.length, sentenceCount: (i) => analyses.sentenceCount(i), at } };
}

/**
 * The checksum of a part, CRC-32 in hex: it guards against a part corrupted or cut short on disk, not
 * against someone who may write to the cache folder (who could rewrite the checksums too), which is
 * the damage a CRC is made to find (zip, gzip and PNG check theirs the same way). SHA-1 spent 0.1–0.4 s of
 * every start from a BBC ×10 snapshot on the 190 MB it reads; zlib's CRC-32 reads 50 MB in 10 ms
 * where SHA-1 took 30–100 ms on this machine.
 */
export function checksumOf(bytes: Uint8Array): string {
  return hexOf(crc32(bytes));
}

function hexOf(crc: number): string {
  return crc.toString(16).padStart(8, '0');
}

/** Bytes checked between two turns of the event loop when a snapshot is read: a few ms of checking. */
const CHECK_SLICE = 16 * 1024 * 1024;

/**
 * checksumOf, with a turn of the event loop after each CHECK_SLICE bytes: the largest parts of a BBC ×10
 * snapshot are tens of MB, and checking one whole (with SHA-1, as it was) held a bot answering during a
 * hand-over (see restoreSnapshotInTurns) for 0.1–0.2 s.
 */
async function checksumInTurns(bytes: Uint8Array): Promise<string> {
  let crc = 0;
  for (let at = 0; at < bytes.length; at += CHECK_SLICE) {
    if (at > 0) await nextTurn();
    crc = crc32(bytes.subarray(at, at + CHECK_SLICE), crc);
  }
  return hexOf(crc);
}

/** A file's SHA-256 as the snapshot holds it (see FileEntry.signature), and what reads its bytes from the snapshot's copy. */
interface StoredBytes {
  hash: string;
  read: () => Buffer;
}

interface SavedSnapshot {
  files: FileEntry[];
  /** The articles' sentences, three numbers each (see SENTENCES); checked to cover every entry's range. */
  sentences: Int32Array;
  /**
   * Opens the copy of the files' bytes the snapshot holds; gives what reads the bytes of the file `name`
   * in the folder `dir` where the snapshot recorded the signature `signature` for it (see
   * FileEntry.signature), else undefined.
   */
  storedBytes(dir: string): Promise<(name: string, signature: string | undefined) => StoredBytes | undefined>;
  /** The index and entity parts, read only when every article is unchanged. */
  library(): Promise<LibrarySnapshot>;
}

/** How readSnapshot reads a snapshot. */
interface ReadOptions {
  /** Read the file entries (a hand-over brings its own articles and leaves them out). */
  withFiles: boolean;
  /**
   * Read each part without blocking and check it with turns of the event loop between slices: for a
   * hand-over, while the bot answers (see restoreSnapshotInTurns). A start, or the rebuild worker,
   * reads each part in one blocking call: read a slice at a time through the thread pool, the parts of
   * a BBC ×10 snapshot took 0.3–1 s longer on a busy machine, the main thread idle between the slices.
   */
  inTurns: boolean;
}

/** The snapshot in `folder`, or undefined when there is none; throws when it is corrupt or was made by other code. */
async function readSnapshot(folder: string, code: string, { withFiles, inTurns }: ReadOptions): Promise<SavedSnapshot | undefined> {
  let checksumText: string;
  try {
    checksumText = await readFile(join(folder, CHECKSUMS), 'utf8');
  } catch {
    return undefined;
  }
  const checksums = parseJson(checksumText, CHECKSUMS) as Record<string, string>;
  const readPart = async (name: string): Promise<Buffer> => {
    const expected = checksums[name];
    if (typeof expected !== 'string') throw new Error(`it lists no ${name}`);
    let bytes: Buffer;
    try {
      bytes = inTurns ? await readFile(join(folder, name)) : readFileSync(join(folder, name));
    } catch {
      throw new Error(`${name} is missing`);
    }
    if ((inTurns ? await checksumInTurns(bytes) : checksumOf(bytes)) !== expected) throw new Error(`${name} is corrupt`);
    return bytes;
  };
  const readJson = async (name: string): Promise<unknown> => parseJson((await readPart(name)).toString('utf8'), name);
  const readItems = async <T>(name: string, count: number): Promise<T[]> => {
    const items: T[] = [];
    for (let i = 0; i < count; i++) for (const item of (await readJson(`${name}.${i}.json`)) as T[]) items.push(item);
    return items;
  };
  const readInts = async (name: string): Promise<Int32Array<ArrayBuffer>> => {
    const bytes = await readPart(name);
    if (bytes.length % 4 !== 0) throw new Error(`${name} is cut short`);
    return new Int32Array(...alignedView(bytes, 4));
  };
  const readShorts = async (name: string): Promise<Uint16Array<ArrayBuffer>> => {
    const bytes = await readPart(name);
    if (bytes.length % 2 !== 0) throw new Error(`${name} is cut short`);
    return new Uint16Array(...alignedView(bytes, 2));
  };
  const manifest = (await readJson(MANIFEST)) as Manifest;
  if (manifest.format !== FORMAT || manifest.code !== code) throw new Error('it was made by another version of crosscheck');
  const count = (part: string): number => {
    const value = manifest.parts[part];
    if (value === undefined || !Number.isInteger(value)) throw new Error(`its manifest does not count ${part}`);
    return value;
  };
  // A hand-over brings its own articles: the file entries (several MB of JSON per 20,000 files) are not parsed then.
  const files = withFiles ? await readItems<FileEntry>('files', count('files')) : [];
  const sentences = withFiles ? await readInts(SENTENCES) : new Int32Array(0);
  if (sentences.length % 3 !== 0) throw new Error(`${SENTENCES} is cut short`);
  for (const { article } of files) if (article && !fitsIn(article.sentences, sentences.length / 3)) throw new Error(`${SENTENCES} does not fit the files`);
  return {
    files,
    sentences,
    async storedBytes(this: SavedSnapshot, dir: string) {
      // The entries are read through the snapshot read, not its scope: the library keeps a closure of that scope (its
      // entity readings, read on demand), and through it the file entries (20 MB of parsed JSON at BBC ×10) it never reads.
      const part = openPart(join(folder, FILE_BYTES));
      const byName = new Map(this.files.flatMap((entry) => (entry.signature !== undefined && entry.bytes ? [[entry.name, entry]] : [])));
      for (const { bytes: range, length } of byName.values()) {
        if (!range || !fitsIn(range, part.size)) throw new Error(`${FILE_BYTES} does not fit the files`);
        if (length !== undefined && !(Number.isInteger(length) && length >= 0)) throw new Error(`${FILE_BYTES} does not fit the files' texts`);
      }
      return (name, signature) => {
        const entry = byName.get(name);
        if (!entry?.bytes || signature === undefined || entry.signature !== signature) return undefined;
        const [start, end] = entry.bytes;
        return storedCopy(part, start, end, entry.hash, join(dir, name));
      };
    },
    async library() {
      const tokens = {
        keys: await readItems<string>('token-keys', count('tokenKeys')),
        termOfKey: await readInts('tokens-termOfKey.bin'),
        terms: await readItems<string>('token-terms', count('tokenTerms')),
        first: await readInts('tokens-first.bin'),
        keyAt: 'tokens-keyAt16.bin' in checksums ? await readShorts('tokens-keyAt16.bin') : await readInts('tokens-keyAt.bin'),
        placeAt: openPages(join(folder, PLACES), await readInts(PLACE_CHECKS), PLACE_PAGE),
        continues: new Uint8Array(await readPart('tokens-continues.bin')),
      };
      const entities: EntitySnapshot = {
        entities: await readItems('entities', count('entities')),
        mentions: openIntPages(join(folder, MENTIONS), await readInts(MENTION_CHECKS), MENTION_PAGE),
        keys: await readItems('entity-keys', count('entityKeys')),
      };
      const runsOf = async (runs: (typeof CLAIM_RUNS)[number]): Promise<Runs> => ({ first: await readInts(`claims-${runs}-first.bin`), numbers: await readInts(`claims-${runs}.bin`) });
      const alignment: AlignmentSnapshot = {
        sentences: await runsOf('sentences'),
        retold: await runsOf('retold'),
        terms: await runsOf('terms'),
        termList: await readItems<string>('claim-terms', count('claimTerms')),
      };
      const analyses = savedAnalyses({
        pieces: openPieces(join(folder, ANALYSES), await readInts(ANALYSIS_CHECKS)),
        offsets: await readInts('analyses-offsets.bin'),
        counts: await readInts('analyses-sentences.bin'),
        numbers: await readInts('analyses-certainty.bin'),
        certainties: await readItems<Certainty>('certainties', count('certainties')),
      });
      const lookups: LookupsSnapshot = {
        ...((await readJson('lookups.json')) as Pick<LookupsSnapshot, 'sourceCues' | 'speakers'>),
        mentions: { first: await readInts('lookups-mentions-first.bin'), entity: await readInts('lookups-mentions-entity.bin'), mention: await readInts('lookups-mentions-mention.bin') },
        shares: {
          alone: await readInts('lookups-shares-alone.bin'),
          first: await readInts('lookups-shares-first.bin'),
          article: await readInts('lookups-shares-article.bin'),
          count: await readInts('lookups-shares-count.bin'),
        },
      };
      const postingsOf = async (list: (typeof POSTING_LISTS)[number]): Promise<Postings> => ({
        first: await readInts(`postings-${list}-first.bin`),
        sentences: await readInts(`postings-${list}-sentences.bin`),
      });
      const postings: PostingsPart = {
        keys: await postingsOf('keys'),
        terms: await postingsOf('terms'),
        pairs: await postingsOf('pairs'),
        common: await readInts('postings-common.bin'),
        termRepeats: await readInts('postings-term-repeats.bin'),
        keyBits: { first: await readInts('postings-key-bits-first.bin'), bits: new Uint8Array(await readPart('postings-key-bits.bin')) },
      };
      // Read only when a rebuild asks for them (see Library.entityReadings); an older snapshot has none.
      const entityReadings = 'entity-readings.json-seq' in checksums ? async () => savedReadings(await readPart('entity-readings.json-seq'), await readInts('entity-readings-offsets.bin')) : undefined;
      rememberNumberWordFigures(numberWordFiguresIn(await readJson(NUMBER_WORDS)));
      return { index: { tokens, postings }, entities, analyses, alignment, lookups, ...(entityReadings && { entityReadings }), ...(manifest.failedSteps && { failedSteps: manifest.failedSteps }) };
    },
  };
}

/**
 * Where a typed array of `width`-byte numbers over `bytes` starts and how many it holds: over the
 * bytes' own memory when they start on a multiple of `width` (a file's bytes as readFile returns
 * them do), else over a copy that does (a pooled Buffer need not). Copying every part cost about
 * 0.1 s and 60 MB more at BBC x10.
 */
function alignedView(bytes: Buffer, width: number): [ArrayBuffer, number, number] {
  const own = bytes.byteOffset % width === 0 && bytes.buffer instanceof ArrayBuffer ? bytes : new Uint8Array(bytes);
  return [own.buffer as ArrayBuffer, own.byteOffset, own.byteLength / width];
}

/** The figures of number-word runs NUMBER_WORDS holds; throws when it holds anything else, so a damaged part never gives a figure. */
function numberWordFiguresIn(saved: unknown): [string, string | null][] {
  if (!Array.isArray(saved) || !saved.every(isRunAndFigure)) throw new Error(`${NUMBER_WORDS} does not hold runs of number words and their figures`);
  return saved;
}

/** A run of words and its figure as numberWordFigures gives it: `null`, or a finite number written as String writes it. */
function isRunAndFigure(entry: unknown): entry is [string, string | null] {
  if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string') return false;
  const figure: unknown = entry[1];
  return figure === null || (typeof figure === 'string' && Number.isFinite(Number(figure)) && String(Number(figure)) === figure);
}

/** True when `range` is a pair of whole numbers `[start, end]` with 0 <= start <= end <= length. */
function fitsIn(range: unknown, length: number): boolean {
  if (!Array.isArray(range) || range.length !== 2) return false;
  const [start, end] = range as unknown[];
  return Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (start as number) <= (end as number) && (end as number) <= length;
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${name} is not valid JSON`);
  }
}
