/**
 * Names whose last word is a single capital letter (`Malcolm X`, `Generation X`, `Plan B`, `World War I`), read by the sentence
 * splitter (`src/text/sentence-ranges.ts`). A capital letter and a full stop is most often an initial inside a name (`George W.
 * Bush`), where no sentence ends; after the words of one of these names it is the name's own last letter, and the full stop ends
 * the sentence as after any other word (`… the daughter of Malcolm X. Attallah Shabazz said …`).
 *
 * To extend: add the name as written, the word before the letter and the letter, with a single space between them. Only the
 * last two words are read (`War I` stands for `World War I`).
 */
export const LETTER_NAMES: ReadonlySet<string> = new Set([
  'Malcolm X',
  'Generation X',
  'Brand X',
  'Planet X',
  'Plan A',
  'Plan B',
  'War I',
  'Vitamin A',
  'Vitamin B',
  'Vitamin C',
  'Vitamin D',
  'Vitamin E',
  'Hepatitis A',
  'Hepatitis B',
  'Hepatitis C',
  'Type A',
  'Type B',
  'Class A',
  'Class B',
  'Class C',
  'Grade A',
]);
