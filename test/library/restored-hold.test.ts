import { setImmediate as nextTurn } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/article.ts';
import { buildLibrary, snapshotOf } from '../../src/library/library.ts';
import { seedArticles } from '../support/seeds.ts';

// What a restored library holds on to is what a bot holds for its life: the snapshot it was restored from
// carries every part as it was read (the parsed JSON of the lookups, the entities, the index's keys), which the
// restored parts have copied or let go; only its analyses and entity readings are read from it later.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** A library restored from a snapshot of the seeds, and a weak reference to that snapshot. */
function restoredWithWeakSnapshot(articles: readonly Article[]): { library: ReturnType<typeof buildLibrary>; snapshot: WeakRef<object> } {
  const snapshot = snapshotOf(buildLibrary(articles));
  return { library: buildLibrary(articles, [], { snapshot }), snapshot: new WeakRef(snapshot) };
}

describe('a library restored from a snapshot', () => {
  it('GIVEN a library restored from a snapshot THEN it does not keep the snapshot itself, only what it reads from it later', async () => {
    const articles = await seedArticles();
    const { library, snapshot } = restoredWithWeakSnapshot(articles);
    // A weak reference's target is kept until the turn that made it ends.
    await nextTurn();
    collectGarbage();
    expect(snapshot.deref()).toBeUndefined();
    expect(library.analysisOf(articles[0]?.id ?? '')?.sentences.length).toBe(articles[0]?.sentences.length);
  });
});
