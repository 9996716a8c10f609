/**
 * Scores the bot's reading of who says so against PolNeAR (the Political News Attribution
 * Relations corpus, train and dev partitions; see ../shared/data/README.md). Each document is
 * built as one article with the annotated sentences as its sentences, in article order, and read
 * by `analyseArticle`, so `he said` is resolved the way the bot resolves it for a user. The data
 * is read where it lies and never copied into the project.
 *
 * Scored per split:
 * - attributed sentences: the bot calls a sentence attributed when its sourcing is not `none` or
 *   it gives an attribution cue; the label is PolNeAR's `attributed`. A sentence the bot
 *   attributes only by carrying a quotation's speaker over (`"...` / `...," he said.` : the
 *   first sentence has no cue of its own) is scored against PolNeAR's `in_content` instead: PolNeAR
 *   marks such a sentence as an attribution's content, not as holding its cue or source, and the
 *   bot saying whose content it is agrees with that. `strict precision` scores it against
 *   `attributed` like every other sentence.
 * - speech-cue recall: recall on the sentences whose annotated cues include a verb or phrase of
 *   speech (`said`, `told`, `according to`, ...), the attributions a reader most needs caught.
 * - source match: on sentences both call attributed and whose annotation names a source, the
 *   bot's source matches when, after folding case, determiners, titles and possessives, one of
 *   the bot's source phrases (as written in the sentence, or as resolved) and one annotated source
 *   share their head word (the last word of the name: `Mr. Bewkes` ~ `Jeffrey Bewkes`) or one
 *   contains the other word for word. An annotated pronoun (`he`, `she`, `they`) is matched by
 *   the pronoun the bot read, and an annotated relative pronoun (`who`, `which`) by the bot's
 *   source standing right before it (`Mr. Sanders, who said`); whether the bot resolved a pronoun
 *   to the right person is scored apart (resolution agreement, below).
 * - resolution agreement: on sentences whose annotated source is `he` or `she` and which the bot
 *   resolved to a name, whether that name shares its head word with an annotated source of an
 *   earlier sentence of the document (an approximation: PolNeAR does not link pronouns).
 *
 * Usage: `npm run eval:attribution [-- path/to/polnear-train-dev.jsonl] [--errors]`, or set
 * CROSSCHECK_POLNEAR_PATH. `--errors` prints sample confusions from the train split only
 * (`--all-errors` prints all of them): the
 * dev split is for reporting, never for looking at.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseArticle } from '../src/analysis/certainty.ts';
import type { Certainty } from '../src/model/answer.ts';
import type { Article, Paragraph, Sentence } from '../src/model/article.ts';
import { sourceWords } from './lib/attribution-score.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_PATH = resolve(ROOT, '../shared/data/attribution/polnear-train-dev.jsonl');
const SHOWN = 25;

/** Cues that are verbs or phrases of speech, in the forms PolNeAR annotates them. */
const SPEECH_CUE =
  /\b(said|say|says|saying|told|tell|tells|according to|wrote|writes|write|added|adds|claimed|claims|claim|announced|announces|reported|reports|tweeted|tweets|argued|argues|insisted|insists|explained|explains|warned|warns|stated|states|noted|notes|replied|replies|asked|asks|responded|declared|acknowledged|admitted|testified|alleged)\b/i;
const PRONOUN_SOURCES = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them']);
const FOLDED_AWAY = new Set(['the', 'a', 'an', 'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'president', 'his', 'her', 'their', 'its', 'our']);

interface LabelledSentence {
  text: string;
  attributed: boolean;
  in_content?: boolean;
  cues: string[];
  sources: string[];
}

interface Document {
  doc: string;
  split: string;
  sentences: LabelledSentence[];
}

function readDocuments(path: string): Document[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const row = JSON.parse(line) as Partial<Document>;
      if (typeof row.doc !== 'string' || typeof row.split !== 'string' || !Array.isArray(row.sentences)) throw new Error(`${path}:${index + 1}: not a labelled document`);
      return row as Document;
    });
}

/**
 * The document as the loader would give it: sentences joined by a space, the annotated
 * boundaries kept. PolNeAR has no paragraph breaks, so a paragraph ends after every sentence
 * that leaves no double quotation open, and a quotation spanning sentences stays in one.
 */
function buildArticle(document: Document): Article {
  let text = '';
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  let paragraphStart = 0;
  let openQuotes = 0;
  document.sentences.forEach((labelled, index) => {
    if (index > 0) text += ' ';
    const start = text.length;
    text += labelled.text;
    sentences.push({ id: `${document.doc}#${index}`, articleId: document.doc, index, paragraph: paragraphs.length + 1, start, end: text.length, text: labelled.text });
    // `''` is a double quotation mark in some wire copy, as the quote-mark reader takes it.
    openQuotes += (labelled.text.match(/["\u201C\u201D]|''/g) ?? []).length;
    if (openQuotes % 2 === 0 || index === document.sentences.length - 1) {
      paragraphs.push({ start: paragraphStart, end: text.length, number: paragraphs.length + 1 });
      paragraphStart = text.length + 1;
      openQuotes = 0;
    }
  });
  return { id: document.doc, file: `${document.doc}.txt`, format: 'txt', text, meta: {}, body: { start: 0, end: text.length }, paragraphs, sentences, contentHash: '' };
}

const words = (phrase: string): string[] => sourceWords(phrase, FOLDED_AWAY);

/** True when two source phrases name the same source by the rule in the header. */
function sameSource(bot: string, labelled: string): boolean {
  const a = words(bot);
  const b = words(labelled);
  if (a.length === 0 || b.length === 0) return bot.trim().toLowerCase() === labelled.trim().toLowerCase();
  const joinedA = ` ${a.join(' ')} `;
  const joinedB = ` ${b.join(' ')} `;
  if (joinedA.includes(joinedB) || joinedB.includes(joinedA)) return true;
  return a[a.length - 1] === b[b.length - 1];
}

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);

/**
 * True when an annotated relative pronoun (`who`, `which`) is matched by the bot's source standing
 * right before it in the sentence: PolNeAR marks `Mr. Sanders, who said …` with the source `who`,
 * and the bot answers with its antecedent, Mr. Sanders.
 */
function isAntecedent(sentence: string, bot: string, labelled: string): boolean {
  if (!RELATIVE_PRONOUNS.has(labelled.trim().toLowerCase()) || bot.trim() === '') return false;
  const at = sentence.indexOf(bot);
  return at >= 0 && new RegExp(`^,?\\s+${labelled.trim()}\\b`, 'i').test(sentence.slice(at + bot.length));
}

interface Tally {
  sentences: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Sentences attributed by a carried-over speaker alone that PolNeAR marks as content but not as attributed. */
  carriedContent: number;
  speech: number;
  speechFound: number;
  sourcePairs: number;
  sourceMatches: number;
  pronouns: number;
  pronounsAgreed: number;
}

const emptyTally = (): Tally => ({
  sentences: 0,
  truePositives: 0,
  falsePositives: 0,
  falseNegatives: 0,
  carriedContent: 0,
  speech: 0,
  speechFound: 0,
  sourcePairs: 0,
  sourceMatches: 0,
  pronouns: 0,
  pronounsAgreed: 0,
});

/** The source phrases the bot gives for a sentence: as written in it, and as resolved. */
function botSources(certainty: Certainty): string[] {
  const written = certainty.cues.filter((cue) => cue.kind !== 'attribution' && cue.kind !== 'hedge' && cue.kind !== 'conditional' && cue.kind !== 'contested').map((cue) => cue.text);
  return [...written, ...certainty.attributedTo];
}

interface Samples {
  falsePositives: string[];
  falseNegatives: string[];
  speechMissed: string[];
  sourceMismatches: string[];
  pronounMismatches: string[];
}

function scoreDocument(document: Document, tally: Tally, samples: Samples | undefined): void {
  const analysis = analyseArticle(buildArticle(document));
  const earlierSources: string[] = [];
  document.sentences.forEach((labelled, index) => {
    const certainty = analysis.sentences[index];
    if (!certainty) throw new Error(`${document.doc}: the analysis has no sentence ${index}`);
    const ownCue = certainty.cues.some((cue) => cue.kind === 'attribution');
    const predicted = certainty.sourcing !== 'none' || ownCue;
    tally.sentences++;
    if (predicted && labelled.attributed) tally.truePositives++;
    else if (predicted && !ownCue && labelled.in_content) tally.carriedContent++;
    else if (predicted) {
      tally.falsePositives++;
      samples?.falsePositives.push(`  [${certainty.sourcing}: ${certainty.attributedTo.join(' / ')}] ${labelled.text}`);
    } else if (labelled.attributed) {
      tally.falseNegatives++;
      samples?.falseNegatives.push(`  [cues: ${labelled.cues.join(', ')}; sources: ${labelled.sources.join(', ')}] ${labelled.text}`);
    }
    const speech = labelled.attributed && labelled.cues.some((cue) => SPEECH_CUE.test(cue));
    if (speech) {
      tally.speech++;
      if (predicted) tally.speechFound++;
      else samples?.speechMissed.push(`  [cues: ${labelled.cues.join(', ')}] ${labelled.text}`);
    }
    if (predicted && labelled.attributed && labelled.sources.length > 0) {
      const bot = botSources(certainty);
      tally.sourcePairs++;
      if (bot.some((phrase) => labelled.sources.some((source) => sameSource(phrase, source) || isAntecedent(labelled.text, phrase, source)))) tally.sourceMatches++;
      else samples?.sourceMismatches.push(`  [bot: ${bot.join(' / ') || '-'}; labelled: ${labelled.sources.join(' / ')}] ${labelled.text}`);
      const pronoun = labelled.sources.find((source) => source.toLowerCase() === 'he' || source.toLowerCase() === 'she');
      const resolved = certainty.attributedTo.find((name) => !PRONOUN_SOURCES.has(name.toLowerCase()) && /\p{Lu}/u.test(name));
      if (pronoun && resolved) {
        tally.pronouns++;
        if (earlierSources.some((source) => sameSource(resolved, source))) tally.pronounsAgreed++;
        else samples?.pronounMismatches.push(`  [bot: ${resolved}; earlier: ${earlierSources.slice(-4).join(' / ')}] ${labelled.text}`);
      }
    }
    for (const source of labelled.sources) if (!PRONOUN_SOURCES.has(source.toLowerCase())) earlierSources.push(source);
  });
}

const ratio = (part: number, whole: number): number => part / Math.max(1, whole);

function report(split: string, tally: Tally): void {
  const precision = ratio(tally.truePositives, tally.truePositives + tally.falsePositives);
  const strict = ratio(tally.truePositives, tally.truePositives + tally.falsePositives + tally.carriedContent);
  const recall = ratio(tally.truePositives, tally.truePositives + tally.falseNegatives);
  const f1 = (2 * precision * recall) / Math.max(Number.EPSILON, precision + recall);
  console.log(
    `| ${split} | ${tally.sentences} | ${tally.truePositives + tally.falseNegatives} | ${precision.toFixed(3)} | ${strict.toFixed(3)} | ${recall.toFixed(3)} | ${f1.toFixed(3)} | ${ratio(tally.speechFound, tally.speech).toFixed(3)} (${tally.speech}) | ${ratio(tally.sourceMatches, tally.sourcePairs).toFixed(3)} (${tally.sourcePairs}) | ${ratio(tally.pronounsAgreed, tally.pronouns).toFixed(3)} (${tally.pronouns}) |`,
  );
}

function printSamples(title: string, lines: readonly string[], shown: number): void {
  // A fixed stride through the split rather than its first lines, so one document does not fill the sample.
  const stride = Math.max(1, Math.floor(lines.length / shown));
  const picked = lines.filter((_, i) => i % stride === 0).slice(0, shown);
  console.log(`\n${title} (${lines.length}, ${picked.length} shown):\n${picked.join('\n')}`);
}

function main(): void {
  const path = resolve(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? process.env.CROSSCHECK_POLNEAR_PATH ?? DEFAULT_PATH);
  let documents: Document[];
  try {
    documents = readDocuments(path);
  } catch (error) {
    console.error(`eval-attribution: cannot read the labelled documents at ${path}: ${(error as Error).message}`);
    process.exitCode = 1;
    return;
  }
  // `--all-errors` prints every train confusion rather than a sample, for grouping what is left by shape.
  const allErrors = process.argv.includes('--all-errors');
  const showErrors = allErrors || process.argv.includes('--errors');
  const shown = allErrors ? Number.POSITIVE_INFINITY : SHOWN;
  const tallies = new Map<string, Tally>();
  const samples: Samples = { falsePositives: [], falseNegatives: [], speechMissed: [], sourceMismatches: [], pronounMismatches: [] };
  const started = performance.now();
  for (const document of documents) {
    let tally = tallies.get(document.split);
    if (!tally) tallies.set(document.split, (tally = emptyTally()));
    scoreDocument(document, tally, showErrors && document.split === 'train' ? samples : undefined);
  }
  const elapsed = performance.now() - started;
  console.log(`PolNeAR attribution: ${documents.length} documents from ${path} (${elapsed.toFixed(0)} ms)`);
  console.log('Attributed = sourcing is not none, or an attribution cue is given. Targets on dev: precision >= 0.93, F1 >= 0.80, speech-cue recall >= 0.95, source match >= 0.95.\n');
  console.log('| split | sentences | attributed | precision | strict precision | recall | F1 | speech-cue recall (n) | source match (n) | he/she resolution (n) |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const split of ['train', 'dev']) {
    const tally = tallies.get(split);
    if (tally) report(split, tally);
  }
  if (!showErrors) return;
  printSamples('False positives (train)', samples.falsePositives, shown);
  printSamples('False negatives (train)', samples.falseNegatives, shown);
  printSamples('Speech cues missed (train)', samples.speechMissed, shown);
  printSamples('Source mismatches (train)', samples.sourceMismatches, shown);
  printSamples('he/she resolved to a name no earlier source shares (train)', samples.pronounMismatches, shown);
}

main();
