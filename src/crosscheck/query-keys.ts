import { type Quantity, readQuantities } from './quantities.ts';

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
  return { figures, figureTexts: figures.map((figure) => query.slice(figure.start, figure.end)), names: [...new Set(names)] };
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
