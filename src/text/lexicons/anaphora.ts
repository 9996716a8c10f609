/**
 * Openings that make a sentence continue the one before it: "He said...", "The agency claimed
 * that...". Search reads such a sentence together with its predecessor, so "/sources Yonhap 5000
 * troops" finds "The agency claimed that Pyongyang was sending approximately 5,000 engineering
 * troops" right after the sentence that names Yonhap.
 *
 * `OPENERS` are matched at the start of a sentence, `PARENTHETICALS` anywhere, both after case
 * folding. Extend by adding lower-case phrases; a bare pronoun must be a whole word.
 */

/** Words that, opening a sentence, point back to someone or something named just before. */
export const OPENERS: readonly string[] = [
  'he',
  'she',
  'they',
  'it',
  'his',
  'her',
  'their',
  'its',
  'the agency',
  "the agency's",
  'the news agency',
  'the service',
  'the ministry',
  'the government',
  'the governor',
  "the governor's",
  'the minister',
  'the president',
  'the spokesperson',
  'the spokesman',
  'the spokeswoman',
  'the official',
  'the officials',
  'the report',
  'the statement',
  'the company',
  'the firm',
  'the group',
  'the organisation',
  'the organization',
  'the body',
  'the court',
  'the party',
  'the department',
  'the diplomat',
  'the source',
  'the sources',
  'this',
  'these',
  'that',
  'those',
];

/** A reporting clause set off inside a sentence: "This effort, he explained, aims to...". */
export const PARENTHETICAL_REPORTERS: readonly string[] = ['he', 'she', 'they', 'it'];
export const PARENTHETICAL_VERBS: readonly string[] = ['said', 'says', 'explained', 'noted', 'added', 'stated', 'claimed', 'argued', 'warned', 'told', 'insisted', 'continued', 'wrote', 'reported'];
