/**
 * Scores the cross-article work against labels written by reading the BBC news articles (see
 * ../shared/data/README.md): `eval/claim-pairs.jsonl` (two sentences, same claim or not) and
 * `eval/discrepancies.jsonl` (two sentences of one claim, with the kinds of detail in which they
 * really differ). The labels hold references only (file, sentence index and offsets as the bot
 * segments it, a hash of the sentence): the articles' text is read where it lies, never committed.
 *
 * Usage: `npm run eval:crosscheck`, or set CROSSCHECK_BBC_DIR to the bbc-news folder.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { collectArticles, readArticleFilesSync } from '../src/corpus/load.ts';
import { buildLibrary, type Library } from '../src/library/library.ts';
import { claimOfSentences } from '../src/library/alignment.ts';
import { discrepanciesOf } from '../src/crosscheck/discrepancies.ts';
import type { Sentence } from '../src/model/article.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BBC_DIR = process.env.CROSSCHECK_BBC_DIR ?? resolve(ROOT, '../shared/data/bbc-news');
/** The topics the issue's library holds: business and politics, 927 files. */
const TOPICS = ['business', 'politics'];
/** The kinds of discrepancy the labels cover; the others are counted but not scored. */
const SCORED = ['figure', 'date', 'name', 'certainty', 'attribution'];

const Reference = z.object({ file: z.string(), sentence: z.number().int(), start: z.number().int(), end: z.number().int(), hash: z.string() });
const Pair = z.object({ a: Reference, b: Reference, same: z.boolean(), kind: z.string() });
const Case = z.object({ a: Reference, b: Reference, discrepancies: z.array(z.string()) });

function readLines<T>(path: string, schema: z.ZodType<T>): T[] {
  return readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line, i) => {
    const parsed = schema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.message}`);
    return parsed.data;
  });
}

const hashOf = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 10);

/** The sentence a reference names, or why it no longer fits the text (the data or the segmenter changed). */
function resolveReference(library: Library, reference: z.infer<typeof Reference>): Sentence | string {
  const sentence = library.sentence(reference.file.replace(/\.txt$/u, ''), reference.sentence);
  if (!sentence) return `${reference.file}#${reference.sentence}: no such sentence`;
  if (hashOf(sentence.text) !== reference.hash || sentence.start !== reference.start) return `${reference.file}#${reference.sentence}: the text has drifted`;
  return sentence;
}

const ratio = (n: number, d: number): string => (d === 0 ? 'n/a' : (n / d).toFixed(3));

function main(): void {
  const names = readdirSync(BBC_DIR).filter((name) => TOPICS.some((topic) => name.startsWith(`${topic}_`))).sort();
  const started = performance.now();
  const { articles } = collectArticles(readArticleFilesSync(BBC_DIR, names));
  const library = buildLibrary(articles);
  console.log(`Library: ${articles.length} BBC articles (${TOPICS.join(', ')}), ${library.alignment.claims.length} claims, built in ${Math.round(performance.now() - started)} ms`);

  const drift: string[] = [];
  const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const byKind = new Map<string, { right: number; all: number }>();
  const wrong: string[] = [];
  for (const pair of readLines(resolve(ROOT, 'eval/claim-pairs.jsonl'), Pair)) {
    const a = resolveReference(library, pair.a);
    const b = resolveReference(library, pair.b);
    if (typeof a === 'string' || typeof b === 'string') {
      drift.push(...[a, b].filter((each): each is string => typeof each === 'string'));
      continue;
    }
    const claimsOfB = new Set(library.alignment.claimsOf(b));
    const predicted = library.alignment.claimsOf(a).some((claim) => claimsOfB.has(claim));
    if (predicted && pair.same) counts.tp++;
    else if (predicted) counts.fp++;
    else if (pair.same) counts.fn++;
    else counts.tn++;
    const tally = byKind.get(pair.kind) ?? { right: 0, all: 0 };
    tally.all++;
    if (predicted === pair.same) tally.right++;
    else wrong.push(`${predicted ? 'FP' : 'FN'} ${a.id} | ${b.id}`);
    byKind.set(pair.kind, tally);
  }
  const pairs = counts.tp + counts.fp + counts.fn + counts.tn;
  console.log(`\nSame claim (${pairs} labelled pairs): precision ${ratio(counts.tp, counts.tp + counts.fp)}, recall ${ratio(counts.tp, counts.tp + counts.fn)} (tp ${counts.tp}, fp ${counts.fp}, fn ${counts.fn}, tn ${counts.tn})`);
  for (const [kind, { right, all }] of [...byKind].sort()) console.log(`  ${kind}: ${right} of ${all} right`);
  if (process.argv.includes('--verbose')) for (const line of wrong) console.log(`  ${line}`);

  let reported = 0;
  let correct = 0;
  let expected = 0;
  let found = 0;
  const unscored = new Map<string, number>();
  const misses: string[] = [];
  for (const item of readLines(resolve(ROOT, 'eval/discrepancies.jsonl'), Case)) {
    const a = resolveReference(library, item.a);
    const b = resolveReference(library, item.b);
    if (typeof a === 'string' || typeof b === 'string') {
      drift.push(...[a, b].filter((each): each is string => typeof each === 'string'));
      continue;
    }
    const kinds: string[] = discrepanciesOf(library, claimOfSentences([a, b])).map((discrepancy) => discrepancy.kind ?? 'detail');
    for (const kind of kinds) {
      if (!SCORED.includes(kind)) {
        unscored.set(kind, (unscored.get(kind) ?? 0) + 1);
        continue;
      }
      reported++;
      if (item.discrepancies.includes(kind)) correct++;
      else misses.push(`FP ${kind}: ${a.id} | ${b.id}`);
    }
    expected += item.discrepancies.length;
    for (const kind of item.discrepancies) {
      if (kinds.includes(kind)) found++;
      else misses.push(`FN ${kind}: ${a.id} | ${b.id}`);
    }
  }
  console.log(`\nDiscrepancies (${readLines(resolve(ROOT, 'eval/discrepancies.jsonl'), Case).length} labelled cases, ${expected} real differences): precision ${ratio(correct, reported)} (${correct} of ${reported} reported), recall ${ratio(found, expected)}`);
  if (unscored.size > 0) console.log(`  not scored (no labels for these kinds): ${[...unscored].map(([kind, n]) => `${kind} ${n}`).join(', ')}`);
  if (process.argv.includes('--verbose')) for (const line of misses) console.log(`  ${line}`);
  if (drift.length > 0) {
    console.log(`\n${drift.length} references no longer fit the text (skipped): ${drift.slice(0, 5).join('; ')}`);
    process.exitCode = 1;
  }
}

main();
