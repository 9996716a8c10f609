import { mkdirSync, rmSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArticleStore, type ArticleStore } from '../../src/library/article-store.ts';
import { watchArticles, type ArticleWatcher } from '../../src/runtime/article-watcher.ts';
import { answerLine } from '../../src/runtime/dispatch.ts';
import { eventually, recordingLogger } from '../support/log-lines.ts';
import { readOnlyContext, SEED } from '../support/seeds.ts';

const PUFFINS = 'Puffin colony grows\n\nWardens counted 2,140 puffins on the cliffs this summer, the trust said.\n';

let parent: string;
let dir: string;
let store: ArticleStore;
let watcher: ArticleWatcher;
let lines: string[];

beforeEach(async () => {
  parent = await mkdtemp(join(tmpdir(), 'crosscheck-watch-folder-'));
  dir = join(parent, 'articles');
  await mkdir(dir);
  await copyFile(join('seeds', `${SEED['000']}.txt`), join(dir, `${SEED['000']}.txt`));
  store = await openArticleStore(dir, () => undefined);
  const recorded = recordingLogger();
  lines = recorded.lines;
  watcher = watchArticles(
    dir,
    () => store.library,
    () => store.reload(),
    { logger: recorded.logger, quietMs: 20, maxDelayMs: 100, pollMs: 50 },
  );
});

afterEach(async () => {
  watcher.close();
  await rm(parent, { recursive: true, force: true });
});

describe('the articles folder deleted and created again', () => {
  it('GIVEN the folder deleted, created again and given a new article THEN hot reload picks the article up without a restart', async () => {
    await rm(dir, { recursive: true });
    await eventually(() => lines.some((line) => line.includes('is gone; watching for it to come back')), 10_000, 'the watcher noticing the folder is gone');
    await mkdir(dir);
    await eventually(() => lines.some((line) => line.includes('is back; watching it again')), 10_000, 'the watcher noticing the folder is back');
    await writeFile(join(dir, 'puffins.txt'), PUFFINS);
    await eventually(async () => (await answerLine('/sources 2,140 puffins', readOnlyContext(store.library))).results.length === 1, 10_000, 'the new article');
    expect(store.library.article('puffins')).toBeDefined();
  }, 60_000);

  it('GIVEN a reload while the folder is gone THEN the log says so in one line, with no stack trace, and the library stays', async () => {
    const before = store.library;
    await rm(dir, { recursive: true });
    await eventually(() => lines.some((line) => line.includes('is gone; watching for it to come back')), 10_000, 'the watcher noticing the folder is gone');
    await watcher.settled();
    expect(lines.filter((line) => line.includes('"stack"'))).toEqual([]);
    expect(lines.some((line) => line.includes('reloading the articles failed, the library is unchanged: the articles folder'))).toBe(true);
    expect(store.library.articles).toEqual(before.articles);
  }, 60_000);

  it('GIVEN the folder deleted and created again at once, before the watcher looks THEN hot reload still picks up a new article', async () => {
    // In one turn of the event loop, as a deploy script would: the watcher hears of it only after both.
    rmSync(dir, { recursive: true });
    mkdirSync(dir);
    await eventually(() => lines.some((line) => line.includes('articles reloaded')), 10_000, 'the reload of the new folder');
    await watcher.settled();
    await writeFile(join(dir, 'puffins.txt'), PUFFINS);
    await eventually(async () => (await answerLine('/sources 2,140 puffins', readOnlyContext(store.library))).results.length === 1, 10_000, 'the new article');
  }, 60_000);

  it('GIVEN the folder moved away and another moved into its place THEN hot reload watches the new folder', async () => {
    const replacement = join(parent, 'articles-new');
    await mkdir(replacement);
    await copyFile(join('seeds', `${SEED['000']}.txt`), join(replacement, `${SEED['000']}.txt`));
    await rename(dir, join(parent, 'articles-old'));
    await rename(replacement, dir);
    await eventually(() => lines.some((line) => line.includes('articles reloaded')), 10_000, 'the reload of the new folder');
    await watcher.settled();
    await writeFile(join(dir, 'puffins.txt'), PUFFINS);
    await eventually(async () => (await answerLine('/sources 2,140 puffins', readOnlyContext(store.library))).results.length === 1, 10_000, 'the new article');
  }, 60_000);
});
