import { inject } from 'vitest';
import type { ProcessScript } from './global-setup.ts';

/**
 * node's arguments that run `script` as `npm start` and `npm run ask` run theirs, from one module
 * compiled before the run (global-setup.ts), as `dist/` is compiled before a start: through tsx,
 * every process compiled and loaded the sources file by file, twice the CPU of a start from one
 * file. A stack trace names the bundle's lines, not the sources' (a source map cost each start a
 * third of a second of CPU): to see the sources, run the script with `node --import tsx`.
 */
export function nodeArgsFor(script: ProcessScript): string[] {
  return [inject('processBundles')[script]];
}

/**
 * The cache folder for the processes the tests start, made for the run: the project's `.cache/`
 * is `npm start`'s, and a snapshot the tests left there made the first start after them rebuild,
 * saying the snapshot was made by another version of crosscheck.
 */
export function processCacheDir(): string {
  return inject('processCacheDir');
}
