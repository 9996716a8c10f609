import { loadArticles } from '../corpus/load.ts';
import { buildLibrary, type Library } from './library.ts';
import { loadLibraryCached } from './snapshot.ts';

/**
 * Load every article in `dir` and build the library; skipped files are reported through `warn`.
 * With `cacheDir`, start from the library snapshot there when the articles and code are unchanged
 * (see loadLibraryCached) and leave a fresh one behind.
 */
export async function loadLibrary(dir: string, warn: (message: string) => void, options: { cacheDir?: string } = {}): Promise<Library> {
  const { cacheDir } = options;
  const library = cacheDir ? (await loadLibraryCached(dir, { cacheDir, warn })).library : await loadUncached(dir);
  for (const warning of library.warnings) warn(`crosscheck: skipped ${warning.file}: ${warning.reason}`);
  if (library.articles.length === 0) warn(`crosscheck: no articles in ${dir}; every search will come back empty.`);
  void library.warmUp().catch((error: Error) => warn(`crosscheck: could not read ahead in the library (${error.message}); it reads on demand instead.`));
  return library;
}

async function loadUncached(dir: string): Promise<Library> {
  const { articles, warnings, analyses, entities } = await loadArticles(dir);
  return buildLibrary(articles, warnings, { analyses, entities });
}
