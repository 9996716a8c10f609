import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, scanWords, tokenize as tokenizeFolded } from '../../src/text/normalise.ts';
import { tokenize as tokenizeWords } from '../../src/text/phrase-matcher.ts';
import { SEED } from '../properties/arbitraries.ts';
import { seedArticles } from '../support/seeds.ts';

// One scanner (`scanWords`) cuts the words of both views: the folded keys of the index and the
// cross-checks, and the lower-cased words of the sentence analysis. These tests pin down that they
// cut alike, and where their views differ on purpose: number words and units (docs/architecture.md, "Twins left").

const sentences = (await seedArticles()).flatMap((article) => article.sentences);

/** Cases run for the generated text. */
const RUNS = 1000;

const NUMBER_WORD =
  /^(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion)$/u;

/** A word the folded tokenizer may merge into a figure: a digit run or a number word. */
function mayBeFigure(raw: string): boolean {
  return /\d/u.test(raw) || NUMBER_WORD.test(raw.toLowerCase());
}

const plainWord = fc.constantFrom('The', 'ministry', 'said', 'Russia’s', "soldiers'", 'troops', 'were', 'withdrawn', 'Kyiv', 'a', 'unwavering', 'don’t', 'Pyongyang');
const separator = fc.constantFrom(' ', ', ', '. ', ' — ', ' (', ') ', '\n', ' “', '” ');
const plainText = fc.array(fc.tuple(plainWord, separator), { maxLength: 30 }).map((pairs) => pairs.map(([word, gap]) => word + gap).join(''));

describe('the one word scanner and its two views', () => {
  it(`GIVEN ${RUNS} generated texts of plain words without figures THEN both cut the same words and the folded key is the lower-cased form folded (property)`, () => {
    fc.assert(
      fc.property(plainText, (text) => {
        const words = tokenizeWords(text);
        const folded = tokenizeFolded(text);
        expect(folded.map(({ start, end }) => [start, end])).toEqual(words.map(({ start, end }) => [start, end]));
        expect(folded.map(({ key }) => key)).toEqual(words.map(({ norm }) => foldText(norm)));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('GIVEN every seed sentence THEN every word that is not a figure or number word is cut alike by both, and only figures differ', () => {
    let compared = 0;
    for (const { text } of sentences) {
      const folded = new Map(tokenizeFolded(text).map((token) => [`${token.start}:${token.end}`, token.key]));
      for (const word of tokenizeWords(text)) {
        if (mayBeFigure(word.raw)) continue;
        expect(folded.get(`${word.start}:${word.end}`), `${word.raw} in ${text}`).toBe(foldText(word.norm));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('GIVEN a figure with digit groups or a decimal THEN both views read it as one word', () => {
    const text = 'About 5,000 troops and 2.5 tanks.';
    expect(tokenizeFolded(text).map(({ key }) => key)).toEqual(['about', '5000', 'troops', 'and', '2.5', 'tanks']);
    expect(tokenizeWords(text).map(({ norm }) => norm)).toEqual(['about', '5,000', 'troops', 'and', '2.5', 'tanks']);
  });

  it('GIVEN a figure with its unit written onto it THEN the analysis view reads one word and the folded view the figure and the unit', () => {
    const text = 'It paid £1.4bn for 20m shares.';
    expect(tokenizeWords(text).map(({ raw }) => raw)).toEqual(['It', 'paid', '1.4bn', 'for', '20m', 'shares']);
    expect(tokenizeFolded(text).map(({ key }) => key)).toEqual(['it', 'paid', '1.4', 'bn', 'for', '20', 'm', 'shares']);
  });

  it('GIVEN number words THEN the folded tokenizer reads them as one figure and the word tokenizer keeps the words', () => {
    const text = 'Twenty-five thousand people marched.';
    expect(tokenizeFolded(text).map(({ key }) => key)).toEqual(['25000', 'people', 'marched']);
    expect(tokenizeWords(text).map(({ norm }) => norm)).toEqual(['twenty', 'five', 'thousand', 'people', 'marched']);
  });

  it('GIVEN an accented word THEN the folded key drops the accent and the word tokenizer keeps it', () => {
    const text = 'Zelenskyy met Macron in Élysée.';
    expect(
      tokenizeFolded(text)
        .map(({ key }) => key)
        .at(-1),
    ).toBe('elysee');
    expect(
      tokenizeWords(text)
        .map(({ norm }) => norm)
        .at(-1),
    ).toBe('élysée');
  });

  it('GIVEN a soft hyphen or a zero-width space inside a word THEN both views read one word, and neither keeps the invisible character in its form', () => {
    const text = 'The news\u00ADpaper said the re\u200Bport was wrong.';
    expect(tokenizeWords(text).map(({ norm }) => norm)).toEqual(['the', 'newspaper', 'said', 'the', 'report', 'was', 'wrong']);
    expect(tokenizeFolded(text).map(({ key }) => key)).toEqual(['the', 'newspaper', 'said', 'the', 'report', 'was', 'wrong']);
  });

  it('GIVEN a start and an end inside the text THEN the scanner gives only the words wholly between them, with offsets into the whole text', () => {
    const text = 'Troops left Kyiv on Monday.';
    expect(scanWords(text, 7, 16)).toEqual([
      { raw: 'left', start: 7, end: 11 },
      { raw: 'Kyiv', start: 12, end: 16 },
    ]);
  });
});
