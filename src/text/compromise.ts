import { createRequire } from 'node:module';
import type nlp from 'compromise';

let loaded: typeof nlp | undefined;

/**
 * compromise, loaded on first use: importing it took about 0.13 s of a start from the snapshot
 * (its source modules and word lists), for number words and a name lexicon that a start, and most
 * questions, never read. Its CommonJS build is the same release as the modules it replaces.
 */
export function compromise(): typeof nlp {
  loaded ??= createRequire(import.meta.url)('compromise') as typeof nlp;
  return loaded;
}
