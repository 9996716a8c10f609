/**
 * Numeric character references (`&#233;`, `&#xE9;`) that some copies of news text keep where the page had an accented
 * letter (`Jos&#233; Manuel Barroso`, `Pel&#233;`). The article's text is never changed, since every quote is a slice of
 * it: these read a name where it is written as the letter it stands for.
 */
const LETTER_REFERENCE = /&#(?:(\d{1,7})|[xX]([0-9a-fA-F]{1,6}));/gu;

/** What readableLetterReferences pads a decoded letter with: the combining grapheme joiner, which the tagger keeps inside the word and which marks nothing. */
export const REFERENCE_PADDING = '\u034F';

/** The letter a reference stands for; undefined for anything else (`&#191;` for an apostrophe, `&#8364;` for the euro). */
function letterOf(decimal: string | undefined, hex: string | undefined): string | undefined {
  const code = decimal === undefined ? Number.parseInt(hex ?? '', 16) : Number.parseInt(decimal, 10);
  if (!(code > 0 && code <= 0x10ffff)) return undefined;
  const character = String.fromCodePoint(code);
  return /^\p{L}$/u.test(character) ? character : undefined;
}

/** `text` with each reference to a letter written as the letter: `Jos&#233;` → `José`. */
export function decodeLetterReferences(text: string): string {
  if (!text.includes('&#')) return text;
  return text.replace(LETTER_REFERENCE, (reference, decimal?: string, hex?: string) => letterOf(decimal, hex) ?? reference);
}

/**
 * `text` of the same length with each reference to a letter written as the letter and REFERENCE_PADDING up to the
 * reference's length (`Jos&#233;` → `José` and five joiners), so that a tagger reads one word and its offsets still
 * point into `text`.
 */
export function readableLetterReferences(text: string): string {
  if (!text.includes('&#')) return text;
  return text.replace(LETTER_REFERENCE, (reference, decimal?: string, hex?: string) => {
    const letter = letterOf(decimal, hex);
    return letter === undefined ? reference : letter + REFERENCE_PADDING.repeat(reference.length - letter.length);
  });
}
