import type { Span } from '../model/article.ts';
import { findQuotedSpans } from './quotations.ts';

/** A quotation as the cross-checks compare it: `span` takes in the quote marks, `inner` does not. */
export interface QuotedStretch {
  span: Span;
  inner: Span;
}

/**
 * The quotations of one sentence, read by the article's own quotation reader (`quotations.ts`)
 * with the sentence as its one paragraph, so the cross-checks and the analysis agree on what is
 * quoted: outermost quotations only, marks of one family, `''` as a double mark. Offsets are
 * into the text given. A comma, full stop, semicolon or colon inside the closing mark
 * ("‘unprecedented in scale,’") is punctuation of the sentence, not quoted wording, so `inner`
 * ends before it.
 */
export function findQuotedStretches(text: string): QuotedStretch[] {
  return findQuotedSpans(text, [{ start: 0, end: text.length }]).map(({ words, outer }) => {
    const end = words.start + text.slice(words.start, words.end).replace(/[\s,.;:]+$/u, '').length;
    return { span: outer, inner: { start: words.start, end } };
  });
}
