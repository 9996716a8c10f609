import { existsSync, statSync, watch as watchFolder, type FSWatcher } from 'node:fs';
import { describeFolderError } from '../corpus/folder-errors.ts';
import type { Library } from '../library/library.ts';
import type { Logger } from './logger.ts';

export interface WatchOptions {
  /** Rebuild after the folder has been quiet this long (a copy of many files is one batch). */
  quietMs?: number;
  /** ...but never later than this after the first change, so a steady trickle still shows up. */
  maxDelayMs?: number;
  logger: Logger;
  /** Told after each rebuild that changed the library. */
  onReload?: (library: Library, previous: Library) => void;
  /** `fs.watch`, replaceable in tests. */
  watch?: typeof watchFolder;
  /** While the folder is gone, look for it again this often (milliseconds). */
  pollMs?: number;
}

/** A running watcher. */
export interface ArticleWatcher {
  close(): void;
  /** Resolves once no reload is pending or running: tests wait on it instead of sleeping. */
  settled(): Promise<void>;
}

/**
 * Which folder is at `dir` now, or undefined when none is. A folder deleted and made again, or
 * another moved into its place, is another folder, which a watch of the old one never hears from.
 * Its inode alone does not tell: a folder made just after one was deleted often gets the same
 * number, so its birth time (where the file system keeps one) is part of it.
 */
function folderAt(dir: string): string | undefined {
  try {
    const info = statSync(dir, { throwIfNoEntry: false });
    return info ? `${info.dev}:${info.ino}:${info.birthtimeMs}` : undefined;
  } catch {
    return undefined;
  }
}

/** What changed between two libraries, by file: for the log line after a reload. */
function describeChange(previous: Library, library: Library): string {
  const before = new Map(previous.articles.map((article) => [article.file, article.contentHash]));
  const after = new Map(library.articles.map((article) => [article.file, article.contentHash]));
  const added = [...after.keys()].filter((file) => !before.has(file)).length;
  const removed = [...before.keys()].filter((file) => !after.has(file)).length;
  const changed = [...after].filter(([file, hash]) => before.has(file) && before.get(file) !== hash).length;
  return `${library.articles.length} articles (${added} added, ${changed} changed, ${removed} removed)`;
}

/**
 * Watch the articles folder and call `reload` (the store's) when files change: events are
 * batched (quiet for `quietMs`, at most `maxDelayMs` after the first), one reload runs at a time,
 * and changes that arrive during a reload lead to exactly one more. Each reload's outcome is
 * logged, with a warning for every file that cannot be read and whether its last good version
 * was kept. A failed reload leaves the library as it was.
 */
export function watchArticles(dir: string, current: () => Library, reload: () => Promise<Library>, options: WatchOptions): ArticleWatcher {
  const { quietMs = 150, maxDelayMs = 600, logger, onReload } = options;
  let timer: NodeJS.Timeout | undefined;
  let firstEventAt: number | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let settledWaiters: Array<() => void> = [];

  const settleIfIdle = (): void => {
    if (timer || running) return;
    for (const resolve of settledWaiters) resolve();
    settledWaiters = [];
  };

  const run = (): void => {
    timer = undefined;
    firstEventAt = undefined;
    if (running) {
      again = true;
      return;
    }
    const previous = current();
    running = reload()
      .then((library) => {
        if (library === previous) return;
        logger.info(`crosscheck: articles reloaded: ${describeChange(previous, library)}`);
        const known = new Set(previous.warnings.map((warning) => `${warning.file}\u0000${warning.reason}`));
        for (const warning of library.warnings) {
          if (known.has(`${warning.file}\u0000${warning.reason}`)) continue;
          if (warning.keptFrom) logger.warn(`crosscheck: ${warning.file} cannot be read now (${warning.reason}); keeping its last good version from ${warning.keptFrom}`);
          else logger.warn(`crosscheck: skipped ${warning.file}: ${warning.reason}`);
        }
        onReload?.(library, previous);
      })
      .catch((error: unknown) => {
        // The operator's own problem (a folder gone or unreadable) is one line, not a stack trace.
        const problem = describeFolderError(error, 'read', dir);
        if (problem) logger.warn(`crosscheck: reloading the articles failed, the library is unchanged: ${problem}`);
        else logger.error({ err: error }, 'crosscheck: reloading the articles failed; the library is unchanged');
      })
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          schedule();
        }
        settleIfIdle();
      });
  };

  const schedule = (): void => {
    const now = Date.now();
    firstEventAt ??= now;
    clearTimeout(timer);
    timer = setTimeout(run, Math.max(0, Math.min(quietMs, firstEventAt + maxDelayMs - now)));
  };

  // A watch ends with its folder: deleted and created again (a deploy, a restore from backup),
  // the folder is a new one that nobody watches. So a watcher that loses its folder looks for it
  // every pollMs and watches it again, with a reload, once it is back; and one whose folder was
  // replaced before it looked (deleted and made again in one go, or another moved into its place)
  // watches the new folder at once.
  const { pollMs = 1000 } = options;
  let watcher: FSWatcher | undefined;
  let watched: string | undefined;
  let poller: NodeJS.Timeout | undefined;
  let closed = false;

  const waitForFolder = (): void => {
    watcher?.close();
    watcher = undefined;
    if (closed || poller) return;
    logger.warn(`crosscheck: the articles folder ${dir} is gone; watching for it to come back`);
    poller = setInterval(() => {
      if (!existsSync(dir)) return;
      clearInterval(poller);
      poller = undefined;
      logger.info(`crosscheck: the articles folder ${dir} is back; watching it again`);
      arm();
      schedule();
    }, pollMs);
    poller.unref();
  };

  const followFolder = (): void => {
    const now = folderAt(dir);
    if (now === undefined) {
      waitForFolder();
      return;
    }
    if (now === watched || closed) return;
    watcher?.close();
    logger.info(`crosscheck: the articles folder ${dir} was replaced; watching the new one`);
    arm();
  };

  const arm = (): void => {
    try {
      watched = folderAt(dir);
      watcher = (options.watch ?? watchFolder)(dir, { persistent: false }, () => {
        schedule();
        followFolder();
      });
      watcher.on('error', (error) => {
        if (!existsSync(dir)) waitForFolder();
        else logger.error({ err: error }, `crosscheck: watching ${dir} failed; changes will need a restart`);
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') waitForFolder();
      else logger.error({ err: error }, `crosscheck: cannot watch ${dir}; changes will need a restart`);
    }
  };
  arm();

  return {
    close() {
      closed = true;
      clearInterval(poller);
      watcher?.close();
      clearTimeout(timer);
      timer = undefined;
      settleIfIdle();
    },
    settled() {
      if (!timer && !running) return Promise.resolve();
      return new Promise((resolve) => settledWaiters.push(resolve));
    },
  };
}
