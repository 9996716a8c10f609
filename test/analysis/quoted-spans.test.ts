import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotedStretches, QUOTE_MARK, type QuotedStretch } from '../../src/analysis/quoted-spans.ts';
import { classifyQuoteMark } from '../../src/text/quote-marks.ts';
import { SEED } from '../properties/arbitraries.ts';
import { seedArticles } from '../support/seeds.ts';

const sentences = (await seedArticles()).flatMap((article) => article.sentences);

/** Cases run for the generated sentences. */
const RUNS = 1500;

const QUOTE_MARKS = new RegExp(QUOTE_MARK.source, 'gu');

/**
 * The cross-checks' own quoted-span finder before they took the analysis reader (kept as the
 * oracle): every quoted stretch of one sentence, nested ones too, any closing mark closing the
 * last opening of any family.
 */
function findQuotedSpansPerSentence(text: string): QuotedStretch[] {
  const open: number[] = [];
  const found: QuotedStretch[] = [];
  for (const { index: i } of text.matchAll(QUOTE_MARKS)) {
    const role = classifyQuoteMark(text, i);
    if (role === 'open') open.push(i);
    else if (role === 'close') {
      const start = open.pop();
      if (start === undefined) continue;
      const innerEnd = text.slice(start + 1, i).replace(/[\s,.;:]+$/u, '').length + start + 1;
      found.push({ span: { start, end: i + 1 }, inner: { start: start + 1, end: innerEnd } });
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

/** The oracle's stretches that no other of its stretches holds: the outermost quotations. */
function outermost(found: readonly QuotedStretch[]): QuotedStretch[] {
  return found.filter((a) => !found.some((b) => b !== a && b.span.start <= a.span.start && a.span.end <= b.span.end));
}

const OPEN_CLOSE = [
  ['“', '”'],
  ['‘', '’'],
  ['"', '"'],
  ['«', '»'],
] as const;

const word = fc.constantFrom('the', 'Ministry', 'said', 'troops', 'were', 'withdrawn', 'Russia’s', '5,000', 'unwavering', 'support', 'of', 'Kyiv');
const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((list) => list.join(' '));

/** A sentence of plain words with quotations of one family, none nested, each closed, some ending in `,` or `.` inside the marks. */
const sentenceWithQuotations = fc
  .tuple(fc.constantFrom(...OPEN_CLOSE), words, fc.array(fc.tuple(words, fc.constantFrom('', ',', '.', ';'), words), { minLength: 1, maxLength: 3 }))
  .map(([[open, close], first, parts]) => `${first} ${parts.map(([quoted, stop, after]) => `${open}${quoted}${stop}${close} ${after}`).join(' ')}.`);

describe('findQuotedStretches', () => {
  it('knows every character classifyQuoteMark may read as opening or closing a quotation', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const mark = String.fromCharCode(code);
      const roles = [` ${mark}a`, `a${mark} `, `a${mark}b`].map((text) => classifyQuoteMark(text, 1));
      if (roles.some((role) => role === 'open' || role === 'close')) expect(QUOTE_MARK.test(mark), `U+${code.toString(16)}`).toBe(true);
    }
  });

  it(`GIVEN ${RUNS} generated sentences with closed quotations of one family, none nested THEN it finds what the per-sentence finder found (property)`, () => {
    fc.assert(
      fc.property(sentenceWithQuotations, (text) => {
        expect(findQuotedStretches(text)).toEqual(findQuotedSpansPerSentence(text));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('GIVEN every seed sentence THEN it finds the outermost quotations the per-sentence finder found', () => {
    let found = 0;
    for (const { text } of sentences) {
      const expected = outermost(findQuotedSpansPerSentence(text));
      expect(findQuotedStretches(text), text).toEqual(expected);
      found += expected.length;
    }
    expect(found).toBeGreaterThan(10);
  });

  it('GIVEN a comma or full stop inside the closing mark THEN the quoted words end before it and the span keeps the marks', () => {
    const text = 'Officials called the strike ‘unprecedented in scale,’ he said.';
    const [stretch] = findQuotedStretches(text);
    expect(stretch && text.slice(stretch.inner.start, stretch.inner.end)).toBe('unprecedented in scale');
    expect(stretch && text.slice(stretch.span.start, stretch.span.end)).toBe('‘unprecedented in scale,’');
  });
  it('GIVEN a quotation that runs on into the next sentence THEN the quotation closed inside it is found', () => {
    const text = '“The regulator should not bide its time and ‘wait and see’.';
    expect(findQuotedStretches(text).map(({ inner }) => text.slice(inner.start, inner.end))).toEqual(['wait and see']);
  });
});

describe('where the analysis reader rightly reads quotations differently from the per-sentence finder', () => {
  it('GIVEN a quotation nested in another THEN only the outer one is a quotation', () => {
    const text = 'He said “the ‘special’ unit’s men” were there.';
    expect(findQuotedSpansPerSentence(text)).toHaveLength(2);
    expect(findQuotedStretches(text).map(({ span }) => text.slice(span.start, span.end))).toEqual(['“the ‘special’ unit’s men”']);
  });

  it('GIVEN a single mark inside a double-quoted stretch THEN it is an apostrophe, not the close of the quotation', () => {
    const text = 'The group said "the soldiers\' families" were told nothing.';
    expect(findQuotedSpansPerSentence(text).map(({ span }) => text.slice(span.start, span.end))).toEqual(['"the soldiers\'']);
    expect(findQuotedStretches(text).map(({ span }) => text.slice(span.start, span.end))).toEqual(['"the soldiers\' families"']);
  });

  it('GIVEN two apostrophes written for a double mark THEN the pair opens and closes the quotation, and no apostrophe is taken as a quoted word', () => {
    const text = "He said, ''We are not leaving,'' and walked out.";
    expect(findQuotedSpansPerSentence(text).map(({ inner }) => text.slice(inner.start, inner.end))).toEqual(["'We are not leaving"]);
    expect(findQuotedStretches(text).map(({ inner }) => text.slice(inner.start, inner.end))).toEqual(['We are not leaving']);
  });

  it('GIVEN a quotation reopened at its next sentence without closing THEN the first sentence is a quotation of its own', () => {
    const text = '“We reject this offer. “They will not decide for us,” she said.';
    expect(findQuotedSpansPerSentence(text).map(({ inner }) => text.slice(inner.start, inner.end))).toEqual(['They will not decide for us']);
    expect(findQuotedStretches(text).map(({ inner }) => text.slice(inner.start, inner.end))).toEqual(['We reject this offer', 'They will not decide for us']);
  });
});
