import { copyFile, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArticleStore, type ArticleStore } from '../../src/library/article-store.ts';
import { answerLine } from '../../src/runtime/dispatch.ts';
import type { Library } from '../../src/library/library.ts';
import { watchArticles, type ArticleWatcher } from '../../src/runtime/article-watcher.ts';
import { eventually, recordingLogger } from '../support/log-lines.ts';
import { readOnlyContext, SEED } from '../support/seeds.ts';

let dir: string;
let store: ArticleStore;
let watcher: ArticleWatcher;
let reloads: number;
let lines: string[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crosscheck-watch-'));
  for (const prefix of ['000', '003'] as const) await copyFile(join('seeds', `${SEED[prefix]}.txt`), join(dir, `${SEED[prefix]}.txt`));
  store = await openArticleStore(dir, () => undefined);
  reloads = 0;
  const recorded = recordingLogger();
  lines = recorded.lines;
  watcher = watchArticles(
    dir,
    () => store.library,
    () => store.reload(),
    { logger: recorded.logger, onReload: () => void (reloads += 1) },
  );
});

afterEach(async () => {
  watcher.close();
  await rm(dir, { recursive: true, force: true });
});

const ask = (line: string, library: Library = store.library) => answerLine(line, readOnlyContext(library));
const article = (headline: string, body: string): string => `${headline}\n\n${body}\n`;

describe('hot reload of the articles folder', () => {
  it('GIVEN a file added, changed, then deleted THEN each change is in the answers without a restart', async () => {
    await writeFile(join(dir, 'new_article.txt'), article('Quokka census begins', 'Rangers counted 412 quokkas on the island this spring, officials said.'));
    await eventually(async () => (await ask('/sources 412 quokkas')).results.length === 1, 5000, 'the added article');

    await writeFile(join(dir, 'new_article.txt'), article('Quokka census ends', 'Rangers counted 515 quokkas on the island this autumn, officials said.'));
    await eventually(async () => (await ask('/sources 515 quokkas')).results.length === 1, 5000, 'the changed article');
    expect((await ask('/sources 412 quokkas')).results).toHaveLength(0);

    await unlink(join(dir, 'new_article.txt'));
    await eventually(() => store.library.article('new_article') === undefined, 5000, 'the deletion');
    expect(store.library.articles).toHaveLength(2);
  });

  it('GIVEN a file rewritten as something unreadable THEN its last good version stays, with a warning in the log and in /source', async () => {
    await writeFile(join(dir, 'kept.txt'), article('Otters return', 'Forty otters returned to the estuary, the trust said.'));
    await eventually(() => store.library.article('kept') !== undefined, 5000, 'the new article');
    const before = store.library;
    await writeFile(join(dir, 'kept.txt'), Buffer.from([0x4f, 0x00, 0xff, 0xfe]));
    await eventually(() => store.library.warnings.some((warning) => warning.file === 'kept.txt' && warning.keptFrom !== undefined), 5000, 'the kept version');
    // The library was rebuilt, yet the article is still searchable at its old text.
    expect(store.library).not.toBe(before);
    expect((await ask('/sources forty otters')).results[0]?.articleId).toBe('kept');
    expect(lines.some((line) => line.includes('kept.txt cannot be read now') && line.includes('last good version from'))).toBe(true);
    const profile = await ask('/source kept');
    expect(profile.notes.map((note) => note.code)).toContain('stale_version');
    expect(profile.notes.find((note) => note.code === 'stale_version')?.message).toMatch(/last good version, from \d{4}-/u);

    await unlink(join(dir, 'kept.txt'));
    await eventually(() => store.library.article('kept') === undefined, 5000, 'the deletion of a kept file');
  });

  // A hundred files, not 500 (2026-12-07): either way the burst was loaded in one reload, with the watcher's quiet
  // time or without it, and a reload per file fails either; 500 files were read in worker threads, and the test
  // took 7.6 s against 2.0 s. More time than vitest's 20 s, as a loaded machine may need.
  it('GIVEN 100 files copied in at once THEN they are all loaded in one or a few rebuilds, not 100', async () => {
    await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        writeFile(join(dir, `bulk_${String(i).padStart(3, '0')}.txt`), article(`Bulletin ${i}`, `Station ${i} logged ${1000 + i} millimetres of rain overnight, the bureau said.`)),
      ),
    );
    await eventually(() => store.library.articles.length === 102, 20_000, 'all 100 files');
    await watcher.settled();
    expect(reloads).toBeGreaterThanOrEqual(1);
    expect(reloads).toBeLessThanOrEqual(5);
    expect((await ask('/sources 1099 millimetres')).results[0]?.articleId).toBe('bulk_099');
  }, 60_000);

  it('GIVEN a query in flight during a reload THEN it finishes on the library it started with', async () => {
    const pinned = store.library;
    await writeFile(join(dir, 'later.txt'), article('Later story', 'Nine herons nested by the weir, wardens said.'));
    await eventually(() => store.library !== pinned, 5000, 'the reload');
    expect((await ask('/sources nine herons', pinned)).results).toHaveLength(0);
    expect((await ask('/sources nine herons')).results).toHaveLength(1);
  });
});
