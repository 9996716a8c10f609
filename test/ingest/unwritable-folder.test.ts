import { chmod, cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Caller, CommandContext } from '../../commands/define.ts';
import { createPageFetcher } from '../../src/ingest/fetch-page.ts';
import type { ArticleStore } from '../../src/library/article-store.ts';
import { openSeedCopyStore } from '../support/seeds.ts';
import { answerArgs } from '../../src/runtime/dispatch.ts';
import { must } from '../support/must.ts';

const SEEDS = join(import.meta.dirname, '../../seeds');
const ADMIN: Caller = { platform: 'console', userId: 'console', isAdmin: true };
const TEXT = 'Harbour wall repaired\n\nWorkers finished repairing the harbour wall on Monday, the council said, two months after a storm broke part of it.';
/** root writes through any mode bits, so the real chmod case runs only for an ordinary user. */
const RUNNING_AS_ROOT = process.getuid?.() === 0;

let dir: string;
let store: ArticleStore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crosscheck-readonly-'));
  await cp(SEEDS, dir, { recursive: true });
  store = await openSeedCopyStore(dir);
});
afterEach(async () => {
  await chmod(dir, 0o755);
  await rm(dir, { recursive: true, force: true });
});

function context(articles: ArticleStore): CommandContext {
  return { library: articles.library, caller: ADMIN, articles, fetchPage: createPageFetcher() };
}

/** The real store, with its writes failing as the file system fails them in a read-only folder. */
function deniedStore(real: ArticleStore): ArticleStore {
  const denied = Object.assign(new Error(`EACCES: permission denied, open '${dir}/.005_x.md.1.tmp'`), { code: 'EACCES', errno: -13, syscall: 'open' });
  return {
    get library() {
      return real.library;
    },
    add: () => Promise.reject(denied),
    remove: () => Promise.reject(denied),
    reload: real.reload,
    settled: real.settled,
    snapshotSaved: real.snapshotSaved,
  };
}

describe('/add into a folder the bot may not write to', () => {
  it('GIVEN the folder refuses writes THEN answers with one clear sentence, no stack trace, and stores nothing', async () => {
    const answer = await answerArgs('add', { text: TEXT }, context(deniedStore(store)));
    expect(answer).toMatchObject({ ok: false, status: 'bad_input' });
    expect(answer.error).toMatch(/articles folder is not writable by the bot \(permission denied\)/);
    expect(answer.error).not.toMatch(/EACCES|\bat \S+:\d+/);
    expect(await readdir(dir)).toHaveLength(5);
  });

  it('GIVEN the folder refuses writes THEN /remove answers with one clear sentence and the article stays', async () => {
    const id = must(store.library.articles[0]).id;
    const answer = await answerArgs('remove', { id }, context(deniedStore(store)));
    expect(answer).toMatchObject({ ok: false, status: 'bad_input' });
    expect(answer.error).toMatch(/could not be removed: the articles folder is not writable by the bot/);
    expect(store.library.article(id)).toBeDefined();
  });

  it('GIVEN the folder refuses writes THEN the chat answer names no path on the server', async () => {
    const answer = await answerArgs('add', { text: TEXT }, context(deniedStore(store)));
    expect(answer.error).not.toContain(dir);
  });

  it.skipIf(RUNNING_AS_ROOT)('GIVEN a folder made read-only THEN answers with the same sentence', async () => {
    await chmod(dir, 0o555);
    const answer = await answerArgs('add', { text: TEXT }, context(store));
    expect(answer.error).toMatch(/not writable by the bot/);
  });
});
