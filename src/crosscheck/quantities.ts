import { MONTH_NAMES } from '../text/lexicons/calendar.ts';
import { termOf } from '../text/normalise.ts';

/**
 * The figures and dates of a sentence, read so that only like is compared with like: money with
 * money in one currency, a share with a share, a count of troops with a count of troops, an age
 * with an age, a date with a date. Each keeps the exact whole-token span it was read from, what
 * it says about its value (exact, rounded to what it writes, a range, a bound) and the words near
 * it, so two articles are compared on the same detail.
 */

export type QuantityKind = 'money' | 'share' | 'count' | 'age' | 'date' | 'year';

export interface Quantity {
  kind: QuantityKind;
  /** What it measures: the currency, the counted noun's stem, `%`, `day` or `year`. */
  unit: string;
  /** The lowest and highest value the text allows (a range, a bound, or the figure itself). */
  low: number;
  high: number;
  /** The value as written, in base units, and how finely it is written (0.1 for `9.3bn`, in the same units as the value). */
  value: number;
  step: number;
  /** Offsets into the sentence's text: always whole tokens (`$27.5bn`, `6,000 troops`, `19 December`). */
  start: number;
  end: number;
  /** Content terms within a few words either side: what the figure is about. */
  context: Set<string>;
}

const MONTH = `(?:${MONTH_NAMES.map((month) => month.charAt(0).toUpperCase() + month.slice(1)).join('|')})`;
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const MULTIPLIER = '(?:bn|billion|m|million|tn|trillion|k)';
const MULTIPLIERS: Record<string, number> = { bn: 1e9, billion: 1e9, m: 1e6, million: 1e6, tn: 1e12, trillion: 1e12, k: 1e3 };
const SYMBOLS: Record<string, string> = { $: 'usd', us$: 'usd', a$: 'aud', c$: 'cad', hk$: 'hkd', nz$: 'nzd', '£': 'gbp', '€': 'eur', '¥': 'jpy' };
const CURRENCY_WORDS: Record<string, string> = {
  euro: 'eur',
  euros: 'eur',
  rupee: 'inr',
  rupees: 'inr',
  rand: 'zar',
  rouble: 'rub',
  roubles: 'rub',
  yen: 'jpy',
  won: 'krw',
  dollars: 'usd',
  pounds: 'gbp',
  pence: 'gbp-p',
  p: 'gbp-p',
  yuan: 'cny',
  rupiah: 'idr',
  baht: 'thb',
};

const MONEY_BEFORE = new RegExp(String.raw`(US\$|A\$|C\$|HK\$|NZ\$|\$|£|€|¥)\s?(${NUMBER})(?:\s?(${MULTIPLIER})\b)?`, 'gu');
const MONEY_AFTER = new RegExp(String.raw`\b(${NUMBER})\s?(${MULTIPLIER})?[\s-]?(euros?|rupees?|rand|roubles?|yen|won|dollars|pounds|pence|p|yuan|rupiah|baht)\b`, 'gu');
const SHARE = new RegExp(String.raw`\b(${NUMBER})\s?(%|per cent|percent)`, 'gu');
const DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s(${MONTH})\b(?:,?\s(\d{4}))?`, 'gu');
const MONTH_DAY = new RegExp(String.raw`\b(${MONTH})\s(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s(\d{4}))?`, 'gu');
const MONTH_YEAR = new RegExp(String.raw`\b(${MONTH})\s(\d{4})\b`, 'gu');
const YEAR = /\b(1[89]\d\d|20\d\d)\b/gu;
const AGE = /\baged\s(\d{1,3})\b|\b(\d{1,3})-year-old\b/gu;
const COUNT = new RegExp(String.raw`\b(${NUMBER})\b(?![.,]?\d)`, 'gu');
/** Words that say a figure is a bound or an estimate, read just before it. */
const AT_LEAST = /(?:more than|over|at least|above|upwards of|in excess of)\s+$/iu;
const AT_MOST = /(?:less than|fewer than|under|up to|below|as many as|as much as)\s+$/iu;
const ABOUT = /(?:about|around|nearly|almost|some|approximately|roughly|close to|an estimated|estimated)\s+$/iu;
/** Adjectives skipped to reach the noun a count counts ("157,000 new jobs"). */
const COUNT_ADJECTIVES = new Set(['new', 'more', 'extra', 'additional', 'other', 'further', 'full', 'time', 'million', 'billion']);
/** Content words either side that tell what a figure is about. */
const CONTEXT_WORDS = 4;

/** Every figure and date of `text`, each read once, in text order. */
export function readQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  const taken: [number, number][] = [];
  const free = (start: number, end: number): boolean => taken.every(([s, e]) => end <= s || start >= e);
  const add = (quantity: Omit<Quantity, 'context'>): void => {
    if (!free(quantity.start, quantity.end)) return;
    taken.push([quantity.start, quantity.end]);
    found.push({ ...quantity, context: contextOf(text, quantity.start, quantity.end) });
  };
  const money: Quantity[] = [];
  for (const match of [...text.matchAll(MONEY_BEFORE)]
    // Every symbol and currency word the two patterns match has an entry in SYMBOLS or CURRENCY_WORDS.
    .flatMap((m) => {
      const [, symbol = '', number = '', multiplier] = m;
      const currency = SYMBOLS[symbol.toLowerCase()];
      return currency === undefined ? [] : [{ m, currency, number, multiplier }];
    })
    .concat(
      [...text.matchAll(MONEY_AFTER)].flatMap((m) => {
        const [, number = '', multiplier, word = ''] = m;
        const currency = CURRENCY_WORDS[word.toLowerCase()];
        return currency === undefined ? [] : [{ m, currency, number, multiplier }];
      }),
    )
    .sort((a, b) => a.m.index - b.m.index)) {
    const start = match.m.index;
    const end = start + match.m[0].length;
    // A conversion in brackets after another sum ("$27.5bn (£14.5bn)") gives the same sum again, at some day's rate.
    if (isConversion(text, start, money)) {
      taken.push([start, end]);
      continue;
    }
    const scale = match.multiplier ? (MULTIPLIERS[match.multiplier.toLowerCase()] ?? 1) : 1;
    add(bounded(text, { kind: 'money', unit: match.currency, start, end, ...writtenValue(match.number, scale) }));
    const added = found.at(-1);
    if (added?.start === start) money.push(added);
  }
  // The groups without a `?` after them always take part in a match: their defaults are never used.
  for (const { index, 0: whole, 1: written = '' } of text.matchAll(SHARE)) add(bounded(text, { kind: 'share', unit: '%', start: index, end: index + whole.length, ...writtenValue(written, 1) }));
  for (const { index, 0: whole, 1: day, 2: month = '', 3: year } of text.matchAll(DAY_MONTH)) add(dateOf(index, whole.length, Number(day), month, year));
  for (const { index, 0: whole, 1: month = '', 2: day, 3: year } of text.matchAll(MONTH_DAY)) add(dateOf(index, whole.length, Number(day), month, year));
  for (const { index, 0: whole, 1: month = '', 2: year } of text.matchAll(MONTH_YEAR))
    add({ kind: 'date', unit: 'month', start: index, end: index + whole.length, ...monthRange(month, Number(year)) });
  for (const { index, 0: whole, 1: aged, 2: yearOld = '' } of text.matchAll(AGE)) add({ kind: 'age', unit: 'years', start: index, end: index + whole.length, ...writtenValue(aged ?? yearOld, 1) });
  for (const m of text.matchAll(YEAR)) add({ kind: 'year', unit: 'year', start: m.index, end: m.index + m[0].length, low: Number(m[1]), high: Number(m[1]), value: Number(m[1]), step: 1 });
  for (const m of text.matchAll(COUNT)) {
    const noun = countedNoun(text, m.index + m[0].length);
    if (!noun) continue;
    add(bounded(text, { kind: 'count', unit: noun.term, start: m.index, end: noun.end, ...writtenValue(m[1] ?? '', 1) }));
  }
  return joinRanges(
    text,
    found.sort((a, b) => a.start - b.start),
  );
}

/**
 * A day a sentence gives relative to its article's date ("on Sunday", "yesterday"), once resolved,
 * as a date that compares with the days other articles write out ("19 December 2004").
 */
export function resolvedDate(text: string, start: number, end: number, day: { year: number; month: number; day: number }): Quantity {
  const value = day.year * 400 + day.month * 32 + day.day;
  return { kind: 'date', unit: 'day-year', start, end, value, step: 1, low: value, high: value, context: contextOf(text, start, end) };
}

/** "3% to 3.5%", "between 3% and 3.5%", "2,000-3,000 jobs": one range, not two figures. "From 157,000 to 133,000" is a change, and stays two. */
function joinRanges(text: string, quantities: Quantity[]): Quantity[] {
  const joined: Quantity[] = [];
  for (const quantity of quantities) {
    const previous = joined.at(-1);
    const between = previous ? text.slice(previous.end, quantity.start) : '';
    const before = previous ? text.slice(Math.max(0, previous.start - 8), previous.start) : '';
    const range = previous && previous.kind === quantity.kind && (/^\s*(?:to|-|–)\s*$/u.test(between) || (/^\s*and\s*$/u.test(between) && /between\s+$/u.test(before))) && !/from\s+$/u.test(before);
    if (range) {
      joined[joined.length - 1] = {
        ...previous,
        unit: quantity.unit,
        end: quantity.end,
        low: Math.min(previous.low, quantity.low),
        high: Math.max(previous.high, quantity.high),
        context: new Set([...previous.context, ...quantity.context]),
      };
    } else joined.push(quantity);
  }
  return joined;
}

/** The value a written number gives at `scale`, with the step its last written digit stands for. */
function writtenValue(written: string, scale: number): { value: number; step: number; low: number; high: number } {
  const plain = written.replace(/,/gu, '');
  const decimals = plain.includes('.') ? plain.length - plain.indexOf('.') - 1 : 0;
  const value = Number(plain) * scale;
  return { value, step: 10 ** -decimals * scale, low: value, high: value };
}

/** A figure widened by the words before it: "more than $27bn" allows anything above, "up to 3,000" anything below. */
function bounded(text: string, quantity: Omit<Quantity, 'context'>): Omit<Quantity, 'context'> {
  const before = text.slice(Math.max(0, quantity.start - 24), quantity.start);
  if (AT_LEAST.test(before)) return { ...quantity, high: Infinity };
  if (AT_MOST.test(before)) return { ...quantity, low: 0 };
  if (ABOUT.test(before)) return { ...quantity, low: quantity.value * 0.9, high: quantity.value * 1.1 };
  return quantity;
}

function dateOf(start: number, length: number, day: number, month: string, year: string | undefined): Omit<Quantity, 'context'> {
  const m = MONTH_NAMES.indexOf(month.toLowerCase());
  // Dates compare as day numbers within the year; a year given fixes it, else any year is allowed.
  const value = (year ? Number(year) * 400 : 0) + m * 32 + day;
  return { kind: 'date', unit: year ? 'day-year' : 'day', start, end: start + length, value, step: 1, low: value, high: value };
}

function monthRange(month: string, year: number): { value: number; step: number; low: number; high: number } {
  const m = MONTH_NAMES.indexOf(month.toLowerCase());
  const first = year * 400 + m * 32 + 1;
  return { value: first, step: 31, low: first, high: first + 30 };
}

/** True when the sum at `start` stands in brackets right after another sum: a currency conversion. */
function isConversion(text: string, start: number, earlier: readonly Quantity[]): boolean {
  const open = text.lastIndexOf('(', start);
  if (open < 0 || text.slice(open, start).includes(')')) return false;
  const between = text.slice(open + 1, start);
  if (!/^[\s$£€¥\d.,;:bnmilo]*$/iu.test(between)) return false;
  const previous = earlier.at(-1);
  return previous !== undefined && /^\s*$/u.test(text.slice(previous.end, open));
}

/** The stem of the noun a count counts, skipping a few adjectives ("157,000 new jobs" → `job`), with where it ends. */
function countedNoun(text: string, from: number): { term: string; end: number } | undefined {
  const words = /[\p{L}][\p{L}'’-]*/gu;
  words.lastIndex = from;
  for (let skipped = 0, match = words.exec(text); match && skipped < 3; match = words.exec(text), skipped++) {
    if (!/^\s*$/u.test(text.slice(from, match.index)) && skipped === 0) return undefined;
    const word = match[0].toLowerCase();
    if (COUNT_ADJECTIVES.has(word)) continue;
    if (MONTH_NAMES.includes(word)) return undefined;
    const term = termOf(word);
    return term === null ? undefined : { term, end: match.index + match[0].length };
  }
  return undefined;
}

function contextOf(text: string, start: number, end: number): Set<string> {
  const terms = (slice: string): string[] => (slice.match(/[\p{L}][\p{L}'’-]*/gu) ?? []).map((word) => termOf(word.toLowerCase())).filter((term): term is string => term !== null);
  return new Set([...terms(text.slice(0, start)).slice(-CONTEXT_WORDS), ...terms(text.slice(end)).slice(0, CONTEXT_WORDS)]);
}

/** True when two quantities may be compared: the same kind and unit (dates with or without a year alike), about the same thing. */
export function comparable(a: Quantity, b: Quantity): boolean {
  const kind = (q: Quantity): string => (q.kind === 'year' ? 'date' : q.kind);
  if (kind(a) !== kind(b)) return false;
  if (a.kind === 'date' || b.kind === 'date' || a.kind === 'year') return sameDateUnit(a, b) && shares(a.context, b.context);
  if (a.unit !== b.unit) return false;
  return a.kind === 'count' || shares(a.context, b.context);
}

function sameDateUnit(a: Quantity, b: Quantity): boolean {
  const dayLike = (q: Quantity): boolean => q.unit === 'day' || q.unit === 'day-year';
  return (dayLike(a) && dayLike(b)) || (a.kind === 'year' && b.kind === 'year');
}

function shares(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const term of a) if (b.has(term)) return true;
  return false;
}

/**
 * True when two comparable quantities agree: the same value; one the other rounded to the digits
 * it writes (`$9bn` for `$9.37bn`, never `$9.3bn`); one a range or bound that holds the other
 * (`more than $27bn` and `$27.5bn`); a date without a year and the same day with one.
 */
export function agree(a: Quantity, b: Quantity): boolean {
  if (a.kind === 'date' && b.kind === 'date' && a.unit !== b.unit) return a.value % 400 === b.value % 400;
  const point = (q: Quantity): boolean => q.low === q.high;
  if (point(a) && point(b)) return a.value === b.value || roundsTo(a, b);
  return (a.low <= b.high && b.low <= a.high) || roundsTo(a, b);
}

/** True when the more finely written of two figures, rounded to the other's last digit, is the other. */
function roundsTo(a: Quantity, b: Quantity): boolean {
  const [rough, fine] = a.step >= b.step ? [a, b] : [b, a];
  if (rough.step === fine.step) return false;
  return Math.abs(Math.round(fine.value / rough.step) * rough.step - rough.value) < rough.step / 1000;
}

/**
 * The fewest steps of its last written digit a figure must count for a half to round down to it (`$27bn`: 27 steps of a
 * billion; `4%`: 4): below it half a step is more than a twentieth of the figure, and `4%` for `4.5%` or `$2bn` for
 * `$2.5bn` is another figure, not a rounding.
 */
const TWO_DIGITS = 10;

/**
 * True when two point figures that do not {@link agree} are a half and the rounding below it (`$27bn` for `$27.5bn`):
 * `agree` rounds a half up, as most style guides do, but writers also round it down or cut the digit off, so the two may be
 * one figure. Only the rougher figure keeping two digits or more counts; a cut that is no rounding (`$9.3bn` for
 * `$9.37bn`) is not one.
 */
export function halfRoundedDown(a: Quantity, b: Quantity): boolean {
  const [rough, fine] = a.step >= b.step ? [a, b] : [b, a];
  if (rough.step === fine.step || a.low !== a.high || b.low !== b.high) return false;
  return Math.abs(fine.value - rough.value - rough.step / 2) < rough.step / 1000 && rough.value / rough.step >= TWO_DIGITS;
}
