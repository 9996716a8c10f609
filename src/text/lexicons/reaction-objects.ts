import { DISPUTED_REPORTS } from './contest-words.ts';

/**
 * What a denial points back to when it answers the sentence before it: "The company denied the
 * report.", "Ministers have dismissed the claims.", "The firm denied it." Read right after a contest
 * cue of reaction (`denied`, `disputed`, `rejected`, …; see `contest-words.ts`), such an object makes
 * the sentence a reaction to what its article has just told, though it repeats none of its words.
 *
 * - `pronouns` stand for the whole of what was told; `nouns` after a `determiner` name a telling
 *   ("the report", "these claims").
 * - Either points back only where its clause ends after it, or one of `closers` follows ("denied the
 *   report on Monday", "dismissed it as speculation"): "denied it would close the plant", "dismissed
 *   the claim he had reneged on a promise" and "denied reports that …" say what is denied in words
 *   of their own.
 *
 * To extend: lower-case words; a noun in each number it is written in.
 */

/** Pronouns that stand for the claim just told, when the clause ends after them. */
export const REACTION_PRONOUNS: readonly string[] = ['it', 'this', 'them'];

/** Determiners before a noun of telling that point back ("the", "these", "such"). */
export const REACTION_DETERMINERS: readonly string[] = ['the', 'this', 'these', 'those', 'such', 'that'];

/**
 * Nouns that name a telling of a claim: the reports a denial can credit (`DISPUTED_REPORTS`), and the accusations it can only
 * answer (`denied the charges`), which name a claim but are no source of one.
 */
export const REACTION_NOUNS: readonly string[] = [...DISPUTED_REPORTS, 'allegation', 'allegations', 'story', 'stories', 'accusation', 'accusations', 'charge', 'charges'];

/** Words that may follow the object of a reply without opening a clause of what is denied: a time, a manner, a verdict. */
export const REACTION_CLOSERS: readonly string[] = [
  'on',
  'in',
  'at',
  'as',
  'by',
  'outright',
  'strongly',
  'firmly',
  'flatly',
  'immediately',
  'last',
  'this',
  'yesterday',
  'today',
  'earlier',
  'later',
  'but',
  'and',
];
