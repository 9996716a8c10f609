import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runConsole } from '../../src/adapters/console.ts';
import { openArticleStore } from '../../src/library/article-store.ts';
import { createPageFetcher } from '../../src/ingest/fetch-page.ts';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crosscheck-console-'));
  await cp(join(import.meta.dirname, '../../seeds'), dir, { recursive: true });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('the console', () => {
  it('GIVEN /add then a search THEN the search already finds the new article', async () => {
    const store = await openArticleStore(dir, () => undefined);
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    const input = Readable.from(['/add The lighthouse keeper retired on Sunday after forty years, the harbour board said.\n', '/sources lighthouse keeper\n']);
    await runConsole(store, createPageFetcher(), input, output, false);
    expect(printed).toMatch(/^Added: 005_[0-9a-f]{16}/);
    expect(printed).toMatch(/Sources for “lighthouse keeper”[\s\S]*The lighthouse keeper retired on Sunday/);
  });
});
