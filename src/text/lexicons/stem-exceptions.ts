/**
 * Words whose search stem the letters cannot decide, so the stemmer is told. The Porter stemmer
 * reads a word by its ending alone; for these the ending lies, and no rule on letters could tell
 * them from the words they would be merged with.
 *
 * - `not-inflected`: a word that looks like an inflected form of another but is a word of its own
 *   ("news" is not the plural of "new"); it is its own stem.
 * - `kept-apart`: a word whose Porter stem is another word of the language that a query asks for
 *   on its own: Porter stems "use", "used" and "using" to "us", the folded "US" of every
 *   article about America. The entry gives the stem the forms get instead.
 *
 * Extend by adding `{ word, stem, category }` with the word folded (lower case, no accents) and a
 * stem that no other word's stem already is. A word that one query happened to miss does not
 * belong here: fix its pattern in `normalise.ts` (`baseFormOf`) so every word of that shape is
 * read alike.
 */
export type StemExceptionCategory = 'not-inflected' | 'kept-apart';

export interface StemException {
  /** The Porter stem this entry replaces (for `kept-apart`), or the word itself. */
  word: string;
  stem: string;
  category: StemExceptionCategory;
}

export const STEM_EXCEPTIONS: readonly StemException[] = [
  { word: 'news', stem: 'news', category: 'not-inflected' },
  { word: 'us', stem: 'use', category: 'kept-apart' },
];
