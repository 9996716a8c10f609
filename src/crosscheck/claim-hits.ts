import type { Library } from '../library/library.ts';
import type { Sentence } from '../model/article.ts';
import type { SearchHit } from '../search/sentence-index.ts';
import { joinedNameOf, keepsMarkedFigures, keepsNameTogether, readQueryKeys } from './query-keys.ts';

/**
 * The hits that say what `claim` asks, for every command that cites them: a date, a sum or a share asked for is met only
 * by a figure of its kind ("5 May" is not "five years" or "5%"), and a name joined by a small word ("Lloyd's of London")
 * only by its words together, not scattered over a squad list. The search's order is kept.
 */
export function hitsKeepingTheClaim(library: Library, claim: string, hits: readonly SearchHit[]): SearchHit[] {
  const keys = readQueryKeys(claim);
  const name = joinedNameOf(claim);
  return hits.filter((hit) => keepsMarkedFigures(hit.match === 'continuation' ? continuationText(library, hit.sentence) : hit.sentence.text, keys) && keepsNameTogether(hit.sentence.text, name));
}

/** A continuation hit's text with the sentence before it, which holds the rest of the query's words. */
function continuationText(library: Library, sentence: Sentence): string {
  const before = library.sentence(sentence.articleId, sentence.index - 1);
  return before ? `${before.text} ${sentence.text}` : sentence.text;
}
