import { readdir, readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { split } from 'sentence-splitter';
import { describe, expect, it } from 'vitest';
import { splitSentenceRanges } from '../../src/text/sentence-ranges.ts';
import { articleText, anyUtf16, SEED } from '../properties/arbitraries.ts';

/** Cases run for each generator. */
const RUNS = 1500;

/** The sentence ranges the package itself gives. */
function packageRanges(text: string): [number, number][] {
  return split(text)
    .filter((node) => node.type === 'Sentence')
    .map((node) => [node.range[0], node.range[1]]);
}

function ourRanges(text: string): [number, number][] {
  return splitSentenceRanges(text).map((span) => [span.start, span.end]);
}

/** Everything the splitter reacts to: separators, pair marks, abbreviations of each kind, CJK, odd white space. */
const PIECES = [
  '.', '?', '!', '...', '?!', '。', '．', '？', '！', '"', '(', ')', '[', ']', '{', '}', '「', '」', '（', '）', '【', '】', '《', '》',
  'Mr.', 'mr.', 'Dr.', 'Gen.', 'St.', 'Dec.', 'Jan.', 'Co.', 'Inc.', 'etc.', 'vs.', 'Vs.', 'D.phil.', 'U.S.A.', 'U.S.', 'a.m.', 'p.m.', 'e.g.', 'i.e.',
  'I.', 'I', 'A.', 'J.', 'Albert', 'Jones', 'yesterday', 'the', 'Said', 'said', '1.', '12.', '1.23', '5,000', 'No.', 'no.',
  'Yahoo!', 'yahoo!', '!Kung', 'ǃXũ', 'Jeopardy!', 'E!', '漢字', 'ひらがな', 'カタカナ', '한국', '𠀋', '\uD840', '\uDC0B', 'Ä.', 'Éric',
  ' ', ' ', '  ', '\t', '\n', '\r\n', '\r', '\u00A0', '\u2028', '\u3000', '\uFEFF', '\u200B', '“', '”', '‘', '’', "'",
];

const splitterSoup = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 60 })
  .chain((pieces) => fc.array(fc.constantFrom('', ' ', ' ', '\n'), { minLength: pieces.length, maxLength: pieces.length }).map((gaps) => pieces.map((piece, i) => gaps[i] + piece).join('')));

const CASES = [
  '',
  ' ',
  'One sentence',
  'This is a pen. This is not a pen.',
  'We make a good team, you and I. Did you see Albert I. Jones yesterday?',
  'Mr. Smith met Gen. Lee at 3 p.m. on Dec. 4. It rained.',
  'The U.S.A. is big. The U.S. is too.',
  'Yahoo! Inc. said so. Really!? Yes!!',
  '1. First point. 2. Second point.',
  'It cost 1.23 dollars.It was cheap. Then',
  'He said "Go. Now." Then he left. She (who knew. Really.) stayed.',
  'An unclosed "quotation. It never ends. Nor does this.',
  'Wait... what? Yes.',
  '! Leading separators. ? And more.',
  '漢字。次の文。Mr.漢 smith. 漢Dec. end.',
  'Trailing white space.   ',
  'Line one\nline two. Line three\r\nline four.',
  'a.\u00A0B. c.\u2028D. e.\uFEFFF.',
  'Sen. John Doe (D-Calif.) voted no. The bill failed.',
];

describe('splitSentenceRanges', () => {
  it('GIVEN hand-picked hard cases THEN it gives exactly the sentence-splitter package’s ranges', () => {
    for (const text of CASES) expect(ourRanges(text), text).toEqual(packageRanges(text));
  });

  it('GIVEN every seed article, whole and line by line THEN it gives exactly the package’s ranges', async () => {
    const names = (await readdir('seeds')).filter((file) => /\.(txt|md|json)$/u.test(file));
    const texts = await Promise.all(names.map((name) => readFile(`seeds/${name}`, 'utf8')));
    expect(texts.length).toBeGreaterThanOrEqual(5);
    for (const text of texts) for (const piece of [text, ...text.split('\n')]) expect(ourRanges(piece)).toEqual(packageRanges(piece));
  });

  it(`GIVEN ${RUNS} generated texts of each kind (splitter soup, article-like text, any UTF-16) THEN it gives exactly the package’s ranges (property)`, () => {
    for (const texts of [splitterSoup, articleText, anyUtf16(300)]) {
      fc.assert(
        fc.property(texts, (text) => {
          expect(ourRanges(text)).toEqual(packageRanges(text));
        }),
        { seed: SEED, numRuns: RUNS },
      );
    }
  });
});
