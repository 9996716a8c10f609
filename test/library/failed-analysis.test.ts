import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyseArticle, type ArticleAnalysis } from '../../src/analysis/certainty.ts';
import { readEntityMentionsSafely } from '../../src/analysis/safe-reading.ts';
import { buildLibrary, type Library } from '../../src/library/library.ts';
import { loadLibraryCached } from '../../src/library/snapshot.ts';
import type { Article } from '../../src/model/article.ts';
import { ask } from '../support/ask.ts';
import { must } from '../support/must.ts';
import { SEED, seedArticles, seedLibrary } from '../support/seeds.ts';

const BROKEN = SEED['002'];

/** The certainty analysis, failing on one article as a rule meeting text it was never tried on would (the seam: BuildOptions.analyse). */
function failingOn(id: string): (article: Article) => ArticleAnalysis {
  return (article) => {
    if (article.id === id) throw new TypeError("Cannot read properties of undefined (reading 'sex')");
    return analyseArticle(article);
  };
}

/** A library built from the seeds with the analysis failing on BROKEN, its report to standard error kept apart. */
async function libraryFailingOnOne(): Promise<{ library: Library; logged: string[] }> {
  const logged: string[] = [];
  const spy = vi.spyOn(console, 'error').mockImplementation((message: unknown) => void logged.push(String(message)));
  try {
    return { library: buildLibrary(await seedArticles(), [], { analyse: failingOn(BROKEN) }), logged };
  } finally {
    spy.mockRestore();
  }
}

describe('an article whose analysis throws', () => {
  it('is kept: the library is built with every article', async () => {
    const { library } = await libraryFailingOnOne();
    expect(library.articles.map((article) => article.id)).toEqual((await seedLibrary()).articles.map((article) => article.id));
  });

  it('is searched and cited, with no certainty given for its sentences', async () => {
    const { library } = await libraryFailingOnOne();
    const answer = await ask('/sources 5000 troops', library);
    const cited = must(answer.results.find((citation) => citation.articleId === BROKEN));
    expect(cited.certainty).toBeUndefined();
  });

  it('gives no quotations, since none was read', async () => {
    const { library } = await libraryFailingOnOne();
    expect(library.quotationsOf(BROKEN)).toEqual([]);
  });

  it('leaves every other article’s notes and quotations as they are when nothing fails', async () => {
    const { library } = await libraryFailingOnOne();
    const whole = await seedLibrary();
    for (const article of library.articles.filter((one) => one.id !== BROKEN)) {
      expect(article.sentences.map((sentence) => library.certaintyOf(sentence))).toEqual(article.sentences.map((sentence) => whole.certaintyOf(sentence)));
      expect(library.quotationsOf(article.id)).toEqual(whole.quotationsOf(article.id));
    }
  });

  it('is named in a note of an answer that cites it, saying its sentences are quoted without notes', async () => {
    const { library } = await libraryFailingOnOne();
    const answer = await ask('/sources 5000 troops', library);
    expect(answer.notes.filter((note) => note.code === 'not_analysed').map((note) => note.message)).toEqual([
      `Not analysed: an error in the analysis of ${BROKEN} stopped it, so its sentences are quoted without who stands behind them, how firmly they are said or whether they are disputed; the cross-check leaves them out, as it cannot tell whom they name.`,
    ]);
  });

  it('is left out of the cross-check, not counted as an article naming no source', async () => {
    const { library } = await libraryFailingOnOne();
    expect((await ask('/sources 5000 troops', await seedLibrary())).corroboration?.articleIds).toContain(BROKEN);
    const answer = await ask('/sources 5000 troops', library);
    expect(answer.results.some((citation) => citation.articleId === BROKEN)).toBe(true);
    expect(answer.corroboration?.articleIds).not.toContain(BROKEN);
  });

  it('is profiled by /source as not analysed, with nothing counted from an analysis that was not made', async () => {
    const { library } = await libraryFailingOnOne();
    const { profile, notes } = await ask('/source 002', library);
    expect(profile).toMatchObject({ analysisFailed: true, sentences: must(library.article(BROKEN)).sentences.length, contested: 0, sources: [], quotations: [], loadedWords: [] });
    expect(Object.values(must(profile).levels).every((count) => count === 0)).toBe(true);
    expect(notes.map((note) => note.code)).toContain('profile_not_analysed');
  });

  it('is listed by /source as not analysed, not with counts of 0', async () => {
    const { library } = await libraryFailingOnOne();
    const answer = await ask('/source', library);
    const lines = must(answer.sections[0]).lines.map((line) => (typeof line === 'string' ? line : line.map((part) => part.text).join('')));
    expect(must(lines.find((line) => line.startsWith(BROKEN)))).toMatch(/: \d+ sentences, not analysed \(an error in the analysis of this article\)$/);
  });

  it('is logged once, with the article’s id and the stack', async () => {
    const { logged } = await libraryFailingOnOne();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(
      new RegExp(`^crosscheck: the certainty analysis of ${BROKEN} failed; the article is kept without it\\. TypeError: Cannot read properties of undefined \\(reading 'sex'\\)\\n\\s+at `),
    );
  });
});

describe('a snapshot of a library with an article whose analysis failed', () => {
  let work: string;
  let articles: string;
  let cacheDir: string;

  beforeEach(async () => {
    work = await mkdtemp(join(tmpdir(), 'crosscheck-failed-analysis-'));
    articles = join(work, 'articles');
    cacheDir = join(work, 'cache');
    await cp('seeds', articles, { recursive: true });
  });
  afterEach(() => rm(work, { recursive: true, force: true }));

  it('is restored with the failure, and every answer as the built library gave it', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const built = await loadLibraryCached(articles, { cacheDir, warn: () => undefined, analyse: failingOn(BROKEN) }).finally(() => spy.mockRestore());
    expect(built.library.analysisOf(BROKEN)?.failure).toBeDefined();
    const restored = await loadLibraryCached(articles, { cacheDir, warn: () => undefined });
    expect(restored.source).toBe('snapshot');
    expect(restored.library.analysisOf(BROKEN)?.failure).toEqual(built.library.analysisOf(BROKEN)?.failure);
    for (const line of ['/sources 5000 troops', '/source 002', '/source 001', '/quote unwavering support', '/who Goremykin']) {
      expect(await ask(line, restored.library)).toEqual(await ask(line, built.library));
    }
  });
});

describe('an article whose entity reading throws', () => {
  it('is read as naming no one, so no name is given that the reading did not find', async () => {
    const article = must((await seedArticles()).find((one) => one.id === BROKEN));
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const reading = readEntityMentionsSafely(article, () => {
      throw new Error('a lexicon lookup failed');
    });
    spy.mockRestore();
    expect(reading).toEqual({ articleId: BROKEN, entities: [] });
  });
});
