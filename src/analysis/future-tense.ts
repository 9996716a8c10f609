import type { Token } from '../text/phrase-matcher.ts';
import { PAST_PARTICIPLE } from '../text/word-shapes.ts';
import {
  BE_OF_PLAN,
  BEFORE_WILL_THE_NOUN,
  CONTENT_BEFORE_IS_TO,
  BETWEEN_MODAL_AND_VERB,
  FUTURE_MODALS,
  HABITUAL,
  NO_PLAN_AFTER_IS_TO,
  NO_VERB_AFTER_WILL,
  OPENS_INNER_CLAUSE,
  PREPOSITIONS_BEFORE_THAT,
  REFUSED_NOW,
  SUBJECT_OPENERS,
  WORDS_BEFORE_CONTENT,
} from '../text/lexicons/future-tense.ts';

/** Marks between two words that end a clause or a phrase set off from the sentence (`, ; : ( ) — "`). */
const CLAUSE_BREAK = /[,;:()\u2013\u2014"\u201c\u201d]|\s-\s/u;
/** Words that join two clauses: the one after them has its own subject and verb (`Optimism is high and business will reap …`). */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but']);

/** `will` and the like, or a contraction with `'ll` whose host is no relative (`they'll`, not `who'll`, which opens a clause of its own). */
const isFutureModal = (token: Token): boolean =>
  FUTURE_MODALS.has(token.norm) || (token.norm.length > 3 && token.norm.endsWith("'ll") && !OPENS_INNER_CLAUSE.has(token.norm.slice(0, -3)) && token.norm !== "that'll");

/**
 * The modal that puts what the sentence says in the future (`Sales will dip`, `It will not be sold in the US, said X`,
 * `Qantas said its sales will dip`), as a token of `tokens`; `undefined` when the sentence has none, or has `will` only in
 * a clause about something else (`a move that will see …`, `fans who will travel`, `how the bank will manage`), as a
 * noun (`the will of the people`) or a name (`Will Carling`), in a question, or in a refusal (`will not comment`).
 * `text` is the article's text, which the tokens' offsets point into.
 */
export function futureModalOf(tokens: readonly Token[], text: string): Token | undefined {
  const last = tokens.at(-1);
  if (last === undefined || /^\s*["\u201d']?\s*\?/u.test(text.slice(last.end, last.end + 3))) return undefined;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token === undefined) continue;
    const plan = planOfBeTo(tokens, index, text);
    if (plan !== undefined) return plan;
    if (!isFutureModal(token) || !modalOfAVerb(tokens, index)) continue;
    // `Often in friendlies a manager will play his best side`, `will usually be covered`: a word of habit makes `will` what tends to happen.
    if (tokens.slice(0, index).some((word) => HABITUAL.has(word.norm)) || HABITUAL.has(readAt(tokens, index + 1))) continue;
    if (guessAboutThePast(tokens, index)) continue;
    // A contraction (`We'll`) is its cue as written: the note quotes it, and `''ll'` would read as a typo.
    if (opensOwnClause(tokens, index, text)) return token;
  }
  return undefined;
}

/**
 * `is to` or `are to` before a verb in the sentence's own clause (`Fiat is to cut 500 jobs`, `said it is to relocate 10
 * plants`), as one cue spanning both words: a plan announced, about the future as `will` is. Not a noun's content (`The aim
 * is to cut costs`), an idiom (`is to blame`), a judgement (`it is to be hoped`) or a clause of its own (`if it is to survive`,
 * `how hard it is to find`).
 */
function planOfBeTo(tokens: readonly Token[], index: number, text: string): Token | undefined {
  const be = tokens[index];
  const to = tokens[index + 1];
  const verb = tokens[index + 2];
  if (be === undefined || to === undefined || verb === undefined || !BE_OF_PLAN.has(be.norm) || to.norm !== 'to' || index === 0) return undefined;
  if (CLAUSE_BREAK.test(text.slice(be.end, verb.start)) || !/^\p{Ll}{2,}$/u.test(verb.raw) || NO_VERB_AFTER_WILL.has(verb.norm) || SUBJECT_OPENERS.has(verb.norm) || NO_PLAN_AFTER_IS_TO.has(verb.norm))
    return undefined;
  if (verb.norm === 'be' && NO_PLAN_AFTER_IS_TO.has(readAt(tokens, index + 3))) return undefined;
  // Anywhere before it: `it` may stand for a noun of aim named earlier, and a subject's head may stand far off (`A key priority,
  // in both rich and poor countries, said the forum, is to`). A plan in the passive (`be` and a participle) is no aim's content
  // (`The first stage is to be completed by 2007`, `Bonus rates on the policies are to be cut`), so there only a subject whose
  // head is the noun of aim counts (`The aim is to be seen as …`): right before it, with no preposition before that.
  const passivePlan = verb.norm === 'be' && PAST_PARTICIPLE.test(readAt(tokens, index + 3));
  if (passivePlan) {
    if (CONTENT_BEFORE_IS_TO.has(readAt(tokens, index - 1)) && !tokens.slice(0, index - 1).some((word) => PREPOSITIONS_BEFORE_THAT.has(word.norm))) return undefined;
  } else if (tokens.slice(0, index).some((word) => CONTENT_BEFORE_IS_TO.has(word.norm))) return undefined;
  if (!opensOwnClause(tokens, index, text)) return undefined;
  return { norm: `${be.norm} to`, raw: text.slice(be.start, to.end), start: be.start, end: to.end };
}

function modalOfAVerb(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1]?.norm;
  if (readAt(tokens, index) === 'will' && before !== undefined && BEFORE_WILL_THE_NOUN.has(before)) return false;
  let next = index + 1;
  let negated = readAt(tokens, index) === "won't" || readAt(tokens, index) === "shan't";
  while (next < tokens.length && BETWEEN_MODAL_AND_VERB.has(readAt(tokens, next))) {
    if (readAt(tokens, next) === 'not' || readAt(tokens, next) === "n't") negated = true;
    next++;
  }
  const verb = tokens[next];
  if (verb === undefined || !/^\p{Ll}/u.test(verb.raw) || NO_VERB_AFTER_WILL.has(verb.norm)) return false;
  return !(negated && REFUSED_NOW.has(verb.norm));
}

const readAt = (tokens: readonly Token[], index: number): string => tokens[index]?.norm ?? '';

/** `will have boosted his chances`: a guess about what has happened, unless a deadline makes it a future perfect (`by May it will have opened`). */
function guessAboutThePast(tokens: readonly Token[], index: number): boolean {
  if (readAt(tokens, index + 1) !== 'have' || !PAST_PARTICIPLE.test(readAt(tokens, index + 2))) return false;
  return !tokens.some((token) => token.norm === 'by');
}

/**
 * True when nothing between the clause's start (the sentence's, the last break before the modal, or an `and` or `but`
 * before a subject of its own, see {@link opensSubject}) and the modal opens a clause of its own: the modal is the main clause's, or that of what a verb reports
 * (`said that it will`).
 */
function opensOwnClause(tokens: readonly Token[], index: number, text: string): boolean {
  let sharesAVerb = false;
  for (let at = index - 1; at >= 0; at--) {
    const current = readAt(tokens, at);
    const next = tokens[at + 1];
    const token = tokens[at];
    if (next === undefined || token === undefined || CLAUSE_BREAK.test(text.slice(token.end, next.start))) return true;
    // `and business will reap`: a clause of its own; `a plan that cuts jobs and will close depots` shares the first verb's
    // clause, inside which a further `and` joins words (`aid and debt but will also deal`), not clauses.
    if (COORDINATORS.has(current)) {
      if (at === index - 1) sharesAVerb = true;
      if (!sharesAVerb && opensSubject(tokens[at + 1])) return true;
      continue;
    }
    if (OPENS_INNER_CLAUSE.has(current)) return false;
    if (current === 'that' && opensRelativeOrNounContent(tokens, at, text)) return false;
  }
  return true;
}

/** A word that can open a clause's subject after `and` (`and the group will`, `and it will`, `and Tesco will`); a verb after it (`downloads and opens the file`) joins verbs. */
function opensSubject(token: Token | undefined): boolean {
  return token !== undefined && (SUBJECT_OPENERS.has(token.norm) || /^[\p{Lu}\d]/u.test(token.raw));
}

/**
 * `that` opens a relative clause or a noun's content (`a deal that will`, `predictions that`) unless a verb or a word of
 * knowing or certainty stands before it (`said that`, `It is clear that`), or it is itself the subject or object
 * (`That pattern will continue`, `to deal with that he will have to …`).
 */
function opensRelativeOrNounContent(tokens: readonly Token[], at: number, text: string): boolean {
  const before = tokens[at - 1];
  const that = tokens[at];
  // Opening the sentence it is the subject; after a mark (`…, that will have no choice`) it opens a clause set off.
  if (before === undefined || that === undefined) return false;
  if (CLAUSE_BREAK.test(text.slice(before.end, that.start))) return true;
  return !WORDS_BEFORE_CONTENT.has(before.norm) && !PREPOSITIONS_BEFORE_THAT.has(before.norm);
}
