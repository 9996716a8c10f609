import { compromise } from './compromise.ts';
import { stemmer } from 'stemmer';
import { STOP_WORDS } from './lexicons/stop-words.ts';

/**
 * Text normalisation shared by the index and the queries, so both sides fold alike: case,
 * accents, curly and straight quotes, dashes, and figures (`5,000`, `5 000` and `five thousand`
 * all become `5000`). The original text is never changed: tokens carry offsets into it.
 */

/** A word or figure of some text: its folded key and where it stands in the original. */
export interface Token {
  key: string;
  start: number;
  end: number;
}

const APOSTROPHES = /[\u2019\u2018\u02BC\u2032`]/g;
const COMBINING_MARKS = /\p{M}+/gu;
const INVISIBLE = /[\u00AD\u200B-\u200F\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g;
/**
 * A figure (`5,000`, `5 000`, `12\u00A0500`, `2.5`) or a word (`Russia’s`, `Pyongyang`).
 * Digit groups need a 1–3 digit lead and groups of exactly three, so `2014 200` stays two figures.
 */
const TOKEN = /\d{1,3}(?:[,\u00A0\u202F\u2009 ]\d{3})+(?![\d])(?:\.\d+)?|\d+(?:\.\d+)?|[\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060]+(?:['\u2019\u02BC][\p{L}\p{M}]+)*/gu;
const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'hundred',
  'thousand',
  'million',
  'billion',
  'trillion',
]);
const MULTIPLIERS: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** What may stand between two number words of one number (`twenty-five`, `five thousand`). */
const NUMBER_JOINER = /^[\s-]+$/;

const numberWordCache = new Map<string, string | null>();

/** The figure a run of number words spells, read by compromise; `null` when it is not one number. */
function figureOfWords(run: string): string | null {
  let figure = numberWordCache.get(run);
  if (figure === undefined) {
    const values = compromise()(run).numbers().get() as unknown[];
    figure = values.length === 1 && typeof values[0] === 'number' && Number.isFinite(values[0]) ? String(values[0]) : null;
    numberWordCache.set(run, figure);
  }
  return figure;
}

/** Case, accents, quote marks and invisible characters folded. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').replace(INVISIBLE, '').replace(APOSTROPHES, "'").toLowerCase();
}

/**
 * Distinct spellings folded so far, and their keys: folding (Unicode normalisation and four
 * replacements) cost a sixth of building the index when run for every occurrence, and a corpus
 * repeats its spellings (376,000 sentences at BBC ×10 hold about 60,000 distinct ones).
 */
const keyCache = new Map<string, string>();
/** Past this many spellings the cache starts again, so that odd input cannot grow it without bound. */
const KEY_CACHE_LIMIT = 1 << 18;

function keyOf(raw: string): string {
  let key = keyCache.get(raw);
  if (key === undefined) {
    key = /^\d/.test(raw) ? raw.replace(/[,\u00A0\u202F\u2009 ](?=\d{3})/g, '') : foldText(raw);
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    keyCache.set(raw, key);
  }
  return key;
}

/** Every word and figure of `text`, with number-word runs merged into one figure token. */
export function tokenize(text: string): Token[] {
  const raw: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const key = keyOf(match[0]);
    if (key !== '') raw.push({ key, start: match.index, end: match.index + match[0].length });
  }
  return mergeNumbers(text, raw);
}

function mergeNumbers(text: string, tokens: Token[]): Token[] {
  const merged: Token[] = [];
  for (let i = 0, token = tokens[0]; token !== undefined; i++, token = tokens[i]) {
    const startsNumber = NUMBER_WORDS.has(token.key) || (isFigure(token.key) && MULTIPLIERS[tokens[i + 1]?.key ?? ''] !== undefined);
    if (!startsNumber) {
      merged.push(token);
      continue;
    }
    let last = i;
    let lastToken = token;
    for (;;) {
      const next = tokens[last + 1];
      const afterAnd = tokens[last + 2];
      if (next && NUMBER_WORDS.has(next.key) && NUMBER_JOINER.test(text.slice(lastToken.end, next.start))) {
        last++;
        lastToken = next;
      } else if (next?.key === 'and' && MULTIPLIERS[lastToken.key] !== undefined && afterAnd && NUMBER_WORDS.has(afterAnd.key)) {
        last += 2;
        lastToken = afterAnd;
      } else break;
    }
    const lead = merged.at(-1);
    const withArticle = lead?.key === 'a' && /^\s+$/.test(text.slice(lead.end, token.start)) && MULTIPLIERS[token.key] !== undefined;
    const figure = isFigure(token.key)
      ? String(Math.round(Number(token.key) * tokens.slice(i + 1, last + 1).reduce((product, word) => product * (MULTIPLIERS[word.key] ?? 1), 1)))
      : figureOfWords((withArticle ? 'a ' : '') + text.slice(token.start, lastToken.end).toLowerCase());
    if (figure === null) {
      merged.push(token);
      continue;
    }
    if (withArticle) merged.pop();
    merged.push({ key: figure, start: withArticle && lead ? lead.start : token.start, end: lastToken.end });
    i = last;
  }
  return merged;
}

/** True for a term that is a figure; figures match only exactly, never by prefix or fuzz. */
export function isFigure(term: string): boolean {
  return /^\d/.test(term);
}

/**
 * The search term of a token key: stop words drop out (`null`), possessives lose their `'s`,
 * words are stemmed (`troops` → `troop`), figures stay as they are.
 */
export function termOf(key: string): string | null {
  if (isFigure(key)) return key;
  const bare = key.replace(/'s$/u, '').replace(/'/g, '');
  if (bare.length === 0 || STOP_WORDS.has(bare)) return null;
  return stemmer(bare);
}

/** The distinct search terms of raw text, in first-seen order. */
export function termsOf(text: string): string[] {
  const terms = new Set<string>();
  for (const token of tokenize(text)) {
    const term = termOf(token.key);
    if (term) terms.add(term);
  }
  return [...terms];
}
