/** A worker thread that reads and parses a share of the article files, and analyses them if asked; see readInWorkers. */
import { parentPort, workerData } from 'node:worker_threads';
import { analyseArticle } from '../analysis/certainty.ts';
import { readEntityMentions } from '../analysis/entity-mentions.ts';
import { readArticleFilesSync } from './read.ts';
import { packResult, READ_BATCH_FILES, type ReadTask } from './parallel-read.ts';

const task = workerData as ReadTask;
for (let from = 0; from < task.names.length; from += READ_BATCH_FILES) {
  const results = readArticleFilesSync(task.dir, task.names.slice(from, from + READ_BATCH_FILES));
  if (task.analyse) {
    for (const result of results) {
      if (!result.ok) continue;
      result.analysis = analyseArticle(result.article);
      result.entities = readEntityMentions(result.article);
    }
  }
  if (!parentPort) throw new Error('crosscheck: read-worker.ts runs only as a worker thread');
  parentPort.postMessage(results.map(packResult));
}
