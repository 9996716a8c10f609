import type { LexiconEntry } from './phrase.ts';

/**
 * Anonymity: phrases that say a source is withheld. A source described with one of them, in its
 * own words or in a clause attached to it (`a European Union diplomat, who spoke on condition of
 * anonymity`), makes the sentence's sourcing `anonymous`.
 *
 * - `condition`: the article says it agreed not to name the source.
 * - `unnamed-source`: the source is a person or group the article does not name (`sources close
 *   to the meeting`, `a senior official`).
 *
 * To extend: add the phrase as written; add a noun that only anonymous sources are called
 * (`insider`) to `unnamed-source`. Words that name a kind of expert (`analysts`) belong in
 * `vague-sources.ts`: they are unnamed but not promised anonymity.
 */
export type AnonymityCategory = 'condition' | 'unnamed-source';

export type AnonymityPhrase = LexiconEntry<AnonymityCategory>;

const entries = (category: AnonymityCategory, phrases: string[]): AnonymityPhrase[] => phrases.map((phrase) => ({ phrase, category }));

export const ANONYMITY_PHRASES: readonly AnonymityPhrase[] = [
  ...entries('condition', [
    'on condition of anonymity',
    'on the condition of anonymity',
    'on condition that * not be named',
    'requested anonymity',
    'request anonymity',
    'asked not to be named',
    'asked not to be identified',
    'declined to be named',
    'declined to be identified',
    'who did not want to be named',
    'not authorized to speak',
    'not authorised to speak',
    'on background',
    'speaking anonymously',
    'anonymously',
    'anonymous',
    'unnamed',
    'unidentified',
  ]),
  ...entries('unnamed-source', [
    'sources close to',
    'source close to',
    'sources familiar with',
    'source familiar with',
    'people familiar with',
    'person familiar with',
    'a source',
    'sources said',
    'sources say',
    'sources',
    // `…, the Tory source said`, `a senior Labour source`: one source, unnamed, however it is described.
    'source',
    'an insider',
    'insiders',
    'a senior official',
    'senior officials',
    'a government official',
    'a diplomat',
    'diplomatic sources',
    'security sources',
    'intelligence sources',
    'military sources',
    'officials familiar with',
    'a person close to',
    'people with knowledge of',
    'people with direct knowledge of',
    'sources with knowledge of',
    'people briefed on',
    'people close to',
    'those close to',
    'officials with knowledge of',
    'a person with knowledge of',
    'one person familiar with',
    "the agency's sources",
    'its sources',
    'their sources',
    // People close to someone, unnamed (`Allies of the chancellor said`, `a close aide to the minister`): they speak for no
    // body and the article does not say who they are.
    'friends of',
    'a friend of',
    'allies of',
    'an ally of',
    'aides to',
    'aides of',
    'an aide to',
    'associates of',
    'an associate of',
    'confidants of',
    'a confidant of',
    'colleagues of',
    'a colleague of',
    'one resident',
    'a resident',
    'a witness',
    'witnesses',
  ]),
];
