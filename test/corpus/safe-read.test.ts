import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRegularFile, readRegularFileSync } from '../../src/corpus/safe-read.ts';

const TEN_MB = 10 * 1024 * 1024;

let dir: string;
let huge: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crosscheck-safe-read-'));
  // Sparse, so it costs no disk. Read before its size is looked at, it would fail (Node reads at most 2 GB at once).
  huge = join(dir, 'dump.txt');
  await writeFile(huge, '');
  await truncate(huge, 3 * 1024 ** 3);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('a file far over the size cap', () => {
  it('GIVEN a 3 GB file THEN the blocking read (the snapshot path and the read workers) refuses it for its size, unread', () => {
    expect(readRegularFileSync(huge, TEN_MB)).toEqual({ ok: false, reason: 'the file is larger than 10 MB' });
  });

  it('GIVEN a 3 GB file THEN the promise-based read (the loader on this thread) refuses it for its size, unread', async () => {
    expect(await readRegularFile(huge, TEN_MB)).toEqual({ ok: false, reason: 'the file is larger than 10 MB' });
  });
});
