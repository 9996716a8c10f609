import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyQuoteMark, endsInsideQuotation, hasClosingMark } from '../../src/text/quote-marks.ts';
import { anyUtf16, articleText, SEED } from '../properties/arbitraries.ts';

/** Cases run for each generator. */
const RUNS = 1500;

/** Every character classified in turn: what the two readers must agree with. */
function rolesOf(text: string): string[] {
  return Array.from({ length: text.length }, (_, i) => classifyQuoteMark(text, i));
}

function depthAtEnd(text: string): number {
  let depth = 0;
  for (const role of rolesOf(text)) {
    if (role === 'open') depth++;
    else if (role === 'close' && depth > 0) depth--;
  }
  return depth;
}

const quoteSoup = fc
  .array(fc.constantFrom("'", '"', '‘', '’', '“', '”', '«', '»', '„', '‚', 'word', 'Russia’s', "soldiers'", ' ', ' ', '\n', '(', '—', '5,000', '.'), { maxLength: 40 })
  .map((pieces) => pieces.join(''));

describe('reading quote marks along a line', () => {
  it('GIVEN an open quotation THEN the line ends inside it, and a closing line has a closing mark', () => {
    expect(endsInsideQuotation('He said: ‘We are ready for the future.')).toBe(true);
    expect(endsInsideQuotation('He said: ‘We are ready.’ Then he left.')).toBe(false);
    expect(endsInsideQuotation("The soldiers' families waited.")).toBe(false);
    expect(hasClosingMark('We just want peace.’')).toBe(true);
    expect(hasClosingMark('Russia’s army')).toBe(false);
  });

  it('GIVEN a stray space before the closing mark ("… in Leeds, " said Ann Hale) THEN the mark closes the quotation', () => {
    const line = '"Times are hard for savers in Leeds, " said Ann Hale, who runs the fund.';
    expect(classifyQuoteMark(line, line.indexOf('" said'))).toBe('close');
    expect(endsInsideQuotation(line)).toBe(false);
  });

  it(`GIVEN ${RUNS} generated texts of each kind THEN both give what classifying every character gives (property)`, () => {
    for (const texts of [quoteSoup, articleText, anyUtf16(200)]) {
      fc.assert(
        fc.property(texts, (text) => {
          expect(endsInsideQuotation(text)).toBe(depthAtEnd(text) > 0);
          expect(hasClosingMark(text)).toBe(rolesOf(text).includes('close'));
        }),
        { seed: SEED, numRuns: RUNS },
      );
    }
  });
});

describe('two apostrophes written for a double quotation mark', () => {
  it("GIVEN ''…'' around a quotation THEN the first apostrophe of each pair opens or closes it and the second is no mark", () => {
    const text = "He said, ''We are ready,'' and left.";
    const roles = [...text].map((_, i) => classifyQuoteMark(text, i)).filter((role) => role !== 'none');
    expect(roles).toEqual(['open', 'close']);
    expect(endsInsideQuotation("He said, ''We are ready.")).toBe(true);
    expect(endsInsideQuotation("He said, ''We are ready.'' Then he left.")).toBe(false);
  });
});
