import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Article, Sentence } from '../model/article.ts';
import { sentenceTextsOf } from '../model/sentences-on-demand.ts';
import type { SentenceIndex } from '../search/sentence-index.ts';

/**
 * Which words some article writes in lower case, as words of their own ("election" for
 * "Election"): how `/compare` tells a common noun written with a capital from a name. A word is a
 * maximal run of letters, apostrophes and hyphens, so "mike" in "mike's" or "pro-mike" is not
 * "mike" written on its own, as the pattern of `writtenInLowerCase` has it.
 */
const WORD_RUN = /[\p{L}'’-]+/gu;
const ONE_RUN = /^[\p{L}'’-]+$/u;

/** How many of the sentences holding a word are read first: a common noun is met in lower case among the first few. */
const FIRST_HOLDERS = 64;

/** Articles whose words are read between two turns of the event loop: a few milliseconds of work. */
const READ_SLICE = 200;

/**
 * Per library, every word written in lower case once read ahead (`readAll`), and until then each
 * word already looked for. Reading ahead keeps a first `/sources` from paying for it: looking a
 * common name up in every sentence that holds it cost a first `/sources` at BBC ×10 about a
 * quarter of its time (2026-12-04).
 */
export class LowerCaseWords {
  readonly #articles: readonly Article[];
  readonly #index: SentenceIndex;
  readonly #looked = new Map<string, boolean>();
  #all: ReadonlySet<string> | undefined;

  constructor(articles: readonly Article[], index: SentenceIndex) {
    this.#articles = articles;
    this.#index = index;
  }

  /** True when some sentence writes `word` in lower case, as a word of its own. */
  has(word: string): boolean {
    const lower = word.toLowerCase();
    if (this.#all && ONE_RUN.test(lower)) return this.#all.has(lower);
    let found = this.#looked.get(lower);
    if (found === undefined) {
      found = this.#lookUp(word, lower);
      this.#looked.set(lower, found);
    }
    return found;
  }

  /** Read every sentence's lower-case words, in slices that leave the event loop free between them; `has` then answers from them. */
  async readAll(): Promise<void> {
    if (this.#all) return;
    const all = new Set<string>();
    const articles = this.#articles;
    for (let i = 0; i < articles.length; i += READ_SLICE) {
      await nextTurn();
      for (const article of articles.slice(i, i + READ_SLICE)) {
        for (const text of sentenceTextsOf(article.sentences)) {
          for (const [run] of text.matchAll(WORD_RUN)) if (run === run.toLowerCase()) all.add(run);
        }
      }
    }
    this.#all = all;
  }

  /** The word looked for in the sentences the index says hold it (case aside), the first few before the rest. */
  #lookUp(word: string, lower: string): boolean {
    const pattern = new RegExp(`(?<![\\p{L}'’-])${lower.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}'’-])`, 'u');
    const inLowerCase = ({ sentence }: { sentence: Sentence }): boolean => sentence.text.includes(lower) && pattern.test(sentence.text);
    const first = this.#index.findPhrase(word, FIRST_HOLDERS);
    return first.found.some(inLowerCase) || (first.total.sentences > FIRST_HOLDERS && this.#index.findPhrase(word).found.some(inLowerCase));
  }
}
