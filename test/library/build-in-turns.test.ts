import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { buildLibrary, buildLibraryInTurns } from '../../src/library/library.ts';
import { seedArticles } from '../support/seeds.ts';

describe('building a library while the bot answers', () => {
  it('GIVEN a rebuild in turns THEN other work runs between its stages', async () => {
    const articles = await seedArticles();
    let done = false;
    const building = buildLibraryInTurns(articles).finally(() => (done = true));
    let turns = 0;
    while (!done) {
      await nextTurn();
      turns++;
    }
    await building;
    // Analysis, index, entity table and alignment each end with a turn.
    expect(turns).toBeGreaterThanOrEqual(4);
  });

  it('GIVEN a rebuild in turns THEN it gives the library one build at once gives', async () => {
    const articles = await seedArticles();
    const [inTurns, atOnce] = [await buildLibraryInTurns(articles), buildLibrary(articles)];
    expect(inTurns.index.search('North Korean troops').hits.map((hit) => hit.sentence.id)).toEqual(atOnce.index.search('North Korean troops').hits.map((hit) => hit.sentence.id));
    expect(inTurns.alignment.claims.map((claim) => claim.sentences.map((sentence) => sentence.id))).toEqual(atOnce.alignment.claims.map((claim) => claim.sentences.map((sentence) => sentence.id)));
    expect(inTurns.entities.entities.map((entity) => entity.name)).toEqual(atOnce.entities.entities.map((entity) => entity.name));
  });
});
