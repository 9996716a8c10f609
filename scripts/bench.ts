/**
 * `npm run bench [-- --sizes seeds,bbc,bbc10,bbc40] [--repeats 3] [--json] [--json-file FILE]`
 *
 * How crosscheck scales on real news: for each corpus size, the cold load, analysis and index
 * (each stage timed), the snapshot start, peak memory, and per-command latency percentiles over a
 * few hundred queries drawn from the corpus, beside what a user would do without us (`rg -F` or
 * `grep -rF` for /quote, a plain MiniSearch query for /sources). Each size runs in child processes
 * of its own so their peak memory is theirs alone. The BBC set is read from ../shared/data and
 * copied (and replicated, with distinct file names) into a temporary folder; nothing is committed.
 *
 * `--check-transcript` also answers a fixed set of questions drawn from each BBC size with a fixed
 * seed and compares the SHA-256 of every answer with those recorded in BBC_TRANSCRIPT (hashes
 * only: the BBC text is never committed); `--update-transcript` records them instead.
 * `--answers-dir DIR` writes those answers in full as DIR/<size>.jsonl as well, to read what a change
 * changed (diff two runs' files) before recording it; keep DIR outside the repository.
 *
 * `--skip-baselines SIZES` (for example `bbc40`) builds neither FlexSearch and MiniSearch beside our
 * index nor the plain MiniSearch /sources is compared with at those sizes: at BBC ×40 the plain
 * MiniSearch alone grew the queries child to 7–8 GB, more than the bot's own figures need.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import MiniSearch from 'minisearch';
import { COMMANDS } from '../commands/index.ts';
import type { Answer } from '../src/model/answer.ts';
import { renderDiscord } from '../src/answer/render/discord.ts';
import { renderSlack } from '../src/answer/render/slack.ts';
import type { Library } from '../src/library/library.ts';
import { answerLine } from '../src/runtime/dispatch.ts';
import { warmAnswers } from '../src/runtime/warm-answers.ts';
import { loadLibraryCached, type CachedLoadStage } from '../src/library/snapshot.ts';
import { openArticleStore, WORKER_MIN_ARTICLES } from '../src/library/article-store.ts';
import { nodeFlagsOfAsk } from './lib/ask-command.ts';
import { hashLine, recordTranscript } from './lib/transcript.ts';
import { ENGINES, measurePeer, writePeerInput, type Engine, type PeerResult } from './lib/peers.ts';
import { createRandom } from './lib/random.ts';

const BBC_DIR = resolve('../shared/data/bbc-news');
const BBC_FILE = /^[a-z]+_\d+\.txt$/;
/** Corpus sizes by name: how many copies of which source. */
const SIZES: Record<string, { source: 'seeds' | 'bbc'; copies: number }> = {
  seeds: { source: 'seeds', copies: 1 },
  bbc: { source: 'bbc', copies: 1 },
  bbc10: { source: 'bbc', copies: 10 },
  bbc40: { source: 'bbc', copies: 40 },
};
const QUERIES_PER_KIND = 100;
/** Where the hashes of the BBC sizes' answers to the transcript questions are kept, by size. */
const BBC_TRANSCRIPT = 'scripts/bbc-transcript.sha256.json';
/** The transcript asks every this-many-th question of each command's set: a bounded run at 10×. */
const TRANSCRIPT_STRIDE = 4;
/** Fixed-string searches spawn a process over every file: a sample keeps the run bounded. */
const GREP_SAMPLE = 15;

type Stages = Partial<Record<CachedLoadStage, number>>;

interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
  count: number;
}

/** What one size measured; times in milliseconds, memory in MB. */
interface SizeResult {
  size: string;
  articles: number;
  sentences: number;
  /** `ready`: until the library answers; `total`: until its snapshot is saved too (the save runs after it is ready, as in the bot). */
  cold: Stages & { ready: number; total: number; peakRssMb: number; heapUsedMb: number };
  /** How many claims the cross-article alignment found. */
  claims: number;
  /** Rendering every answer the commands gave, per platform: what a Slack or Discord user waits for beyond the command. */
  render: { slack: Percentiles & { max: number }; discord: Percentiles & { max: number } };
  /** `ms` until ready to answer; `warmUpMs` the read-ahead after it (see Library.warmUp). */
  start: { ms: number; runs: number[]; warmUpMs: number; peakRssMb: number; heapUsedMb: number };
  /**
   * Per command, the median of the passes' percentiles, and the first pass's p99 on its own: the
   * first pass is a process that has answered nothing yet (code not yet optimised by the engine,
   * nothing remembered per claim), the median one that has been answering for a while.
   */
  commands: Record<string, Percentiles & { errors: number; firstPassP99: number }>;
  baselines: {
    grepTool: string;
    grep: Percentiles;
    quoteOnSameSample: Percentiles;
    /** Left out with `--skip-baselines` at this size, as is the ratio. */
    plainMiniSearch?: Percentiles;
    sourcesOnSameQueries: Percentiles;
    sourcesMisspelt: Percentiles;
    sourcesNonsense: Percentiles;
    quoteSpeedupOverGrep: number;
    sourcesOverPlainMiniSearch?: number;
  };
  /** With `--check-transcript`, how this size's answers compare with the recorded ones. */
  transcript?: TranscriptCheck;
  /** The articles' text in MB (UTF-8), the yardstick for memory. */
  textMb: number;
  /** Each engine built on the same sentences in a process of its own (see scripts/lib/peers.ts). */
  peers: PeerSummary[];
  /**
   * One article added through the article store: until it is answered, and the longest wait of every other answer
   * meanwhile; then the background rebuild behind it (until the whole library is in, from the /add) and its hand-over
   * (the worker's library restored on this thread), with the same waits.
   */
  add: {
    ms: number;
    longestWaitMs: number;
    sourcesLongestWaitMs: number;
    sourcesAsked: number;
    rebuiltMs: number;
    handOverMs: number;
    handOverLongestWaitMs: number;
    handOverSourcesLongestWaitMs: number;
    handOverSourcesAsked: number;
  };
  /** One /sources question through the compiled CLI (`dist/src/ask.js`, as `npm run ask` runs it), whole process, under /usr/bin/time: cold, then from the snapshot the cold run left. */
  cli?: { cold: ProcessCost; fromSnapshot: ProcessCost };
}

type PeerSummary = Omit<PeerResult, 'claims' | 'misspelt' | 'nonsense' | 'misspeltFirst' | 'nonsenseFirst'> & {
  claims: Percentiles;
  misspelt: Percentiles;
  nonsense: Percentiles;
  misspeltFirst: Percentiles;
  nonsenseFirst: Percentiles;
};

/** What a whole process cost: wall-clock seconds and peak resident memory in MB. */
interface ProcessCost {
  wallS: number;
  peakRssMb: number;
}

function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), count: sorted.length };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  // An empty list has no median: NaN, as the arithmetic on missing values gave before.
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 ? upper : ((sorted[mid - 1] ?? Number.NaN) + upper) / 2;
}

/** The median of each percentile over repeated passes. */
function medianPercentiles(passes: Percentiles[]): Percentiles {
  return { p50: median(passes.map((p) => p.p50)), p95: median(passes.map((p) => p.p95)), p99: median(passes.map((p) => p.p99)), count: passes[0]?.count ?? 0 };
}

const megabytes = (bytes: number): number => Math.round(bytes / 1024 / 1024);
const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

interface Queries {
  claims: string[];
  names: string[];
  phrases: string[];
  /** The claims that are one misspelt word, and those that are nonsense: the questions a near-spelling lookup answers. */
  misspelt: string[];
  nonsense: string[];
}

/** Names, figures, phrases, misspellings and questions with no answer, drawn from the corpus itself. */
function drawQueries(library: Library): Queries {
  const random = createRandom(7);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error('bench: nothing to draw a query from');
    return item;
  };
  const sentences = library.articles.flatMap((article) => article.sentences);
  const wordsOf = (text: string): string[] => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu) ?? [];
  const misspell = (word: string): string => (word.length < 6 ? word : word.slice(0, 2) + word[3] + word[2] + word.slice(4));
  const people = library.entities.entities.filter((entity) => entity.mentions.length >= 2 && entity.kind !== 'other');
  const names: string[] = [];
  const phrases: string[] = [];
  const claims: string[] = [];
  const misspelt: string[] = [];
  const nonsense = ['zorblat quintessa', 'flumberwick treaty', 'xylophonic budget 9931', 'glarn', 'Wobbleton accord'];
  for (let i = 0; i < QUERIES_PER_KIND; i++) {
    const entity = people.length > 0 ? pick(people) : undefined;
    if (entity) names.push(entity.name, entity.name.slice(entity.name.lastIndexOf(' ') + 1), misspell(entity.name));
    const words = wordsOf(pick(sentences).text);
    const from = Math.floor(random() * Math.max(1, words.length - 4));
    const phrase = words.slice(from, from + 2 + Math.floor(random() * 4)).join(' ');
    if (phrase) phrases.push(phrase);
    const figureSentence = sentences.find((sentence, j) => j >= Math.floor(random() * sentences.length) && /\d/.test(sentence.text));
    const figureWords = figureSentence ? wordsOf(figureSentence.text) : [];
    const figureAt = figureWords.findIndex((word) => /\d/.test(word));
    if (figureAt >= 0) claims.push(figureWords.slice(figureAt, figureAt + 2).join(' '));
    const content = words.filter((word) => word.length > 3);
    if (content.length >= 2) {
      const pair = `${pick(content)} ${pick(content)}`;
      const word = pick(content);
      claims.push(pair, misspell(word));
      if (misspell(word) !== word) misspelt.push(misspell(word));
    }
    if (entity) claims.push(`${entity.name} ${content[0] ?? ''}`.trim());
  }
  names.push(...nonsense);
  claims.push(...nonsense);
  phrases.push(...nonsense);
  return { claims, names, phrases, misspelt, nonsense };
}

/** The queries each command is asked: by what its argument is; a command we do not know is asked claims. */
function queriesFor(command: string, queries: Queries): string[] {
  if (command === 'help') return [''];
  if (command === 'who') return queries.names;
  if (command === 'quote') return queries.phrases;
  if (command === 'cite') return queries.claims.map((claim, i) => (i % 3 === 0 ? `${claim} apa` : claim));
  return queries.claims;
}

async function timeCommand(library: Library, line: string): Promise<{ ms: number; failed: boolean; answer?: Answer }> {
  const context = { library, caller: { platform: 'console' as const, userId: 'bench', isAdmin: false } };
  const start = performance.now();
  try {
    const answer = await answerLine(line, context);
    return { ms: performance.now() - start, failed: false, answer };
  } catch {
    return { ms: performance.now() - start, failed: true };
  }
}

/** How long rendering each answer for one platform takes. */
function timeRendering(answers: readonly Answer[], render: (answer: Answer) => unknown): Percentiles & { max: number } {
  const times = answers.map((answer) => {
    const start = performance.now();
    render(answer);
    return performance.now() - start;
  });
  return { ...percentiles(times), max: Math.max(0, ...times) };
}

// ---- child: one size ----

/**
 * V8's heap in use plus typed arrays' contents (kept outside the heap) after a full collection
 * (the children run with --expose-gc): what the library itself holds.
 */
function collectedHeapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return megabytes(heapUsed + arrayBuffers);
}

async function runBuild(dir: string, cacheDir: string, peersFile: string): Promise<void> {
  const stages: Stages = {};
  const start = performance.now();
  // As the bot and `npm run ask` load: ready to answer before the snapshot is saved.
  const { library, saved } = await loadLibraryCached(dir, { cacheDir, warn: () => {}, onStage: (stage, ms) => (stages[stage] = ms), saveInBackground: true });
  const ready = performance.now() - start;
  await saved;
  const total = performance.now() - start;
  const sentences = library.articles.reduce((sum, article) => sum + article.sentences.length, 0);
  const textMb = library.articles.reduce((sum, article) => sum + Buffer.byteLength(article.text), 0) / 1024 / 1024;
  const cold = { ...stages, ready, total, peakRssMb: peakRssMb(), heapUsedMb: collectedHeapMb() };
  // The peers' input: the same sentences and questions, for engines measured in processes of their own.
  const queries = drawQueries(library);
  await writePeerInput(peersFile, {
    articles: library.articles.map((article) => ({ id: article.id, sentences: article.sentences.map(({ start: at, text }) => ({ start: at, text })) })),
    claims: queries.claims,
    misspelt: queries.misspelt,
    nonsense: queries.nonsense,
  });
  emit({ articles: library.articles.length, sentences, textMb, claims: library.alignment.claims.length, cold, askClaim: queries.claims[0] ?? 'troops' });
}

async function runPeer(engine: Engine, peersFile: string, repeats: number): Promise<void> {
  const result = await measurePeer(engine, peersFile, repeats);
  emit({
    ...result,
    claims: percentiles(result.claims),
    misspelt: percentiles(result.misspelt),
    nonsense: percentiles(result.nonsense),
    misspeltFirst: percentiles(result.misspeltFirst),
    nonsenseFirst: percentiles(result.nonsenseFirst),
  });
}

async function runStart(dir: string, cacheDir: string, withQueries: boolean, repeats: number, withBaselines: boolean): Promise<void> {
  const start = performance.now();
  const { library, source } = await loadLibraryCached(dir, { cacheDir, warn: () => {} });
  const ms = performance.now() - start;
  if (source !== 'snapshot') throw new Error(`bench: expected to start from the snapshot, got ${source}`);
  // Ready to answer at `ms`; the read-ahead that follows in the bot runs between commands, and
  // is timed on its own here so that it does not land in the first queries' latencies.
  const warmUpStart = performance.now();
  await library.warmUp();
  const warmUpMs = performance.now() - warmUpStart;
  const memory = { peakRssMb: peakRssMb(), heapUsedMb: collectedHeapMb() };
  if (!withQueries) return emit({ start: { ms, warmUpMs, ...memory } });

  const queries = drawQueries(library);
  const commands: SizeResult['commands'] = {};
  const answers: Answer[] = [];
  for (const command of COMMANDS.filter((definition) => definition.example)) {
    const lines = queriesFor(command.name, queries).map((query) => `/${command.name} ${query}`.trim());
    const passes: Percentiles[] = [];
    let errors = 0;
    for (let pass = 0; pass < repeats; pass++) {
      const times: number[] = [];
      for (const line of lines) {
        const { ms: took, failed, answer } = await timeCommand(library, line);
        times.push(took);
        if (failed) errors++;
        if (answer && pass === 0) answers.push(answer);
      }
      passes.push(percentiles(times));
    }
    commands[command.name] = { ...medianPercentiles(passes), errors, firstPassP99: passes[0]?.p99 ?? 0 };
  }

  // Without us, /quote is a fixed-string search of the files: the same phrases, a sample of them.
  const grepTool = hasCommand('rg') || installRipgrep() ? 'rg -F' : 'grep -rF';
  const sample = queries.phrases.filter((_, i) => i % Math.max(1, Math.floor(queries.phrases.length / GREP_SAMPLE)) === 0).slice(0, GREP_SAMPLE);
  const grepTimes: number[] = [];
  const quoteTimes: number[] = [];
  for (const phrase of sample) {
    const begin = performance.now();
    if (grepTool === 'rg -F') spawnSync('rg', ['-F', '-l', '--', phrase, dir], { stdio: 'ignore' });
    else spawnSync('grep', ['-rFl', '--', phrase, dir], { stdio: 'ignore' });
    grepTimes.push(performance.now() - begin);
    quoteTimes.push((await timeCommand(library, `/quote ${phrase}`)).ms);
  }
  // Without our analysis, /sources is a plain MiniSearch query over the same sentences.
  const plain = withBaselines ? new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: [] }) : undefined;
  let id = 0;
  if (plain) for (const article of library.articles) plain.addAll(article.sentences.map((sentence) => ({ id: id++, text: sentence.text })));
  const plainPasses: Percentiles[] = [];
  const sourcesPasses: Percentiles[] = [];
  for (let pass = 0; pass < repeats; pass++) {
    const plainTimes: number[] = [];
    const sourcesTimes: number[] = [];
    for (const claim of queries.claims) {
      if (plain) {
        const begin = performance.now();
        plain.search(claim);
        plainTimes.push(performance.now() - begin);
      }
      sourcesTimes.push((await timeCommand(library, `/sources ${claim}`)).ms);
    }
    if (plain) plainPasses.push(percentiles(plainTimes));
    sourcesPasses.push(percentiles(sourcesTimes));
  }
  // The questions a near-spelling lookup answers, through the whole /sources command.
  const timeSources = async (claims: string[]): Promise<Percentiles> => {
    const passes: Percentiles[] = [];
    for (let pass = 0; pass < repeats; pass++) {
      const times: number[] = [];
      for (const claim of claims) times.push((await timeCommand(library, `/sources ${claim}`)).ms);
      passes.push(percentiles(times));
    }
    return medianPercentiles(passes);
  };
  const sourcesMisspelt = await timeSources(queries.misspelt);
  const sourcesNonsense = await timeSources(queries.nonsense);
  const grep = percentiles(grepTimes);
  const quoteOnSameSample = percentiles(quoteTimes);
  const plainMiniSearch = plain ? medianPercentiles(plainPasses) : undefined;
  const sourcesOnSameQueries = medianPercentiles(sourcesPasses);
  const render = { slack: timeRendering(answers, (answer) => renderSlack(answer)), discord: timeRendering(answers, renderDiscord) };
  emit({
    start: { ms, warmUpMs, ...memory },
    commands,
    render,
    baselines: {
      grepTool,
      grep,
      quoteOnSameSample,
      ...(plainMiniSearch && { plainMiniSearch, sourcesOverPlainMiniSearch: sourcesOnSameQueries.p50 / Math.max(plainMiniSearch.p50, 0.001) }),
      sourcesOnSameQueries,
      sourcesMisspelt,
      sourcesNonsense,
      quoteSpeedupOverGrep: grep.p50 / Math.max(quoteOnSameSample.p50, 0.001),
    },
  });
}

/** How often a /sources is asked while the /add runs: a busy channel. */
const SOURCES_EVERY_MS = 25;

/**
 * One /add through the real path, as an admin on the console would type it (the command, the
 * ingest code, the article store), on a store started from the snapshot: a copy of the corpus's
 * first article pasted as text, with one sentence of our own so it is not refused as a duplicate.
 * Measured: how long until the answer (the new library swapped in), the longest the event loop
 * stalled meanwhile, and the longest any /sources asked meanwhile (one every SOURCES_EVERY_MS)
 * waited from when it was asked until its answer; then the same while the whole library is
 * rebuilt in the background, apart for its hand-over (the worker's library restored on this
 * thread, see rebuildInWorker), where this thread does the work.
 */
async function runAdd(dir: string, cacheDir: string): Promise<void> {
  type Phase = 'adding' | 'rebuilding' | 'handing-over' | 'done';
  const now: { phase: Phase; handOverAt: number; doneAt: number; rebuildLongestWaitMs: number } = { phase: 'adding', handOverAt: 0, doneAt: Number.POSITIVE_INFINITY, rebuildLongestWaitMs: 0 };
  const delay = monitorEventLoopDelay({ resolution: 10 });
  const store = await openArticleStore(dir, () => {}, {
    cacheDir,
    onHandOver() {
      now.rebuildLongestWaitMs = delay.max / 1e6;
      delay.reset();
      now.handOverAt = performance.now();
      now.phase = 'handing-over';
    },
  });
  // As the bot does once started (src/main.ts): no question of the /add's is the process's first.
  await warmAnswers(store.library);
  const first = (await readdir(dir)).filter((name) => name.endsWith('.txt')).sort()[0];
  if (first === undefined) throw new Error(`bench: no .txt article in ${dir} to add a copy of`);
  const text = `${(await readFile(join(dir, first), 'utf8')).trimEnd()}\n\nThe benchmark added this copy at ${new Date().toISOString()}.\n`;
  const question = `/sources ${drawQueries(store.library).claims[0] ?? 'said'}`;
  delay.enable();
  // Read through a function: the type checker would narrow a read of the field to its first value inside the loop below.
  const phaseNow = (): Phase => now.phase;
  const waits: Record<Exclude<Phase, 'done'>, number[]> = { adding: [], rebuilding: [], 'handing-over': [] };
  // The process's resident memory, sampled with each /sources: a worker's second library counts here too.
  let peakRss = process.memoryUsage.rss();
  // Questions are due on a fixed clock; a stalled loop answers them late, and the wait counts from when each was due.
  // They go on after the answer, while the store rebuilds the whole library in the background (see ArticleStore.settled).
  const asking = (async () => {
    for (let due = performance.now(); phaseNow() !== 'done'; due += SOURCES_EVERY_MS) {
      await sleep(Math.max(0, due - performance.now()));
      const asked = phaseNow();
      await answerLine(question, { library: store.library, caller: { platform: 'console', userId: 'bench', isAdmin: false } });
      if (asked !== 'done') waits[asked].push(performance.now() - due);
      // Due before the swap, held by the hand-over's last turn and asked after it: the hand-over's wait.
      else if (due < now.doneAt) waits['handing-over'].push(performance.now() - due);
      peakRss = Math.max(peakRss, process.memoryUsage.rss());
      if (performance.now() > due + SOURCES_EVERY_MS) due = performance.now() - SOURCES_EVERY_MS;
    }
  })();
  const start = performance.now();
  const answer = await answerLine(`/add ${text}`, { library: store.library, articles: store, caller: { platform: 'console', userId: 'bench', isAdmin: true } });
  const ms = performance.now() - start;
  // Found by the library that answers right after the /add, whole or layered.
  const foundAtOnce = store.library.articles.some((article) => article.text.includes('The benchmark added this copy'));
  const found =
    (
      await answerLine(`/source ${store.library.articles.find((article) => article.text.includes('The benchmark added this copy'))?.id ?? '-'}`, {
        library: store.library,
        caller: { platform: 'console', userId: 'bench', isAdmin: false },
      })
    ).status === 'ok';
  // The monitor records a stall when its next timer fires: let it fire after the last one.
  await sleep(50);
  const longestWaitMs = delay.max / 1e6;
  delay.reset();
  now.phase = 'rebuilding';
  await store.settled();
  const rebuiltMs = performance.now() - start;
  now.doneAt = performance.now();
  const handOverMs = now.handOverAt === 0 ? 0 : now.doneAt - now.handOverAt;
  now.phase = 'done';
  await asking;
  await sleep(50);
  delay.disable();
  // Below WORKER_MIN_ARTICLES (the seeds' five) the store rebuilds on this thread: there is no hand-over to time.
  if (now.handOverAt === 0 && store.library.articles.length >= WORKER_MIN_ARTICLES) throw new Error('bench: the background rebuild never handed its library over');
  const added = store.library.articles.find((article) => article.text.includes('The benchmark added this copy'));
  if (added) await unlink(join(dir, added.file));
  // The folder as it was, and its snapshot with it (a rebuild in a worker saves the one with the copy), for the next run to start from.
  await store.reload();
  if (answer.status !== 'ok' || !added || !foundAtOnce || !found) throw new Error(`bench: /add failed: ${JSON.stringify(answer).slice(0, 500)}`);
  emit({
    add: {
      ms,
      longestWaitMs,
      sourcesLongestWaitMs: Math.max(0, ...waits.adding),
      sourcesAsked: waits.adding.length,
      rebuiltMs,
      rebuildLongestWaitMs: now.rebuildLongestWaitMs,
      rebuildSourcesLongestWaitMs: Math.max(0, ...waits.rebuilding),
      rebuildSourcesAsked: waits.rebuilding.length,
      handOverMs,
      handOverLongestWaitMs: delay.max / 1e6,
      handOverSourcesLongestWaitMs: Math.max(0, ...waits['handing-over']),
      handOverSourcesAsked: waits['handing-over'].length,
      peakRssMb: peakRss / 2 ** 20,
    },
  });
}

/** The transcript questions of a corpus: a fixed sample of every command's question set. */
function transcriptLines(library: Library): string[] {
  const queries = drawQueries(library);
  return COMMANDS.filter((definition) => definition.example && !['add', 'remove'].includes(definition.name)).flatMap((command) =>
    queriesFor(command.name, queries)
      .filter((_, i) => i % TRANSCRIPT_STRIDE === 0)
      .map((query) => `/${command.name} ${query}`.trim()),
  );
}

async function runTranscript(dir: string, cacheDir: string, answersFile: string | undefined): Promise<void> {
  const { library } = await loadLibraryCached(dir, { cacheDir, warn: () => {} });
  const lines = transcriptLines(library);
  const answers = await recordTranscript(library, lines);
  if (answersFile) await writeFile(answersFile, `${answers.join('\n')}\n`);
  emit({
    transcript: lines.map((line, i) => {
      const answer = answers[i];
      if (answer === undefined) throw new Error(`bench: no answer recorded for transcript line ${i + 1}`);
      return [hashLine(line), hashLine(answer)];
    }),
  });
}

/** Install ripgrep from Debian's packages when the bench may (root, apt-get present); false when it could not. */
function installRipgrep(): boolean {
  if (process.getuid?.() !== 0 || !hasCommand('apt-get')) return false;
  process.stderr.write("bench: ripgrep is missing; installing it from Debian's packages…\n");
  const installed = spawnSync('sh', ['-c', 'apt-get install -y -q ripgrep || (apt-get update -q && apt-get install -y -q ripgrep)'], { stdio: 'ignore', timeout: 180_000 });
  return installed.status === 0 && hasCommand('rg');
}

function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function emit(value: unknown): void {
  process.stdout.write(`BENCH ${JSON.stringify(value)}\n`);
}

// ---- parent: corpora, children, report ----

async function prepareCorpus(size: string, root: string): Promise<string> {
  const spec = SIZES[size];
  if (!spec) throw new Error(`bench: unknown size ${size}; sizes: ${Object.keys(SIZES).join(', ')}`);
  const dir = join(root, size);
  // A copy, as for the BBC sizes: the /add child adds an article to the folder it is given, and a run that fails before
  // removing it must not leave one in the project's seeds.
  if (spec.source === 'seeds') {
    await cp(resolve('seeds'), dir, { recursive: true });
    return dir;
  }
  await mkdir(dir, { recursive: true });
  const names = (await readdir(BBC_DIR)).filter((name) => BBC_FILE.test(name));
  for (let copy = 0; copy < spec.copies; copy++) {
    // Distinct names give each copy its own article ids; the texts stay the BBC's, byte for byte.
    for (const name of names) await copyFile(join(BBC_DIR, name), join(dir, spec.copies === 1 ? name : name.replace(/\.txt$/, `_c${String(copy).padStart(2, '0')}.txt`)));
  }
  return dir;
}

function runChild(args: string[]): Record<string, unknown> {
  const result = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', '--max-old-space-size=12288', new URL(import.meta.url).pathname, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = result.stdout.split('\n').find((text) => text.startsWith('BENCH '));
  if (result.status !== 0 || !line) throw new Error(`bench: ${args.join(' ')} failed (${result.status}): ${result.stderr.slice(-2000)}`);
  return JSON.parse(line.slice(6)) as Record<string, unknown>;
}

/** How the answers of one size compare with the recorded hashes (see BBC_TRANSCRIPT). */
interface TranscriptCheck {
  asked: number;
  differing: number;
  /** False when no hashes were recorded for the size. */
  recorded: boolean;
}

async function readRecordedTranscripts(): Promise<Record<string, [string, string][]>> {
  return JSON.parse(await readFile(BBC_TRANSCRIPT, 'utf8').catch(() => '{}')) as Record<string, [string, string][]>;
}

async function checkTranscript(size: string, dir: string, cacheDir: string, update: boolean, answersDir: string | undefined): Promise<TranscriptCheck> {
  const answers = answersDir ? ['--answers', resolve(answersDir, `${size}.jsonl`)] : [];
  if (answersDir) await mkdir(answersDir, { recursive: true });
  const hashes = runChild(['--child', 'transcript', '--dir', dir, '--cache', cacheDir, ...answers]).transcript as [string, string][];
  const all = await readRecordedTranscripts();
  if (update) {
    all[size] = hashes;
    await writeFile(BBC_TRANSCRIPT, `${JSON.stringify(all, null, 1)}\n`);
  }
  const recorded = all[size];
  if (!recorded) return { asked: hashes.length, differing: hashes.length, recorded: false };
  const differing = hashes.filter(([line, answer], i) => recorded[i]?.[0] !== line || recorded[i]?.[1] !== answer).length + Math.max(0, recorded.length - hashes.length);
  return { asked: hashes.length, differing, recorded: true };
}

/**
 * One /sources question through the public CLI as a user runs it (`npm run ask` runs the compiled
 * `dist/src/ask.js` with node and the flags of its `ask` script): the whole process under /usr/bin/time -v (wall clock and peak
 * RSS); undefined without it. Until 2026-12-05 this ran `src/ask.ts` under this script's tsx, which
 * compiled every module on the way in, and started from the snapshot the bench's own children had
 * keyed to the TypeScript sources. The compiled code keys its snapshot by its own files (see
 * codeVersion), so a cold run into `cacheDir` comes first and leaves the snapshot the run from it reads.
 */
function timeCli(dir: string, cacheDir: string, claim: string): ProcessCost | undefined {
  if (!hasCommand('/usr/bin/time')) return undefined;
  const result = spawnSync('/usr/bin/time', ['-v', process.execPath, ...askNodeFlags(), compiledCli(), `/sources ${claim}`], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, SEEDS_DIR: dir, CACHE_DIR: cacheDir },
  });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(result.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr);
  if (!wall || !rss) throw new Error(`bench: the CLI run gave no timing (${result.status}): ${result.stderr.slice(-1000)}`);
  return { wallS: Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]), peakRssMb: Math.round(Number(rss[1]) / 1024) };
}

/** The node flags of package.json's `ask` script. */
function askNodeFlags(): string[] {
  return nodeFlagsOfAsk((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { ask: string } }).scripts.ask);
}

/** The compiled CLI, built first as `npm run ask` builds it (incremental: nothing to do when dist is current). */
function compiledCli(): string {
  const built = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'build'], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`bench: npm run build failed: ${built.stdout}${built.stderr}`);
  return resolve('dist/src/ask.js');
}

async function measureSize(
  size: string,
  root: string,
  repeats: number,
  log: (text: string) => void,
  transcript: 'check' | 'update' | 'off' = 'off',
  answersDir?: string,
  withBaselines = true,
): Promise<SizeResult> {
  const dir = await prepareCorpus(size, root);
  const cacheDir = join(root, `cache-${size}`);
  const peersFile = join(root, `peers-${size}.json`);
  log(`${size}: cold build…`);
  const build = runChild(['--child', 'build', '--dir', dir, '--cache', cacheDir, '--peers', peersFile]);
  const peers: PeerSummary[] = [];
  // Our own index is measured in its process either way: its heap and build are the bot's figures, not a baseline's.
  for (const engine of ENGINES.filter((name) => withBaselines || name === 'crosscheck')) {
    log(`${size}: ${engine} on the same sentences…`);
    peers.push(runChild(['--child', 'peer', '--engine', engine, '--peers', peersFile, '--repeats', String(repeats)]) as unknown as PeerSummary);
  }
  await rm(peersFile, { force: true });
  // Large sizes start once: each start is minutes of machine time at 40×.
  const startRuns = (build.articles as number) <= 3000 ? repeats : 1;
  const starts: number[] = [];
  for (let run = 1; run < startRuns; run++) {
    log(`${size}: snapshot start ${run}/${startRuns}…`);
    starts.push((runChild(['--child', 'start', '--dir', dir, '--cache', cacheDir]).start as { ms: number }).ms);
  }
  log(`${size}: snapshot start and queries…`);
  const measured = runChild(['--child', 'queries', '--dir', dir, '--cache', cacheDir, '--repeats', String(repeats), ...(withBaselines ? [] : ['--without-baselines'])]);
  const start = measured.start as SizeResult['start'];
  starts.push(start.ms);
  let transcriptCheck: TranscriptCheck | undefined;
  if (transcript !== 'off' && SIZES[size]?.source === 'bbc') {
    log(`${size}: transcript…`);
    transcriptCheck = await checkTranscript(size, dir, cacheDir, transcript === 'update', answersDir);
  }
  log(`${size}: one question through the compiled CLI, cold, then from its snapshot…`);
  const cold = timeCli(dir, join(root, `cache-${size}-cli`), build.askClaim as string);
  const fromSnapshot = timeCli(dir, join(root, `cache-${size}-cli`), build.askClaim as string);
  log(`${size}: adding one article…`);
  const { add } = runChild(['--child', 'add', '--dir', dir, '--cache', cacheDir]) as { add: SizeResult['add'] };
  await rm(cacheDir, { recursive: true, force: true });
  await rm(join(root, `cache-${size}-cli`), { recursive: true, force: true });
  return {
    size,
    ...(build as Pick<SizeResult, 'articles' | 'sentences' | 'cold' | 'claims' | 'textMb'>),
    ...(measured as Pick<SizeResult, 'commands' | 'baselines' | 'render'>),
    start: { ...start, ms: median(starts), runs: starts },
    transcript: transcriptCheck,
    peers,
    add,
    ...(cold && fromSnapshot && { cli: { cold, fromSnapshot } }),
  };
}

const fixed = (ms: number | undefined, digits = 1): string => (ms === undefined ? '–' : ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(digits)} ms`);

function renderTable(results: SizeResult[], machine: Record<string, unknown>): string {
  const lines: string[] = [];
  const row = (cells: string[]): void => void lines.push(`| ${cells.join(' | ')} |`);
  const header = (cells: string[]): void => {
    row(cells);
    row(cells.map(() => '---'));
  };
  lines.push(
    `Machine: ${String(machine.cores)} cores (${String(machine.cpu)}), Node ${String(machine.node)}, load average at start ${String(machine.loadAverage)}; medians of ${String(machine.repeats)} passes.`,
    '',
  );
  header([
    'size',
    'articles',
    'sentences',
    'load (read and split in workers)',
    'index',
    'align',
    "wait for the workers' analyses",
    'analyse (main thread)',
    'entities',
    'cold, ready to answer',
    'save snapshot (after ready)',
    'cold total',
    'peak RSS (build)',
    'heap in use (built)',
    'snapshot start',
    'read-ahead after start',
    'peak RSS (start + queries)',
    'heap in use (started, read ahead)',
  ]);
  for (const r of results) {
    row([
      r.size,
      String(r.articles),
      String(r.sentences),
      fixed(r.cold.load),
      fixed(r.cold.index),
      fixed(r.cold.align),
      fixed(r.cold.wait),
      fixed(r.cold.analyse),
      fixed(r.cold.entities),
      fixed(r.cold.ready),
      fixed(r.cold.save),
      fixed(r.cold.total),
      `${r.cold.peakRssMb} MB`,
      `${r.cold.heapUsedMb} MB`,
      fixed(r.start.ms),
      fixed(r.start.warmUpMs),
      `${r.start.peakRssMb} MB`,
      `${r.start.heapUsedMb} MB`,
    ]);
  }
  lines.push('');
  // Near-linear alignment keeps the time per 1,000 sentences about flat as the corpus grows.
  header(['alignment curve', 'sentences', 'claims', 'align', 'per 1,000 sentences']);
  for (const r of results) row([r.size, String(r.sentences), String(r.claims), fixed(r.cold.align), fixed(((r.cold.align ?? 0) * 1000) / Math.max(1, r.sentences), 2)]);
  lines.push('');
  const commands = [...new Set(results.flatMap((r) => Object.keys(r.commands)))];
  header(['command (p50 / p95 / p99, medians of the passes)', ...results.map((r) => r.size)]);
  for (const command of commands) {
    row([
      `/${command}`,
      ...results.map((r) => {
        const p = r.commands[command];
        if (!p) return 'not run';
        const firstPass = p.firstPassP99 !== p.p99 ? ` (first pass p99 ${fixed(p.firstPassP99, 2)})` : '';
        return `${fixed(p.p50, 2)} / ${fixed(p.p95, 2)} / ${fixed(p.p99, 2)}${firstPass}${p.errors ? ` (${p.errors} errors)` : ''}`;
      }),
    ]);
  }
  lines.push('');
  header(['rendering every answer above (p50 / p99 / max)', ...results.map((r) => r.size)]);
  row(['renderSlack', ...results.map((r) => `${fixed(r.render.slack.p50, 2)} / ${fixed(r.render.slack.p99, 2)} / ${fixed(r.render.slack.max, 2)}`)]);
  row(['renderDiscord', ...results.map((r) => `${fixed(r.render.discord.p50, 2)} / ${fixed(r.render.discord.p99, 2)} / ${fixed(r.render.discord.max, 2)}`)]);
  lines.push('');
  header(['side by side (p50)', ...results.map((r) => r.size)]);
  row([`fixed-string search of the files (${results[0]?.baselines.grepTool ?? 'rg -F'})`, ...results.map((r) => fixed(r.baselines.grep.p50, 2))]);
  row(['/quote, same phrases', ...results.map((r) => fixed(r.baselines.quoteOnSameSample.p50, 2))]);
  row(['**/quote speed-up over the file search**', ...results.map((r) => `${r.baselines.quoteSpeedupOverGrep.toFixed(0)}×`)]);
  row(['plain MiniSearch query (no analysis)', ...results.map((r) => fixed(r.baselines.plainMiniSearch?.p50, 2))]);
  row(['/sources, same claims', ...results.map((r) => fixed(r.baselines.sourcesOnSameQueries.p50, 2))]);
  row(['**/sources ÷ plain MiniSearch**', ...results.map((r) => (r.baselines.sourcesOverPlainMiniSearch === undefined ? '–' : `${r.baselines.sourcesOverPlainMiniSearch.toFixed(2)}×`))]);
  lines.push('');
  lines.push(...renderPeers(results));
  if (results.some((r) => r.transcript)) {
    lines.push('');
    header(['answers against the recorded transcript (SHA-256)', ...results.map((r) => r.size)]);
    row([
      'differing / asked',
      ...results.map((r) => (r.transcript ? (r.transcript.recorded ? `${r.transcript.differing} / ${r.transcript.asked}` : `none recorded (${r.transcript.asked} asked)`) : '–')),
    ]);
  }
  return lines.join('\n');
}

/** The engines side by side on each size, with crosscheck's figures over FlexSearch's as ratios. */
function renderPeers(results: SizeResult[]): string[] {
  const lines: string[] = [];
  const row = (cells: string[]): void => void lines.push(`| ${cells.join(' | ')} |`);
  const triple = (p: Percentiles): string => `${p.p50.toFixed(2)} / ${p.p95.toFixed(2)} / ${p.p99.toFixed(2)} ms`;
  const ratio = (ours: number, theirs: number | undefined): string => (theirs === undefined || theirs <= 0 ? '–' : `${(ours / theirs).toFixed(2)}×`);
  for (const r of results) {
    const by = (engine: Engine): PeerSummary | undefined => r.peers.find((peer) => peer.engine === engine);
    const ours = by('crosscheck');
    const flex = by('flexsearch');
    const mini = by('minisearch');
    if (!ours) continue;
    lines.push(`Side by side on ${r.size} (${r.sentences} sentences, ${r.textMb.toFixed(1)} MB of text), each engine in its own process; the search alone, no analysis:`, '');
    row(['figure', 'crosscheck', 'FlexSearch 0.8', 'MiniSearch (top-128 stop words)', 'crosscheck ÷ FlexSearch']);
    row(['---', '---', '---', '---', '---']);
    row([
      'search, /sources questions (p50 / p95 / p99)',
      triple(ours.claims),
      flex ? triple(flex.claims) : '–',
      mini ? triple(mini.claims) : '–',
      `p50 ${ratio(ours.claims.p50, flex?.claims.p50)}, p99 ${ratio(ours.claims.p99, flex?.claims.p99)}`,
    ]);
    row([
      'search, misspelt words (p50 / p95 / p99)',
      triple(ours.misspelt),
      flex ? triple(flex.misspelt) : '–',
      mini ? triple(mini.misspelt) : '–',
      `p50 ${ratio(ours.misspelt.p50, flex?.misspelt.p50)}`,
    ]);
    row(['search, nonsense (p50 / p95 / p99)', triple(ours.nonsense), flex ? triple(flex.nonsense) : '–', mini ? triple(mini.nonsense) : '–', `p50 ${ratio(ours.nonsense.p50, flex?.nonsense.p50)}`]);
    // Each pass above after the first asks a question again; a user's fresh typo is a first ask.
    const firstAsk = (peer: PeerSummary | undefined): string => (peer?.misspeltFirst ? `${peer.misspeltFirst.p50.toFixed(2)} / ${peer.nonsenseFirst.p50.toFixed(2)} ms` : '–');
    row(['search, first ask of each: misspelt / nonsense p50', firstAsk(ours), firstAsk(flex), firstAsk(mini), `misspelt p50 ${ratio(ours.misspeltFirst?.p50, flex?.misspeltFirst?.p50)}`]);
    const heap = (peer: PeerSummary | undefined): string => (peer ? `${peer.indexHeapMb.toFixed(0)} MB (${(peer.indexHeapMb / r.textMb).toFixed(1)}× text)` : '–');
    row(['index heap', heap(ours), heap(flex), heap(mini), ratio(ours.indexHeapMb, flex?.indexHeapMb)]);
    row(['index build', fixed(ours.buildMs), fixed(flex?.buildMs), fixed(mini?.buildMs), ratio(ours.buildMs, flex?.buildMs)]);
    lines.push('');
    row(['the bot (whole commands, whole library)', 'figure', 'times the text']);
    row(['---', '---', '---']);
    row(['/sources p50 / p95 / p99', triple(r.baselines.sourcesOnSameQueries), '']);
    row(['/sources, misspelt words p50 / p99', `${r.baselines.sourcesMisspelt.p50.toFixed(2)} / ${r.baselines.sourcesMisspelt.p99.toFixed(2)} ms`, '']);
    row(['/sources, nonsense p50 / p99', `${r.baselines.sourcesNonsense.p50.toFixed(2)} / ${r.baselines.sourcesNonsense.p99.toFixed(2)} ms`, '']);
    row(['whole library in the heap, built (after a full collection)', `${r.cold.heapUsedMb} MB`, `${(r.cold.heapUsedMb / r.textMb).toFixed(1)}×`]);
    row(['whole library in the heap, started from the snapshot and read ahead', `${r.start.heapUsedMb} MB`, `${(r.start.heapUsedMb / r.textMb).toFixed(1)}×`]);
    row(['in-process: cold build ready to answer / with the snapshot saved / snapshot start', `${fixed(r.cold.ready)} / ${fixed(r.cold.total)} / ${fixed(r.start.ms)}`, '']);
    row([
      'in-process peak RSS: build / start + queries',
      `${r.cold.peakRssMb} MB / ${r.start.peakRssMb} MB`,
      `${(r.cold.peakRssMb / r.textMb).toFixed(1)}× / ${(r.start.peakRssMb / r.textMb).toFixed(1)}×`,
    ]);
    if (r.cli) {
      row(['CLI, one /sources, cold: wall / peak RSS', `${r.cli.cold.wallS.toFixed(1)} s / ${r.cli.cold.peakRssMb} MB`, `${(r.cli.cold.peakRssMb / r.textMb).toFixed(1)}×`]);
      row([
        'CLI, one /sources, from the snapshot: wall / peak RSS',
        `${r.cli.fromSnapshot.wallS.toFixed(1)} s / ${r.cli.fromSnapshot.peakRssMb} MB`,
        `${(r.cli.fromSnapshot.peakRssMb / r.textMb).toFixed(1)}×`,
      ]);
    }
    row(['one /add (pasted text, started from the snapshot): until answered / longest event-loop stall', `${fixed(r.add.ms)} / ${fixed(r.add.longestWaitMs)}`, '']);
    row([`/sources asked every ${SOURCES_EVERY_MS} ms during that /add: longest wait (of how many asked)`, `${fixed(r.add.sourcesLongestWaitMs)} (${r.add.sourcesAsked})`, '']);
    row(['the background rebuild after it: whole library in, from the /add / its hand-over to this thread', `${fixed(r.add.rebuiltMs)} / ${fixed(r.add.handOverMs)}`, '']);
    row([
      `/sources asked every ${SOURCES_EVERY_MS} ms during that hand-over: longest wait (of how many asked) / longest event-loop stall`,
      `${fixed(r.add.handOverSourcesLongestWaitMs)} (${r.add.handOverSourcesAsked}) / ${fixed(r.add.handOverLongestWaitMs)}`,
      '',
    ]);
    lines.push('');
  }
  return lines;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: 'seeds,bbc,bbc10' },
      repeats: { type: 'string', default: '3' },
      json: { type: 'boolean', default: false },
      'json-file': { type: 'string' },
      child: { type: 'string' },
      dir: { type: 'string' },
      cache: { type: 'string' },
      'check-transcript': { type: 'boolean', default: false },
      peers: { type: 'string' },
      engine: { type: 'string' },
      'update-transcript': { type: 'boolean', default: false },
      'answers-dir': { type: 'string' },
      answers: { type: 'string' },
      'skip-baselines': { type: 'string', default: '' },
      'without-baselines': { type: 'boolean', default: false },
    },
  });
  const repeats = Math.max(1, Number.parseInt(values.repeats, 10) || 3);
  if (values.child) {
    const dir = values.dir ?? '';
    const cacheDir = values.cache ?? '';
    const peersFile = values.peers ?? '';
    if (values.child === 'build') return runBuild(dir, cacheDir, peersFile);
    if (values.child === 'add') return runAdd(dir, cacheDir);
    if (values.child === 'peer') return runPeer(values.engine as Engine, peersFile, repeats);
    if (values.child === 'transcript') return runTranscript(dir, cacheDir, values.answers);
    return runStart(dir, cacheDir, values.child === 'queries', repeats, !values['without-baselines']);
  }
  const log = (text: string): void => void process.stderr.write(`${text}\n`);
  const machine = {
    date: new Date().toISOString().slice(0, 10),
    node: process.version,
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    loadAverage: loadavg()
      .map((load) => load.toFixed(1))
      .join(' '),
    repeats,
  };
  const withoutBaselines = new Set(values['skip-baselines'].split(',').map((name) => name.trim()));
  const root = await mkdtemp(join(tmpdir(), 'crosscheck-bench-'));
  try {
    const results: SizeResult[] = [];
    for (const size of values.sizes
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean))
      results.push(
        await measureSize(size, root, repeats, log, values['update-transcript'] ? 'update' : values['check-transcript'] ? 'check' : 'off', values['answers-dir'], !withoutBaselines.has(size)),
      );
    const json = `${JSON.stringify({ machine, results }, null, 2)}\n`;
    // A long run's figures kept as JSON beside the table it prints.
    if (values['json-file']) await writeFile(values['json-file'], json);
    if (values.json) process.stdout.write(json);
    else process.stdout.write(`${renderTable(results, machine)}\n`);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

await main();
