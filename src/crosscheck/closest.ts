import type { Library } from '../library/library.ts';
import { termsOf } from '../text/normalise.ts';

/** How much of one article another article also says. */
export interface ArticleOverlap {
  articleId: string;
  /** Share (0–1) of the article's sentences that some sentence of this other article closely matches. */
  share: number;
  /** How many of the article's sentences that is. */
  sentences: number;
}

/** Two sentences match when their term sets have at least this Dice overlap (2·|A∩B| / (|A|+|B|)). */
const MIN_SENTENCE_OVERLAP = 0.6;
/** Sentences with fewer terms than this ("He declined.") match too easily to count. */
const MIN_SENTENCE_TERMS = 4;

/**
 * The `n` articles that say most of what article `articleId` says, best first, leaving out those
 * that share nothing. A stand-in until cross-article alignment lands: it counts the article's
 * sentences whose terms closely match some sentence of each other article, and nothing finer
 * (no paraphrase, no ordering). Callers depend only on this signature, so the real alignment
 * can replace the body.
 *
 * @example closestArticles(library, '005_ab12cd34ef567890', 3) // [{ articleId: '003_…', share: 0.82, sentences: 41 }]
 */
export function closestArticles(library: Library, articleId: string, n: number): ArticleOverlap[] {
  const article = library.article(articleId);
  if (!article) return [];
  // Postings from each term to the other articles' sentences that hold it, so each sentence is
  // compared only with sentences it shares a term with.
  const postings = new Map<string, { articleId: string; key: string }[]>();
  const sizes = new Map<string, number>();
  for (const other of library.articles) {
    if (other.id === articleId) continue;
    for (const sentence of other.sentences) {
      const terms = termsOf(sentence.text);
      sizes.set(sentence.id, terms.length);
      for (const term of terms) {
        const list = postings.get(term) ?? [];
        list.push({ articleId: other.id, key: sentence.id });
        postings.set(term, list);
      }
    }
  }
  const matched = new Map<string, number>();
  let counted = 0;
  for (const sentence of article.sentences) {
    const terms = termsOf(sentence.text);
    if (terms.length < MIN_SENTENCE_TERMS) continue;
    counted++;
    const shared = new Map<string, { articleId: string; count: number }>();
    for (const term of terms) {
      for (const posting of postings.get(term) ?? []) {
        const entry = shared.get(posting.key) ?? { articleId: posting.articleId, count: 0 };
        entry.count++;
        shared.set(posting.key, entry);
      }
    }
    const articlesMatched = new Set<string>();
    for (const [key, { articleId: otherId, count }] of shared) {
      if ((2 * count) / (terms.length + (sizes.get(key) ?? 0)) >= MIN_SENTENCE_OVERLAP) articlesMatched.add(otherId);
    }
    for (const otherId of articlesMatched) matched.set(otherId, (matched.get(otherId) ?? 0) + 1);
  }
  if (counted === 0) return [];
  return [...matched]
    .map(([otherId, sentences]) => ({ articleId: otherId, share: sentences / counted, sentences }))
    .sort((a, b) => b.share - a.share || a.articleId.localeCompare(b.articleId))
    .slice(0, n);
}
