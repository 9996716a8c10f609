import type { Span } from '../model/article.ts';
import { classifyQuoteMark } from '../text/quote-marks.ts';
import { findQuotedSpans, type QuotedSpan } from './quotations.ts';

/** A quotation as the cross-checks compare it: `span` takes in the quote marks, `inner` does not. */
export interface QuotedStretch {
  span: Span;
  inner: Span;
}

/**
 * Every mark classifyQuoteMark may read as opening or closing a quotation: any other character
 * is neither, so only these are classified when looking for the first opening mark.
 */
export const QUOTE_MARK = /['"\u2018\u2019\u201A\u201C\u201D\u201E\u00AB\u00BB]/u;
const QUOTE_MARKS = new RegExp(QUOTE_MARK.source, 'gu');

/**
 * The quotations of one sentence, read by the article's own quotation reader (`quotations.ts`)
 * with the sentence as its one paragraph, so the cross-checks and the analysis agree on what is
 * quoted: outermost quotations only, marks of one family, `''` as a double mark. Offsets are
 * into the text given. A comma, full stop, semicolon or colon inside the closing mark
 * ("‘unprecedented in scale,’") is punctuation of the sentence, not quoted wording, so `inner`
 * ends before it.
 */
export function findQuotedStretches(text: string): QuotedStretch[] {
  const found = findQuotedSpans(text, [{ start: 0, end: text.length }]);
  const opening = firstOpeningMark(text);
  // A quotation that runs on into the next sentence ("The FSA should not … 'wait and see'.) is
  // not closed here; the quotations inside it are, and are read from its opening mark on.
  if (opening >= 0 && !found.some(({ outer }) => outer.start <= opening && opening < outer.end)) {
    found.push(...findQuotedSpans(text, [{ start: opening + 1, end: text.length }]));
    found.sort((a, b) => a.outer.start - b.outer.start);
  }
  return found.map((quoted) => stretchOf(text, quoted));
}

function stretchOf(text: string, { words, outer }: QuotedSpan): QuotedStretch {
  const end = words.start + text.slice(words.start, words.end).replace(/[\s,.;:]+$/u, '').length;
  return { span: outer, inner: { start: words.start, end } };
}

/** Where the first mark read as opening a quotation stands; -1 when none does. */
function firstOpeningMark(text: string): number {
  for (const { index } of text.matchAll(QUOTE_MARKS)) if (classifyQuoteMark(text, index) === 'open') return index;
  return -1;
}
