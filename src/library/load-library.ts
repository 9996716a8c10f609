import { loadArticles } from '../corpus/load.ts';
import { buildLibrary, type Library } from './library.ts';
import { loadLibraryCached } from './snapshot.ts';

/**
 * Load every article in `dir` and build the library; skipped files are reported through `warn`.
 * With `cacheDir`, start from the library snapshot there when the articles and code are unchanged
 * (see loadLibraryCached) and leave a fresh one behind. Unless `readAhead` is false, a library
 * started from the snapshot then reads ahead between commands (see Library.warmUp).
 */
export async function loadLibrary(dir: string, warn: (message: string) => void, options: LoadLibraryOptions = {}): Promise<Library> {
  const { cacheDir } = options;
  const library = cacheDir ? (await loadLibraryCached(dir, { cacheDir, warn })).library : await loadUncached(dir);
  for (const warning of library.warnings) warn(`crosscheck: skipped ${warning.file}: ${warning.reason}`);
  if (library.articles.length === 0) warn(`crosscheck: no articles in ${dir}; every search will come back empty.`);
  if (options.readAhead === false) return library;
  void library.warmUp().catch((error: Error) => warn(`crosscheck: could not read ahead in the library (${error.message}); it reads on demand instead.`));
  return library;
}

export interface LoadLibraryOptions {
  cacheDir?: string;
  /**
   * False for a process that answers one command and exits: the read-ahead keeps the event loop
   * busy until every saved analysis is parsed, which held a one-shot `npm run ask` at BBC x10
   * for about 0.7 s after its answer.
   */
  readAhead?: boolean;
}

async function loadUncached(dir: string): Promise<Library> {
  const { articles, warnings, analyses, entities } = await loadArticles(dir);
  return buildLibrary(articles, warnings, { analyses, entities });
}
