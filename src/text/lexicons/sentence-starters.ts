/**
 * Words that open sentences and are seldom the next word of a name. After an abbreviation, an
 * initial or an initialism (`U.S.`, `Inc.`, `W.`), a capitalised word is usually the rest of a
 * name (`U.S. President`, `George W. Bush`), so the sentence splitter ends a sentence there only
 * when the next word is one of these (`... in the U.S. The firm ...`).
 *
 * To extend: add the word in lower case with its category. Leave out words that often begin
 * names or titles (`New`, `United`, `General`, `Federal`): a missed boundary there is cheaper
 * than a name cut in two.
 */
export type SentenceStarterCategory = 'determiner' | 'pronoun' | 'conjunction' | 'preposition' | 'adverb' | 'auxiliary';

/** One word that opens sentences, in lower case, with its part of speech. */
export interface SentenceStarter {
  word: string;
  category: SentenceStarterCategory;
}

const entries = (category: SentenceStarterCategory, words: string[]): SentenceStarter[] => words.map((word) => ({ word, category }));

/** Every word after which an abbreviation, initial or initialism ends a sentence. */
export const SENTENCE_STARTERS: readonly SentenceStarter[] = [
  ...entries('determiner', [
    'the',
    'a',
    'an',
    'this',
    'that',
    'these',
    'those',
    'his',
    'her',
    'its',
    'their',
    'our',
    'my',
    'your',
    'some',
    'many',
    'most',
    'all',
    'both',
    'each',
    'every',
    'such',
    'no',
    'any',
    'another',
    'other',
    'several',
    'few',
    'much',
    'more',
  ]),
  ...entries('pronoun', [
    'he',
    'she',
    'it',
    'they',
    'we',
    'i',
    'you',
    'there',
    'what',
    'who',
    'which',
    "it's",
    "he's",
    "she's",
    "they're",
    "we're",
    "there's",
    "that's",
    "i'm",
    "i've",
    'it’s',
    'he’s',
    'she’s',
    'they’re',
    'we’re',
    'there’s',
    'that’s',
    'i’m',
    'i’ve',
  ]),
  ...entries('conjunction', ['but', 'and', 'or', 'so', 'yet', 'if', 'when', 'while', 'although', 'though', 'because', 'as', 'since', 'unless', 'whether']),
  ...entries('preposition', ['in', 'on', 'at', 'for', 'from', 'with', 'by', 'after', 'before', 'during', 'under', 'over', 'of', 'to', 'among', 'despite', 'without']),
  ...entries('adverb', [
    'however',
    'meanwhile',
    'also',
    'now',
    'then',
    'last',
    'next',
    'earlier',
    'later',
    'still',
    'even',
    'instead',
    'indeed',
    'yesterday',
    'today',
    'here',
    'why',
    'how',
    'where',
    'not',
    'only',
    'just',
    'nor',
  ]),
  ...entries('auxiliary', ['is', 'was', 'are', 'were', 'has', 'had', 'have', 'did', 'does', 'do', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must']),
];
