import { loadArticles } from './corpus/load.ts';
import { buildLibrary, type Library } from './library.ts';

/** Load every article in `dir` and build the library; skipped files are reported through `warn`. */
export async function loadLibrary(dir: string, warn: (message: string) => void): Promise<Library> {
  const { articles, warnings } = await loadArticles(dir);
  for (const warning of warnings) warn(`crosscheck: skipped ${warning.file}: ${warning.reason}`);
  if (articles.length === 0) warn(`crosscheck: no articles in ${dir}; every search will come back empty.`);
  return buildLibrary(articles, warnings);
}
