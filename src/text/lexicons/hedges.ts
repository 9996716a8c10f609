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
 *
 * `plan` entries (`plans to`, `is set to`, `is due to`) mark a future the text announces as
 * intended, scheduled or on its way (`is set to hit`): the event is not yet a fact, so the sentence is not `certain`. FactBank
 * labels such sentences certain (its labels are about the writer's doubt, not about the future),
 * so `npm run eval` scores them apart; see docs/certainty.md.
 */
export type HedgeCategory = 'epistemic-adverb' | 'modal' | 'reported-uncertainty' | 'belief' | 'prediction' | 'plan' | 'conditional' | 'unknown' | 'evidence' | 'negated';

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
  /** `even if` before a past concession (`even if the coach admitted …`) means `even though`: a fact granted, no condition. */
  | 'even-if'
  /** `expected` after `than` or `as` compares with a forecast and asserts the outcome; between a determiner and a noun (`in a widely-predicted move`) it describes the thing. */
  | 'expected-comparison'
  /** `think` in `think tank` and `thought` after a determiner (`a thought`, `much thought`) are nouns; `think about` deliberates. */
  | 'think-belief'
  /** `believe in` is faith or support (`believes in free trade`), not a guess about a fact. */
  | 'believe-in'
  /** A possibility ruled out (`ruled out the possibility of a strike`, `no possibility`) is denied, not left open. */
  | 'possibility-open'
  /** `claims` as a plain noun after a determiner (`these claims`) refers back, asserting nothing new. */
  | 'claims-noun'
  /** `uncertainty` leaves something open only with what is uncertain after it (`uncertainty over the plant's future`) or as what there is; `prolonging uncertainty` names a state the sentence reports. */
  | 'uncertainty-over'
  /** `claiming asylum`, `claiming benefits`: applying for what one is owed, not a claim whose truth is in doubt. */
  | 'claiming-entitlement'
  /** `unknown`, `uncertain`, `speculative` before a noun describe it (`a previously unknown firm`); only `is unknown`, `unclear whether` leave a claim open. */
  | 'predicative'
  /** `possible` after a superlative (`the fastest possible`), in `as soon as possible` or `made possible` asserts. */
  | 'possible-degree'
  /** `appeared in court`, `appeared on the list`: to appear somewhere is to be there. */
  | 'appear-present'
  /** `assume` a post or duties is to take it on; only `assume that`, `assume he` is a belief. */
  | 'assume-belief'
  /** `doubt` after a negation (`no one should doubt`, `little doubt`) asserts. */
  | 'doubt-negated'
  /** `I don't suggest for one minute that …`, `it was wrong to suggest`: a suggestion denied is no hedge of the speaker's. */
  | 'suggest-denied'
  /** `naive beyond belief`: an idiom of degree, no belief held. */
  | 'belief-idiom'
  /** `it is no wonder that …`, `small wonder`: an idiom that asserts, no question left open. */
  | 'wonder-open'
  /** `due to` a noun gives a cause (`due to the strike`); only `is due to` a verb schedules. */
  | 'due-verb'
  /** `said to` after its speaker (`Mr Adriano said to cut rates the bank must...`) is `said` and a purpose; only a reduced passive (`a painting said to be worth £5m`) hedges. */
  | 'said-to-passive'
  /** `should` of a call or a duty (`should resign`, `should be up to the schools`, `what the priorities should be`) says what ought to happen, not what will. */
  | 'should-call'
  /** `potential` before a role (`potential buyers`, `a potential successor`) names who might act, and `the potential of` a capacity; neither hedges the claim. */
  | 'potential-role'
  /** `plans to` after a determiner, a possessive or a preposition (`attacked Tory plans to`, `on UK plans to`) is the noun: the sentence says something of the plans, it does not announce one. */
  | 'plans-verb'
  /** `forecasts` after a determiner or possessive (`re-casting his forecasts`) is the noun acted on; only forecasts with their content (`its forecasts show`, `forecasts of growth`) or the verb hedge. */
  | 'forecasts-content'
  /** `whether ... or` opening a clause of indifference (`whether the public chose X or Y, it would`) means "regardless"; only `whether` after a word of asking or knowing leaves a claim open. */
  | 'whether-open'
  /** `rumours`, `allegations` after `these`, `those`, `such` refer back to what was said before; the sentence says something of them (`these rumours were fuelled by`), it does not report them anew. After `about` or `over` (`a row about rumours that`, `resigned over allegations`) they are only what something was about. */
  | 'refers-back'
  /** `confident`, `sceptical`, `doubtful` of a belief (`confident that`, `sceptical about the figures`); not a manner listed with others (`upbeat, confident and optimistic`) or before a noun (`a confident campaign`). */
  | 'attitude-of'
  /** `accused X of Y`, `accused X over Y`: what is alleged hedges; `has also accused Gazprom` with nothing alleged reports an act. */
  | 'accused-of'
  /** `feel`, `felt` before a clause (`voters feel they have been ignored`, `felt it was time`) hold a belief; before a thing (`felt the pinch`) they sense it. */
  | 'feel-clause'
  /** `heightens the likelihood of conflict`: a claim about how likely something is, asserted; only a likelihood given (`in all likelihood`, `the likelihood is that`) hedges. */
  | 'likelihood-changed'
  /** `claimed` of an assertion; not of money demanded (`the damages claimed last year`, `expenses claimed`). */
  | 'claimed-not-money'
  /** `must have` of inference (`he must have known`); not of a duty with a deadline (`must have registered by 5pm`) or of a thing to hold (`must have a licence`). */
  | 'must-have-inferred'
  /** `planning to`, `hoping to` of someone's intent; not a participle that says who is meant (`Anyone planning to work here will …`). */
  | 'intent-held'
  /** `intends to`, `hopes to` of an intent held; not one denied (`I don't intend to`), which is no plan, as `no plans to` is none. */
  | 'intent-not-denied'
  /** `18% more likely than men`, `twice as likely to`: a measured difference in rates, which the sentence asserts; any other `likely` hedges. */
  | 'likely-measured'
  /** `might` the noun (`the economic might of the US`, `with all its might`, `military might is growing`) is strength; only the modal hedges. */
  | 'might-modal';

export interface Hedge extends LexiconEntry<HedgeCategory> {
  level: HedgeLevel;
  rule?: HedgeRule;
  /**
   * What the note calls a sentence whose hedges all read alike, instead of "hedged": `future` for a plan or schedule still
   * ahead (`plans to`, `is due to`, a reported `said he would`), which is no doubt of the writer's, as a bare `will` is none;
   * `condition` for a condition on an event (`if`, `unless`), which says when the claim holds rather than doubting it. A
   * condition on the claim's truth (`if true`, `if confirmed`) is a hedge and has none.
   */
  reads?: HedgeReading;
}

/** See {@link Hedge.reads}. */
export type HedgeReading = 'future' | 'condition';

const entries = (category: HedgeCategory, level: HedgeLevel, phrases: string[], rule?: HedgeRule): Hedge[] =>
  phrases.map((phrase) => (rule ? { phrase, category, level, rule } : { phrase, category, level }));

/** {@link entries} that read as `reads` when they are a sentence's only kind of hedge. */
const reading = (reads: HedgeReading, list: Hedge[]): Hedge[] => list.map((entry) => ({ ...entry, reads }));

export const HEDGES: readonly Hedge[] = [
  ...entries('epistemic-adverb', 'probable', [
    'reportedly',
    'apparently',
    'seemingly',
    'probably',
    'most likely',
    'very likely',
    'unlikely',
    'presumably',
    'supposedly',
    'purportedly',
    'ostensibly',
    'in all likelihood',
    'tentatively',
    'tentative',
    'almost certainly',
    'arguably',
    'probable',
    'presumed',
    'presumption',
  ]),
  ...entries('epistemic-adverb', 'probable', ['likelihood'], 'likelihood-changed'),
  ...entries('epistemic-adverb', 'probable', ['likely'], 'likely-measured'),
  ...entries('epistemic-adverb', 'possible', ['allegedly', 'alleged', 'possibly', 'perhaps', 'maybe', 'potentially', 'conceivably', 'not necessarily']),
  // A wish for what may not happen (`Hopefully, we can get to that final`).
  ...entries('epistemic-adverb', 'possible', ['hopefully']),
  ...entries('epistemic-adverb', 'possible', ['possibility', 'possibilities'], 'possibility-open'),
  ...entries('epistemic-adverb', 'possible', ['potential'], 'potential-role'),
  ...entries('epistemic-adverb', 'possible', ['possible'], 'possible-degree'),
  ...entries('modal', 'possible', ['must have'], 'must-have-inferred'),
  ...entries('modal', 'possible', ['might'], 'might-modal'),
  ...entries('modal', 'possible', ['ought to', 'cannot be ruled out', 'could not rule out', 'not be ruled out', 'cannot rule out']),
  ...entries('modal', 'possible', ['may'], 'may-month'),
  ...entries('modal', 'possible', ['would', "wouldn't", "would've"], 'would-reported'),
  ...entries('modal', 'possible', ['could'], 'could-factual'),
  ...entries('modal', 'probable', ['should', "shouldn't"], 'should-call'),
  ...entries('reported-uncertainty', 'possible', [
    'unconfirmed reports',
    'unconfirmed report',
    'unconfirmed',
    'unverified',
    'rumored',
    'rumoured',
    'alleges',
    'alleging',
    // `Prosecutors allege that …`: the plural's present, as `alleges` is the singular's.
    'allege',
    'charged that',
    'charges that',
    'suspected',
    'suspect that',
    'suspects that',
  ]),
  ...entries('reported-uncertainty', 'possible', ['accused', 'accuses', 'accusing'], 'accused-of'),
  // Talk going round (`are to meet amid talk that the bid will be raised`, `there is talk of a merger`): a rumour, no one's word.
  ...entries('reported-uncertainty', 'possible', ['amid talk that', 'amid talk of', 'there is talk that', 'there is talk of', 'there has been talk of', 'there was talk of']),
  ...entries('reported-uncertainty', 'possible', ['rumors', 'rumours', 'accusation', 'accusations', 'allegation', 'allegations', 'suspicion', 'suspicions'], 'refers-back'),
  ...entries('reported-uncertainty', 'probable', ['claimed'], 'claimed-not-money'),
  ...entries('reported-uncertainty', 'probable', ['claiming'], 'claiming-entitlement'),
  ...entries('reported-uncertainty', 'probable', ['is said to', 'are said to', 'was said to', 'were said to', 'believed to', 'thought to', 'understood to', 'reported to be', 'reported to have']),
  ...entries('reported-uncertainty', 'probable', ['claims', 'claim'], 'claims-noun'),
  ...entries('reported-uncertainty', 'probable', ['said to'], 'said-to-passive'),
  ...entries('belief', 'probable', ['belief'], 'belief-idiom'),
  ...entries('unknown', 'unknown', ['wonder', 'wonders'], 'wonder-open'),
  // (`wrong to imply that …` rejects an implication as `wrong to suggest` rejects a suggestion.)
  ...entries('belief', 'probable', ['suggest', 'suggests', 'suggested', 'suggesting', 'imply', 'implies', 'implied'], 'suggest-denied'),
  ...entries('belief', 'probable', [
    'suggestion',
    'suggestions that',
    'seem',
    'seems',
    'seemed',
    'looks like',
    'looked like',
    'estimated that',
    'estimates that',
    'estimated to',
    'is estimated',
    'are estimated',
    'was estimated',
    'assuming',
    'assumption',
    'considered to',
    'is considered',
    'are considered',
    'widely considered',
    'presume',
    'as though',
    'looks as if',
    'look as if',
    'looked as if',
    'feel as if',
    'feels as if',
    'felt as if',
    'seems as if',
    'seemed as if',
    'supposed to',
    'worried about',
    'indicating that',
    'feel that',
    'feels that',
    'fear that',
    'fears that',
    'feared that',
    'fearing',
    'worry that',
    'worries that',
    'worried that',
    'concern that',
    'concerns that',
    'confident that',
  ]),
  // A judgement that holds only on some reckoning (`by some counts the worst Christmas since 1981`), which others may not share.
  ...entries('belief', 'probable', [
    'by some counts',
    'by some accounts',
    'by some estimates',
    'by some measures',
    'on some estimates',
    'on some measures',
    'by one count',
    'by one account',
    'by one estimate',
    'by one measure',
    'on one estimate',
    'on one measure',
  ]),
  ...entries('belief', 'probable', ['confident', 'doubtful', 'skeptical', 'sceptical'], 'attitude-of'),
  ...entries('belief', 'probable', ['think', 'thinks', 'thought'], 'think-belief'),
  ...entries('belief', 'probable', ['feel', 'feels', 'felt'], 'feel-clause'),
  ...entries('belief', 'probable', ['believe', 'believes', 'believed', 'believing'], 'believe-in'),

  ...entries('belief', 'probable', ['appear', 'appears', 'appeared', 'appearing'], 'appear-present'),
  ...entries('belief', 'probable', ['assume', 'assumes'], 'assume-belief'),
  ...entries('belief', 'probable', ['doubt', 'doubts'], 'doubt-negated'),
  ...entries('belief', 'probable', ['consider that', 'considers that', 'i suspect', 'we suspect', 'it estimates', 'he estimates', 'she estimates', 'they estimate', 'we estimate', 'i estimate']),
  ...entries('prediction', 'probable', [
    'expect',
    'expects',
    'expecting',
    'expectation that',
    'expectations that',
    'anticipate',
    'anticipates',
    'anticipation',
    'predict',
    'predicts',
    'predicting',
    'prediction',
    'forecasting',
    'foresees',
    'foresee',
    'is poised to',
    'are poised to',
    'on track to',
    'on course to',
    'is likely to',
    'are likely to',
    // `Interest rates are tipped to rise`, `the firm tipped to buy it`: forecast by people the sentence does not name, as
    // `expected to` is.
    'tipped to',
    'tipped as',
    // The same forecast with its makers named between, in one or two words (`was tipped by bookmakers as the favourite`,
    // `tipped by most analysts to win`), or made of someone (`Bookmakers have tipped him to win`): still a forecast, whoever
    // makes it.
    'tipped by * as',
    'tipped by * to',
    'tipped him to',
    'tipped her to',
    'tipped them to',
    'tipped him as',
    'tipped her as',
    'tipped them as',
  ]),
  ...entries('prediction', 'probable', ['forecasts'], 'forecasts-content'),
  ...entries('prediction', 'probable', ['expected', 'anticipated', 'predicted', 'forecast', 'projected'], 'expected-comparison'),
  // Plans held now are about what is ahead; one held in the past (`planned to`, `was due to`) may have come to nothing, so
  // it stays a hedge.
  ...reading('future', entries('plan', 'probable', ['plans to', 'plan to'], 'plans-verb')),
  ...reading('future', entries('plan', 'probable', ['planning to', 'intending to', 'aiming to', 'hoping to'], 'intent-held')),
  ...reading('future', entries('plan', 'probable', ['intends to', 'intend to', 'aims to', 'aim to', 'hopes to', 'hope to'], 'intent-not-denied')),
  // (`which looks set to receive more scrutiny`: a plan or a likely turn, as `is set to` is.)
  ...reading('future', entries('plan', 'probable', ['is set to', 'are set to', 'looks set to', 'look set to', 'is scheduled to', 'are scheduled to'])),
  // The same with a noun of what is coming (`The economy is set for strong growth in 2005`, `Plans … are set for their first real
  // test in Parliament`): present tense only, since `the stage was set for a victory` tells of the past.
  ...reading('future', entries('plan', 'probable', ['is set for', 'are set for', 'looks set for', 'look set for'])),
  ...entries('plan', 'probable', ['planned to', 'was set to', 'were set to', 'looked set to', 'was scheduled to']),
  ...reading('future', entries('plan', 'probable', ['is due to', 'are due to'], 'due-verb')),
  ...entries('plan', 'probable', ['was due to', 'were due to'], 'due-verb'),
  ...reading(
    'condition',
    entries('conditional', 'possible', ['if', 'unless', 'provided that', 'assuming that', 'in the event', 'should it', 'were it', 'only if', 'depending on', 'depending upon', 'depends on whether']),
  ),
  ...entries('conditional', 'possible', ['if accurate', 'if true', 'if confirmed', 'if so']),
  ...reading('condition', entries('conditional', 'possible', ['until'], 'until-time')),
  ...reading('condition', entries('conditional', 'possible', ['even if'], 'even-if')),
  ...entries('unknown', 'unknown', ['unclear', 'unknown', 'uncertain', 'speculative'], 'predicative'),
  ...entries('unknown', 'unknown', ['whether'], 'whether-open'),
  ...entries('unknown', 'unknown', ['uncertainty'], 'uncertainty-over'),
  ...entries('unknown', 'unknown', [
    'not clear',
    'remains unclear',
    'remain unclear',
    'remains to be seen',
    'remain to be seen',
    'yet to be seen',
    'not known',
    'speculation',
    'speculate',
    'speculated',
    'speculating',
    'open to interpretation',
    'open question',
    'raises questions',
    'raised questions',
    'raise questions',
    'raising questions',
    'no evidence',
    'no assurance',
    'cast doubt',
    'casts doubt',
    'investigating whether',
    'not sure',
    'unsure',
    'no one knows',
    'nobody knows',
    'it is not known',
  ]),
  ...entries('negated', 'certain', [
    // `they cannot expect voters to back them`: what one has no right to ask, not a forecast.
    'cannot expect',
    "can't expect",
    'could not expect',
    "couldn't expect",
    'no doubt',
    'without doubt',
    'without a doubt',
    'beyond doubt',
    'undoubtedly',
    'no longer in doubt',
    'not in doubt',
    'little doubt',
    'at the suggestion of',
    'at his suggestion',
    'at her suggestion',
    'thought out',
    'thought up',
    // To reconsider (`urged the government to think again`) is no belief.
    'think again',
    'thinking again',
    // A figure given as an estimate (`an estimated 20,000 troops`) is approximate, like `about 20,000`: the claim stands.
    'an estimated',
    'the estimated',
    // A precaution (`stockpiled fuel in case the strike spreads`) asserts what was done; only `if` makes it depend on the event.
    'in case',
    'just in case',
    // Readiness (`ready to use force if necessary`) is a stock phrase, not a condition on the claim.
    'if necessary',
    'if need be',
    'if needed',
    'if required',
    'if called upon',
    'if called on',
    // A legal ground for an act that happened (`arrested on suspicion of fraud`), as `charged with` is.
    'on suspicion of',
    'reasonable suspicion',
    // A conditional of speech, not of the claim (`If you look at what I do, I attack him politically`).
    'if you look at',
    'if you look',
    'if you like',
    'if you will',
    'if you ask me',
    // `most, if not all`, `weeks if not months`: an upper bound on a figure, not a condition on the claim.
    'if not all',
    'if not most',
    'if not more',
    'if not hundreds',
    'if not thousands',
    'if not millions',
    'if not days',
    'if not weeks',
    'if not months',
    'if not years',
    'if not decades',
    // `that's to be expected`, `as is to be expected`: unsurprising, a judgement of what happened, not a forecast.
    'to be expected',
    // A rule of law (`a legal presumption of innocence`, `a presumption in favour of bail`), not a guess; `presumption that` still hedges.
    'presumption of',
    'presumption in favour',
    'presumption against',
    // `couldn't seem to think of things to say`: an inability reported, not an appearance.
    "couldn't seem to",
    "can't seem to",
    'could not seem to',
    'cannot seem to',
  ]),
];

/**
 * Roles one may come to fill: `potential` before one of these names who might act (`talks with
 * potential buyers`), which the sentence asserts; before anything else (`potential fallout`) it
 * hedges. Extend with nouns of people and bodies in a role, in lower case, singular and plural.
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'buyer',
  'buyers',
  'bidder',
  'bidders',
  'suitor',
  'suitors',
  'acquirer',
  'acquirers',
  'investor',
  'investors',
  'customer',
  'customers',
  'client',
  'clients',
  'partner',
  'partners',
  'candidate',
  'candidates',
  'successor',
  'successors',
  'rival',
  'rivals',
  'competitor',
  'competitors',
  'recruit',
  'recruits',
  'employer',
  'employers',
  'user',
  'users',
  'voter',
  'voters',
  'member',
  'members',
  'purchaser',
  'purchasers',
  'backer',
  'backers',
  'lender',
  'lenders',
  'donor',
  'donors',
  'entrant',
  'entrants',
  'applicant',
  'applicants',
  'ally',
  'allies',
  'juror',
  'jurors',
  'witness',
  'witnesses',
  'recipient',
  'recipients',
  'trading',
]);

/**
 * Verbs that air a doubt as their object (`expressed doubts`, `voiced doubts about`): the sentence asserts the doubt was aired,
 * and hedges nothing of its own. Extend with past and present forms of verbs of voicing, in lower case.
 */
export const DOUBTS_AIRED: ReadonlySet<string> = new Set(['expressed', 'expresses', 'express', 'voiced', 'voices', 'voice', 'aired', 'airs', 'raised', 'raises', 'raise']);

/** Words that open what an aired doubt is about (`doubts that …`, `doubts over whether …`): with one, the doubt hedges it. */
export const DOUBTED_CONTENT: ReadonlySet<string> = new Set(['that', 'about', 'over', 'whether', 'if', 'as', 'on', 'regarding', 'concerning']);

/**
 * What follows a `should` of duty rather than of forecast: a verb one is called on to do
 * (`ministers should resign`) or, after `be`, a state one is to be put in (`should be allowed`,
 * `should be up to the schools`). After any other verb (`should lead to`, `should help`, `should
 * be completed`) `should` forecasts. Extend with base forms of verbs of action and with past
 * participles and adjectives of permission, duty and treatment, in lower case.
 */
export const CALLED_FOR: ReadonlySet<string> = new Set([
  'resign',
  'quit',
  'apologise',
  'apologize',
  'act',
  'do',
  'stop',
  'step',
  'pay',
  'listen',
  'doubt',
  'decide',
  'consider',
  'accept',
  'reject',
  'intervene',
  'withdraw',
  'vote',
  'back',
  'support',
  'respect',
  'explain',
  'tell',
  'admit',
  'face',
  'stand',
  'own',
  'choose',
  'learn',
  'focus',
  'concentrate',
  'go',
  'ask',
  'answer',
  'publish',
  'scrap',
  'ban',
  'up',
  'allowed',
  'permitted',
  'able',
  'free',
  'entitled',
  'given',
  'made',
  'forced',
  'required',
  'obliged',
  'banned',
  'scrapped',
  'punished',
  'sacked',
  'prosecuted',
  'jailed',
  'used',
  'treated',
  'paid',
  'taxed',
  'told',
  'consulted',
  'involved',
  'judged',
  'ashamed',
  'held',
  'removed',
  'abolished',
  'protected',
  'spent',
  'encouraged',
  'offered',
  'shouldered',
  'bide',
  'wait',
  'remember',
  'recognise',
  'recognize',
  'realise',
  'realize',
  'reconsider',
  'seize',
  'grasp',
  'embrace',
  'borne',
  'footed',
]);

/**
 * Adverbs of degree that may stand between `would` (or a first person's `should`) and a verb of desire (`would really like
 * to`, `would very much like to`, `would dearly love to`): the wish is still a wish, no guess. To extend, add an adverb that
 * only strengthens or softens a wish.
 */
export const BEFORE_A_WISH: ReadonlySet<string> = new Set(['really', 'very', 'much', 'dearly', 'so', 'quite', 'certainly', 'definitely', 'just', 'also', 'still', 'genuinely', 'particularly']);

/**
 * Words of deals and plans: a `would` in a sentence that holds one (and no `if`) sets out terms
 * (`under the agreement, holders would receive $12 a share`) and counts as a `plan`, not a guess.
 * Extend with nouns of agreements and their parts, in lower case.
 */
export const TERMS_WORDS: ReadonlySet<string> = new Set([
  'deal',
  'deals',
  'agreement',
  'agreements',
  'offer',
  'offers',
  'acquisition',
  'merger',
  'plan',
  'plans',
  'proposal',
  'proposals',
  'terms',
  'transaction',
  'bid',
  'buyout',
  'takeover',
  'accord',
  'pact',
  'contract',
  'contracts',
  'split',
  'purchase',
  'holders',
  'shareholders',
  'stake',
  'payout',
  'dividend',
  'settlement',
  'treaty',
  'scheme',
  'bill',
  'budget',
  'package',
  'programme',
  'program',
  'restructuring',
  'sale',
  'price',
  'rules',
  'law',
  'arrangement',
  'arrangements',
  'regulations',
]);

/**
 * Past participles that say what happened to rumours or allegations themselves (`Rumours of a rift were fuelled by the decision
 * to …`, `Rumours of a bid were fanned by heavy trading`): with the noun as the subject of the passive, the sentence reports that
 * the rumours existed and states as fact what fuelled or met them; it does not report their content anew, so the noun does not
 * hedge. To extend: add a participle that can only take rumours, talk or allegations as its object in this sense.
 */
export const RUMOUR_TREATMENTS: ReadonlySet<string> = new Set([
  'fuelled',
  'fueled',
  'fanned',
  'sparked',
  'stoked',
  'prompted',
  'triggered',
  'heightened',
  'intensified',
  'dampened',
  'quashed',
  'scotched',
  'strengthened',
  'boosted',
  'started',
  'spread',
  'fed',
]);

/** Judgements that reject what is said as it is named (`it was wrong to suggest`). */
export const WRONG_TO_SAY: ReadonlySet<string> = new Set(['wrong', 'absurd', 'ridiculous', 'nonsense', 'misleading', 'unfair', 'false']);

/** Words before `wonder` that make it an idiom asserting what follows (`it is no wonder that`, `small wonder`, `little wonder`). */
export const ASSERTED_WONDER: ReadonlySet<string> = new Set(['no', 'small', 'little']);

/**
 * Verbs of granting a point in the past (`even if the coach admitted`): after `even if` and its subject they say the concession
 * was made, so `even if` reads `even though` (`even if it was true` stays a supposition). Extend with past forms only.
 */
export const CONCEDED: ReadonlySet<string> = new Set(['admitted', 'conceded', 'acknowledged', 'accepted', 'confessed']);

/**
 * Words of need or duty that make an `if … is to` clause a purpose (`networks need to get faster if they are to deliver new
 * services`, `If the bill is to become law, it must …`): what must happen for an aim to be met is stated firmly; the `if`
 * names the aim, not a condition on the claim. Without one of these the clause stays a supposition (`If press reports are to
 * be believed`, `if he was to launch a rival airline`). `have to`, `has to`, `had to` are found by the analysis from `to`.
 * Extend in lower case, every form its own entry.
 */
export const REQUIREMENT_WORDS: ReadonlySet<string> = new Set(['need', 'needs', 'needed', 'must', 'vital', 'essential', 'crucial', 'necessary', 'required', 'requires', 'require', 'imperative']);

/**
 * Nouns of alternatives: `possible` before one of these (`laid out possible options for cutting taxes`, `the two possible
 * outcomes`) says what the alternatives are, each of them possible by what the noun means, and hedges nothing the sentence
 * claims; before an event (`a possible bid`, `a possible strike`) it does. Extend in lower case, singular and plural.
 */
export const ALTERNATIVE_NOUNS: ReadonlySet<string> = new Set([
  'option',
  'options',
  'alternative',
  'alternatives',
  'choice',
  'choices',
  'outcome',
  'outcomes',
  'scenario',
  'scenarios',
  'permutations',
  'combinations',
]);

/**
 * Nouns of an inquiry, a question raised or a negotiation: `possible` after one of these and `of`, `into`, `over` or `about`
 * (`the matter of possible state aid was raised by rivals`, `an investigation into possible fraud`, `held talks over a possible
 * offer`) names what is looked into or talked over; the sentence states the inquiry or the talks, not the thing they may bring.
 * An approach is the opening of talks, as noun or verb (`has approached the LSE about a possible takeover bid`). `talk of
 * possible cuts` and `warned of possible cuts` still hedge (no such noun). Extend in lower case, singular and plural.
 */
export const INQUIRY_NOUNS: ReadonlySet<string> = new Set([
  'matter',
  'question',
  'questions',
  'issue',
  'investigation',
  'investigations',
  'inquiry',
  'inquiries',
  'probe',
  'probes',
  'review',
  'examination',
  'talks',
  'negotiations',
  'discussions',
  'approach',
  'approaches',
  'approached',
]);

/**
 * What one takes, not says, when `claimed` has it for its object (`claimed the top spot`, `claimed her fourth title`, `the
 * crash claimed 12 lives`): a place, a prize or a win taken, or lives lost, which the sentence states as fact and which names
 * no one's words. `victory` and `win` only with a word before them (`claimed a 5-0 win`, `claiming an impressive victory`):
 * bare, `both parties claimed victory` is a declaration. Extend in lower case, singular and plural.
 */
export const PRIZES_TAKEN: ReadonlySet<string> = new Set([
  'spot',
  'title',
  'titles',
  'crown',
  'crowns',
  'victory',
  'win',
  'lead',
  'gold',
  'silver',
  'bronze',
  'medal',
  'medals',
  'trophy',
  'prize',
  'championship',
  'slam',
  'cup',
  'award',
  'lives',
  'life',
  'scalp',
  'wickets',
  'points',
  'place',
]);

/** Prizes in `PRIZES_TAKEN` that a bare `claimed` declares rather than takes (`both parties claimed victory`). */
export const PRIZES_DECLARED_BARE: ReadonlySet<string> = new Set(['victory', 'win', 'lead', 'place']);

/**
 * Words that follow `the accused` when it is a noun, the defendants (`Among the accused were …`, `three of the accused lived
 * in …`, `the accused denies the charges`), not a participle before one (`the accused man`, `the accused firms`): a verb, an
 * auxiliary or a preposition. A past verb ending in `-ed` is found by the analysis. Extend in lower case.
 */
export const AFTER_ACCUSED_NOUN: ReadonlySet<string> = new Set([
  'was',
  'were',
  'is',
  'are',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'must',
  'can',
  'did',
  'does',
  'do',
  'denies',
  'deny',
  'admits',
  'admit',
  'says',
  'say',
  'said',
  'told',
  'faces',
  'face',
  'pleads',
  'and',
  'or',
  'who',
  'in',
  'at',
  'from',
  'with',
]);

/**
 * Verbs of achieving by effort: after `to see if they can` (`investigating to see if they can find out what the problem is`,
 * `to see if you can beat them`, `to see if we could reach a deal`) they make the clause an attempt, `to try to`, not a fact
 * looked into. Not verbs of a state or an ability a test finds out (`a fitness test to see if he can play`, `to see if it can
 * cope`), which stay open questions. Extend with base forms, in lower case.
 */
export const ACHIEVING: ReadonlySet<string> = new Set(['find', 'reach', 'beat', 'solve', 'resolve', 'fix', 'secure', 'persuade', 'agree', 'raise', 'save', 'attract']);

/**
 * Subjects of a `should` that stand for people or bodies who can be called on to act (`ministers should`, `the government
 * should`, `parents should`): with a verb of an act after it the `should` is a demand the source makes, no forecast. A
 * pronoun (`he`, `they`) or a name (`Prince Henry should`) is read so too, in `hedging.ts`. Extend with plural and singular
 * nouns of people, trades and bodies, in lower case.
 */
export const AGENT_NOUNS: ReadonlySet<string> = new Set([
  'government',
  'governments',
  'minister',
  'ministers',
  'chancellor',
  'people',
  'company',
  'companies',
  'firm',
  'firms',
  'businesses',
  'banks',
  'council',
  'councils',
  'schools',
  'parents',
  'politician',
  'politicians',
  'mps',
  'officials',
  'police',
  'employers',
  'workers',
  'teachers',
  'doctors',
  'voters',
  'authorities',
  'regulators',
  'regulator',
  'party',
  'parties',
  'leader',
  'leaders',
  'union',
  'unions',
  'members',
  'countries',
  'nations',
  'everyone',
  'everybody',
  'anyone',
  'anybody',
  'someone',
  'nobody',
  'executive',
  'executives',
  'bosses',
  'board',
  'committee',
  'commission',
  'consumers',
  'customers',
  'users',
  'fans',
  'broadcasters',
  'organisers',
  'organizers',
  'judges',
  'courts',
]);

/**
 * Verbs after a `should` with a person or body as subject that forecast what will happen to them or what they will achieve
 * (`He should be fit for Saturday`, `Federer should win the title`, `they should benefit from the cut`), not an act someone
 * is called on to do, nor a feeling (`Voters should like the plan`): with one of them the `should` still hedges. Extend with base forms, in lower case.
 */
export const SHOULD_OUTCOMES: ReadonlySet<string> = new Set([
  'be',
  'have',
  'get',
  'win',
  'beat',
  'reach',
  'finish',
  'qualify',
  'lose',
  'score',
  'return',
  'recover',
  'start',
  'play',
  'feature',
  'retain',
  'claim',
  'secure',
  'clinch',
  'see',
  'know',
  'find',
  'need',
  'benefit',
  'receive',
  'gain',
  'hear',
  'feel',
  'remain',
  'stay',
  'continue',
  'become',
  'prove',
  'come',
  'arrive',
  'emerge',
  'survive',
  'manage',
  'enjoy',
  'overcome',
  'progress',
  'advance',
  'lift',
  'rise',
  'fall',
  'grow',
  'increase',
  'double',
  'improve',
  'rebound',
  'weather',
  'help',
  'boost',
  'mean',
  'result',
  'hit',
  'cost',
  'save',
  'earn',
  'like',
  'love',
  'appreciate',
  'notice',
]);

/**
 * Participles after `should be` that forecast an outcome or a step on a timetable (`the deal should be completed`, `exports
 * should be hit`, `results should be known`), not an act someone is called on to take (`should be changed`, `should be cut`,
 * `should be set up`). Extend with past participles, in lower case.
 */
export const OUTCOME_PARTICIPLES: ReadonlySet<string> = new Set([
  'completed',
  'finished',
  'finalised',
  'finalized',
  'concluded',
  'known',
  'delivered',
  'launched',
  'released',
  'opened',
  'hit',
  'affected',
  'boosted',
  'helped',
  'hurt',
  'damaged',
  'delayed',
  'offset',
  'supported',
  'dampened',
  'matched',
  'exceeded',
  'reached',
  'felt',
  'seen',
  'done',
  'resolved',
  'achieved',
  'met',
  'approved',
  'passed',
  'signed',
  'agreed',
  'settled',
  'cleared',
  'confirmed',
  'announced',
  'unveiled',
  'revealed',
]);

/**
 * Judgements before a `that` clause whose `should` is no modal at all but the mood of what is judged (`it is staggering that
 * any minister should say so`, `it is odd that the firm should choose now`): the clause states what happened or is done.
 * Extend with adjectives and nouns of surprise, dismay or approval, in lower case.
 */
export const JUDGED_THAT: ReadonlySet<string> = new Set([
  'staggering',
  'surprising',
  'astonishing',
  'amazing',
  'extraordinary',
  'shocking',
  'odd',
  'strange',
  'absurd',
  'ridiculous',
  'outrageous',
  'disgraceful',
  'appalling',
  'unacceptable',
  'remarkable',
  'incredible',
  'unbelievable',
  'scandalous',
  'ironic',
  'sad',
  'regrettable',
  'deplorable',
  'disturbing',
  'alarming',
  'worrying',
  'shameful',
  'bizarre',
  'surprise',
  'scandal',
  'disgrace',
  'shame',
]);

/** Verbs after which what is asked is the content of a demand or proposal (`urged that … should`, `insisted that any deal should`). */
export const DEMANDING: ReadonlySet<string> = new Set([
  'urged',
  'urges',
  'urge',
  'insisted',
  'insists',
  'insist',
  'demanded',
  'demands',
  'demand',
  'recommended',
  'recommends',
  'recommend',
  'proposed',
  'proposes',
  'propose',
  'ruled',
  'ordered',
  'argued',
  'argues',
  'argue',
]);

/**
 * Nouns that `claimed` takes when it means took or killed (`the crash claimed three lives`, `the crackdown has claimed its
 * first victim`): no claim is made, an event is reported. Extend with nouns of loss, in lower case.
 */
export const TOLL_NOUNS: ReadonlySet<string> = new Set(['victim', 'victims', 'casualty', 'casualties', 'scalp', 'scalps']);

/**
 * Words of a limit or rule before a noun whose relative clause says what is allowed (`a cap on the number of licences that
 * could be issued`, `limits on the amount which may be borrowed`): the modal there is the rule's permission, not the writer's
 * doubt. Extend with nouns and verbs of limiting, in lower case.
 */
export const LIMIT_WORDS: ReadonlySet<string> = new Set([
  'limit',
  'limits',
  'limiting',
  'limited',
  'cap',
  'caps',
  'capping',
  'capped',
  'ceiling',
  'ceilings',
  'restriction',
  'restrictions',
  'restrict',
  'restricting',
  'restricted',
  'curb',
  'curbs',
  'quota',
  'quotas',
  'maximum',
]);

/** Verbs after which `as if` likens how something looks or feels, a belief (`it looks as if`); after any other word `as if` only compares. */
export const APPEARANCE_BEFORE_AS_IF: ReadonlySet<string> = new Set([
  'look',
  'looks',
  'looked',
  'looking',
  'seem',
  'seems',
  'seemed',
  'seeming',
  'appear',
  'appears',
  'appeared',
  'feel',
  'feels',
  'felt',
  'feeling',
  'sound',
  'sounds',
  'sounded',
]);

/** Verbs whose object may be joined by `or if` to a question it governs (`has yet to reveal the price or if it will charge`): the `if` means whether. */
export const QUESTION_WITH_OR_IF: ReadonlySet<string> = new Set([
  'reveal',
  'reveals',
  'revealed',
  'disclose',
  'disclosed',
  'say',
  'said',
  'know',
  'knows',
  'knew',
  'decide',
  'decided',
  'ask',
  'asked',
  'check',
  'checked',
  'confirm',
  'confirmed',
  'explain',
  'explained',
  'announce',
  'announced',
  'indicate',
  'indicated',
  'whether',
]);

/**
 * Words after `might` that only the noun takes (`the might of the US`, `military might is growing`, `its might has waned`):
 * the modal takes a bare verb, `not`, `have`, `be` or an adverb.
 */
export const AFTER_MIGHT_THE_NOUN: ReadonlySet<string> = new Set(['of', 'is', 'was', 'has', 'had', 'behind', 'against']);

/** Verbs of saying right before `plans`: the plans open the clause said (`Tories say plans to … should wait`). */
export const SAYING: ReadonlySet<string> = new Set(['say', 'says', 'said']);
/** Particles of a verb of making or showing plans (`drew up plans to`, `has put forward plans to`, `set out plans to`). */
export const PLAN_VERB_PARTICLES: ReadonlySet<string> = new Set(['up', 'forward', 'out']);
/**
 * Verbs and prepositions that set an outcome against a forecast right after them, past BEFORE_BENCHMARK words only (`beat
 * forecasts`, `missing forecasts of 53.7`, `below forecasts`), for any word of prediction (measuredAgainst in hedging.ts).
 * MEASURED_AGAINST below is the list for the noun `forecast` alone, read further back (comparedWithForecasts): two lists of
 * one idea, kept apart because merging them changes answers.
 */
export const AGAINST_FORECAST: ReadonlySet<string> = new Set([
  'beat',
  'beats',
  'beating',
  'missed',
  'miss',
  'misses',
  'missing',
  'exceeded',
  'exceeds',
  'exceeding',
  'topped',
  'tops',
  'topping',
  'surpassed',
  'surpassing',
  'outstripped',
  'matched',
  'below',
  'above',
]);
/** Words between such a verb and the forecast (`beat the City's forecasts`, `missed analysts' forecasts`). */
export const BEFORE_BENCHMARK: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'most', 'all', 'market', 'city', 'consensus', 'earlier', 'previous', 'official', 'average']);
/** The verbs of a forecast that, in a relative clause on a figure, say what the figure was forecast to be (`the rate that economists had forecast`). */
export const FORECAST_VERBS: ReadonlySet<string> = new Set(['forecast', 'expected', 'predicted', 'anticipated']);
/** Those whose forecasts an outcome is measured against (`that Wall Street economists had forecast`, `the £100m analysts had expected`). */
export const FORECASTERS: ReadonlySet<string> = new Set(['analysts', 'economists', 'forecasters', 'experts', 'observers', 'markets', 'investors', 'dealers', 'traders']);
/** Words that measure an outcome against the forecast that follows (`well below analyst forecasts`, `beat City forecasts`). */
export const MEASURED_AGAINST: ReadonlySet<string> = new Set([
  'below',
  'above',
  'than',
  'beat',
  'beats',
  'beating',
  'meet',
  'meets',
  'met',
  'missed',
  'miss',
  'misses',
  'exceeded',
  'exceeds',
  'topped',
  'outstripped',
]);
/** Words before `of` or `with` that measure an outcome against what follows (`ahead of IMF forecasts`, `short of`, `in line with`). */
export const MEASURED_AGAINST_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['of', new Set(['ahead', 'short'])],
  ['with', new Set(['line'])],
]);

/**
 * Prepositions that name a cause or the circumstances of what a sentence reports (`driven down by forecasts of a mild winter`,
 * `cut back on spending amid uncertainty over job security`): a forecast or a doubt after one is why the outcome came, and the
 * outcome is stated. Extend in lower case.
 */
export const CAUSE_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'amid', 'amidst']);

/** Second words of two-word prepositions of cause, with the first words that make them one (`because of`, `due to`, `thanks to`). */
export const CAUSE_PREPOSITIONS_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['of', new Set(['because'])],
  ['to', new Set(['due', 'thanks', 'owing'])],
]);

/**
 * Verbs, and the noun of `take their toll`, that say a subject brought an outcome about (`uncertainty over the housing market
 * continues to take its toll`, `the uncertainty surrounding the industry has prompted it to pull its share sale`): the forecast
 * or the doubt that is their subject is named as a cause. Extend in lower case, every form.
 */
export const EFFECT_VERBS: ReadonlySet<string> = new Set([
  'prompted',
  'prompts',
  'prompting',
  'toll',
  'hit',
  'hits',
  'hurt',
  'hurts',
  'weighed',
  'weighs',
  'weighing',
  'dampened',
  'dampens',
  'dented',
  'dents',
  'deterred',
  'deters',
  'forced',
  'forces',
  'drove',
  'drives',
  'pushed',
  'pushes',
  'boosted',
  'boosts',
  'lifted',
  'lifts',
  'knocked',
  'knocks',
]);

/**
 * Words that open another clause or phrase after a forecast or a doubt (`amid forecasts that rates will rise`): a preposition
 * of cause or a verb of effect beyond them is not the cause's. Extend in lower case.
 */
export const ENDS_CAUSE_PHRASE: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whether', 'if', 'as', 'after', 'when', 'while', 'since', 'because', 'than', 'but', 'or']);

/** Modals after which a verb of effect is a forecast of its own (`uncertainty over whether the strike will hit output`). */
export const MODALS_BEFORE_EFFECT: ReadonlySet<string> = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'can']);

/** What `go` takes after a negated `would` when it means to make something known (`they wouldn't go public`): a refusal to tell. */
export const GOING_PUBLIC: ReadonlySet<string> = new Set(['public']);

/** What `go into` takes after a negated `would` when it means to tell more (`would not go into detail`): a refusal to tell. */
export const DETAILS_GONE_INTO: ReadonlySet<string> = new Set(['detail', 'details', 'specifics', 'particulars']);
