/**
 * The phrase syntax every lexicon uses, so a linguist can add entries without reading the matcher.
 *
 * - Words are matched whole and case-insensitively (`'may'` never matches inside `mayor`).
 * - Straight and curly apostrophes are the same (`"don't"` matches `don’t`).
 * - Hyphens and other punctuation between words are ignored (`'pro russian'` matches `pro-Russian`).
 * - `*` stands for up to two words of any kind (`'not * confirmed'` matches `not confirmed` and
 *   `not been officially confirmed`).
 * - A phrase starting with a capital letter in a lexicon marked case-sensitive must be written
 *   the same way in the text (`AP` matches `AP`, never `ap`).
 */
export type Phrase = string;

/** One lexicon entry: a phrase and the category that says what it shows. */
export interface LexiconEntry<Category extends string> {
  phrase: Phrase;
  category: Category;
}
