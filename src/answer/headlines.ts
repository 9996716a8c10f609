import type { Library } from '../library/library.ts';
import { termsOf, tokenize } from '../text/normalise.ts';

/** How many headlines holding the words asked for a not-found answer names. */
const MAX_HEADLINES = 3;

/**
 * The articles whose headline holds the words of `text` (as the index folds words), as `id (“headline”)`, for a not-found
 * answer: headlines are no sentences to cite, but a user who saw the words there should be told where they are. The lookups
 * give the articles whose headline holds every search term; with `inOrder` (a `/quote`), the words must also stand there
 * word for word.
 */
export function headlinesHolding(library: Library, text: string, inOrder: boolean): string[] {
  const terms = termsOf(text);
  if (terms.length === 0) return [];
  const wanted = ` ${keysOf(text)} `;
  return library.lookups
    .articlesWithHeadlineTerms(terms)
    .filter((article) => article.meta.headline !== undefined && (!inOrder || ` ${keysOf(article.meta.headline)} `.includes(wanted)))
    .slice(0, MAX_HEADLINES)
    .map((article) => `${article.id} (“${article.meta.headline}”)`);
}

function keysOf(text: string): string {
  return tokenize(text)
    .map((token) => token.key)
    .join(' ');
}
