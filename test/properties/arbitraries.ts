import fc from 'fast-check';
import { HOSTILE_TEXT } from '../answer/render/renderer-contract.ts';

/**
 * Generators shared by the property tests. Every test runs with a fixed seed, so a failure
 * reproduces exactly; the counts are in docs/reliability.md.
 */
export const SEED = 20_261_122;

/** Any UTF-16 string, lone surrogates and control characters included. */
export const anyUtf16 = (maxLength = 300): fc.Arbitrary<string> => fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength }).map((codes) => String.fromCharCode(...codes));

/** Characters that break naive text handling: RTL marks and text, zero-width, emoji, a BOM, NUL, quotes, CR. */
export const TRICKY = [
  '\u202E',
  '\u200F',
  'مرحبا',
  'שלום',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '👩‍👩‍👧',
  '🇺🇦',
  '\u0000',
  '“',
  '’',
  '"',
  "'",
  '\r\n',
  '\r',
  '\n\n',
  '\t',
  '@everyone',
  '<!here>',
  '*',
  '_',
  '~',
  '`',
  '5,000',
  'troops',
  'Goremykin',
  'Kursk',
  'said',
  '.',
  '?',
  '!',
];

/** Words and fragments from the seed articles' world, mixed with the tricky ones, joined by spaces or not. */
export const wordSoup = (maxWords = 40): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constant(HOSTILE_TEXT.slice(0, 60))), { maxLength: maxWords })
    .chain((words) => fc.constantFrom(' ', '', '\n').map((separator) => words.join(separator)));

/** Text as an article might hold it: tricky soup, any UTF-16, or plain sentences on lines. */
export const articleText: fc.Arbitrary<string> = fc.oneof(
  wordSoup(80),
  anyUtf16(400),
  fc.array(fc.lorem({ maxCount: 12, mode: 'sentences' }), { minLength: 1, maxLength: 8 }).map((paragraphs) => `Headline of a story\n\n${paragraphs.join('\n')}`),
);
