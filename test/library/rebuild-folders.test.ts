import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeStaleRebuildFolders } from '../../src/library/rebuild-in-worker.ts';

let parent: string;

beforeEach(async () => {
  parent = await mkdtemp(join(tmpdir(), 'crosscheck-rebuild-parent-'));
});
afterEach(() => rm(parent, { recursive: true, force: true }));

// No process has a pid this large on Linux (its limit is 2^22), so the bot that made it is gone.
const GONE = 2 ** 30;

describe('the temporary snapshot folders of stores opened without a cache folder', () => {
  it('GIVEN a folder left by a bot that is no longer running THEN removes it', async () => {
    await mkdir(join(parent, `crosscheck-rebuild-${GONE}-a1b2c3`, 'library-0123456789abcdef'), { recursive: true });
    expect(removeStaleRebuildFolders(parent)).toEqual([`crosscheck-rebuild-${GONE}-a1b2c3`]);
    expect(await readdir(parent)).toEqual([]);
  });

  it('GIVEN the folder of a bot still running THEN leaves it', async () => {
    await mkdir(join(parent, `crosscheck-rebuild-${process.pid}-d4e5f6`));
    expect(removeStaleRebuildFolders(parent)).toEqual([]);
    expect(await readdir(parent)).toEqual([`crosscheck-rebuild-${process.pid}-d4e5f6`]);
  });

  it('GIVEN a folder of another program THEN leaves it', async () => {
    await mkdir(join(parent, 'someone-elses-cache'));
    expect(removeStaleRebuildFolders(parent)).toEqual([]);
  });
});
