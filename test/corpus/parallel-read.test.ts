import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analysis/certainty.ts';
import { readEntityMentions } from '../../src/analysis/entity-mentions.ts';
import { listArticleFiles, readArticleFiles } from '../../src/corpus/load.ts';
import { analyseOnce, keptForAnalysis, packResult, readInWorkers, readInWorkersAhead, shareOut, workOfCopy, type AnalysedWork } from '../../src/corpus/parallel-read.ts';
import type { ReadResult } from '../../src/corpus/read.ts';
import type { Article } from '../../src/model/article.ts';
import { copyOfArticle } from '../support/copies.ts';
import { seedArticles } from '../support/seeds.ts';
import { must } from '../support/must.ts';

/** The files as this thread reads them, each article with this thread's certainty analysis and entity reading put on it. */
async function readHereWithWork(dir: string, names: string[]) {
  const here = await readArticleFiles(dir, names);
  for (const result of here) {
    if (!result.ok) continue;
    result.analysis = analyseArticle(result.article);
    result.entities = readEntityMentions(result.article);
  }
  return here;
}

// Batches of a few files make the workers post several batches each from a dozen files, where the
// product's batch size (READ_BATCH_FILES) would need hundreds, each analysed twice by the test.
const BATCH = 4;

describe('reading in worker threads', () => {
  let dir: string;
  let names: string[];
  // This thread's reading of the folder, made once: the folder does not change, and three tests
  // compare the workers' reading with it (twelve articles analysed on this thread each time).
  let hereOnce: ReturnType<typeof readHereWithWork> | undefined;
  const readHere = (): ReturnType<typeof readHereWithWork> => (hereOnce ??= readHereWithWork(dir, names));
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'crosscheck-workers-'));
    const seeds = await listArticleFiles('seeds');
    const texts = await Promise.all(seeds.map((name) => readFile(join('seeds', name), 'utf8')));
    // More files than two workers post in one batch each, with a bad one among them.
    for (let i = 0; i < 2 * BATCH + 3; i++) await writeFile(join(dir, `story-${String(i).padStart(4, '0')}.txt`), must(texts[i % texts.length]));
    await writeFile(join(dir, 'story-0100.json'), '{nope');
    names = await listArticleFiles(dir);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('GIVEN more files than a batch THEN two workers give the articles, warnings, analyses and entities of this thread, in file order', async () => {
    // This thread reads while the workers do: the two readings are independent.
    const reading = readInWorkers(dir, names, 2, { analyse: true, batchFiles: BATCH });
    const here = await readHere();
    const inWorkers = await reading;
    expect(inWorkers).toHaveLength(names.length);
    expect(inWorkers).toEqual(here);
  }, 60_000);

  it('GIVEN files read ahead THEN the workers give every article first, then put on each the analysis and entities of this thread', async () => {
    const { results, analysed } = await readInWorkersAhead(dir, names, 2, { analyse: true, batchFiles: BATCH });
    const here = await readHere();
    expect(results.map((result) => (result.ok ? result.article : result.warning))).toEqual(here.map((result) => (result.ok ? result.article : result.warning)));
    await analysed;
    expect(results).toEqual(here);
  }, 60_000);

  it('GIVEN the files’ hashes THEN the workers share them out by their bytes and give the same results, in file order', async () => {
    const hashes = await Promise.all(
      names.map(async (name) =>
        createHash('sha256')
          .update(await readFile(join(dir, name)))
          .digest('hex'),
      ),
    );
    const { results, analysed } = await readInWorkersAhead(dir, names, 2, { analyse: true, byteKeys: hashes, batchFiles: BATCH });
    await analysed;
    expect(results).toEqual(await readHere());
  }, 60_000);

  it('GIVEN copies of one article in a share THEN it is analysed once, and each copy is given that work under its own id', async () => {
    const [story] = await seedArticles();
    const copies = [must(story), copyOfArticle(must(story), 'filed-again'), copyOfArticle(must(story), 'filed-a-third-time')];
    const analysed: string[] = [];
    const analyse = (article: Article): AnalysedWork => {
      analysed.push(article.id);
      return { analysis: analyseArticle(article), entities: readEntityMentions(article) };
    };
    const first = new Map<string, number>();
    const work = copies.map((article, at) => analyseOnce({ ok: true, article }, at, first, analyse));
    expect(analysed).toEqual([must(story).id]);
    expect(work.slice(1)).toEqual([0, 0]);
    const firstWork = work[0] as AnalysedWork;
    expect(workOfCopy(firstWork, 'filed-again')).toEqual({ analysis: analyseArticle(must(copies[1])), entities: readEntityMentions(must(copies[1])) });
  });

  it('GIVEN a batch read and posted THEN a worker keeps until its analysis the article of each file it will analyse, the place of a copy’s first, and nothing of a failed file', async () => {
    const [story, other] = await seedArticles();
    const batch: ReadResult[] = [
      { ok: true, article: must(story) },
      { ok: true, article: copyOfArticle(must(story), 'filed-again') },
      { ok: false, warning: { file: 'story-0100.json', reason: 'not JSON' } },
      { ok: true, article: must(other) },
    ];
    const kept = keptForAnalysis(batch, 8, new Map());
    expect(kept).toEqual([must(story), 8, undefined, must(other)]);
    expect(kept[0]).toBe(must(story));
  });

  it('GIVEN an article read in a worker THEN what the worker posts of it holds its sentences without their texts and article ids, the rest as read', async () => {
    const [story] = await seedArticles();
    const posted = packResult({ ok: true, article: must(story) });
    if (!posted.ok) throw new Error('the article was posted as a failure');
    expect(posted.article.sentences).toEqual(must(story).sentences.map((sentence) => ({ ...sentence, articleId: '', text: '' })));
    expect({ ...posted.article, sentences: [] }).toEqual({ ...must(story), sentences: [] });
  });

  it('GIVEN two files of the same bytes in different formats THEN each is analysed', async () => {
    const [story] = await seedArticles();
    const asMarkdown = { ...copyOfArticle(must(story), 'as-markdown'), format: 'md' as const };
    const first = new Map<string, number>();
    const work = [must(story), asMarkdown].map((article, at) => analyseOnce({ ok: true, article }, at, first, (read) => ({ analysis: analyseArticle(read), entities: readEntityMentions(read) })));
    expect(work.every((each) => typeof each === 'object')).toBe(true);
  });
});

describe('sharing files out between read workers', () => {
  it('GIVEN no hashes THEN the files go round robin', () => {
    expect(shareOut(5, 2)).toEqual([
      [0, 2, 4],
      [1, 3],
    ]);
  });

  it('GIVEN copies of a story filed one after another THEN every copy goes to the worker of the first, and the stories alternate', () => {
    expect(shareOut(6, 2, ['a', 'a', 'a', 'b', 'b', 'c'])).toEqual([
      [0, 1, 2, 5],
      [3, 4],
    ]);
  });

  it('GIVEN a file whose hash is not known THEN it takes the next turn, as without hashes', () => {
    expect(shareOut(4, 2, ['a', '', 'a', ''])).toEqual([[0, 2, 3], [1]]);
  });
});
