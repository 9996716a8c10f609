/**
 * Abbreviations that end in a full stop without ending a sentence: the sentence splitter
 * (`src/text/sentence-ranges.ts`) reads the word before every full stop against this list.
 * Initials (`W.`) and initialisms (`U.S.`, `a.m.`) are known by their shape and need no entry.
 *
 * - `title`: stands before a name (`Mr.`, `Dr.`, `Gen.`, `St.`).
 * - `number`: stands before a figure (`No. 10`, `pp. 4-5`).
 * - `month`: a shortened month (`Dec. 4`).
 * - `company`: ends a firm's or a person's name (`Inc.`, `Ltd.`, `Jr.`), so it may end a sentence too.
 * - `place`: a shortened US state or place (`Calif.`, `Mass.`), as US wire copy writes them.
 * - `inside`: never ends a sentence (`vs.`, `approx.`, `e.g.`).
 * - `exclamation`: a name written with `!` (`Yahoo!`), whose `!` ends no sentence.
 *
 * Every kind but `inside` may still end a sentence (`... at No. 10 Downing St. The ...`): the
 * splitter ends one after it only when the next word is one that opens sentences (see
 * `sentence-starters.ts`), so never before a name or a figure. The categories say why a word is
 * here; `number`, `inside` and `exclamation` are the ones the splitter reads differently (a
 * `number` abbreviation ends a sentence unless a figure follows: `"No. Definitely not."`).
 *
 * To extend: add the word as it is written, without its full stop, with the category that fits.
 * Matching is exact, case included (`No` before a figure, never `no`): add each spelling.
 */
export type AbbreviationCategory = 'title' | 'number' | 'month' | 'company' | 'place' | 'inside' | 'exclamation';

/** One abbreviation, written without its full stop, and why it is one. */
export interface Abbreviation {
  word: string;
  category: AbbreviationCategory;
}

const entries = (category: AbbreviationCategory, words: string[]): Abbreviation[] => words.map((word) => ({ word, category }));

/** Every abbreviation the sentence splitter knows, by category. */
export const ABBREVIATIONS: readonly Abbreviation[] = [
  ...entries('title', [
    'Mr',
    'Mrs',
    'Ms',
    'Messrs',
    'Mme',
    'Mlle',
    'Dr',
    'Prof',
    'Rev',
    'Revd',
    'Fr',
    'Hon',
    'Rt',
    'Sen',
    'Sens',
    'Rep',
    'Reps',
    'Gov',
    'Govs',
    'Pres',
    'Gen',
    'Lt',
    'Col',
    'Maj',
    'Capt',
    'Cmdr',
    'Cdr',
    'Adm',
    'Brig',
    'Sgt',
    'Cpl',
    'Pte',
    'Pvt',
    'Supt',
    'Insp',
    'Det',
    'Cllr',
    'Atty',
    'Amb',
    'Sec',
    'Sr',
    'Sra',
    'St',
    'Ste',
    'Mt',
    'Ft',
    'Pt',
  ]),
  ...entries('number', ['No', 'Nos', 'no', 'nos', 'Art', 'art', 'Fig', 'fig', 'Vol', 'vol', 'Ch', 'ch', 'p', 'pp', 'Para', 'para', 'Tel', 'tel', 'Ext', 'ext', 'Op', 'op', 'Rs']),
  ...entries('month', ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']),
  ...entries('company', ['Inc', 'Corp', 'Co', 'Cos', 'Ltd', 'Plc', 'PLC', 'LLC', 'Bros', 'Jr', 'Snr', 'Jnr', 'Assn', 'Dept', 'Univ', 'al']),
  ...entries('place', [
    'Ala',
    'Ariz',
    'Ark',
    'Calif',
    'Colo',
    'Conn',
    'Del',
    'Fla',
    'Ga',
    'Ill',
    'Ind',
    'Kan',
    'Kans',
    'Ky',
    'La',
    'Md',
    'Mass',
    'Mich',
    'Minn',
    'Miss',
    'Mo',
    'Mont',
    'Neb',
    'Nev',
    'Okla',
    'Ore',
    'Pa',
    'Penn',
    'Tenn',
    'Tex',
    'Va',
    'Vt',
    'Wash',
    'Wis',
    'Wyo',
    'Ave',
    'Blvd',
    'Rd',
  ]),
  ...entries('inside', ['vs', 'Vs', 'v', 'cf', 'approx', 'ca', 'c', 'incl', 'esp', 'viz', 'e.g', 'i.e', 'eg', 'ie']),
  ...entries('exclamation', ['Yahoo', 'Jeopardy', 'Wham', 'E', 'Hello', 'OK']),
];
