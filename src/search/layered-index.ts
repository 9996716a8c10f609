import type { Sentence } from '../model/article.ts';
import { MAX_HITS, MAX_NEAR_MISSES, type PhraseMatches, type SearchHit, type SearchResult, SentenceIndex, type IndexSnapshot, type TermSequences } from './sentence-index.ts';

/**
 * The search over a library with a few articles added or removed since it was built, without
 * building its index again: the built index and a small index over the added articles are both
 * asked, the removed articles' sentences are left out of what the built one finds, and the two
 * answers are merged in the order one index would give (each article's best sentence first, by
 * kind of match and then score, then the rest). At BBC ×10 building the whole index again takes
 * seconds; the small one takes milliseconds.
 *
 * What it gives differs from a whole index's answer only in scores: each index weighs a word by
 * how rare it is among its own sentences, so an added sentence's score, and with it where it
 * stands among the others, is near the whole index's, not equal. It is a stopgap for an /add or a
 * /remove: the article store builds the whole library again in the background and swaps it in.
 *
 * A subclass of SentenceIndex (over no articles of its own) so that it stands wherever a library's
 * index does; every public method is answered from the two indexes.
 */
export class LayeredIndex extends SentenceIndex {
  readonly #base: SentenceIndex;
  readonly #added: SentenceIndex;
  readonly #hidden: ReadonlySet<string>;

  /** `base`, the built index; `added`, an index over the added articles only; `hidden`, the ids of the removed articles, whose sentences `base` still holds. */
  constructor(base: SentenceIndex, added: SentenceIndex, hidden: ReadonlySet<string>) {
    super([]);
    this.#base = base;
    this.#added = added;
    this.#hidden = hidden;
  }

  #shown(sentence: Sentence): boolean {
    return !this.#hidden.has(sentence.articleId);
  }

  override get size(): number {
    return this.#base.size + this.#added.size;
  }

  override search(text: string): SearchResult {
    const base = this.#base.search(text);
    const added = this.#added.search(text);
    const kept = base.hits.filter((hit) => this.#shown(hit.sentence));
    const hiddenHits = base.hits.filter((hit) => !this.#shown(hit.sentence));
    const hits = mergeHits(kept, added.hits).slice(0, MAX_HITS);
    const total = {
      sentences: base.total.sentences - hiddenHits.length + added.total.sentences,
      articles: base.total.articles - new Set(hiddenHits.map((hit) => hit.sentence.articleId)).size + added.total.articles,
    };
    const nearMisses = hits.length > 0 ? [] : [...base.nearMisses.filter((miss) => this.#shown(miss.sentence)), ...added.nearMisses].slice(0, MAX_NEAR_MISSES);
    return { terms: base.terms, words: base.words, asked: base.asked, hits, total, nearMisses };
  }

  override findPhrase(phrase: string, limit = Number.POSITIVE_INFINITY, options: { possessive?: boolean } = {}): PhraseMatches {
    const base = this.#base.findPhrase(phrase, Number.POSITIVE_INFINITY, options);
    const added = this.#added.findPhrase(phrase, limit, options);
    const kept = base.found.filter((match) => this.#shown(match.sentence));
    const hiddenArticles = new Set(base.found.filter((match) => !this.#shown(match.sentence)).map((match) => match.sentence.articleId));
    // Both lists are by article id, then position: merged so.
    const found = [...kept, ...added.found].sort((a, b) => compareIds(a.sentence.articleId, b.sentence.articleId) || a.sentence.index - b.sentence.index).slice(0, limit);
    return {
      total: { sentences: kept.length + added.found.length, articles: base.total.articles - hiddenArticles.size + added.total.articles },
      found,
    };
  }

  override *sharingTerms(terms: readonly string[], keep: (shared: number) => boolean): Generator<{ sentence: Sentence; shared: number; terms: number }> {
    for (const other of this.#base.sharingTerms(terms, keep)) if (this.#shown(other.sentence)) yield other;
    yield* this.#added.sharingTerms(terms, keep);
  }

  override async sharingTermsInSlices(terms: readonly string[], keep: (shared: number) => boolean, pause: () => Promise<unknown>): Promise<{ sentence: Sentence; shared: number; terms: number }[]> {
    const base = (await this.#base.sharingTermsInSlices(terms, keep, pause)).filter((other) => this.#shown(other.sentence));
    return [...base, ...this.#added.sharingTerms(terms, keep)];
  }

  override prepareNearSpellings(): void {
    this.#base.prepareNearSpellings();
    this.#added.prepareNearSpellings();
  }

  override *prepareNearSpellingsInSlices(slice: number): Generator<void> {
    yield* this.#base.prepareNearSpellingsInSlices(slice);
    yield* this.#added.prepareNearSpellingsInSlices(slice);
  }

  /** Never asked: the alignment is built over a whole index (see buildLibrary), not over layers. */
  override termSequences(): TermSequences {
    throw new Error('crosscheck: a layered index has no term sequences; build the library whole instead');
  }

  /** Never asked: a library with layers is not saved, its whole rebuild is (see rebuildIntoSnapshot). */
  override toSnapshot(): IndexSnapshot {
    throw new Error('crosscheck: a layered index is not saved; build the library whole instead');
  }
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const RANK = { phrase: 0, terms: 1, continuation: 2 } as const;

/** Stronger first: the kind of match, then the score. */
function byStrength(a: SearchHit, b: SearchHit): number {
  return RANK[a.match] - RANK[b.match] || b.score - a.score;
}

/** Each list's leading run of one hit per article (see SearchResult.hits), and the rest. */
function splitBest(hits: readonly SearchHit[]): { best: SearchHit[]; rest: SearchHit[] } {
  const seen = new Set<string>();
  let at = 0;
  while (at < hits.length) {
    const articleId = hits[at]?.sentence.articleId ?? '';
    if (seen.has(articleId)) break;
    seen.add(articleId);
    at++;
  }
  return { best: hits.slice(0, at), rest: hits.slice(at) };
}

/** Two hit lists, each in hit order and from different articles, merged into one in hit order. */
function mergeHits(base: readonly SearchHit[], added: readonly SearchHit[]): SearchHit[] {
  if (added.length === 0) return [...base];
  const a = splitBest(base);
  const b = splitBest(added);
  return [...mergeSorted(a.best, b.best), ...mergeSorted(a.rest, b.rest)];
}

/** Two lists each ordered by strength, merged; on a tie the first list's hit comes first. */
function mergeSorted(first: readonly SearchHit[], second: readonly SearchHit[]): SearchHit[] {
  const merged: SearchHit[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length || j < second.length) {
    const a = first[i];
    const b = second[j];
    if (a && (!b || byStrength(a, b) <= 0)) {
      merged.push(a);
      i++;
    } else if (b) {
      merged.push(b);
      j++;
    }
  }
  return merged;
}
