import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addArticle, MAX_STORED_ARTICLE_BYTES, type AddDependencies } from '../../src/ingest/add-article.ts';
import { extractPage, MAX_DEPTH, MAX_ELEMENTS } from '../../src/ingest/extract-html.ts';
import { extractInWorker, startExtractWorker } from '../../src/ingest/extract-in-worker.ts';
import { createPageFetcher } from '../../src/ingest/fetch-page.ts';
import type { ArticleStore } from '../../src/library/article-store.ts';
import { openSeedCopyStore } from '../support/seeds.ts';
import { answerLine } from '../../src/runtime/dispatch.ts';

const SEEDS = join(import.meta.dirname, '../../seeds');
const PARAGRAPH = '<p>Residents of the valley said the new bridge had been closed twice since it opened, and the council said repairs would take weeks.</p>';

/** A page of a few KB whose elements nest `depth` deep around one real paragraph. */
function nestedPage(depth: number): string {
  return `<html><body>${'<div>'.repeat(depth)}${PARAGRAPH.repeat(3)}${'</div>'.repeat(depth)}</body></html>`;
}

let dir: string;
let store: ArticleStore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crosscheck-hostile-'));
  await cp(SEEDS, dir, { recursive: true });
  store = await openSeedCopyStore(dir);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function dependencies(): AddDependencies {
  return { store, fetchPage: createPageFetcher(), addedBy: 'console', now: new Date('2025-12-04T12:00:00Z') };
}

describe('pages too deep or too big to be articles', () => {
  it('GIVEN elements nested deeper than the cap THEN refuses the page and says why', () => {
    expect(extractPage(nestedPage(MAX_DEPTH + 50), 'https://valley.example/bridge')).toEqual({ ok: false, reason: expect.stringMatching(/nests its elements more than 150 deep/) });
  });

  // One paragraph over the cap is refused as 200,000 are; parsing the 200,000 took 1.5 s of CPU.
  it('GIVEN more short paragraphs than the element cap THEN refuses the page for its element count', () => {
    const page = `<html><body>${'<p>Yes.</p>'.repeat(MAX_ELEMENTS + 1)}</body></html>`;
    expect(extractPage(page, 'https://valley.example/list')).toEqual({ ok: false, reason: expect.stringMatching(/more than 20,000 elements/) });
    expect(MAX_ELEMENTS).toBe(20_000);
  });

  it('GIVEN an ordinary nested layout within the caps THEN still finds the article', () => {
    const result = extractPage(nestedPage(40), 'https://valley.example/bridge');
    expect(result.ok && result.article.paragraphs).toHaveLength(3);
  });
});

describe('extraction in a worker thread', () => {
  it('GIVEN the compiled app THEN the worker is the compiled extract-worker.js beside the module, not its TypeScript source', async () => {
    const compiled = await mkdtemp(join(tmpdir(), 'crosscheck-compiled-'));
    try {
      await writeFile(join(compiled, 'extract-worker.js'), "import { parentPort } from 'node:worker_threads';\nparentPort.postMessage('the compiled worker');\n");
      const worker = await startExtractWorker({}, pathToFileURL(join(compiled, 'extract-in-worker.js')).href);
      const message = await new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      await worker.terminate();
      expect(message).toBe('the compiled worker');
    } finally {
      await rm(compiled, { recursive: true, force: true });
    }
  });

  it('GIVEN a page THEN the worker gives the same article as this thread', async () => {
    const page = nestedPage(10);
    expect(await extractInWorker(page, 'https://valley.example/bridge')).toEqual(extractPage(page, 'https://valley.example/bridge'));
  });

  it('GIVEN a worker past its time limit THEN it is stopped and the page refused with the reason', async () => {
    expect(await extractInWorker(nestedPage(10), 'https://valley.example/bridge', { timeoutMs: 1, maxHeapMb: 256 })).toEqual({
      ok: false,
      reason: expect.stringMatching(/took longer than 0\.001 seconds/),
    });
  });

  it('GIVEN a page that needs more memory than the worker may use THEN the worker is stopped and the page refused with the reason', async () => {
    const page = `<html><body>${'<div><p>The council said the ferry would run again on Friday after the storms.</p></div>'.repeat(9_000)}</body></html>`;
    expect(await extractInWorker(page, 'https://islands.example/ferry', { timeoutMs: 60_000, maxHeapMb: 16 })).toEqual({
      ok: false,
      reason: expect.stringMatching(/needed more than 16 MB of memory/),
    });
  }, 90_000);

  it('GIVEN a hostile page being extracted for /add THEN a timer set before it and another command are both answered before it ends', async () => {
    let settled = false;
    let timerFiredFirst = false;
    setTimeout(() => (timerFiredFirst = !settled), 0);
    const adding = addArticle({ kind: 'file', name: 'valley.html', content: nestedPage(700) }, dependencies()).finally(() => (settled = true));
    const other = await answerLine('/sources troops', { library: store.library, caller: { platform: 'console', userId: 'console', isAdmin: true } });
    expect(other.ok).toBe(true);
    expect(settled).toBe(false);
    const outcome = await adding;
    expect(timerFiredFirst).toBe(true);
    expect(outcome).toMatchObject({ status: 'failed', failure: { code: 'no_article' } });
  }, 60_000);
});

describe('how much one article may take on disk', () => {
  it('GIVEN an article longer than the stored-size cap THEN stores nothing and says the size and the cap', async () => {
    const sentences = Array.from({ length: 2_500 }, (_, i) => `The council said on day ${i + 1} that the bridge over the river would stay closed while engineers checked its supports.`);
    const text = `Bridge stays shut\n\n${sentences.join('\n\n')}`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(MAX_STORED_ARTICLE_BYTES);
    const before = await readdir(dir);
    const outcome = await addArticle({ kind: 'file', name: 'bridge.txt', content: text }, dependencies());
    expect(outcome).toMatchObject({ status: 'failed', failure: { code: 'too_long', maxBytes: MAX_STORED_ARTICLE_BYTES } });
    expect(await readdir(dir)).toEqual(before);
  });
});
