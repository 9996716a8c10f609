/** A worker thread that reads and parses a share of the article files, and analyses them if asked; see readInWorkersAhead. */
import { parentPort, workerData } from 'node:worker_threads';
import { analyseArticleSafely, readEntityMentionsSafely } from '../analysis/safe-reading.ts';
import { readArticleFilesSync } from './read.ts';
import type { Article } from '../model/article.ts';
import { keptForAnalysis, packResult, type ReadMessage, type ReadTask, type ShareWork } from './parallel-read.ts';

const task = workerData as ReadTask;
if (!parentPort) throw new Error('crosscheck: read-worker.ts runs only as a worker thread');
const port = parentPort;
const post = (message: ReadMessage): void => port.postMessage(message);
// Every file is read first, so that this thread's owner can build what needs no analysis while the analyses run; of each
// batch only what the analysis reads is kept meanwhile (see keptForAnalysis).
const first = new Map<string, number>();
// The articles read so far, by format and bytes: a copy of one is not split again (see readArticle).
const read = new Map<string, Article>();
const toAnalyse: (Article | number | undefined)[][] = [];
for (let from = 0; from < task.names.length; from += task.batchFiles) {
  const batch = readArticleFilesSync(task.dir, task.names.slice(from, from + task.batchFiles), read);
  post({ kind: 'read', results: batch.map(packResult) });
  if (task.analyse) toAnalyse.push(keptForAnalysis(batch, from, first));
}
// From here each batch's articles are kept until it is analysed, no longer (see below).
read.clear();
// Each batch is let go once analysed: its memory serves the rest while the library is built beside this worker.
let at = 0;
for (let batch = toAnalyse.shift(); batch; batch = toAnalyse.shift()) {
  const work = batch.map((kept): ShareWork => (typeof kept === 'object' ? { analysis: analyseArticleSafely(kept), entities: readEntityMentionsSafely(kept) } : kept));
  post({ kind: 'analysed', at, work });
  at += batch.length;
}
