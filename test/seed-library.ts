import { fileURLToPath } from 'node:url';
import { loadArticles } from '../src/corpus/load.ts';
import { buildLibrary, type Library } from '../src/library.ts';
import type { Sentence } from '../src/corpus/types.ts';

const SEEDS = fileURLToPath(new URL('../seeds/', import.meta.url));
let cached: Promise<Library> | undefined;

/** The library built from the seed articles, once per test file. */
export function seedLibrary(): Promise<Library> {
  cached ??= loadArticles(SEEDS).then(({ articles, warnings }) => buildLibrary(articles, warnings));
  return cached;
}

/** The seed sentence of article `prefix` (`'003'`) that contains `words`. */
export function seedSentence(library: Library, prefix: string, words: string): Sentence {
  const article = library.articles.find((candidate) => candidate.id.startsWith(prefix));
  const sentence = article?.sentences.find((candidate) => candidate.text.includes(words));
  if (!sentence) throw new Error(`no sentence of ${prefix} holds “${words}”`);
  return sentence;
}
