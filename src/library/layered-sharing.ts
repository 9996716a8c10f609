/**
 * The search of a layered library (see layerLibrary), with the sentences that share terms with
 * each added sentence read ahead, one sentence per turn of the event loop. An /add's own answer
 * asks them all at once (its closest articles, see closestArticles: each of the article's
 * sentences against 22,000 articles' posting lists, 0.17 s in one call at BBC ×10), and so does
 * the layering (the candidates of layerClaims); read ahead, each is a filter of a short list.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Sentence } from '../model/article.ts';
import { LayeredIndex } from '../search/layered-index.ts';
import { termsOf } from '../text/normalise.ts';

/** One sentence sharing terms with the ones asked, as SentenceIndex.sharingTerms gives it. */
type Sharing = { sentence: Sentence; shared: number; terms: number };

/** Added sentences with fewer search terms than this are not read ahead: neither caller asks about them (MIN_TERMS, MIN_SENTENCE_TERMS). */
const MIN_TERMS = 4;

/**
 * The least shared count read ahead for a sentence of `terms` search terms: the lower of the two
 * callers' (layerClaims' candidates, at least 3 and 30% of the terms; closestArticles', a Dice of
 * 0.6, at least 0.6/1.4 of them). A caller asking for fewer is answered by the index itself, so a
 * change to either threshold costs time, never a different answer.
 */
function leastReadAhead(terms: number): number {
  return Math.min(Math.ceil(Math.max(3, 0.3 * terms)), Math.ceil((0.6 * terms) / 1.4 - 1e-9));
}

/**
 * A LayeredIndex that answers sharingTerms for the sentences read ahead (readAhead) from what it
 * read, and any other question as the LayeredIndex does: the same sentences, in the same order.
 */
export class SharingReadAhead extends LayeredIndex {
  readonly #read = new Map<string, { least: number; found: Sharing[] }>();

  /** Read which sentences share terms with each of `sentences`, a turn of the event loop after each. */
  async readAhead(sentences: readonly Sentence[]): Promise<void> {
    for (const sentence of sentences) {
      const terms = termsOf(sentence.text);
      const key = terms.join('\u0000');
      if (terms.length < MIN_TERMS || this.#read.has(key)) continue;
      const least = leastReadAhead(terms.length);
      // In slices: a sentence of common words meets 100,000 sentences at BBC ×10.
      this.#read.set(key, { least, found: await super.sharingTermsInSlices(terms, (shared) => shared >= least, nextTurn) });
      await nextTurn();
    }
  }

  /**
   * sharingTerms keeps every sentence sharing at least the least count `keep` keeps (which keeps
   * every count above one it keeps), in one order whatever that count: so where the least count read
   * ahead is no higher, the sentences kept are those read, filtered by `keep`.
   */
  override async sharingTermsInSlices(terms: readonly string[], keep: (shared: number) => boolean, pause: () => Promise<unknown>): Promise<Sharing[]> {
    const read = this.#read.get(terms.join('\u0000'));
    let least = 1;
    while (least <= terms.length && !keep(least)) least++;
    if (!read || least < read.least) return super.sharingTermsInSlices(terms, keep, pause);
    return read.found.filter((other) => keep(other.shared));
  }

  override *sharingTerms(terms: readonly string[], keep: (shared: number) => boolean): Generator<Sharing> {
    const read = this.#read.get(terms.join('\u0000'));
    let least = 1;
    while (least <= terms.length && !keep(least)) least++;
    if (!read || least < read.least) {
      yield* super.sharingTerms(terms, keep);
      return;
    }
    for (const other of read.found) if (keep(other.shared)) yield other;
  }
}
