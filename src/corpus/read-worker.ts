/** A worker thread that reads and parses a share of the article files; see readInWorkers. */
import { parentPort, workerData } from 'node:worker_threads';
import { readArticleFiles } from './load.ts';
import { packResult, type ReadTask } from './parallel-read.ts';

const task = workerData as ReadTask;
const results = await readArticleFiles(task.dir, task.names);
parentPort!.postMessage(results.map(packResult));
