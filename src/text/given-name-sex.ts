import { COMPROMISE_GIVEN_NAMES } from './lexicons/compromise-given-names.ts';
import { GIVEN_NAMES, UNISEX_GIVEN_NAMES } from './lexicons/given-names.ts';

export type NameSex = 'female' | 'male';

/** Our own list of given names by sex (`frank`, `rose`), folded. */
const LISTED_SEX: ReadonlyMap<string, NameSex> = new Map(GIVEN_NAMES.map((entry) => [entry.phrase, entry.category]));

/**
 * compromise's given names and the sex each marks (undefined: its lexicon files the name under either), from our copy of
 * its lexicon's names; a name filed under both sexes would be male, as the tags were read in that order.
 */
const LEXICON_SEX: ReadonlyMap<string, NameSex | undefined> = new Map([
  ...COMPROMISE_GIVEN_NAMES.FirstName.map((name) => [name, undefined] as const),
  ...COMPROMISE_GIVEN_NAMES.FemaleName.map((name) => [name, 'female'] as const),
  ...COMPROMISE_GIVEN_NAMES.MaleName.map((name) => [name, 'male'] as const),
]);

/**
 * True for a folded word that is a given name: one of ours, or one compromise's lexicon knows (`adrian`, `gerard`,
 * `mervyn`: far more than a hand list holds).
 */
export function isGivenName(folded: string): boolean {
  return LISTED_SEX.has(folded) || LEXICON_SEX.has(folded);
}

/**
 * The sex a folded given name marks: ours, else compromise's (`justin` male, `justine` female); undefined for a name
 * neither knows (`mihkail`) or one men and women alike bear (UNISEX_GIVEN_NAMES: compromise files `kelly` and `ashley`
 * under one sex).
 */
export function sexOfGivenName(folded: string): NameSex | undefined {
  const listed = LISTED_SEX.get(folded);
  if (listed || UNISEX_GIVEN_NAMES.has(folded)) return listed;
  return LEXICON_SEX.get(folded);
}
