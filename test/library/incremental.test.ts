import { copyFile, mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArticleStore } from '../../src/library/article-store.ts';
import type { Library } from '../../src/library/library.ts';
import { loadLibrary } from '../../src/library/load-library.ts';
import { answerLine } from '../../src/runtime/dispatch.ts';
import { readOnlyContext } from '../support/seeds.ts';

// A library changed one article at a time must answer exactly as one built from the same folder
// at once: the questions are the seed transcript's own /sources, /who and /compare lines.

const TRANSCRIPT = join(import.meta.dirname, 'seeds-transcript.jsonl');
const SEEDS = join(import.meta.dirname, '../../seeds');

let dir: string;
let questions: string[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crosscheck-incremental-'));
  questions = (await readFile(TRANSCRIPT, 'utf8'))
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { line: string }).line)
    .filter((line) => /^\/(sources|who|compare) /.test(line));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function copySeeds(except: string[] = []): Promise<void> {
  for (const name of await readdir(SEEDS)) if (!except.includes(name)) await copyFile(join(SEEDS, name), join(dir, name));
}

async function answersOf(library: Library): Promise<string[]> {
  return Promise.all(questions.map(async (line) => JSON.stringify(await answerLine(line, readOnlyContext(library)))));
}

async function answersOfFreshLoad(): Promise<string[]> {
  return answersOf(await loadLibrary(dir, () => undefined));
}

const MIDDLE = '002_01c1ca2bbba549fb.txt';

describe('a library changed one article at a time', () => {
  it('GIVEN four articles and a fifth added through the store THEN answers as the five built at once', async () => {
    await copySeeds([MIDDLE]);
    const store = await openArticleStore(dir, () => undefined);
    const change = await store.add(MIDDLE, await readFile(join(SEEDS, MIDDLE), 'utf8'));
    expect(change.ok).toBe(true);
    expect(await answersOf(store.library)).toEqual(await answersOfFreshLoad());
  });

  it('GIVEN five articles and one removed through the store THEN answers as the four built at once', async () => {
    await copySeeds();
    const store = await openArticleStore(dir, () => undefined);
    expect((await store.remove(MIDDLE.replace(/\.txt$/, ''))).ok).toBe(true);
    expect(await answersOf(store.library)).toEqual(await answersOfFreshLoad());
  });

  it('GIVEN an article rewritten by hand and reloaded THEN answers as the folder built at once', async () => {
    await copySeeds();
    const store = await openArticleStore(dir, () => undefined);
    const text = await readFile(join(dir, MIDDLE), 'utf8');
    await unlink(join(dir, MIDDLE));
    // The last paragraph dropped: a correction that changes the article's sentences and names.
    const shorter = `${text.trimEnd().split('\n').slice(0, -1).join('\n')}\n`;
    expect(shorter).not.toBe(text);
    await writeFile(join(dir, MIDDLE), shorter);
    await store.reload();
    expect(store.library.article(MIDDLE.replace(/\.txt$/, ''))?.text).toBe(shorter);
    expect(await answersOf(store.library)).toEqual(await answersOfFreshLoad());
  });

  it('GIVEN a store started from the snapshot THEN its entity readings come from the snapshot, and an added article answers as the folder built at once', async () => {
    await copySeeds([MIDDLE]);
    const cacheDir = join(dir, '.cache');
    await loadLibrary(dir, () => undefined, { cacheDir });
    const store = await openArticleStore(dir, () => undefined, { cacheDir });
    const [first] = store.library.articles;
    expect(store.library.entities.readings.size).toBe(0);
    expect((await store.library.entityReadings())(first?.id ?? '')).toEqual(first && (await loadLibrary(dir, () => undefined)).entities.readings.get(first.id));
    expect((await store.add(MIDDLE, await readFile(join(SEEDS, MIDDLE), 'utf8'))).ok).toBe(true);
    expect(await answersOf(store.library)).toEqual(await answersOfFreshLoad());
  });
});
