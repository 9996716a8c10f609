/**
 * Scores the sentence-level certainty decision (`level !== 'certain'`) against the FactBank news
 * sentences of the Szeged Uncertainty Corpus (see ../shared/data/README.md). The data is read
 * where it lies and never copied into the project.
 *
 * FactBank labels epistemic uncertainty: a plan or a schedule (`plans to`, `is set to`) is certain
 * there, though the bot does not call it certain. So the decision scored is "a hedge other than a
 * `plan` was found"; a second table counts plans too, to show what they cost on this data.
 *
 * FactBank has no development split, so its documents are split here, by a hash of the document
 * name, into a tuning half and a held-out half. Errors are printed for the tuning half only: the
 * held-out half is scored, never read.
 *
 * Usage: `npm run eval [-- path/to/factbank-news.jsonl] [--all]`, or set CROSSCHECK_FACTBANK_PATH.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findHedges, WOULD_OF_REPORT, WOULD_REPORTED_AS_GUESS } from '../src/analysis/hedging.ts';
import { tokenize } from '../src/text/phrase-matcher.ts';

const DEFAULT_PATH = '../shared/data/uncertainty/factbank-news.jsonl';
const SHOWN = 15;

interface Row {
  id: string;
  doc: string;
  text: string;
  uncertain: boolean;
  cues: string[];
}

function readRows(path: string): Row[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const row = JSON.parse(line) as Partial<Row>;
      if (typeof row.text !== 'string' || typeof row.uncertain !== 'boolean') throw new Error(`${path}:${index + 1}: not a labelled sentence`);
      return { id: row.id ?? String(index + 1), doc: row.doc ?? '', text: row.text, uncertain: row.uncertain, cues: row.cues ?? [] };
    });
}

type Half = 'tuning' | 'held-out';

/** The half a document falls in: the low bit of its name's FNV-1a hash, so it never changes. */
function halfOf(doc: string): Half {
  let hash = 0x811c9dc5;
  for (let i = 0; i < doc.length; i++) hash = Math.imul(hash ^ doc.charCodeAt(i), 0x01000193) >>> 0;
  return (hash & 1) === 0 ? 'tuning' : 'held-out';
}

interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
}

const emptyCounts = (): Counts => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0, trueNegatives: 0 });

function scoreLine(name: string, counts: Counts, rows: number, docs: number): string {
  const { truePositives, falsePositives, falseNegatives, trueNegatives } = counts;
  const precision = truePositives / Math.max(1, truePositives + falsePositives);
  const recall = truePositives / Math.max(1, truePositives + falseNegatives);
  const f1 = (2 * precision * recall) / Math.max(Number.EPSILON, precision + recall);
  const cells = [name, `${docs}`, `${rows}`, precision.toFixed(3), recall.toFixed(3), f1.toFixed(3), `${truePositives}`, `${falsePositives}`, `${falseNegatives}`, `${trueNegatives}`];
  return `| ${cells.join(' | ')} |`;
}

function outcomeOf(predicted: boolean, uncertain: boolean): keyof Counts {
  if (predicted) return uncertain ? 'truePositives' : 'falsePositives';
  return uncertain ? 'falseNegatives' : 'trueNegatives';
}

function countTop(counts: Map<string, number>): string {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, SHOWN)
    .map(([cue, count]) => `${cue} (${count})`)
    .join(', ');
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function main(): void {
  const path = resolve(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? process.env.CROSSCHECK_FACTBANK_PATH ?? DEFAULT_PATH);
  let rows: Row[];
  try {
    rows = readRows(path);
  } catch (error) {
    console.error(`eval: cannot read the labelled sentences at ${path}: ${(error as Error).message}`);
    process.exitCode = 1;
    return;
  }
  const counts: Record<Half | 'whole', Counts> = { whole: emptyCounts(), tuning: emptyCounts(), 'held-out': emptyCounts() };
  const withPlans: Record<Half | 'whole', Counts> = { whole: emptyCounts(), tuning: emptyCounts(), 'held-out': emptyCounts() };
  const rowsIn: Record<Half | 'whole', number> = { whole: 0, tuning: 0, 'held-out': 0 };
  const docsIn: Record<Half | 'whole', Set<string>> = { whole: new Set(), tuning: new Set(), 'held-out': new Set() };
  const falsePositiveCues = new Map<string, number>();
  const falseNegativeCues = new Map<string, number>();
  const falsePositiveExamples: string[] = [];
  // How FactBank labels the sentences whose only hedges are plans and hold a `would` of reported speech.
  const reportedWould = { certain: 0, uncertain: 0 };
  const falseNegativeExamples: string[] = [];
  const started = performance.now();
  for (const row of rows) {
    const half = halfOf(row.doc);
    const found = findHedges(tokenize(row.text), row.text);
    const cues = found.filter(({ hedge }) => hedge.category !== 'plan').map(({ start, end }) => ({ text: row.text.slice(start, end) }));
    const outcome = outcomeOf(cues.length > 0, row.uncertain);
    for (const part of ['whole', half] as const) {
      counts[part][outcome]++;
      withPlans[part][outcomeOf(found.length > 0, row.uncertain)]++;
      rowsIn[part]++;
      docsIn[part].add(row.doc);
    }
    if (half !== 'tuning') continue;
    if (cues.length === 0 && found.some(({ hedge }) => hedge === WOULD_OF_REPORT || hedge === WOULD_REPORTED_AS_GUESS)) reportedWould[row.uncertain ? 'uncertain' : 'certain']++;
    if (outcome === 'falsePositives') {
      for (const cue of cues) bump(falsePositiveCues, cue.text.toLowerCase());
      falsePositiveExamples.push(`  [${cues.map((cue) => cue.text).join(', ')}] ${row.text}`);
    } else if (outcome === 'falseNegatives') {
      for (const cue of row.cues) bump(falseNegativeCues, cue.toLowerCase());
      falseNegativeExamples.push(`  [labelled: ${row.cues.join(', ')}] ${row.text}`);
    }
  }
  const elapsed = performance.now() - started;
  const verbose = process.argv.includes('--all');
  console.log(`Sentences: ${rows.length} (${counts.whole.truePositives + counts.whole.falseNegatives} labelled uncertain) from ${path}, scored in ${elapsed.toFixed(0)} ms`);
  console.log(`Decision scored: a hedge other than a plan (level !== 'certain' but for plans) against the 'uncertain' label; documents split in halves by a hash of their name\n`);
  const header = '| part | documents | sentences | precision | recall | F1 | TP | FP | FN | TN |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |';
  console.log(header);
  for (const part of ['tuning', 'held-out', 'whole'] as const) console.log(scoreLine(part, counts[part], rowsIn[part], docsIn[part].size));
  console.log(`\nWith plans counted as uncertain too (level !== 'certain'):\n${header}`);
  for (const part of ['tuning', 'held-out', 'whole'] as const) console.log(scoreLine(part, withPlans[part], rowsIn[part], docsIn[part].size));
  console.log(`\nTuning half only, sentences whose only hedges are plans, among them a 'would' of reported speech: ${reportedWould.certain} labelled certain, ${reportedWould.uncertain} uncertain`);
  console.log(`\nTuning half only, most frequent cues in false positives: ${countTop(falsePositiveCues)}`);
  console.log(`Tuning half only, most frequent labelled cues in false negatives: ${countTop(falseNegativeCues)}`);
  console.log(`\nTuning half, false positives (${verbose ? 'all' : `first ${SHOWN}`}):\n${falsePositiveExamples.slice(0, verbose ? undefined : SHOWN).join('\n')}`);
  console.log(`\nTuning half, false negatives (${verbose ? 'all' : `first ${SHOWN}`}):\n${falseNegativeExamples.slice(0, verbose ? undefined : SHOWN).join('\n')}`);
}

main();
