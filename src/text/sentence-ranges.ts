/**
 * Sentence boundaries in news text, found in one pass over the characters (the splitter runs on
 * every paragraph of every article loaded, so it stays linear and reads only the words around a
 * full stop).
 *
 * A sentence ends after a run of `.`, `?`, `!` or `…` and any closing quote marks or brackets
 * after it (`…,' he said.` / `….' He added`), when white space follows and the next word does not
 * start in lower case. Behind a full stop, the word before decides:
 * - an abbreviation (`src/text/lexicons/abbreviations.ts`: `Mr.`, `Inc.`), an initial (`W.`) or an
 *   initialism (`U.S.`, `p.m.`) ends a sentence only when the next word is one that opens
 *   sentences (`src/text/lexicons/sentence-starters.ts`) or a quotation opens: `U.S. President`
 *   is one sentence, `… in the U.S. The firm …` two, and `George W. Bush` is never cut; the last letter of a name that
 *   ends in one (`src/text/lexicons/letter-names.ts`: `Malcolm X`) is no initial, and its full stop ends the sentence;
 * - an abbreviation that stands before figures (`No.`) ends one unless a figure follows (`No. 10`);
 * - a word the lexicon marks `inside` (`vs.`, `e.g.`) never ends one;
 * - a list number opening the text (`1. First …`) does not end one;
 * - any other word does (`… 2001. The …`, `… $1.5bn. Shares …`).
 * A full stop between figures (`1.5`, `7.30`) or letters (`U.S.`) is never followed by white space,
 * so it is never read. `!` after a name written with one (`Yahoo!`) ends a sentence only before a
 * word that opens sentences. A blank line always ends a sentence; inside brackets that close
 * nearby nothing does. CJK full stops (`。`) end a sentence whatever follows.
 */
import { ABBREVIATIONS } from './lexicons/abbreviations.ts';
import { LETTER_NAMES } from './lexicons/letter-names.ts';
import { SENTENCE_STARTERS } from './lexicons/sentence-starters.ts';
import type { Span } from '../model/article.ts';

const wordsOf = (keep: (category: string) => boolean): Set<string> => new Set(ABBREVIATIONS.filter((entry) => keep(entry.category)).map((entry) => entry.word));
/** Abbreviations that end a sentence only before a word that opens one. */
const ABBREVIATED = wordsOf((category) => category !== 'inside' && category !== 'exclamation' && category !== 'number');
/** Abbreviations that stand before a figure: they end a sentence unless one follows (`No. 10`, but `"No. Definitely not."`). */
const BEFORE_FIGURES = wordsOf((category) => category === 'number');
const NEVER_ENDING = wordsOf((category) => category === 'inside');
const EXCLAMATION_NAMES = wordsOf((category) => category === 'exclamation');
const STARTERS = new Set(SENTENCE_STARTERS.map((entry) => entry.word));

const FULL_STOP = 0x2e;
const WIDE_STOPS = ['。', '．', '？', '！'];
const TERMINATORS = ['.', '?', '!', '…', ...WIDE_STOPS];
const CLOSERS = ['"', "'", '\u2019', '\u201D', '\u00BB', ')', ']'];
const OPENERS = ['"', "'", '\u2018', '\u201C', '\u00AB', '(', '['];

// What each UTF-16 code unit is to the splitter, as bits, so the walk over every character reads
// one typed array rather than sets of strings.
const TERMINATOR = 1;
const WIDE_STOP = 2;
const CLOSER = 4;
const OPENER = 8;
const ROLE = new Uint8Array(0x10000);
const mark = (chars: readonly string[], bit: number): void => {
  for (const char of chars) ROLE[char.charCodeAt(0)] = roleOf(char.charCodeAt(0)) | bit;
};
/** The role bits of a UTF-16 code unit (`ROLE` covers all of them; the fallback is for the type checker). */
function roleOf(code: number): number {
  return ROLE[code] ?? 0;
}
mark(TERMINATORS, TERMINATOR);
mark(WIDE_STOPS, WIDE_STOP);
mark(CLOSERS, CLOSER);
mark(OPENERS, OPENER);
const OPEN_ROUND = 0x28;
const CLOSE_ROUND = 0x29;
const OPEN_SQUARE = 0x5b;
const CLOSE_SQUARE = 0x5d;
const EXCLAMATION = 0x21;
/** A bracket that closes further on than this is taken for a stray one and shelters nothing. */
const MAX_BRACKETED_CHARS = 300;

const INITIAL = /^\p{Lu}$/u;
const INITIALISM = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u;
const LIST_NUMBER = /^\d{1,2}$/u;
/** `eBay`, `iPhone`: names that start in lower case and so may start a sentence. */
const LOWER_CASE_NAME = /^\p{Ll}+\p{Lu}/u;
const LOWER_CASE = /^\p{Ll}/u;
const EDGE_MARKS = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
const NOT_WORD = /[^\p{L}'\u2019]/gu;

/** White space as `/\s/` has it, worked out once per UTF-16 code unit above ASCII (1: no, 2: yes). */
const WIDE_SPACE = new Uint8Array(0x10000);
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 128) return false;
  if (WIDE_SPACE[code] === 0) WIDE_SPACE[code] = /\s/u.test(String.fromCharCode(code)) ? 2 : 1;
  return WIDE_SPACE[code] === 2;
}
const isNewLine = (code: number): boolean => code === 10 || code === 13;

/**
 * The sentences of `text`, in order, as spans that start at a sentence's first character and end
 * after its last (closing marks included, white space between sentences in none). Text with no
 * sentence end (a headline) is one sentence.
 */
export function splitSentenceRanges(text: string): Span[] {
  const spans: Span[] = [];
  const length = text.length;
  const sheltered = closingBrackets(text);
  let shelteredUntil = -1;
  let start = -1;
  let end = -1;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      if (isNewLine(code) && start >= 0 && blankLineFollows(text, i)) {
        spans.push({ start, end });
        start = -1;
      }
      i++;
      continue;
    }
    if (start < 0) start = i;
    if ((roleOf(code) & TERMINATOR) === 0) {
      if (code === OPEN_ROUND || code === OPEN_SQUARE) shelteredUntil = Math.max(shelteredUntil, sheltered.get(i) ?? -1);
      end = ++i;
      continue;
    }
    let afterStops = i;
    let wide = false;
    for (let role; afterStops < length && ((role = roleOf(text.charCodeAt(afterStops))) & TERMINATOR) !== 0; afterStops++) wide ||= (role & WIDE_STOP) !== 0;
    let afterClosers = afterStops;
    while (afterClosers < length && (roleOf(text.charCodeAt(afterClosers)) & CLOSER) !== 0) afterClosers++;
    end = afterClosers;
    const spaceFollows = afterClosers < length && isSpace(text.charCodeAt(afterClosers));
    // A bracket that closes among the closing marks ends with the sentence; one still open shelters it.
    const inBrackets = shelteredUntil >= afterClosers;
    if (afterClosers < length && !inBrackets && (wide || (spaceFollows && endsHere(text, start, i, afterStops, afterClosers)))) {
      spans.push({ start, end });
      start = -1;
    }
    i = afterClosers;
  }
  if (start >= 0) spans.push({ start, end });
  return spans;
}

/** For each opening bracket that closes within reach, where it closes. */
function closingBrackets(text: string): Map<number, number> {
  const closing = new Map<number, number>();
  let i = text.search(/[([]/u);
  if (i < 0) return closing;
  const open: number[] = [];
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === OPEN_ROUND || code === OPEN_SQUARE) open.push(i);
    else if (code === CLOSE_ROUND || code === CLOSE_SQUARE) {
      const from = open.pop();
      if (from === undefined) continue;
      const opener = text.charCodeAt(from);
      if ((opener === OPEN_ROUND ? CLOSE_ROUND : CLOSE_SQUARE) === code && i - from <= MAX_BRACKETED_CHARS) closing.set(from, i);
    }
  }
  return closing;
}

/** Whether the capital `letter` starting at `wordStart` is the last of a name that ends in one (`Malcolm X`; LETTER_NAMES), not an initial. */
function endsLetterName(text: string, start: number, wordStart: number, letter: string): boolean {
  let wordEnd = wordStart;
  while (wordEnd > start && isSpace(text.charCodeAt(wordEnd - 1))) wordEnd--;
  let previousStart = wordEnd;
  while (previousStart > start && !isSpace(text.charCodeAt(previousStart - 1))) previousStart--;
  return wordEnd < wordStart && LETTER_NAMES.has(`${text.slice(previousStart, wordEnd)} ${letter}`);
}

function blankLineFollows(text: string, newLine: number): boolean {
  let at = newLine + (text.charCodeAt(newLine) === 13 && text.charCodeAt(newLine + 1) === 10 ? 2 : 1);
  while (at < text.length && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  return at < text.length && isNewLine(text.charCodeAt(at));
}

/**
 * Whether the stops at `[stops, afterStops)`, with closing marks up to `afterClosers` and white
 * space after them, end the sentence that began at `start`.
 */
function endsHere(text: string, start: number, stops: number, afterStops: number, afterClosers: number): boolean {
  let from = afterClosers;
  while (from < text.length && isSpace(text.charCodeAt(from))) from++;
  const quoteOpens = from < text.length && (roleOf(text.charCodeAt(from)) & OPENER) !== 0 && text[from] !== '(' && text[from] !== '[';
  while (from < text.length && (roleOf(text.charCodeAt(from)) & OPENER) !== 0) from++;
  let to = from;
  while (to < text.length && !isSpace(text.charCodeAt(to))) to++;
  const next = text.slice(from, to);
  if (LOWER_CASE.test(next) && !LOWER_CASE_NAME.test(next)) return false;

  let wordStart = stops;
  while (wordStart > start && !isSpace(text.charCodeAt(wordStart - 1))) wordStart--;
  const before = text.slice(wordStart, stops).replace(EDGE_MARKS, '');
  const opensSentence = (): boolean => STARTERS.has(next.replace(NOT_WORD, '').toLowerCase());
  const singleFullStop = afterStops === stops + 1 && text.charCodeAt(stops) === FULL_STOP;
  if (!singleFullStop) return text.charCodeAt(stops) !== EXCLAMATION || afterStops !== stops + 1 || !EXCLAMATION_NAMES.has(before) || opensSentence();
  if (NEVER_ENDING.has(before)) return false;
  if (BEFORE_FIGURES.has(before)) return !/^\p{N}/u.test(next);
  // A quotation opening after an abbreviation is a new sentence; a name never starts with a quote mark.
  if (ABBREVIATED.has(before) || (INITIAL.test(before) && !endsLetterName(text, start, wordStart, before)) || INITIALISM.test(before)) return quoteOpens || opensSentence();
  return !(wordStart === start && LIST_NUMBER.test(before));
}
