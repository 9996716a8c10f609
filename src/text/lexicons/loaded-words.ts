import type { LexiconEntry } from './phrase.ts';

/**
 * Loaded words: phrases that colour a report more than they inform it (`covert`, `rare`,
 * `tightly guarded`, `mystery`). They do not change a sentence's certainty; the article profile
 * counts them so a reader can see how much an article dramatises.
 *
 * - `secrecy`: suggests hidden dealings (`covert`, `behind closed doors`).
 * - `rarity`: stresses the unusual (`rare`, `unprecedented`).
 * - `drama`: raises the stakes (`mystery`, `dramatic`, `shock`).
 * - `exclusivity`: claims privileged access (`exclusively`, `exclusive`).
 * - `intensifier`: amplifies without adding fact (`relentless`, `unwavering`).
 *
 * To extend: add the phrase with the category closest to how it colours the text.
 */
export type LoadedCategory = 'secrecy' | 'rarity' | 'drama' | 'exclusivity' | 'intensifier';

export type LoadedWord = LexiconEntry<LoadedCategory>;

const entries = (category: LoadedCategory, phrases: string[]): LoadedWord[] => phrases.map((phrase) => ({ phrase, category }));

export const LOADED_WORDS: readonly LoadedWord[] = [
  ...entries('secrecy', [
    'covert',
    'covertly',
    'secret',
    'secretly',
    'secretive',
    'clandestine',
    'tightly guarded',
    'behind closed doors',
    'shadowy',
    'opaque',
    'shrouded',
    'hidden',
    'murky',
    'strict confidentiality',
    'cloak and dagger',
    'under wraps',
  ]),
  ...entries('rarity', ['rare', 'unprecedented', 'unusual', 'extraordinary', 'never before seen', 'not seen before', 'unconventional', 'historic']),
  ...entries('drama', [
    'mystery',
    'mysterious',
    'intrigue',
    'dramatic',
    'dramatically',
    'shock',
    'shocking',
    'bombshell',
    'stunning',
    'explosive',
    'alarming',
    'chilling',
    'paradox',
    'raised eyebrows',
    'sparked concern',
    'sparks concern',
    'crisis',
  ]),
  ...entries('exclusivity', ['exclusively', 'exclusive', 'revealed', 'reveals', 'leaked', 'insider']),
  ...entries('intensifier', ['unwavering', 'relentless', 'massive', 'huge', 'heightened', 'escalating', 'deepening', 'growing']),
];
