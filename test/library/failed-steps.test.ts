import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { alignArticles } from '../../src/library/alignment.ts';
import { EntityTable } from '../../src/analysis/entities.ts';
import { type AcrossArticles, buildLibrary, type Library } from '../../src/library/library.ts';
import { layerLibrary } from '../../src/library/layered-library.ts';
import { Lookups } from '../../src/library/lookups.ts';
import { loadLibraryCached } from '../../src/library/snapshot.ts';
import type { Article } from '../../src/model/article.ts';
import { ask } from '../support/ask.ts';
import { must } from '../support/must.ts';
import { SEED, seedArticles, seedLibrary } from '../support/seeds.ts';

// A step across articles (the claim alignment, the entity table, the lookups) that throws on one article's data, as a
// rule meeting text it was never tried on would: made to through BuildOptions.acrossArticles, the steps a build runs.

const BROKEN = SEED['002'];

/** An error as a rule that meets data it was never tried on throws it. */
function ruleError(): TypeError {
  return new TypeError("Cannot read properties of undefined (reading 'weight')");
}

const holds = (articles: readonly Article[]): boolean => articles.some((article) => article.id === BROKEN);

/** The real steps, but `step` throws when BROKEN is among its articles. */
const FAILING: { [Step in keyof AcrossArticles]: Pick<AcrossArticles, Step> } = {
  align: {
    align(articles, sequences) {
      if (holds(articles)) throw ruleError();
      return alignArticles(articles, {}, sequences);
    },
  },
  tableEntities: {
    tableEntities(articles, readings) {
      if (holds(articles)) throw ruleError();
      return new EntityTable(articles, undefined, readings);
    },
  },
  buildLookups: {
    buildLookups(sources) {
      if (holds(sources.articles)) throw ruleError();
      return new Lookups(sources);
    },
  },
};

/** A library of the seeds whose `step` fails, with what it wrote to standard error. */
async function libraryFailingIn(step: keyof AcrossArticles): Promise<{ library: Library; logged: string[] }> {
  const logged: string[] = [];
  const spy = vi.spyOn(console, 'error').mockImplementation((message: unknown) => void logged.push(String(message)));
  try {
    return { library: buildLibrary(await seedArticles(), [], { acrossArticles: FAILING[step] }), logged };
  } finally {
    spy.mockRestore();
  }
}

const noteCodes = (answer: { notes: readonly { code: string }[] }): string[] => answer.notes.map((note) => note.code);

describe('a claim alignment that throws', () => {
  it('leaves the library built, with every article, and says the alignment failed', async () => {
    const { library } = await libraryFailingIn('align');
    expect(library.articles.map((article) => article.id)).toEqual((await seedLibrary()).articles.map((article) => article.id));
    expect(library.failedSteps).toEqual(['claim alignment']);
  });

  it('is logged once, with the step, how many articles it read and the stack', async () => {
    const { logged } = await libraryFailingIn('align');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(
      /^crosscheck: the claim alignment across the 5 articles failed; the library is kept without it, and answers that would read it say so\. TypeError: Cannot read properties of undefined \(reading 'weight'\)\n\s+at /u,
    );
  });

  it('leaves /sources listing the sentences found, with no cross-check and a note saying why', async () => {
    const { library } = await libraryFailingIn('align');
    const [failed, whole] = [await ask('/sources 5000 troops', library), await ask('/sources 5000 troops', await seedLibrary())];
    expect(failed.results.map((citation) => citation.quote)).toEqual(whole.results.map((citation) => citation.quote));
    expect(failed.corroboration).toBeUndefined();
    expect(failed.discrepancies ?? []).toEqual([]);
    expect(failed.notes.find((note) => note.code === 'cross_check_failed')?.message).toBe(
      "No cross-check between articles: an error in building the claim alignment over all the articles stopped it (the server's log has it), so this answer does not say how many articles carry this, whether they are independent or where they differ.",
    );
  });

  it('leaves /compare listing the sentences found, with no claim told alike or alone', async () => {
    const { library } = await libraryFailingIn('align');
    const answer = await ask('/compare demining', library);
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results.every((citation) => citation.singleSource !== true)).toBe(true);
    expect(answer.discrepancies ?? []).toEqual([]);
    expect(noteCodes(answer)).toEqual(['compare_failed']);
  });

  it('leaves /source profiling the article, without what it shares with others or alone says', async () => {
    const { library } = await libraryFailingIn('align');
    const answer = await ask('/source 003', library);
    expect(answer.profile?.relations).toBeUndefined();
    expect(noteCodes(answer)).toContain('relations_failed');
  });
});

describe('an entity table that throws', () => {
  it('leaves /who saying names cannot be looked up, not that the name is not in the articles', async () => {
    const { library } = await libraryFailingIn('tableEntities');
    expect(library.failedSteps).toEqual(['entity table']);
    const answer = await ask('/who Goremykin', library);
    expect(answer.entity).toBeNull();
    expect(answer.notes.map((note) => note.message)).toEqual([
      "Names cannot be looked up: an error in building the entity table over all the articles stopped it (the server's log has it). /quote and /sources still search the text.",
    ]);
  });

  it('leaves /sources with no cross-check, which reads the names', async () => {
    const { library } = await libraryFailingIn('tableEntities');
    const answer = await ask('/sources 5000 troops', library);
    expect(answer.corroboration).toBeUndefined();
    expect(noteCodes(answer)).toContain('cross_check_failed');
  });

  it('keeps no empty reading as an article’s own, so a rebuild reads its names again', async () => {
    const { library } = await libraryFailingIn('tableEntities');
    const readingOf = await library.entityReadings();
    expect(library.articles.map((article) => readingOf(article.id))).toEqual(library.articles.map(() => undefined));
  });
});

describe('lookups that throw', () => {
  it('still find an article by its id for /source', async () => {
    const { library } = await libraryFailingIn('buildLookups');
    expect(library.failedSteps).toEqual(['lookups']);
    const answer = await ask('/source 003', library);
    expect(answer.profile?.article.id).toBe(SEED['003']);
    expect(noteCodes(answer)).toContain('relations_failed');
  });
});

describe('a snapshot of a library whose claim alignment failed', () => {
  let work: string;
  let articles: string;
  let cacheDir: string;

  beforeEach(async () => {
    work = await mkdtemp(join(tmpdir(), 'crosscheck-failed-steps-'));
    articles = join(work, 'articles');
    cacheDir = join(work, 'cache');
    await cp('seeds', articles, { recursive: true });
  });
  afterEach(() => rm(work, { recursive: true, force: true }));

  it('is restored still saying the alignment failed, with every answer as the built library gave it', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const built = await loadLibraryCached(articles, { cacheDir, warn: () => undefined, acrossArticles: FAILING.align }).finally(() => spy.mockRestore());
    expect(built.library.failedSteps).toEqual(['claim alignment']);
    const restored = await loadLibraryCached(articles, { cacheDir, warn: () => undefined });
    expect(restored.source).toBe('snapshot');
    expect(restored.library.failedSteps).toEqual(['claim alignment']);
    for (const line of ['/sources 5000 troops', '/compare demining', '/source 003']) expect(await ask(line, restored.library)).toEqual(await ask(line, built.library));
  });
});

describe('an added article whose layering into the claims throws', () => {
  it('is added, and the library says the alignment failed rather than reading it as told alone', async () => {
    const seeds = await seedArticles();
    const base = buildLibrary(seeds.filter((article) => article.id !== BROKEN));
    const added = buildLibrary(seeds.filter((article) => article.id === BROKEN));
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const library = await layerLibrary(base, added, new Set(), () => Promise.reject(ruleError())).finally(() => spy.mockRestore());
    expect(library.article(BROKEN)).toBeDefined();
    expect(library.failedSteps).toEqual(['claim alignment']);
    const answer = await ask('/sources 5000 troops', library);
    expect(must(answer.results.find((citation) => citation.articleId === BROKEN)).singleSource).toBeUndefined();
    expect(noteCodes(answer)).toContain('cross_check_failed');
  });
});
