import type { SentenceIndex } from './sentence-index.ts';

/** What a phrase is looked up in: a library, or anything else that holds a sentence index. */
type Indexed = { readonly index: SentenceIndex };

/** Per library, each phrase looked up so far and the articles that hold it. */
const holders = new WeakMap<Indexed, Map<string, readonly string[]>>();

/**
 * The ids of the articles with a sentence that holds `phrase` word for word (as
 * `SentenceIndex.findPhrase` reads it), each once, in article-id order. Remembered per library:
 * the same quotation is looked up by every query that finds a sentence holding it, and by every
 * profile of an article that quotes it.
 */
export function articlesWithPhrase(library: Indexed, phrase: string): readonly string[] {
  let known = holders.get(library);
  if (!known) holders.set(library, (known = new Map()));
  let ids = known.get(phrase);
  if (!ids) {
    ids = [...new Set(library.index.findPhrase(phrase).found.map(({ sentence }) => sentence.articleId))];
    known.set(phrase, ids);
  }
  return ids;
}
