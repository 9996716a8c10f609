import { lexiconTags } from './compromise.ts';
import { GIVEN_NAMES, UNISEX_GIVEN_NAMES } from './lexicons/given-names.ts';

export type NameSex = 'female' | 'male';

/** Our own list of given names by sex (`frank`, `rose`), folded. */
const LISTED_SEX: ReadonlyMap<string, NameSex> = new Map(GIVEN_NAMES.map((entry) => [entry.phrase, entry.category]));

/** compromise's lexicon tags of a given name. */
const GIVEN_NAME_TAGS: ReadonlySet<string> = new Set(['MaleName', 'FemaleName', 'FirstName']);

/**
 * True for a folded word that is a given name: one of ours, or one compromise's lexicon knows (`adrian`, `gerard`,
 * `mervyn`: far more than a hand list holds).
 */
export function isGivenName(folded: string): boolean {
  return LISTED_SEX.has(folded) || lexiconTags(folded).some((tag) => GIVEN_NAME_TAGS.has(tag));
}

/**
 * The sex a folded given name marks: ours, else compromise's (`justin` male, `justine` female); undefined for a name
 * neither knows (`mihkail`) or one men and women alike bear (UNISEX_GIVEN_NAMES: compromise files `kelly` and `ashley`
 * under one sex).
 */
export function sexOfGivenName(folded: string): NameSex | undefined {
  const listed = LISTED_SEX.get(folded);
  if (listed || UNISEX_GIVEN_NAMES.has(folded)) return listed;
  const tags = lexiconTags(folded);
  return tags.includes('MaleName') ? 'male' : tags.includes('FemaleName') ? 'female' : undefined;
}
