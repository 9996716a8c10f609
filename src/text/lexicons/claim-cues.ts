import { CARDINAL_WORDS } from './number-words.ts';
/**
 * Words that set how firmly, and when, a sentence puts a claim: compared across the articles
 * that carry one claim to show where the retellings differ ("will specialize in demining" vs
 * "were reportedly trained in demining"). Read by src/analysis/discrepancies.ts.
 *
 * - `hedge`: the text holds back from the claim ("reportedly", "said to", "if accurate").
 *   Hedges are read across the claim's own sentence: "The agency claims that ..." governs every
 *   clause (a text the splitter read as one sentence but that holds two is cut at the second).
 * - `future`, `past`, `perfect`, `progressive`, `present`: the tense the claim is put in, read only
 *   near the claim's own words, since another clause may have its own verb.
 *
 * Phrases are lower case and matched as whole words after case folding; at one place the longest
 * phrase wins ("are being" before "are"). Extend by adding entries.
 */

export type ClaimCueKind = 'hedge' | 'future' | 'past' | 'perfect' | 'progressive' | 'present';

export interface ClaimCue {
  phrase: string;
  kind: ClaimCueKind;
  /**
   * True for a phrase that schedules only in some uses: it counts only where the certainty analysis reads a hedge at the
   * same words (`are due to auction` is a schedule, `are due to the strike` a cause; see `due-verb` in `hedges.ts`).
   */
  readByCertainty?: boolean;
  /**
   * The phrase whose place in time it shares: a schedule (`is set to`, `is due to`) puts the claim ahead as `will` does, so
   * tellings that differ only between them differ in wording, not in how firmly or when they put it.
   */
  like?: string;
}

export const CLAIM_CUES: readonly ClaimCue[] = [
  { phrase: 'reportedly', kind: 'hedge' },
  { phrase: 'reported that', kind: 'hedge' },
  // "is reported to have held talks": a report passed on with no one named, as "said to".
  { phrase: 'reported to', kind: 'hedge' },
  { phrase: 'allegedly', kind: 'hedge' },
  { phrase: 'alleged', kind: 'hedge' },
  { phrase: 'said to', kind: 'hedge' },
  { phrase: 'believed to', kind: 'hedge' },
  { phrase: 'expected to', kind: 'hedge' },
  // "claims that", not bare "claims": "tax claims against Yukos" is a noun, and hedges nothing.
  { phrase: 'claimed that', kind: 'hedge' },
  { phrase: 'claims that', kind: 'hedge' },
  { phrase: 'claim that', kind: 'hedge' },
  { phrase: 'unconfirmed', kind: 'hedge' },
  { phrase: 'suggests', kind: 'hedge' },
  { phrase: 'suggested', kind: 'hedge' },
  { phrase: 'apparently', kind: 'hedge' },
  { phrase: 'purportedly', kind: 'hedge' },
  { phrase: 'if accurate', kind: 'hedge' },
  { phrase: 'remain unclear', kind: 'hedge' },
  { phrase: 'remains unclear', kind: 'hedge' },
  { phrase: 'could', kind: 'hedge' },
  { phrase: 'may', kind: 'hedge' },
  { phrase: 'might', kind: 'hedge' },
  { phrase: 'will', kind: 'future' },
  { phrase: 'is to', kind: 'future' },
  // A plan is not a fact: "was planning to renationalise" against "may have their privatisations reviewed".
  { phrase: 'planning to', kind: 'future' },
  { phrase: 'plans to', kind: 'future' },
  { phrase: 'are to', kind: 'future' },
  // A schedule is not a fact either: "are due to auction off Yuganskneftegas on 19 December" against "was auctioned".
  { phrase: 'is due to', kind: 'future', readByCertainty: true, like: 'will' },
  { phrase: 'are due to', kind: 'future', readByCertainty: true, like: 'will' },
  { phrase: 'is set to', kind: 'future', readByCertainty: true, like: 'will' },
  { phrase: 'are set to', kind: 'future', readByCertainty: true, like: 'will' },
  { phrase: 'is scheduled to', kind: 'future', readByCertainty: true, like: 'will' },
  { phrase: 'are scheduled to', kind: 'future', readByCertainty: true, like: 'will' },
  // A schedule held in the past may have come to nothing ("was due to stand … at the next election"): its own stage.
  { phrase: 'was due to', kind: 'future', readByCertainty: true },
  { phrase: 'were due to', kind: 'future', readByCertainty: true },
  { phrase: 'was', kind: 'past' },
  { phrase: 'were', kind: 'past' },
  { phrase: 'had', kind: 'past' },
  { phrase: 'has been', kind: 'perfect' },
  { phrase: 'have been', kind: 'perfect' },
  { phrase: 'has', kind: 'perfect' },
  { phrase: 'have', kind: 'perfect' },
  { phrase: 'is being', kind: 'progressive' },
  { phrase: 'are being', kind: 'progressive' },
  { phrase: 'is', kind: 'present' },
  { phrase: 'are', kind: 'present' },
];

/**
 * Words that frame a claim rather than make it: who told it to whom, and how it reached the page.
 * Two sentences that share only these ("..., a spokesman told the BBC") and names do not carry
 * one claim, so the claim identity in src/library/alignment.ts leaves them out of a sentence's core.
 *
 * - `speech`: a verb or noun of saying (`said`, `statement`).
 * - `channel`: where the words were carried (`interview`, `programme`, `newspaper`).
 * - `speaker`: a role that only says who spoke (`spokesman`, `source`).
 *
 * Words are lower case, matched whole after folding and stemming; extend by adding entries.
 */
export type ClaimFrameKind = 'speech' | 'channel' | 'speaker';

export interface ClaimFrameWord {
  word: string;
  kind: ClaimFrameKind;
}

const frames = (kind: ClaimFrameKind, words: string[]): ClaimFrameWord[] => words.map((word) => ({ word, kind }));

export const CLAIM_FRAME_WORDS: readonly ClaimFrameWord[] = [
  ...frames('speech', [
    'said',
    'says',
    'say',
    'saying',
    'told',
    'tell',
    'tells',
    'added',
    'adds',
    'adding',
    'according',
    'statement',
    'stated',
    'claimed',
    'claims',
    'claim',
    'reported',
    'report',
    'reports',
    'reportedly',
    'quoted',
    'insisted',
    'insists',
    'argued',
    'argues',
    'believes',
    'believe',
    'thinks',
    'think',
    'suggested',
    'suggests',
    'comments',
    'comment',
    'announced',
    'confirmed',
    'explained',
    'warned',
    'speaking',
    'spoke',
    'asked',
  ]),
  ...frames('channel', ['interview', 'programme', 'newspaper', 'website', 'news', 'agency', 'radio', 'television', 'reporters', 'press', 'journalists']),
  ...frames('speaker', ['spokesman', 'spokeswoman', 'spokesperson', 'source', 'sources', 'official', 'officials', 'correspondent', 'analyst', 'analysts', 'mr', 'mrs', 'ms', 'dr']),
];

/**
 * Words that open a clause giving background in passing rather than the sentence's own claim:
 * "Nissan - in which Renault owns a 44% stake - reported ...", "Renault, which owns 44% of the
 * carmaker, ...". A fact two sentences both give only in such a clause is their shared background,
 * not a claim they both carry; src/library/alignment.ts reads the clause from the opener, set off
 * by a comma, a dash or a bracket, to the next comma, dash or bracket.
 *
 * - `relative`: a relative pronoun that glosses the noun before it.
 * - `aside`: a bracket, whose whole content is an aside.
 * - `gloss`: an article opening a noun phrase that glosses the noun before it with a relative
 *   clause of its own: "its Clearstream unit - the clearing house that processes securities
 *   transactions", "Euronext, a rival which runs the Paris bourse". Only with a relative word
 *   (`that` or a `relative` entry) inside: ", the company said" is no gloss.
 *
 * Openers are lower case and matched after the mark that sets them off; extend by adding entries.
 */
export type BackgroundOpenerKind = 'relative' | 'aside' | 'gloss';

export interface BackgroundOpener {
  opener: string;
  kind: BackgroundOpenerKind;
}

export const BACKGROUND_OPENERS: readonly BackgroundOpener[] = [
  { opener: 'which', kind: 'relative' },
  { opener: 'who', kind: 'relative' },
  { opener: 'whose', kind: 'relative' },
  { opener: 'in which', kind: 'relative' },
  { opener: 'of which', kind: 'relative' },
  { opener: 'where', kind: 'relative' },
  { opener: '(', kind: 'aside' },
  { opener: 'the', kind: 'gloss' },
  { opener: 'a', kind: 'gloss' },
  { opener: 'an', kind: 'gloss' },
];

/**
 * A reduced relative clause: a past participle with one of `prepositions` after it, after a comma, or opening the
 * sentence before its first comma ("The History Boys, set in a grammar school and partly based on the
 * author's years as a teacher, was named best new play"; "Founded in 1990, the firm …"). It describes the noun as ",
 * which is set in …" does: background, read by src/library/alignment.ts like a BACKGROUND_OPENERS clause, to the next
 * comma, dash or bracket. Not after a dash: a clause between dashes gives the detail that tells which thing is meant
 * ("the demand for $280bn - filed by the Clinton administration in 1999 - was rejected"), which two tellings of one
 * claim share. After a comma, a participle is a word ending in "-ed" or one of `irregular`, with an adverb in
 * "-ly" before it or none ("partly based on"); opening the sentence, with no adverb before it, only one of `opening`,
 * since a name ending so opens sentences too ("United on Saturday beat …"). "to", "for" and "with" are left out: ",
 * charged with fraud", ", ordered to pay" tell what happened as often as they describe. Lower case; extend by adding
 * entries.
 */
export const REDUCED_RELATIVES: { readonly prepositions: readonly string[]; readonly irregular: readonly string[]; readonly opening: readonly string[] } = {
  prepositions: ['in', 'on', 'upon', 'by', 'as', 'at', 'from'],
  irregular: ['set', 'known', 'born', 'led', 'written', 'run', 'made', 'built', 'held', 'sold', 'given', 'taken', 'seen', 'shown'],
  opening: ['based', 'founded', 'set', 'known', 'born', 'built', 'written', 'made', 'owned', 'listed', 'located', 'named', 'designed', 'launched', 'created'],
};

/**
 * A present participle after a comma, with an adverb in "-ly" before it or none, and an object after it, opens a clause
 * that describes the noun before it or the outcome of the main clause (", listing stocks worth …", ", effectively
 * bringing the industry back under state control"): background, read as a BACKGROUND_OPENERS clause is, to the next
 * comma, dash or bracket. A word in "-ing" followed by a mark, "or" or "and" is a noun in a list (", tagging or bans"),
 * and these words are no such participle: they pass on what someone said (", adding that …", ", saying …"), open a list
 * of what the sentence tells (", including …"), or are prepositions (", following intervention from allies"): what
 * follows them is the claim. Lower case; extend by adding entries.
 */
export const PARTICIPLES_NOT_BACKGROUND: readonly string[] = [
  'saying',
  'adding',
  'warning',
  'arguing',
  'claiming',
  'insisting',
  'noting',
  'explaining',
  'stating',
  'citing',
  'suggesting',
  'telling',
  'speaking',
  'describing',
  'calling',
  'accusing',
  'urging',
  'including',
  'following',
  'during',
  'according',
  'regarding',
  'concerning',
  'excluding',
  'pending',
  'notwithstanding',
];

/**
 * Words that join a second party to a name ("MCI and Qwest", "Arsenal v Chelsea", "talks with Sony"): the name after
 * one is the counterpart of the deal, the match or the talks. Two sentences that put other counterparts after the same
 * name and joiner tell two deals, not one told with a detail that differs (read by `src/library/alignment.ts`).
 * `pair`: both parties named side by side; `versus`: opponents; `with`: a partner in talks or a deal. Prepositions
 * that may introduce a place, a time or a cause ("under", "over", "by") are left out: what follows them is no party.
 * Lower case, matched as a whole word after case folding; extend by adding entries.
 */
export type CounterpartJoinerKind = 'pair' | 'versus' | 'with';

export interface CounterpartJoiner {
  word: string;
  kind: CounterpartJoinerKind;
}

export const COUNTERPART_JOINERS: readonly CounterpartJoiner[] = [
  { word: 'and', kind: 'pair' },
  { word: 'or', kind: 'pair' },
  { word: 'v', kind: 'versus' },
  { word: 'vs', kind: 'versus' },
  { word: 'versus', kind: 'versus' },
  { word: 'against', kind: 'versus' },
  { word: 'with', kind: 'with' },
];

/**
 * Verbs that, in the present tense as a sentence's first verb, describe how something stands rather than tell an event
 * ("Calder operates the Lisbon and Porto exchanges", "In the year ahead these include the European indoor
 * championships"): such a sentence is background every article of a story may give, and is one claim only with a
 * sentence that describes the same (read by `src/library/alignment.ts`). Lower case, as written; only forms that cannot
 * be an infinitive after "to" or a participle ("run" and "own" are left out: "has run", "their own").
 */
export const STANDING_VERBS: readonly string[] = ['include', 'includes', 'operate', 'operates', 'runs', 'owns', 'comprise', 'comprises', 'contain', 'contains', 'combines'];

/**
 * Words that tell an outcome only as a forecast of it ("Swank is tipped to win", "favourite to take the title",
 * "analysts predict it will merge", "is expected to win"): a sentence holding one tells what may happen, and another
 * that tells the act done ("won", "merged") tells its outcome, a claim of its own (read by `src/library/alignment.ts`).
 * Lower case, matched as whole words after case folding; extend by adding entries.
 */
export const FORECAST_CUES: readonly string[] = [
  'tipped',
  'favourite',
  'favourites',
  'favorite',
  'favorites',
  'predict',
  'predicts',
  'predicted',
  'predicting',
  'expect',
  'expects',
  'expected',
  'likely',
  'poised',
];

/**
 * Forecast cues that forecast a win by themselves, with no verb after them ("Foxx is clear favourite in the best actor
 * category"): a sentence holding one in its main clause tips a prize, a claim apart from the prize's nominations (read
 * by `src/library/alignment.ts`). Lower case; each is also in FORECAST_CUES.
 */
export const WIN_FORECAST_CUES: readonly string[] = ['favourite', 'favourites', 'favorite', 'favorites'];

/**
 * Words that open a comparison with another period's reading ("rose by £7.1bn in December, up from a £6.4bn rise in
 * November", "climbed to 110.0 in January from 108.0 in October", "a far smaller increase than the £5.1bn seen in
 * December"): a month named after one dates the reading compared with, not the one the sentence tells, and a sum or a
 * share in it is that reading's, which another sentence may tell as its own. Two sentences that tell a measure in other
 * months, each naming the other's month only in such a comparison, tell two readings, and so do two where one gives
 * only as its comparison the figure the other tells (read by `src/library/alignment.ts`). The comparison runs from the
 * opener to the end of its clause (a comma, a dash, a bracket or the sentence's end).
 *
 * - `phrase`: opens a comparison wherever it stands ("up from", "compared with").
 * - `before-figure`: opens one only when a figure or a month follows within two words ("from 108.0 in October",
 *   "from December", "after a 0.6% rise in November"; never "a bid from Qwest", "after a long battle").
 * - `than`: opens one unless it completes a quantity ("more than 6,000 people", "rather than"; see
 *   `QUANTITY_BEFORE_THAN`) or compares with what was expected ("fewer jobs than expected in January": the month is
 *   the reading's own; see `EXPECTATION_AFTER_THAN`).
 *
 * Lower case, matched as whole words after case folding; extend by adding entries.
 */
export type ComparisonOpenerKind = 'phrase' | 'before-figure' | 'than';

export interface ComparisonOpener {
  opener: string;
  kind: ComparisonOpenerKind;
}

export const COMPARISON_OPENERS: readonly ComparisonOpener[] = [
  { opener: 'up from', kind: 'phrase' },
  { opener: 'down from', kind: 'phrase' },
  { opener: 'up on', kind: 'phrase' },
  { opener: 'down on', kind: 'phrase' },
  { opener: 'compared with', kind: 'phrase' },
  { opener: 'compared to', kind: 'phrase' },
  { opener: 'following a', kind: 'phrase' },
  { opener: 'following an', kind: 'phrase' },
  { opener: 'matching a', kind: 'phrase' },
  { opener: 'instead of', kind: 'phrase' },
  { opener: 'from', kind: 'before-figure' },
  { opener: 'after a', kind: 'before-figure' },
  { opener: 'after an', kind: 'before-figure' },
  { opener: 'than', kind: 'than' },
];

/** Words before "than" that make it part of a quantity or a choice ("more than", "rather than"), not a comparison of readings. */
export const QUANTITY_BEFORE_THAN: readonly string[] = ['more', 'less', 'fewer', 'rather', 'other', 'no'];

/** Words after "than" that compare a reading with a forecast of it, not with another period's reading. */
export const EXPECTATION_AFTER_THAN: readonly string[] = ['expected', 'forecast', 'predicted', 'anticipated', 'estimated', 'hoped', 'feared', 'thought', 'usual'];

/**
 * Prepositions that, before a gerund, open an adjunct giving a story's circumstance rather than the act a sentence tells:
 * "suspended after failing to take drugs tests", "will find out if they will be banned for missing drugs tests",
 * "triumphed for playing a female boxer". Two sentences that name the same people and share only such an adjunct's
 * words, with other main verbs, tell other acts of one story (read by `src/library/alignment.ts`). The adjunct runs to
 * the end of its clause. Lower case, matched as a whole word after case folding; extend by adding entries.
 */
export const ADJUNCT_PREPOSITIONS: readonly string[] = ['for', 'of', 'after', 'before', 'by', 'without', 'over', 'on'];

/**
 * Words that tell a prize's two outcomes apart: being put up for it (`nomination`: "is nominated in 11 categories",
 * "scooped seven nominations", "was shortlisted") and taking it (`win`, as the main verb: "won best actress", "was named
 * best film", "picked up best actor"). A sentence telling a nomination and one telling a win are two claims however many
 * names and words they share: the same film's nominations and its awards, or one award's nominees and its winner (read by
 * `src/library/alignment.ts`). Lower case, matched as whole words after case folding; extend by adding entries.
 */
export type AwardOutcomeKind = 'nomination' | 'win';

export interface AwardOutcomeWord {
  word: string;
  kind: AwardOutcomeKind;
}

export const AWARD_OUTCOME_WORDS: readonly AwardOutcomeWord[] = [
  ...['nominated', 'nomination', 'nominations', 'nominee', 'nominees', 'shortlisted', 'shortlist'].map((word) => ({ word, kind: 'nomination' as const })),
  ...['won', 'win', 'wins', 'named', 'voted', 'scooped', 'picked', 'took', 'landed', 'triumphed', 'collected', 'awarded'].map((word) => ({ word, kind: 'win' as const })),
];

/**
 * Words that give a rank by its number: an ordinal before a noun of rank (`third place`, `the sixth in a series of 18
 * reissues`) or a number after `number` (`at number four`, `number 13`). Two sentences that each give a rank, and no rank
 * alike, tell two weeks of one chart or two items of one series, however alike the rest is worded ("entered the chart in
 * second place" / "moved down the chart to fourth place"). Read by `positionsOf` in src/library/alignment.ts.
 *
 * - `ordinal`: `word` is an ordinal of rank `rank`, which counts only before one of RANK_NOUNS;
 * - `cardinal`: `word` is a number word of value `rank`, which counts only after one of RANK_BEFORE_NUMBER (a figure in
 *   digits there counts too).
 */
export interface RankWord {
  word: string;
  rank: number;
  kind: 'ordinal' | 'cardinal';
}

const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];

export const RANK_WORDS: readonly RankWord[] = [
  ...ORDINALS.map((word, i): RankWord => ({ word, rank: i + 1, kind: 'ordinal' })),
  ...CARDINAL_WORDS.map((word, i): RankWord => ({ word, rank: i + 1, kind: 'cardinal' })),
];

/** Nouns after an ordinal that make it a rank (`second place`, `the fifth in a series`), lower case, matched as whole words. */
export const RANK_NOUNS: readonly string[] = ['place', 'spot', 'position', 'in a series', 'in the series'];

/** Words before a number that make it a rank (`at number four`): written in lower case, so "Number 10" (Downing Street) is none. */
export const RANK_BEFORE_NUMBER: readonly string[] = ['number'];

/**
 * Words before a year that make it the time what a sentence tells happens in or is due by (`in 2004`, `by 2010`, `the end
 * of 2005`); a month before it does too (`March 2002`). A year after any other word names a thing (`his 2006 budget`, `the
 * 2004 Brit Awards`, `1980s toy`) or opens a span another sentence may tell with other ends (`since 1997`, `from 2001`).
 */
export const YEAR_DATING_WORDS: readonly string[] = ['in', 'by', 'during', 'throughout', 'until', 'till', 'of'];

/**
 * Verbs of judging a plan, a ruling or a statement ("The prime minister ridiculed the Tory plans for asylum quotas", "A
 * judge has dismissed an attempt by the firm to …"): a sentence whose main verb is a `judging` one, and that passes on
 * no one's words, tells a reaction, a claim of its own (the other side's dispute or endorsement), not a retelling of
 * the thing judged. A `naming` verb ("branded it a …", "called it a …") tells such a reaction in other words: a
 * sentence holding one, or any of these, may be the same reaction told again (read by `src/library/alignment.ts`). Past
 * and present forms, lower case; only verbs whose object is what is judged ("rejected" and "backed" are left out: a
 * court rejects a claim, a board backs a bid, acts told as such).
 */
export type ReactionVerbKind = 'judging' | 'naming';

export interface ReactionVerb {
  word: string;
  kind: ReactionVerbKind;
}

const reactions = (kind: ReactionVerbKind, words: readonly string[]): ReactionVerb[] => words.map((word) => ({ word, kind }));

export const REACTION_VERBS: readonly ReactionVerb[] = [
  ...reactions('judging', [
    'ridiculed',
    'ridicules',
    'mocked',
    'mocks',
    'derided',
    'derides',
    'criticised',
    'criticises',
    'criticized',
    'criticizes',
    'condemned',
    'condemns',
    'denounced',
    'denounces',
    'attacked',
    'attacks',
    'lambasted',
    'slammed',
    'slams',
    'blasted',
    'welcomed',
    'welcomes',
    'praised',
    'praises',
    'hailed',
    'hails',
    'applauded',
    'dismissed',
    'dismisses',
  ]),
  ...reactions('naming', ['called', 'calls', 'branded', 'brands', 'dubbed', 'labelled', 'labeled', 'described', 'describes', 'accused', 'accuses', 'accuse']),
];

/**
 * Words of the `speech` kind of CLAIM_FRAME_WORDS that are nouns as often as verbs ("all claims would be processed
 * overseas", "the report found"): no sign by themselves that a sentence passes on someone's words, as REACTION_VERBS
 * asks of the sentence beside a reaction.
 */
export const SPEECH_NOUN_FORMS: readonly string[] = ['statement', 'claim', 'claims', 'report', 'reports', 'comment', 'comments'];

/**
 * Pronouns that, as the subject of the words a speaker reports, stand for the speaker: "Citigroup said it would
 * continue to co-operate fully with the authorities", "Mr Dixon said he would be reviewing costs". Such words tell
 * the speaker's own act or stance, which another speaker saying the same of himself does not corroborate. Read only
 * before an auxiliary or a modal ("it would", "he had"); `withBe: false` for those that before a form of "be" more
 * often stand for what was spoken of than for the speaker ("the ministry said it was a mistake"). Lower case; extend
 * by adding entries.
 */
export const SELF_REPORTING_PRONOUNS: readonly { readonly word: string; readonly withBe: boolean }[] = [
  { word: 'he', withBe: true },
  { word: 'she', withBe: true },
  { word: 'i', withBe: true },
  { word: 'we', withBe: true },
  { word: 'it', withBe: false },
  { word: 'they', withBe: false },
];

/**
 * Nouns of intent that "no" before them turns into a denial of the act after their "to" or "of": "There are no plans to
 * close the mill", "the firm has no intention of selling its stake", "no plans for Mr Holt to hold a news conference".
 * Such a sentence tells that the act will not be done, the opposite of "will close the mill", and the same as "will not
 * close the mill". Lower case, as written (plural and singular); extend by adding a noun that "no" denies the plan of.
 */
export const DENIED_INTENT_NOUNS: readonly string[] = ['plan', 'plans', 'intention', 'intentions'];

/**
 * Posts that lead a body, as a person's descriptor gives them with the body's name: "Deutsche Boerse chief" and "chief
 * executive of Deutsche Boerse" say that what Werner Seifert does for the exchange, the exchange does ("Werner Seifert
 * dropped the bid" / "Deutsche Boerse has dropped its bid"). Only posts whose holder speaks and acts for the whole body:
 * not a finance director, a spokesman for one matter, a deputy or a vice president, nor a post held before (a descriptor
 * with "former" or "ex" names another post than this). Lower case, whole words; extend by adding a post.
 */
export const LEADING_POSTS: readonly string[] = ['chief executive', 'chief executive officer', 'chief exec', 'ceo', 'chief', 'boss', 'head', 'chairman', 'chairwoman'];

/**
 * Kinds of act a sentence's main verb may tell (read by `src/library/alignment.ts`): two sentences whose main verbs tell
 * acts of two kinds, and neither of which tells the other's act anywhere, report two events of one story however many of
 * its people and things they share ("JPMorgan quit as his adviser" / "Mr Glazer's approach was turned down"; "the club
 * offered to freeze debts" / "its members are owed $5bn"). A kind holds the words that tell one act from either side
 * ("bought" / "sold") and in either voice ("rejected the offer" / "the offer was turned down"). Verbs that tell other acts
 * in other senses stay out ("take", "leave", "fire", "decline"); verbs outside every kind never part two sentences.
 *
 * - `verb`: the base form, lower case; its regular inflections are matched too (see `inflectionsOf`), as a main verb or
 *   after an auxiliary, a modal, "to" or a form of "be".
 * - `past`: irregular past forms, also read as the main verb where no auxiliary stands before them ("JPMorgan quit").
 * - `particle`: the word that must follow the verb for it to tell this act ("turned down", "stepped down").
 * - `nouns`: nouns that name the act, as written, wherever they stand ("the offer", "his resignation"): a sentence that
 *   names the other's act tells it too.
 */
export type ActKind = 'transfer' | 'offer' | 'reject' | 'accept' | 'quit' | 'dismiss' | 'owe' | 'sue' | 'arrest' | 'charge' | 'convict' | 'acquit';

export interface ActVerb {
  readonly verb: string;
  readonly kind: ActKind;
  readonly past?: readonly string[];
  readonly particle?: string;
  readonly nouns?: readonly string[];
}

export const ACT_VERBS: readonly ActVerb[] = [
  // A sale told by the buyer or the seller is one event.
  { verb: 'buy', kind: 'transfer', past: ['bought'], nouns: ['purchase', 'acquisition', 'sale', 'takeover'] },
  { verb: 'purchase', kind: 'transfer' },
  { verb: 'acquire', kind: 'transfer' },
  { verb: 'sell', kind: 'transfer', past: ['sold'] },
  { verb: 'offer', kind: 'offer', nouns: ['offer', 'offers', 'bid', 'bids', 'approach', 'proposal'] },
  { verb: 'reject', kind: 'reject', nouns: ['rejection'] },
  { verb: 'rebuff', kind: 'reject' },
  { verb: 'spurn', kind: 'reject' },
  { verb: 'turn', kind: 'reject', particle: 'down' },
  { verb: 'accept', kind: 'accept', nouns: ['acceptance'] },
  { verb: 'agree', kind: 'accept' },
  { verb: 'quit', kind: 'quit', past: ['quit'], nouns: ['resignation'] },
  { verb: 'resign', kind: 'quit' },
  { verb: 'step', kind: 'quit', particle: 'down' },
  { verb: 'sack', kind: 'dismiss', nouns: ['sacking', 'dismissal'] },
  { verb: 'dismiss', kind: 'dismiss' },
  { verb: 'owe', kind: 'owe' },
  { verb: 'sue', kind: 'sue', nouns: ['lawsuit', 'lawsuits'] },
  { verb: 'take', kind: 'sue', past: ['took', 'taken'], particle: 'legal' },
  // The steps of a case against someone are acts of their own: arrested, charged, convicted or cleared.
  { verb: 'arrest', kind: 'arrest', nouns: ['arrest', 'arrests'] },
  { verb: 'charge', kind: 'charge', nouns: ['charge', 'charges'] },
  { verb: 'convict', kind: 'convict', nouns: ['conviction', 'convictions'] },
  { verb: 'acquit', kind: 'acquit', nouns: ['acquittal'] },
  { verb: 'clear', kind: 'acquit', particle: 'of' },
];
