/** A worker thread that rebuilds the library and saves its snapshot, for the article store; see rebuildInWorker. */
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../model/article.ts';
import { keepLastGood } from './load-library.ts';
import type { RebuildReply, RebuildRequest, RebuildTask } from './rebuild-in-worker.ts';
import { rebuildIntoSnapshot } from './snapshot.ts';

const task = workerData as RebuildTask;
const port = workerPort();

function workerPort(): MessagePort {
  if (!parentPort) throw new Error('crosscheck: rebuild-worker runs only as a worker thread (see rebuildInWorker)');
  return parentPort;
}

/** The last good versions of the files that could not be read, asked of the thread that holds them. */
function askForGoodVersions(files: string[]): Promise<RebuildRequest & { kind: 'good' }> {
  return new Promise((resolve) => {
    port.once('message', (message: RebuildRequest) => {
      if (message.kind === 'good') resolve(message);
    });
    port.postMessage({ kind: 'unreadable', files } satisfies RebuildReply);
  });
}

async function rebuild(): Promise<RebuildReply> {
  const previous = new Map(task.previous);
  const library = await rebuildIntoSnapshot(task.dir, {
    cacheDir: task.cacheDir,
    scan: { signatures: new Map(task.scan.signatures), at: task.scan.at },
    async adjust(loaded) {
      const unreadable = loaded.warnings.map((warning) => warning.file).filter((file) => previous.has(file));
      if (unreadable.length === 0) return loaded;
      const { articles, goodSince } = await askForGoodVersions(unreadable);
      return keepLastGood(loaded, articles, new Map(goodSince));
    },
  });
  // An article the other thread already holds, the same bytes, is named rather than copied.
  const articles = library.articles.map((article): string | Article => (previous.get(article.file) === article.contentHash ? article.file : article));
  return { kind: 'built', articles, warnings: [...library.warnings] };
}

rebuild().then(
  (reply) => port.postMessage(reply),
  // The reason reaches chat users: a file system error is named by its code, not by the cache folder's path.
  (error: NodeJS.ErrnoException) => port.postMessage({ kind: 'failed', message: error.code ? `the snapshot folder could not be used: ${error.code}` : error.message } satisfies RebuildReply),
);
