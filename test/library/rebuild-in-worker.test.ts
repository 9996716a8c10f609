import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ArticleStore, createArticleStore, openArticleStore, type StoreChange } from '../../src/library/article-store.ts';
import type { Library } from '../../src/library/library.ts';
import type { Article } from '../../src/model/article.ts';
import { loadLibrary } from '../../src/library/load-library.ts';
import { answersOf, answersOfFreshLoad, copySeeds, transcriptQuestions } from '../support/folder-answers.ts';

// A store that rebuilds in a worker thread must answer exactly as one built from the same folder
// at once, as the store that rebuilds on its own thread does (incremental.test.ts).

const SEEDS = join(import.meta.dirname, '../../seeds');
const MIDDLE = '002_01c1ca2bbba549fb.txt';

let dir: string;
let cacheDir: string;
let questions: string[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crosscheck-worker-articles-'));
  cacheDir = await mkdtemp(join(tmpdir(), 'crosscheck-worker-cache-'));
  questions = await transcriptQuestions();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(cacheDir, { recursive: true, force: true });
});

// The store without a cache folder hands over through a temporary one that the process removes as
// it exits; the test runner's workers end without that, so this file removes it itself.
afterAll(async () => {
  for (const name of await readdir(tmpdir())) if (name.startsWith(`crosscheck-rebuild-${process.pid}-`)) await rm(join(tmpdir(), name), { recursive: true, force: true });
});

const WORKER = { rebuildIn: 'worker' } as const;

/**
 * A test that starts a worker: its start and cold build of the seeds, then a build on this thread to
 * compare with, took 17 s under load 19 (2026-12-07) and three such tests ran out vitest's 20 s.
 */
const WORKER_TEST_MS = 60_000;

/** The answers of the five seeds built at once, loaded once for the tests that end with all five. */
let fiveAtOnce: Promise<string[]> | undefined;
const answersOfFiveAtOnce = (): Promise<string[]> => (fiveAtOnce ??= transcriptQuestions().then((all) => answersOfFreshLoad(SEEDS, all)));

describe('an article store that rebuilds in a worker thread', () => {
  // One rebuild in a worker (a thread's start and a whole build) serves the two checks of an added article.
  describe('GIVEN four articles and a fifth added', () => {
    let folder: string;
    let cache: string;
    let store: ArticleStore;
    let held: Article | undefined;
    let change: StoreChange;
    beforeAll(async () => {
      folder = await mkdtemp(join(tmpdir(), 'crosscheck-worker-articles-'));
      cache = await mkdtemp(join(tmpdir(), 'crosscheck-worker-cache-'));
      await copySeeds(folder, [MIDDLE]);
      store = await openArticleStore(folder, () => undefined, { cacheDir: cache, ...WORKER });
      held = store.library.articles[0];
      change = await store.add(MIDDLE, await readFile(join(SEEDS, MIDDLE), 'utf8'));
      // A test's time, not a hook's: the first worker of the file starts here.
    }, 60_000);
    afterAll(async () => {
      await rm(folder, { recursive: true, force: true });
      await rm(cache, { recursive: true, force: true });
    });

    it('THEN answers as the five built at once', async () => {
      expect(change.ok).toBe(true);
      expect(await answersOf(store.library, questions)).toEqual(await answersOfFiveAtOnce());
    });

    it('THEN the articles already held are kept, not copied back from the worker', () => {
      expect(store.library.articles[0]).toBe(held);
    });
  });

  it(
    'GIVEN five articles and one removed THEN answers as the four built at once',
    async () => {
      await copySeeds(dir);
      const store = await openArticleStore(dir, () => undefined, { cacheDir, ...WORKER });
      const change = await store.remove(MIDDLE.replace('.txt', ''));
      expect(change.ok).toBe(true);
      expect(await readdir(dir)).not.toContain(MIDDLE);
      expect(await answersOf(store.library, questions)).toEqual(await answersOfFreshLoad(dir, questions));
    },
    WORKER_TEST_MS,
  );

  it(
    'GIVEN a file edited on disk THEN a reload answers as the folder built at once',
    async () => {
      await copySeeds(dir);
      const store = await openArticleStore(dir, () => undefined, { cacheDir, ...WORKER });
      const text = await readFile(join(dir, MIDDLE), 'utf8');
      await writeFile(join(dir, MIDDLE), `${text.trimEnd()}\n\nThe council said on Friday that the figures would be checked again.\n`);
      await store.reload();
      expect(store.library.articles.find((article) => article.file === MIDDLE)?.text).toContain('checked again');
      expect(await answersOf(store.library, questions)).toEqual(await answersOfFreshLoad(dir, questions));
    },
    WORKER_TEST_MS,
  );

  it(
    'GIVEN a file that can no longer be read THEN keeps its last good version and says since when',
    async () => {
      await copySeeds(dir);
      const store = await openArticleStore(dir, () => undefined, { cacheDir, ...WORKER });
      const good = store.library.articles.find((article) => article.file === MIDDLE);
      await writeFile(join(dir, MIDDLE), '');
      await store.reload();
      expect(store.library.articles.find((article) => article.file === MIDDLE)).toBe(good);
      expect(store.library.warnings).toEqual([expect.objectContaining({ file: MIDDLE, keptFrom: expect.any(String) })]);
    },
    WORKER_TEST_MS,
  );

  it(
    'GIVEN no cache folder THEN rebuilds through a temporary one and answers as the folder built at once',
    async () => {
      await copySeeds(dir, [MIDDLE]);
      const store = await openArticleStore(dir, () => undefined, WORKER);
      await store.add(MIDDLE, await readFile(join(SEEDS, MIDDLE), 'utf8'));
      expect(await answersOf(store.library, questions)).toEqual(await answersOfFiveAtOnce());
    },
    WORKER_TEST_MS,
  );
});

describe('an article store whose worker fails', () => {
  // A cache folder that is a file: the worker cannot save the snapshot it hands the library over through.
  async function storeWithBrokenCache(articles: string, cache: string) {
    await copySeeds(articles, [MIDDLE]);
    const blocked = join(cache, 'not-a-folder');
    await writeFile(blocked, 'a file where the snapshots should go');
    return openArticleStore(articles, () => undefined, { cacheDir: blocked, ...WORKER });
  }

  // One failed rebuild serves both checks: the refusal, and that a store whose worker failed is not stuck.
  describe('GIVEN an article added', () => {
    let folder: string;
    let cache: string;
    let broken: ArticleStore;
    let before: Library;
    let change: StoreChange;
    let libraryAfterRefusal: Library;
    let filesAfterRefusal: string[];
    beforeAll(async () => {
      folder = await mkdtemp(join(tmpdir(), 'crosscheck-worker-articles-'));
      cache = await mkdtemp(join(tmpdir(), 'crosscheck-worker-cache-'));
      broken = await storeWithBrokenCache(folder, cache);
      before = broken.library;
      change = await broken.add(MIDDLE, await readFile(join(SEEDS, MIDDLE), 'utf8'));
      libraryAfterRefusal = broken.library;
      filesAfterRefusal = await readdir(folder);
      // A test's time, not a hook's: a worker starts here.
    }, 60_000);
    afterAll(async () => {
      await rm(folder, { recursive: true, force: true });
      await rm(cache, { recursive: true, force: true });
    });

    it('THEN refuses it with a clear message, removes its file and keeps the library', () => {
      expect(change).toMatchObject({
        ok: false,
        reason: 'rebuild_failed',
        message: expect.stringMatching(/was not added: the library could not be rebuilt \(.+\); the bot answers from the articles as they were/),
      });
      // The message reaches chat users: it names no folder of the machine's.
      expect(JSON.stringify(change)).not.toContain(cache);
      expect(libraryAfterRefusal).toBe(before);
      expect(filesAfterRefusal).not.toContain(MIDDLE);
    });

    it(
      'AND the cache folder mended THEN the next change goes through',
      async () => {
        await rm(join(cache, 'not-a-folder'));
        await mkdir(join(cache, 'not-a-folder'));
        expect((await broken.add(MIDDLE, await readFile(join(SEEDS, MIDDLE), 'utf8'))).ok).toBe(true);
      },
      WORKER_TEST_MS,
    );
  });

  it(
    'GIVEN an article removed THEN puts its file back, keeps the library and says why',
    async () => {
      const broken = await storeWithBrokenCache(dir, cacheDir);
      const before = broken.library;
      const id = before.articles[0]?.id ?? '';
      expect(await broken.remove(id)).toMatchObject({
        ok: false,
        reason: 'rebuild_failed',
        message: expect.stringMatching(/^the library could not be rebuilt \(.+\); the bot answers from the articles as they were$/u),
      });
      expect(broken.library).toBe(before);
      expect((await readdir(dir)).filter((name) => !name.startsWith('.'))).toHaveLength(before.articles.length);
      expect((await readdir(dir)).filter((name) => name.startsWith('.'))).toEqual([]);
    },
    WORKER_TEST_MS,
  );

  it(
    'GIVEN a worker that runs out of memory THEN refuses the article, saying so, and keeps the library',
    async () => {
      await copySeeds(dir, [MIDDLE]);
      const store = createArticleStore(dir, await loadLibrary(dir, () => undefined), undefined, { cacheDir, rebuildIn: 'worker', workerHeapMb: 1 });
      const before = store.library;
      const change = await store.add(MIDDLE, await readFile(join(SEEDS, MIDDLE), 'utf8'));
      expect(change).toMatchObject({ ok: false, reason: 'rebuild_failed', message: expect.stringContaining('it ran out of memory') });
      expect(store.library).toBe(before);
      expect(await readdir(dir)).not.toContain(MIDDLE);
    },
    WORKER_TEST_MS,
  );
});
