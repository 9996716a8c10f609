import { compromise } from './compromise.ts';
import { stemmer } from 'stemmer';
import { CARDINAL_WORDS } from './lexicons/number-words.ts';
import { STEM_EXCEPTIONS } from './lexicons/stem-exceptions.ts';
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
 * A word: letters, digits and combining marks, with soft hyphens and zero-width characters inside
 * it (folded away in keys), and apostrophe-joined parts of letters (`Russia’s`, `don't`).
 */
const WORD_SOURCE = "[\\p{L}\\p{M}\\p{N}\\u00AD\\u200B-\\u200D\\u2060]+(?:['\\u2019\\u02BC][\\p{L}\\p{M}]+)*";
/**
 * A figure (`5,000`, `5 000`, `12\u00A0500`, `2.5`). Digit groups need a 1–3 digit lead and groups
 * of exactly three, so `2014 200` stays two figures.
 */
const FIGURE_SOURCE = '\\d{1,3}(?:[,\\u00A0\\u202F\\u2009 ]\\d{3})+(?![\\d])(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
/** A figure or a word: what {@link scanWords} cuts. */
const SCANNER = new RegExp(`${FIGURE_SOURCE}|${WORD_SOURCE}`, 'gu');
const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'zero',
  ...CARDINAL_WORDS,
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

/**
 * The runs of number words read so far in this process, each with the figure compromise read in it (`null`: not one
 * number): a library snapshot keeps them, so that a start from it reads the same runs without loading compromise (about
 * 20 MB and 0.15 s of a one-shot answer at BBC ×10, whose hits' sentences are tokenised again).
 */
export function numberWordFigures(): [string, string | null][] {
  return [...numberWordCache];
}

/** Figures of runs read by this code before (see numberWordFigures), taken as compromise's: a run already read keeps its own. */
export function rememberNumberWordFigures(figures: Iterable<readonly [string, string | null]>): void {
  for (const [run, figure] of figures) if (!numberWordCache.has(run)) numberWordCache.set(run, figure);
}

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
  // Most words are written in plain lower-case letters, which folding leaves as they are: no lookup for them.
  if (isFoldedAlready(raw)) return raw;
  let key = keyCache.get(raw);
  if (key === undefined) {
    key = /^\d/.test(raw) ? raw.replace(/[,\u00A0\u202F\u2009 ](?=\d{3})/g, '') : foldText(raw);
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    keyCache.set(raw, key);
  }
  return key;
}

/**
 * True when `raw` is only the letters a to z and the plain apostrophe, which foldText gives back
 * unchanged (no accent, invisible character, curly quote or capital among them).
 */
function isFoldedAlready(raw: string): boolean {
  for (let at = 0; at < raw.length; at++) {
    const code = raw.charCodeAt(at);
    if ((code < 0x61 || code > 0x7a) && code !== 0x27) return false;
  }
  return true;
}

/** A word or figure as written, and where it stands: what {@link scanWords} cuts. */
export interface WrittenWord {
  raw: string;
  start: number;
  end: number;
}

/**
 * The words and figures of `text` between `start` and `end`, as written, with offsets into `text`:
 * the one definition of a word, shared by the index and the cross-checks ({@link tokenize}: folded
 * keys, number words merged into figures) and the sentence analysis (the phrase matcher's
 * `tokenize`: lower-case forms, a figure and its unit one word). A figure is one word (`5,000`,
 * `5 000`, `2.5`), so a search for `5,000` finds `5 000` and the `,` inside it is no punctuation to
 * the analysis.
 */
export function scanWords(text: string, start = 0, end = text.length): WrittenWord[] {
  const words: WrittenWord[] = [];
  SCANNER.lastIndex = start;
  for (let match = SCANNER.exec(text); match && match.index < end; match = SCANNER.exec(text)) {
    const wordEnd = match.index + match[0].length;
    if (wordEnd > end) break;
    words.push({ raw: match[0], start: match.index, end: wordEnd });
  }
  return words;
}

/** Every word and figure of `text`, with number-word runs merged into one figure token. */
export function tokenize(text: string): Token[] {
  const raw: Token[] = [];
  for (const word of scanWords(text)) {
    const key = keyOf(word.raw);
    if (key !== '') raw.push({ key, start: word.start, end: word.end });
  }
  return mergeNumbers(text, raw);
}

/** `text` with soft hyphens, zero-width and direction characters taken out, as keys have them. */
export function withoutInvisibles(text: string): string {
  return text.replace(INVISIBLE, '');
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

const NOT_INFLECTED: ReadonlyMap<string, string> = new Map(STEM_EXCEPTIONS.filter((entry) => entry.category === 'not-inflected').map((entry) => [entry.word, entry.stem]));
const KEPT_APART: ReadonlyMap<string, string> = new Map(STEM_EXCEPTIONS.filter((entry) => entry.category === 'kept-apart').map((entry) => [entry.word, entry.stem]));

/**
 * The form of `word` to hand to the Porter stemmer so that it gets the stem of the rest of its
 * inflection family, for the shapes Porter splits (counted over the 27,712 words of the 2,225 BBC
 * articles, docs/search.md "Word forms the stemmer missed"); any other word is returned as it is.
 * Each rule is written for a shape of word, never for one word.
 */
function baseFormOf(word: string): string {
  // "dies", "tied", "lying" (one consonant before: die, tie, lie) and "tries", "cried", "spying"
  // (two or more: try, cry, spy): Porter leaves "di", "ti", "tri" where the base keeps its ending.
  const shortIe = /^([^aeiouy]+)(?:ies|ied|ying)$/.exec(word);
  if (shortIe?.[1] !== undefined) return shortIe[1].length === 1 ? `${shortIe[1]}ie` : `${shortIe[1]}y`;
  // "sued", "suing", "queued": a one-syllable stem ending in u lost its e ("su"), where "sue" and
  // "sues" keep it.
  const shortUe = /^([^aeiouy]*[aeiou]*u)(?:ed|ing)$/.exec(word);
  if (shortUe?.[1] !== undefined) return `${shortUe[1]}e`;
  // "experienced", "influencing", "prejudiced": a c before -ed or -ing is the soft c of a base in
  // -ce (a base in -c takes -cked), but Porter does not give the e back, and then cuts "enc" or
  // "ic" as a suffix where it cut "ence" and "ice" from the base ("experienc" against "experi").
  const softC = /^(.*[^ck])c(?:ed|ing)$/.exec(word);
  if (softC?.[1] !== undefined) return `${softC[1]}ce`;
  // "fuelled", "trialled", "dialled": British doubling of an l after two vowels, which Porter
  // undoubles only in longer words ("cancelled" → "cancel"). Not after "qu" ("quelled" is quell).
  const doubledL = /^(.*(?<!q)[aeiou][aeiou]l)l(ed|ing)$/.exec(word);
  if (doubledL?.[1] !== undefined && doubledL[2] !== undefined) return doubledL[1] + doubledL[2];
  // "added", "erred", "ebbing": a one-syllable verb that starts with its vowel already ends in the
  // double consonant ("add"); Porter undoubles it as if it were "ad" + "ded", meeting "ad" (an advert).
  const vowelDouble = /^([aeiou]([b-df-hj-np-tv-z])\2)(?:ed|ing)$/.exec(word);
  if (vowelDouble?.[1] !== undefined) return vowelDouble[1];
  // "staffed", "stuffing": an f is almost never doubled by inflection, so "ff" is the base's
  // ("staff"); Porter undoubles it as it undoubles "hopped".
  const doubleF = /^(.*ff)(?:ed|ing)$/.exec(word);
  if (doubleF?.[1] !== undefined) return doubleF[1];
  return word;
}

/**
 * The Porter stem of `word` with the family repairs of `baseFormOf`, and two whose letters the
 * stemmer reads differently from the rest of the family.
 */
function stemOf(word: string): string {
  const own = NOT_INFLECTED.get(word);
  if (own !== undefined) return own;
  // "exceed", "proceeds": Porter reads the -eed of the base as "agreed"'s and cuts it to "exce",
  // while "exceeded" keeps "exceed".
  if (/ceeds?$/.test(word)) return word.replace(/s$/, '');
  // "succession", "recession", "accession", "procession": the noun of a verb in -cede or -ceed, which Porter cuts to
  // another word ("success", "recess", "access", "process"), so "Crown succession" found "a year of huge success".
  // The noun is its own term, its plural with it.
  if (/cessions?$/.test(word)) return word.replace(/s$/, '');
  // "virus", "bonus", "focus": Porter cuts the s of the singular ("viru") but not of the plural
  // ("viruses" → "virus"), so the singular is stemmed as its plural. Not after a vowel ("menus",
  // "bureaus" are plurals) and not "-ous" ("famous").
  const stem = /[^aeiou]us$/.test(word) ? stemmer(`${word}es`) : stemmer(baseFormOf(word));
  return stem !== word ? (KEPT_APART.get(stem) ?? stem) : stem;
}

/**
 * Search terms by token key: the alignment asks for the term of every token of every sentence,
 * and a corpus repeats its words, so each distinct key is stemmed once (see keyCache).
 */
const termCache = new Map<string, string | null>();

/**
 * The search term of a token key: stop words drop out (`null`), possessives lose their `'s`,
 * words are stemmed (`troops` → `troop`; every form of a verb or noun with its base, as
 * `baseFormOf` and `stemOf` say), figures stay as they are.
 */
export function termOf(key: string): string | null {
  if (isFigure(key)) return key;
  let term = termCache.get(key);
  if (term === undefined) {
    const bare = key.replace(/'s$/u, '').replace(/'/g, '');
    term = bare.length === 0 || STOP_WORDS.has(bare) ? null : stemOf(bare);
    if (termCache.size >= KEY_CACHE_LIMIT) termCache.clear();
    termCache.set(key, term);
  }
  return term;
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
