import { FREQUENCY_ADVERBS, MONTH_ABBREVIATIONS, MONTH_NAMES, ROUTINE_TIMES, WEEKDAY_NAMES } from '../text/lexicons/calendar.ts';
import { CLAIM_WORDS, FALSITY_WORDS, KEPT_PRONOUNS, WITHHOLDING_VERBS } from '../text/lexicons/contest-words.ts';
import {
  ACHIEVING,
  AFTER_ACCUSED_NOUN,
  AGAINST_FORECAST,
  AFTER_MIGHT_THE_NOUN,
  AGENT_NOUNS,
  ALTERNATIVE_NOUNS,
  APPEARANCE_BEFORE_AS_IF,
  ASSERTED_WONDER,
  BEFORE_A_WISH,
  BEFORE_BENCHMARK,
  CALLED_FOR,
  CAUSE_PREPOSITIONS,
  CAUSE_PREPOSITIONS_BEFORE,
  CONCEDED,
  DEMANDING,
  DETAILS_GONE_INTO,
  DOUBTED_CONTENT,
  DOUBTS_AIRED,
  EFFECT_VERBS,
  ENDS_CAUSE_PHRASE,
  GOING_PUBLIC,
  HEDGES,
  INQUIRY_NOUNS,
  JUDGED_THAT,
  LIMIT_WORDS,
  FORECAST_VERBS,
  FORECASTERS,
  MEASURED_AGAINST,
  MEASURED_AGAINST_BEFORE,
  MODALS_BEFORE_EFFECT,
  OUTCOME_PARTICIPLES,
  PLAN_VERB_PARTICLES,
  QUESTION_WITH_OR_IF,
  REQUIREMENT_WORDS,
  ROLE_NOUNS,
  RUMOUR_TREATMENTS,
  SAYING,
  SHOULD_OUTCOMES,
  TERMS_WORDS,
  TOLL_NOUNS,
  WRONG_TO_SAY,
  type Hedge,
  type HedgeCategory,
  type HedgeLevel,
} from '../text/lexicons/hedges.ts';
import {
  ABILITY_VERBS,
  ATTENDANCE_ACTS,
  BEFORE_COUNTERFACTUAL_HAVE,
  CONDITION_OPENERS,
  COUNTERFACTUAL_MODALS,
  COUNTERFACTUAL_SIGNS,
  MAIN_VERB_AFTER_CLAUSE,
  FUTURE_OBJECTS,
  MAKING_VERBS,
  BEFORE_JUDGEMENT,
  CUE_GOVERNORS,
  DESCRIBED_BY_INTENT,
  JUDGEMENTS_OF_CLAIMS,
  NEGATIVE_QUESTION_OPENERS,
  NOUN_CUES,
  ANSWERERS,
  HOPE_AS_NOUN,
  ANSWERING,
  QUESTION_FRAMES,
  QUESTION_GOVERNORS,
  QUESTION_SUBJECTS,
  SURVEY_COUNTS,
  type CueGovernor,
  type QuestionGovernorCategory,
  FRONTING_CONJUNCTIONS,
} from '../text/lexicons/cue-scope.ts';
// The personal pronouns that stand for people who can be called on to act (`he should resign`).
import {
  ARTICLES,
  CONJUNCTIONS,
  CONTACT_SUBJECT_PRONOUNS,
  FORMS_OF_BE,
  INQUIRED_INTO,
  NUMBER_WORDS,
  POSSESSIVES,
  SUBJECT_PRONOUNS as AGENT_PRONOUNS,
  THINK_NOUN_HEADS,
} from '../text/lexicons/source-grammar.ts';
import { STOP_WORDS } from '../text/lexicons/stop-words.ts';
import { PhraseMatcher, type PhraseMatch, type Token } from '../text/phrase-matcher.ts';
import { LOWER_WORD, SPACED_DASH, takesAPrize } from './source-tokens.ts';
import { readAt } from '../model/read-at.ts';
import { isGivenName } from '../text/given-name-sex.ts';
import { holdsVerb } from '../text/compromise.ts';
import { GERUND, OPENS_CAPITAL, OPENS_LETTER, OPENS_LOWER_CASE, PAST_PARTICIPLE } from '../text/word-shapes.ts';

const HEDGE_MATCHER = new PhraseMatcher(HEDGES);

/**
 * Punctuation between two words that breaks a phrase: one of `marks` (a character class's contents), an en or an em dash, or a
 * dash set off by spaces as news copy types it (SPACED_DASH, which also takes wire copy's `--`).
 */
function marksOrDash(marks: string): RegExp {
  return new RegExp(String.raw`[${marks}\u2013\u2014]|${SPACED_DASH}`, 'u');
}
/** What sets a pronoun's clause apart from its antecedent: a comma, a clause's break, a bracket or a dash. */
const ASIDE_BREAK = marksOrDash(',;:(');
/** What stands between a contact clause and the word before its noun when the two are not one clause: the above, a bracket's close, a quotation mark. */
const CONTACT_CLAUSE_BREAK = marksOrDash(',;:()"\u201c\u201d');
/** What stands between an embedded question and the word that governs it when it governs no longer: any break but a comma. */
const QUESTION_GOVERNOR_BREAK = marksOrDash(';:()');
/** A comma or a dash, which sets off a clause after the one it qualifies. */
const COMMA_OR_DASH = marksOrDash(',');
/** What opens an aside: a comma, a bracket or a dash. */
const ASIDE_OPENS = marksOrDash(',(');
/** What closes one, first after its last word: a comma, a bracket, a dash, a full stop or a semicolon. */
const ASIDE_CLOSES = new RegExp(String.raw`^\s*(?:[,).;\u2013\u2014]|${SPACED_DASH})`, 'u');
/** A comma or a dash as the whole of the text between two words. */
const ONLY_COMMA_OR_DASH = new RegExp(String.raw`^\s*(?:[,\u2013\u2014]|${SPACED_DASH})\s*$`, 'u');
/** Punctuation that ends a phrase or opens an aside: a comma, a clause's break, a bracket or a dash. */
const PHRASE_OR_ASIDE_BREAK = marksOrDash(',;:()');
/** The same, or a full stop. */
const ANY_BREAK = marksOrDash(',;:.()');
/** Marks after which a word opens a clause: a quotation mark, a colon or a dash. */
const CLAUSE_OPENING_MARK = marksOrDash('"\u201c\u2018\'`:');
/** What ends an opening phrase before its clause: a comma, a clause's break or a dash. */
const OPENER_BREAK = marksOrDash(',;:');
/** What parts the members of a list: a comma, a semicolon or a dash. */
const LIST_BREAK = marksOrDash(',;');
/**
 * `would` setting out the terms of a deal or plan (`holders would receive $12 a share`): a future
 * the text announces as agreed, which is a plan rather than a guess.
 */
const WOULD_OF_TERMS: Hedge = { phrase: 'would', category: 'plan', level: 'probable', reads: 'future' };

/**
 * `would` of reported speech in the past (`the ministry said it would publish the figures`): a plan or a
 * forecast the source announced, a future in the past, as `will` is in `says it will publish`. Not yet a fact, so not
 * `certain`; a `plan` because it is the source's announced intent or forecast rather than the writer's doubt.
 */
export const WOULD_OF_REPORT: Hedge = { phrase: 'would', category: 'plan', level: 'probable', reads: 'future' };

/**
 * `would` reported in the present (`the minister says the evidence would make little difference`), where no tense is
 * shifted, or of a hypothesis in any tense (`said banning the games would be wrong`, `said more would be poor without the
 * aid`): it keeps its own sense, a guess at an unstated condition's outcome, not a plan ahead.
 */
export const WOULD_REPORTED_AS_GUESS: Hedge = { phrase: 'would', category: 'plan', level: 'probable' };

/** `would` after an `if` or `unless` in its sentence (`if talks fail, the union would strike`): the condition's outcome. */
const WOULD_OF_CONDITION: Hedge = { phrase: 'would', category: 'conditional', level: 'possible', reads: 'condition' };

/** `could` in a sentence with a condition on an event (`if convicted, he could face six years`): the condition's possible outcome. */
const COULD_OF_CONDITION: Hedge = { phrase: 'could', category: 'conditional', level: 'possible', reads: 'condition' };

/** Verbs of saying in the present, after which a `would` is not shifted back from `will`. */
const REPORTING_NOW: ReadonlySet<string> = new Set(['says']);
/** Words that make a reported `would` the outcome of what is not the case (`would be poor without the aid`). */
const COUNTERFACTUAL_WORDS: ReadonlySet<string> = new Set(['without', 'otherwise']);
/** `-ing` words that are no gerund opening a subject (`nothing would change`). */
const NOT_A_GERUND: ReadonlySet<string> = new Set(['nothing', 'something', 'anything', 'everything', 'king', 'spring', 'morning', 'evening', 'thing', 'things']);

/** `if` meaning `whether` in a question left open (`to see if it was possible`): unknown, as `whether` is there. */
const IF_OF_QUESTION: Hedge = { phrase: 'if', category: 'unknown', level: 'unknown' };

/** FactBank levels from most to least committed; a sentence takes the lowest its hedges give. */
export const LEVEL_ORDER: readonly HedgeLevel[] = ['certain', 'probable', 'possible', 'unknown'];

const NEGATION = new Set(['not', "n't", 'never']);
const REFUSAL = new Set([
  'comment',
  'elaborate',
  'say',
  'disclose',
  'discuss',
  'identify',
  'give',
  'provide',
  'reveal',
  'confirm',
  'name',
  'specify',
  'release',
  'answer',
  'respond',
  'be',
  'divulge',
  'detail',
  'allow',
  'let',
  'commit',
]);

/**
 * True when the verb at `at`, after a negated `would`, refuses to tell (`would not comment`, `wouldn't confirm`, `they wouldn't
 * go public`, `would not go into detail`): a refusal that was made, told of the past, no forecast. `would not go ahead` is.
 */
function refusesToSay(tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at]?.norm ?? '';
  if (REFUSAL.has(verb)) return true;
  if (verb !== 'go') return false;
  const next = tokens[at + 1]?.norm ?? '';
  return GOING_PUBLIC.has(next) || (next === 'into' && DETAILS_GONE_INTO.has(tokens[at + 2]?.norm ?? ''));
}
/** Words opening a condition, after which a `would` is its outcome. */
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless']);
/** Verbs after which `would` reports a plan or promise in the past rather than a hypothesis. */
const REPORTED_FUTURE = new Set([
  'said',
  'says',
  'told',
  'announced',
  'added',
  'stated',
  'promised',
  'pledged',
  'vowed',
  'agreed',
  'confirmed',
  'decided',
  'indicated',
  'declared',
  'informed',
  'disclosed',
  'planned',
  'knew',
  'hoped',
  'insisted',
  'explained',
  'notified',
  'assured',
  'argued',
  'countered',
  'warned',
  'reported',
  'stressed',
  'noted',
  'saying',
  'telling',
  'announcing',
  'adding',
  'stating',
  'promising',
  'pledging',
  'vowing',
  'agreeing',
  'insisting',
  'warning',
  'arguing',
  'stressing',
  'noting',
  'declaring',
  'confirming',
  'determined',
]);
/** Subjects of a wish put politely with `should` (`I should like to thank …`, `we should love to`). */
const FIRST_PERSON_SUBJECTS = new Set(['i', 'we']);
const DESIRE = new Set(['like', 'liked', 'rather', 'love', 'loved', 'prefer', 'preferred', 'want', 'wanted']);
const TIME_WORDS = new Set([
  'now',
  'then',
  'recently',
  'today',
  'tomorrow',
  'yesterday',
  'tonight',
  'last',
  'next',
  'this',
  'early',
  'late',
  'mid',
  'after',
  'before',
  'later',
  'midnight',
  'noon',
  'dawn',
  'further',
  ...MONTH_NAMES,
  ...WEEKDAY_NAMES,
  ...MONTH_ABBREVIATIONS,
  'year',
  'years',
  'month',
  'months',
  'week',
  'weeks',
  'day',
  'days',
  'the',
  'at',
  'about',
  'around',
  'as',
  'well',
  'very',
  'fairly',
  'quite',
  'shortly',
  // Ends that come to all (`pays an income until death`, `until retirement`): times, not conditions.
  'death',
  'retirement',
  'maturity',
]);
/** Verb forms that put a clause in the past (`until it was`, `until they became`); not `has been`, which may still be to come (`until it has been approved`). */
const PAST_FORMS = new Set([
  'was',
  'were',
  'had',
  'did',
  'became',
  'came',
  'went',
  'got',
  'took',
  'began',
  'died',
  'left',
  'retired',
  'resigned',
  'rose',
  'fell',
  'won',
  'lost',
  'sold',
  'bought',
  'made',
  'found',
  'saw',
  'ran',
  'gave',
  'broke',
  'grew',
  'struck',
]);
/** Words before a verb in `-ed` that make it a participle still to come (`until it is approved`, `until members have voted`) rather than a past tense. */
const BEFORE_PARTICIPLE = new Set(['has', 'have', 'is', 'are', 'be', 'been', 'being', 'get', 'gets', "'s", 'not']);
/** Words that put a main clause in the future or under a condition (`will not sign until`): then a perfect after `until` is still to come. */
const FUTURE_OR_MODAL = new Set(['will', "won't", 'would', 'shall', 'must', 'should', 'can', 'cannot', 'could', 'not', "n't", 'never', 'may', 'might']);
/** Words that open a noun phrase: after them `plans`, `forecasts` or a participle are a noun or describe one. */
const NOUN_PHRASE_OPENERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', ...POSSESSIVES, 'your', 'new', 'any', 'such', 'latest', 'earlier', 'previous', 'own']);
/** Prepositions and past-tense verbs of reaction before a modifier of `plans` (`on UK plans to`, `attacked Tory plans to`). */
const PREPOSITIONS = new Set(['on', 'of', 'for', 'about', 'against', 'over', 'with', 'from', 'by', 'under', 'to', 'into', 'behind', 'despite', 'in', 'at']);
/** Words after a noun `forecasts` that give their content (`forecasts of 2% growth`, `its forecasts show`): then they hedge. */
const FORECAST_CONTENT = new Set([
  'of',
  'that',
  'for',
  'show',
  'shows',
  'showed',
  'suggest',
  'suggests',
  'point',
  'points',
  'put',
  'puts',
  'see',
  'sees',
  'predict',
  'predicts',
  'are',
  'is',
  'were',
  'was',
  'indicate',
  'indicates',
]);
/** Conjunctions that open a time clause: `before it would become`, `until the firm would agree`. */
const TIME_CONJUNCTIONS = new Set(['before', 'until', 'till']);
/** Subjects of a time clause right after its conjunction besides a pronoun (CONTACT_SUBJECT_PRONOUNS): a determiner and one noun (`before an engineer would`). */
const TIME_CLAUSE_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her']);

/** Words that join doubt to what is doubted (`cast doubt on`, `doubts about`). */
const DOUBTED_BY = new Set(['on', 'over', 'about', 'upon']);
/** How many words may open the thing doubted before its head (`on the troubled firm's long-term future`). */
const DOUBTED_REACH = 6;

/**
 * True when the doubt word at `index` (`doubt`, `doubts`) is cast on what lies ahead for someone or something (`is casting
 * doubt on the firm's future`, `raised doubts about his future at the club`): an outcome in doubt is the news the sentence
 * reports, and no claim is disputed or hedged. Doubt on a claim (`cast doubt on his injury claims`) is not.
 */
export function doubtOverAFuture(tokens: readonly Token[], index: number, text: string | undefined): boolean {
  if (!DOUBTED_BY.has(tokens[index + 1]?.norm ?? '')) return false;
  for (let k = index + 2; k < Math.min(tokens.length, index + 2 + DOUBTED_REACH); k++) {
    const word = readAt(tokens, k, 'tokens');
    if (text !== undefined && PHRASE_BREAK.test(text.slice(readAt(tokens, k - 1, 'tokens').end, word.start))) return false;
    if (FUTURE_OBJECTS.has(word.norm)) return true;
    if (CLAIM_WORDS.has(word.norm) || OPENS_QUESTION.has(word.norm) || word.norm === 'that') return false;
  }
  return false;
}

/** How many words the thing to be made may take between the verb of making and its relative clause (`to build a small, cheap robot that`). */
const MADE_THING_REACH = 5;

/**
 * True when the `could` at `index` opens a relative clause about a thing still to be made (`aimed to create a robot that
 * could live with people`): the clause names the ability the thing is to have. A thing already made (`has developed a drug
 * that could cure`) is not read so: whether it can is then a claim in doubt.
 */
function abilityOfAThingToBeMade(tokens: readonly Token[], index: number, text: string): boolean {
  const relative = tokens[index - 1];
  if (relative === undefined || !RELATIVE_PRONOUNS.has(relative.norm)) return false;
  for (let k = index - 2; k >= Math.max(1, index - 2 - MADE_THING_REACH); k--) {
    const word = readAt(tokens, k, 'tokens');
    if (PHRASE_BREAK.test(text.slice(word.end, readAt(tokens, k + 1, 'tokens').start))) return false;
    // A thing after the verb: a determiner opens it, or it is a plural (`to make components that`); not `to make sure that`.
    if (MAKING_VERBS.has(word.norm)) return tokens[k - 1]?.norm === 'to' && k < index - 2 && (NOUN_PHRASE_OPENERS.has(tokens[k + 1]?.norm ?? '') || /\p{Ll}{2,}s$/u.test(tokens[index - 2]?.raw ?? ''));
    if (!/^\p{L}[\p{L}'-]*$/u.test(word.raw) || RELATIVE_PRONOUNS.has(word.norm)) return false;
  }
  return false;
}

/** Forms of `be` in the present before `expected to`: a schedule held now (`are expected to attend`). */
const BE_NOW: ReadonlySet<string> = new Set(['is', 'are']);

/**
 * True when `expected` at `index` puts named people on a schedule (`Several former staff are expected to give evidence`,
 * `stars including X are expected to attend the ceremony`): `is`/`are expected to` before an act of attendance
 * (ATTENDANCE_ACTS), with no figure in the subject. A count expected (`About 120,000 people are expected to attend`) is a
 * forecast and stays a hedge, as does a past expectation (`was expected to attend`), which may have come to nothing.
 */
function scheduledAttendance(tokens: readonly Token[], index: number): boolean {
  if (readAt(tokens, index, 'tokens').norm !== 'expected' || tokens[index + 1]?.norm !== 'to') return false;
  const be = tokens[index - 1]?.norm === 'also' ? index - 2 : index - 1;
  if (!BE_NOW.has(tokens[be]?.norm ?? '')) return false;
  const act = tokens[index + 2]?.norm ?? '';
  const attends = ATTENDANCE_ACTS.has(act) || (act === 'give' && tokens[index + 3]?.norm === 'evidence');
  return attends && !tokens.slice(0, be).some((token) => DIGIT.test(token.norm) || NUMBER_WORDS.has(token.norm) || token.norm === 'thousands' || token.norm === 'hundreds');
}

/** Conjunctions that open a clause telling when something else happened (`shortly before the band were due to tour`). */
const WHEN_CONJUNCTIONS: ReadonlySet<string> = new Set(['before', 'after', 'when', 'until', 'as']);
/** Nouns of a time that a clause with its relative word left out may say (`on the day testimony was set to begin`). */
const TIME_NOUNS: ReadonlySet<string> = new Set(['day', 'eve', 'night', 'morning', 'afternoon', 'evening', 'week', 'weekend', 'date', 'moment', 'hour']);
/** Words before a time noun that make it the time a clause tells (`the day`, `that morning`). */
const TIME_NOUN_OPENERS: ReadonlySet<string> = new Set(['the', 'that', 'this']);
/** Verbs of saying in the present, which put what follows in what is said (`before he says the band were due to`). */
const SAYING_NOW: ReadonlySet<string> = new Set(['say', 'says', 'tell', 'tells', 'think', 'thinks', 'believe', 'believes']);
/** How many words a time clause's subject may take before its past plan (`before the touring band were due to`). */
const WHEN_SUBJECT_REACH = 4;

/**
 * True when the past plan at `index` (`was set to`, `were due to`) says when another event happened: it stands in a clause
 * opened by a time conjunction or after a time noun, with only its subject between (`shortly before the band were due to go on
 * tour`, `on the day testimony was set to begin`). The sentence asserts that event; when the plan was for hedges nothing.
 */
function pastPlanTellsWhen(tokens: readonly Token[], index: number, text: string): boolean {
  const first = readAt(tokens, index, 'tokens');
  if (first.norm !== 'was' && first.norm !== 'were') return false;
  for (let k = index - 1; k >= Math.max(0, index - 1 - WHEN_SUBJECT_REACH); k--) {
    const word = readAt(tokens, k, 'tokens');
    if (PHRASE_BREAK.test(text.slice(word.end, readAt(tokens, k + 1, 'tokens').start))) return false;
    if (WHEN_CONJUNCTIONS.has(word.norm)) return k < index - 1;
    if (TIME_NOUNS.has(word.norm) && TIME_NOUN_OPENERS.has(tokens[k - 1]?.norm ?? '')) return k < index - 1;
    // A verb between (`after it said a partner was set to`) puts the plan in what was said, not in the time clause.
    if (!/^[\p{L}'-]+$/u.test(word.norm) || REPORTED_FUTURE.has(word.norm) || SAYING_NOW.has(word.norm) || (/ed$/u.test(word.norm) && !OPENS_CAPITAL.test(word.raw))) return false;
  }
  return false;
}

/** True when the `would` at `index` follows a time conjunction and its subject alone (`before it would`, `until the board would`). */
function inTimeClause(tokens: readonly Token[], index: number): boolean {
  const word = (at: number): string => tokens[at]?.norm ?? '';
  if (TIME_CONJUNCTIONS.has(word(index - 2)) && CONTACT_SUBJECT_PRONOUNS.has(word(index - 1))) return true;
  return TIME_CONJUNCTIONS.has(word(index - 3)) && TIME_CLAUSE_DETERMINERS.has(word(index - 2)) && /^\p{Ll}+$/u.test(word(index - 1));
}
/** Words after an attributive participle that show it is a verb after all (`the expected to`, `the forecast is`). */
const NOT_A_HEAD_NOUN = new Set(['to', 'that', 'by', 'of', 'in', 'on', 'at', 'for', 'from', 'and', 'or', 'but', 'is', 'are', 'was', 'were', 'will', 'would', 'has', 'have', 'had', 'be', 'as', 'with']);
/** Adverbs between a determiner and a participle (`a widely predicted move`, `the long expected merger`). */
const PARTICIPLE_ADVERBS = new Set(['widely', 'long', 'much', 'eagerly', 'keenly', 'hotly', 'generally', 'previously', 'originally', 'officially', 'largely', 'closely']);
/** Words that open what an accusation alleges (`accused him of fraud`, `accused it over the losses`). */
const ALLEGED_CONTENT = new Set(['of', 'over', 'that', 'in', 'for', 'after']);
/** Words after `her potential` that end the noun phrase (`by`, `as`, `and`); `for` and `to` are left out, since `the potential for unrest` and `its potential to spread` are possibilities. */
const AFTER_A_CAPACITY: ReadonlySet<string> = new Set(['by', 'as', 'in', 'at', 'and', 'but', 'with', 'on', 'is', 'was', 'has', 'had']);
/** Verbs of change before `the likelihood` (`heightens the likelihood of conflict`): the effect is asserted. */
const CHANGES = new Set([
  'increase',
  'increases',
  'increased',
  'increasing',
  'raise',
  'raises',
  'raised',
  'raising',
  'heighten',
  'heightens',
  'heightened',
  'reduce',
  'reduces',
  'reduced',
  'reducing',
  'lower',
  'lowers',
  'lowered',
  'cut',
  'cuts',
  'boost',
  'boosts',
  'boosted',
  'lessen',
  'lessens',
  'diminish',
  'diminishes',
]);
/** Determiners that point back to something named before (`these rumours`, `such allegations`, `The allegations, which he denies, …`). */
const REFERRING = new Set(['these', 'those', 'such', 'the']);
const AUXILIARY_BE = new Set(['is', 'was', 'are', 'were']);
/** Words after `the rumours`, `the allegations` that give their content: then they are reported anew and hedge. */
const REPORTED_CONTENT = new Set(['that', 'of', 'about', 'he', 'she', 'they', 'it']);
/** Words before a `whether` that opens a clause of its own (`Mr Blair said that whether the public chose…`); with an `or` to come it means "regardless". */
const OPENS_CLAUSE_OF_INDIFFERENCE = new Set(['that', 'but', 'and', 'so', 'yet']);
/** After `until the`, a clause subject rather than a time follows these only rarely. */
const TIME_AFTER_THE = new Set(['end', 'middle', 'start', 'beginning', 'close', 'spring', 'summer', 'autumn', 'fall', 'winter', 'weekend', 'election', 'deadline']);
const DETERMINERS = new Set([
  'these',
  'those',
  'the',
  'such',
  'his',
  'her',
  'their',
  'its',
  'our',
  'your',
  'my',
  'similar',
  'previous',
  'earlier',
  'insurance',
  'any',
  'all',
  'both',
  'conflicting',
  'competing',
  'territorial',
]);
/** A plural in lower case (`critics`, `lawyers`), not a word in -ss (`business`). */
const PLURAL_BEFORE_VERB = /^\p{Ll}+[^s']s$/u;
const CLAIM_FOLLOWERS = new Set(['that', 'by', 'from', 'of', 'to', 'responsibility', 'credit', 'victory']);
/** Adverbs that deny most of an ability (`could barely understand`, `could hardly move`). */
const BARELY = new Set(['barely', 'hardly', 'scarcely']);
/**
 * Verbs of hearing and smelling: `could hear gunfire`, `could be heard` report what was perceived.
 * Not `see` or `feel`, which forecast as often (`could see profits fall`, `could be felt for years`).
 */
const PERCEPTION = new Set(['hear', 'smell', 'heard', 'smelt', 'smelled']);
/** Words after which `thought` is a noun (`a thought`, `much thought`, `second thoughts`). */
const NOUN_OPENERS = new Set([
  'a',
  'the',
  'some',
  'much',
  'no',
  'any',
  'this',
  'that',
  ...POSSESSIVES,
  'your',
  'second',
  'careful',
  'serious',
  'little',
  'more',
  'of',
  'without',
  'deep',
  'political',
  'economic',
  'for',
]);
/** Words that rule a possibility out (`ruled out the possibility`, `no possibility`). */
const RULING_OUT = new Set(['ruled', 'rule', 'rules', 'ruling', 'excluded', 'excludes', 'exclude', 'dismissed', 'no', 'out']);
/** Words before `claims` that make them demands for money or a legal standing (`insurance claims`, `its bankruptcy claim`), not assertions. */
const CLAIMS_FOR_MONEY = new Set([
  'bankruptcy',
  'asylum',
  'insurance',
  'compensation',
  'damages',
  'injury',
  'pension',
  'benefit',
  'benefits',
  'expenses',
  'expense',
  'warranty',
  'process',
  'processes',
  'processing',
  'processed',
  'pay',
  'pays',
  'paying',
  'paid',
  'file',
  'files',
  'filing',
  'filed',
  'lodge',
  'lodged',
  'settle',
  'settles',
  'settling',
  'settled',
  'handle',
  'handling',
  'handled',
  'submit',
  'submitted',
  'meet',
  'meeting',
  'cover',
  'covering',
]);

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'who', 'which', 'agency', 'government', 'ministry', 'group']);
const DIGIT = /\d/;
/** Forms of the verbs after which an adjective is said of its subject (`is unknown`, `remains unclear`). */
const LINKING = new Set([
  ...FORMS_OF_BE,
  "it's",
  "'s",
  'remain',
  'remains',
  'remained',
  'seem',
  'seems',
  'seemed',
  'become',
  'becomes',
  'became',
  'still',
  'yet',
  'as',
  'also',
  'largely',
  'entirely',
  'completely',
  'not',
  'very',
  'so',
  'too',
  'highly',
  'deeply',
  'somewhat',
]);
/** Words after `unknown`/`unclear` that open what is not known (`unclear whether`, `unknown how many`). */
const OPENS_QUESTION = new Set(['whether', 'if', 'how', 'what', 'who', 'whom', 'why', 'when', 'where', 'which', 'to', 'at', 'about', 'for', 'exactly']);
/** Prepositions between a noun of inquiry and what it looks into (see INQUIRY_NOUNS). */
const INQUIRY_PREPOSITIONS = new Set(['of', 'into', 'over', 'about']);
/** True when a mark that ends a phrase (`,`, `.`, `;`, `:`, `!`, `?`) comes right after the word at `at`. */
function endsPhrase(tokens: readonly Token[], at: number, text: string | undefined): boolean {
  const next = tokens[at + 1];
  return text !== undefined && next !== undefined && /^\s*[,.;:!?]/u.test(text.slice(readAt(tokens, at, 'tokens').end, next.start));
}

/**
 * How many words may stand between an inquiry's noun and the preposition of what it looks into (`talks with the exchange last
 * week over`, `talks with French carmaker PSA Peugeot Citroen about`).
 */
const INQUIRY_REACH = 8;

/** True when the preposition at `at` joins an inquiry's noun a few words before it (`an investigation into`, `talks … over`). */
function afterInquiryNoun(tokens: readonly Token[], at: number): boolean {
  if (!INQUIRY_PREPOSITIONS.has(tokens[at]?.norm ?? '')) return false;
  for (let j = at - 1; j >= 0 && at - j <= INQUIRY_REACH; j--) if (INQUIRY_NOUNS.has(readAt(tokens, j, 'tokens').norm)) return true;
  return false;
}
/** Words before `possible` that make it a degree, not a doubt (`the fastest possible`, `as soon as possible`). */
const DEGREE = new Set(['most', 'least', 'best', 'worst', 'every', 'all', 'as', 'humanly', 'made', 'make', 'makes', 'making', 'it', 'wherever', 'whenever', 'where', 'when', 'if']);
/** Places and company one appears in, at or with: to appear there is to be there. */
const PRESENCE = new Set([
  'in',
  'on',
  'at',
  'before',
  'with',
  'alongside',
  'outside',
  'inside',
  'together',
  'live',
  'onstage',
  'as',
  'for',
  'opposite',
  'under',
  'from',
  'twice',
  'briefly',
  'regularly',
  'along',
  'frequently',
  'often',
]);
/** What `assume` takes when it is a belief: a clause. */
const CLAUSE_START = new Set(['that', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'this', 'the', 'nothing', 'everything', 'anything']);
/**
 * Words before `doubt` that deny it; `any` and `anyone` stand in questions that expect no
 * (`can anyone doubt that`, `can anyone be in any doubt`), which assert the claim.
 */
const NEGATORS = new Set(['no', 'not', "n't", 'never', 'nobody', 'little', 'without', 'beyond', "don't", "doesn't", "didn't", "won't", "can't", 'cannot', 'any', 'anyone', 'anybody']);
/** What follows `due to` when it gives a cause (`due to the strike`, `due to higher costs`). */
const CAUSE_START = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'this',
  'that',
  'these',
  'those',
  'some',
  'any',
  'no',
  'lack',
  'poor',
  'bad',
  'high',
  'higher',
  'low',
  'lower',
  'rising',
  'falling',
  'increased',
  'strong',
  'stronger',
  'weak',
  'weaker',
  'heavy',
  'concerns',
  'fears',
  'problems',
  'pressure',
  'demand',
  'costs',
  'illness',
  'injury',
  'ill',
  'technical',
  'personal',
  'work',
  'what',
  'his',
  'him',
  'them',
  'it',
]);
const SUPERLATIVE = /^(?:\p{L}{2,}est|most|least)$/u;
/** Forms of `reveal` that report a plan with a `would` after them (`revealed it would`), read by `reportedBefore`. */
const REVEALING: ReadonlySet<string> = new Set(['revealed', 'revealing']);
/** Pronouns that open a revealed clause as its subject (`revealed it would`, `revealing they would`). */
const REVEALED_SUBJECTS: ReadonlySet<string> = new Set(['it', 'he', 'she', 'they', 'we']);
/** Verbs of failing before `to`: a prediction after them was not made (`failed to predict`, `fail to foresee`). */
const FAILING: ReadonlySet<string> = new Set(['failed', 'fail', 'fails', 'failing']);
/** How far back a reporting verb still governs a `would` in its clause. */
const REPORTED_SPEECH_REACH = 12;

/** True when the hedge match, read in its context, really hedges. */
function holdsInContext(hedge: Hedge, tokens: readonly Token[], match: PhraseMatch<Hedge>, text: string | undefined): boolean {
  const i = match.first;
  const next = tokens[match.last + 1];
  const afterNext = tokens[match.last + 2];
  const previous = tokens[i - 1];
  if (match.first === match.last && comparedWith(tokens, i)) return false;
  if (hedge.category === 'belief' && deniedByEveryone(tokens, i)) return false;
  if (hedge.category === 'prediction' && measuredAgainst(tokens, i, text)) return false;
  // `Lord Callaghan failed to predict the mood of the country`: a prediction not made is a fact about its maker, no guess.
  if (hedge.category === 'prediction' && previous?.norm === 'to' && FAILING.has(tokens[i - 2]?.norm ?? '')) return false;
  if (HOLDERS_VERBS.has(readAt(tokens, i, 'tokens').norm) && text !== undefined && definesWhoIsMeant(tokens, i, text)) return false;
  if (text !== undefined && hedge.category === 'belief' && asksABelief(tokens, i, text)) return false;
  if (text !== undefined && hedge.category === 'modal' && rhetoricalNegativeQuestion(tokens, i, text)) return false;
  if (text !== undefined && inQuestionFrame(tokens, i, text)) return false;
  if (text !== undefined && hedge.category === 'modal' && inAskedQuestion(tokens, i, text)) return false;
  if (text !== undefined && (hedge.category === 'modal' || hedge.category === 'belief') && insideRhetoricalQuestion(tokens, i, text)) return false;
  if (text !== undefined && scopedToRelative(hedge, readAt(tokens, i, 'tokens').norm) && inRelativeClauseOfAnother(tokens, i, text, hedge.category)) return false;
  // `to get out of a deal which could have forced it to buy the carmaker`: what a thing would have done, in a clause about
  // it, is what it was; the sentence's own claim is not hedged by it.
  // (`factors which may have swung the board`: `may have` and `might have` still guess at what happened.)
  if (text !== undefined && COUNTERFACTUAL.has(readAt(tokens, i, 'tokens').norm) && next?.norm === 'have' && inRelativeClauseOfAnother(tokens, i, text, hedge.category)) return false;
  if (
    text !== undefined &&
    (hedge.category === 'reported-uncertainty' || hedge.category === 'prediction' || HOLDERS_VERBS.has(readAt(tokens, i, 'tokens').norm)) &&
    inContactClause(tokens, i, text, hedge.category)
  )
    return false;
  if (text !== undefined && hedge.phrase === 'if' && boundsACount(tokens, i, text)) return false;
  // `as if to pour fuel on the flames`: a manner likened to a purpose, no condition on anything.
  if (hedge.phrase === 'if' && tokens[i - 1]?.norm === 'as' && tokens[i + 1]?.norm === 'to') return false;
  if (hedge.phrase === 'if' && (ifOfPurpose(tokens, i, text) || attemptToSee(tokens, i, text))) return false;
  if (text !== undefined && hedge.category === 'plan' && hedge.reads === undefined && pastPlanTellsWhen(tokens, i, text)) return false;
  if (text !== undefined && hedge.phrase === 'could' && abilityOfAThingToBeMade(tokens, i, text)) return false;
  if (/doubts?$/u.test(hedge.phrase) && doubtOverAFuture(tokens, match.last, text)) return false;
  // `it was as if a barrier had been breached`: a likeness, no condition; `it looks as if` is a belief, an entry of its own.
  // (`it looked for one glorious moment as if …`: an appearance a few words back still makes it a belief.)
  if (hedge.phrase === 'if' && previous?.norm === 'as' && !tokens.slice(Math.max(0, i - 6), i - 1).some((token) => APPEARANCE_BEFORE_AS_IF.has(token.norm))) return false;
  if (hedge.phrase === 'in the event' && !eventIsCondition(tokens, match.last, text)) return false;
  if (text !== undefined && hedge.category === 'modal' && (permittedByALimit(tokens, i, text) || contestOfMost(tokens, i))) return false;
  if (text !== undefined && hedge.category === 'belief' && HOLDERS_VERBS.has(readAt(tokens, i, 'tokens').norm) && beliefNamesAThing(tokens, i, text)) return false;
  if (text !== undefined && hedge.phrase === 'may' && mayConcedes(tokens, i, text)) return false;
  switch (hedge.rule) {
    case undefined:
      return true;
    case 'may-month': {
      // The modal is capitalised only at the start of a sentence; the month always is.
      if (readAt(tokens, i, 'tokens').raw === 'May' && i > 0) return false;
      // `May has struggled to compete`, `May said`: a finite verb after it makes `May` a name (May Department Stores); a modal
      // takes a bare verb.
      if (readAt(tokens, i, 'tokens').raw === 'May' && next !== undefined && (FINITE_AFTER_NAME.has(next.norm) || /^\p{Ll}{3,}ed$/u.test(next.raw))) return false;
      return !(next && DIGIT.test(next.norm));
    }
    case 'would-reported': {
      // `would not comment`, `would only say`: a refusal to say more.
      const negatedRefusal =
        ((NEGATION.has(next?.norm ?? '') || next?.norm === 'only') && refusesToSay(tokens, i + 2)) || (readAt(tokens, i, 'tokens').norm === "wouldn't" && refusesToSay(tokens, i + 1));
      if (negatedRefusal) return false;
      if (next && (DESIRE.has(next.norm) || (next.norm === 'have' && DESIRE.has(afterNext?.norm ?? '')))) return false;
      // `would really like to`, `would very much like to`: an adverb of degree leaves the wish a wish.
      if (wishAfterAdverbs(tokens, match.last)) return false;
      // `it would be wrong to`, `it would be a mistake to`: a judgement of what is right, not a hypothesis about a fact.
      if (previous?.norm === 'it' && next?.norm === 'be' && judgementFollows(tokens, match.last + 2)) return false;
      // `to educate people before it would become accepted`: a time clause's `would` places an event after another, no guess.
      if (inTimeClause(tokens, i)) return false;
      return !habitualWould(tokens, i);
    }
    case 'could-factual':
      // `could not be reached`, `could barely understand`: past inability, which happened.
      if (readAt(tokens, i, 'tokens').norm === "couldn't" || NEGATION.has(next?.norm ?? '') || BARELY.has(next?.norm ?? '')) return false;
      // `said none of its past accounts could be relied on`: an ability denied through its subject, as `could not` denies it.
      if (negativeSubjectBefore(tokens, i)) return false;
      // `Nearly all could name the prime minister`: an ability a survey measured, which is its finding.
      if (ABILITY_VERBS.has(next?.norm ?? '') && surveyCountBefore(tokens, i, text)) return false;
      // `could hear gunfire`, `could be heard`: what was perceived happened.
      if (PERCEPTION.has(next?.norm ?? '') || (next?.norm === 'be' && PERCEPTION.has(afterNext?.norm ?? ''))) return false;
      // `before the suspects could be tried`: a time clause places one event after another, as with `would`.
      if (inTimeClause(tokens, i)) return false;
      return !(text === undefined ? tokens[i - 1]?.norm === 'that' && tokens[i - 2]?.norm === 'so' : purposeWithSo(tokens, i, text));
    case 'might-modal':
      // A determiner or possessive before it (`all its might`, `the might of`) or a word only a noun takes after it.
      return !(ARTICLES.has(previous?.norm ?? '') || POSSESSIVES.has(previous?.norm ?? '') || AFTER_MIGHT_THE_NOUN.has(next?.norm ?? ''));
    case 'until-time':
      return untilIsCondition(tokens, match.last) && !(text !== undefined && untilATimeNamed(tokens, match.last, text));
    case 'even-if':
      return !concededAfter(tokens, match.last);
    case 'expected-comparison':
      // After a figure (`more than the £1.4bn expected`) the `than` stands one word further back, and an adverb before the
      // participle (`than the $54bn widely expected`) moves it back again.
      for (let from = beforeAdverbs(tokens, i), j = from - 1; j >= 0 && j >= from - (DIGIT.test(tokens[from - 1]?.norm ?? '') ? 4 : 3); j--) {
        const word = tokens[j]?.norm;
        if (word === 'than' || (word === 'as' && j === i - 1)) return false;
      }
      // `twice the 169,000 figure that economists had forecast`: the forecasters' relative clause names the yardstick.
      if (forecastNamesAYardstick(tokens, i)) return false;
      // `twice the amount expected`, `half the number forecast`: a multiple of a forecast compares the outcome with it.
      if (tokens.slice(Math.max(0, i - 4), i).some((token) => MULTIPLES.has(token.norm)) && tokens[i - 2]?.norm === 'the') return false;
      // `below Mr Brown's forecast of 3%`: an outcome measured against the forecast, as `than expected` is.
      if (readAt(tokens, i, 'tokens').norm === 'forecast' && comparedWithForecasts(tokens, i)) return false;
      // `cut its full-year passenger forecast by 2.5%`: a forecast revised is the noun acted on.
      if (readAt(tokens, i, 'tokens').norm === 'forecast' && revisedBefore(tokens, i) && !revisionCarriesContent(tokens, i)) return false;
      // `driven down by a forecast of a mild winter`: a forecast named as the cause of what the sentence states.
      if (readAt(tokens, i, 'tokens').norm === 'forecast' && namedAsCause(tokens, i, NOUN_PHRASE_OPENERS.has(previous?.norm ?? ''))) return false;
      // `Absa's earnings forecast was better than expected`: right before its verb, the forecast is the subject the sentence
      // judges, a noun, not what it hedges.
      if (readAt(tokens, i, 'tokens').norm === 'forecast' && AUXILIARY_BE.has(next?.norm ?? '')) return false;
      // `in a widely-predicted move`, `the expected course`: a participle describing a noun; the sentence asserts something of the thing.
      if (describesNoun(tokens, i)) return false;
      // `The much-anticipated Doom 3 shot to the top of the charts`: how eagerly something was awaited, not a forecast of it.
      if (readAt(tokens, i, 'tokens').norm === 'anticipated' && EAGERLY.has(previous?.norm ?? '')) return false;
      // `the standards expected of members`, `below the standards expected`: what is required of someone, a norm, forecasts nothing.
      if (readAt(tokens, i, 'tokens').norm === 'expected' && (next?.norm === 'of' || NORM_NOUNS.has(previous?.norm ?? ''))) return false;
      // `had been expected to win, but ended up not bidding`: an expectation the sentence says was overtaken.
      return !(previous?.norm === 'been' && tokens[i - 2]?.norm === 'had' && tokens.slice(match.last + 1).some((token) => token.norm === 'but'));
    case 'think-belief':
      // `think tank`; `think about` and `think of solutions` deliberate; `think for themselves` is thinking, no belief.
      if (next && (THINK_NOUN_HEADS.has(next.norm) || next.norm === 'about' || next.norm === 'for')) return false;
      // (`I think, of this election`: a parenthetical `I think` before a comma still hedges.)
      if (next?.norm === 'of' && text !== undefined && text.slice(readAt(tokens, match.last, 'tokens').end, next.start) === ' ') return false;
      // `so that people don't think I am retired`: a belief denied about the speaker's own state, which the speaker knows.
      if (deniedBeliefAboutSpeaker(tokens, i)) return false;
      return !(readAt(tokens, i, 'tokens').norm === 'thought' && previous && NOUN_OPENERS.has(previous.norm));
    case 'feel-clause':
      // `feel they have been ignored`, `felt there was no choice`: a clause opens, so a belief is held.
      // `wants young people to feel they belong`, `made staff feel they mattered`: a feeling sought or caused, not a belief held.
      if (previous?.norm === 'to' || CAUSING.has(tokens[i - 2]?.norm ?? '')) return false;
      return FELT_CLAUSE.has(next?.norm ?? '');
    case 'believe-in':
      return next?.norm !== 'in';
    case 'possibility-open':
      for (let j = i - 1; j >= 0 && j >= i - 3; j--) if (RULING_OUT.has(readAt(tokens, j, 'tokens').norm)) return false;
      // `reduces the possibility of error`: an effect on how likely something is, asserted. `raised the possibility` is to suggest it, which hedges.
      return !(previous?.norm === 'the' && CHANGES.has(tokens[i - 2]?.norm ?? '') && !(tokens[i - 2]?.norm ?? '').startsWith('rais'));
    case 'uncertainty-over':
      // `Uncertainty remains over the future of Perrier`: a verb of lasting may stand between it and what is uncertain.
      if (UNCERTAINTY_LASTS.has(next?.norm ?? '')) return true;
      // `amid uncertainty over job security`, `uncertainty over the housing market continues to take its toll`: a doubt named as a cause.
      if (namedAsCause(tokens, i, true)) return false;
      return UNCERTAIN_ABOUT.has(next?.norm ?? '') || (previous !== undefined && (AUXILIARY_BE.has(previous.norm) || previous.norm === 'much' || previous.norm === 'considerable'));
    case 'predicative':
      // Capitalised inside a sentence, the word is part of a name (`the Tomb of the Unknown Soldier`).
      if (i > 0 && readAt(tokens, i, 'tokens').raw.charAt(0) !== readAt(tokens, i, 'tokens').raw.charAt(0).toLowerCase()) return false;
      return LINKING.has(previous?.norm ?? '') || !next || OPENS_QUESTION.has(next.norm);
    case 'possible-degree':
      if (next && (ROLE_NOUNS.has(next.norm) || ALTERNATIVE_NOUNS.has(next.norm))) return false;
      // `the matter of possible state aid`, `an investigation into possible fraud`: what an inquiry looks into, no doubt of the claim.
      // (`held talks with the exchange last week over a possible offer`: an article may stand before it, and a few words
      // between the noun and its preposition.)
      if (afterInquiryNoun(tokens, previous !== undefined && ARTICLES.has(previous.norm) ? i - 2 : i - 1)) return false;
      // `three of a possible five nominations`, `out of a possible 30 points`: the most there were to win, a count.
      if (previous?.norm === 'a' && (tokens[i - 2]?.norm === 'of' || tokens[i - 2]?.norm === 'from') && next !== undefined && (DIGIT.test(next.norm) || NUMBER_WORDS.has(next.norm))) return false;
      // `the latest date possible`, `the best deal possible`: `possible` after the noun a superlative describes is a degree too.
      if (tokens[i - 2] !== undefined && SUPERLATIVE.test(readAt(tokens, i - 2, 'tokens').norm) && tokens[i - 3]?.norm === 'the') return false;
      return !(previous && (DEGREE.has(previous.norm) || SUPERLATIVE.test(previous.norm)));
    case 'said-to-passive':
      // `what he has said to me`: a perfect is active, `said` to someone; so is `said to him that`, `said to us at half-time`:
      // the hearsay `is said to` runs on into a verb (`to be`, `to have`), never a person or a noun phrase.
      if (PERFECT.has(previous?.norm ?? '')) return false;
      if (KEPT_PRONOUNS.has(next?.norm ?? '') || next?.norm === 'you' || next?.norm === 'the' || POSSESSIVES.has(next?.norm ?? '')) return false;
      return !(previous && (SUBJECT_PRONOUNS.has(previous.norm) || (i > 1 && previous.raw[0] !== readAt(previous.raw, 0, 'raw').toLowerCase())));
    case 'should-call':
      // `"Should the United Kingdom approve the treaty?"`: a question of what to do, no forecast.
      if (text !== undefined && opensClause(tokens, i, text) && endsInQuestion(tokens, i, text)) return false;
      // `I shouldn't have said it`, `he should have resigned`: a duty judged after the fact, about what was or was not done.
      // `they should have had their papers by now` still expects something.
      if (dutyJudgedAfter(previous, next, afterNext) && !expectedByNow(tokens, match.last)) return false;
      // `I should like to thank …`: the speaker's wish, put politely, as `would like` is.
      if ((DESIRE.has(next?.norm ?? '') || wishAfterAdverbs(tokens, match.last)) && FIRST_PERSON_SUBJECTS.has(previous?.norm ?? '')) return false;
      return !callsFor(tokens, match.last) && !(text !== undefined && shouldOfDemand(tokens, i, match.last, text));
    case 'appear-present':
      // `had yet to appear.`, `new firms appeared, and …`: with nothing after it, to appear is to come into being.
      if (!next || endsPhrase(tokens, match.last, text)) return false;
      return !PRESENCE.has(next.norm);
    case 'assume-belief':
      return !next || CLAUSE_START.has(next.norm);
    case 'doubt-negated':
      for (let j = i - 1; j >= 0 && j >= i - 3; j--) if (NEGATORS.has(readAt(tokens, j, 'tokens').norm)) return false;
      // `have also expressed doubts.`: doubts someone is said to have aired, the object of the verb, hedge nothing; `expressed
      // doubts that the system would work` still doubts what follows.
      return !(DOUBTS_AIRED.has(previous?.norm ?? '') && !DOUBTED_CONTENT.has(next?.norm ?? ''));
    case 'suggest-denied':
      for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
        const word = readAt(tokens, j, 'tokens').norm;
        if (NEGATION.has(word) || /n't$/u.test(word) || word === 'nobody' || word === 'no-one') return false;
      }
      // `it was wrong to suggest`, `it is absurd to suggest`: a suggestion rejected as it is named.
      if (i >= 2 && readAt(tokens, i - 1, 'tokens').norm === 'to' && WRONG_TO_SAY.has(readAt(tokens, i - 2, 'tokens').norm)) return false;
      return !suggestionProposes(tokens, match.last);
    case 'belief-idiom':
      return previous?.norm !== 'beyond';
    case 'wonder-open':
      return !(previous && ASSERTED_WONDER.has(previous.norm));
    case 'due-verb':
      return !!next && !CAUSE_START.has(next.norm) && !DIGIT.test(next.norm);
    case 'claims-noun':
      // `a panel to look into claims by Mr Vale`: claims an inquiry looks into are its object, as `a row over allegations` is.
      if (topicOfTalk(tokens, i)) return false;
      if (previous && CLAIMS_FOR_MONEY.has(previous.norm)) return false;
      if (takesAPrize(tokens, i)) return false;
      if (next && CLAIM_FOLLOWERS.has(next.norm)) return true;
      if (!previous) return false;
      if (DETERMINERS.has(previous.norm)) return false;
      // `critics claim the record is patchy`, `Yukos' US lawyers claim the auction was illegal`: after a plural in lower case the
      // base form is the plural's verb; `an expenses claim was paid`, a verb after it, keeps it a noun.
      if (readAt(tokens, i, 'tokens').norm === 'claim' && PLURAL_BEFORE_VERB.test(previous.raw) && !(next && (FORMS_OF_BE.includes(next.norm) || MODALS_AND_AUXILIARIES.has(next.norm)))) return true;
      return SUBJECT_PRONOUNS.has(previous.norm) || previous.raw[0] !== readAt(previous.raw, 0, 'raw').toLowerCase();
    case 'potential-role':
      // `the great potential of science`: a capacity, asserted; `has increased the potential for corruption`: an effect on it, asserted.
      if (previous?.norm === 'the' && CHANGES.has(tokens[i - 2]?.norm ?? '')) return false;
      // `companies with high growth potential.`: ending its phrase, `potential` is the noun, a capacity asserted.
      if (!next || endsPhrase(tokens, i, text)) return false;
      // `fulfilled her potential by winning`: someone's potential, then a word that opens no noun, is their capacity.
      if (POSSESSIVES.has(previous?.norm ?? '') && AFTER_A_CAPACITY.has(next.norm)) return false;
      return !(ROLE_NOUNS.has(next.norm) || next.norm === 'of');
    case 'plans-verb':
      return !plansIsNoun(tokens, i, text);
    case 'forecasts-content':
      if (comparedWithForecasts(tokens, i)) return false;
      if (revisedBefore(tokens, i) && !revisionCarriesContent(tokens, i)) return false;
      // `driven down by forecasts of a mild winter`: forecasts named as the cause of what the sentence states.
      if (namedAsCause(tokens, i, NOUN_PHRASE_OPENERS.has(previous?.norm ?? ''))) return false;
      // Only right after a determiner or possessive: `the bank forecasts growth`, `the UNECE forecasts` are the verb.
      if (!NOUN_PHRASE_OPENERS.has(previous?.norm ?? '')) return true;
      return !!next && FORECAST_CONTENT.has(next.norm);
    case 'whether-open':
      // `an opportunity to question whether the law was necessary`: a challenge to the claim, which the contest words judge, not the writer's open question.
      if (QUESTIONING.has(previous?.norm ?? '') || DISCLOSING.has(previous?.norm ?? '')) return false;
      return !regardless(tokens, i, text);
    case 'refers-back':
      if (topicOfTalk(tokens, i) || subjectOfTreatment(text, tokens, i)) return false;
      // `the allegation was that …` gives the content too.
      if (AUXILIARY_BE.has(next?.norm ?? '') && afterNext?.norm === 'that') return true;
      return !(previous && REFERRING.has(previous.norm) && !REPORTED_CONTENT.has(next?.norm ?? ''));
    case 'accused-of':
      if (accusedAsNoun(tokens, i, text)) return false;
      // A determiner before it (`the accused man`) or what is alleged after it (`of fraud`, `over the losses`, `that`) hedges.
      if (NOUN_PHRASE_OPENERS.has(previous?.norm ?? '')) return true;
      return tokens.slice(match.last + 1, match.last + 17).some((token) => ALLEGED_CONTENT.has(token.norm));
    case 'likelihood-changed':
      return !(previous?.norm === 'the' && CHANGES.has(tokens[i - 2]?.norm ?? ''));
    case 'likely-measured':
      return !(previous && ['more', 'less', 'as'].includes(previous.norm) && /\d|^(?:times|twice|three|four|five)$/u.test(tokens[i - 2]?.norm ?? ''));
    case 'claimed-not-money':
      return !CLAIMS_FOR_MONEY.has(previous?.norm ?? '') && !takesAPrize(tokens, i) && !claimedAToll(tokens, i, text);
    case 'claiming-entitlement':
      return !ENTITLEMENTS_CLAIMED.has(next?.norm ?? '') && !takesAPrize(tokens, i);
    case 'must-have-inferred':
      return inferredMustHave(tokens, match.last);
    case 'intent-held':
      // `A shareholder has taken legal action to halt the buyout, hoping to get a better deal`: a participle after a comma gives
      // the motive of an act the sentence states; the act is not hedged by it.
      if (text !== undefined && previous !== undefined && i > 2 && /,\s*$/u.test(text.slice(previous.end, readAt(tokens, i, 'tokens').start))) return false;
      // `Anyone planning to work here will need a permit`: the participle says who is meant.
      return !(DESCRIBED_BY_INTENT.has(previous?.norm ?? '') && !LINKING.has(tokens[i - 2]?.norm ?? ''));
    case 'intent-not-denied':
      // `I don't intend to`, `does not hope to`: an intent denied, as `no plans to` is no plan.
      // `offer hope to the millions`, `new hope to`: after a verb that gives it or a determiner, `hope` is a noun.
      if (NEGATION.has(previous?.norm ?? '') || /n't$/u.test(previous?.norm ?? '')) return false;
      if ((match.entry.phrase === 'aim to' || match.entry.phrase === 'hope to') && aimNamedInPassing(tokens, i)) return false;
      return !(match.entry.phrase === 'hope to' && HOPE_AS_NOUN.has(previous?.norm ?? ''));
    case 'attitude-of':
      if (NOUN_PHRASE_OPENERS.has(previous?.norm ?? '')) return false;
      return !!next && next.norm !== 'and' && next.norm !== 'or';
  }
}

/**
 * True when the singular `aim` or `hope` at `index` is the noun after a determiner or an owner, named in passing (`cut 6,900 jobs
 * as part of its aim to slash costs`, `The firm's hope to float was dashed`): no intent the sentence's subject holds. Not after a
 * form of `be` (`It is the government's aim to halve child poverty`, which states the plan as the claim), nor after `that`
 * (`groups that aim to`, the verb).
 */
function aimNamedInPassing(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  if (!previous || previous.norm === 'that') return false;
  const owner = previous.norm.endsWith("'s");
  if (!owner && !NOUN_PHRASE_OPENERS.has(previous.norm)) return false;
  const determinerAt = owner && NOUN_PHRASE_OPENERS.has(tokens[index - 2]?.norm ?? '') ? index - 2 : index - 1;
  return !AUXILIARY_BE.has(tokens[determinerAt - 1]?.norm ?? '');
}

/** How many adverbs of degree may stand between a modal and a verb of desire (`would very much like`). */
const WISH_ADVERB_REACH = 2;

/** True when one or two adverbs of degree, then a verb of desire, follow the modal at `index` (`would really like to`). */
function wishAfterAdverbs(tokens: readonly Token[], index: number): boolean {
  let k = index + 1;
  while (k <= index + WISH_ADVERB_REACH && BEFORE_A_WISH.has(tokens[k]?.norm ?? '')) k++;
  return k > index + 1 && DESIRE.has(tokens[k]?.norm ?? '');
}

/** Forms of `be` of an aim in `if … is to` (`if they are to deliver`); `were` is left out: `if the Americans were to change` supposes. */
const AIM_BE = new Set(['is', 'are', 'was']);
/** Words that may not stand in the subject of an `if … is to` clause: with one of them the `is` belongs to another clause. */
const NOT_IN_AIM_SUBJECT = new Set(['that', 'which', 'who', 'if', 'but', 'not', "n't", 'there']);
/** How many words the subject of an `if … is to` clause may have (`if the UK's mobile networks are to`). */
const AIM_SUBJECT_REACH = 5;
/** Auxiliaries of need before `to` (`will have to negotiate`, `has to find`). */
const HAVE_TO = new Set(['have', 'has', 'had', 'having']);

/**
 * True when the `if` at `index` opens an aim, not a condition: `if` + a subject + `is`/`are`/`was` + `to` + a verb in a
 * sentence that says what is needed for it (`networks need to get faster if they are to deliver fast surfing`, `If Cell is
 * to challenge Intel, it will need to …`, `must go through another round if it is to have a chance of becoming law`). The
 * sentence states a requirement firmly. Without a word of need (`REQUIREMENT_WORDS`, `have to`) it stays a supposition
 * (`If press reports are to be believed`, `if he was to launch a rival airline`).
 */
function ifOfPurpose(tokens: readonly Token[], index: number, text: string | undefined): boolean {
  if (tokens[index - 1]?.norm === 'even' || tokens[index - 1]?.norm === 'as') return false;
  let be = -1;
  for (let j = index + 2; j < tokens.length && j <= index + AIM_SUBJECT_REACH; j++) {
    const word = readAt(tokens, j, 'tokens').norm;
    if (AIM_BE.has(word)) {
      be = j;
      break;
    }
    if (NOT_IN_AIM_SUBJECT.has(word)) return false;
  }
  if (be < 0 || tokens[be + 1]?.norm !== 'to' || tokens[be + 2] === undefined) return false;
  if (NOT_IN_AIM_SUBJECT.has(tokens[index + 1]?.norm ?? '')) return false;
  if (text !== undefined && PHRASE_OR_ASIDE_BREAK.test(text.slice(readAt(tokens, index, 'tokens').end, readAt(tokens, be, 'tokens').start))) return false;
  return tokens.some((token, k) => (k < index || k > be + 1) && (REQUIREMENT_WORDS.has(token.norm) || (token.norm === 'to' && HAVE_TO.has(tokens[k - 1]?.norm ?? ''))));
}

/** Subjects of an attempt in `to see if they can …`: people or bodies trying. */
const ATTEMPTING = new Set(['they', 'we', 'he', 'she', 'i', 'you']);
/** Words before `to see if` that leave the outcome open rather than make it an attempt (`will wait to see if`, `we'll have to see if`). */
const AWAITING_BEFORE_SEE = new Set(['wait', 'waits', 'waited', 'waiting', 'have', 'has', 'had', 'remains', 'remain', 'be']);

/**
 * True when the `if` at `index` follows `to see` and opens an attempt of its subject (`The Royal Mail is investigating to see
 * if they can find out what the problem is`, `held talks to see if we could reach a deal`): `to see if they can` and a verb
 * of achieving (`ACHIEVING`) mean `to try to`, and the sentence states what is done firmly. A fact looked into stays an open
 * question (`to see if it is safe`, `a fitness test to see if he can play`, `to see if they could be used`), and so does an
 * outcome waited for (`will wait to see if he can find a club`).
 */
function attemptToSee(tokens: readonly Token[], index: number, text: string | undefined): boolean {
  if (tokens[index - 1]?.norm !== 'see' || tokens[index - 2]?.norm !== 'to' || AWAITING_BEFORE_SEE.has(tokens[index - 3]?.norm ?? '')) return false;
  if (text !== undefined && /\S/u.test(text.slice(readAt(tokens, index - 1, 'tokens').end, readAt(tokens, index, 'tokens').start))) return false;
  const modal = tokens[index + 2]?.norm;
  return ATTEMPTING.has(tokens[index + 1]?.norm ?? '') && (modal === 'can' || modal === 'could') && ACHIEVING.has(tokens[index + 3]?.norm ?? '');
}

/**
 * True when the `accused` at `index` is the noun, the defendants (`Among the accused were …`, `three of the accused lived in
 * North Carolina`, `the accused denies the charges`): `the` before it and a verb, an auxiliary, a preposition or the end of a
 * phrase after it. The sentence says who they are or what they do; nothing is alleged in it. `the accused man` still hedges.
 */
function accusedAsNoun(tokens: readonly Token[], index: number, text: string | undefined): boolean {
  const word = readAt(tokens, index, 'tokens');
  if (word.norm !== 'accused' || tokens[index - 1]?.norm !== 'the') return false;
  const next = tokens[index + 1];
  if (next === undefined || (text !== undefined && ANY_BREAK.test(text.slice(word.end, next.start)))) return true;
  return AFTER_ACCUSED_NOUN.has(next.norm) || /^\p{Ll}{3,}ed$/u.test(next.raw);
}

/** Nouns of what is required of someone, after which `expected` states a norm (`the standards expected`). */
const NORM_NOUNS = new Set(['standard', 'standards', 'behaviour', 'behavior', 'conduct', 'duties', 'manners']);

/** Subjects that deny what their verb says of anyone (`none of its accounts could`, `no one could`, `nothing could`). */
const NEGATIVE_SUBJECTS = new Set(['none', 'nobody', 'nothing', 'neither', 'no']);
/** How far before a modal its negative subject may stand (`none of its past financial statements could`). */
const NEGATIVE_SUBJECT_REACH = 6;

/**
 * True when the modal at `index` has a negative subject (`the company said none of its past
 * statements could be relied on`, `nobody could explain it`): the ability is denied, which is
 * asserted as `could not` is. The subject is looked for back to a verb, a clause word or a
 * punctuation-free reach; `no` counts only as a determiner of the subject (`no bank could`).
 */
function negativeSubjectBefore(tokens: readonly Token[], index: number): boolean {
  for (let j = index - 1; j >= 0 && j >= index - NEGATIVE_SUBJECT_REACH; j--) {
    const word = readAt(tokens, j, 'tokens').norm;
    if (NEGATIVE_SUBJECTS.has(word)) return word !== 'no' || j === index - 2;
    if (CLAUSE_BREAKS_FOR_SUBJECT.has(word)) return false;
  }
  return false;
}
/**
 * Words that end the search for a modal's subject: a clause or verb of its own stands between, or a
 * pronoun is the subject and the negative word its object (`there is nothing you could say`).
 */
const CLAUSE_BREAKS_FOR_SUBJECT = new Set(['that', 'which', 'who', 'if', 'but', 'and', 'because', 'said', 'says', ...FORMS_OF_BE, 'has', 'have', 'had', 'he', 'she', 'they', 'we', 'i', 'you', 'it']);

/** Forms of `question` before `whether`: someone challenges the claim. */
const QUESTIONING = new Set(['question', 'questions', 'questioned', 'questioning']);
/** Verbs of making a fact known before `whether`: a duty or a refusal to disclose it (`requires firms to disclose whether …`), stated as fact. */
const DISCLOSING = new Set(['disclose', 'discloses', 'disclosed', 'disclosing', 'declare', 'declares', 'declared', 'declaring', 'reveal', 'reveals', 'revealed', 'revealing']);
/** Words that open a direct question before its verb (`Do you think`, `who will Cubans believe?`). */
const QUESTION_OPENERS = new Set([
  'do',
  'does',
  'did',
  "don't",
  "doesn't",
  "didn't",
  'who',
  'whom',
  'what',
  'why',
  'how',
  'which',
  'will',
  'would',
  'can',
  'could',
  'should',
  'is',
  'are',
  'was',
  'were',
]);
/** How far before a verb of belief the word that opens its question may stand (`Why do so many analysts think`). */
const QUESTION_REACH = 5;

/** True when the first full stop, exclamation or question mark after the token at `index` in its sentence is a question mark. */
function endsInQuestion(tokens: readonly Token[], index: number, text: string): boolean {
  const last = readAt(tokens, tokens.length - 1, 'tokens');
  const rest = text.slice(readAt(tokens, index, 'tokens').end, last.end + 4);
  return /^[^.!?]*\?/u.test(rest);
}

/** True when the token at `index` opens a clause: first in the sentence, or after a quotation mark, a colon or a dash. */
function opensClause(tokens: readonly Token[], index: number, text: string): boolean {
  const previous = tokens[index - 1];
  if (!previous) return true;
  return CLAUSE_OPENING_MARK.test(text.slice(previous.end, readAt(tokens, index, 'tokens').start));
}

/**
 * True when the verb of belief at `index` stands in a direct question (`Do you think he will
 * win?`, `The question is who will voters believe?`, `Think you got it?`): it asks what someone
 * believes, and holds no belief of its own.
 */
function asksABelief(tokens: readonly Token[], index: number, text: string): boolean {
  if (!endsInQuestion(tokens, index, text)) return false;
  if (opensClause(tokens, index, text)) return true;
  for (let j = index - 1; j >= 0 && j >= index - QUESTION_REACH; j--) if (QUESTION_OPENERS.has(readAt(tokens, j, 'tokens').norm)) return true;
  return false;
}

/**
 * True when the modal at `index` opens a negative question (`"Wouldn't this be a good
 * opportunity …?" he asked`, `Would it not be better to wait?`): a rhetorical question that
 * expects yes asserts what it asks, so the modal hedges nothing.
 */
function rhetoricalNegativeQuestion(tokens: readonly Token[], index: number, text: string): boolean {
  const modal = readAt(tokens, index, 'tokens').norm;
  if (!/^(?:would|could|should|can|will)(?:n't)?$|^(?:won't|cannot)$/u.test(modal) || !opensClause(tokens, index, text)) return false;
  const negated = modal.endsWith("n't") || modal === 'cannot' || tokens.slice(index + 1, index + 4).some((token) => NEGATION.has(token.norm));
  return negated && endsInQuestion(tokens, index, text);
}

/** Subjects that open the clause after `feel` or `felt` with `that` left out (`felt it was time`, `feel they have been ignored`). */
const FELT_CLAUSE = new Set(['that', 'he', 'she', 'they', 'we', 'i', 'it', 'there', 'you', 'this']);
/** Verbs that cause a feeling (`made them feel they were welcome`). */
const CAUSING = new Set(['make', 'makes', 'made', 'making', 'let', 'lets', 'help', 'helps', 'helped']);
/** Relative pronouns that open a clause describing the noun before them (`groups which believed`). */
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
/** Words before `that` that make it a conjunction or a demonstrative, not a relative pronoun (`said that`, `so that`). */
const NOT_AN_ANTECEDENT = new Set([
  ...REPORTED_FUTURE,
  'so',
  'such',
  'now',
  'and',
  'but',
  'or',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
  'fact',
  'given',
]);
/**
 * Verbs of belief and expectation that have a holder (`groups which believed`, `investors who
 * expect`). Not `seems`, `appears`, `suggests` or `is likely to`: those give the writer's own
 * doubt about the thing described (`a growth that seems well balanced`), wherever they stand.
 */
const HOLDERS_VERBS = new Set([
  'believe',
  'believes',
  'believed',
  'think',
  'thinks',
  'thought',
  'fear',
  'fears',
  'feared',
  'suspect',
  'suspects',
  'expect',
  'expects',
  'expected',
  'predict',
  'predicts',
  'predicted',
  'anticipate',
  'anticipates',
  'foresee',
  'foresees',
]);
/** Adverbs between a relative pronoun and its verb (`voters who still believe`). */
const BEFORE_RELATIVE_VERB = new Set([
  'had',
  'have',
  'has',
  'still',
  'also',
  'now',
  'never',
  'always',
  'once',
  'really',
  'genuinely',
  'sincerely',
  'firmly',
  'strongly',
  'honestly',
  'truly',
  'wrongly',
  'rightly',
  'mistakenly',
]);

/**
 * True when the belief or forecast at `index` is the verb of a restrictive relative clause
 * (`working with groups which believed homosexuality was a sin`, `voters who think taxes are too
 * high`): the clause says who is meant, and what they believe is not what the sentence claims. A
 * clause set off by a comma (`Police, who believe the fire was started deliberately, …`) adds the
 * belief as news, so it still hedges.
 */
function definesWhoIsMeant(tokens: readonly Token[], index: number, text: string): boolean {
  let k = index - 1;
  if (BEFORE_RELATIVE_VERB.has(tokens[k]?.norm ?? '')) k--;
  const pronoun = tokens[k];
  const antecedent = tokens[k - 1];
  if (!pronoun || !antecedent || !RELATIVE_PRONOUNS.has(pronoun.norm) || !OPENS_LETTER.test(antecedent.norm) || NOT_AN_ANTECEDENT.has(antecedent.norm)) return false;
  // `largely that fear that led to`: after an adverb, `that` points at a noun, it does not relate a clause.
  if (antecedent.norm.endsWith('ly')) return false;
  return !ASIDE_BREAK.test(text.slice(antecedent.end, pronoun.start));
}

/** True when a cue of this kind, inside a relative clause about someone else, hedges only that clause: beliefs with a holder, predictions, reports and plans. */
function scopedToRelative(hedge: Hedge, word: string): boolean {
  // `a deal that is likely to involve`, `a plant that is due to open`: a phrase with no holder gives the writer's own forecast of the thing described.
  if (WRITERS_DOUBT.has(word) || AUXILIARY_BE.has(word) || word === 'on') return false;
  return hedge.category === 'belief' ? HOLDERS_VERBS.has(word) : RELATIVE_SCOPED.has(hedge.category);
}

/** Words after `uncertainty` that say what is uncertain (`uncertainty over the plant's future`, `uncertainty as to whether`). */
const UNCERTAIN_ABOUT: ReadonlySet<string> = new Set(['over', 'about', 'surrounding', 'around', 'as', 'regarding', 'on', 'whether', 'concerning', 'of', 'in']);

/** What one claims as owed (`claiming asylum`, `claiming benefits`): an application, no doubtful claim. */
const ENTITLEMENTS_CLAIMED: ReadonlySet<string> = new Set(['asylum', 'benefit', 'benefits', 'compensation', 'damages', 'expenses', 'allowance', 'allowances', 'refund', 'refunds']);

/** Verbs that say an uncertainty lasts (`Uncertainty remains over …`, `uncertainty surrounds the deal`). */
const UNCERTAINTY_LASTS: ReadonlySet<string> = new Set([
  'remains',
  'remained',
  'remain',
  'persists',
  'persisted',
  'surrounds',
  'surrounded',
  'hangs',
  'hung',
  'continues',
  'continued',
  'grows',
  'grew',
]);

/** Finite verbs that never follow the modal `may` (`May has struggled`, `May said`). */
const FINITE_AFTER_NAME: ReadonlySet<string> = new Set(['has', 'is', 'was', 'had', 'says', 'said', 'shares']);

/** Modals that, before `have`, say what would have happened and did not (`a deal which could have forced it to buy`). */
const COUNTERFACTUAL: ReadonlySet<string> = new Set(['could', 'would']);
/** Categories whose cue, inside a relative clause about someone else, hedges only that clause. */
const RELATIVE_SCOPED: ReadonlySet<HedgeCategory> = new Set(['prediction', 'reported-uncertainty', 'plan', 'belief']);
/**
 * Cues that give the writer's own doubt about the thing described (`a recovery that seems
 * stronger`), wherever they stand; a relative clause does not contain them.
 */
const WRITERS_DOUBT = new Set([
  'seem',
  'seems',
  'seemed',
  'appear',
  'appears',
  'appeared',
  'appearing',
  'suggest',
  'suggests',
  'suggested',
  'suggesting',
  'looks',
  'looked',
  'imply',
  'implies',
  'implied',
]);
/** Auxiliaries and adverbs between a relative word and its verb (`that was expected`, `it had accused`, `which had been forecast`). */
const RELATIVE_AUXILIARIES = new Set([...BEFORE_RELATIVE_VERB, 'is', 'are', 'was', 'were', 'been', 'being', 'be', 'widely', 'initially', 'originally', 'previously']);
/** Auxiliaries of a passive in the present (`that is expected to`, `which are being investigated`). */
const PRESENT_PASSIVE = new Set(['is', 'are', 'be', 'being']);
/** Subjects of a relative clause with its relative word left out (`three lenders it had accused of …`). */
const CONTACT_SUBJECTS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'you']);
/** Words that count or point before the noun a contact clause describes (`three lenders it had accused`, `the firms they expect to`). */
const COUNTING = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many', 'some', 'few', 'both', 'all', 'other', 'various']);

/**
 * True when the cue at `index` is the verb of a relative clause with a subject of its own
 * (`Rosneft, the state-owned firm that was expected to win the auction`, `three lenders it
 * had accused of helping a rival`): it hedges what the clause says of that subject, not the sentence's
 * claim. A clause set off by a comma right after its noun (`Police, who believe …`) is news of
 * its own and still hedges; so does a clause whose cue gives the writer's own doubt, and a
 * forecast in the present passive (`a rights issue that is expected to raise $300m`), which the
 * sentence carries as news of the thing described; one in the past (`that was expected to win`)
 * only says what the thing was.
 */
function inRelativeClauseOfAnother(tokens: readonly Token[], index: number, text: string, category: HedgeCategory): boolean {
  let k = index - 1;
  for (let steps = 0; steps < 3 && RELATIVE_AUXILIARIES.has(tokens[k]?.norm ?? ''); steps++) k--;
  // `a rights issue that is expected to raise $300m`: a forecast still open about the thing described is news the sentence carries.
  if (category !== 'plan' && category !== 'belief' && tokens.slice(k + 1, index).some((token) => PRESENT_PASSIVE.has(token.norm))) return false;
  const pronoun = tokens[k];
  const antecedent = tokens[k - 1];
  // `to counter that accusation`: `that` right before a noun cue points at it.
  if (pronoun?.norm === 'that' && k === index - 1 && NOUN_CUES.has(readAt(tokens, index, 'tokens').norm)) return false;
  if (!pronoun || !antecedent || !OPENS_LETTER.test(antecedent.norm) || NOT_AN_ANTECEDENT.has(antecedent.norm) || antecedent.norm.endsWith('ly')) return false;
  if (ASIDE_BREAK.test(text.slice(antecedent.end, pronoun.start))) return false;
  // `the regulator which claims the operator owes £2m`: one body's claim, reported in a clause about it, is news the sentence carries;
  // `people who claim to have been hurt` says which people are meant.
  if (RELATIVE_PRONOUNS.has(pronoun.norm)) return category !== 'reported-uncertainty' || /^\p{Ll}{3,}s$/u.test(antecedent.raw) || DESCRIBED_BY_INTENT.has(antecedent.norm);
  if (!CONTACT_SUBJECTS.has(pronoun.norm) || !/^\p{Ll}{3,}s$/u.test(antecedent.raw)) return false;
  const opener = tokens[k - 2]?.norm ?? '';
  return COUNTING.has(opener) || NOUN_PHRASE_OPENERS.has(opener) || DIGIT.test(opener);
}

/** Determiners that open the subject of such a clause when it is a noun (`the message the king was said to be carrying`). */
const SUBJECT_DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'a', 'an']);
/** Determiners that open the noun a clause with its relative word left out describes (`a policy`, `the message`, `every rule`). */
const DESCRIBED_NOUN_OPENERS = new Set(['a', 'an', 'the', 'this', 'that', 'every', 'each', 'any', 'one', ...POSSESSIVES, 'your']);
/** Verbs that take a person and a clause (`told the board it expected …`, `assured voters they believed …`): after them a noun and a pronoun are an object and a clause, not a noun and its relative clause. */
const PERSON_AND_CLAUSE = new Set([
  ...REPORTED_FUTURE,
  'tell',
  'tells',
  'persuaded',
  'convinced',
  'reminded',
  'showed',
  'shown',
  'taught',
  'give',
  'gave',
  'gives',
  'and',
  'but',
  'or',
  'so',
  'that',
  'because',
  'if',
  'as',
]);
/** Nouns of time and manner that open a main clause with no relative in it (`This year we expect`, `In the end I think`, `The way I see it`). */
const NOT_DESCRIBED = new Set([
  ...TIME_WORDS,
  'time',
  'times',
  'end',
  'moment',
  'way',
  'case',
  'sense',
  'past',
  'future',
  'meantime',
  'minute',
  'hour',
  'season',
  'quarter',
  'decade',
  'century',
  'morning',
  'evening',
  'night',
  'point',
  'stage',
]);

/**
 * True when the cue at `index` is the verb of a relative clause with its relative word left out
 * that describes a noun of the sentence (`I have never dropped a policy I believed to be right`,
 * `was asked about the message the king was said to be carrying`, `gave no figure for the extent of
 * profits it expected to make`): the belief or report says which policy, message or profits are
 * meant; the sentence claims something else of it. The clause's subject is a personal pronoun, or
 * a noun after a determiner when the cue is a report in the passive (`was said to`); which nouns
 * such a clause can describe is {@link describedByContactClause}'s.
 */
function inContactClause(tokens: readonly Token[], index: number, text: string, category: HedgeCategory): boolean {
  let k = index - 1;
  for (let steps = 0; steps < 3 && RELATIVE_AUXILIARIES.has(tokens[k]?.norm ?? ''); steps++) k--;
  const subject = tokens[k];
  if (subject === undefined) return false;
  const pronounSubject = CONTACT_SUBJECT_PRONOUNS.has(subject.norm);
  // `said in a statement the directors believed it was …`: after a noun subject only a report in the passive (`was said to`) is read as a relative clause.
  if (!pronounSubject && !(category === 'reported-uncertainty' && /^\p{Ll}{3,}$/u.test(subject.raw) && SUBJECT_DETERMINERS.has(tokens[k - 1]?.norm ?? ''))) return false;
  return describedByContactClause(tokens, pronounSubject ? k : k - 1, readAt(tokens, index, 'tokens').start, text);
}

/**
 * True when a clause with its relative word left out, whose subject opens at `subjectStart` (a personal pronoun, or a
 * noun phrase) and whose cue starts at the offset `cueStart`, describes the noun right before it (`a policy I believed to be
 * right`, `the money it says it saved`, `the jobs the firm claims it created`, `about the message the king was said to be
 * carrying`): the clause says which thing is meant, and what it believes, forecasts or reports is no claim of the sentence.
 * The noun stands after a determiner, or bare after the `of` of a noun that does (`the extent of profits it expected`, `the
 * number of nurses they say`); it is no noun of time or manner (`This year we expect …`) nor a question word (`what we believe
 * is …`). The word before the noun phrase is no verb that takes a person and a clause (`told the board it believed …`, `told
 * the board the deal was expected to close` are an object and a clause); a preposition or a conjunction there follows a word
 * of its clause that is no such verb (`a figure for the profit it expected`, `asked about the message`), not `said in a
 * statement it expected`, `Shortly after the vote the minister said`. Nothing before it opens the sentence with an adverbial or a clause of its own, with no comma to end it (`In
 * this instance I think`, `Despite the setback at the plant it expects`, `When the bank cut the rate it expected a rise`):
 * the clause after it is the sentence's.
 */
export function describedByContactClause(tokens: readonly Token[], subjectStart: number, cueStart: number, text: string): boolean {
  const noun = tokens[subjectStart - 1];
  if (!noun || !/^\p{Ll}{3,}$/u.test(noun.raw) || NOT_DESCRIBED.has(noun.norm) || OPENS_QUESTION.has(noun.norm) || STOP_WORDS.has(noun.norm)) return false;
  const opener = tokens[subjectStart - 2]?.norm ?? '';
  const ofANoun = opener === 'of' && /^\p{Ll}{3,}$/u.test(tokens[subjectStart - 3]?.raw ?? '') && DESCRIBED_NOUN_OPENERS.has(tokens[subjectStart - 4]?.norm ?? '');
  if (!DESCRIBED_NOUN_OPENERS.has(opener) && !ofANoun) return false;
  const governingAt = ofANoun ? subjectStart - 5 : subjectStart - 3;
  const governing = tokens[governingAt];
  // (`But when Lomu was asked whether he was taking a risk he replied`: the opening is read past a joining word.)
  const first = tokens[CONJUNCTIONS.has(tokens[0]?.norm ?? '') ? 1 : 0];
  if (!governing || !first || CONTACT_CLAUSE_BREAK.test(text.slice(governing.end, cueStart))) return false;
  const inClause = (word: Token | undefined): boolean => word !== undefined && OPENS_LOWER_CASE.test(word.raw) && !PERSON_AND_CLAUSE.has(word.norm);
  if (!inClause(governing) || (FRONTED_OPENERS.has(governing.norm) && !inClause(tokens[governingAt - 1]))) return false;
  return !(FRONTED_OPENERS.has(first.norm) && !OPENER_BREAK.test(text.slice(first.end, governing.start)));
}

/** Words that open a sentence with an adverbial or a clause of its own before its subject (`Despite …`, `When …`); a joining word (`But when …`) may stand before them. */
const FRONTED_OPENERS: ReadonlySet<string> = new Set([...PREPOSITIONS, ...FRONTING_CONJUNCTIONS]);

/** Words after `if` in an aside that bounds a count or a frequency (`few, if any, …`, `rarely, if ever,`). */
const BOUNDING_AFTER_IF = new Set(['any', 'anything', 'ever', 'anyone', 'anybody']);

/**
 * True when the `if` at `index` stands in an aside set off by punctuation that bounds a count or
 * a frequency (`There are few, if any, who disagree`, `he rarely, if ever, votes`): like `most, if
 * not all`, it gives an upper bound, no condition on the claim. `If any member objects, …` opens a
 * condition and still hedges.
 */
function boundsACount(tokens: readonly Token[], index: number, text: string): boolean {
  const word = readAt(tokens, index, 'tokens');
  const previous = tokens[index - 1];
  const bound = tokens[index + 1];
  if (!previous || !bound || !BOUNDING_AFTER_IF.has(bound.norm)) return false;
  const after = tokens[index + 2];
  return ASIDE_OPENS.test(text.slice(previous.end, word.start)) && (after === undefined || ASIDE_CLOSES.test(text.slice(bound.end, after.start)));
}

/** Noun-phrase words before a noun cue (`any suggestion`, `the latest claims`, `the chancellor's forecasts`). */
const NOUN_PHRASE_WORDS = new Set(['a', 'an', 'the', 'any', 'all', 'these', 'those', 'this', 'such', ...POSSESSIVES, 'your', 'of']);
/** Pronouns that are a clause's subject, never a word inside a noun phrase. */
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it']);
/** How far back from a noun cue the verb that governs it may stand (`taken in by the Conservatives' claims`). */
const NOUN_PHRASE_REACH = 6;
/** Punctuation that ends a phrase between two words. */
const PHRASE_BREAK = marksOrDash(',;:()"\u201c\u201d');
/** A gap between two words that only opens a quotation (` "`, ` \u201c`). */
const QUOTATION_OPENS = /^\s*["\u201c]$/u;
/** The governors by their last word, so that a word which ends none costs one look-up. */
const GOVERNORS_BY_LAST_WORD = new Map<string, { governor: CueGovernor; words: string[] }[]>();
for (const governor of CUE_GOVERNORS) {
  const words = governor.phrase.split(' ');
  const last = words[words.length - 1] ?? '';
  GOVERNORS_BY_LAST_WORD.set(last, [...(GOVERNORS_BY_LAST_WORD.get(last) ?? []), { governor, words }]);
}

/** The governor whose words end at `end`, with the index of its first word. */
function governorEndingAt(tokens: readonly Token[], end: number): { governor: CueGovernor; first: number } | undefined {
  for (const { governor, words } of GOVERNORS_BY_LAST_WORD.get(tokens[end]?.norm ?? '') ?? []) {
    const first = end - words.length + 1;
    if (first >= 0 && words.every((word, k) => tokens[first + k]?.norm === word)) return { governor, first };
  }
  return undefined;
}

/** True when a negation or a refusal stands right before the word at `index` (`did not deny`, `refused to rebut`). */
function negatedBefore(tokens: readonly Token[], index: number): boolean {
  const before = [tokens[index - 1]?.norm ?? '', tokens[index - 2]?.norm ?? ''];
  // `nobody is denying suggestions that`: a rejection no one makes.
  if (before.some((word) => NEGATION.has(word) || word.endsWith("n't") || word === 'nobody') || (before[1] === 'no' && before[0] === 'one')) return true;
  return before[0] === 'to' && WITHHOLDING_VERBS.has(before[1] ?? '');
}

/** True when `word` may stand inside a noun phrase before its noun: a determiner, a possessive, a name, or (when `describing`) a lower-case word. */
function insideNounPhrase(word: Token, describing: boolean): boolean {
  if (NOUN_PHRASE_WORDS.has(word.norm) || word.norm.endsWith("'s")) return true;
  if (PRONOUNS.has(word.norm)) return false;
  if (OPENS_CAPITAL.test(word.raw)) return true;
  return describing && LOWER_WORD.test(word.raw) && !CLAUSE_WORDS.has(word.norm) && !PREPOSITIONS.has(word.norm) && !REPORTED_FUTURE.has(word.norm) && !RELATIVE_PRONOUNS.has(word.norm);
}

/**
 * True when the noun cue at `index` is the object of a verb that rejects it, is (not) misled by
 * it or answers it (`laid to rest any suggestion the union was hostile`, `will not be taken in by the
 * Conservatives' claims`, `dismissed claims that`): the sentence's claim is the act, not the noun's
 * content. A rejection negated (`did not deny claims that`) leaves the claim open, and it hedges.
 */
function governedAsObject(tokens: readonly Token[], index: number, text: string | undefined): boolean {
  const found = governorOfNoun(tokens, index, text);
  // `described as "idle speculation"`: naming a claim rejects it only in a word that calls it false.
  if (found?.governor.category === 'naming') return tokens.slice(found.first, index + 1).some((token) => FALSITY_WORDS.has(token.norm));
  return found !== undefined && (found.governor.category === 'deception' || !negatedBefore(tokens, found.first));
}

/** The verb phrase that governs the noun cue at `index` as its object, with the index of its first word (`dismissed claims`, `laid to rest any suggestion`). */
function governorOfNoun(tokens: readonly Token[], index: number, text: string | undefined): { governor: CueGovernor; first: number } | undefined {
  for (let j = index - 1; j >= 0 && j >= index - NOUN_PHRASE_REACH; j--) {
    const word = readAt(tokens, j, 'tokens');
    const gap = text?.slice(word.end, readAt(tokens, j + 1, 'tokens').start) ?? ' ';
    // `dismissed as "idle speculation"`: a quotation opening right after the verb gives the rejecter's words for the claim.
    // (`was dismissed as "idle speculation"`: an `as` may stand between the verb and the quotation.)
    if (PHRASE_BREAK.test(gap)) return QUOTATION_OPENS.test(gap) ? (governorEndingAt(tokens, j) ?? (word.norm === 'as' ? governorEndingAt(tokens, j - 1) : undefined)) : undefined;
    const found = governorEndingAt(tokens, j);
    if (found) return found;
    // `counter that accusation`: `that` points at the noun here.
    if (word.norm !== 'that' && !insideNounPhrase(word, true)) return undefined;
  }
  return undefined;
}

/** How far after an accusation noun the `that` of its content may stand (`accusations made by her brother, Hagai, that she joined`). */
const ACCUSATION_CONTENT_REACH = 8;

/** True when the content of the noun cue ending at `last` follows it: `of`, a clause (`allegations he pressured`) or a `that` within reach; not `allegations in the suit`. */
function contentFollows(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1]?.norm ?? '';
  if (next === 'of' || CLAUSE_SUBJECTS.has(next)) return true;
  return tokens.slice(last + 1, last + 1 + ACCUSATION_CONTENT_REACH).some((token) => token.norm === 'that');
}

/** Verbs of rejection that say the claim is false (`denied`, `rejected`, `refuted`), not ones that only ease or answer it (`allay suspicion`, `counter that accusation`). */
const DENYING = /^(?:den|reject|refut|rebut|dismiss)/u;

/**
 * True when the noun cue of `match` names an accusation or a rumour (`allegations`, `accusations`,
 * `suspicions`, `rumours`), with its content after it, that a verb of rejection takes as its object (`rejected allegations he
 * pressured the finance chief`, `denied accusations that she joined`): the word itself says its
 * content is unproven, and a rejection does not make it less so, so it still hedges (and the
 * contest words mark the rejection). Not after a verb that eases it (`should allay suspicion of`), nor `claims` or `suggestions` (`dismissed claims that he had
 * been sidelined`), which only report that someone said it: there the sentence's news is the
 * rejection. Cues inside the content are still the accusation's, not the sentence's.
 */
function accusationRejected(tokens: readonly Token[], match: PhraseMatch<Hedge>, text: string | undefined): boolean {
  if (match.entry.rule !== 'refers-back' || !contentFollows(tokens, match.last)) return false;
  const found = governorOfNoun(tokens, match.first, text);
  return found !== undefined && DENYING.test(found.governor.phrase) && !negatedBefore(tokens, found.first);
}

/**
 * When the noun cue of `match` is what the sentence rejects, answers or judges rather than a
 * hedge on its claim, the index of the last token of the noun's content (`dismissed claims that
 * he would quit`, up to the next punctuation; `Her claim that X would … is not a rogue claim`, up
 * to the judging verb); otherwise `undefined`.
 */
function nounCueScope(tokens: readonly Token[], match: PhraseMatch<Hedge>, text: string | undefined): number | undefined {
  if (text !== undefined) {
    const copula = judgedAsSubject(tokens, match, text);
    if (copula !== undefined) return copula - 1;
  }
  if (!governedAsObject(tokens, match.first, text)) return undefined;
  return contentEndAfter(tokens, match.last, text);
}

/** Words that end the content of a rejected claim and go on with the sentence (`denied the claims but said`, `rejected the idea, saying`). */
const CONTENT_ENDS = new Set(['but', 'while', 'although', 'though', 'whereas', 'yet']);

/** The index of the last token of a rejected claim's content that goes on after the token at `index`: up to a punctuation mark, a `but` or a reporting verb. */
function contentEndAfter(tokens: readonly Token[], index: number, text: string | undefined): number {
  let end = index;
  while (end + 1 < tokens.length) {
    const next = readAt(tokens, end + 1, 'tokens');
    if (text !== undefined && PHRASE_BREAK.test(text.slice(readAt(tokens, end, 'tokens').end, next.start))) break;
    if (CONTENT_ENDS.has(next.norm) || REPORTED_FUTURE.has(next.norm)) break;
    // `rejected the idea … and queried why`: a second verb of the same subject.
    if (next.norm === 'and' && /^\p{Ll}{3,}ed$/u.test(tokens[end + 2]?.raw ?? '')) break;
    end++;
  }
  return end;
}

/** Subjects that open a clause right after a verb of rejection (`denied he had known`). */
const CLAUSE_SUBJECTS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there']);
/** Verbs and modals that show a noun phrase after `denied` is a clause's subject (`denied the decision would suggest …`). */
const CLAUSE_VERBS = new Set(['would', 'could', 'will', 'was', 'were', 'had', 'has', 'is', 'are', 'may', 'might', 'meant', 'should', 'did']);
/** How many words may stand between a verb of rejection and the `that` of its clause (`denying for decades that`). */
const BEFORE_THAT_REACH = 3;

/**
 * True when what follows a verb of rejection at `index` is a claim: a `that` clause (`denying for
 * decades that smoking could …`), a clause (`denied he had been forced out`, `denied the decision
 * would suggest …`), an act denied (`denied accusing the government of …`) or a noun of a claim (`denied
 * reports that`, `brushed off rival suggestions a vote …`, `rejected the idea Mr X posed …`).
 * Not a plan, an offer or a move (`rejected a compromise offer that could have …`), nor a
 * participle (`the permits denied under the ban would have …`).
 */
function rejectsAClaim(tokens: readonly Token[], index: number): boolean {
  const first = tokens[index];
  // `should be rejected by judges and that …`: a passive's agent, no claim.
  if (!first || first.norm === 'by') return false;
  if (CLAUSE_SUBJECTS.has(first.norm) || /^\p{Ll}{2,}ing$/u.test(first.raw)) return true;
  for (let j = index; j < tokens.length && j <= index + BEFORE_THAT_REACH; j++) {
    const word = readAt(tokens, j, 'tokens').norm;
    if (word === 'and' || word === 'or') return false;
    // `reject that by claiming …`: a demonstrative before a preposition opens no clause.
    // `rejected an offer that could have …`: after a determiner, `that` opens a relative clause about the thing rejected.
    if (word === 'that') return !NOUN_PHRASE_WORDS.has(first.norm) && !PREPOSITIONS.has(tokens[j + 1]?.norm ?? '');
    if (CLAIM_WORDS.has(word) || NOUN_CUES.has(word) || word === 'possibility' || word === 'impression') return true;
    if (CLAUSE_VERBS.has(word)) return j > index && NOUN_PHRASE_WORDS.has(first.norm);
  }
  return false;
}

/**
 * The token spans of what a verb of rejection rejects in the sentence (`she denied her faith
 * meant she would refuse the job`, `dismissed the report as speculation`): cues inside them are the
 * rejected claim's, not the sentence's, whose claim is the rejection (the contest words mark it).
 * A rejection negated or refused (`did not deny that he would stand`) rejects nothing.
 */
function rejectedSpans(tokens: readonly Token[], text: string | undefined): { first: number; last: number }[] {
  const spans: { first: number; last: number }[] = [];
  for (let j = 0; j < tokens.length - 1; j++) {
    const found = governorEndingAt(tokens, j);
    if (found?.governor.category !== 'rejection' || negatedBefore(tokens, found.first)) continue;
    if (text !== undefined && PHRASE_BREAK.test(text.slice(readAt(tokens, j, 'tokens').end, readAt(tokens, j + 1, 'tokens').start))) continue;
    if (rejectsAClaim(tokens, j + 1)) spans.push({ first: j + 1, last: contentEndAfter(tokens, j + 1, text) });
  }
  return spans;
}

/** Words that open a concession: what follows is granted against the sentence's claim (`insisted … despite research suggesting …`). */
const CONCESSIONS: ReadonlySet<string> = new Set(['despite', 'notwithstanding']);
/** Verbs before `despite` that make the concession the sentence's claim itself (`This was despite …`, `The fall came despite …`). */
const CONCESSION_IS_THE_CLAIM: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'came', 'comes', 'come']);

/** The spans of concessions (`despite …`, `in spite of …`), up to a punctuation mark, a `but`, a `with` or a reporting verb. */
function concededSpans(tokens: readonly Token[], text: string | undefined): { first: number; last: number }[] {
  const spans: { first: number; last: number }[] = [];
  for (let j = 0; j < tokens.length - 1; j++) {
    const word = readAt(tokens, j, 'tokens').norm;
    const opens = CONCESSIONS.has(word) || (word === 'of' && tokens[j - 1]?.norm === 'spite' && tokens[j - 2]?.norm === 'in');
    if (!opens) continue;
    const before = word === 'of' ? j - 3 : j - 1;
    if (CONCESSION_IS_THE_CLAIM.has(tokens[before]?.norm ?? '')) continue;
    // `despite recovering from injury with his manager claiming …`: a `with` opens a clause of its own, not granted.
    const last = contentEndAfter(tokens, j + 1, text);
    const opensWith = tokens.slice(j + 1, last + 1).findIndex((token) => token.norm === 'with');
    spans.push({ first: j + 1, last: opensWith < 0 ? last : j + opensWith });
  }
  return spans;
}

/** Words that set a clause against the one before (`rose 5%, but could have risen more`, `although it could have made more`). */
const SET_AGAINST: ReadonlySet<string> = new Set(['but', 'although', 'though', 'yet']);
/** Punctuation that ends a statement inside a sentence: a semicolon, a colon, a dash set off by spaces. */
const STATEMENT_BREAK = new RegExp(`[;:]|${SPACED_DASH}`, 'u');

/**
 * The spans of counterfactuals set against the sentence's claim after `but`, `although`, `though` or `yet` (`Sales rose 5%
 * last year, but could have risen more if the weather had been kinder`, `…, but it might have been worse`): `could`, `would` or `might`, `have` and a
 * participle, with a condition or a degree beyond what happened after it (`COUNTERFACTUAL_SIGNS`), up to the end of the
 * statement. The clause says what did not happen; its modal and its condition are its own, and the claim before `but` is
 * stated. A `but` that opens the sentence has no claim before it, and a clause with no sign of a counterfactual (`but could
 * have been caused by a fault`) may guess at what happened, so it hedges.
 */
function counterfactualSpans(tokens: readonly Token[], text: string | undefined): { first: number; last: number }[] {
  const spans: { first: number; last: number }[] = [];
  for (let j = 2; j < tokens.length - 3; j++) {
    if (!SET_AGAINST.has(readAt(tokens, j, 'tokens').norm)) continue;
    let k = j + 1;
    while (k < j + 3 && BEFORE_COUNTERFACTUAL_HAVE.has(tokens[k]?.norm ?? '')) k++;
    if (!COUNTERFACTUAL_MODALS.has(tokens[k]?.norm ?? '')) continue;
    const modal = k;
    k++;
    if (BEFORE_COUNTERFACTUAL_HAVE.has(tokens[k]?.norm ?? '')) k++;
    if (tokens[k]?.norm !== 'have' || !PAST_PARTICIPLE.test(tokens[k + 1]?.norm ?? '')) continue;
    let last = k + 1;
    while (last + 1 < tokens.length && !(text !== undefined && STATEMENT_BREAK.test(text.slice(readAt(tokens, last, 'tokens').end, readAt(tokens, last + 1, 'tokens').start)))) last++;
    // (`could easily have been four`: the sign may stand between the modal and `have`.)
    if ([...tokens.slice(modal + 1, k), ...tokens.slice(k + 2, last + 1)].some((token) => COUNTERFACTUAL_SIGNS.has(token.norm))) spans.push({ first: j + 1, last });
  }
  return spans;
}

/** How many words a relative clause set off by commas may hold before its closing comma. */
const SET_OFF_CLAUSE_REACH = 16;

/**
 * The spans of relative clauses set off by commas (or dashes) that hold a condition, with the sentence's verb after them (`The
 * bank, which would sell its stake if offered more, said profits rose 10%`, `Mr Smith, who would stand again if asked, said
 * …`): a hypothesis about the thing described, whose condition and modal are the clause's, not the sentence's claim. A clause
 * with no condition (`Detectives, who believe the fire was started deliberately, have appealed`) adds news of its own and
 * keeps its hedge.
 */
function conditionedRelativeSpans(tokens: readonly Token[], text: string | undefined): { first: number; last: number }[] {
  if (text === undefined) return [];
  const spans: { first: number; last: number }[] = [];
  for (let j = 1; j < tokens.length - 2; j++) {
    const relative = readAt(tokens, j, 'tokens');
    if (relative.norm !== 'which' && relative.norm !== 'who') continue;
    if (!ONLY_COMMA_OR_DASH.test(text.slice(readAt(tokens, j - 1, 'tokens').end, relative.start))) continue;
    for (let c = j + 2; c < tokens.length && c <= j + SET_OFF_CLAUSE_REACH; c++) {
      const next = readAt(tokens, c, 'tokens');
      const gap = text.slice(readAt(tokens, c - 1, 'tokens').end, next.start);
      if (/[;:()]/u.test(gap)) break;
      if (!COMMA_OR_DASH.test(gap)) continue;
      const mainVerb = MAIN_VERB_AFTER_CLAUSE.has(next.norm) || /^\p{Ll}{3,}(?:ed|s)$/u.test(next.raw);
      if (mainVerb && tokens.slice(j + 1, c).some((token) => CONDITION_OPENERS.has(token.norm))) spans.push({ first: j + 1, last: c - 1 });
      break;
    }
  }
  return spans;
}

/**
 * The token spans of a sentence's side clauses, whose hedges, conditions and contest words are their own and not the
 * sentence's claim: a counterfactual set against it (after `but`, `although`) and a relative clause set off by commas that holds a condition.
 */
export function sideClauseSpans(tokens: readonly Token[], text: string | undefined): { first: number; last: number }[] {
  return [...counterfactualSpans(tokens, text), ...conditionedRelativeSpans(tokens, text)];
}

/** Words after a noun cue that give it content of its own (`speculation that …`, `the possibility of conflict`). */
const OPENS_CUE_CONTENT: ReadonlySet<string> = new Set(['that', 'of', 'about', 'over', 'whether', 'if', ...CLAUSE_SUBJECTS]);

/**
 * True when a cue inside a concession is granted, not doubted: a view whose holder the concession names (`despite research
 * suggesting the cost was under-estimated`: the research's suggestion, set against the sentence's claim), or a noun cue with
 * no content of its own (`despite claims to the contrary`, `despite reaffirming its profit forecasts`). A possibility or a
 * rumour with its content (`despite the possibility of conflict`, `despite speculation that …`) is news the sentence carries
 * undecided, and it hedges, as rumours do (FactBank marks such sentences uncertain).
 */
function grantedWithoutDoubt(tokens: readonly Token[], match: PhraseMatch<Hedge>): boolean {
  const cue = readAt(tokens, match.first, 'tokens');
  const holder = tokens[match.first - 1];
  if (match.first === match.last && GERUND.test(cue.raw)) return holder !== undefined && HOLDER_NOUN.test(holder.raw) && !CONCESSIONS.has(holder.norm) && !NOUN_PHRASE_OPENERS.has(holder.norm);
  if (!NOUN_CUES.has(cue.norm)) return false;
  const next = tokens[match.last + 1];
  if (next?.norm === 'to' && tokens[match.last + 2]?.norm === 'the' && tokens[match.last + 3]?.norm === 'contrary') return true;
  return next === undefined || !OPENS_CUE_CONTENT.has(next.norm);
}

/** A word that can name who holds a view: a noun in the plural or a name (`research`, `figures`, `Sony`), never a verb form. */
const HOLDER_NOUN = /^(?:\p{Lu}\p{L}+|\p{Ll}{3,})$/u;

/** The question governors by their last word, so that a word which ends none costs one look-up. */
const QUESTION_GOVERNORS_BY_LAST_WORD = new Map<string, { category: QuestionGovernorCategory; words: string[] }[]>();
for (const governor of QUESTION_GOVERNORS) {
  const words = governor.phrase.split(' ');
  const last = words[words.length - 1] ?? '';
  QUESTION_GOVERNORS_BY_LAST_WORD.set(last, [...(QUESTION_GOVERNORS_BY_LAST_WORD.get(last) ?? []), { category: governor.category, words }]);
}
/** How many words may stand between a governor and its question (`will decide on Friday whether`, `asking reporter Oliver Finegold if`). */
const QUESTION_GOVERNOR_REACH = 6;
/**
 * Words that end the search for a question's governor: a clause, a verb or a modal of its own
 * stands between (`asked to stay if he could`, `said that if`), so the governor is not the
 * question's.
 */
const ENDS_GOVERNOR_SEARCH = new Set([
  'that',
  'which',
  'who',
  'whom',
  'and',
  'but',
  'if',
  'whether',
  'because',
  'when',
  'while',
  'unless',
  'to',
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'must',
  'can',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  ...REPORTED_FUTURE,
]);

/** The question governor whose words end at `end` (`decide`, `final say on`). */
function questionGovernorEndingAt(tokens: readonly Token[], end: number): QuestionGovernorCategory | undefined {
  for (const { category, words } of QUESTION_GOVERNORS_BY_LAST_WORD.get(tokens[end]?.norm ?? '') ?? []) {
    const first = end - words.length + 1;
    if (first >= 0 && words.every((word, k) => tokens[first + k]?.norm === word)) return category;
  }
  return undefined;
}

/**
 * What governs the `whether` or `if` at `index` as an embedded question: a verb or noun of
 * deciding, asking, debating or looking into (`QUESTION_GOVERNORS`), right before it (`decision
 * on whether`, `considering whether`, past an `as to`), or a few words before with only an
 * object or a time between (`asking reporter Oliver Finegold if`, `will decide on Friday
 * whether`; an `if` past an object is a condition again unless the verb asks: `will decide the
 * case if the talks fail`). Nothing when a clause, verb or modal stands between, or punctuation
 * other than a comma or a quotation mark (`he was "considering" whether`).
 */
function questionGovernorOf(tokens: readonly Token[], index: number, text: string | undefined): QuestionGovernorCategory | undefined {
  let k = index - 1;
  // `an assessment as to whether`, `divided as to whether`: `as to` joins any governor to its question.
  if (tokens[k]?.norm === 'to' && tokens[k - 1]?.norm === 'as') k -= 2;
  for (let steps = 0; k >= 0 && steps < QUESTION_GOVERNOR_REACH; steps++, k--) {
    const word = readAt(tokens, k, 'tokens');
    const after = tokens[k + 1];
    if (text !== undefined && after !== undefined && QUESTION_GOVERNOR_BREAK.test(text.slice(word.end, after.start))) return undefined;
    const category = questionGovernorEndingAt(tokens, k);
    if (category !== undefined) {
      // `asked for a recount if`: a request, not a question.
      if (category === 'asking') return tokens.slice(k + 1, index).some((token) => token.norm === 'for') ? undefined : category;
      // `will decide the case if the talks fail`, `will see prices fall if`: past an object an `if` is a condition again.
      return steps === 0 || readAt(tokens, index, 'tokens').norm === 'whether' ? category : undefined;
    }
    if (ENDS_GOVERNOR_SEARCH.has(word.norm)) return undefined;
  }
  return undefined;
}

/** How far after `whether` the modal of an act to be chosen may stand (`whether a super-casino will be built`). */
const CHOSEN_ACT_REACH = 7;
/** Modals of an act a decision chooses (`whether the plant should be closed`); not `could` or `might`, which guess. */
const CHOSEN_ACT_MODALS = new Set(['will', 'should', 'would', 'shall']);
/** A passive participle: regular (`closed`, `taken`) or one of the common irregular ones. */
const PASSIVE_PARTICIPLE = /^(?:\p{Ll}{2,}(?:ed|en)|built|made|held|sold|set|put|cut|shut|kept|left|brought|bought|sent|spent|paid|run|won|lost|told|found)$/u;

/**
 * True when the `whether` or `if` at `index` opens an embedded question that a verb or noun of
 * deciding, asking or debating governs (`will decide whether to ban smoking in bars`, `is heard
 * asking the reporter if he is a spy`, `a row over whether only Greece may use the name`): the
 * sentence's claim is the decision, the question or the argument, and the question word marks
 * what is decided, asked or argued, not the writer's doubt. A decision's question is an option
 * to choose only as an act: an infinitive (`whether to ban`) or a passive with `will`/`should`
 * (`whether a casino will be built`); a fact to be judged (`decide whether the evidence is
 * admissible`) stays open, as FactBank labels it. A modal inside an asked question is the
 * question's too (see inAskedQuestion); another cue inside it (`asked whether the reports
 * that … were true`) still hedges.
 */
function governedQuestion(tokens: readonly Token[], index: number, text: string | undefined): boolean {
  const category = questionGovernorOf(tokens, index, text);
  if (category === undefined || category === 'inquiry') return false;
  if (category !== 'decision' || tokens[index + 1]?.norm === 'to') return true;
  // `the final say on whether a casino will be built`, `vote on whether the law should be changed`: an act to be chosen, in the passive.
  const rest = tokens.slice(index + 1, index + 1 + CHOSEN_ACT_REACH).map((token) => token.norm);
  const modal = rest.findIndex((word) => CHOSEN_ACT_MODALS.has(word));
  return modal > 0 && rest[modal + 1] === 'be' && PASSIVE_PARTICIPLE.test(rest[modal + 2] ?? '');
}

/** How far back from a modal the `whether` or `if` of the question it stands in may be (`asked whether the central bank could`). */
const ASKED_QUESTION_REACH = 8;
/** Words that end the search for that question word: the modal stands in a clause of its own. */
const ENDS_ASKED_QUESTION: ReadonlySet<string> = new Set(['but', 'because', 'although', 'while', 'and', 'which', 'who', 'that', ...REPORTED_FUTURE]);

/**
 * True when the modal at `index` stands in an indirect question someone asked (`Reporters asked whether the bank could cut
 * rates again`, `asked the board if it would consider a sale`): the possibility is what was asked, not the article's doubt,
 * and the sentence's claim is that it was asked. Only a question of asking (`QUESTION_GOVERNORS`, `asking`); a question
 * looked into or decided (`to see whether the drug could`) stays open, as FactBank labels it.
 */
function inAskedQuestion(tokens: readonly Token[], index: number, text: string): boolean {
  for (let k = index - 1; k >= 0 && k >= index - ASKED_QUESTION_REACH; k--) {
    const word = readAt(tokens, k, 'tokens');
    if (PHRASE_BREAK.test(text.slice(word.end, readAt(tokens, k + 1, 'tokens').start))) return false;
    if (word.norm === 'whether' || word.norm === 'if') return questionGovernorOf(tokens, k, text) === 'asking';
    if (ENDS_ASKED_QUESTION.has(word.norm)) return false;
  }
  return false;
}

/**
 * `if` meaning `whether` after a governor whose question stays open: a verb of looking into (`to
 * see if it was possible`, `checking if`) or a decision on a fact (`to decide if any such meeting
 * was relevant`). An open question, not a condition.
 */
function ifOfOpenQuestion(tokens: readonly Token[], match: PhraseMatch<Hedge>, text: string | undefined): boolean {
  return match.entry.phrase === 'if' && questionGovernorOf(tokens, match.first, text) !== undefined;
}

/** Forms of `be` that join a subject to a judgement of it. */
const COPULAS = new Set(['is', 'are', 'was', 'were', "isn't", "aren't", "wasn't", "weren't"]);

/**
 * The index of the judging verb when the noun cue of `match` is the subject of a judgement that
 * ends the sentence (`Her claim that the party would cut services is not a rogue claim.`, `the
 * chancellor's forecasts for tax receipts were too optimistic.`): the sentence's claim is the
 * judgement of the claim.
 */
function judgedAsSubject(tokens: readonly Token[], match: PhraseMatch<Hedge>, text: string): number | undefined {
  const index = match.first;
  const noun = readAt(tokens, index, 'tokens').norm;
  // The noun, not a verb: after a determiner or a possessive, perhaps with one describing word between.
  const previous = tokens[index - 1];
  const opensNoun = (word: Token | undefined): boolean => word === undefined || NOUN_PHRASE_WORDS.has(word.norm) || word.norm.endsWith("'s");
  if (previous && !opensNoun(previous) && !(LOWER_WORD.test(previous.raw) && tokens[index - 2] && opensNoun(tokens[index - 2]))) return undefined;
  // The subject: its noun phrase opens the sentence, a clause after `that`, or a clause after a punctuation mark.
  let j = index - 2;
  while (j >= 0 && insideNounPhrase(readAt(tokens, j, 'tokens'), false) && !PHRASE_BREAK.test(text.slice(readAt(tokens, j, 'tokens').end, readAt(tokens, j + 1, 'tokens').start))) j--;
  const before = tokens[j];
  if (before && before.norm !== 'that' && !PHRASE_BREAK.test(text.slice(before.end, readAt(tokens, j + 1, 'tokens').start))) return undefined;
  const stem = noun.replace(/s$/u, '');
  for (let k = match.last + 1; k < tokens.length; k++) {
    if (!COPULAS.has(readAt(tokens, k, 'tokens').norm)) continue;
    let m = k + 1;
    while (m < tokens.length && BEFORE_JUDGEMENT.has(readAt(tokens, m, 'tokens').norm)) m++;
    let judged = JUDGEMENTS_OF_CLAIMS.has(tokens[m]?.norm ?? '') ? m : -1;
    // `is not a rogue claim`: the noun named again with what it is judged to be.
    for (let n = m; judged < 0 && n < tokens.length && n <= m + 1; n++) if (readAt(tokens, n, 'tokens').norm.replace(/s$/u, '') === stem) judged = n;
    if (judged < 0) continue;
    const after = tokens[judged + 1];
    if (!after || LIST_BREAK.test(text.slice(readAt(tokens, judged, 'tokens').end, after.start))) return k;
  }
  return undefined;
}

/** Words before a plural routine time that make it many of them (`a lot of weeks`, `most mornings`, `on Sundays`). */
const MANY_OF = new Set(['of', 'most', 'many', 'some', 'on']);
/** Words after `would` that make it no habit: a counterfactual (`would have`), a wish (`would rather`) or a hypothesis of being (`would mean`). */
const NOT_A_HABIT = new Set(['have', "'ve", 'rather', 'mean', 'like', 'prefer', 'need', 'be']);

/**
 * True when the `would` at `index` tells of a past habit (`Every week we would speak three or four
 * times on the phone.`, `He would talk about it for hours.`): a frequency adverbial or a routine
 * time in its sentence, a person for its subject, no condition (`if`, `unless`) and no reporting verb before it (`said he
 * would visit every week` is a promise), and a verb of doing after it, not `have` or `be`
 * (`would have`, `would be` stay hypotheses). What happened again and again happened.
 */
function habitualWould(tokens: readonly Token[], index: number): boolean {
  if (NOT_A_HABIT.has(tokens[index + 1]?.norm ?? '') || NEGATION.has(tokens[index + 1]?.norm ?? '')) return false;
  // A habit is someone's (`we would speak`, `Mr Hale would call`), not a thing's (`The plan would cost £2bn every year` is a forecast).
  const subject = tokens[index - 1];
  if (!subject || !(PERSONAL_SUBJECTS.has(subject.norm) || (index > 1 && OPENS_CAPITAL.test(subject.raw)))) return false;
  if (tokens.some((token) => CONDITIONS.has(token.norm)) || reportedBefore(tokens, index) !== undefined) return false;
  return tokens.some((token, k) => {
    if (FREQUENCY_ADVERBS.has(token.norm)) return true;
    const next = tokens[k + 1]?.norm ?? '';
    if ((token.norm === 'every' || token.norm === 'each') && ROUTINE_TIMES.has(next.replace(/s$/u, ''))) return true;
    if (token.norm === 'times' && next === 'a') return true;
    // `in a lot of weeks`, `most mornings`, `on Sundays`: many of a routine time.
    if (/s$/u.test(next) && ROUTINE_TIMES.has(next.slice(0, -1)) && MANY_OF.has(token.norm)) return true;
    return token.norm === 'for' && next === 'hours';
  });
}

/**
 * True when the cue at `index` stands in an interviewer's question at the head of the sentence
 * (`Asked how he would deal with claims that he had lost the trust of his party, the
 * minister replied: …`): the words up to the first comma are the question's, not the answer's.
 */
function inQuestionFrame(tokens: readonly Token[], index: number, text: string): boolean {
  const start = tokens[0]?.norm === 'when' ? 1 : 0;
  if (!QUESTION_FRAMES.has(tokens[start]?.norm ?? '') || index <= start) return false;
  // The question ends at its comma, or with none at the answerer's `he told`, `she said` (`Asked if he would welcome them he told the BBC: …`).
  const endsFrame = (k: number): boolean =>
    text.slice(readAt(tokens, k - 1, 'tokens').end, readAt(tokens, k, 'tokens').start).includes(',') || (ANSWERERS.has(readAt(tokens, k, 'tokens').norm) && ANSWERING.has(tokens[k + 1]?.norm ?? ''));
  for (let k = start + 1; k <= index; k++) if (endsFrame(k)) return false;
  for (let k = index + 1; k < tokens.length; k++) if (endsFrame(k)) return true;
  return false;
}

/** How far back a rhetorical question's opening may stand from a cue inside it. */
const RHETORICAL_REACH = 12;

/**
 * True when the cue at `index` stands inside a rhetorical question that a negative auxiliary
 * opens (`Everyone knows taxes will rise: isn't it now clear which one it would be?`): the
 * question expects yes and asserts what it asks.
 */
function insideRhetoricalQuestion(tokens: readonly Token[], index: number, text: string): boolean {
  if (!endsInQuestion(tokens, index, text)) return false;
  for (let k = index - 1; k >= 0 && k >= index - RHETORICAL_REACH; k--) {
    if (!opensClause(tokens, k, text)) continue;
    return NEGATIVE_QUESTION_OPENERS.has(readAt(tokens, k, 'tokens').norm) && QUESTION_SUBJECTS.has(tokens[k + 1]?.norm ?? '');
  }
  return false;
}

/** True when a count of people in a survey stands just before the `could` at `index` (`Almost all could`, `Only 20% could`, `one in six could`). */
function surveyCountBefore(tokens: readonly Token[], index: number, text: string | undefined): boolean {
  for (let j = index - 1; j >= 0 && j >= index - 4; j--) {
    const word = readAt(tokens, j, 'tokens');
    if (SURVEY_COUNTS.has(word.norm)) return true;
    if (DIGIT.test(word.norm) && text !== undefined && text.charAt(word.end) === '%') return true;
    if (word.norm === 'in' && tokens[j - 1]?.norm === 'one') return true;
  }
  return false;
}

/** True when `by now` or `by then` follows the word at `index` in its clause: what should have happened is still expected. */
function expectedByNow(tokens: readonly Token[], index: number): boolean {
  return tokens.slice(index + 1, index + 10).some((token, k, rest) => token.norm === 'by' && (rest[k + 1]?.norm === 'now' || rest[k + 1]?.norm === 'then'));
}

/** Subjects of a duty judged after the fact (`I shouldn't have said`, `he should have resigned`). */
const PERSONAL_SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'they']);
/** Subjects that are things, with which `should have` is as often an expectation (`it should have arrived`). */
const THING_SUBJECTS = new Set(['it', 'this', 'that', 'which', 'there', 'what']);

/**
 * True when `should have` and a participle follow a person (`I shouldn't have said`, `officers
 * should have treated all passengers alike`): a duty judged after the fact. After a thing (`it
 * should have arrived`) it may be an expectation, and it hedges.
 */
function dutyJudgedAfter(subject: Token | undefined, next: Token | undefined, afterNext: Token | undefined): boolean {
  if (!subject || next?.norm !== 'have' || !PAST_PARTICIPLE.test(afterNext?.norm ?? '')) return false;
  if (PERSONAL_SUBJECTS.has(subject.norm)) return true;
  // `officers should have`, `Mr Smith should have`: a plural of people or a name; not a thing.
  return !THING_SUBJECTS.has(subject.norm) && (OPENS_CAPITAL.test(subject.raw) || DESCRIBED_BY_INTENT.has(subject.norm) || /^\p{Ll}{3,}(?:ers|ors|ists|ans|ents|ists)$/u.test(subject.raw));
}
/** The first person, about whose own state a belief may be denied (`don't think I am available`). */
const FIRST_PERSON = new Set(['i', "i'm", "i've", "i'd", 'me']);

/**
 * True when the belief at `index` is denied and is about the speaker (`so that people don't
 * think I am retired`): the speaker knows their own state and asserts it.
 */
function deniedBeliefAboutSpeaker(tokens: readonly Token[], index: number): boolean {
  let j = index - 1;
  if ((tokens[j]?.norm ?? '').endsWith('ly')) j--;
  const negator = tokens[j]?.norm ?? '';
  if (!NEGATION.has(negator) && !negator.endsWith("n't")) return false;
  let k = index + 1;
  if (tokens[k]?.norm === 'that') k++;
  return FIRST_PERSON.has(tokens[k]?.norm ?? '');
}

/**
 * True when `must have` ending at `index` infers (`he must have known`, `it must have been a
 * shock`); not a duty with a deadline (`voters must have registered by 5pm`) or after a purpose that opens the sentence
 * (`To qualify, players must have played ten games`), nor a thing to hold (`drivers must have a licence`).
 */
function inferredMustHave(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  if (!next) return true;
  if (!PAST_PARTICIPLE.test(next.norm)) return false;
  // `To be eligible, a film must have been shown for a week`: after a purpose that opens the sentence, a condition to meet.
  if (tokens[0]?.raw === 'To' && index > 3) return false;
  for (let j = index + 2; j < tokens.length && j <= index + 6; j++) {
    if (readAt(tokens, j, 'tokens').norm !== 'by') continue;
    const when = tokens[j + 1]?.norm ?? '';
    if (DIGIT.test(when) || (TIME_WORDS.has(when) && when !== 'as' && when !== 'well' && when !== 'very')) return false;
  }
  return true;
}

/** How many words of the noun's own content (`of a rift between the two men`) may stand before the passive it is the subject of. */
const TREATED_SUBJECT_REACH = 10;
/** Auxiliaries of a passive after its subject: `were fuelled`, `have been fanned`, `had been denied`. */
const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'been', 'has', 'have', 'had', 'being']);

/**
 * True when the rumours at `index` are the subject of a passive that says what fed or ended them (`Rumours of a rift were fuelled
 * by the decision to …`, `Rumours of a bid were fanned by heavy trading`): the sentence states what fuelled them, and reports that
 * they existed, not their content. A comma before the passive (`Rumours of a bid, which were denied, …`), any other verb (`Rumours
 * of a bid grew as …`) or allegations (`Allegations of bribery were denied`, whose content stays alleged) leave the noun a hedge.
 */
function subjectOfTreatment(text: string | undefined, tokens: readonly Token[], index: number): boolean {
  if (!/^rumou?rs?$/u.test(readAt(tokens, index, 'tokens').norm)) return false;
  for (let k = index + 1; k < tokens.length - 1 && k - index <= TREATED_SUBJECT_REACH; k++) {
    if (text !== undefined && /[,;:(]/u.test(text.slice(readAt(tokens, k - 1, 'tokens').end, readAt(tokens, k, 'tokens').start))) return false;
    if (!PASSIVE_AUXILIARIES.has(readAt(tokens, k, 'tokens').norm)) continue;
    let verb = k + 1;
    while (verb < tokens.length && PASSIVE_AUXILIARIES.has(readAt(tokens, verb, 'tokens').norm)) verb++;
    return RUMOUR_TREATMENTS.has(tokens[verb]?.norm ?? '');
  }
  return false;
}

/**
 * Prepositions of a topic or a cause: `a row about rumours that`, `resigned over allegations that`, `are to leave after
 * accusations of a conflict of interest`: the sentence reports what happened about or after them, not the allegation.
 */
const TOPIC_PREPOSITIONS = new Set(['about', 'over', 'after', 'following']);
/** Words between a preposition of topic and a reported-uncertainty noun (`over the allegations`, `about fresh rumours`). */
const BEFORE_TOPIC_NOUN = new Set(['the', 'fresh', 'new', 'recent', 'renewed', 'growing', 'persistent', 'continuing', 'repeated', 'press', 'media']);

/**
 * True when the rumours, allegations or suspicions at `index` are only what something was about
 * (`a row between the three men about rumours that he would quit`, `resigned over allegations
 * that`): the sentence asserts the row or the resignation, and the rumour is its topic. Rumours
 * reported as news (`amid rumours that`, `on rumours of a bid`, `There were rumours of`) still hedge.
 */
function topicOfTalk(tokens: readonly Token[], index: number): boolean {
  let k = index - 1;
  // `following his allegations that`: whose allegations they were does not make them the sentence's claim.
  if (BEFORE_TOPIC_NOUN.has(tokens[k]?.norm ?? '') || POSSESSIVES.has(tokens[k]?.norm ?? '')) k--;
  return TOPIC_PREPOSITIONS.has(tokens[k]?.norm ?? '') || INQUIRED_INTO.has(tokens[k]?.norm ?? '');
}

/**
 * True when the `until` ending at `index` opens a condition (`will not sign until members have
 * voted`) rather than telling when (`until 2005`, `until the end of the year`, `until he started
 * to build up his stake`, `has shown insensitivity until it has been forced`).
 */
function untilIsCondition(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  const afterNext = tokens[index + 2];
  if (!next) return false;
  if (DIGIT.test(next.norm) || (TIME_WORDS.has(next.norm) && next.norm !== 'the')) return false;
  if (next.norm === 'the' && afterNext && TIME_AFTER_THE.has(afterNext.norm)) return false;
  // `until the latest date possible`, `until the last minute`: a time given by a superlative, no condition.
  if (next.norm === 'the' && afterNext && (SUPERLATIVE.test(afterNext.norm) || afterNext.norm === 'last')) return false;
  const clause = tokens.slice(index + 1, index + 5);
  // `until they became sell programs`, `until he started to build`: a clause in the past tells when, not on what condition.
  const past = clause.some((token, k) => (PAST_FORMS.has(token.norm) || (k > 0 && /^\p{L}{3,}ed$/u.test(token.norm))) && !BEFORE_PARTICIPLE.has(clause[k - 1]?.norm ?? ''));
  if (past) return false;
  // A perfect after a main clause in the perfect (`has shown insensitivity until it has been forced`) tells how long; after a future or a negation it is still to come.
  const perfectAfter = clause.some((token) => token.norm === 'has' || token.norm === 'have');
  const before = tokens.slice(0, index);
  // A perfect, not a `have` of possession (`those who have power`): a participle follows.
  const perfectBefore = before.some((token, k) => (token.norm === 'has' || token.norm === 'have' || token.norm === 'had') && /^\p{L}+(?:ed|en|wn)$/u.test(before[k + 1]?.norm ?? ''));
  return !(perfectAfter && perfectBefore && !before.some((token) => FUTURE_OR_MODAL.has(token.norm)));
}

/** Words that end the phrase after `until` (`until the fourth quarter of next year before visitors return`). */
const UNTIL_PHRASE_ENDS: ReadonlySet<string> = new Set(['before', 'when', 'that', 'and', 'or', 'so', 'but', 'while', 'because']);
/** How many words after `until` are read for a verb. */
const UNTIL_PHRASE_WORDS = 6;

/**
 * True when `until` at `index` is followed by a time named by a noun phrase, not a clause (`until the fourth quarter of next
 * year`, `until the dying seconds`, `until maybe next week`, `until his mid-thirties`): it says when, on no condition. Read to
 * the next break, a word that opens another clause, or six words; a clause has a subject pronoun or a verb (compromise reads
 * verbs in context; a word in -ing before a noun, `polling day`, is its modifier).
 */
function untilATimeNamed(tokens: readonly Token[], index: number, text: string): boolean {
  const words: string[] = [];
  for (let k = index + 1; k < tokens.length && k <= index + UNTIL_PHRASE_WORDS; k++) {
    const token = readAt(tokens, k, 'tokens');
    if (UNTIL_PHRASE_ENDS.has(token.norm)) break;
    // (`innocent until proved guilty`, `until told otherwise`: a participle right after `until` is a clause, its subject left out.)
    if (AGENT_PRONOUNS.has(token.norm) || (k === index + 1 && PAST_PARTICIPLE.test(token.norm))) return false;
    if (!(token.norm.length > 4 && token.norm.endsWith('ing'))) words.push(token.raw);
    if (/[^\s'\u2019-]/u.test(text.slice(token.end, tokens[k + 1]?.start ?? token.end))) break;
  }
  return words.length > 0 && !holdsVerb(words.join(' ')) && !endsInPresentVerb(words);
}

/**
 * True when the words end in a noun and an -s form, both in lower case (`until the crisis ends`, `until the strike ends`),
 * which compromise reads as a compound noun: at the end of the phrase after `until` it is the clause's subject and verb.
 */
function endsInPresentVerb(words: readonly string[]): boolean {
  const [subject, verb] = words.slice(-2);
  return (
    subject !== undefined &&
    verb !== undefined &&
    OPENS_LOWER_CASE.test(subject) &&
    /^\p{Ll}+[^s]s$/u.test(verb) &&
    !verb.endsWith('ings') &&
    !ARTICLES.has(subject) &&
    !POSSESSIVES.has(subject) &&
    !NUMBER_WORDS.has(subject)
  );
}

/** Words before `anticipated` that say how eagerly something was awaited (`much-anticipated`, `eagerly anticipated`). */
const EAGERLY: ReadonlySet<string> = new Set(['much', 'eagerly', 'keenly', 'long']);

/**
 * True when the participle at `index` stands between a determiner (and an adverb) and a noun
 * (`in a widely predicted move`, `the expected course`): it describes the thing named.
 */
function describesNoun(tokens: readonly Token[], index: number): boolean {
  let j = index - 1;
  if (PARTICIPLE_ADVERBS.has(tokens[j]?.norm ?? '')) j--;
  // `The expected deal comes as…`: a participle in the sentence's opening subject is the news, still expected.
  if (j <= 0) return false;
  const opener = tokens[j]?.norm ?? '';
  // `next year's expected general election`: a possessive opens the noun phrase too.
  if (!NOUN_PHRASE_OPENERS.has(opener) && !opener.endsWith("'s")) return false;
  const next = tokens[index + 1];
  return !!next && OPENS_LETTER.test(next.norm) && !NOT_A_HEAD_NOUN.has(next.norm);
}

/** How many describing words may stand between a determiner and `plans` (`on his controversial anti-terror plans`). */
const MODIFIER_REACH = 4;

/**
 * True when `plans` at `index` is the noun (`the government's plans to`, `on UK plans to`,
 * `attacked Tory plans to`, `on his controversial anti-terror plans to`): after a determiner, a
 * possessive or a preposition; after a capitalised modifier that follows a preposition or a verb
 * in the past; after a compound modifier written with a hyphen (`anti-terror plans`); or at the
 * end of a noun phrase that a determiner opens right after a preposition. `Tesco plans to`,
 * `The UK plans to`, `said the company plans to` stay the verb.
 */
export function plansIsNoun(tokens: readonly Token[], index: number, text: string | undefined): boolean {
  const previous = tokens[index - 1];
  // `Plans to allow the home secretary to …`: with no subject before it, the word opening a sentence is the noun.
  if (!previous) return OPENS_CAPITAL.test(readAt(tokens, index, 'tokens').raw);
  // `launched an ambitious plan to`, `a £5.5bn ($10bn) plan to`: after `a` the singular is the noun, whatever describes it.
  if (readAt(tokens, index, 'tokens').norm === 'plan' && singularOpenerBefore(tokens, index)) return true;
  // `have no plans to`: a plan denied is a noun too.
  if (NOUN_PHRASE_OPENERS.has(previous.norm) || PREPOSITIONS.has(previous.norm) || previous.norm === 'no' || previous.norm.endsWith("'s") || previous.norm.endsWith("s'")) return true;
  // `Silver Jet, set up by a former pilot, plans to`: after a comma `plans` is the verb of the subject before the aside.
  if (text?.slice(previous.end, readAt(tokens, index, 'tokens').start).includes(',')) return false;
  // `have backed plans to`, `approved plans to`: right after a verb in the past, the plans are what was done to, the noun.
  if (/^\p{Ll}{2,}ed$/u.test(previous.raw) && (text === undefined || text.slice(previous.end, readAt(tokens, index, 'tokens').start) === ' ')) return true;
  const beforeModifier = tokens[index - 2]?.norm ?? '';
  const capitalised = previous.raw[0] !== previous.raw[0]?.toLowerCase();
  // `to back controversial Treasury plans to`: a describing word before the name describes the plans too.
  if (capitalised) return PREPOSITIONS.has(beforeModifier) || /^\p{L}{3,}ed$/u.test(beforeModifier) || (DESCRIBING_SUFFIX.test(beforeModifier) && !REPORTED_FUTURE.has(beforeModifier));
  // `anti-terror plans`, `cost-cutting plans`: a compound before `plans` describes it, and no subject of a verb is written so.
  const beforePrevious = tokens[index - 2];
  if (text !== undefined && beforePrevious && text.slice(beforePrevious.end, previous.start) === '-' && LOWER_WORD.test(beforePrevious.raw)) return true;
  // The plural `plans` with no determiner is the verb only of a singular subject, which takes one (`the firm plans to`) or is a
  // name; `plan` follows plural subjects that often have none (`confirm reports executives plan to`), so only `plans` is read
  // as the object of a verb further back.
  const plural = readAt(tokens, index, 'tokens').norm === 'plans';
  // `The Tories say plans to extend opening hours should wait`: after a verb of saying, `plans` opens the clause said, a noun.
  if (plural && SAYING.has(previous.norm)) return true;
  // `offer concessions on his controversial plans to`: the noun phrase a preposition governs.
  for (let j = index - 1; j >= 0 && j >= index - MODIFIER_REACH; j--) {
    const word = readAt(tokens, j, 'tokens');
    if (NOUN_PHRASE_OPENERS.has(word.norm) || word.norm.endsWith("'s")) return PREPOSITIONS.has(tokens[j - 1]?.norm ?? '');
    if (PRONOUNS.has(word.norm)) return false;
    if (plural && opensObjectOfVerb(tokens, j)) return true;
    // `in protest at government plans to`: a preposition (not `to`, as often the infinitive's) right before the one word
    // describing `plans` governs them, no subject.
    if (j === index - 2 && word.norm !== 'to' && PREPOSITIONS.has(word.norm) && !PRONOUNS.has(previous.norm)) return true;
    if (!LOWER_WORD.test(word.raw) || CLAUSE_WORDS.has(word.norm)) return false;
  }
  return false;
}

/**
 * True when the word at `at`, in the noun phrase that ends at `plans`, is the verb whose object the phrase is: a particle
 * (`has put forward plans to`, `are speeding up plans to`); a verb in `-ed` or `-ing` with no determiner before it
 * (`has defended government plans to`, `abandoning plans to`, `is currently developing plans to`; `the troubled retail group
 * plans to` is an adjective and its noun, the subject of the verb `plans`); or a word after a modal or the infinitive's `to`
 * (`could unveil plans to`, `to back controversial government plans to`).
 */
function opensObjectOfVerb(tokens: readonly Token[], at: number): boolean {
  const word = readAt(tokens, at, 'tokens');
  if (PLAN_VERB_PARTICLES.has(word.norm)) return true;
  const before = tokens[beforeAdverbs(tokens, at) - 1];
  if (before === undefined) return false;
  if (/^\p{Ll}{3,}(?:ed|ing)$/u.test(word.raw)) return !NOUN_PHRASE_OPENERS.has(before.norm) && !PREPOSITIONS.has(before.norm);
  return before === tokens[at - 1] && (FUTURE_OR_MODAL.has(before.norm) || before.norm === 'to');
}

/** Endings of describing words (`controversial`, `radical`, `ambitious`, `expensive`) that may stand before a name that describes `plans`. */
const DESCRIBING_SUFFIX = /^\p{Ll}{3,}(?:al|ive|ous|ic|ful|less|ary|ible|able)$/u;

/** True when `a` or `an` opens the noun phrase that ends at `index`, past describing words and figures. */
function singularOpenerBefore(tokens: readonly Token[], index: number): boolean {
  for (let j = index - 1; j >= 0 && j >= index - MODIFIER_REACH - 1; j--) {
    const word = readAt(tokens, j, 'tokens').norm;
    if (word === 'a' || word === 'an') return true;
    if (CLAUSE_WORDS.has(word) || PREPOSITIONS.has(word)) return false;
  }
  return false;
}

/** Words that end a noun phrase when read backwards from `plans` (`the firms have plans to`): a verb or a clause opens before them. */
const CLAUSE_WORDS = new Set([
  'have',
  'has',
  'had',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'should',
  'must',
  'do',
  'does',
  'did',
  'and',
  'or',
  'but',
  'which',
  'who',
  'not',
]);

/** Words right before a `whether … or` that say the choice makes no difference (`it matters little whether`, `the same whether`, `irrespective of whether`). */
const INDIFFERENT = new Set(['little', 'same', 'irrespective', 'regardless', 'matter']);

/**
 * True when `whether` at `index` opens a clause of indifference (`whether the public chose X or
 * Y, it would…`), with an `or` to come: at the start of a sentence or after `that`/`but`; set off
 * by a comma or a dash after the clause it qualifies (`You can't chase mammals with dogs, whether
 * the mammal is a fox or a deer`, `bad news for any business - whether small or large`); or after
 * a word that says the choice makes no difference (`it matters little whether the rift is real
 * or …`, `The principle is the same whether it's a tiger or a pheasant`, `regardless of whether`).
 */
function regardless(tokens: readonly Token[], index: number, text: string | undefined): boolean {
  if (!tokens.slice(index + 1, index + 12).some((token) => token.norm === 'or')) return false;
  const previous = tokens[index - 1];
  if (previous === undefined || OPENS_CLAUSE_OF_INDIFFERENCE.has(previous.norm)) return true;
  const before = previous.norm === 'of' ? tokens[index - 2] : previous;
  if (INDIFFERENT.has(before?.norm ?? '')) return true;
  return text !== undefined && COMMA_OR_DASH.test(text.slice(previous.end, readAt(tokens, index, 'tokens').start));
}

/** Judgements after `it would be` (`it would be wrong to`, `it would be a mistake to`). */
const JUDGEMENTS = new Set([
  'wrong',
  'right',
  'crass',
  'foolish',
  'mistake',
  'error',
  'sensible',
  'wise',
  'unwise',
  'unfair',
  'fair',
  'ridiculous',
  'absurd',
  'silly',
  'irresponsible',
  'premature',
  'inappropriate',
  'appropriate',
  'madness',
  'shame',
  'disgrace',
  'scandal',
  'tragedy',
  'nonsense',
  'misleading',
  'dishonest',
  'naive',
  'arrogant',
  'mad',
  'crazy',
  'stupid',
  'pointless',
]);

/** True when a judgement (`wrong`, `a mistake`) follows at `index`, past an article or an intensifier. */
function judgementFollows(tokens: readonly Token[], index: number): boolean {
  for (let j = index; j < tokens.length && j <= index + 2; j++) {
    const word = readAt(tokens, j, 'tokens').norm;
    if (JUDGEMENTS.has(word)) return true;
    if (!['a', 'an', 'quite', 'very', 'utterly', 'completely', 'simply', 'totally', 'deeply', 'absolutely', 'so', 'extremely', 'grossly', 'both'].includes(word)) return false;
  }
  return false;
}

/**
 * True when `nobody` or `no one` holds the belief at `index` (`no one is suggesting that`, `nobody
 * believes it any more`): a belief denied by all asserts the opposite, it does not hedge.
 */
function deniedByEveryone(tokens: readonly Token[], index: number): boolean {
  for (let j = index - 1; j >= 0 && j >= index - 4; j--) {
    const word = readAt(tokens, j, 'tokens').norm;
    if (word === 'nobody' || (word === 'one' && tokens[j - 1]?.norm === 'no')) return true;
  }
  return false;
}

/**
 * True when the forecast at `index` is what an outcome is measured against (`the index beat
 * forecasts`, `despite missing forecasts of 53.7`, `ahead of forecasts`, `in line with
 * forecasts`): the outcome is asserted, as it is after `than expected`.
 */
function measuredAgainst(tokens: readonly Token[], index: number, text: string | undefined): boolean {
  let j = index - 1;
  for (let skipped = 0; skipped < 2 && j >= 0; skipped++) {
    const token = readAt(tokens, j, 'tokens');
    // `analysts' forecasts`: the tokens leave the apostrophe of a plural possessive out.
    const possessive = token.norm.endsWith("'s") || (text !== undefined && /^['\u2019]/u.test(text.slice(token.end, token.end + 1)));
    if (!BEFORE_BENCHMARK.has(token.norm) && !possessive) break;
    j--;
  }
  const word = tokens[j]?.norm ?? '';
  const before = tokens[j - 1]?.norm ?? '';
  return AGAINST_FORECAST.has(word) || (MEASURED_AGAINST_BEFORE.get(word)?.has(before) ?? false);
}

/** Forms of `have` that make a perfect (`has said to me`). */
const PERFECT = new Set(['has', 'have', 'had', "'ve", 'having']);
/** Multiples before `the amount expected` (`twice the amount expected`). */
const MULTIPLES = new Set(['twice', 'double', 'half', 'triple', 'treble', 'thrice', 'times']);

/**
 * True when the noun `forecast`/`forecasts` at `index` is what an outcome is measured against (`sales were well below analyst
 * forecasts`, `results would meet market forecasts`, `growth has been ahead of IMF forecasts`): the sentence states the
 * outcome; the forecast is its yardstick, no hedge of it. Up to MODIFIER_REACH words may describe the forecast between
 * (`City`, `its 2005 profit`, `Mr Brown's`); a clause word or another preposition between ends the search.
 */
export function comparedWithForecasts(tokens: readonly Token[], index: number): boolean {
  for (let j = index - 1; j >= 0 && j >= index - MODIFIER_REACH - 1; j--) {
    const word = readAt(tokens, j, 'tokens').norm;
    if (MEASURED_AGAINST.has(word)) return true;
    const before = MEASURED_AGAINST_BEFORE.get(word);
    if (before) return before.has(tokens[j - 1]?.norm ?? '');
    if (CLAUSE_WORDS.has(word) || PREPOSITIONS.has(word)) return false;
  }
  return false;
}
/** How many words the forecasters' phrase may run to (`Wall Street economists`, `City analysts`). */
const FORECASTER_WORDS = 3;

/**
 * True when the verb of a forecast at `index` closes a relative clause on a figure an outcome is measured against (`jobs added
 * were twice the 169,000 figure that Wall Street economists had forecast`, `topped the 3.5% growth rate that economists had
 * forecast`, `raked in more than the £100m analysts had expected`): the forecasters name the yardstick, and the sentence
 * states the outcome, as after `than expected` (comparedWithForecasts). Not when the verb has an object or a clause of its own
 * (`analysts had forecast that rates would rise`).
 */
export function forecastNamesAYardstick(tokens: readonly Token[], index: number): boolean {
  if (!FORECAST_VERBS.has(readAt(tokens, index, 'tokens').norm)) return false;
  const next = tokens[index + 1]?.norm ?? '';
  if (next === 'that' || next === 'to' || DIGIT.test(next)) return false;
  let j = index - 1;
  if (PERFECT.has(tokens[j]?.norm ?? '')) j--;
  if (!FORECASTERS.has(tokens[j]?.norm ?? '')) return false;
  let subject = j;
  while (subject > 0 && j - subject < FORECASTER_WORDS - 1 && /^\p{Lu}/u.test(readAt(tokens, subject - 1, 'tokens').raw)) subject--;
  j = subject - 1;
  if (RELATIVE_OPENERS.has(tokens[j]?.norm ?? '')) j--;
  // The figure's phrase: up to MODIFIER_REACH words after `the` (`the 3.5% growth rate`), with the comparison before it.
  for (let k = j; k >= 0 && j - k <= MODIFIER_REACH; k--) {
    if (readAt(tokens, k, 'tokens').norm !== 'the') continue;
    const before = tokens[k - 1]?.norm ?? '';
    return MEASURED_AGAINST.has(before) || MULTIPLES.has(before);
  }
  return false;
}
/** Words that open a relative clause on the figure (`the rate that economists had forecast`). */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['that', 'which']);
/** How many words of its own phrase may stand between a preposition of cause and the forecast or doubt (`by low interest rates and strong growth forecasts`). */
const CAUSE_REACH = 8;
/** How many words after the forecast or doubt its verb of effect may stand (`uncertainty over the housing market continue to take their toll`). */
const EFFECT_REACH = 10;

/**
 * True when the noun `forecast`, `forecasts` or `uncertainty` at `index` heads a phrase the sentence names as a cause of what
 * it reports: after a preposition of cause (`driven down by forecasts of a mild winter`, `cut back on spending amid uncertainty
 * over job security`), or as the subject of a verb of effect (`uncertainty over the housing market continues to take its
 * toll`). The sentence states the outcome; the forecast or the doubt is why it came, as a forecast measured against is its
 * yardstick (comparedWithForecasts). A forecast with its own clause (`amid forecasts that rates will rise`) still carries it.
 * `subject`: whether the word may be read as the subject of a verb of effect (a noun, not the verb `forecasts`).
 */
function namedAsCause(tokens: readonly Token[], index: number, subject: boolean): boolean {
  if (tokens[index + 1]?.norm === 'that') return false;
  for (let j = index - 1; j >= 0 && index - j <= CAUSE_REACH; j--) {
    const word = readAt(tokens, j, 'tokens').norm;
    // `by 2025, the report forecasts`: `by` and a figure is when or how much, and the forecast is the verb.
    if (CAUSE_PREPOSITIONS.has(word) && !DIGIT.test(tokens[j + 1]?.norm ?? '')) return true;
    if (CAUSE_PREPOSITIONS_BEFORE.get(word)?.has(tokens[j - 1]?.norm ?? '') ?? false) return true;
    if (ENDS_CAUSE_PHRASE.has(word) || PREPOSITIONS.has(word) || (CLAUSE_WORDS.has(word) && word !== 'and')) break;
  }
  if (!subject) return false;
  for (let j = index + 1; j < tokens.length && j - index <= EFFECT_REACH; j++) {
    const word = readAt(tokens, j, 'tokens').norm;
    if (EFFECT_VERBS.has(word)) return true;
    if (ENDS_CAUSE_PHRASE.has(word) || MODALS_BEFORE_EFFECT.has(word)) return false;
  }
  return false;
}

/** How many words after `for` a revised forecast's figure may stand (`for Germany to 0.8%`, `for growth this year to 2.1%`). */
const FIGURE_REACH = 6;

/**
 * True when the words after a revised forecast give its content (`cut its forecast of 3% growth`, `cut its growth forecast for
 * Germany to 0.8%`): a new forecast is then carried. `for` and no figure after it names only what the forecast is of (`raised
 * its forecasts for global demand`), and the revision is what the sentence states.
 */
function revisionCarriesContent(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1]?.norm ?? '';
  if (next !== 'for') return FORECAST_CONTENT.has(next);
  return tokens.slice(index + 2, index + 2 + FIGURE_REACH).some((token) => DIGIT.test(token.norm) || NUMBER_WORDS.has(token.norm));
}

/** Verbs that revise or restate a forecast (`cut its forecast`, `raised its growth forecast`, `reaffirming its profit forecasts`). */
const REVISIONS = new Set([
  'cut',
  'cuts',
  'cutting',
  'raised',
  'raises',
  'raising',
  'lowered',
  'lowers',
  'lowering',
  'revised',
  'revises',
  'revising',
  'upgraded',
  'upgrades',
  'downgraded',
  'downgrades',
  'trimmed',
  'trims',
  'trimming',
  'upgrading',
  'downgrading',
  'slashing',
  'halving',
  'slashed',
  'slashes',
  'halved',
  'scaled',
  'reaffirmed',
  'reaffirms',
  'reaffirming',
  'reiterated',
  'reiterates',
  'reiterating',
]);

/**
 * True when a verb of revision governs the noun phrase that ends in the forecast at `index`
 * (`cut its full year passenger number forecast`, `raised its forecasts`): the sentence asserts
 * the revision. Content after it (`raised its forecast of growth to 3%`) is checked by the caller.
 */
function revisedBefore(tokens: readonly Token[], index: number): boolean {
  for (let j = index - 1; j >= 0 && j >= index - MODIFIER_REACH - 2; j--) {
    const word = readAt(tokens, j, 'tokens');
    if (REVISIONS.has(word.norm)) return true;
    if (!NOUN_PHRASE_OPENERS.has(word.norm) && !/^[\p{Ll}\p{N}]/u.test(word.raw)) return false;
    if (CLAUSE_WORDS.has(word.norm) || PREPOSITIONS.has(word.norm)) return false;
  }
  return false;
}

/** Where the -ly adverbs right before the word at `at` begin (`widely expected` → `widely`), or `at` when there are none. */
function beforeAdverbs(tokens: readonly Token[], at: number): number {
  let from = at;
  while (from > 0 && /\p{L}ly$/u.test(readAt(tokens, from - 1, 'tokens').norm)) from--;
  return from;
}

/** How many words the subject between `even if` and its past verb may hold (`even if the England coach admitted`). */
const CONCESSION_SUBJECT_WORDS = 4;

/** True when a past verb of granting a point follows `even if` at `last` after a short subject (`even if he admitted`). */
function concededAfter(tokens: readonly Token[], last: number): boolean {
  for (let j = last + 2; j <= last + 1 + CONCESSION_SUBJECT_WORDS && j < tokens.length; j++) if (CONCEDED.has(readAt(tokens, j, 'tokens').norm)) return true;
  return false;
}

/** Words between `than` and a belief it compares with (`than previously thought`, `than had been feared`). */
const BEFORE_COMPARED = new Set(['previously', 'first', 'originally', 'initially', 'once', 'earlier', 'widely', 'generally', 'had', 'has', 'have', 'been', 'was', 'were', 'is', 'are']);

/**
 * True when the hedge word at `index` is what an outcome is compared with (`smaller than
 * previously thought`, `worse than had been feared`): the comparison asserts the outcome.
 * `rather than believe` is a choice, not a comparison.
 */
function comparedWith(tokens: readonly Token[], index: number): boolean {
  for (let j = index - 1; j >= 0 && j >= index - 4; j--) {
    const word = readAt(tokens, j, 'tokens').norm;
    if (word === 'than') return tokens[j - 1]?.norm !== 'rather';
    if (!BEFORE_COMPARED.has(word)) return false;
  }
  return false;
}

/** Words that may stand between `should` and its verb (`should not`, `should also`, `should therefore`). */
const BETWEEN_SHOULD_AND_VERB = new Set(['not', "n't", 'also', 'now', 'still', 'only', 'therefore', 'then', 'instead', 'simply', 'immediately', 'really', 'never']);
/** Words that open a question of what to do (`how the money should be spent`, `who should pay`). */
const OPENS_WHAT_TO_DO = new Set(['what', 'how', 'who', 'whom', 'which', 'where', 'whoever']);

/**
 * True when the `should` ending at `index` calls for something rather than forecasts it: a verb
 * of `CALLED_FOR` follows (`should resign`, `should be allowed`), or it stands in a question of
 * what to do (`what the priorities should be`, `how the money should be spent`).
 */
function callsFor(tokens: readonly Token[], index: number): boolean {
  let j = index + 1;
  while (j < tokens.length && BETWEEN_SHOULD_AND_VERB.has(readAt(tokens, j, 'tokens').norm)) j++;
  const verb = tokens[j]?.norm ?? '';
  if (CALLED_FOR.has(verb) || (verb === 'be' && CALLED_FOR.has(tokens[j + 1]?.norm ?? ''))) return true;
  for (let k = index - 1; k >= 0 && k >= index - 5; k--) if (OPENS_WHAT_TO_DO.has(readAt(tokens, k, 'tokens').norm)) return true;
  return false;
}

/** Words after `should` that are the subject of an inverted condition (`should the talks fail`, `should he decide`). */
const INVERTED_SUBJECTS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', ...POSSESSIVES, 'your', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'any']);
/** Generic openers of a subject a `should` sets a rule for (`any new tax should not`, `every school should`, `no child should`). */
const GENERIC_OPENERS: ReadonlySet<string> = new Set(['any', 'every', 'no', 'all']);
/** Words that end the search back from a `should` for what opens its clause. */
const CLAUSE_OF_SHOULD_ENDS: ReadonlySet<string> = new Set(['which', 'who', 'if', 'when', 'because', 'but', 'said', 'says', 'and', 'or']);
/** How far back from a `should` the word that opens its clause may stand (`that any plan to levy taxes on jet fuel "should`). */
const SHOULD_CLAUSE_REACH = 12;
/** Words of a time after a participle that put a passive `should` on a timetable (`should be built by 2008`, `should be opened next spring`). */
const TIMETABLE_WORDS: ReadonlySet<string> = new Set([
  ...MONTH_NAMES,
  ...WEEKDAY_NAMES,
  'next',
  'soon',
  'shortly',
  'later',
  'tomorrow',
  'within',
  'year',
  'month',
  'week',
  'weekend',
  'end',
  'spring',
  'summer',
  'autumn',
  'winter',
]);

/**
 * True when the `should` at `index` (ending at `last`) states a demand, a rule or a judgement rather than a forecast: the
 * source says what ought to be done, and the sentence states firmly that it says so.
 * - after a judgement of a `that` clause (`it is staggering that any politician should encourage …`), where `should` is the
 *   mood of what is judged, or after a verb of demand (`insisted that the firm should pay`);
 * - with a generic subject a rule is set for (`any new tax on jet fuel should not hurt …`, `every school should`), before a
 *   verb other than `be` and an adjective (`any rise should be small` forecasts);
 * - the passive of an act (`the law should be changed`, `Its stake should be cut to 49%`), unless the participle is an
 *   outcome or a step on a timetable (`should be completed`, `should be hit`; `OUTCOME_PARTICIPLES`) or a time follows it
 *   (`should be opened next spring`);
 * - a person or a body as its subject (a pronoun, a name, `ministers`; `AGENT_NOUNS`) before a verb of an act (`Prince Henry
 *   should apologise in person`); not a verb of what befalls or what is achieved (`He should be fit`, `Federer should win`;
 *   `SHOULD_OUTCOMES`), nor a subject that a preposition governs (`shares in BP should rise`).
 */
function shouldOfDemand(tokens: readonly Token[], index: number, last: number, text: string): boolean {
  let verbAt = last + 1;
  while (verbAt < tokens.length && (BETWEEN_SHOULD_AND_VERB.has(readAt(tokens, verbAt, 'tokens').norm) || /^\p{Ll}{3,}ly$/u.test(readAt(tokens, verbAt, 'tokens').raw))) verbAt++;
  const verb = tokens[verbAt];
  // `a bid for the player should the captain decide to switch`: a subject after `should` makes it a condition, inverted.
  if (verb === undefined || verb.norm === 'have' || !/^\p{Ll}+$/u.test(verb.raw) || INVERTED_SUBJECTS.has(verb.norm)) return false;
  if (demandOrJudgementBefore(tokens, index, text)) return true;
  const passive = verb.norm === 'be' && PASSIVE_PARTICIPLE.test(tokens[verbAt + 1]?.norm ?? '') ? verbAt + 1 : -1;
  if (passive >= 0) {
    if (OUTCOME_PARTICIPLES.has(readAt(tokens, passive, 'tokens').norm)) return false;
    return !tokens.slice(passive + 1, passive + 6).some((token) => TIMETABLE_WORDS.has(token.norm) || /^\d{4}$/u.test(token.norm));
  }
  if (verb.norm === 'be') return false;
  if (genericSubjectBefore(tokens, index, text)) return true;
  const subject = tokens[index - 1];
  if (subject === undefined || PREPOSITIONS.has(tokens[index - 2]?.norm ?? '') || SHOULD_OUTCOMES.has(verb.norm)) return false;
  // `This, said the engineer, should make the system safer`: a name in a parenthesis is the speaker, not the subject.
  if (/,/u.test(text.slice(subject.end, readAt(tokens, index, 'tokens').start))) return false;
  if (AGENT_PRONOUNS.has(subject.norm) || AGENT_NOUNS.has(subject.norm)) return true;
  // A name (`Prince Henry should`, `UKIP should`); at the start of the sentence a capital says nothing of a name.
  return index - 1 > 0 && OPENS_CAPITAL.test(subject.raw) && /^[\p{L}'-]+$/u.test(subject.raw) && !MONTH_NAMES.includes(subject.norm) && !WEEKDAY_NAMES.includes(subject.norm);
}

/** True when the clause of the `should` at `index` opens with `that` after a judgement or a verb of demand (`staggering that`, `urged that`). */
function demandOrJudgementBefore(tokens: readonly Token[], index: number, text: string): boolean {
  for (let k = index - 1; k >= 0 && k >= index - SHOULD_CLAUSE_REACH; k--) {
    const word = readAt(tokens, k, 'tokens').norm;
    if (text.slice(readAt(tokens, k, 'tokens').end, readAt(tokens, k + 1, 'tokens').start).includes(';')) return false;
    if (word === 'that') {
      for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (JUDGED_THAT.has(readAt(tokens, j, 'tokens').norm) || DEMANDING.has(readAt(tokens, j, 'tokens').norm)) return true;
      return false;
    }
    if (CLAUSE_OF_SHOULD_ENDS.has(word)) return false;
  }
  return false;
}

/** True when the subject of the `should` at `index` opens with `any`, `every`, `no` or `all` (`that any plan to levy taxes on fuel should`). */
function genericSubjectBefore(tokens: readonly Token[], index: number, text: string): boolean {
  for (let k = index - 1; k >= 0 && k >= index - SHOULD_CLAUSE_REACH; k--) {
    const word = readAt(tokens, k, 'tokens');
    if (/[,;:()]/u.test(text.slice(word.end, readAt(tokens, k + 1, 'tokens').start))) return false;
    if (GENERIC_OPENERS.has(word.norm))
      return k === 0 || tokens[k - 1]?.norm === 'that' || REPORTED_FUTURE.has(tokens[k - 1]?.norm ?? '') || /[,:]\s*["\u201c]?\s*$/u.test(text.slice(readAt(tokens, k - 1, 'tokens').end, word.start));
    if (word.norm === 'that' || CLAUSE_OF_SHOULD_ENDS.has(word.norm) || MODALS_AND_AUXILIARIES.has(word.norm)) return false;
  }
  return false;
}

/** Modals and auxiliaries, which a subject does not hold: one between a word and a `should` puts them in different clauses. */
const MODALS_AND_AUXILIARIES: ReadonlySet<string> = new Set(['will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'did']);

/** Words that open a clause's subject after `so` of purpose (`so only householders could`, `so that it could`, `so the firm could`). */
const SUBJECT_AFTER_SO: ReadonlySet<string> = new Set(['that', 'the', 'a', 'an', 'only', 'all', 'any', 'more', 'fewer', 'people', ...AGENT_PRONOUNS, 'it', ...POSSESSIVES, 'your']);
/** How many words may stand between a `so` of purpose and its `could` (`so only householders using "grossly disproportionate" force could`). */
const PURPOSE_REACH = 8;

/**
 * True when the `could` at `index` is in a clause of purpose opened by `so` or `so that` (`changed the law so only householders
 * using excessive force could be prosecuted`, `moved the meeting so that everyone could attend`): what the act is for, which
 * the sentence states. Not a `so` after a comma (`prices fell, so the bank could cut rates`: a consequence, which may be a
 * guess), at the start of a sentence (`So it could be …`), nor a `so` of degree (`so many people could lose their jobs`).
 */
function purposeWithSo(tokens: readonly Token[], index: number, text: string): boolean {
  for (let k = index - 1; k >= 1 && k >= index - PURPOSE_REACH; k--) {
    const word = readAt(tokens, k, 'tokens');
    if (/[,;:()]/u.test(text.slice(word.end, readAt(tokens, k + 1, 'tokens').start))) return false;
    if (word.norm !== 'so') continue;
    if (/[,;:]\s*$/u.test(text.slice(readAt(tokens, k - 1, 'tokens').end, word.start))) return false;
    const opener = tokens[k + 1];
    return k + 1 < index && opener !== undefined && (SUBJECT_AFTER_SO.has(opener.norm) || OPENS_CAPITAL.test(opener.raw));
  }
  return false;
}

/** How far back from a relative word a word of a limit may stand (`a limit on the number of quangos that`). */
const LIMIT_REACH = 7;

/**
 * True when the modal at `index` is in a relative clause about a noun a limit or a rule bounds (`urged a limit on the number
 * of quangos that could be set up`, `a cap on the amount which may be borrowed`): the modal says what the rule would allow,
 * not how likely anything is.
 */
function permittedByALimit(tokens: readonly Token[], index: number, text: string): boolean {
  if (!RELATIVE_PRONOUNS.has(tokens[index - 1]?.norm ?? '')) return false;
  for (let k = index - 2; k >= 0 && k >= index - 1 - LIMIT_REACH; k--) {
    const word = readAt(tokens, k, 'tokens');
    if (PHRASE_BREAK.test(text.slice(word.end, readAt(tokens, k + 1, 'tokens').start))) return false;
    if (LIMIT_WORDS.has(word.norm)) return true;
    if (!/^\p{Ll}[\p{Ll}'-]*$/u.test(word.raw) || MODALS_AND_AUXILIARIES.has(word.norm) || RELATIVE_PRONOUNS.has(word.norm)) return false;
  }
  return false;
}

/** How far after its modal a contest names its measure (`who could cut the most jobs`). */
const CONTEST_REACH = 6;

/**
 * True when the modal at `index` asks who or which could do the most, a contest named as a thing (`kicked off the crude game
 * of who could cut the most jobs`, `a race to see which firm could build the fastest chip`): the sentence says the contest
 * happened; who could win it is no doubt of the writer's.
 */
function contestOfMost(tokens: readonly Token[], index: number): boolean {
  const word = readAt(tokens, index, 'tokens').norm;
  if (word !== 'could' && word !== 'would') return false;
  const asks = tokens[index - 1]?.norm === 'who' || (tokens[index - 2]?.norm === 'which' && /^\p{Ll}+$/u.test(tokens[index - 1]?.raw ?? ''));
  if (!asks) return false;
  const after = tokens.slice(index + 2, index + 2 + CONTEST_REACH);
  return after.some((token, k) => token.norm === 'most' || token.norm === 'least' || token.norm === 'fewest' || (after[k - 1]?.norm === 'the' && SUPERLATIVE.test(token.norm)));
}

/** Forms of `be` after a belief that give what the believed-of thing was (`what most believed was an impossible task`). */
const BELIEF_OF_A_THING: ReadonlySet<string> = new Set(['was', 'were', 'would', 'to']);
/** Beliefs in the past, which report a view held then rather than hedge what the speaker says now. */
const PAST_BELIEFS: ReadonlySet<string> = new Set(['believed', 'thought', 'expected', 'feared', 'predicted', 'suspected', 'anticipated']);
/** How many words the holder of a belief in a free relative may take (`what most of the experts believed was`). */
const HOLDER_REACH = 4;

/**
 * True when the belief at `index` stands in a `what` clause that names a thing the sentence acts on, and says how others saw
 * it then (`to carry off what most believed was an impossible task`, `following what many thought was a political attack`):
 * the sentence claims something else of the thing. Not a belief held now or the speaker's own (`centres on what we believe is
 * an optimistic forecast` still hedges), a `what` that opens the sentence or follows a comma, nor one after a verb of asking
 * or saying (`asked what they thought was wrong`).
 */
function beliefNamesAThing(tokens: readonly Token[], index: number, text: string): boolean {
  if (!PAST_BELIEFS.has(readAt(tokens, index, 'tokens').norm) || !BELIEF_OF_A_THING.has(tokens[index + 1]?.norm ?? '')) return false;
  if (FIRST_PERSON_SUBJECTS.has(tokens[index - 1]?.norm ?? '')) return false;
  for (let k = index - 1; k >= 1 && k >= index - HOLDER_REACH; k--) {
    const word = readAt(tokens, k, 'tokens');
    if (/[,;:()"\u201c\u201d]/u.test(text.slice(word.end, readAt(tokens, k + 1, 'tokens').start))) return false;
    if (word.norm !== 'what') continue;
    const before = readAt(tokens, k - 1, 'tokens');
    if (/[,;:]\s*$/u.test(text.slice(before.end, word.start)) || QUOTE_FRAMES.has(before.norm) || ASKED_BEFORE_IF.has(before.norm)) return false;
    return k + 1 < index && /^\p{Ll}+$/u.test(before.raw);
  }
  return false;
}

/** Words that open the subject of the clause after a concession's `but` (`…, but her record could not hide …`). */
const SUBJECT_AFTER_BUT: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', ...POSSESSIVES, 'your', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'there']);
/** Words before a `may` that put it in a clause other than the sentence's first, or in what someone said. */
const BEFORE_A_CONCESSION: ReadonlySet<string> = new Set([
  ...CLAUSE_OF_SHOULD_ENDS,
  ...REPORTED_FUTURE,
  'that',
  'whether',
  'while',
  'although',
  'though',
  'as',
  'since',
  'unless',
  'until',
  'before',
  'after',
]);

/**
 * True when the `may` at `index` concedes what happened (`The champion may have lost his crown, but he remains the draw of the
 * meeting`): `may have` and a participle in the sentence's first clause, then a comma and `but` with a subject of its own.
 * The writer grants the first and asserts the second. A `may` of what is still ahead (`The prize may elude him, but …`) or one
 * in what someone says (`said it may have lost data, but …`) still hedges.
 */
function mayConcedes(tokens: readonly Token[], index: number, text: string): boolean {
  let k = index + 1;
  if (tokens[k]?.norm === 'well') k++;
  if (tokens[k]?.norm !== 'have' || !PAST_PARTICIPLE.test(tokens[k + 1]?.norm ?? '')) return false;
  if (tokens.slice(0, index).some((token) => BEFORE_A_CONCESSION.has(token.norm))) return false;
  for (let j = k + 2; j < tokens.length - 1; j++) {
    const word = readAt(tokens, j, 'tokens');
    if (word.norm !== 'but') continue;
    if (!/,\s*$/u.test(text.slice(readAt(tokens, j - 1, 'tokens').end, word.start))) return false;
    const opener = readAt(tokens, j + 1, 'tokens');
    return SUBJECT_AFTER_BUT.has(opener.norm) || OPENS_CAPITAL.test(opener.raw);
  }
  return false;
}

/** Verbs whose base and past forms are alike (`suggested he read`), read as the base after `suggested` with a singular subject. */
const SAME_BASE_AND_PAST: ReadonlySet<string> = new Set(['read', 'put', 'set', 'cut', 'let', 'quit', 'shut', 'spread']);
/** Singular subjects after `suggested` before a verb (`suggested he take`, `suggested she resign`). */
const SINGULAR_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it']);

/**
 * True when the `suggested` ending at `index` proposes an act rather than hints that something is true: it takes a singular
 * subject with the bare verb of a proposal (`suggested he read the novel`, `suggested that she resign`). The proposal was made; the sentence states it. `suggested he was tired` still hints.
 */
function suggestionProposes(tokens: readonly Token[], index: number): boolean {
  let k = index + 1;
  if (tokens[k]?.norm === 'that') k++;
  const next = tokens[k];
  // (A gerund after it is not read as a proposal: `suggested keeping the troops there could cost £1bn` hints at a cost.)
  if (next === undefined || !SINGULAR_PRONOUNS.has(next.norm)) return false;
  const verb = tokens[k + 1]?.raw ?? '';
  if (SAME_BASE_AND_PAST.has(verb)) return next.norm !== 'it';
  return /^\p{Ll}{2,}$/u.test(verb) && !/(?:s|ed)$/u.test(verb) && !PAST_FORMS.has(verb) && !MODALS_AND_AUXILIARIES.has(verb) && !PAST_PARTICIPLE.test(verb) && !NOT_A_VERB_AFTER_SUBJECT.has(verb);
}

/** Words after a subject that are no verb of a proposal (`suggested he never …`, `suggested it could`). */
const NOT_A_VERB_AFTER_SUBJECT: ReadonlySet<string> = new Set([
  'never',
  'always',
  'also',
  'still',
  'only',
  'just',
  'not',
  'too',
  'then',
  'and',
  'or',
  'but',
  'in',
  'on',
  'at',
  'to',
  'of',
  'for',
  'by',
  'with',
  'as',
  'shall',
  'will',
  'would',
  'could',
  'might',
  'may',
  'must',
  'can',
  'should',
]);

/** How far after `claimed` the noun of a loss may stand (`claimed its first high-profile victim`). */
const TOLL_REACH = 6;

/**
 * True when the `claimed` at `index` means took (`the crackdown has claimed a high-profile victim`, `the crash claimed 40
 * lives`): a noun of loss after it, with only its determiner and describing words between, ending its phrase. `claimed the
 * victim had lied` is a claim.
 */
function claimedAToll(tokens: readonly Token[], index: number, text: string | undefined): boolean {
  for (let k = index + 1; k < tokens.length && k <= index + TOLL_REACH; k++) {
    const word = readAt(tokens, k, 'tokens');
    if (text !== undefined && PHRASE_BREAK.test(text.slice(readAt(tokens, k - 1, 'tokens').end, word.start))) return false;
    if (TOLL_NOUNS.has(word.norm)) return !MODALS_AND_AUXILIARIES.has(tokens[k + 1]?.norm ?? '') && !CLAUSE_VERBS.has(tokens[k + 1]?.norm ?? '');
    if (CLAUSE_WORDS.has(word.norm) || word.norm === 'that') return false;
  }
  return false;
}

/** Words after `in the event` that open what it supposes (`in the event of a strike`, `in the event that talks fail`, `in the event the deal collapses`). */
const OPENS_SUPPOSED: ReadonlySet<string> = new Set(['of', 'that', 'the', 'a', 'an', 'any', 'this', 'these', ...POSSESSIVES, 'your', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'there']);

/**
 * True when `in the event` (ending at `index`) opens a supposition (`in the event of a strike`, `in the event that talks
 * fail`). At the end of a phrase it is a noun (`will take part in the event`), and before a comma it means as it turned out
 * (`In the event, the vote was close`): neither supposes anything.
 */
function eventIsCondition(tokens: readonly Token[], index: number, text: string | undefined): boolean {
  const next = tokens[index + 1];
  if (next === undefined || (text !== undefined && /\S/u.test(text.slice(readAt(tokens, index, 'tokens').end, next.start)))) return false;
  return OPENS_SUPPOSED.has(next.norm) || OPENS_CAPITAL.test(next.raw);
}

/** How far back from `or if` the verb of a question may stand (`has yet to reveal pricing for the new box or if`). */
const OR_IF_REACH = 10;

/**
 * True when the `if` of the match follows `or` joined to the object of a verb that governs a question (`has yet to reveal
 * the price or if it will charge a fee`, `did not say when or if the plant would reopen`): the `if` means whether, an open
 * question, not a condition.
 */
function ifJoinedToAQuestion(tokens: readonly Token[], match: PhraseMatch<Hedge>, text: string | undefined): boolean {
  if (match.entry.phrase !== 'if' || tokens[match.first - 1]?.norm !== 'or') return false;
  for (let k = match.first - 2; k >= 0 && k >= match.first - 1 - OR_IF_REACH; k--) {
    const word = readAt(tokens, k, 'tokens');
    if (text !== undefined && /[;:()]/u.test(text.slice(word.end, readAt(tokens, k + 1, 'tokens').start))) return false;
    if (QUESTION_WITH_OR_IF.has(word.norm) || OPENS_WHAT_TO_DO.has(word.norm) || word.norm === 'when') return true;
    if (MODALS_AND_AUXILIARIES.has(word.norm) && k < match.first - 2) return false;
  }
  return false;
}

/** A hedge found in a sentence, with the level it gives. */
export interface HedgeFound {
  hedge: Hedge;
  start: number;
  end: number;
}

/**
 * What a `would` that holds in context gives: reported speech (`said it would publish`, `growth
 * would reach 4%, the OECD said`) reports a plan or forecast, and the terms of a deal (`Under the
 * plan, holders would receive...`, any `would` beside a deal's words) a plan; both are probable, not
 * certain. Otherwise it is what the lexicon says: a hypothesis or a condition's outcome, possible.
 */
function readWould(entry: Hedge, tokens: readonly Token[], index: number, text: string | undefined): Hedge {
  const reporting = reportedBefore(tokens, index) ?? (text === undefined ? undefined : reportedAfter(text, tokens, index));
  if (reporting !== undefined) return REPORTING_NOW.has(reporting) || hypothesisReported(tokens, index) ? WOULD_REPORTED_AS_GUESS : WOULD_OF_REPORT;
  const setsOutTerms = !conditionBefore(tokens, index) && (tokens[0]?.raw === 'Under' || tokens.some((token) => TERMS_WORDS.has(token.norm)));
  return setsOutTerms ? WOULD_OF_TERMS : entry;
}

/**
 * True when the words of a phrase are set apart by punctuation (`its proponents said, to cement`
 * is no `said to`), its last word is hyphened on (`a must-have gadget`) or a hedge word is glued to the next by a hyphen
 * (`would-be robbers`).
 */
function brokenInText(text: string, tokens: readonly Token[], match: PhraseMatch<Hedge>): boolean {
  for (let j = match.first; j < match.last; j++) if (/[^\s-]/u.test(text.slice(readAt(tokens, j, 'tokens').end, readAt(tokens, j + 1, 'tokens').start))) return true;
  // `the must-have gadget`: a hyphen before the phrase's last word makes it a compound, a noun or an adjective.
  if (match.last > match.first && text.slice(readAt(tokens, match.last - 1, 'tokens').end, readAt(tokens, match.last, 'tokens').start) === '-') return true;
  const next = tokens[match.last + 1];
  return next !== undefined && text.slice(match.end, next.start) === '-' && match.first === match.last;
}

/**
 * True when the cue's first word is written with a capital inside the sentence, beside another capitalised word, with no
 * punctuation before it that could open a clause (`Stevie Wonder`, `the website Think Secret`, `her song If I Ain't Got
 * You`, `Oasis' Definitely Maybe`): a word of a name or a title, no hedge. `I` stays a pronoun (`I suspect`), and a capital
 * after a quotation mark, a colon or a dash opens words of their own.
 */
function inCapitalisedName(text: string, tokens: readonly Token[], match: PhraseMatch<Hedge>): boolean {
  const first = readAt(tokens, match.first, 'tokens');
  const previous = tokens[match.first - 1];
  if (previous === undefined || !OPENS_CAPITAL.test(first.raw) || first.norm === 'i') return false;
  if (/[^\s,]/u.test(text.slice(previous.end, first.start))) return false;
  const next = tokens[match.last + 1];
  if (next !== undefined && /^\s+$/u.test(text.slice(match.end, next.start))) {
    // (`Stevie Wonder will receive`: after a given name the cue is a surname, whatever follows.)
    if (OPENS_CAPITAL.test(next.raw) || isGivenName(previous.norm)) return true;
    // (`on Monday If you think …`, `REPUBLIC II Looks set to build`: after a capitalised word, a cue that runs on into lower-case
    // words opens a sentence the splitter missed; only `of` goes on inside a title, `The Wonder of You`.)
    if (next.norm !== 'of') return false;
  }
  return OPENS_CAPITAL.test(previous.raw);
}

/**
 * The hedges of a sentence's tokens that hold in context; `negated` phrases are dropped. With the
 * `text` the tokens were read from, punctuation and hyphens between words are read too. `sideClauses`
 * are the sentence's side clauses (sideClauseSpans), given by a caller that needs them too.
 */
export function findHedges(tokens: readonly Token[], text?: string, sideClauses: readonly { first: number; last: number }[] = sideClauseSpans(tokens, text)): HedgeFound[] {
  const found: HedgeFound[] = [];
  const nested = text === undefined ? [] : [...findNestedQuotations(tokens, text), ...findReportedQuotations(tokens, text)];
  // The last token of the content of a noun cue the sentence rejects or judges (`dismissed claims that he would quit`): cues in it are the claim's, not the sentence's.
  let scopeEnd = -1;
  const rejected = rejectedSpans(tokens, text);
  const conceded = concededSpans(tokens, text);
  for (const match of HEDGE_MATCHER.findAll(tokens)) {
    if (match.entry.category === 'negated') continue;
    if (sideClauses.some((span) => match.first >= span.first && match.first <= span.last)) continue;
    const accusation = accusationRejected(tokens, match, text);
    if (!accusation && (match.first <= scopeEnd || rejected.some((span) => match.first >= span.first && match.first <= span.last))) continue;
    const concession = conceded.find((span) => match.first >= span.first && match.first <= span.last);
    // What a granted view says (`despite research suggesting the cost may be higher`) is the view's, as a rejected claim's is.
    if (concession !== undefined && grantedWithoutDoubt(tokens, match)) {
      scopeEnd = Math.max(scopeEnd, concession.last);
      continue;
    }
    const contentEnd = NOUN_CUES.has(readAt(tokens, match.first, 'tokens').norm) ? nounCueScope(tokens, match, text) : undefined;
    if (contentEnd !== undefined) {
      scopeEnd = contentEnd;
      if (!accusation) continue;
    }
    if (text !== undefined && (brokenInText(text, tokens, match) || inCapitalisedName(text, tokens, match))) continue;
    // `"… Brown told him: 'There's nothing you could say that I could ever believe.'"`: the inner speaker's words, which the sentence only reports.
    if (nested.some((span) => match.start >= span.start && match.end <= span.end)) continue;
    if (!holdsInContext(match.entry, tokens, match, text)) continue;
    if ((match.entry.phrase === 'whether' || match.entry.phrase === 'if') && governedQuestion(tokens, match.first, text)) continue;
    const hedge =
      match.entry.rule === 'would-reported'
        ? readWould(match.entry, tokens, match.first, text)
        : ifOfOpenQuestion(tokens, match, text) || ifJoinedToAQuestion(tokens, match, text)
          ? IF_OF_QUESTION
          : scheduledAttendance(tokens, match.first)
            ? { ...match.entry, reads: 'future' as const }
            : match.entry;
    found.push({ hedge, start: match.start, end: match.end });
  }
  return withConditionsOutcome(found, tokens, text);
}

/** Words after which an `if` asks a question rather than sets a condition (`refused to say if it would appeal`, `wondered if`). */
const ASKED_BEFORE_IF: ReadonlySet<string> = new Set([
  'say',
  'said',
  'says',
  'tell',
  'told',
  'ask',
  'asked',
  'know',
  'knew',
  'see',
  'saw',
  'sure',
  'check',
  'wonder',
  'wonders',
  'wondered',
  'wondering',
  'question',
  'questions',
  'questioned',
  'questioning',
  'doubt',
  'doubts',
  'doubted',
]);

/**
 * The hedges with a hypothetical `would` or a `could` made the outcome of the sentence's condition (`if talks fail, the union
 * would strike`, `prices would rise if rates fell`, `if convicted, he could face six years`), so that the two read as one
 * condition, not as a condition and a guess. A `could` is an outcome only of a condition proper (`if`, `unless`), in the same
 * stretch of the sentence: `It could be some time until …` guesses at a time, and a colon or a semicolon between them puts
 * the condition in another statement.
 */
function withConditionsOutcome(found: HedgeFound[], tokens: readonly Token[], text: string | undefined): HedgeFound[] {
  const conditions = found.filter(({ hedge, start }) => {
    if (hedge.reads !== 'condition') return false;
    const at = tokens.findIndex((token) => token.start === start);
    return !ASKED_BEFORE_IF.has(tokens[at - 1]?.norm ?? '');
  });
  if (conditions.length === 0) return found;
  const outcomeOf = (one: HedgeFound): boolean =>
    conditions.some(
      ({ hedge, start, end }) => hedge.category === 'conditional' && hedge.phrase !== 'until' && (text === undefined || !/[:;]/u.test(text.slice(Math.min(end, one.end), Math.max(start, one.start)))),
    );
  return found.map((one) => {
    if (one.hedge.rule === 'would-reported') return { ...one, hedge: WOULD_OF_CONDITION };
    if (one.hedge.rule === 'could-factual' && outcomeOf(one)) return { ...one, hedge: COULD_OF_CONDITION };
    return one;
  });
}

/**
 * The mark at `at` that opens or closes a quotation in double marks, if any; `` and '' are the older newswire forms.
 * Read by character, not by a pattern over a slice: the quotation scans below ask at every character of every sentence.
 */
function doubleMarkAt(text: string, at: number): string | undefined {
  const mark = text[at];
  if (mark === '`' || mark === "'") return text[at + 1] === mark ? mark + mark : undefined;
  return mark === '"' || mark === '\u201c' || mark === '\u201d' ? mark : undefined;
}

/**
 * The quotations in single marks inside a quotation in double marks in the sentence of `tokens`
 * (`"It's no surprise he told him: 'I could never believe you.'"`), as offsets into `text`. An
 * apostrophe inside or at the end of a word (`There's`, `workers' rights`) opens nothing.
 */
function findNestedQuotations(tokens: readonly Token[], text: string): { start: number; end: number }[] {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return [];
  let from = first.start;
  while (from > 0 && /["\u201c\u2018'`]/u.test(text.charAt(from - 1))) from--;
  let to = last.end;
  while (to < text.length && /[^\s\p{L}\p{N}]/u.test(text.charAt(to))) to++;
  const spans: { start: number; end: number }[] = [];
  let inDouble = false;
  let open: number | undefined;
  for (let k = from; k < to; k++) {
    const double = doubleMarkAt(text, k);
    if (double !== undefined) {
      inDouble = double === '\u201c' || double === '``' ? true : double === '\u201d' || double === "''" ? false : !inDouble;
      if (!inDouble) open = undefined;
      k += double.length - 1;
      continue;
    }
    const mark = text.charAt(k);
    if (!inDouble || (mark !== "'" && mark !== '\u2018' && mark !== '\u2019')) continue;
    const before = text.charAt(k - 1);
    const after = text.charAt(k + 1);
    if (open === undefined && mark !== '\u2019' && /[\s:(\u201c"]/u.test(before) && /[\p{L}\p{N}]/u.test(after)) open = k + 1;
    else if (open !== undefined && mark !== '\u2018' && /\S/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) {
      spans.push({ start: open, end: k });
      open = undefined;
    }
  }
  return spans;
}

/** Verbs that frame a quotation which follows them (`told his rival: "…"`, `wrote: "…"`). */
const QUOTE_FRAMES = new Set([...REPORTED_FUTURE, 'asked', 'wrote', 'replied', 'recalled', 'shouted', 'snapped', 'remarked', 'quipped']);
/** Verbs and phrases that report a whole clause in which a quotation is framed (`the memoir claimed that X told Y: "…"`). */
const OUTER_REPORTS = new Set([
  ...REPORTED_FUTURE,
  'claimed',
  'claims',
  'alleged',
  'alleges',
  'wrote',
  'writes',
  'recalled',
  'recalls',
  'recounted',
  'recounts',
  'according',
  'reveals',
  'revealed',
  'suggested',
  'records',
  'recorded',
  'quotes',
  'quoted',
  'remembers',
  'remembered',
  'describes',
  'described',
]);
/** How many words may stand between a quotation's framing verb and its opening mark (`told his rival on the phone: "…"`). */
const FRAME_REACH = 7;
/** Words that join a second verb to the first one's subject (`said … but argued`). */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'then']);

/**
 * The quotations in double marks that a sentence reports second-hand: one opened after a framing
 * verb (`told his rival: "…"`) that itself stands in what an earlier reporting word says (`Mr
 * Stone's memoir claimed that Mr Hale told his rival: "There is nothing you could ever say …"`).
 * The quoted words are the inner speaker's as the report gives them; the sentence's own hedge is
 * the outer report's (`claimed`). A quotation framed by the sentence's only reporting verb
 * (`He said: "It would crumble."`) is the sentence's claim and is not returned.
 */
function findReportedQuotations(tokens: readonly Token[], text: string): { start: number; end: number }[] {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return [];
  const spans: { start: number; end: number }[] = [];
  let to = last.end;
  while (to < text.length && /[^\s\p{L}\p{N}]/u.test(text.charAt(to))) to++;
  let open: number | undefined;
  for (let k = first.start; k < to; k++) {
    const double = doubleMarkAt(text, k);
    if (double === undefined) continue;
    const opening = double === '\u201c' || double === '``' ? true : double === '\u201d' || double === "''" ? false : open === undefined;
    if (opening && open === undefined) open = k + double.length;
    else if (!opening && open !== undefined) {
      if (framedInAReport(tokens, text, open)) spans.push({ start: open, end: k });
      open = undefined;
    }
    k += double.length - 1;
  }
  if (open !== undefined && framedInAReport(tokens, text, open)) spans.push({ start: open, end: to });
  return spans;
}

/** True when a quotation opening at `start` follows a framing verb that stands after another reporting word of the sentence, with no quotation mark between them. */
function framedInAReport(tokens: readonly Token[], text: string, start: number): boolean {
  const before = tokens.filter((token) => token.end <= start);
  for (let j = before.length - 1; j >= 0 && j >= before.length - FRAME_REACH; j--) {
    if (!QUOTE_FRAMES.has(readAt(before, j, 'tokens').norm)) continue;
    if (QUOTE_MARK.test(text.slice(readAt(before, 0, 'tokens').start, readAt(before, j, 'tokens').start))) return false;
    // `Mr Clarke said he recognised the concerns but argued: "…"`: a framing verb joined to the report by `but` or `and` is
    // its subject's second verb, and the quotation that subject's own words, not a report of someone else's.
    if (COORDINATORS.has(before[j - 1]?.norm ?? '')) return false;
    // `A Treasury spokesperson dismissed the latest claims, saying it was "on track to …"`: a participle after a comma has
    // the main clause's subject, whose own words the quotation is.
    const frame = readAt(before, j, 'tokens');
    const previous = before[j - 1];
    if (frame.norm.endsWith('ing') && previous !== undefined && text.slice(previous.end, frame.start).includes(',')) return false;
    return before.slice(0, j).some((token) => OUTER_REPORTS.has(token.norm));
  }
  return false;
}

/** How near the end of its sentence a trailing reporting verb stands (`..., the OECD said on Tuesday.`). */
const TRAILING_ATTRIBUTION_REACH = 6;
/** Double quotation marks, including the ``...'' of older newswire text. */
const QUOTE_MARK = /["“”`]|''/u;

/**
 * The reporting verb when the `would` at `index` is in indirect speech whose reporting clause trails it
 * (`US growth would reach 4%, the OECD said.`): a future in the past, as in `the OECD said US
 * growth would reach 4%`. Not inside a direct quotation (`"It would crumble," he said.`), where
 * the speaker's own `would` is a hypothesis; nor after an `if`.
 */
function reportedAfter(text: string, tokens: readonly Token[], index: number): string | undefined {
  if (conditionBefore(tokens, index) || tokens.length === 0) return undefined;
  for (let k = Math.max(index + 1, tokens.length - TRAILING_ATTRIBUTION_REACH); k < tokens.length; k++) {
    if (!REPORTED_FUTURE.has(readAt(tokens, k, 'tokens').norm)) continue;
    // The reporting clause opens at a comma between the `would` and the verb.
    let comma = k;
    while (comma > index + 1 && !text.slice(readAt(tokens, comma - 1, 'tokens').end, readAt(tokens, comma, 'tokens').start).includes(',')) comma--;
    if (comma <= index + 1 && !text.slice(readAt(tokens, index, 'tokens').end, readAt(tokens, index + 1, 'tokens').start).includes(',')) return undefined;
    const sentenceStart = Math.max(0, readAt(tokens, 0, 'tokens').start - 1);
    return QUOTE_MARK.test(text.slice(sentenceStart, readAt(tokens, k, 'tokens').start)) ? undefined : readAt(tokens, k, 'tokens').norm;
  }
  return undefined;
}

/**
 * The reporting verb when the `would` at `index` is in reported speech (`the ministry said it would publish the figures`):
 * a verb of saying governs it from earlier in its clause, before any `if`, `unless` or `any` that would make it a
 * condition's outcome or a hypothesis.
 */
function reportedBefore(tokens: readonly Token[], index: number): string | undefined {
  let reach = index - REPORTED_SPEECH_REACH;
  let that = -1;
  for (let j = index - 1; j >= 0 && j >= reach; j--) {
    const word = readAt(tokens, j, 'tokens').norm;
    // `if ... would` is a condition; `any disclosure would` a hypothetical, even in reported speech.
    if (CONDITIONS.has(word) || word === 'any') return undefined;
    if (REPORTED_FUTURE.has(word)) return j >= index - REPORTED_SPEECH_REACH || tokens.slice(j + 1, that).every(introducesTheClause) ? word : undefined;
    // `He told the parliament on Wednesday that a "comprehensive ban" on smoking in public places would be introduced`: a
    // long subject after `that` does not take the `would` out of what was said, so the verb may stand before the `that`, with
    // only whom it was told and when between (`warned there was a real risk that … would` is a risk, not a report).
    if (word === 'that') {
      that = j;
      reach = Math.min(reach, j - THAT_CLAUSE_VERB_REACH);
    }
    // `the firm revealed it would have to restate its accounts`: a plan revealed is announced, as a disclosed one is; only
    // before `that` or the clause's pronoun (`revealed which nominees they would prefer` reveals a wish, no plan).
    if (REVEALING.has(word) && (tokens[j + 1]?.norm === 'that' || REVEALED_SUBJECTS.has(tokens[j + 1]?.norm ?? ''))) return word;
  }
  return undefined;
}

/** How far before a `that` a verb of saying may stand and still report the clause (`told the Scottish Parliament on Wednesday that`). */
const THAT_CLAUSE_VERB_REACH = 7;
/**
 * Words that may not stand between a verb of saying and the `that` of what was said: a verb of a clause of its own (`warned
 * there was a real risk that`), or a noun whose content the `that` opens (`a risk that`, `the hope that`).
 */
const NOT_BETWEEN_REPORT_AND_THAT: ReadonlySet<string> = new Set([
  ...FORMS_OF_BE,
  ...FUTURE_OR_MODAL,
  'has',
  'have',
  'had',
  'there',
  'risk',
  'risks',
  'chance',
  'chances',
  'danger',
  'possibility',
  'likelihood',
  'hope',
  'hopes',
  'fear',
  'fears',
  'belief',
  'view',
  'claim',
  'claims',
  'idea',
  'suggestion',
  'evidence',
  'sign',
  'signs',
  'concern',
  'concerns',
  'doubt',
  'doubts',
  'warning',
  'expectation',
  'expectations',
  'prospect',
]);

/** True when `token` may stand between a verb of saying and the `that` of what was said: whom it was told and when. */
function introducesTheClause(token: Token): boolean {
  return !NOT_BETWEEN_REPORT_AND_THAT.has(token.norm);
}

/**
 * True when the reported `would` at `index` guesses at what is not, or not yet, chosen: after an act named as its subject
 * (`said banning the games would be wrong`, `said to do so would be a mistake`) or beside `without`, `otherwise`.
 */
function hypothesisReported(tokens: readonly Token[], index: number): boolean {
  // (`without the aid` supposes the aid gone; `without them facing torture`, `without paying` tell how it is done.)
  if (tokens.some((token, k) => COUNTERFACTUAL_WORDS.has(token.norm) && !tokens.slice(k + 1, k + 4).some((word) => GERUND.test(word.raw)))) return true;
  const namesAnAct = (subject: Token | undefined): boolean => subject !== undefined && (subject.norm === 'to' || (GERUND.test(subject.norm) && !NOT_A_GERUND.has(subject.norm)));
  for (let j = index - 1; j >= 0 && j >= index - REPORTED_SPEECH_REACH; j--) {
    if (!REPORTED_FUTURE.has(readAt(tokens, j, 'tokens').norm)) continue;
    return namesAnAct(tokens[j + 1]?.norm === 'that' ? tokens[j + 2] : tokens[j + 1]);
  }
  // Reported after its content (`Lifting the ban would ease the strain, analysts said`): the sentence opens with the subject.
  return namesAnAct(tokens[0]);
}

/** True when an `if` or `unless` stands before the word at `index`: then `would` is a condition's outcome. */
function conditionBefore(tokens: readonly Token[], index: number): boolean {
  return tokens.slice(0, index).some((token) => CONDITIONS.has(token.norm));
}

/** The lowest level among the hedges, `certain` when there are none. */
export function levelOfHedges(hedges: readonly HedgeFound[]): HedgeLevel {
  let rank = 0;
  for (const { hedge } of hedges) rank = Math.max(rank, LEVEL_ORDER.indexOf(hedge.level));
  return readAt(LEVEL_ORDER, rank, 'LEVEL_ORDER');
}
