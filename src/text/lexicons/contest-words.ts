import type { LexiconEntry } from './phrase.ts';

/**
 * Contest words: phrases with which a text says a claim is denied, disputed, not confirmed or
 * doubted. One of them makes a sentence `contested`; it says nothing of who is right.
 *
 * - `denial`: someone rejects the claim (`denied`, `dismissed`, `rejected`).
 * - `dispute`: someone argues against it (`disputed`, `challenged`, `contradicted`).
 * - `unconfirmed`: no one has confirmed it (`not officially confirmed`, `yet to verify`).
 * - `doubt`: it is received with doubt (`met with skepticism`, `cast doubt on`).
 *
 * A verb that has other uses names a `rule`, checked by the analysis: only a claim disputed or
 * denied makes a sentence contested, never a plan rejected (`dismissed an attempt`), a quarrel
 * (`to solve disputes`), a fight for a seat (`contested races`) or a refusal (`denied bail`).
 *
 * To extend: add each inflected form as its own entry; use `*` for words that may stand inside
 * the phrase (`not * confirmed` covers `not been officially confirmed`). A word that says what was
 * claimed goes in `CLAIM_WORDS`; a word that calls it false in `FALSITY_WORDS`.
 */
export type ContestCategory = 'denial' | 'dispute' | 'unconfirmed' | 'doubt';

/** A contest word that only counts in some uses, checked by the analysis. */
export type ContestRule =
  /** `dismissed`, `rejected`, `questioned`, `challenged`: only of a claim (`dismissed the reports`, `rejected claims that`, `challenged whether`, `dismissed it as false`), not of a plan, an offer or a person. */
  | 'claim-object'
  /** `disputed`, `contested`, `disputes` as verbs with an object (`disputed the figures`, `was contested`), not as adjectives or nouns (`disputed territory`, `contested races`, `to solve disputes`). */
  | 'dispute-verb'
  /** `denied` a claim, not `denied bail` or `denied access`. */
  | 'deny-claim'
  /** `yet to confirm`, `has not confirmed` a claim; not a step still to be decided (`has yet to confirm whether he will stand`, `something he has yet to confirm will happen`). */
  | 'confirm-claim'
  /**
   * `described as`, `branded`, `labelled`: a claim named as false (`The claims were described as "idle speculation" by a
   * spokesman`, `branded the figures misleading`), when a word that calls it false (`FALSITY_WORDS`) follows and a claim
   * word stands before the cue or before the word that calls it false; not a description of anything else (`described
   * as a success`, `described the ban as ridiculous`), nor a claim described as something else (`described the speculation
   * as unhelpful`: after `described` alone the false word must follow an `as`).
   */
  | 'named-false'
  /** `false claims` that a statement is untrue (`made false claims about his record`); not fraudulent demands for money (`false claims on existing credit`, `false claims for benefit`). */
  | 'false-statement';

export interface ContestWord extends LexiconEntry<ContestCategory> {
  rule?: ContestRule;
}

const entries = (category: ContestCategory, phrases: string[], rule?: ContestRule): ContestWord[] => phrases.map((phrase) => (rule ? { phrase, category, rule } : { phrase, category }));

export const CONTEST_WORDS: readonly ContestWord[] = [
  ...entries('denial', ['denied', 'denies', 'deny', 'denying', 'denial', 'denials'], 'deny-claim'),
  ...entries('denial', ['dismissed', 'dismisses', 'dismissing', 'rejected', 'rejects', 'rejecting'], 'claim-object'),
  ...entries('denial', ['refuted', 'refutes', 'rebutted', 'branded * false', 'called * false', 'called * baseless', 'baseless', 'unfounded', 'fabricated', 'fabrication', 'fake news', 'untrue']),
  ...entries('dispute', ['challenged', 'challenges the', 'questioned', 'questions the', 'pushed back', 'countered', 'contrary to', 'rebuffed'], 'claim-object'),
  // `The report questions whether the scheme works`: the clause is the claim doubted. Not the base form (`a chance to question whether`), a call, nor `questioning` alone (`more intrusive questioning if`).
  ...entries('dispute', ['questions whether', 'questioning whether']),
  ...entries('dispute', ['contradicted', 'contradicts', 'cast doubt on', 'casts doubt on', 'casting doubt on']),
  ...entries(
    'denial',
    [
      'described as',
      // With the claim between the verb and its `as` (`described the claims as "complete nonsense"`).
      'described',
      'describes',
      'describing',
      'branded',
      'brands',
      'branding',
      'labelled',
      'labeled',
      'labels',
      'derided as',
      'written off as',
      'characterised as',
      'characterized as',
      'portrayed as',
    ],
    'named-false',
  ),
  ...entries('dispute', ['disputed', 'disputes', 'disputing', 'contested', 'contests', 'contesting'], 'dispute-verb'),
  ...entries('unconfirmed', [
    'not * confirmed',
    'not * verified',
    'not been * confirmed',
    'could not confirm',
    'could not be confirmed',
    'could not independently confirm',
    'could not be independently verified',
    'unable to confirm',
    'unable to verify',
    'yet to verify',
    'yet to be verified',
    'yet to be confirmed',
    'unconfirmed',
    'unverified',
    'no evidence',
    'without evidence',
    'no confirmation',
  ]),
  ...entries('denial', ['false claims'], 'false-statement'),
  ...entries('unconfirmed', ['yet to confirm', 'has not confirmed', 'have not confirmed', 'did not confirm', 'declined to confirm'], 'confirm-claim'),
  ...entries('doubt', [
    'met with skepticism',
    'met with scepticism',
    'with skepticism',
    'with scepticism',
    'doubts about',
    'doubted',
    'raised doubts',
    'raises doubts',
    'cast doubt',
    'casts doubt',
    'treated with caution',
  ]),
  // Scepticism of a policy (`sceptical about private finance`) is an opinion of it; only scepticism of a claim (`sceptical of the figures`, `sceptical that`) doubts one.
  ...entries('doubt', ['skeptical', 'sceptical'], 'claim-object'),
];

/**
 * What one stands for or competes for: `contested` before one of these (`contesting the Sheffield
 * Hallam seat`, `a hotly contested election`) is a contest for a prize, not a dispute of a claim.
 * Extend with nouns of elections, posts and titles, in lower case.
 */
export const CONTESTED_PRIZES: ReadonlySet<string> = new Set([
  'seat',
  'seats',
  'election',
  'elections',
  'race',
  'races',
  'constituency',
  'constituencies',
  'ward',
  'wards',
  'primary',
  'primaries',
  'leadership',
  'presidency',
  'nomination',
  'title',
  'final',
  'championship',
  'poll',
  'polls',
  'vote',
  'contest',
  // Sport's events and fixtures (`contested the long jump`, `games at major tournaments have to be contested on grass`).
  'jump',
  'event',
  'events',
  'sprint',
  'hurdles',
  'marathon',
  'relay',
  'heat',
  'heats',
  'match',
  'matches',
  'game',
  'games',
  'fixture',
  'fixtures',
  'tie',
  'ties',
  'tournament',
  'tournaments',
  'cup',
  'medal',
  'medals',
  'crown',
]);

/** Words after `yet to confirm` that show a step still to be decided, not a claim in doubt (`whether he will stand`, `it will happen`). */
export const UNDECIDED: ReadonlySet<string> = new Set(['whether', 'if', 'when', 'will', 'would', 'plans', 'details', 'date', 'dates', 'timing']);

/** Words that name something claimed: what a `claim-object` verb must bear on to contest it. */
export const CLAIM_WORDS: ReadonlySet<string> = new Set([
  'claim',
  'claims',
  'report',
  'reports',
  'reporting',
  'allegation',
  'allegations',
  'accusation',
  'accusations',
  'suggestion',
  'suggestions',
  'charge',
  'charges',
  'idea',
  'notion',
  'speculation',
  'story',
  'stories',
  'rumour',
  'rumours',
  'rumor',
  'rumors',
  'account',
  'accounts',
  'assertion',
  'assertions',
  'finding',
  'findings',
  'figures',
  'numbers',
  'data',
  'estimate',
  'estimates',
  'statistics',
  'version',
  'conclusion',
  'conclusions',
  'evidence',
  'testimony',
  'theory',
  'theories',
  'interpretation',
  'characterisation',
  'characterization',
  'description',
  'statement',
  'statements',
  'remarks',
  'comments',
  'criticism',
  'criticisms',
  'result',
  'results',
  'poll',
  'polls',
  'survey',
  'study',
  'research',
  'analysis',
  'narrative',
  'view',
  'argument',
  'arguments',
  'assessment',
  'forecast',
  'forecasts',
  'prediction',
  'predictions',
  'link',
  'links',
  'involvement',
  'wrongdoing',
  'responsibility',
  'knowledge',
]);

/** Words that call a claim false (`dismissed the report as nonsense`). */
export const FALSITY_WORDS: ReadonlySet<string> = new Set([
  'false',
  'untrue',
  'baseless',
  'nonsense',
  'rubbish',
  'unfounded',
  'groundless',
  'speculation',
  'speculative',
  'lies',
  'wrong',
  'inaccurate',
  'absurd',
  'ridiculous',
  'fiction',
  'fantasy',
  'scaremongering',
  'misleading',
  'exaggerated',
  'fabricated',
  'fabrication',
  'invention',
  'smear',
  'malicious',
  'incorrect',
  'mistaken',
  'erroneous',
  'delusion',
  'myth',
  'propaganda',
  'hype',
  'lie',
  'nonsensical',
  'scare',
]);

/**
 * The `named-false` words that take the claim before an `as` (`described the claims as "complete nonsense"`): the word that
 * calls it false must follow that `as`, so that `described the speculation as unhelpful` disputes nothing.
 */
export const NAMED_BEFORE_AS: ReadonlySet<string> = new Set(['described', 'describes', 'describing']);

/** What one is denied when a denial refuses rather than disputes (`denied bail`, `denied him access`). */
export const ENTITLEMENTS: ReadonlySet<string> = new Set([
  'access',
  'entry',
  'bail',
  'permission',
  'visa',
  'visas',
  'request',
  'application',
  'chance',
  'chances',
  'profits',
  'hours',
  'opportunity',
  'opportunities',
  'seat',
  'seats',
  'right',
  'rights',
  'funding',
  'benefits',
  'treatment',
  'asylum',
  'place',
  'service',
  'services',
  'licence',
  'license',
  'care',
  'food',
  'water',
  'medical',
  'admission',
  'parole',
  'passage',
  'promotion',
  'sanctuary',
  'protection',
  'justice',
  'shelter',
  'choice',
  'choices',
  'say',
  'vote',
  'voice',
  'compensation',
  'housing',
  'education',
]);

/**
 * People one denies something to (`denying people choice`, `denied patients treatment`): before
 * one of `ENTITLEMENTS` they make a denial a refusal. Extend with plural nouns of people, in lower
 * case.
 */
export const DENIED_PEOPLE: ReadonlySet<string> = new Set([
  'people',
  'patients',
  'voters',
  'consumers',
  'customers',
  'workers',
  'staff',
  'members',
  'children',
  'parents',
  'families',
  'pupils',
  'students',
  'refugees',
  'residents',
  'citizens',
  'taxpayers',
  'shareholders',
  'investors',
]);

/** Pronouns that can be the one denied something (`denied him a place`). */
export const KEPT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me']);

/**
 * Players a keeper or a defender denies (`Martyn denied the England striker`): with `the` and a team's name before them, the one
 * kept from scoring, no claim disputed. Extend in lower case.
 */
export const DENIED_PLAYERS: ReadonlySet<string> = new Set(['striker', 'forward', 'winger', 'midfielder', 'defender', 'keeper', 'goalkeeper', 'captain', 'player', 'substitute', 'frontman']);

/**
 * Words right after the one a player denied that say how or when they were kept from scoring, or open a clause of the
 * sentence's own (`denied Gerrard with a last-ditch tackle`, `denied Henry again`, `denied Duff, while …`). Not a verb (`denied
 * Mr Brown made that quote` denies words). Extend in lower case.
 */
export const THWARTED_HOW: ReadonlySet<string> = new Set(['with', 'again', 'twice', 'from', 'at', 'in', 'late', 'while', 'but', 'as', 'before', 'after']);

/**
 * Words that open what someone was denied, right after them (`has denied Elvis his fourth number one`, `denied him a
 * place`, `denied Labour victory`): with them a denial keeps someone from something and disputes no claim. Extend in
 * lower case.
 */
export const KEPT_THING_OPENERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'a', 'an', 'the', 'any', 'victory', 'promotion', 'space', 'room']);

/** Determiners of whose side or team is kept from something (`denied his side a famous victory`, `denied their team the title`). */
export const KEPT_OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my']);

/**
 * Pronouns that, standing last or before how it was done, are a person kept from scoring or winning (`only for the post to
 * deny him`, `denied her with a fine save`). Not `them` or `it`, which as often stand for claims (`Lord Goldsmith also denied
 * them, saying …`).
 */
export const KEPT_PERSONS: ReadonlySet<string> = new Set(['him', 'her', 'me', 'us']);

/**
 * Words that, right before a contest word (or before its `to`, `be` or `been`), say the denial or doubt is not made: `cannot deny
 * that we made mistakes` grants the claim, `would not be denied` and `was not to be denied` say someone won through, `never
 * doubted they could win` holds no doubt. Any word ending in `n't` counts too (`can't`, `didn't`, `won't`).
 */
export const NOT_MADE: ReadonlySet<string> = new Set(['not', 'never', 'cannot']);

/** Forms of `be` before a passive `denied` (`his side were denied two tries`): the subject was kept from something. */
export const PASSIVE_BE: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);

/**
 * Things a passive `denied` keeps someone from, written bare (`was denied bail`, `were denied entry`; `due` for `were denied
 * due process`, and a request `denied due to a lack of funds` is refused too). Extend in lower case.
 */
export const KEPT_BARE_THINGS: ReadonlySet<string> = new Set(['bail', 'entry', 'access', 'permission', 'asylum', 'parole', 'promotion', 'victory', 'due']);

/** Verbs before `to deny` or `to rebut` that say no denial was made (`failed to deny`, `refused to deny`, `declined to rebut`). */
export const WITHHOLDING_VERBS: ReadonlySet<string> = new Set(['failed', 'fails', 'refused', 'refuses', 'declined', 'declines']);

/**
 * Verbs by which someone disputes a report or a claim that others make (`has denied reports that …`, `dismissed claims he …`,
 * `rejected speculation that …`, `refuted suggestions that …`): every form its own entry.
 */
export const DISPUTING_VERBS: ReadonlySet<string> = new Set([
  'denied',
  'denies',
  'deny',
  'denying',
  'dismissed',
  'dismisses',
  'dismissing',
  'rejected',
  'rejects',
  'rejecting',
  'refuted',
  'refutes',
  'refuting',
]);
/**
 * Nouns for what unnamed others say or write (`reports`, `claims`, `suggestions`, `speculation`, `rumours`): after a verb of
 * DISPUTING_VERBS with a clause of their content (`denied reports that she had pulled out`), that content is theirs, a vague
 * source, and the one who denies it disputes it. `allegations` is not here: it hedges the alleged act (hedges.ts) and has no
 * source of its own.
 */
export const DISPUTED_REPORTS: ReadonlySet<string> = new Set(['reports', 'report', 'claims', 'claim', 'suggestions', 'suggestion', 'speculation', 'rumours', 'rumour', 'rumors', 'rumor']);
/** Words that may stand between a verb of disputing and the reports disputed (`denied newspaper reports`, `rejected fresh claims`). */
export const BEFORE_DISPUTED_REPORTS: ReadonlySet<string> = new Set(['the', 'newspaper', 'press', 'media', 'recent', 'earlier', 'fresh', 'weekend', 'latest', 'repeated', 'persistent']);
/**
 * Words that open a clause of concession (`…, although Michael Howard was forced to deny the shadow cabinet was split`,
 * `Whilst it is good that Labour has rejected the idea, the jury is still out`): a denial inside it is set against the
 * sentence's own claim and disputes something else. `while` is not here: as often of time (`Shares fell while the firm denied
 * reports of a bid`).
 */
export const CONCEDING: ReadonlySet<string> = new Set(['although', 'though', 'whilst']);
