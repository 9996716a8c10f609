/**
 * Sentence boundaries exactly as the `sentence-splitter` package's `split(text)` finds them (its
 * text mode with the default options, version 5), without building its syntax tree. The package
 * walks the text one character at a time through arrays of characters, compares every word with
 * every abbreviation of its English lexicon, and works out line and column positions for every
 * node: that was most of the time spent loading a large archive. This is the same walk over the
 * string itself, with the same lexicon (imported from the package) held in sets.
 *
 * The two must agree on every input: test/corpus/sentence-ranges.test.ts checks this one against
 * the package on the seed articles, the test fixtures and generated text.
 */
import { English } from 'sentence-splitter/lang';
import type { Span } from '../model/article.ts';

const SEPARATORS = new Set(['.', '．', '。', '?', '!', '？', '！']);

/** The package's pair marks: inside one, no separator ends a sentence. Each kind is a bit of the open-pairs mask. */
const PAIR_MARKS: readonly (readonly [start: string, end: string])[] = [
  ['"', '"'],
  ['[', ']'],
  ['(', ')'],
  ['{', '}'],
  ['「', '」'],
  ['（', '）'],
  ['『', '』'],
  ['｛', '｝'],
  ['［', '］'],
  ['〚', '〛'],
  ['【', '】'],
  ['《', '》'],
];
const PAIR_BIT = new Map<string, number>();
PAIR_MARKS.forEach(([start, end], i) => {
  PAIR_BIT.set(start, 1 << i);
  PAIR_BIT.set(end, 1 << i);
});
const PAIR_START = new Set(PAIR_MARKS.map(([start]) => start));
const PAIR_END = new Set(PAIR_MARKS.map(([, end]) => end));

// The package compares words case-insensitively with `toLowerCase()` on both sides.
const lowered = (words: readonly string[]): Set<string> => new Set(words.map((word) => word.toLowerCase()));
const ABBREVIATIONS = lowered(English.ABBREVIATIONS);
const PREPOSITIVE_ABBREVIATIONS = lowered(English.PREPOSITIVE_ABBREVIATIONS);
const EXCLAMATION_WORDS = lowered(English.EXCLAMATION_WORDS);

const MULTI_PERIOD = /^([a-zA-Z]\.){3,}$/;
const LINE_INDEX = /^\d+\.$/;
const CAPITALISED = /^\p{Uppercase_Letter}/u;
const CAPITAL_AND_PERIOD = /^\p{Uppercase_Letter}\./u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

// What the package's tests say of each UTF-16 code unit (it splits text into code units, so a
// lone surrogate is tested alone), worked out once per code unit on first sight.
const KNOWN = 1;
const WHITE_SPACE = 2;
const WORD_BOUNDARY = 4;
const SEPARATOR = 8;
const PAIR_MARK = 16;
const classes = new Uint8Array(0x10000);

function classOf(code: number): number {
  let known = classes[code]!;
  if (known === 0) {
    const char = String.fromCharCode(code);
    const space = /\s/.test(char);
    known = KNOWN | (space ? WHITE_SPACE : 0) | (space || CJK.test(char) ? WORD_BOUNDARY : 0);
    if (SEPARATORS.has(char)) known |= SEPARATOR;
    if (PAIR_BIT.has(char)) known |= PAIR_MARK;
    classes[code] = known;
  }
  return known;
}

const PERIOD = 0x2e;
const isNewLine = (code: number): boolean => code === 10 || code === 13;

/**
 * The sentences of `text` as the package's `split(text)` gives them: the `range` of each
 * `Sentence` node, in order. A sentence runs from its first character that is not white space to
 * just after the separators that end it (`.`, `?`, `!` and their CJK forms; a period only before
 * white space or the end), or to the end of the text, trailing white space included. A separator
 * does not end a sentence inside a pair mark (`"`, brackets) or inside a word the abbreviation
 * rules mark (`Mr.`, `U.S.A.`, `Yahoo!`, `Dec.` before a lowercase word, `Albert I. Jones`).
 */
export function splitSentenceRanges(text: string): Span[] {
  return new Scan(text).sentences();
}

/** One walk over a text. A class, not closures: the walk runs for every paragraph of the archive. */
class Scan {
  readonly #text: string;
  readonly #length: number;
  /** Bits of the pair marks open now. */
  #openPairs = 0;
  // The package keeps every word the abbreviation rules mark and asks whether any holds the
  // position. A word is marked only where no earlier one reaches, and positions only grow, so
  // the last one marked is the only one that can.
  #markedStart = -1;
  #markedEnd = -1;

  constructor(text: string) {
    this.#text = text;
    this.#length = text.length;
  }

  sentences(): Span[] {
    const text = this.#text;
    const length = this.#length;
    const spans: Span[] = [];
    let sentenceStart = -1;
    let i = 0;
    while (i < length) {
      if ((classOf(text.charCodeAt(i)) & WHITE_SPACE) !== 0) {
        // Line breaks and other white space between sentences belong to none.
        i++;
      } else if (this.#endsSentence(i)) {
        while (this.#endsSentence(i)) i++;
        if (sentenceStart >= 0) spans.push({ start: sentenceStart, end: i });
        sentenceStart = -1;
      } else {
        if (sentenceStart < 0) sentenceStart = i;
        // The package runs its abbreviation and pair-mark rules at every character up to the next
        // line break or sentence end; only word starts, separators and pair marks can matter.
        let previous = i > 0 ? classOf(text.charCodeAt(i - 1)) : WORD_BOUNDARY;
        while (i < length) {
          const code = text.charCodeAt(i);
          const known = classOf(code);
          if (isNewLine(code) || ((known & SEPARATOR) !== 0 && this.#endsSentence(i))) break;
          if ((previous & WORD_BOUNDARY) !== 0) this.#markAbbreviation(i);
          if ((known & PAIR_MARK) !== 0) this.#markPair(text[i]!);
          previous = known;
          i++;
        }
      }
    }
    if (sentenceStart >= 0) spans.push({ start: sentenceStart, end: length });
    return spans;
  }

  #endsSentence(i: number): boolean {
    if (this.#openPairs !== 0 || (this.#markedStart <= i && i < this.#markedEnd) || i >= this.#length) return false;
    const code = this.#text.charCodeAt(i);
    if ((classOf(code) & SEPARATOR) === 0) return false;
    // A period ends a sentence only before white space (or at the end): never `1.23`.
    return code !== PERIOD || i + 1 >= this.#length || (classOf(this.#text.charCodeAt(i + 1)) & WHITE_SPACE) !== 0;
  }

  /** The word from `from` to the next white space or CJK character. */
  #wordFrom(from: number): string {
    let end = from;
    while (end < this.#length && (classOf(this.#text.charCodeAt(end)) & WORD_BOUNDARY) === 0) end++;
    return this.#text.slice(from, end);
  }

  /** The word before the one at `i`, as the package reads it (its start is found by white space alone). */
  #previousWord(i: number): string {
    let at = i - 1;
    while (at >= 0 && (classOf(this.#text.charCodeAt(at)) & WHITE_SPACE) !== 0) at--;
    while (at >= 0 && (classOf(this.#text.charCodeAt(at)) & WHITE_SPACE) === 0) at--;
    return this.#wordFrom(at + 1);
  }

  /** Run the abbreviation rules on the word starting at `i` (after white space, a CJK character or at the start). */
  #markAbbreviation(i: number): void {
    if (this.#markedStart <= i && i < this.#markedEnd) return;
    // A mark only keeps a separator inside the word from ending the sentence: a word without one
    // need not be read (nor can its mark hide a later word's, which starts after white space).
    let end = i;
    let separators = 0;
    for (let code; end < this.#length && ((code = classOf(this.#text.charCodeAt(end))) & WORD_BOUNDARY) === 0; end++) separators |= code & SEPARATOR;
    if (separators === 0) return;
    const word = this.#text.slice(i, end);
    const lower = word.toLowerCase();
    let marked = MULTI_PERIOD.test(word) || EXCLAMATION_WORDS.has(lower) || PREPOSITIVE_ABBREVIATIONS.has(lower) || LINE_INDEX.test(word);
    if (!marked) {
      const capitalAndPeriod = CAPITAL_AND_PERIOD.test(word);
      const abbreviation = ABBREVIATIONS.has(lower);
      if (!capitalAndPeriod && !abbreviation) return;
      // The package skips exactly one character after the word, whatever it is, before reading the next.
      const nextCapitalised = CAPITALISED.test(this.#wordFrom(i + word.length + 1));
      marked = (capitalAndPeriod && nextCapitalised && CAPITALISED.test(this.#previousWord(i))) || (abbreviation && !nextCapitalised);
    }
    if (marked) {
      this.#markedStart = i;
      this.#markedEnd = i + word.length;
    }
  }

  #markPair(char: string): void {
    const bit = PAIR_BIT.get(char);
    if (bit === undefined) return;
    if ((this.#openPairs & bit) === 0) {
      if (PAIR_START.has(char)) this.#openPairs |= bit;
    } else if (PAIR_END.has(char)) {
      this.#openPairs &= ~bit;
    }
  }
}
