import type { LexiconEntry } from './phrase.ts';

/**
 * Cue scope: the words that decide whether a hedge word governs the claim a sentence makes or only
 * a part of it (an object, a topic, a relative clause, a question asked). `src/analysis/hedging.ts`
 * reads these lists; docs/certainty.md ("What a hedge word governs") gives the rules and examples.
 *
 * To extend: add words in lower case, each inflected form as its own entry, to the list whose
 * comment fits. A governor is written as the words that stand right before the noun phrase, in
 * their order (`laid to rest` for `laid to rest any suggestion`).
 */

/**
 * Hedge words that are nouns in the use this module is about: a claim, a rumour or a forecast
 * named as a thing. As the object of a rejection (`dismissed claims that`) or the subject of a
 * judgement (`His forecasts were too optimistic`) they are what the sentence speaks of; the
 * sentence's own claim is the rejection or the judgement.
 */
export const NOUN_CUES: ReadonlySet<string> = new Set([
  'claim',
  'claims',
  'suggestion',
  'suggestions',
  'rumour',
  'rumours',
  'rumor',
  'rumors',
  'allegation',
  'allegations',
  'accusation',
  'accusations',
  'suspicion',
  'suspicions',
  'forecast',
  'forecasts',
  'prediction',
  'predictions',
  'speculation',
  'assumption',
  'belief',
  'plans',
  'plan',
]);

/**
 * What someone does to a claim that makes the claim the object of the act, not the sentence's
 * news:
 * - `rejection`: the claim is denied or set aside (`dismissed claims that`, `laid to rest any
 *   suggestion`); whether it is `contested` is the contest words' business, not a hedge.
 * - `deception`: someone is or is not misled by it (`will not be taken in by X's claims`).
 * - `response`: the claim is only what someone answers (`responded to claims that`).
 * - `naming`: the claim is called by a word that says it is false (`described as "idle speculation"`,
 *   `branded speculation`), a rejection in other words; only when a word of `FALSITY_WORDS`
 *   (contest-words.ts) stands among the noun and the words before it.
 *
 * Not verbs that spread a claim (`fuelled speculation that`, `sparked rumours of`): there the
 * claim's content is news the sentence carries, and it stays hedged (docs/certainty.md says why).
 */
export type GovernorCategory = 'rejection' | 'deception' | 'response' | 'naming';

/** A verb phrase that governs a noun cue as its object; see `GovernorCategory`. */
export type CueGovernor = LexiconEntry<GovernorCategory>;

const governors = (category: GovernorCategory, phrases: string[]): CueGovernor[] => phrases.map((phrase) => ({ phrase, category }));

export const CUE_GOVERNORS: readonly CueGovernor[] = [
  ...governors('rejection', [
    'dismissed',
    'dismisses',
    'dismissing',
    'dismiss',
    'rejected',
    'rejects',
    'rejecting',
    'reject',
    'denied',
    'denies',
    'denying',
    'deny',
    'refuted',
    'refutes',
    'refuting',
    'refute',
    'rebutted',
    'rebuts',
    'rebut',
    'scotched',
    'scotch',
    'quashed',
    'dispelled',
    'dispel',
    'allay',
    'allayed',
    'allaying',
    'debunked',
    'rubbished',
    'ridiculed',
    'laid to rest',
    'lay to rest',
    'put to rest',
    'played down',
    'plays down',
    'playing down',
    'play down',
    'downplayed',
    'brushed aside',
    'brushes aside',
    'brushed off',
    'shrugged off',
    'poured scorn on',
    'pours scorn on',
    'pour scorn on',
    // Not `counter` alone, a noun as often (`claims and counter claims`).
    'to counter',
    'countered',
    'countering',
    'hit back at',
    'hits back at',
    'hitting back at',
  ]),
  ...governors('naming', ['described as', 'branded', 'labelled', 'labeled', 'derided as', 'written off as']),
  ...governors('deception', ['taken in by', 'fooled by', 'misled by', 'swayed by', 'deceived by', 'duped by', 'conned by']),
  ...governors('response', [
    'responded to',
    'responds to',
    'responding to',
    'respond to',
    'reacted to',
    'reacts to',
    'react to',
    'deal with',
    'dealt with',
    'dealing with',
    // `Commenting on speculation of a rate rise, he said …`, `Asked about rumours of a merger, she said …`: the topic answered.
    'commenting on',
    'commented on',
    'comments on',
    'comment on',
    'asked about',
    'questioned about',
    'addressing',
  ]),
];

/**
 * Words that judge a claim after a form of `be` at the end of a sentence (`His forecasts were
 * too optimistic.`, `The claim is simply untrue.`): the sentence's claim is the judgement.
 */
export const JUDGEMENTS_OF_CLAIMS: ReadonlySet<string> = new Set([
  'optimistic',
  'pessimistic',
  'realistic',
  'unrealistic',
  'wrong',
  'right',
  'correct',
  'incorrect',
  'accurate',
  'inaccurate',
  'true',
  'untrue',
  'false',
  'baseless',
  'unfounded',
  'groundless',
  'nonsense',
  'rubbish',
  'absurd',
  'ridiculous',
  'misleading',
  'exaggerated',
  'overblown',
  'credible',
  'plausible',
  'implausible',
  'flawed',
  'sound',
  'prudent',
  'cautious',
  'ambitious',
  'fanciful',
]);

/** Words between `is` and a judgement of a claim (`is not a`, `were far too`, `is simply`). */
export const BEFORE_JUDGEMENT: ReadonlySet<string> = new Set([
  'not',
  "n't",
  'a',
  'an',
  'too',
  'far',
  'overly',
  'very',
  'simply',
  'just',
  'entirely',
  'completely',
  'wholly',
  'totally',
  'utterly',
  'hopelessly',
  'wildly',
  'quite',
  'still',
  'also',
  'always',
  'never',
]);

/**
 * Words that open an interviewer's question at the head of a sentence (`Asked whether he would
 * stand, Mr X said: …`, `Pressed on claims that …, she replied …`): hedge words up to the first
 * comma are the question's, not the answer's.
 */
export const QUESTION_FRAMES: ReadonlySet<string> = new Set(['asked', 'pressed', 'questioned', 'quizzed', 'challenged']);

/** Who answers a question frame written with no comma, and the verbs of the answer (`Asked if he would … he told the BBC`): the frame ends there. */
export const ANSWERERS: ReadonlySet<string> = new Set(['he', 'she', 'they']);
export const ANSWERING: ReadonlySet<string> = new Set(['said', 'told', 'replied', 'answered', 'insisted', 'added', 'says', 'tells']);

/**
 * Words that, right after `asked X` or `pressed X`, open what X was asked (`asked Mr Ellis about the costs`, `pressed her on
 * whether …`, `asked him for his view`): X is then the one who answers. To extend, add a preposition or a question word
 * that opens a question's topic; never `to`, which makes a request (`asked him to resign`), not a question.
 */
export const QUESTION_TOPICS: ReadonlySet<string> = new Set(['about', 'on', 'over', 'whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', 'for']);

/**
 * Negative auxiliaries that open a rhetorical question (`isn't it now clear which one it would
 * be?`, `doesn't that show …?`): the question expects yes and asserts what it asks.
 */
export const NEGATIVE_QUESTION_OPENERS: ReadonlySet<string> = new Set([
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "doesn't",
  "don't",
  "didn't",
  "hasn't",
  "haven't",
  "hadn't",
  "won't",
  "wouldn't",
  "can't",
  "couldn't",
  "shouldn't",
]);

/** Subjects right after a negative auxiliary in a rhetorical question (`isn't it`, `don't we`). */
export const QUESTION_SUBJECTS: ReadonlySet<string> = new Set(['it', 'that', 'this', 'there', 'we', 'you', 'they', 'he', 'she', 'i']);

/**
 * Acts of attending that a schedule names (`are expected to attend the ceremony`, `to testify`; `give evidence` is read
 * as a phrase): people expected to do one are on a programme, and the note says it is about the future rather than doubt.
 * Extend with base forms of verbs of being present at an event.
 */
export const ATTENDANCE_ACTS: ReadonlySet<string> = new Set(['attend', 'testify']);

/**
 * What is still to come for someone or something. Doubt cast on one of these (`is casting doubt on the firm's future`, `cast
 * doubt over the economy's prospects`, `raised doubts about his future at the club`) is news of an outcome in doubt, which the
 * sentence reports; no claim is disputed or hedged. Doubt cast on anything else (`cast doubt on his injury claims`, `on the
 * documents`) disputes a claim. Extend with nouns of what lies ahead, in lower case.
 */
export const FUTURE_OBJECTS: ReadonlySet<string> = new Set(['future', 'prospects', 'survival', 'viability', 'fate', 'ability', 'chances']);

/**
 * Verbs of making a thing. After `to` (`aimed to create a robot that could live with people`, `to make components that could
 * carry light`) the thing is one still to be made, and a `could` in the clause that describes it names the ability it is to
 * have, not a doubt about the sentence's claim. Extend with base forms of verbs of making, designing or breeding.
 */
export const MAKING_VERBS: ReadonlySet<string> = new Set(['create', 'build', 'develop', 'design', 'make', 'produce', 'invent', 'devise', 'engineer', 'construct', 'breed']);

/**
 * Verbs of knowing who or what something is. After `could` in a survey finding (`Almost all
 * could identify the prime minister`) they report an ability measured in the past, which is a
 * fact, not a possibility.
 */
export const ABILITY_VERBS: ReadonlySet<string> = new Set(['identify', 'recognise', 'recognize', 'name', 'remember', 'recall', 'spell', 'read', 'locate', 'explain', 'define']);

/**
 * Words that count people in a survey finding (`Almost all`, `only one in six`, `Fewer than half`,
 * `60%`): before `could` of ability they mark a result measured, not a forecast.
 */
export const SURVEY_COUNTS: ReadonlySet<string> = new Set([
  'all',
  'most',
  'many',
  'few',
  'none',
  'half',
  'majority',
  'minority',
  'third',
  'thirds',
  'quarter',
  'quarters',
  'fifth',
  'fifths',
  'tenth',
  'per',
  'cent',
  'percent',
  'respondents',
  'those',
]);

/**
 * Heads that a participle of intent describes (`Anyone planning to work here will …`,
 * `People hoping to vote must …`): the participle says who is meant, the intent is not the
 * sentence's claim. Extend with pronouns and plural nouns of people.
 */
export const DESCRIBED_BY_INTENT: ReadonlySet<string> = new Set([
  'anyone',
  'anybody',
  'someone',
  'somebody',
  'everyone',
  'everybody',
  'those',
  'people',
  'others',
  'parents',
  'students',
  'workers',
  'families',
  'migrants',
  'immigrants',
  'travellers',
  'visitors',
  'couples',
  'applicants',
  'candidates',
  'drivers',
  'voters',
  'buyers',
  'investors',
  'homeowners',
  'firms',
  'companies',
  'businesses',
]);

/** Words after which `hope to` is the noun, not an intent (`offer hope to the millions`, `no hope to`, `new hope to`). */
export const HOPE_AS_NOUN: ReadonlySet<string> = new Set([
  'offer',
  'offers',
  'offered',
  'offering',
  'give',
  'gives',
  'gave',
  'giving',
  'bring',
  'brings',
  'brought',
  'new',
  'fresh',
  'little',
  'no',
  'some',
  'the',
  'a',
  'real',
]);

/**
 * What governs an embedded question (`decide whether to ban …`, `asking the reporter if he is …`,
 * `a row over whether …`), by the kind of act the sentence reports:
 * - `decision`: a choice still to be made (`will decide whether`, `a decision on whether`, `the
 *   final say on whether`, `are considering whether to appeal`, `will rule on whether`). The
 *   sentence's claim is that a decision is due or being weighed; what is decided is an option,
 *   not a claim about the world, so `whether`, `if` and the cues inside the question hedge nothing.
 * - `asking`: a question someone asked (`he asked whether`, `is heard asking X if he is`). The
 *   claim is that it was asked; the question asserts nothing.
 * - `debate`: a question argued over (`a row over whether`, `divided on whether`, `talks about
 *   whether`, `arguments on whether`). The claim is the argument.
 * - `inquiry`: a fact being looked into (`to see if`, `checking if`, `to establish whether`). The
 *   fact is open and news the sentence carries (FactBank counts investigation cues uncertain), so
 *   it stays `unknown`; only an `if` there means `whether`, not a condition.
 *
 * Not verbs of knowing or saying (`does not know whether`, `could not say whether`, `declined to
 * say whether`): the holder's not knowing or the refusal leaves the claim open, and it hedges;
 * nor `wonder`, which is a hedge of its own, nor the noun `question` before a copula (`The big
 * question is whether …` sets out what is open); `the question of whether` names a topic (`debate`).
 *
 * To extend: add each inflected form as its own entry under the category that fits. A verb is
 * written alone (`decide`); a noun, or a word that is a noun or verb of another sense too (`vote`,
 * `rule`, `split`, `say`), is written with the preposition that joins it to the question (`row
 * over`, `rule on`, `final say on`), so that `the firm will split if …` stays a condition.
 */
export type QuestionGovernorCategory = 'decision' | 'asking' | 'debate' | 'inquiry';

/** A word or phrase that governs an embedded question; see `QuestionGovernorCategory`. */
export type QuestionGovernor = LexiconEntry<QuestionGovernorCategory>;

const questionGovernors = (category: QuestionGovernorCategory, phrases: string[]): QuestionGovernor[] => phrases.map((phrase) => ({ phrase, category }));

export const QUESTION_GOVERNORS: readonly QuestionGovernor[] = [
  ...questionGovernors('decision', [
    'decide',
    'decides',
    'decided',
    'deciding',
    'decision on',
    'decision over',
    'decision about',
    'decisions on',
    'say on',
    'say over',
    'vote on',
    'votes on',
    'voted on',
    'voting on',
    'rule on',
    'rules on',
    'ruled on',
    'ruling on',
    'choose',
    'chooses',
    'chose',
    'choosing',
    'consider',
    'considers',
    'considered',
    'considering',
    'weigh',
    'weighs',
    'weighing',
  ]),
  ...questionGovernors('asking', ['ask', 'asks', 'asked', 'asking', 'inquire', 'inquired', 'inquiring', 'enquire', 'enquired', 'enquiring']),
  ...questionGovernors('debate', [
    'debate on',
    'debate over',
    'debate about',
    'debated',
    'debating',
    'row over',
    'row about',
    'rows over',
    'argument about',
    'argument over',
    'arguments on',
    'arguments about',
    'arguments over',
    'disagreement about',
    'disagreement over',
    'disagreements about',
    'disagreements over',
    'divided on',
    'divided over',
    'divided about',
    'split on',
    'split over',
    'talks about',
    'talks on',
    'dispute over',
    'dispute about',
    // A question named as a topic (`has referred to the prosecutor the question of whether action should be brought`, `the
    // question of whether the bloggers were journalists did not apply`): the claim is what is said of it.
    'question of',
    'questions of',
    'issue of',
    // With a copula between (`Their disagreement is about whether …`).
    'disagreement is about',
    'disagreement was about',
    'debate is about',
    'debate was about',
    'argument is about',
    'argument was about',
    'row is about',
    'row was about',
  ]),
  ...questionGovernors('inquiry', [
    'see',
    'check',
    'checks',
    'checked',
    'checking',
    'find out',
    'finding out',
    'examine',
    'examined',
    'examining',
    'establish',
    'investigate',
    'investigating',
    'test',
    'testing',
    'determine',
    'assess',
    'assessing',
  ]),
];

/**
 * Modals of what would or could have happened (`…, but could have risen more if …`): after `but` and before `have` and a
 * participle they open a counterfactual. Not `may`, which guesses at what did happen (`but may have broken the law`).
 */
export const COUNTERFACTUAL_MODALS: ReadonlySet<string> = new Set(['could', 'would', 'might']);

/**
 * Words that make a `could have` / `would have` clause a counterfactual, one that says what did not happen: a condition
 * (`if`, an inverted `had the bid not been …`, `without the strike`, `otherwise`) or a degree beyond what
 * happened (`could have risen more`, `might have been worse`). Without one of them (`but could have been caused by a
 * fault`) the clause may guess at what happened, and it hedges. Read after the participle (`could have had a bigger …`)
 * and between the modal and `have` (`could easily have been four`). To extend, add a condition word or a comparative.
 */
export const COUNTERFACTUAL_SIGNS: ReadonlySet<string> = new Set([
  'if',
  'had',
  // `could easily have been four`: what was near to happening did not.
  'easily',
  'without',
  'otherwise',
  'more',
  'further',
  'farther',
  'worse',
  'better',
  'higher',
  'lower',
  'faster',
  'sooner',
  'earlier',
  'bigger',
  'larger',
  'greater',
  'deeper',
  'longer',
  'stronger',
  'less',
  'fewer',
]);

/**
 * Words that may stand between a counterfactual's `but` and its modal, or between the modal and `have` (`but it could
 * easily have`, `but they might well have`): a subject pronoun or an adverb of degree.
 */
export const BEFORE_COUNTERFACTUAL_HAVE: ReadonlySet<string> = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'still', 'easily', 'well', 'even', 'also', 'arguably']);

/**
 * Words that open a condition, which makes a relative clause set off by commas a hypothesis about the thing it describes
 * (`the firm, which would sell if offered more, said …`). To extend, add a word that opens a condition.
 */
export const CONDITION_OPENERS: ReadonlySet<string> = new Set(['if', 'unless', 'provided', 'providing']);

/**
 * Words that, right after the comma closing a relative clause set off by commas, show the sentence's own verb is next
 * (`The bank, which …, said profits rose`, `…, has agreed`): verbs of saying and auxiliaries. A verb in `-ed` or `-s`
 * counts too (read by the rule). Not `and`, `but` or a subject, which go on with another clause.
 */
export const MAIN_VERB_AFTER_CLAUSE: ReadonlySet<string> = new Set([
  'said',
  'says',
  'told',
  'added',
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'could',
  'may',
  'might',
  'should',
  'must',
  'can',
  'did',
  'does',
  'do',
  'now',
  'also',
  'still',
]);

/**
 * Conjunctions and prepositions that open a sentence with a clause or an adverbial of its own before the main clause
 * (`When the bank cut the rate it expected …`, `Despite the setback at the plant it expects …`): with no comma to close it, a
 * noun and a pronoun after it are the end of that opening and the main clause's subject, not a noun and a clause with its
 * relative word left out that describes it. (The common prepositions are hedging.ts's `PREPOSITIONS`, read beside these.)
 */
export const FRONTING_CONJUNCTIONS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'since',
  'as',
  'while',
  'when',
  'once',
  'until',
  'because',
  'although',
  'though',
  'if',
  'unless',
  'amid',
  'during',
  'following',
  'without',
  'like',
  'unlike',
]);
