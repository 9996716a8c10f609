/**
 * Scores the sentence-level certainty decision (`level !== 'certain'`) against the FactBank news
 * sentences of the Szeged Uncertainty Corpus (see ../shared/data/README.md). The data is read
 * where it lies and never copied into the project.
 *
 * Usage: `npm run eval [-- path/to/factbank-news.jsonl]`, or set CROSSCHECK_FACTBANK_PATH.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyseSentenceText } from '../src/analysis/certainty.ts';

const DEFAULT_PATH = '../shared/data/uncertainty/factbank-news.jsonl';
const SHOWN = 15;

interface Row {
  id: string;
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
      return { id: row.id ?? String(index + 1), text: row.text, uncertain: row.uncertain, cues: row.cues ?? [] };
    });
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
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let trueNegatives = 0;
  const falsePositiveCues = new Map<string, number>();
  const falseNegativeCues = new Map<string, number>();
  const falsePositiveExamples: string[] = [];
  const falseNegativeExamples: string[] = [];
  const started = performance.now();
  for (const row of rows) {
    const { level, cues } = analyseSentenceText(row.text);
    const predicted = level !== 'certain';
    if (predicted && row.uncertain) truePositives++;
    else if (predicted) {
      falsePositives++;
      for (const cue of cues) bump(falsePositiveCues, cue.text.toLowerCase());
      falsePositiveExamples.push(`  [${cues.map((cue) => cue.text).join(', ')}] ${row.text}`);
    } else if (row.uncertain) {
      falseNegatives++;
      for (const cue of row.cues) bump(falseNegativeCues, cue.toLowerCase());
      falseNegativeExamples.push(`  [labelled: ${row.cues.join(', ')}] ${row.text}`);
    } else trueNegatives++;
  }
  const elapsed = performance.now() - started;
  const precision = truePositives / Math.max(1, truePositives + falsePositives);
  const recall = truePositives / Math.max(1, truePositives + falseNegatives);
  const f1 = (2 * precision * recall) / Math.max(Number.EPSILON, precision + recall);
  const verbose = process.argv.includes('--all');
  console.log(`Sentences: ${rows.length} (${truePositives + falseNegatives} labelled uncertain) from ${path}`);
  console.log(`Decision scored: level !== 'certain' against the 'uncertain' label`);
  console.log(`True positives ${truePositives}, false positives ${falsePositives}, false negatives ${falseNegatives}, true negatives ${trueNegatives}`);
  console.log(`Precision ${precision.toFixed(3)}  Recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}  (${elapsed.toFixed(0)} ms)`);
  console.log(`\nMost frequent cues in false positives: ${countTop(falsePositiveCues)}`);
  console.log(`Most frequent labelled cues in false negatives: ${countTop(falseNegativeCues)}`);
  console.log(`\nFalse positives (first ${verbose ? 'all' : SHOWN}):\n${falsePositiveExamples.slice(0, verbose ? undefined : SHOWN).join('\n')}`);
  console.log(`\nFalse negatives (first ${verbose ? 'all' : SHOWN}):\n${falseNegativeExamples.slice(0, verbose ? undefined : SHOWN).join('\n')}`);
}

main();
