import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { closestArticles } from '../../src/crosscheck/closest.ts';
import { readArticle } from '../../src/corpus/load.ts';
import { buildLibrary, type Library } from '../../src/library/library.ts';
import { loadLibrary } from '../../src/library/load-library.ts';
import { must } from '../support/must.ts';

let seeds: Library;

beforeAll(async () => {
  seeds = await loadLibrary(join(import.meta.dirname, '../../seeds'), () => undefined);
});

describe('the articles a new one aligns with most (stand-in for cross-article alignment)', () => {
  it('GIVEN a rewrite of one seed THEN puts that seed first with most of its sentences', () => {
    const source = must(seeds.article('003_3efcfc92afac0b08'));
    const rewrite = readArticle('900_rewrite.txt', new TextEncoder().encode(`A retelling\n\n${source.text.slice(source.body.start, source.body.end)}`));
    if (!rewrite.ok) throw new Error(rewrite.warning.reason);
    const library = buildLibrary([...seeds.articles, rewrite.article]);
    const [first] = closestArticles(library, '900_rewrite', 3);
    expect(first).toMatchObject({ articleId: '003_3efcfc92afac0b08' });
    expect(must(first).share).toBeGreaterThan(0.9);
  });

  it('GIVEN a seed THEN names at most n others, best first, never itself', () => {
    const closest = closestArticles(seeds, '001_37221fccf659f1c8', 2);
    expect(closest.length).toBeLessThanOrEqual(2);
    expect(closest.map((entry) => entry.articleId)).not.toContain('001_37221fccf659f1c8');
    expect(must(closest[0]).share).toBeGreaterThanOrEqual(must(closest.at(-1)).share);
  });

  it('GIVEN an unknown id THEN names none', () => {
    expect(closestArticles(seeds, 'nope', 3)).toEqual([]);
  });
});
