import { Worker, type WorkerOptions } from 'node:worker_threads';
import { startSourceWorker } from '../corpus/source-worker.ts';
import type { ExtractResult } from './extract-html.ts';

/** What one page's extraction may cost before it is stopped. */
export interface ExtractLimits {
  /** Wall time for the worker, start-up included, in milliseconds. */
  timeoutMs: number;
  /** The worker's heap (V8 old generation), in megabytes. */
  maxHeapMb: number;
}

/**
 * 10 s and 256 MB: an ordinary article page takes well under a second and a few tens of MB,
 * start-up included, so only a hostile or broken page meets either.
 */
export const DEFAULT_EXTRACT_LIMITS: ExtractLimits = { timeoutMs: 10_000, maxHeapMb: 256 };

/** Takes the article out of a page; a slow or hostile page costs its own request only. */
export type PageExtractor = (html: string, url: string) => Promise<ExtractResult>;

/**
 * The worker thread for a page. Compiled (`npm run build`), it is `extract-worker.js` beside this
 * file: started from the TypeScript sources' name there, it could not be found, and every `/add`
 * of a link under `npm start` failed. From the TypeScript sources, its bundle (see
 * startSourceWorker). `moduleUrl` is this module's URL, given so a test can ask for either.
 */
export function startExtractWorker(options: WorkerOptions, moduleUrl: string = import.meta.url): Promise<Worker> {
  if (moduleUrl.endsWith('.js')) return Promise.resolve(new Worker(new URL('./extract-worker.js', moduleUrl), options));
  return startSourceWorker(new URL('./extract-worker.ts', moduleUrl), options);
}

/**
 * Take the article out of `html` in a worker thread with a time and a memory limit, so that
 * parsing a hostile page (deep nesting, a million elements) never holds up the commands of other
 * channels. A worker past its limit is terminated and the page refused with the reason. Where no
 * worker can start (a runner without `import.meta.resolve`), the page is read on this thread,
 * still under extractPage's element and depth caps.
 */
export function extractInWorker(html: string, url: string, limits: ExtractLimits = DEFAULT_EXTRACT_LIMITS): Promise<ExtractResult> {
  const started = startExtractWorker({ workerData: { html, url }, resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb } });
  return started.then(
    (worker) => readInWorker(worker, limits),
    // Imported here, not above: the page parser (linkedom) took about 0.3 s of CPU to load, which every
    // start of the bot and every one-question `npm run ask` paid for an /add that the worker serves anyway.
    () => import('./extract-html.ts').then(({ extractPage }) => extractPage(html, url)),
  );
}

/** The page's article as `worker` gives it, or the reason it was stopped (see ExtractLimits). */
function readInWorker(worker: Worker, limits: ExtractLimits): Promise<ExtractResult> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: ExtractResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ ok: false, reason: `reading the page took longer than ${limits.timeoutMs / 1000} seconds, so I stopped` }), limits.timeoutMs);
    worker.once('message', (result: ExtractResult) => finish(result));
    worker.once('error', (error: NodeJS.ErrnoException) =>
      finish({
        ok: false,
        reason: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `reading the page needed more than ${limits.maxHeapMb} MB of memory, so I stopped` : `reading the page failed (${error.message})`,
      }),
    );
    worker.once('exit', (code) => finish({ ok: false, reason: `reading the page stopped unexpectedly (exit code ${code})` }));
  });
}
