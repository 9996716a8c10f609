/**
 * Quote marks in news text. A mark between two letters is an apostrophe (`Russia’s`), never a
 * quotation boundary; the sentence splitter, the paragraph joiner and the quotation finder all
 * read marks through these functions so that they agree.
 */

const OPENING = new Set(["'", '"', '\u2018', '\u201C', '\u00AB', '\u201E', '\u201A']);
const CLOSING = new Set(["'", '"', '\u2019', '\u201D', '\u00BB']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE_OR_OPENER = /[\s([{\u2014\u2013\-/]/u;

/** A straight or curly double quotation mark, opening or closing: whether a stretch of text holds quoted words. */
export const DOUBLE_QUOTE_MARK = /["\u201C\u201D]/u;
/** The same marks, every one of them (for counting or removing them). */
export const DOUBLE_QUOTE_MARKS = /["\u201C\u201D]/gu;

export type QuoteMarkRole = 'open' | 'close' | 'apostrophe' | 'none';

/** How the character at `index` of `text` acts: opening or closing a quotation, or neither. */
export function classifyQuoteMark(text: string, index: number): QuoteMarkRole {
  const mark = text[index] ?? '';
  if (!OPENING.has(mark) && !CLOSING.has(mark)) return 'none';
  // `''Not now,'' he said`: some wire copy writes a double quotation mark as two apostrophes. The
  // pair acts as one mark, read at its first apostrophe; the second is no mark of its own.
  if (mark === "'" && text[index - 1] === "'") return 'none';
  const pair = mark === "'" && text[index + 1] === "'" ? 1 : 0;
  const before = index > 0 ? (text[index - 1] ?? '') : '';
  const after = index + 1 + pair < text.length ? (text[index + 1 + pair] ?? '') : '';
  const letterBefore = before !== '' && LETTER_OR_DIGIT.test(before);
  const letterAfter = after !== '' && LETTER_OR_DIGIT.test(after);
  if (letterBefore && letterAfter) return 'apostrophe';
  const opensHere = OPENING.has(mark) && (before === '' || SPACE_OR_OPENER.test(before)) && after !== '' && !/\s/u.test(after);
  if (opensHere) return 'open';
  // `… in Argentina, " said Carlos Baez Silva`: a stray space between a quotation's last comma or full stop and its closing
  // mark; a mark with space on both sides after such punctuation can only close (with no quotation open it closes nothing).
  const spacedClose = /\s/u.test(before) && /[,.!?]/u.test(text[index - 2] ?? '') && (after === '' || /\s/u.test(after));
  if (CLOSING.has(mark) && before !== '' && (!/\s/u.test(before) || spacedClose)) {
    // A plural possessive (`soldiers' lives`) closes nothing when no quotation is open; callers
    // that track nesting decide, so report it as a possible close.
    return 'close';
  }
  return 'none';
}

/** Every opening or closing mark: only these can be anything but 'none'. */
const ANY_MARK = new RegExp(`[${[...new Set([...OPENING, ...CLOSING])].join('')}]`, 'g');

/** True when a quotation opened in `text` is still open at its end. */
export function endsInsideQuotation(text: string): boolean {
  let depth = 0;
  // Only the marks need classifying: this runs over every line of every article.
  ANY_MARK.lastIndex = 0;
  for (let match = ANY_MARK.exec(text); match; match = ANY_MARK.exec(text)) {
    const role = classifyQuoteMark(text, match.index);
    if (role === 'open') depth++;
    else if (role === 'close' && depth > 0) depth--;
  }
  return depth > 0;
}

/** True when `text` holds a mark that can close a quotation. */
export function hasClosingMark(text: string): boolean {
  ANY_MARK.lastIndex = 0;
  for (let match = ANY_MARK.exec(text); match; match = ANY_MARK.exec(text)) if (classifyQuoteMark(text, match.index) === 'close') return true;
  return false;
}
