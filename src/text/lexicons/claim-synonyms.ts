/**
 * Words that news retellings of one claim swap for one another: "two successive quarters" and
 * "two consecutive quarters", "plans to scrap student fees" and "plans to abolish student fees".
 * The claim identity in src/library/alignment.ts reads every word of a group as its first word,
 * so two sentences that differ only by such a swap share their core.
 *
 * Only words that keep the claim's meaning in the senses news uses them belong here: "raise the
 * threshold" and "increase the threshold" say one thing, but "lift" is left out ("lift a ban"
 * ends one). A wrong group makes different claims one, which is worse than missing a paraphrase.
 *
 * - `verb`: what was done (`scrap` / `abolish`).
 * - `noun`: what it was done to, or who did it (`firm` / `company`).
 * - `modifier`: an adjective or adverb of the claim (`successive` / `consecutive`).
 *
 * Each word is written lower case in its base form; its inflections (`scraps`, `scrapped`,
 * `scrapping`, `abolishes`, `companies`) are matched too (see `inflectionsOf`). Extend by adding
 * a word to a group or a new group; keep words that mean something else in news out of them.
 *
 * `exact` lists nouns that name the act of the group's verb ("the sale of Yugansk" / "Yugansk was
 * sold", "growth of 3%" / "the economy grew 3%"), matched only as written: their plurals often mean
 * something else ("sales" are a firm's takings, not sales of it).
 */
export type ClaimSynonymKind = 'verb' | 'noun' | 'modifier';

export interface ClaimSynonymGroup {
  words: readonly string[];
  kind: ClaimSynonymKind;
  /** Nouns of the act, matched only as written (no inflections). */
  exact?: readonly string[];
}

/** Groups of the forms of one irregular verb. */
function irregular(verbs: readonly (readonly string[])[]): ClaimSynonymGroup[] {
  return verbs.map((words) => ({ words, kind: 'verb' }));
}

/** The forms of irregular verbs, base form first, then the past and the participle where it differs ("took", "taken"). */
export const IRREGULAR_VERBS: readonly (readonly string[])[] = [
  ['take', 'took', 'taken'],
  ['win', 'won'],
  ['lose', 'lost'],
  ['hold', 'held'],
  ['make', 'made'],
  ['give', 'gave', 'given'],
  ['bring', 'brought'],
  ['spend', 'spent'],
  ['seek', 'sought'],
  ['begin', 'began', 'begun'],
  ['break', 'broke', 'broken'],
  ['shrink', 'shrank', 'shrunk'],
  ['strike', 'struck'],
  ['build', 'built'],
  ['send', 'sent'],
  ['meet', 'met'],
  ['choose', 'chose', 'chosen'],
  ['steal', 'stole', 'stolen'],
  ['freeze', 'froze', 'frozen'],
];

export const CLAIM_SYNONYMS: readonly ClaimSynonymGroup[] = [
  { words: ['successive', 'consecutive'], kind: 'modifier' },
  { words: ['scrap', 'abolish', 'axe'], kind: 'verb' },
  { words: ['seize', 'confiscate'], kind: 'verb' },
  // A figure going up or down, told with another verb ("rates rose to 2.25%" / "raised rates to
  // 2.25%"; "prices fell" / "prices dropped"; "joblessness climbed", "shares plunged"): the figure
  // and its subject still have to be shared. Read as their group, the vivid verbs also tell the
  // opposite of the other group (see CLAIM_OPPOSITES): "shares climbed 3%" and "fell 3%" are two claims.
  { words: ['raise', 'increase', 'rise', 'rose', 'risen', 'climb', 'jump', 'soar', 'surge'], kind: 'verb' },
  { words: ['fall', 'fell', 'fallen', 'drop', 'decline', 'slump', 'plunge', 'tumble', 'slide', 'slid', 'dip'], kind: 'verb' },
  { words: ['cut', 'reduce', 'slash'], kind: 'verb' },
  { words: ['buy', 'bought', 'purchase', 'acquire'], kind: 'verb', exact: ['acquisition'] },
  { words: ['sell', 'sold'], kind: 'verb', exact: ['sale'] },
  { words: ['grow', 'grew', 'grown'], kind: 'verb', exact: ['growth'] },
  { words: ['pay', 'paid'], kind: 'verb', exact: ['payment'] },
  { words: ['decide'], kind: 'verb', exact: ['decision'] },
  { words: ['die', 'died'], kind: 'verb', exact: ['death', 'deaths', 'dead'] },
  { words: ['forecast', 'predict'], kind: 'verb' },
  // Consent to an offer or a deal ("MCI accepted a buyout" / "MCI agreed to a buyout").
  { words: ['accept', 'agree'], kind: 'verb' },
  { words: ['sack', 'dismiss'], kind: 'verb' },
  { words: ['resign', 'quit'], kind: 'verb' },
  { words: ['pledge', 'promise', 'vow'], kind: 'verb' },
  { words: ['ban', 'prohibit', 'outlaw'], kind: 'verb' },
  // "was sentenced to five years" / "was jailed for five years".
  { words: ['jail', 'imprison', 'sentence'], kind: 'verb' },
  { words: ['firm', 'company'], kind: 'noun' },
  { words: ['worker', 'employee'], kind: 'noun' },
  { words: ['unemployment', 'jobless'], kind: 'noun' },
  { words: ['inquiry', 'investigation', 'probe'], kind: 'noun' },
  { words: ['bankruptcy', 'insolvency'], kind: 'noun' },
  { words: ['bankrupt', 'insolvent'], kind: 'modifier' },
  // Irregular forms of one verb, which the stemmer leaves apart ("sold" / "sell").
  ...irregular(IRREGULAR_VERBS),
];

/**
 * Acts that go opposite ways: one sentence telling the first (a figure "rose", an offer "accepted")
 * and the other only the second ("fell", "rejected") tell two claims, however much else they share
 * ("GDP rose by 0.8% in the fourth quarter" / "GDP fell by 0.1% in the last three months of 2004").
 * Each side is a word of a group above (or a word of its own), read as its whole group. Acts told
 * from two sides of one event ("bought" / "sold", "won" / "lost") are no opposites and stay out.
 */
export const CLAIM_OPPOSITES: readonly (readonly [string, string])[] = [
  ['rise', 'fall'],
  ['rise', 'cut'],
  ['accept', 'reject'],
];

/**
 * The forms a base word takes in running text: plural and third person (`-s`, `-es`, `-ies`),
 * past (`-d`, `-ed`, `-ied`, with a doubled final consonant: `scrapped`) and `-ing` (`seizing`).
 */
export function inflectionsOf(word: string): string[] {
  const forms = [word, `${word}s`, `${word}es`, `${word}ed`, `${word}ing`];
  if (word.endsWith('e')) forms.push(`${word}d`, `${word.slice(0, -1)}ing`);
  if (word.endsWith('y')) forms.push(`${word.slice(0, -1)}ies`, `${word.slice(0, -1)}ied`);
  const last = word.at(-1) ?? '';
  if (/[bdgmnprt]/u.test(last) && /[aeiou][bdgmnprt]$/u.test(word) && !/[aeiou]{2}[bdgmnprt]$/u.test(word)) forms.push(`${word}${last}ed`, `${word}${last}ing`);
  return forms;
}

/**
 * Scale words written straight after a figure ("£3m", "$9.3bn", "5k"): the claim identity reads
 * "3m" as 3000000, the figure "three million" and "3 million" already stand for (src/text/normalise.ts
 * reads number words and "million", "billion" after a figure). Extend with a lower-case
 * abbreviation and the number it multiplies by.
 */
export const FIGURE_SCALES: Readonly<Record<string, number>> = {
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  bn: 1e9,
  tn: 1e12,
};

/**
 * How a figure is written as a sum of money: a currency sign straight before it (`symbol`: "£3m",
 * "$150,000", "A$584m") or a currency word after it, past any scale word (`word`: "1.55bn euros",
 * "3 million pounds"). The claim identity anchors two sentences on a shared figure only when both
 * give it as money or neither does: "150,000 cars" and "$150,000 a year" are other quantities.
 * Extend with the sign, or the word in lower case (singular and plural as written).
 */
export type CurrencyMarkKind = 'symbol' | 'word';

export interface CurrencyMark {
  mark: string;
  kind: CurrencyMarkKind;
}

export const CURRENCY_MARKS: readonly CurrencyMark[] = [
  ...['£', '$', '€', '¥'].map((mark): CurrencyMark => ({ mark, kind: 'symbol' })),
  ...['euro', 'euros', 'dollar', 'dollars', 'pound', 'pounds', 'pence', 'yen', 'yuan', 'rupee', 'rupees', 'rouble', 'roubles', 'rand', 'krone', 'kroner', 'francs', 'peso', 'pesos'].map(
    (mark): CurrencyMark => ({ mark, kind: 'word' }),
  ),
];
