/** A worker thread that reads and parses a share of the article files, and analyses them if asked; see readInWorkersAhead. */
import { parentPort, workerData } from 'node:worker_threads';
import { analyseArticle } from '../analysis/certainty.ts';
import { readEntityMentions } from '../analysis/entity-mentions.ts';
import { readArticleFilesSync, type ReadResult } from './read.ts';
import { packResult, READ_BATCH_FILES, type AnalysedWork, type ReadMessage, type ReadTask } from './parallel-read.ts';

const task = workerData as ReadTask;
if (!parentPort) throw new Error('crosscheck: read-worker.ts runs only as a worker thread');
const port = parentPort;
const post = (message: ReadMessage): void => port.postMessage(message);
// Every file is read first, so that this thread's owner can build what needs no analysis while the analyses run.
const batches: ReadResult[][] = [];
for (let from = 0; from < task.names.length; from += READ_BATCH_FILES) {
  const batch = readArticleFilesSync(task.dir, task.names.slice(from, from + READ_BATCH_FILES));
  batches.push(batch);
  post({ kind: 'read', results: batch.map(packResult) });
}
// Each batch is let go once analysed: its memory serves the rest while the library is built beside this worker.
let at = 0;
for (let batch = batches.shift(); task.analyse && batch; batch = batches.shift()) {
  const work = batch.map((result): AnalysedWork | undefined => (result.ok ? { analysis: analyseArticle(result.article), entities: readEntityMentions(result.article) } : undefined));
  post({ kind: 'analysed', at, work });
  at += batch.length;
}
