import { BARE_DETERMINERS, SUBJECT_PRONOUNS } from './source-grammar.ts';

/**
 * Words for telling a sentence that says what will happen (`Sales will dip`, `There will be elections on 5 May`) from one
 * that only holds a `will` somewhere in a clause about something else (`a move that will see the firm merge`, `how the
 * bank will manage`). Read by `src/analysis/future-tense.ts`: a sentence stated without a hedge but about the future gets a
 * note that says so, since a forecast or a plan is not yet a fact, though the labelled sets (FactBank) call such
 * sentences certain.
 *
 * To extend: add lower-case words as written; every inflected form is its own entry.
 */

/** Modals of the future, whole words; a contraction ending in `'ll` (`they'll`) is one too. */
export const FUTURE_MODALS: ReadonlySet<string> = new Set(['will', 'shall', "won't", "shan't"]);

/**
 * Words that open a clause inside the sentence (a relative, a question, a condition, a time or a reason): a `will` after
 * one in the same clause belongs to that clause (`fans who will travel`, `a decision on how the bank will manage its
 * entry`), not to what the sentence asserts. `that` is read apart (see {@link WORDS_BEFORE_CONTENT}).
 */
export const OPENS_INNER_CLAUSE: ReadonlySet<string> = new Set([
  'who',
  'whom',
  'whose',
  'which',
  'where',
  'when',
  'whenever',
  'wherever',
  'whether',
  'how',
  'what',
  'whatever',
  'whoever',
  'why',
  'if',
  'unless',
  'until',
  'till',
  'once',
  'than',
  'because',
  'since',
  'though',
  'although',
  'while',
  'whereas',
  'before',
  'after',
  'as',
  'so',
]);

/**
 * Verbs, and words of knowing or certainty, after which `that` opens what someone says, thinks or decides (`said that sales
 * will dip`, `It is clear that`, `There can be no doubt that`): a `will` there is the future the sentence reports. After any other word `that` opens a relative clause or a noun's content (`a deal that will
 * save money`, `predictions that taxes will rise`), and the sentence asserts something else. Forms that are nouns as often
 * (`fears`, `hopes`, `claims`, `reports`) are left out: `Fears that the plant will close have hit shops` asserts the fears' effect.
 */
export const WORDS_BEFORE_CONTENT: ReadonlySet<string> = new Set([
  'said',
  'says',
  'say',
  'added',
  'adds',
  'announced',
  'announces',
  'confirmed',
  'confirms',
  'warned',
  'warns',
  'insisted',
  'insists',
  'stated',
  'states',
  'argued',
  'argues',
  'claimed',
  'promised',
  'promises',
  'pledged',
  'pledges',
  'vowed',
  'vows',
  'predicted',
  'predicts',
  'believes',
  'believe',
  'believed',
  'thinks',
  'think',
  'expects',
  'expect',
  'feared',
  'knows',
  'know',
  'agreed',
  'agrees',
  'decided',
  'decides',
  'revealed',
  'reveals',
  'explained',
  'explains',
  'suggested',
  'suggests',
  'admitted',
  'admits',
  'told',
  'reported',
  'noted',
  'notes',
  'indicated',
  'indicates',
  'ruled',
  'remember',
  'remembered',
  'means',
  'mean',
  'meant',
  'ensure',
  'ensures',
  'guarantee',
  'guarantees',
  'sure',
  'confident',
  'convinced',
  'clear',
  'certain',
  'resolute',
  'aware',
  'doubt',
]);

/** Prepositions before `that`, which then is a pronoun (`to deal with that he will have to raise taxes`). */
export const PREPOSITIONS_BEFORE_THAT: ReadonlySet<string> = new Set(['with', 'of', 'about', 'for', 'on', 'in', 'at', 'from', 'to', 'by', 'like', 'despite', 'beyond', 'without']);

/**
 * Words right before `will` that make it the noun (`the will of the people`, `against his will`, `political will`).
 */
export const BEFORE_WILL_THE_NOUN: ReadonlySet<string> = new Set([
  'the',
  'a',
  'his',
  'her',
  'their',
  'its',
  'my',
  'our',
  'your',
  'free',
  'good',
  'ill',
  'political',
  'own',
  'of',
  'against',
  'popular',
  'public',
  'living',
  'new',
]);

/** Words right after `will` that are no verb of its, so the `will` is a noun or a name (`the will to win`, `a will and testament`). */
export const NO_VERB_AFTER_WILL: ReadonlySet<string> = new Set(['of', 'to', 'and', 'or', 'but', 'for', 'the', 'a', 'an', 'in', 'on', 'at', 'with', 'that', 'which', 'from', 'by', 'is', 'was']);

/** Words between a modal and its verb (`will also attend`, `will not be`). */
export const BETWEEN_MODAL_AND_VERB: ReadonlySet<string> = new Set([
  'not',
  "n't",
  'also',
  'still',
  'now',
  'then',
  'only',
  'never',
  'soon',
  'again',
  'even',
  'all',
  'both',
  'first',
  'finally',
  'further',
  'each',
  'no',
  'longer',
]);

/** Verbs that, after `will not`/`won't`, make a refusal now rather than a forecast (`will not comment`). */
export const REFUSED_NOW: ReadonlySet<string> = new Set(['comment', 'say', 'confirm', 'discuss', 'disclose', 'reveal', 'elaborate', 'speculate', 'name', 'identify', 'specify', 'divulge']);

/** Words of habit before `will` in its clause: `will` then says what tends to happen (`Often a manager will play his best side`). */
export const HABITUAL: ReadonlySet<string> = new Set(['often', 'usually', 'typically', 'generally', 'normally', 'sometimes', 'always', 'invariably', 'frequently', 'occasionally', 'traditionally']);

/** Words that open a subject after `and` or `but`: determiners and subject pronouns (a name or a figure opens one too). */
export const SUBJECT_OPENERS: ReadonlySet<string> = new Set([
  ...BARE_DETERMINERS,
  ...SUBJECT_PRONOUNS,
  'that',
  'your',
  'it',
  'there',
  'some',
  'many',
  'most',
  'all',
  'both',
  'no',
  'each',
  'every',
  'other',
  'others',
]);

/**
 * `is to` and `are to` before a verb announce a plan or a schedule (`Fiat is to cut 500 jobs`, `They are to replace the
 * council tax`), as firmly as `will` does: the forms of `be` that do so, in the present only (`was to` tells a past's future).
 */
export const BE_OF_PLAN: ReadonlySet<string> = new Set(['is', 'are']);

/**
 * Nouns whose content `is to` gives (`The aim is to cut costs`, `Our only answer is to tax them`): the sentence says what the
 * aim is, no plan is announced. Also words before `is to` that make it the same kind of definition (`All we can do is to`,
 * `The answer now is to`). Extend with lower-case nouns of aims, tasks, means and choices, every form its own entry.
 */
export const CONTENT_BEFORE_IS_TO: ReadonlySet<string> = new Set([
  'aim',
  'aims',
  'goal',
  'goals',
  'plan',
  'idea',
  'task',
  'job',
  'intent',
  'intention',
  'priority',
  'priorities',
  'challenge',
  'answer',
  'role',
  'quest',
  'policy',
  'policies',
  'pledge',
  'promise',
  'target',
  'trick',
  'tactic',
  'way',
  'key',
  'purpose',
  'objective',
  'object',
  'option',
  'alternative',
  'solution',
  'step',
  'move',
  'strategy',
  'mission',
  'ambition',
  'dream',
  'hope',
  'point',
  'thing',
  'reason',
  'problem',
  'question',
  'remedy',
  'approach',
  'response',
  'choice',
  'risk',
  'danger',
  'temptation',
  'duty',
  'responsibility',
  'function',
  'game',
  'fun',
  'exercise',
  'decision',
  'consideration',
  'need',
  'test',
  'effect',
  'focus',
  'emphasis',
  'message',
  'principle',
  'philosophy',
  'vision',
  'advice',
  'recommendation',
  'proposal',
  'suggestion',
  'instinct',
  'tendency',
  'result',
  'consequence',
  'upshot',
  'best',
  'first',
  'next',
  'only',
  'do',
  'does',
  'did',
  'make',
  'makes',
  'really',
  'now',
  'simply',
  'there',
  'this',
  'that',
]);

/**
 * Words after `is to` that make no plan of it: an idiom (`is to blame`, `that is to say`) or a judgement in the passive
 * (`it is to be hoped that`, `is to be welcomed`), read after `to be`.
 */
export const NO_PLAN_AFTER_IS_TO: ReadonlySet<string> = new Set([
  'blame',
  'say',
  'come',
  'hoped',
  'expected',
  'welcomed',
  'regretted',
  'commended',
  'applauded',
  'congratulated',
  'praised',
  'deplored',
  'found',
  'had',
  'noted',
  'feared',
  'avoided',
  'encouraged',
]);
