import type { Discrepancy } from '../model/answer.ts';
import type { Sentence } from '../model/article.ts';
import type { Library } from '../library/library.ts';
import type { Claim } from '../library/alignment.ts';
import { discrepanciesOf } from './discrepancies.ts';

/**
 * Articles among themselves: which retell which, what each alone adds, where each departs.
 */

/**
 * The share of an article's sentences that must align with another article for it to count as a
 * rewrite of it. Articles on one event share some background; a quarter of the sentences told
 * again is more than shared background.
 */
export const REWRITE_SHARE = 0.25;

/** How much of one article another article also tells. */
export interface SharedWith {
  articleId: string;
  /** How many of this article's sentences align with a sentence of the other. */
  sentences: number;
  /** `sentences` over this article's sentence count. */
  share: number;
  /** True when the share reaches REWRITE_SHARE. */
  rewrites: boolean;
}

/** A claim the article tells in a way no other article does. */
export interface Departure {
  sentence: Sentence;
  claim: Claim;
  /** The discrepancies of the claim in which this article's wording is its own. */
  discrepancies: Discrepancy[];
}

/** Which came first, as far as the articles' dates tell. */
export interface Chronology {
  /** Dated articles, earliest first. */
  dated: { articleId: string; date: string }[];
  /** Articles that give no date, so cannot be placed. */
  undated: string[];
}

/** One article against all the others. */
export interface ArticleRelations {
  articleId: string;
  sentenceCount: number;
  /** The other articles it shares sentences with, most shared first. */
  sharedWith: SharedWith[];
  /** Its sentences no other article carries: what it alone adds. */
  alone: Sentence[];
  /** Claims it shares but tells differently from every other article. */
  departures: Departure[];
  /** This article and those it shares sentences with, in date order where dates allow. */
  chronology: Chronology;
}

/**
 * For each other article, how many of this article's sentences it also carries; most first. The
 * counts are the library's (see Lookups.sentencesSharedWith): a comparison or a corroboration
 * asks this of every article it names.
 */
export function sharedWithOf(library: Library, articleId: string): SharedWith[] {
  const article = library.article(articleId);
  if (!article || article.sentences.length === 0) return [];
  return library.lookups
    .sentencesSharedWith(articleId)
    .map(({ articleId: other, sentences }) => {
      const share = sentences / article.sentences.length;
      return { articleId: other, sentences, share, rewrites: share >= REWRITE_SHARE };
    })
    .sort((a, b) => b.share - a.share || (a.articleId < b.articleId ? -1 : 1));
}

/** `articleIds` in date order where the articles give dates, and those that do not. */
export function chronologyOf(library: Library, articleIds: readonly string[]): Chronology {
  const dated: Chronology['dated'] = [];
  const undated: string[] = [];
  for (const id of articleIds) {
    const date = library.article(id)?.meta.date;
    if (date) dated.push({ articleId: id, date });
    else undated.push(id);
  }
  dated.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { dated, undated };
}

/**
 * How the article `articleId` stands to the others: which it rewrites (the share of its sentences
 * that align with each), what it alone adds, where it departs from all the others, and which
 * version came first where dates allow. `undefined` for an id the library does not hold.
 *
 * @example
 * const relations = relationsOf(library, '003_3efcfc92afac0b08');
 * relations?.sharedWith[0]; // { articleId: '004_…', sentences: 9, share: 0.375, rewrites: true }
 */
export function relationsOf(library: Library, articleId: string): ArticleRelations | undefined {
  const article = library.article(articleId);
  if (!article) return undefined;
  const sharedWith = sharedWithOf(library, articleId);
  const alone = article.sentences.filter((sentence) => library.alignment.claimsOf(sentence).length === 0);
  const departures: Departure[] = [];
  for (const sentence of article.sentences) {
    for (const claim of library.alignment.claimsOf(sentence)) {
      const own = discrepanciesOf(library, claim).filter(
        (discrepancy) => discrepancy.variants.length > 1 && discrepancy.variants.some((variant) => variant.articleIds.length === 1 && variant.articleIds[0] === articleId),
      );
      if (own.length > 0) departures.push({ sentence, claim, discrepancies: own });
    }
  }
  return { articleId, sentenceCount: article.sentences.length, sharedWith, alone, departures, chronology: chronologyOf(library, [articleId, ...sharedWith.map((other) => other.articleId)]) };
}
