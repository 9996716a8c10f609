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

/**
 * The tags compromise's own lexicon gives a lower-case word (`bankers` → Plural, Actor; `howard` →
 * MaleName …); none for a word it only guesses at. Its word lists are a maintained source for
 * which words are people's roles and which are first names, so the analysis asks them rather than
 * keep copies.
 */
export function lexiconTags(word: string): readonly string[] {
  const lexicon = (compromise() as unknown as { model(): { one: { lexicon: Record<string, string | string[] | undefined> } } }).model().one.lexicon;
  // The lexicon is a plain object: `constructor` or `__proto__` in an article would read its prototype's members, no tags.
  if (!Object.hasOwn(lexicon, word)) return [];
  const tags = lexicon[word];
  return tags === undefined ? [] : typeof tags === 'string' ? [tags] : tags;
}

/** True when compromise's tagger reads a verb among `words` in context (`Mr Blair set out his plan`), not only in its lexicon. */
export function holdsVerb(words: string): boolean {
  return compromise()(words).verbs().length > 0;
}
