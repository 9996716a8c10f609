/** A worker thread that reads and parses a share of the article files, and analyses them if asked; see readInWorkersAhead. */
import { parentPort, workerData } from 'node:worker_threads';
import { analyseArticleSafely, readEntityMentionsSafely } from '../analysis/safe-reading.ts';
import { readArticleFilesSync, type ReadResult } from './read.ts';
import type { Article } from '../model/article.ts';
import { analyseOnce, packResult, type AnalysedWork, type ReadMessage, type ReadTask } from './parallel-read.ts';

const task = workerData as ReadTask;
if (!parentPort) throw new Error('crosscheck: read-worker.ts runs only as a worker thread');
const port = parentPort;
const post = (message: ReadMessage): void => port.postMessage(message);
// Every file is read first, so that this thread's owner can build what needs no analysis while the analyses run.
const batches: ReadResult[][] = [];
for (let from = 0; from < task.names.length; from += task.batchFiles) {
  const batch = readArticleFilesSync(task.dir, task.names.slice(from, from + task.batchFiles));
  batches.push(batch);
  post({ kind: 'read', results: batch.map(packResult) });
}
// Each batch is let go once analysed: its memory serves the rest while the library is built beside this worker.
// A copy of an earlier article of the share is posted as that article's place, not analysed again (see analyseOnce).
const first = new Map<string, number>();
const analyse = (article: Article): AnalysedWork => ({ analysis: analyseArticleSafely(article), entities: readEntityMentionsSafely(article) });
let at = 0;
for (let batch = batches.shift(); task.analyse && batch; batch = batches.shift()) {
  const work = batch.map((result, i) => analyseOnce(result, at + i, first, analyse));
  post({ kind: 'analysed', at, work });
  at += batch.length;
}
