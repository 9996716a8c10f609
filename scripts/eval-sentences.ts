/**
 * Counts sentence-boundary errors on the BBC News set (see ../shared/data/README.md and
 * docs/sentences.md): every article is read as the bot reads it (`readArticle`), and two
 * detectors look at the sentences it gives.
 *
 * - A missed boundary: inside one sentence, a full stop, `?`, `!` or ellipsis (with any closing
 *   marks) before white space and a new sentence's first word. Behind a plain word any
 *   capitalised word or figure counts; behind an abbreviation, an initial or an initialism
 *   (`Mr.`, `W.`, `U.S.`) only a word that starts sentences (`The`, `He`, `But`...), since a name
 *   is what usually follows those.
 * - A false split: two sentences of one paragraph where the first ends in a title (`Mr.`), an
 *   initial or an initialism and the second starts with a name, or the first ends in `No.`
 *   before a figure, or the second starts with a lower-case word.
 *
 * The detectors are deliberately simpler than the splitter and were checked by hand on random
 * samples (docs/sentences.md). The data is read where it lies and never copied into the project.
 *
 * Usage: `npm run eval:sentences [-- --dir=path] [--sample=N] [--random=N] [--passed=N] [--seed=S]`,
 * or set CROSSCHECK_BBC_DIR. `--sample` prints N flagged sentences of each kind at random for a
 * hand check; `--random` prints N random sentences with their neighbours and `--passed` N stops
 * the missed-boundary detector let by, to check what the detectors miss.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { readArticle } from '../src/corpus/load.ts';
import type { Article } from '../src/model/article.ts';
import { createRandom } from './lib/random.ts';
import { MONTH_ABBREVIATIONS } from '../src/text/lexicons/calendar.ts';

const DEFAULT_DIR = fileURLToPath(new URL('../../shared/data/bbc-news/', import.meta.url));
const SHOWN = 12;

/**
 * Words that start sentences and are seldom part of a name: after `U.S.` they mean a new sentence. Kept apart from the
 * splitter's own `SENTENCE_STARTERS` (src/text/lexicons/sentence-starters.ts) on purpose: this detector checks the splitter,
 * so it must not share its word list, or a word missing from both would hide the boundaries it misses.
 */
const SENTENCE_STARTERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'but',
  'and',
  'or',
  'so',
  'this',
  'that',
  'these',
  'those',
  'there',
  'in',
  'on',
  'at',
  'for',
  'if',
  'when',
  'while',
  'however',
  'although',
  'as',
  'after',
  'before',
  'his',
  'her',
  'its',
  'their',
  'our',
  'some',
  'many',
  'most',
  'one',
  'two',
  "it's",
  'what',
  'why',
  'how',
  'last',
  'next',
  'now',
  'then',
  'also',
  'meanwhile',
  'analysts',
  'shares',
  'sales',
  'profits',
]);
/** Abbreviations written before a name or a figure; never the last word of a sentence in news. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'rev', 'hon', 'st', 'mt', 'ft', 'messrs', 'fr', 'supt', 'insp', 'cllr', 'no', 'nos']);
/** Lower-case abbreviations that may stand before a capitalised word inside a sentence. */
const LOWER_ABBREVIATIONS = new Set(['vs', 'v', 'etc', 'approx', 'cf', 'incl', 'est', 'ca', 'inc', 'co', 'corp', 'ltd', 'plc', 'jr', 'sr', 'bros', ...MONTH_ABBREVIATIONS]);
const INITIAL = /^\p{Lu}$/u;
const INITIALISM = /^(?:\p{L}\.){1,}\p{L}$/u;
const STOP = /([.!?\u2026]+)(['"\u2019\u201D)\]]*)(\s+)(['"\u2018\u201C(]*)([^\s]+)/gu;
const OPENING_PUNCTUATION = /^['"\u2018\u201C([]+/u;

type Finding = { kind: string; article: string; text: string; at: number };

/** The word before `index` in `text` (the run of non-space characters), without leading quote marks or brackets. */
function wordBefore(text: string, index: number): string {
  let from = index;
  while (from > 0 && !/\s/u.test(text.charAt(from - 1))) from--;
  return text.slice(from, index).replace(OPENING_PUNCTUATION, '');
}

const lettersOf = (word: string): string => word.replace(/[^\p{L}\p{N}.]/gu, '').replace(/\.$/u, '');

/** What kind of word stands before a stop: decides how strong the evidence of a boundary must be. */
function kindOfWordBefore(word: string): 'title' | 'initial' | 'initialism' | 'abbreviation' | 'plain' {
  const bare = lettersOf(word);
  if (TITLES.has(bare.toLowerCase())) return 'title';
  if (INITIAL.test(bare)) return 'initial';
  if (INITIALISM.test(bare)) return 'initialism';
  if (LOWER_ABBREVIATIONS.has(bare.toLowerCase())) return 'abbreviation';
  return 'plain';
}

const withArticle = (kind: string): string => `${/^[aeiou]/u.test(kind) ? 'an' : 'a'} ${kind}`;
const startsUpperOrDigit = (word: string): boolean => /^[\p{Lu}\p{N}]/u.test(word);
/** `eBay`, `iPod`: lower-case first letter, still a name. */
const startsLower = (word: string): boolean => /^\p{Ll}/u.test(word) && !/^\p{Ll}+\p{Lu}/u.test(word);
const isStarter = (word: string): boolean => SENTENCE_STARTERS.has(word.replace(/[^\p{L}']/gu, '').toLowerCase());

/**
 * Places inside one sentence where another begins (`missed`), and the stops the detector leaves
 * alone though a capitalised word follows them (`passed`: after an abbreviation, an initial or an
 * initialism, before a name), printed by `--passed=N` to check by hand what the detector lets by.
 */
function findMissed(article: Article, passed: Finding[]): Finding[] {
  const found: Finding[] = [];
  for (const sentence of article.sentences) {
    const text = sentence.text;
    for (const match of text.matchAll(STOP)) {
      const [, stops, , , , next] = match as unknown as [string, string, string, string, string, string];
      const at = match.index;
      const before = wordBefore(text, at);
      if (before === '' || !startsUpperOrDigit(next)) continue;
      const kind = kindOfWordBefore(before);
      if (stops !== '.' || kind === 'plain') {
        if (/^\d/u.test(next) && kind === 'title') continue;
        found.push({ kind: stops === '.' ? 'after a word' : `after ${stops}`, article: article.id, text, at });
      } else if (isStarter(next)) {
        found.push({ kind: `after ${withArticle(kind)}`, article: article.id, text, at });
      } else {
        passed.push({ kind: `${kind} before a name`, article: article.id, text, at });
      }
    }
  }
  return found;
}

/** Pairs of sentences of one paragraph that should be one. */
function findFalseSplits(article: Article): Finding[] {
  const found: Finding[] = [];
  const { sentences } = article;
  for (const [i, first] of sentences.entries()) {
    const second = sentences[i + 1];
    if (!second) break;
    if (first.paragraph !== second.paragraph) continue;
    const pair = `${first.text} ‖ ${second.text}`;
    const at = first.text.length;
    const nextWord = second.text.replace(OPENING_PUNCTUATION, '').split(/\s/u)[0] ?? '';
    if (startsLower(nextWord)) {
      found.push({ kind: 'before a lower-case word', article: article.id, text: pair, at });
      continue;
    }
    if (!/\.['"\u2019\u201D)\]]*$/u.test(first.text)) continue;
    const last = first.text.replace(/['"\u2019\u201D)\]]+$/u, '');
    const kind = kindOfWordBefore(wordBefore(last, last.length - 1));
    if (kind === 'title' && /^\d/u.test(nextWord)) found.push({ kind: 'between a title and a figure', article: article.id, text: pair, at });
    else if (kind !== 'plain' && kind !== 'abbreviation' && /^\p{Lu}/u.test(nextWord) && !isStarter(nextWord)) found.push({ kind: `after ${withArticle(kind)}`, article: article.id, text: pair, at });
  }
  return found;
}

function pick<T>(items: readonly T[], count: number, random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const [atI, atJ] = [copy[i], copy[j]];
    if (atI === undefined || atJ === undefined) continue;
    [copy[i], copy[j]] = [atJ, atI];
  }
  return copy.slice(0, count);
}

function countBy(findings: readonly Finding[]): string {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.kind, (counts.get(finding.kind) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([kind, count]) => `${kind} ${count}`)
    .join(', ');
}

function show(finding: Finding): string {
  const { text, at } = finding;
  return `  ${finding.article} [${finding.kind}] …${text.slice(Math.max(0, at - 70), at)}⟦⟧${text.slice(at, at + 70)}…`;
}

const option = (name: string): string | undefined => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);

function main(): void {
  const dir = resolve(option('dir') ?? process.env.CROSSCHECK_BBC_DIR ?? DEFAULT_DIR);
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((name) => name.endsWith('.txt') && name !== 'SOURCE_README.TXT')
      .sort();
  } catch (error) {
    console.error(`eval:sentences: cannot read the BBC articles in ${dir}: ${(error as Error).message}`);
    process.exitCode = 1;
    return;
  }
  const started = performance.now();
  const articles: Article[] = [];
  for (const name of names) {
    const result = readArticle(name, readFileSync(join(dir, name)));
    if (result.ok) articles.push(result.article);
  }
  const elapsed = performance.now() - started;
  const sentenceCount = articles.reduce((sum, article) => sum + article.sentences.length, 0);
  const passed: Finding[] = [];
  const missed = articles.flatMap((article) => findMissed(article, passed));
  const falseSplits = articles.flatMap(findFalseSplits);
  const percent = (count: number): string => `${((100 * count) / Math.max(1, sentenceCount)).toFixed(2)}%`;
  console.log(`Articles: ${articles.length} of ${names.length} files in ${dir}; sentences: ${sentenceCount} (read and split in ${(elapsed / 1000).toFixed(1)} s)`);
  console.log(`Missed boundaries (a sentence holding two): ${missed.length} = ${percent(missed.length)} of sentences  [${countBy(missed)}]`);
  console.log(`False splits (a sentence cut short): ${falseSplits.length} = ${percent(falseSplits.length)} of sentences  [${countBy(falseSplits)}]`);
  console.log(`Stops left alone before a capitalised word (read as part of a name): ${passed.length}  [${countBy(passed)}]`);

  const random = createRandom(Number(option('seed') ?? 15));
  const sample = Number(option('sample') ?? 0);
  const randomCount = Number(option('random') ?? 0);
  const passedCount = Number(option('passed') ?? 0);
  const shown = sample || SHOWN;
  console.log(`\nMissed boundaries (${sample ? `${sample} at random` : `first ${SHOWN}`}):\n${(sample ? pick(missed, shown, random) : missed.slice(0, shown)).map(show).join('\n')}`);
  console.log(`\nFalse splits (${sample ? `${sample} at random` : `first ${SHOWN}`}):\n${(sample ? pick(falseSplits, shown, random) : falseSplits.slice(0, shown)).map(show).join('\n')}`);
  if (passedCount > 0) console.log(`\nStops left alone (${passedCount} at random):\n${pick(passed, passedCount, random).map(show).join('\n')}`);
  if (randomCount > 0) {
    const all = articles.flatMap((article) => article.sentences.map((_sentence, i) => ({ article, i })));
    console.log(`\n${randomCount} sentences at random, ‖ between neighbours:`);
    for (const { article, i } of pick(all, randomCount, random)) {
      const neighbours = article.sentences.slice(Math.max(0, i - 1), i + 2).map((sentence) => sentence.text);
      console.log(`  ${article.id}#${i}: ${neighbours.join(' ‖ ')}`);
    }
  }
}

main();
