import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectLoadMs, recordLoadMs } from '../../src/runtime/load-clock.ts';

let cacheDir: string;
beforeEach(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'crosscheck-load-clock-'));
});
afterEach(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

describe('the expected load time', () => {
  it('GIVEN a recorded load THEN the next start expects that long', async () => {
    await recordLoadMs(2345.6, cacheDir);
    expect(await expectLoadMs(join(cacheDir, 'no-articles'), cacheDir)).toBe(2346);
  });

  it('GIVEN an empty record left by a run killed while writing it THEN the start guesses instead of failing', async () => {
    await writeFile(join(cacheDir, 'load-time.json'), '');
    expect(await expectLoadMs(join(cacheDir, 'no-articles'), cacheDir)).toBeGreaterThan(0);
  });
});
