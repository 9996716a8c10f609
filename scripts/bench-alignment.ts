/**
 * How long cross-article alignment takes as the number of articles grows: `npm run bench:alignment`.
 *
 * Reads the BBC News articles in `../shared/data/bbc-news/*.txt` (title on the first line, body
 * after; never committed here), and replicates them to reach each size, so a size larger than the
 * set repeats its articles: every copy then aligns with its twins, which is harder for blocking
 * than fresh text, so the figures err on the slow side. Loading and tokenising are timed apart
 * from alignment. Sizes come from the command line (`-- 500 2000`) or default to 2,000, 10,000 and 22,000 articles (about a minute on two cores).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { alignArticles } from '../src/library/alignment.ts';
import { readArticle } from '../src/corpus/load.ts';
import type { Article } from '../src/model/article.ts';

const DATA_DIR = new URL('../../shared/data/bbc-news/', import.meta.url).pathname;
const DEFAULT_SIZES = [2000, 10000, 22000];

async function readBbc(): Promise<Article[]> {
  const files = (await readdir(DATA_DIR)).filter((file) => file.endsWith('.txt')).sort();
  const articles: Article[] = [];
  for (const file of files) {
    const result = readArticle(file, await readFile(join(DATA_DIR, file)));
    if (result.ok) articles.push(result.article);
  }
  return articles;
}

/** `size` articles, the BBC set repeated as often as needed, each copy with its own id. */
function replicate(articles: readonly Article[], size: number): Article[] {
  return Array.from({ length: size }, (_, i) => {
    const source = articles[i % articles.length];
    if (!source) throw new Error('bench-alignment: no articles to copy');
    const copy = Math.floor(i / articles.length);
    if (copy === 0) return source;
    const id = `${source.id}~${copy}`;
    return { ...source, id, sentences: source.sentences.map((sentence) => ({ ...sentence, id: `${id}#${sentence.index}`, articleId: id })) };
  });
}

async function main(): Promise<void> {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((size) => Number.isInteger(size) && size > 0);
  const started = performance.now();
  const bbc = await readBbc();
  console.log(`Read ${bbc.length} BBC articles in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log('articles  sentences  claims  seconds  µs/sentence');
  for (const size of sizes.length > 0 ? sizes : DEFAULT_SIZES) {
    const articles = replicate(bbc, size);
    const sentences = articles.reduce((sum, article) => sum + article.sentences.length, 0);
    const start = performance.now();
    const alignment = alignArticles(articles);
    const seconds = (performance.now() - start) / 1000;
    console.log(
      `${String(size).padStart(8)}  ${String(sentences).padStart(9)}  ${String(alignment.claims.length).padStart(6)}  ${seconds.toFixed(2).padStart(7)}  ${((seconds * 1e6) / sentences).toFixed(0).padStart(11)}`,
    );
  }
}

await main();
