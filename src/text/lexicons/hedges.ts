import type { LexiconEntry } from './phrase.ts';

/**
 * Hedges: words and phrases with which a text declines to commit fully to what it reports. Each
 * one lowers a sentence's certainty to its `level` on the FactBank scale (`probable`, `possible`,
 * `unknown`); the lowest level found wins.
 *
 * To extend: add an entry with the phrase as it is written (see `phrase.ts` for the syntax), the
 * category that fits, and the level a careful reader would give a sentence whose only hedge it
 * is. Give every inflected form its own entry: matching is by whole words, never by stem. A word
 * that is a hedge in some uses only (`may` the month, `would` of reported speech) names a `rule`,
 * which the analysis applies before counting it; do not add a rule here without adding its
 * check to `src/analysis/hedging.ts`.
 *
 * Entries of category `negated` are not hedges: they mark phrases in which a hedge word is
 * denied (`no doubt`) so that the longer phrase wins and nothing is counted.
 */
export type HedgeCategory =
  | 'epistemic-adverb'
  | 'modal'
  | 'reported-uncertainty'
  | 'belief'
  | 'prediction'
  | 'conditional'
  | 'unknown'
  | 'evidence'
  | 'negated';

/** The FactBank level a hedge gives; `certain` only for `negated` entries, which lower nothing. */
export type HedgeLevel = 'certain' | 'probable' | 'possible' | 'unknown';

/** A use-dependent hedge, checked in context by the analysis. */
export type HedgeRule =
  /** `may` is the month when capitalised mid-sentence or next to a day or year. */
  | 'may-month'
  /** `would` of reported speech (`said it would`) is a future in the past; `would not comment` a refusal. */
  | 'would-reported'
  /** `could not` of past ability (`could not be reached`) and `so that ... could` of purpose hedge nothing. */
  | 'could-factual'
  /** `until` before a time (`until 2005`, `until recently`) is no condition. */
  | 'until-time'
  /** `expected` after `than` or `as` compares with a forecast and asserts the outcome. */
  | 'expected-comparison'
  /** `think` in `think tank` is a noun. */
  | 'think-tank'
  /** `claims` as a plain noun after a determiner (`these claims`) refers back, asserting nothing new. */
  | 'claims-noun';

export interface Hedge extends LexiconEntry<HedgeCategory> {
  level: HedgeLevel;
  rule?: HedgeRule;
}

const entries = (category: HedgeCategory, level: HedgeLevel, phrases: string[], rule?: HedgeRule): Hedge[] =>
  phrases.map((phrase) => (rule ? { phrase, category, level, rule } : { phrase, category, level }));

export const HEDGES: readonly Hedge[] = [
  ...entries('epistemic-adverb', 'probable', [
    'reportedly', 'apparently', 'seemingly', 'probably', 'likely', 'most likely', 'very likely', 'unlikely',
    'presumably', 'supposedly', 'purportedly', 'ostensibly', 'in all likelihood', 'tentatively', 'tentative',
    'almost certainly', 'arguably', 'likelihood', 'probable', 'presumed', 'presumption',
  ]),
  ...entries('epistemic-adverb', 'possible', [
    'allegedly', 'alleged', 'possibly', 'perhaps', 'maybe', 'potentially', 'potential', 'possible',
    'conceivably', 'possibility', 'possibilities', 'not necessarily',
  ]),
  ...entries('modal', 'possible', ['might', 'ought to', 'must have', 'cannot be ruled out', 'could not rule out', 'not be ruled out', 'cannot rule out']),
  ...entries('modal', 'possible', ['may'], 'may-month'),
  ...entries('modal', 'possible', ['would', "wouldn't", "would've"], 'would-reported'),
  ...entries('modal', 'possible', ['could'], 'could-factual'),
  ...entries('reported-uncertainty', 'possible', [
    'unconfirmed reports', 'unconfirmed report', 'unconfirmed', 'unverified', 'rumored', 'rumoured', 'rumors', 'rumours',
    'accused', 'accuses', 'accusing', 'accusation', 'accusations', 'allegation', 'allegations', 'alleges', 'alleging',
    'charged with', 'charged that', 'charges that', 'suspected', 'suspect that', 'suspects that', 'suspicion', 'suspicions',
  ]),
  ...entries('reported-uncertainty', 'probable', [
    'claimed', 'claiming', 'said to', 'is said to', 'are said to', 'was said to', 'were said to',
    'believed to', 'thought to', 'understood to', 'reported to be',
  ]),
  ...entries('reported-uncertainty', 'probable', ['claims', 'claim'], 'claims-noun'),
  ...entries('belief', 'probable', [
    'believe', 'believes', 'believed', 'believing', 'belief', 'suggest', 'suggests', 'suggested', 'suggesting', 'suggestion',
    'appear', 'appears', 'appeared', 'appearing', 'seem', 'seems', 'seemed', 'looks like', 'looked like',
    'an estimated', 'estimated that', 'estimates that', 'estimated to', 'is estimated', 'are estimated', 'was estimated',
    'assume', 'assumes', 'assuming', 'assumption', 'considered to', 'is considered', 'are considered', 'widely considered',
    'presume', 'as though', 'looks as if', 'supposed to', 'confident', 'worried about', 'imply', 'implies', 'implied', 'indicating that',
    'feel that', 'feels that', 'fear that', 'fears that', 'feared that', 'fearing', 'worry that', 'worries that', 'worried that',
    'concern that', 'concerns that', 'confident that', 'doubt', 'doubts', 'doubtful', 'skeptical', 'sceptical',
  ]),
  ...entries('belief', 'probable', ['think', 'thinks', 'thought'], 'think-tank'),
  ...entries('prediction', 'probable', [
    'expect', 'expects', 'expecting', 'expectation that', 'expectations that', 'anticipate', 'anticipates', 'anticipated',
    'anticipation', 'predict', 'predicts', 'predicted', 'predicting', 'prediction', 'forecast', 'forecasts',
    'forecasting', 'projected', 'foresees', 'foresee', 'is poised to', 'are poised to', 'on track to',
  ]),
  ...entries('prediction', 'probable', ['expected'], 'expected-comparison'),
  ...entries('conditional', 'possible', [
    'if', 'unless', 'provided that', 'assuming that', 'in case', 'in the event', 'should it', 'were it',
    'if accurate', 'if true', 'if confirmed', 'if so', 'even if', 'only if',
  ]),
  ...entries('conditional', 'possible', ['until'], 'until-time'),
  ...entries('unknown', 'unknown', [
    'whether', 'unclear', 'not clear', 'remains unclear', 'remain unclear', 'remains to be seen', 'remain to be seen',
    'yet to be seen', 'unknown', 'not known', 'uncertain', 'uncertainty', 'speculation', 'speculate', 'speculated',
    'speculating', 'speculative', 'open to interpretation', 'open question', 'raises questions', 'raised questions',
    'raise questions', 'raising questions', 'no evidence', 'no assurance', 'cast doubt', 'casts doubt', 'wonder', 'wonders',
    'investigating whether', 'no one knows', 'nobody knows', 'it is not known',
  ]),
  ...entries('negated', 'certain', [
    'no doubt', 'without doubt', 'without a doubt', 'beyond doubt', 'undoubtedly', 'no longer in doubt',
    'not in doubt',
  ]),
];
