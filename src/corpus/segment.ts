import { endsInsideQuotation, hasClosingMark } from '../text/quote-marks.ts';
import { splitSentenceRanges } from '../text/sentence-ranges.ts';
import type { Span } from '../model/article.ts';

/** A line of text with its offsets, the line break excluded. */
export interface Line extends Span {
  text: string;
}

/** Every line of `text` with offsets; `\r\n` and `\r` count as line breaks. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const pattern = /\r\n|\n|\r/g;
  let start = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    lines.push({ start, end: match.index, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

/** How far a quotation may run past its line before we stop believing it is one quotation. */
const MAX_LINES_JOINED_BY_A_QUOTATION = 3;

/**
 * Paragraphs of the body lines: each non-blank line is a paragraph, except that a quotation left
 * open at the end of a line carries on into the next (`'...for the future.\nWe just want peace.'`)
 * when a later line closes it.
 */
export function splitParagraphs(lines: Line[]): Span[] {
  const paragraphs: Span[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined || line.text.trim() === '') continue;
    let last = i;
    let lastLine = line;
    let joined = line.text;
    for (
      let next = lines[last + 1];
      last - i < MAX_LINES_JOINED_BY_A_QUOTATION && endsInsideQuotation(joined) && next !== undefined && next.text.trim() !== '' && hasClosingMark(next.text);
      next = lines[last + 1]
    ) {
      last++;
      lastLine = next;
      joined += '\n' + next.text;
    }
    const leading = joined.length - joined.trimStart().length;
    const trailing = joined.length - joined.trimEnd().length;
    paragraphs.push({ start: line.start + leading, end: lastLine.end - trailing });
    i = last;
  }
  return paragraphs;
}

/** Sentences of one paragraph, as spans into `text` (see splitSentenceRanges for where a sentence ends). */
export function splitParagraphSentences(text: string, paragraph: Span): Span[] {
  const source = text.slice(paragraph.start, paragraph.end);
  const spans: Span[] = [];
  for (const piece of splitSentenceRanges(source)) {
    const trimmed = trimInside(source, piece);
    if (trimmed.end > trimmed.start) spans.push({ start: paragraph.start + trimmed.start, end: paragraph.start + trimmed.end });
  }
  return spans;
}

function trimInside(source: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(source.charAt(start))) start++;
  while (end > start && /\s/u.test(source.charAt(end - 1))) end--;
  return { start, end };
}
