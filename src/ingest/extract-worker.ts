/** A worker thread that takes one article out of one page; see extractInWorker. */
import { parentPort, workerData } from 'node:worker_threads';
import { extractPage } from './extract-html.ts';

const { html, url } = workerData as { html: string; url: string };
if (!parentPort) throw new Error('crosscheck: extract-worker.ts runs only as a worker thread');
parentPort.postMessage(extractPage(html, url));
