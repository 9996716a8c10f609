/**
 * Where a library's memory goes: `npm run bench:memory -- --dir FOLDER [--cache CACHE_DIR]`.
 *
 * Starts the library of the articles in FOLDER from its snapshot in CACHE_DIR (building and
 * saving it first when there is none, as `npm run ask` would), then measures each large part by
 * restoring it a second time from the same snapshot and counting what the process holds more:
 * V8's heap and typed arrays' contents (`arrayBuffers`), after full collections (`--expose-gc`,
 * which the npm script passes). The parts overlap a little (the index and the sentence copies both
 * count their own objects only), and what no row names (articles' paragraphs and metadata, the
 * loaded modules) is the whole less the rows. Prints one row per part, in MB and times the text.
 *
 * Nothing of the articles is printed or written beside the snapshot itself.
 */
import { parseArgs } from 'node:util';
import { EntityTable } from '../src/analysis/entities.ts';
import { restoreAlignment } from '../src/library/alignment.ts';
import { snapshotOf } from '../src/library/library.ts';
import { Lookups } from '../src/library/lookups.ts';
import { loadLibraryCached } from '../src/library/snapshot.ts';
import { sentenceIdOf } from '../src/model/article.ts';
import { SentenceIndex } from '../src/search/sentence-index.ts';

function heldBytes(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('bench:memory: run node with --expose-gc (npm run bench:memory does)');
  gc();
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dir: { type: 'string' }, cache: { type: 'string', default: '.cache' } } });
  if (!values.dir) throw new Error('bench:memory: give the articles folder with --dir');
  const base = heldBytes();
  const { library, source } = await loadLibraryCached(values.dir, { cacheDir: values.cache, warn: (message) => console.error(message) });
  const started = heldBytes() - base;
  const text = library.articles.reduce((sum, article) => sum + article.text.length, 0);
  const rows: [string, number][] = [];
  const kept: unknown[] = [];
  const measure = (part: string, restore: () => unknown): void => {
    const before = heldBytes();
    kept.push(restore());
    rows.push([part, heldBytes() - before]);
  };
  const snapshot = snapshotOf(library);
  // Each part restored from a copy of its snapshot, so it holds memory of its own as a started library's does.
  measure('sentence index (with its typed arrays)', () => new SentenceIndex(library.articles, structuredClone(snapshot.index)));
  measure('entity table', () => new EntityTable(library.articles, structuredClone(snapshot.entities)));
  measure('alignment', () => restoreAlignment(library.articles, structuredClone(snapshot.alignment)));
  const { entities, alignment, certaintyOf, quotationsOf } = library;
  measure('lookups', () => new Lookups({ articles: library.articles, entities, alignment, certaintyOf, quotationsOf }, structuredClone(snapshot.lookups)));
  measure('sentence objects', () =>
    library.articles.map((article) =>
      article.sentences.map((sentence) => ({ ...sentence, id: sentenceIdOf(sentence.articleId, sentence.index), text: article.text.slice(sentence.start, sentence.end) })),
    ),
  );
  measure('article texts', () => library.articles.map((article) => Buffer.from(article.text, 'utf8').toString('utf8')));
  // The read-ahead (Library.warmUp) in its steps: the saved analyses, the near-spelling index, then the rest
  // (the entities' written names and name search, the language model, the lower-case word list).
  const beforeReadAhead = heldBytes();
  let step = beforeReadAhead;
  const readStep = (part: string): void => {
    const now = heldBytes();
    rows.push([part, now - step]);
    step = now;
  };
  for (const article of library.articles) library.analysisOf(article.id);
  readStep('read ahead: certainty analyses and quotations');
  library.index.prepareNearSpellings();
  readStep('read ahead: near-spelling index');
  await library.warmUp();
  readStep('read ahead: the rest (names, name search, language model, word lists)');
  const readAhead = heldBytes() - beforeReadAhead;
  const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  const times = (bytes: number): string => `${(bytes / text).toFixed(1)}×`;
  console.log(`${library.articles.length} articles, ${mb(text)} of text; the library ${source === 'snapshot' ? 'started from its snapshot' : 'built (no snapshot fitted)'}\n`);
  console.log('| part | memory | times the text |\n| --- | --- | --- |');
  for (const [part, bytes] of rows) console.log(`| ${part} | ${mb(bytes)} | ${times(bytes)} |`);
  console.log(`| whole library, started | ${mb(started)} | ${times(started)} |`);
  console.log(`| whole library, started and read ahead | ${mb(started + readAhead)} | ${times(started + readAhead)} |`);
}

await main();
