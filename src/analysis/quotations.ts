import { classifyQuoteMark } from '../text/quote-marks.ts';
import type { Span } from '../model/article.ts';

/** A quotation's words with its marks: `words` excludes the marks, `outer` includes them. */
export interface QuotedSpan {
  /** The quoted words without the marks, trimmed of spaces and of a trailing comma. */
  words: Span;
  /** From the opening mark to the closing mark, both included. */
  outer: Span;
}

type Family = 'single' | 'double' | 'guillemet';

function familyOf(mark: string): Family | undefined {
  switch (mark) {
    case "'":
    case '\u2018':
    case '\u2019':
    case '\u201A':
      return 'single';
    case '"':
    case '\u201C':
    case '\u201D':
    case '\u201E':
      return 'double';
    case '\u00AB':
    case '\u00BB':
      return 'guillemet';
    default:
      return undefined;
  }
}

const TRAILING = /[\s,]/u;

/**
 * The outermost quotations of each paragraph, straight or curly, single or double. A quotation
 * never runs past its paragraph (the loader already joins lines that a quotation spans), so an
 * unclosed mark costs at most that paragraph. A single mark that cannot close the open
 * quotation (`soldiers'` inside a double-quoted one) is read as an apostrophe.
 */
export function findQuotedSpans(text: string, paragraphs: readonly Span[]): QuotedSpan[] {
  const found: QuotedSpan[] = [];
  for (const paragraph of paragraphs) {
    const open: { family: Family; index: number }[] = [];
    for (let i = paragraph.start; i < paragraph.end; i++) {
      // `''Not now,''`: two apostrophes written for a double quotation mark (see quote-marks.ts).
      const paired = text[i] === "'" && text[i + 1] === "'";
      const family = paired ? 'double' : familyOf(text[i]!);
      if (!family) continue;
      const role = classifyQuoteMark(text, i);
      if (role === 'open') {
        open.push({ family, index: i });
        continue;
      }
      if (role !== 'close') continue;
      const depth = findOpen(open, family);
      if (depth < 0) continue;
      const opening = open[depth]!;
      open.length = depth;
      if (depth === 0) found.push(quotedSpan(text, opening.index, i));
    }
  }
  return found;
}

function findOpen(open: readonly { family: Family }[], family: Family): number {
  for (let depth = open.length - 1; depth >= 0; depth--) if (open[depth]!.family === family) return depth;
  return -1;
}

function quotedSpan(text: string, openIndex: number, closeIndex: number): QuotedSpan {
  let start = openIndex + (text.startsWith("''", openIndex) ? 2 : 1);
  let end = closeIndex;
  const closeEnd = closeIndex + (text.startsWith("''", closeIndex) ? 2 : 1);
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && TRAILING.test(text[end - 1]!)) end--;
  return { words: { start, end }, outer: { start: openIndex, end: closeEnd } };
}
