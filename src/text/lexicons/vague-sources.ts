import type { LexiconEntry } from './phrase.ts';

/**
 * Vague sources: groups and kinds of people or documents that stand behind a statement without
 * anyone being answerable for it (`analysts suggest`, `some experts`, `intelligence
 * assessments`). As the source of a statement they make its sourcing `vague`.
 *
 * - `group`: an unnamed group of people (`analysts`, `observers`, `officials`).
 * - `quantified`: a group picked out by a quantifier (`some analysts`, `many experts`, `others`).
 * - `document`: an unnamed report or assessment (`intelligence assessments`, `reports`).
 * - `stated`: a whole phrase that is a vague attribution by itself (`analysts suggest`,
 *   `it is believed`), counted wherever it appears.
 *
 * To extend: add the plural and singular forms you need; a group named by its body
 * (`Pentagon officials`) is still vague here, because no one in it is answerable.
 */
export type VagueCategory = 'group' | 'quantified' | 'document' | 'stated';

export type VagueSource = LexiconEntry<VagueCategory>;

const entries = (category: VagueCategory, phrases: string[]): VagueSource[] => phrases.map((phrase) => ({ phrase, category }));

export const VAGUE_SOURCES: readonly VagueSource[] = [
  ...entries('group', [
    'analysts',
    'experts',
    'observers',
    'officials',
    'critics',
    'commentators',
    'diplomats',
    'insiders',
    'experts note',
    'military experts',
    'western sources',
    'ukrainian and western sources',
    'western officials',
    'russian officials',
    'ukrainian officials',
    'western intelligence agencies',
    'intelligence agencies',
    'authorities',
    'residents',
    'local residents',
    'people',
    'scholars',
    'researchers',
    'economists',
    'historians',
    'activists',
    'campaigners',
    'some',
    'others',
    'many',
    'critics say',
    'supporters',
    'opponents',
    'state media',
  ]),
  ...entries('quantified', [
    'some analysts',
    'many analysts',
    'several analysts',
    'some experts',
    'many experts',
    'some observers',
    'some officials',
    'some russian officials',
    'several officials',
    'many observers',
    'some critics',
    'others',
    'some diplomats',
    'a number of analysts',
    'a number of experts',
  ]),
  ...entries('document', [
    'reports',
    'unconfirmed reports',
    'media reports',
    'press reports',
    'local reports',
    'earlier reports',
    'intelligence assessments',
    'intelligence assessment',
    'the intelligence assessment',
    'assessments',
    'estimates',
    'rumors',
    'rumours',
    'speculation',
    'social media posts',
    'posts on social media',
  ]),
  ...entries('stated', [
    'analysts suggest',
    'analysts say',
    'analysts said',
    'analysts believe',
    'experts say',
    'experts said',
    'experts believe',
    'experts note',
    'observers say',
    'observers note',
    'critics argue',
    'it is believed',
    'it is thought',
    'it is understood',
    'it is said',
    'it was reported',
    'it is reported',
    'it has been reported',
    "it's been reported",
    "it's been said",
    "it's thought",
    "it's understood",
    "it's believed",
    'it has been suggested',
    'it was claimed',
    'it is claimed',
    'is widely thought',
    'are widely believed',
    'some have suggested',
    'some have argued',
    'some have said',
    'many have said',
    'many experts argue',
    'critics have said',
    'critics say',
    'is widely believed',
    'many believe',
    'some say',
    'some believe',
  ]),
];
