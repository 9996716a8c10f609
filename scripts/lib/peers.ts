import { readFile, writeFile } from 'node:fs/promises';
import { Index } from 'flexsearch';
import MiniSearch from 'minisearch';
import type { Article } from '../../src/model/article.ts';
import { SentenceIndex } from '../../src/search/sentence-index.ts';

/**
 * The search engines the bench measures side by side, each in a process of its own on the same
 * sentences and the same questions: crosscheck's sentence index (search only, no analysis),
 * FlexSearch 0.8 with its defaults, and MiniSearch with the corpus's 128 commonest words as stop
 * words (as crosscheck's pair lists single out its 128 commonest words).
 */
export const ENGINES = ['crosscheck', 'flexsearch', 'minisearch'] as const;
export type Engine = (typeof ENGINES)[number];

/** What every engine is given: the articles' sentences and the questions, written once by the build. */
export interface PeerInput {
  articles: { id: string; sentences: { start: number; text: string }[] }[];
  claims: string[];
  misspelt: string[];
  nonsense: string[];
}

/** What one engine measured: build time (ms), the memory its index holds (MB: V8's heap and typed arrays, after a full collection), and latency per question set. */
export interface PeerResult {
  engine: Engine;
  buildMs: number;
  indexHeapMb: number;
  claims: number[];
  misspelt: number[];
  nonsense: number[];
  /** The first pass of the misspelt and the nonsense questions alone: each asked for the first time, as a user's fresh typo is. */
  misspeltFirst: number[];
  nonsenseFirst: number[];
}

/** The most hits each engine is asked for: what crosscheck keeps for an answer. */
const LIMIT = 500;
/** Stop words for MiniSearch: the corpus's commonest words, by how many sentences hold them. */
const STOP_WORDS = 128;

export async function writePeerInput(path: string, input: PeerInput): Promise<void> {
  await writeFile(path, JSON.stringify(input));
}

type Search = (query: string) => unknown;

/** What a measurement keeps alive to its end (see measurePeer). */
const retained: unknown[] = [];

function collectedHeap(): number {
  (globalThis as { gc?: () => void }).gc?.();
  (globalThis as { gc?: () => void }).gc?.();
  // Typed arrays' contents live outside V8's heap: counted too, or an index of them would look free.
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

/** The input's sentences as the articles crosscheck's index reads: made before the heap is measured, as the bot's articles are there before its index. */
function articlesOf(input: PeerInput): Article[] {
  return input.articles.map(({ id, sentences }) => ({
    id,
    sentences: sentences.map(({ start, text }, index) => ({ id: `${id}#${index}`, articleId: id, index, paragraph: 0, start, end: start + text.length, text })),
  })) as unknown as Article[];
}

function buildEngine(engine: Engine, input: PeerInput, articles: Article[]): Search {
  if (engine === 'crosscheck') {
    const index = new SentenceIndex(articles);
    return (query) => index.search(query);
  }
  if (engine === 'flexsearch') {
    const index = new Index();
    let id = 0;
    for (const article of input.articles) for (const sentence of article.sentences) index.add(id++, sentence.text);
    return (query) => index.search(query, { limit: LIMIT });
  }
  const tokenize = (text: string): string[] => MiniSearch.getDefault('tokenize')(text) as string[];
  const counts = new Map<string, number>();
  for (const article of input.articles) {
    for (const sentence of article.sentences) for (const word of new Set(tokenize(sentence.text).map((token) => token.toLowerCase()))) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const stop = new Set(
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, STOP_WORDS)
      .map(([word]) => word),
  );
  counts.clear();
  const index = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: [], processTerm: (term) => (stop.has(term.toLowerCase()) ? null : term.toLowerCase()) });
  let id = 0;
  for (const article of input.articles) index.addAll(article.sentences.map((sentence) => ({ id: id++, text: sentence.text })));
  return (query) => index.search(query).slice(0, LIMIT);
}

/** Build one engine over the input and time its questions, `repeats` passes each (every time kept, for the caller's medians). */
export async function measurePeer(engine: Engine, path: string, repeats: number): Promise<PeerResult> {
  const input = JSON.parse(await readFile(path, 'utf8')) as PeerInput;
  const { claims, misspelt, nonsense } = input;
  const articles = engine === 'crosscheck' ? articlesOf(input) : [];
  // The input stays referenced, so the heap's growth is the index alone for every engine.
  retained.push(input, articles);
  const before = collectedHeap();
  const start = performance.now();
  const search = buildEngine(engine, input, articles);
  const buildMs = performance.now() - start;
  const indexHeapMb = (collectedHeap() - before) / 1024 / 1024;
  const time = (queries: string[]): number[] => {
    const times: number[] = [];
    for (let pass = 0; pass < repeats; pass++) {
      for (const query of queries) {
        const begin = performance.now();
        search(query);
        times.push(performance.now() - begin);
      }
    }
    return times;
  };
  // The misspelt and nonsense questions go first: the claims hold the misspelt words too, and a question asked again runs
  // warmer (caches of the processor and the engine), so only timed before them is a first pass a first ask.
  const misspeltTimes = time(misspelt);
  const nonsenseTimes = time(nonsense);
  return {
    engine,
    buildMs,
    indexHeapMb,
    claims: time(claims),
    misspelt: misspeltTimes,
    nonsense: nonsenseTimes,
    misspeltFirst: misspeltTimes.slice(0, misspelt.length),
    nonsenseFirst: nonsenseTimes.slice(0, nonsense.length),
  };
}
