import { classifyQuoteMark } from '../text/quote-marks.ts';
import type { Span } from '../model/article.ts';

/**
 * Every mark classifyQuoteMark may read as opening or closing a quotation: any other character
 * is neither, so only these are classified, and a text without one holds no quotation.
 */
export const QUOTE_MARK = /['"\u2018\u2019\u201A\u201C\u201D\u201E\u00AB\u00BB]/u;
const QUOTE_MARKS = new RegExp(QUOTE_MARK.source, 'gu');

/**
 * Quoted stretches of one sentence: `span` takes in the quote marks, `inner` does not; offsets
 * into the text given. A small reader for comparing wordings across articles; the quotation
 * analysis of issue 3 (speakers, quotations across line breaks) is a separate piece of work.
 */
export function findQuotedSpans(text: string): { span: Span; inner: Span }[] {
  if (!QUOTE_MARK.test(text)) return [];
  const open: number[] = [];
  const found: { span: Span; inner: Span }[] = [];
  for (const { index: i } of text.matchAll(QUOTE_MARKS)) {
    const role = classifyQuoteMark(text, i);
    if (role === 'open') open.push(i);
    else if (role === 'close' && open.length > 0) {
      const start = open.pop()!;
      // A comma or full stop inside the marks ("‘unprecedented in scale,’") is not quoted wording.
      const innerEnd = text.slice(start + 1, i).replace(/[\s,.;:]+$/u, '').length + start + 1;
      found.push({ span: { start, end: i + 1 }, inner: { start: start + 1, end: innerEnd } });
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}
