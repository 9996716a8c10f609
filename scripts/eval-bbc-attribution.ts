/**
 * Scores who-says-so on real news: the bot's attribution notes and quotation speakers on 30 BBC
 * News business and politics articles (eval/bbc-attribution.jsonl) and on 16 technology and
 * entertainment articles no rule was written from (eval/bbc-attribution-genres.jsonl), and on a second sample of 16
 * business and politics articles labelled to develop rules on (eval/bbc-attribution-second.jsonl, half `tuning-2`), against
 * labels written by reading the articles (how they were made is in docs/attribution.md,
 * "Evaluation on BBC News" and "Evaluation on other genres"). The labels hold references only
 * (file, sentence offsets and hash, the source and the speaker as offsets into the file); the
 * articles are read where they lie.
 *
 * The articles are loaded and read by the bot's own pipeline, the one `/sources` and `/who` read:
 * the corpus reader, then `buildLibrary`, whose `certaintyOf` gives each sentence's note and whose
 * `quotationsOf` gives each quotation's speaker. Scored per half (the business and politics articles
 * alternate between `tuning` and `held-out`; `whole` is the two together) and on the `genre` set
 * apart, whole and by topic:
 * - attributed: precision, recall and F1 of "a source stands behind this sentence" (the bot says so
 *   when its sourcing is not `none` or it gives an attribution cue);
 * - source right: on sentences both call attributed, one of the bot's source phrases (as written or
 *   as resolved) names the labelled source (scripts/lib/attribution-score.ts says how names match),
 *   or both say it cannot be resolved;
 * - kind right: on the same sentences, the sourcing (named, media, anonymous, vague) agrees;
 * - quote speaker right: on sentences where a quotation opens, the first quotation the bot finds
 *   there has the labelled speaker (or none when the label names none);
 * - citation note wrong: a missed or spurious attribution, a wrong source or a wrong kind, as a share
 *   of all labelled sentences and of those either side calls attributed.
 *
 * Usage: `npm run eval:bbc-attribution [-- --errors]`, or set CROSSCHECK_BBC_DIR to the bbc-news
 * folder. `--errors` prints the errors of the tuning half and of the second sample only: the held-out half and the genre
 * set are for reporting.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { collectArticles, readArticleFilesSync } from '../src/corpus/load.ts';
import { buildLibrary, type Library } from '../src/library/library.ts';
import type { Article, Sentence } from '../src/model/article.ts';
import { addToTally, type BotReading, emptyTally, judgeSentence, type LabelledReading, type Scores, scoresOf, type SourcingKind, type Tally } from './lib/attribution-score.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BBC_DIR = process.env.CROSSCHECK_BBC_DIR ?? resolve(ROOT, '../shared/data/bbc-news');
/** The business and politics set, the genre set, then the second business and politics sample: all are read, each row says its half. */
const LABEL_FILES = ['eval/bbc-attribution.jsonl', 'eval/bbc-attribution-genres.jsonl', 'eval/bbc-attribution-second.jsonl'].map((path) => resolve(ROOT, path));

const Span = z.object({ start: z.number().int(), end: z.number().int() });
const Row = z.object({
  file: z.string(),
  half: z.enum(['tuning', 'held-out', 'genre', 'tuning-2']),
  sentence: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  hash: z.string(),
  attributed: z.boolean(),
  kind: z.enum(['named', 'media', 'anonymous', 'vague', 'none']),
  source: Span.nullable().optional(),
  resolved: z.union([z.array(Span), z.literal('unresolved')]).optional(),
  quote: z.object({ speaker: Span.nullable() }).optional(),
});
type Row = z.infer<typeof Row>;

/**
 * The sets a figure is printed for, in the order printed: the genre set and the second sample never count in `whole`, so its
 * figures stay comparable with those before them.
 */
const SETS = ['whole', 'tuning', 'held-out', 'genre', 'genre: tech', 'genre: entertainment', 'tuning-2'] as const;
type ScoredSet = (typeof SETS)[number];

/** The sets a row counts in: its half, and `whole` for the business and politics halves or its topic for the genre set. */
function setsOf(row: Row): ScoredSet[] {
  if (row.half === 'tuning-2') return ['tuning-2'];
  if (row.half !== 'genre') return [row.half, 'whole'];
  const topic = row.file.startsWith('tech_') ? 'genre: tech' : 'genre: entertainment';
  return ['genre', topic];
}

function readRows(path: string): Row[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = Row.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

const hashOf = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 10);

/**
 * The bot's sentences that make up a labelled one: the sentence at the labelled offsets when its
 * text still hashes the same, else those inside the labelled span (the splitter may since cut it in
 * two). Empty when the article's text itself has changed.
 */
function sentencesOf(article: Article, row: Row): Sentence[] {
  const exact = article.sentences.find((sentence) => sentence.start === row.start && hashOf(sentence.text) === row.hash);
  if (exact) return [exact];
  if (hashOf(article.text.slice(row.start, row.end)) !== row.hash) return [];
  return article.sentences.filter((sentence) => sentence.start < row.end && sentence.end > row.start);
}

function labelOf(article: Article, row: Row): LabelledReading {
  const slice = (span: { start: number; end: number }): string => article.text.slice(span.start, span.end);
  const resolved = row.resolved === 'unresolved' ? 'unresolved' : (row.resolved ?? []).map(slice);
  const label: LabelledReading = { attributed: row.attributed, kind: row.kind, resolved };
  if (row.source) label.written = slice(row.source);
  if (row.quote) label.quoteSpeaker = row.quote.speaker ? slice(row.quote.speaker) : null;
  return label;
}

const SOURCE_CUES = new Set(['named', 'media', 'anonymous', 'vague']);

/** The bot's reading of the labelled sentence, from the same library the commands read. */
function botOf(library: Library, sentences: readonly Sentence[]): BotReading {
  const reading: BotReading = { attributed: false, kind: 'none', sources: [] };
  const sources: string[] = [];
  for (const sentence of sentences) {
    const certainty = library.certaintyOf(sentence);
    if (!certainty) continue;
    const attributed = certainty.sourcing !== 'none' || certainty.cues.some((cue) => cue.kind === 'attribution');
    if (attributed && !reading.attributed) reading.kind = certainty.sourcing as SourcingKind;
    reading.attributed ||= attributed;
    sources.push(...certainty.cues.filter((cue) => SOURCE_CUES.has(cue.kind)).map((cue) => cue.text), ...certainty.attributedTo);
  }
  reading.sources = sources;
  const first = sentences[0];
  if (first) {
    const quotation = library
      .quotationsOf(first.articleId)
      .filter((found) => sentences.some((sentence) => sentence.index === found.sentenceIndex))
      .sort((a, b) => a.start - b.start)[0];
    if (quotation) reading.quoteSpeaker = quotation.speaker;
  }
  return reading;
}

const ratio = (value: number | undefined): string => (value === undefined ? 'n/a' : value.toFixed(3));

function tallyLines(name: string, tally: Tally, articles: number): string[] {
  const scores: Scores = scoresOf(tally);
  return [
    `  ${name} (${articles} articles, ${tally.sentences} sentences, ${tally.truePositives + tally.falseNegatives} attributed, ${tally.quotations} quotations):`,
    `    attributed   precision ${ratio(scores.precision)} (${tally.truePositives}/${tally.truePositives + tally.falsePositives}), recall ${ratio(scores.recall)} (${tally.truePositives}/${tally.truePositives + tally.falseNegatives}), F1 ${ratio(scores.f1)}`,
    `    source right ${ratio(scores.sourceRight)} (${tally.sourceRight}/${tally.sourcePairs}); kind right ${ratio(scores.kindRight)} (${tally.kindRight}/${tally.kindPairs}); quote speaker right ${ratio(scores.speakerRight)} (${tally.speakersRight}/${tally.quotations})`,
    `    citation note wrong ${ratio(scores.noteWrong)} of all sentences (${tally.notesWrong}/${tally.sentences}), ${ratio(scores.noteWrongAttributed)} of those either side calls attributed (${tally.notesWrong}/${tally.attributedByEither})`,
    `    errors: ${
      [...tally.errors.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([kind, count]) => `${kind} ${count}`)
        .join(', ') || 'none'
    }`,
  ];
}

function main(): void {
  const showErrors = process.argv.includes('--errors');
  const rows = LABEL_FILES.flatMap(readRows);
  const files = [...new Set(rows.map((row) => row.file))];
  const { articles, warnings } = collectArticles(readArticleFilesSync(BBC_DIR, files));
  for (const warning of warnings) console.error(`skipped ${warning.file}: ${warning.reason}`);
  if (articles.length === 0) {
    console.error(`No labelled article could be read from ${BBC_DIR}: set CROSSCHECK_BBC_DIR to the bbc-news folder.`);
    process.exitCode = 1;
    return;
  }
  const library = buildLibrary(articles);
  const tallies = new Map<ScoredSet, Tally>(SETS.map((set) => [set, emptyTally()]));
  const articlesIn = new Map<ScoredSet, Set<string>>(SETS.map((set) => [set, new Set()]));
  let drifted = 0;
  const errorLines: string[] = [];
  for (const row of rows) {
    const article = library.article(row.file.replace(/\.txt$/u, ''));
    const sentences = article ? sentencesOf(article, row) : [];
    if (!article || sentences.length === 0) {
      drifted++;
      continue;
    }
    const label = labelOf(article, row);
    const bot = botOf(library, sentences);
    const judgement = judgeSentence(label, bot);
    for (const key of setsOf(row)) {
      addToTally(tallies.get(key) ?? emptyTally(), label, bot, judgement);
      articlesIn.get(key)?.add(row.file);
    }
    if (showErrors && (row.half === 'tuning' || row.half === 'tuning-2') && judgement.errors.length > 0) {
      const written = label.written ?? '-';
      const expected = label.resolved === 'unresolved' ? 'unresolved' : label.resolved.join(' / ');
      const quote = label.quoteSpeaker === undefined ? '' : `; quote by ${label.quoteSpeaker ?? 'nobody'} / bot: ${bot.quoteSpeaker === undefined ? 'no quotation' : (bot.quoteSpeaker ?? 'nobody')}`;
      errorLines.push(
        `${row.file}#${row.sentence} [${judgement.errors.join(', ')}]`,
        `  label: ${label.kind} '${written}' = ${expected}; bot: ${bot.kind} ${bot.sources.map((source) => `'${source}'`).join(', ')}${quote}`,
        `  ${sentences.map((sentence) => sentence.text).join(' ')}`,
      );
    }
  }
  console.log(
    `BBC News attribution (${LABEL_FILES.map((path) => path.slice(ROOT.length + 1)).join(', ')}): ${rows.length} labelled sentences in ${files.length} articles${drifted > 0 ? `; ${drifted} labels no longer fit the text and were skipped` : ''}`,
  );
  for (const key of SETS) {
    console.log(tallyLines(key, tallies.get(key) ?? emptyTally(), articlesIn.get(key)?.size ?? 0).join('\n'));
  }
  if (showErrors) console.log(`\nErrors on the tuning half and the second sample:\n${errorLines.join('\n')}`);
}

main();
