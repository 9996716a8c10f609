import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { EntityTable } from '../../src/analysis/entities.ts';
import { restoreAlignment, restoreAlignmentInSlices } from '../../src/library/alignment.ts';
import { buildLibrary, snapshotOf } from '../../src/library/library.ts';
import { Lookups } from '../../src/library/lookups.ts';
import { loadLibraryCached, restoreSnapshotInTurns } from '../../src/library/snapshot.ts';
import { SentenceIndex } from '../../src/search/sentence-index.ts';
import { answersOf, transcriptQuestions } from '../support/folder-answers.ts';
import { seedArticles } from '../support/seeds.ts';

// The background rebuild hands its library over by restoring the worker's snapshot on the thread
// that answers; each part is restored in slices with turns of the event loop between them. These
// check that the sliced restore gives the part the whole restore gives, and yields as it goes.

/** Every step of a generator, counted, and what it returned. */
function runCounting<T>(steps: Generator<unknown, T>): { value: T; yields: number } {
  let yields = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, yields };
    yields++;
  }
}

const QUERIES = ['North Korean troops', 'Goremikin', 'unwavering support', '5000 troops', 'said'];

describe('restoring a library part by part in slices', () => {
  it('GIVEN an index restored in slices of 50 tokens THEN it yields many times and answers every search as the index restored whole', async () => {
    const articles = await seedArticles();
    const snapshot = snapshotOf(buildLibrary(articles)).index;
    const whole = new SentenceIndex(articles, snapshot);
    const { value: sliced, yields } = runCounting(SentenceIndex.restoreInSlices(articles, snapshot, 50));
    expect(yields).toBeGreaterThan(20);
    for (const query of QUERIES) expect(JSON.stringify(sliced.search(query))).toBe(JSON.stringify(whole.search(query)));
    expect(sliced.toSnapshot()).toEqual(whole.toSnapshot());
  });

  it('GIVEN an index snapshot whose posting lists name a sentence the articles do not have THEN the sliced restore throws as the whole one does', async () => {
    const articles = await seedArticles();
    const snapshot = snapshotOf(buildLibrary(articles)).index;
    const terms = { ...snapshot.postings.terms, sentences: snapshot.postings.terms.sentences.map((sentence, i) => (i === 3 ? 1_000_000 : sentence)) };
    const broken = { ...snapshot, postings: { ...snapshot.postings, terms } };
    expect(() => new SentenceIndex(articles, broken)).toThrow(/out of order or out of range/);
    expect(() => runCounting(SentenceIndex.restoreInSlices(articles, broken, 50))).toThrow(/out of order or out of range/);
  });

  it('GIVEN an entity table restored in slices of 20 mentions THEN it yields many times and gives the table restored whole', async () => {
    const articles = await seedArticles();
    const snapshot = snapshotOf(buildLibrary(articles)).entities;
    const whole = new EntityTable(articles, snapshot);
    const { value: sliced, yields } = runCounting(EntityTable.restoreInSlices(articles, snapshot, 20));
    expect(yields).toBeGreaterThan(5);
    expect(sliced.toSnapshot()).toEqual(whole.toSnapshot());
    expect(sliced.peopleWithSurname('Goremykin').map((person) => person.name)).toEqual(whole.peopleWithSurname('Goremykin').map((person) => person.name));
    expect(sliced.peopleWithSurname('Goremykin').length).toBeGreaterThan(0);
  });

  it('GIVEN an entity snapshot whose mentions are cut short THEN the sliced restore throws as the whole one does', async () => {
    const articles = await seedArticles();
    const snapshot = snapshotOf(buildLibrary(articles)).entities;
    const broken = { ...snapshot, mentions: snapshot.mentions.subarray(0, snapshot.mentions.length - 7) };
    expect(() => new EntityTable(articles, broken)).toThrow();
    expect(() => runCounting(EntityTable.restoreInSlices(articles, broken, 20))).toThrow();
  });

  it('GIVEN the entity name search built in slices of 3 names THEN it yields many times and finds the names the search built whole finds', async () => {
    const articles = await seedArticles();
    const whole = buildLibrary(articles).entities;
    const sliced = buildLibrary(articles).entities;
    const { yields } = runCounting(sliced.prepareNameSearchInSlices(3));
    expect(yields).toBeGreaterThan(5);
    for (const name of ['Goremikin', 'Khinstsen', 'Puttin', 'Kim Jong']) expect(JSON.stringify(sliced.similar(name))).toBe(JSON.stringify(whole.similar(name)));
  });

  it('GIVEN an alignment restored in slices of 2 claims THEN it yields many times and every sentence carries the claims of the alignment restored whole', async () => {
    const articles = await seedArticles();
    const snapshot = snapshotOf(buildLibrary(articles)).alignment;
    const whole = restoreAlignment(articles, snapshot);
    const { value: sliced, yields } = runCounting(restoreAlignmentInSlices(articles, snapshot, 2));
    expect(whole.claims.length).toBeGreaterThan(4);
    expect(yields).toBeGreaterThanOrEqual(whole.claims.length / 2);
    expect(sliced.toSnapshot(articles)).toEqual(whole.toSnapshot(articles));
    for (const sentence of articles.flatMap((article) => article.sentences)) {
      expect(sliced.claimsOf(sentence).map((claim) => claim.id)).toEqual(whole.claimsOf(sentence).map((claim) => claim.id));
    }
  });

  it('GIVEN the lookups restored part by part THEN they yield between the parts and answer every sentence and article as the lookups restored whole', async () => {
    const library = buildLibrary(await seedArticles());
    const { articles, entities, alignment } = library;
    const sources = { articles, entities, alignment, certaintyOf: library.certaintyOf, quotationsOf: library.quotationsOf };
    const saved = snapshotOf(library).lookups;
    const whole = new Lookups(sources, saved);
    const { value: sliced, yields } = runCounting(Lookups.restoreInSlices(sources, saved));
    expect(yields).toBeGreaterThanOrEqual(4);
    expect(sliced.toSnapshot()).toEqual(whole.toSnapshot());
    for (const article of articles) {
      expect(sliced.sentencesSharedWith(article.id)).toEqual(whole.sentencesSharedWith(article.id));
      for (const sentence of article.sentences) expect(sliced.mentionsOf(sentence)).toEqual(whole.mentionsOf(sentence));
    }
  });

  it('GIVEN a library handed over through its snapshot THEN other work runs between the turns of the restore, and it answers every transcript question as the library built at once', async () => {
    const work = await mkdtemp(join(tmpdir(), 'crosscheck-hand-over-'));
    try {
      const dir = join(work, 'articles');
      const cacheDir = join(work, 'cache');
      await cp(join(import.meta.dirname, '../../seeds'), dir, { recursive: true });
      const built = (await loadLibraryCached(dir, { cacheDir, warn: () => undefined })).library;
      let done = false;
      const handing = restoreSnapshotInTurns(dir, cacheDir, built.articles, built.warnings).finally(() => (done = true));
      let turns = 0;
      while (!done) {
        await nextTurn();
        turns++;
      }
      const restored = await handing;
      await restored.warmUp();
      // The parts read one by one, then the index, the alignment, the entity table and each part of the lookups.
      expect(turns).toBeGreaterThan(10);
      const questions = await transcriptQuestions();
      expect(await answersOf(restored, questions)).toEqual(await answersOf(built, questions));
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
