import { mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArticleStore } from '../../src/library/article-store.ts';
import { loadLibrary } from '../../src/library/load-library.ts';
import { answersOf, answersOfFreshLoad, copySeeds, transcriptQuestions } from '../support/folder-answers.ts';

// A library changed one article at a time must answer exactly as one built from the same folder
// at once: the questions are the seed transcript's own /sources, /who and /compare lines.

const SEEDS = join(import.meta.dirname, '../../seeds');

let dir: string;
let questions: string[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crosscheck-incremental-'));
  questions = await transcriptQuestions();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const MIDDLE = '002_01c1ca2bbba549fb.txt';

describe('a library changed one article at a time', () => {
  it('GIVEN four articles and a fifth added through the store THEN answers as the five built at once', async () => {
    await copySeeds(dir, [MIDDLE]);
    const store = await openArticleStore(dir, () => undefined);
    const change = await store.add(MIDDLE, await readFile(join(SEEDS, MIDDLE), 'utf8'));
    expect(change.ok).toBe(true);
    expect(await answersOf(store.library, questions)).toEqual(await answersOfFreshLoad(dir, questions));
  });

  it('GIVEN five articles and one removed through the store THEN answers as the four built at once', async () => {
    await copySeeds(dir);
    const store = await openArticleStore(dir, () => undefined);
    expect((await store.remove(MIDDLE.replace(/\.txt$/, ''))).ok).toBe(true);
    expect(await answersOf(store.library, questions)).toEqual(await answersOfFreshLoad(dir, questions));
  });

  it('GIVEN an article rewritten by hand and reloaded THEN answers as the folder built at once', async () => {
    await copySeeds(dir);
    const store = await openArticleStore(dir, () => undefined);
    const text = await readFile(join(dir, MIDDLE), 'utf8');
    await unlink(join(dir, MIDDLE));
    // The last paragraph dropped: a correction that changes the article's sentences and names.
    const shorter = `${text.trimEnd().split('\n').slice(0, -1).join('\n')}\n`;
    expect(shorter).not.toBe(text);
    await writeFile(join(dir, MIDDLE), shorter);
    await store.reload();
    expect(store.library.article(MIDDLE.replace(/\.txt$/, ''))?.text).toBe(shorter);
    expect(await answersOf(store.library, questions)).toEqual(await answersOfFreshLoad(dir, questions));
  });

  it('GIVEN a store started from the snapshot THEN its entity readings come from the snapshot, and an added article answers as the folder built at once', async () => {
    await copySeeds(dir, [MIDDLE]);
    const cacheDir = join(dir, '.cache');
    await loadLibrary(dir, () => undefined, { cacheDir });
    const store = await openArticleStore(dir, () => undefined, { cacheDir });
    const [first] = store.library.articles;
    expect(store.library.entities.readings.size).toBe(0);
    expect((await store.library.entityReadings())(first?.id ?? '')).toEqual(first && (await loadLibrary(dir, () => undefined)).entities.readings.get(first.id));
    expect((await store.add(MIDDLE, await readFile(join(SEEDS, MIDDLE), 'utf8'))).ok).toBe(true);
    expect(await answersOf(store.library, questions)).toEqual(await answersOfFreshLoad(dir, questions));
  });
});
