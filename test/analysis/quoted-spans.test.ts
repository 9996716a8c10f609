import { describe, expect, it } from 'vitest';
import { findQuotedSpans, QUOTE_MARK } from '../../src/analysis/quoted-spans.ts';
import { classifyQuoteMark } from '../../src/text/quote-marks.ts';
import type { Span } from '../../src/model/article.ts';
import { seedArticles } from '../support/seeds.ts';
import { must } from '../support/must.ts';

const sentences = (await seedArticles()).flatMap((article) => article.sentences);

/** What findQuotedSpans did before it looked only at quote marks: every character classified. */
function findQuotedSpansByClassifyingEveryCharacter(text: string): { span: Span; inner: Span }[] {
  const open: number[] = [];
  const found: { span: Span; inner: Span }[] = [];
  for (let i = 0; i < text.length; i++) {
    const role = classifyQuoteMark(text, i);
    if (role === 'open') open.push(i);
    else if (role === 'close' && open.length > 0) {
      const start = must(open.pop(), 'an open mark');
      const innerEnd = text.slice(start + 1, i).replace(/[\s,.;:]+$/u, '').length + start + 1;
      found.push({ span: { start, end: i + 1 }, inner: { start: start + 1, end: innerEnd } });
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

describe('findQuotedSpans', () => {
  it('knows every character classifyQuoteMark may read as opening or closing a quotation', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const mark = String.fromCharCode(code);
      const roles = [` ${mark}a`, `a${mark} `, `a${mark}b`].map((text) => classifyQuoteMark(text, 1));
      if (roles.some((role) => role === 'open' || role === 'close')) expect(QUOTE_MARK.test(mark), `U+${code.toString(16)}`).toBe(true);
    }
  });

  it('finds in every seed sentence what classifying every character finds', () => {
    let found = 0;
    for (const { text } of sentences) {
      const expected = findQuotedSpansByClassifyingEveryCharacter(text);
      expect(findQuotedSpans(text)).toEqual(expected);
      found += expected.length;
    }
    expect(found).toBeGreaterThan(10);
  });

  it('finds nested and apostrophe-laden quotations as before', () => {
    for (const text of ['He said “the ‘special’ unit’s men” were there.', "Russia's 'unwavering support,' he said.", '«Non», dit-il. "Yes"', 'soldiers\' lives "matter"']) {
      expect(findQuotedSpans(text)).toEqual(findQuotedSpansByClassifyingEveryCharacter(text));
    }
  });
});
