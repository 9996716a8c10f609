import { Worker } from 'node:worker_threads';
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
 * Worker threads do not inherit tsx's loader hooks, so the worker registers tsx before importing
 * the TypeScript worker module (as the folder reader does).
 */
function workerSource(): string {
  const worker = new URL('./extract-worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}); });`;
}

/**
 * Take the article out of `html` in a worker thread with a time and a memory limit, so that
 * parsing a hostile page (deep nesting, a million elements) never holds up the commands of other
 * channels. A worker past its limit is terminated and the page refused with the reason. Where no
 * worker can start (a runner without `import.meta.resolve`), the page is read on this thread,
 * still under extractPage's element and depth caps.
 */
export function extractInWorker(html: string, url: string, limits: ExtractLimits = DEFAULT_EXTRACT_LIMITS): Promise<ExtractResult> {
  let source: string;
  try {
    source = workerSource();
  } catch {
    // Imported here, not above: the page parser (linkedom) took about 0.3 s of CPU to load, which every
    // start of the bot and every one-question `npm run ask` paid for an /add that the worker serves anyway.
    return import('./extract-html.ts').then(({ extractPage }) => extractPage(html, url));
  }
  return new Promise((resolve) => {
    const worker = new Worker(source, { eval: true, workerData: { html, url }, resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb } });
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
