import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analysis/certainty.ts';
import { readEntityMentions } from '../../src/analysis/entity-mentions.ts';
import { buildLibrary, buildLibraryAhead, snapshotOf, type BuildStage, type WorkersAnalyses } from '../../src/library/library.ts';
import { seedArticles } from '../support/seeds.ts';

describe('building a library while the read workers analyse', () => {
  it('GIVEN analyses still to come THEN builds the index and the alignment before it waits for them', async () => {
    const articles = await seedArticles();
    const stages: BuildStage[] = [];
    let settle = (_: WorkersAnalyses): void => {};
    const analysed = new Promise<WorkersAnalyses>((resolve) => (settle = resolve));
    const building = buildLibraryAhead(articles, [], analysed, (stage) => stages.push(stage));
    expect(stages).toEqual(['index', 'align']);
    settle({ analyses: articles.map(analyseArticle), entities: articles.map(readEntityMentions) });
    await building;
    expect(stages).toEqual(['index', 'align', 'wait', 'analyse', 'entities', 'actors']);
  });

  it('GIVEN the analyses once they come THEN gives the library one build with them gives', async () => {
    const articles = await seedArticles();
    const given = { analyses: articles.map(analyseArticle), entities: articles.map(readEntityMentions) };
    const ahead = snapshotOf(await buildLibraryAhead(articles, [], Promise.resolve(given)));
    const atOnce = snapshotOf(buildLibrary(articles, [], given));
    expect(ahead.index).toEqual(atOnce.index);
    expect(ahead.entities).toEqual(atOnce.entities);
    expect(ahead.alignment).toEqual(atOnce.alignment);
    expect(ahead.lookups).toEqual(atOnce.lookups);
    expect(articles.map((_, i) => ahead.analyses.at(i))).toEqual(articles.map((_, i) => atOnce.analyses.at(i)));
  });

  it('GIVEN workers that analysed only some articles THEN this thread analyses the rest, as a build without them does', async () => {
    const articles = await seedArticles();
    const some = { analyses: articles.slice(0, 2).map(analyseArticle), entities: articles.slice(0, 2).map(readEntityMentions) };
    const ahead = snapshotOf(await buildLibraryAhead(articles, [], Promise.resolve(some)));
    const alone = snapshotOf(buildLibrary(articles));
    expect(articles.map((_, i) => ahead.analyses.at(i))).toEqual(articles.map((_, i) => alone.analyses.at(i)));
    expect(ahead.entities).toEqual(alone.entities);
  });
});
