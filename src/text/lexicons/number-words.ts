/**
 * The cardinal number words from one to twenty, in order (a word's index + 1 is its value). The figure reader
 * (`src/text/normalise.ts`) reads them with the tens and multipliers; the chart ranks (`claim-cues.ts`) read
 * `at number four` by them.
 */
export const CARDINAL_WORDS: readonly string[] = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
