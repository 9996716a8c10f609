import { citeSpan } from '../answer/build.ts';
import { headlinesHolding } from '../answer/headlines.ts';
import { note } from '../answer/messages.ts';
import type { Library } from '../library/library.ts';
import type { Citation, Note } from '../model/answer.ts';
import type { Sentence } from '../model/article.ts';
import type { SearchHit, SearchResult } from '../search/sentence-index.ts';
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

/**
 * What a command that found no sentence saying `claim` answers: its first note (`No article says this`, or, when the
 * nearest miss may say it in other words, that it lacks only those words), the notes after it (the words in headlines,
 * the near misses' caveat) and the near misses themselves, cited.
 */
export function notFoundParts(library: Library, claim: string, search: SearchResult): { first: Note; more: Note[]; nearMisses: Citation[] } {
  const { nearMisses, terms, asked } = search;
  const misses = nearMisses.map((miss) => citeSpan(library, miss.sentence, { match: 'near_miss', missingTerms: miss.missingTerms }));
  const missing = saidElsewhere(library, nearMisses[0]?.missingTerms ?? [], terms.length);
  const first = missing === undefined ? note('not_found', { articles: library.articles.length, terms: asked }) : note('not_found_near', { articles: library.articles.length, terms: asked, missing });
  const headlines = headlinesHolding(library, claim, false);
  const more = [...(headlines.length > 0 ? [note('words_in_headlines', { headlines: headlines.join('; ') })] : []), ...(misses.length > 0 && missing === undefined ? [note('near_misses')] : [])];
  return { first, more, nearMisses: misses };
}

/**
 * The words the nearest miss lacks, quoted (`“charges”`), when they are fewer than half the query's terms and every one
 * of them is used by some article: such a sentence ("cleared of doping offences" for "cleared of doping charges") may say
 * what was asked in other words, so "No article says this" would be firmer than the search can be. Undefined when a
 * word it lacks is in no article (a misspelling no spelling near it reads, a word the articles never use): then no
 * sentence says it in those words.
 */
function saidElsewhere(library: Library, missingTerms: readonly string[], terms: number): string | undefined {
  if (missingTerms.length === 0 || missingTerms.length * 2 >= terms) return undefined;
  if (!missingTerms.every((word) => library.index.search(word).total.sentences > 0)) return undefined;
  return missingTerms.map((word) => `“${word}”`).join(', ');
}
