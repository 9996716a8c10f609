import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Library } from '../../src/library/library.ts';
import { loadLibrary } from '../../src/library/load-library.ts';
import { answerLine } from '../../src/runtime/dispatch.ts';
import { readOnlyContext } from './seeds.ts';

/**
 * Helpers for tests that change a folder of articles and check that the library answers exactly as
 * one built from the folder at once (incremental.test.ts, rebuild-in-worker.test.ts).
 */

const TRANSCRIPT = join(import.meta.dirname, '../library/seeds-transcript.jsonl');
const SEEDS = join(import.meta.dirname, '../../seeds');

/** The seed transcript's own /sources, /who and /compare lines. */
export async function transcriptQuestions(): Promise<string[]> {
  return (await readFile(TRANSCRIPT, 'utf8'))
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { line: string }).line)
    .filter((line) => /^\/(sources|who|compare) /.test(line));
}

/** Copy the seed articles into `dir`, all but the files named in `except`. */
export async function copySeeds(dir: string, except: string[] = []): Promise<void> {
  for (const name of await readdir(SEEDS)) if (!except.includes(name)) await copyFile(join(SEEDS, name), join(dir, name));
}

/** Each question's answer from `library`, as JSON. */
export async function answersOf(library: Library, questions: readonly string[]): Promise<string[]> {
  return Promise.all(questions.map(async (line) => JSON.stringify(await answerLine(line, readOnlyContext(library)))));
}

/** Each question's answer from a library built from `dir` at once. */
export async function answersOfFreshLoad(dir: string, questions: readonly string[]): Promise<string[]> {
  return answersOf(await loadLibrary(dir, () => undefined), questions);
}
