import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { listArticleFiles } from '../corpus/load.ts';

/** Where the last load's duration is kept in the cache folder, to estimate the next one. */
const LOAD_TIME_FILE = 'load-time.json';
/** With no load on record: a guess per article file (reading, splitting, analysing) plus a fixed start. */
const GUESS_MS_PER_FILE = 4;
const GUESS_FIXED_MS = 1500;

const Recorded = z.object({ ms: z.number().nonnegative() });

/** How long loading `dir` should take: the last load's time when the cache folder has it, else a guess from the file count. */
export async function expectLoadMs(dir: string, cacheDir?: string): Promise<number> {
  if (cacheDir) {
    const recorded = Recorded.safeParse(await readRecord(join(cacheDir, LOAD_TIME_FILE)));
    if (recorded.success) return recorded.data.ms;
  }
  const files = await listArticleFiles(dir).then(
    (names) => names.length,
    () => 0,
  );
  return GUESS_FIXED_MS + files * GUESS_MS_PER_FILE;
}

/** The recorded load, or undefined when the file is missing or is not JSON (a run killed while writing it leaves it empty). */
async function readRecord(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Keep this load's duration for the next start's estimate; a cache folder that cannot be written is no reason to stop. */
export async function recordLoadMs(ms: number, cacheDir?: string): Promise<void> {
  if (!cacheDir) return;
  await mkdir(cacheDir, { recursive: true })
    .then(() => writeFile(join(cacheDir, LOAD_TIME_FILE), JSON.stringify({ ms: Math.round(ms) })))
    .catch(() => undefined);
}

/** Seconds until a load that started now and should take `expectedMs` is done; at least 1, for "ready in about N s". */
export function startLoadClock(expectedMs: number, now: () => number = Date.now): { secondsLeft(): number; elapsedMs(): number } {
  const started = now();
  return {
    secondsLeft: () => Math.max(1, Math.ceil((expectedMs - (now() - started)) / 1000)),
    elapsedMs: () => now() - started,
  };
}
