import { type Quantity, readQuantities } from './quantities.ts';
import { termOf, tokenize } from '../text/normalise.ts';
import { CLAIM_FRAME_WORDS } from '../text/lexicons/claim-cues.ts';
import { type HedgeCategory, HEDGES } from '../text/lexicons/hedges.ts';

/**
 * What a query asks about that a sentence must keep to say it: its figures (a date, a sum, a
 * share, a count) and its names. A sentence that holds the query's words but gives its figure as
 * another kind of figure ("5 May" met by "five years" or "the Dow lost 5%") does not say it; a
 * sentence that lacks some of the query's words says it "in other words" only when it keeps the
 * query's figure, or, when the query has none, names its actors in the claim's role.
 */
export interface QueryKeys {
  /** The query's figures, read as the articles' are (`5 May` a date, `$27.5bn` money in dollars). */
  figures: Quantity[];
  /** Each figure as the query writes it, for a note. */
  figureTexts: string[];
  /** The query's capitalised words (`Yukos`, `Blunkett`): the names it asks about. */
  names: string[];
  /**
   * True when every word of the query the search reads only says how a claim is told (`reportedly`, `according`,
   * `expected`, `officials`): see `asksHowOnly`. The sentences found then share that word, not a claim.
   */
  howOnly: boolean;
}

/** Capitalised words of a query: a name, an acronym, a hyphenated surname. */
const NAME = /\p{Lu}[\p{L}\p{M}'’-]*/gu;
/** Kinds of figure written with a mark of their kind (a month, a currency, a per cent): read reliably, so a sentence lacking one lacks the figure. */
const MARKED: ReadonlySet<Quantity['kind']> = new Set(['date', 'money', 'share']);
/** Words after which a name is the object of a preposition, not the actor ("a tax claim against Yukos"). */
const PREPOSITION_BEFORE = /\b(?:of|to|for|by|with|against|from|on|at|in|into|about|over|under|than|as)\s+(?:the\s+)?$/iu;
/** A possessive after a name ("of Pyongyang's pledge"): the name is the actor of the noun it qualifies, whatever stands before it. */
const POSSESSIVE_AFTER = /^(?:['’]s?)(?![\p{L}])/u;

/** The figures and names of a query. */
export function readQueryKeys(query: string): QueryKeys {
  // "Russia’s support" asks about Russia.
  const names = (query.match(NAME) ?? []).map((name) => name.replace(/['’]s?$/u, '')).filter((name) => name.length > 1);
  const figures = readQuantities(query);
  return { figures, figureTexts: figures.map((figure) => query.slice(figure.start, figure.end)), names: [...new Set(names)], howOnly: asksHowOnly(query) };
}

/** Kinds of hedge that weigh how firmly or on whose word a claim is put, whatever the claim: not conditions or plans, which are told of events. */
const HOW_HEDGES: ReadonlySet<HedgeCategory> = new Set(['epistemic-adverb', 'modal', 'reported-uncertainty', 'belief', 'prediction', 'unknown']);

/**
 * The search terms of words that say how a claim is told, never what it is: the words of saying and the speakers'
 * roles the claim identity leaves out of a sentence's core (`CLAIM_FRAME_WORDS`; not the channels, since "television"
 * or "newspaper" may be what a story is about), and the one-word hedges of HOW_HEDGES.
 */
const HOW_TERMS: ReadonlySet<string> = new Set(
  [
    ...CLAIM_FRAME_WORDS.filter((entry) => entry.kind !== 'channel').map((entry) => entry.word),
    ...HEDGES.filter((hedge) => HOW_HEDGES.has(hedge.category) && !/\s/u.test(hedge.phrase)).map((hedge) => hedge.phrase),
  ].flatMap((word) => termOf(word) ?? []),
);

/**
 * True when the query asks only how something is told (`/sources reportedly`, `/sources according to`): every word the
 * search reads is a word of HOW_TERMS. Such a query finds every sentence told that way, whatever it tells, so the
 * sentences found are no one claim by being found together.
 */
export function asksHowOnly(query: string): boolean {
  const terms = tokenize(query).flatMap((token) => termOf(token.key) ?? []);
  return terms.length > 0 && terms.every((term) => HOW_TERMS.has(term));
}

/**
 * The figures of a marked kind (a date, a sum, a share) every one of `texts` gives: what the
 * sentences found have in common, which a sentence in other words must keep when the query gives
 * no figure of its own ("Yukos tax bill" found with "$27.5bn" in each is not met by a $9.3bn price).
 */
export function figuresInAll(texts: readonly string[]): { figures: Quantity[]; figureTexts: string[] } {
  const [first, ...rest] = texts.map((text) => readQuantities(text).filter((quantity) => MARKED.has(quantity.kind)));
  const figures = (first ?? []).filter((figure) => rest.every((own) => own.some((quantity) => sameFigure(figure, quantity))));
  return { figures, figureTexts: figures.map((figure) => (texts[0] ?? '').slice(figure.start, figure.end)) };
}

/**
 * True when `text` gives every figure of the query the query's marked kind asks for (a date with a
 * date, money with money in the same currency, a share with a share) at the same value, or in a
 * range that holds it. Counts, ages and years are not checked here: the search reads number words
 * ("five thousand") as figures, which this reading does not, and a year is a year however written.
 */
export function keepsMarkedFigures(text: string, keys: QueryKeys): boolean {
  const marked = keys.figures.filter((figure) => MARKED.has(figure.kind));
  if (marked.length === 0) return true;
  const own = readQuantities(text);
  return marked.every((figure) => own.some((quantity) => sameFigure(figure, quantity)));
}

/**
 * How a sentence uses a name: as the one acting, or after a preposition ("a tax claim against
 * Yukos", "formations of the KNR"). A possessive is the actor's ("Pyongyang's pledge" is
 * "Pyongyang pledged").
 */
export type NameRole = 'actor' | 'object';

/** A name of the query as the articles write it (`KNR`, `Kursk Oblast National Guard`), and the roles the sentences found give it. */
export interface NameKey {
  forms: readonly string[];
  roles: ReadonlySet<NameRole>;
}

/**
 * True when a sentence that lacks some of the query's words still carries what it asks: it gives
 * every figure of the query (of the same kind, at the same value), or, for a query with no figure,
 * writes every name of the query in one of its forms and in a role the sentences found give it
 * (so "a tax claim against Yukos" does not carry "Yukos sued the state"). A query with
 * neither admits nothing: words alone cannot tell a paraphrase from another claim on the subject.
 */
export function carriesInOtherWords(text: string, figures: readonly Quantity[], names: readonly NameKey[]): boolean {
  if (figures.length > 0) {
    const own = readQuantities(text);
    return figures.every((figure) => own.some((quantity) => sameFigure(figure, quantity)));
  }
  if (names.length === 0) return false;
  return names.every((name) => name.forms.some((form) => [...rolesOf(text, form)].some((role) => name.roles.has(role))));
}

/** The roles `text` gives the name `form`, each whole-word occurrence read once. */
export function rolesOf(text: string, form: string): Set<NameRole> {
  const roles = new Set<NameRole>();
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\p{M}])${escaped}(?![\\p{L}\\p{M}-])`, 'gu'))) {
    const before = text.slice(Math.max(0, match.index - 16), match.index);
    const after = text.slice(match.index + form.length);
    roles.add(PREPOSITION_BEFORE.test(before) && !POSSESSIVE_AFTER.test(after) ? 'object' : 'actor');
  }
  return roles;
}

/** Same kind and unit, and the same value or a range that holds it: no rounding, since the query gives the figure asked about. */
function sameFigure(asked: Quantity, given: Quantity): boolean {
  const kind = (q: Quantity): string => (q.kind === 'year' ? 'date' : q.kind);
  if (kind(asked) !== kind(given)) return false;
  if (asked.kind === 'date' && given.kind === 'date') {
    const dayLike = (q: Quantity): boolean => q.unit === 'day' || q.unit === 'day-year';
    if (dayLike(asked) && dayLike(given)) return asked.unit === given.unit ? asked.value === given.value : asked.value % 400 === given.value % 400;
    return asked.unit === given.unit && asked.value === given.value;
  }
  if (asked.unit !== given.unit) return false;
  return asked.value === given.value || (given.low <= asked.value && asked.value <= given.high && given.low !== given.high);
}

/**
 * Small words that join the words of one name ("Lloyd's of London", "Court of Appeal", "Institute for Fiscal Studies").
 * Not "and" or "on": "Blair and Brown" asks about two people, "Blair on Iraq" about a man and a topic, which a
 * sentence may name far apart.
 */
const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'the', 'de', 'du', 'la', 'for']);
/** How many words more than the name's own may stand from its first word to its last where it is written in other order ("Appeal Court"). */
const NAME_SLACK = 1;

/**
 * The search terms of a query that is one name joined by a small word ("Lloyd's of London", "Bank of
 * England", "Court of Appeal"), with how many words the name takes; undefined for any other query.
 * Only such names: a person's name is written apart by a title or a middle name ("Alexander Khinstsen,
 * the Kursk governor"), while the words of an institution's name written far apart name something
 * else ("N Lloyd (Saracens) … R Russell (London Irish)" in a squad list; "an appeal to the Court of
 * Arbitration").
 */
export function joinedNameOf(query: string): { terms: string[]; words: number } | undefined {
  const tokens = tokenize(query);
  const words = tokens.map((token) => query.slice(token.start, token.end));
  const joiners = words.filter((word) => NAME_JOINERS.has(word.toLowerCase()));
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word) && !NAME_JOINERS.has(word.toLowerCase()));
  if (joiners.length === 0 || capitalised.length < 2 || capitalised.length + joiners.length !== words.length) return undefined;
  if (NAME_JOINERS.has(words[0]?.toLowerCase() ?? '') || NAME_JOINERS.has(words.at(-1)?.toLowerCase() ?? '')) return undefined;
  const terms = tokens.filter((token) => !NAME_JOINERS.has(token.key)).map((token) => termOf(token.key));
  const named = terms.filter((term): term is string => term !== null);
  return named.length === capitalised.length ? { terms: [...new Set(named)], words: words.length } : undefined;
}

/**
 * True when `text` writes the name together: one word for each of its terms, all within the name's
 * length and NAME_SLACK ("Lloyds of London", "the Appeal Court"). A sentence that holds the words
 * only far apart does not name it, and is no sentence that says what was asked.
 */
export function keepsNameTogether(text: string, name: { terms: readonly string[]; words: number } | undefined): boolean {
  if (name === undefined) return true;
  const positions = tokenize(text).map((token) => termOf(token.key));
  const wanted = new Set(name.terms);
  const last = new Map<string, number>();
  for (const [at, term] of positions.entries()) {
    if (term === null || !wanted.has(term)) continue;
    last.set(term, at);
    if (last.size === wanted.size && at - Math.min(...last.values()) + 1 <= name.words + NAME_SLACK) return true;
  }
  return false;
}
