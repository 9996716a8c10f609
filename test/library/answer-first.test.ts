import { access, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleStoreOptions } from '../../src/library/article-store.ts';
import type { Library } from '../../src/library/library.ts';
import { reloadLibrary } from '../../src/library/load-library.ts';
import { RebuildFailed } from '../../src/library/rebuild-in-worker.ts';
import { answerLine } from '../../src/runtime/dispatch.ts';
import { TRANSCRIPT_QUERIES } from '../../scripts/transcript-queries.ts';
import { answersOf, answersOfFreshLoad, copySeeds } from '../support/folder-answers.ts';
import { openSeedCopyStore, readOnlyContext } from '../support/seeds.ts';

// A store that answers an /add or a /remove first (issue 20, item 11): the change is answered at
// once from the library as it was with the change layered on, and the whole rebuild runs behind
// it. Here the whole rebuild is held back until the test lets it go, or made to fail. Each store
// opens on its copy of the seeds with the worker's shared seed library (openSeedCopyStore), not a
// build of its own: what is tested is what follows the opening.

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crosscheck-answer-first-'));
  await copySeeds(dir);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const FOLLOW_UP = `North Korean troops reach Kursk front, Kyiv says

Ukraine's military intelligence agency said on Monday that the first North Korean units had reached the Kursk region.
Kyrylo Budanov, the head of the agency, told reporters that about 5,000 soldiers were expected there within days.
The Kremlin did not comment, and the claim could not be independently verified.
Russian President Vladimir Putin has previously declined to deny that North Korean soldiers were in Russia.
`;

const RETOLD = `Seoul says Pyongyang is moving soldiers to Russia

Citing the National Intelligence Service, South Korean media reported on November 5 that Pyongyang had begun moving thousands of soldiers to Russia.
The agency gave no figure for how many had already left.
`;

const HARBOUR = `Ferry crews at Larkspur harbour vote to strike over rotas

Ferry crews at Larkspur harbour will walk out for three days from Friday, their union said.
Union organiser Delphine Achterberg said the new rotas left crews with eleven-hour shifts and no rest days.
The operator, Larkspur Ferries, said it regretted the decision and would run a reduced timetable.
`;

/** A whole rebuild held back until `open` is called, then the one this thread runs. */
function heldRebuild(): { rebuild: NonNullable<ArticleStoreOptions['rebuild']>; open: () => void; started: () => number } {
  let open = (): void => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  let runs = 0;
  return {
    rebuild: async (folder, built, goodSince) => {
      runs++;
      await opened;
      return reloadLibrary(folder, built, goodSince);
    },
    open: () => open(),
    started: () => runs,
  };
}

async function ask(library: Library, line: string): Promise<string> {
  return JSON.stringify(await answerLine(line, readOnlyContext(library)));
}

/** The seed transcript's every question, and the new articles' own. */
const QUESTIONS = [
  ...TRANSCRIPT_QUERIES,
  '/sources Budanov',
  '/who Kyrylo Budanov',
  '/who Vladimir Putin',
  '/source 005_follow-up',
  '/cite Budanov',
  '/sources Larkspur ferry strike',
  '/who Delphine Achterberg',
];

describe('an article store that answers an /add first', () => {
  it('GIVEN an article added while the whole rebuild is held back THEN /sources finds it', async () => {
    const held = heldRebuild();
    const store = await openSeedCopyStore(dir, { answerFirst: 'on', rebuild: held.rebuild });
    expect((await store.add('005_follow-up.txt', FOLLOW_UP)).ok).toBe(true);
    expect(held.started()).toBe(1);
    expect(await ask(store.library, '/sources Budanov')).toContain('"articleId":"005_follow-up"');
    held.open();
  });

  it('GIVEN an article added while the whole rebuild is held back THEN /who finds a person only it names', async () => {
    const held = heldRebuild();
    const store = await openSeedCopyStore(dir, { answerFirst: 'on', rebuild: held.rebuild });
    await store.add('005_follow-up.txt', FOLLOW_UP);
    const answer = await answerLine('/who Kyrylo Budanov', readOnlyContext(store.library));
    expect(answer.status).toBe('ok');
    expect(JSON.stringify(answer)).toContain('005_follow-up');
    held.open();
  });

  it('GIVEN an article added while the whole rebuild is held back THEN /who lists it beside the old articles for a person both name', async () => {
    const held = heldRebuild();
    const store = await openSeedCopyStore(dir, { answerFirst: 'on', rebuild: held.rebuild });
    const before = await ask(store.library, '/who Vladimir Putin');
    await store.add('005_follow-up.txt', FOLLOW_UP);
    const after = await ask(store.library, '/who Vladimir Putin');
    expect(before).not.toContain('005_follow-up');
    expect(after).toContain('005_follow-up');
    held.open();
  });

  it('GIVEN an article added while the whole rebuild is held back THEN /source shows it and /cite cites it', async () => {
    const held = heldRebuild();
    const store = await openSeedCopyStore(dir, { answerFirst: 'on', rebuild: held.rebuild });
    await store.add('005_follow-up.txt', FOLLOW_UP);
    const source = await answerLine('/source 005_follow-up', readOnlyContext(store.library));
    expect(source.status).toBe('ok');
    expect(source.title).toContain('North Korean troops reach Kursk front');
    expect(await ask(store.library, '/cite Budanov')).toContain('005_follow-up');
    held.open();
  });

  it('GIVEN an article added that retells a sentence of an old article, while the whole rebuild is held back THEN the two carry one claim at once', async () => {
    const held = heldRebuild();
    const store = await openSeedCopyStore(dir, { answerFirst: 'on', rebuild: held.rebuild });
    await store.add('005_retold.txt', RETOLD);
    const retelling = store.library.sentence('005_retold', 0);
    expect(retelling && store.library.alignment.claimsOf(retelling).flatMap((claim) => claim.articleIds)).toContain('002_01c1ca2bbba549fb');
    held.open();
    const whole = await store.settled();
    const rebuilt = whole.sentence('005_retold', 0);
    expect(rebuilt && whole.alignment.claimsOf(rebuilt).flatMap((claim) => claim.articleIds)).toContain('002_01c1ca2bbba549fb');
  });

  it('GIVEN the held rebuild let go THEN every answer is byte for byte that of the folder built at once', async () => {
    const held = heldRebuild();
    const store = await openSeedCopyStore(dir, { answerFirst: 'on', rebuild: held.rebuild });
    await store.add('005_follow-up.txt', FOLLOW_UP);
    held.open();
    await store.settled();
    expect(await answersOf(store.library, QUESTIONS)).toEqual(await answersOfFreshLoad(dir, QUESTIONS));
  });

  it('GIVEN the whole rebuild fails THEN the layered library keeps answering and the log says so', async () => {
    const logged: string[] = [];
    const store = await openSeedCopyStore(dir, {
      log: (message) => logged.push(message),
      answerFirst: 'on',
      rebuild: () => Promise.reject(new RebuildFailed('it ran out of memory')),
    });
    expect((await store.add('005_follow-up.txt', FOLLOW_UP)).ok).toBe(true);
    await store.settled();
    expect(await ask(store.library, '/sources Budanov')).toContain('"articleId":"005_follow-up"');
    expect(logged).toEqual([expect.stringContaining('could not be rebuilt whole after a change (the library could not be rebuilt (it ran out of memory)')]);
  });

  it('GIVEN two articles added in quick succession THEN both are in the library the rebuild ends with', async () => {
    const held = heldRebuild();
    const store = await openSeedCopyStore(dir, { answerFirst: 'on', rebuild: held.rebuild });
    const [first, second] = await Promise.all([store.add('005_follow-up.txt', FOLLOW_UP), store.add('006_harbour.txt', HARBOUR)]);
    expect([first.ok, second.ok]).toEqual([true, true]);
    expect(await ask(store.library, '/sources Larkspur ferry strike')).toContain('006_harbour');
    held.open();
    const library = await store.settled();
    expect(library.articles.map((article) => article.id)).toEqual(expect.arrayContaining(['005_follow-up', '006_harbour']));
    expect(await answersOf(library, QUESTIONS)).toEqual(await answersOfFreshLoad(dir, QUESTIONS));
  });

  it('GIVEN an article just added and removed again THEN no answer finds it, at once and after the rebuild', async () => {
    const held = heldRebuild();
    const store = await openSeedCopyStore(dir, { answerFirst: 'on', rebuild: held.rebuild });
    await store.add('005_follow-up.txt', FOLLOW_UP);
    const removed = await store.remove('005_follow-up');
    expect(removed).toMatchObject({ ok: true, article: { id: '005_follow-up' } });
    await expect(access(join(dir, '005_follow-up.txt'))).rejects.toThrow();
    expect(await ask(store.library, '/sources Budanov')).not.toContain('005_follow-up');
    held.open();
    await store.settled();
    expect(await answersOf(store.library, QUESTIONS)).toEqual(await answersOfFreshLoad(dir, QUESTIONS));
  });

  it('GIVEN articles layered on in the layering worker THEN every answer before the rebuild is that of the store that layers on this thread', async () => {
    const other = await mkdtemp(join(tmpdir(), 'crosscheck-answer-first-'));
    try {
      await copySeeds(other);
      const held = [heldRebuild(), heldRebuild()];
      const logged: string[] = [];
      const [inWorker, here] = await Promise.all([
        openSeedCopyStore(dir, { log: (message) => logged.push(message), answerFirst: 'on', layerIn: 'worker', rebuild: held[0]?.rebuild }),
        openSeedCopyStore(other, { answerFirst: 'on', layerIn: 'main', rebuild: held[1]?.rebuild }),
      ]);
      for (const store of [inWorker, here]) {
        await store.add('005_follow-up.txt', FOLLOW_UP);
        await store.add('005_retold.txt', RETOLD);
      }
      expect(await answersOf(inWorker.library, QUESTIONS)).toEqual(await answersOf(here.library, QUESTIONS));
      expect(logged).toEqual([]);
      for (const rebuild of held) rebuild?.open();
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('GIVEN an article held from the start removed while the rebuild is held back THEN /sources and /source no longer find it', async () => {
    const held = heldRebuild();
    const store = await openSeedCopyStore(dir, { answerFirst: 'on', rebuild: held.rebuild });
    expect(await ask(store.library, '/sources Goremykin')).toContain('"articleId":"002_01c1ca2bbba549fb"');
    expect((await store.remove('002_01c1ca2bbba549fb')).ok).toBe(true);
    expect(await ask(store.library, '/sources Goremykin')).not.toContain('"articleId":"002_01c1ca2bbba549fb"');
    expect((await answerLine('/source 002_01c1ca2bbba549fb', readOnlyContext(store.library))).status).toBe('not_found');
    held.open();
    await store.settled();
    expect(await answersOf(store.library, QUESTIONS)).toEqual(await answersOfFreshLoad(dir, QUESTIONS));
  });
});

// A change on disk (a file dropped into the folder, edited or deleted by hand, which the watcher
// passes on as store.reload()) goes the way of an /add or a /remove: answered at once from the
// library as it was with the change layered on, the whole rebuild behind it.
describe('an article store that answers a change on disk first', () => {
  it('GIVEN a file dropped into the folder while the whole rebuild is held back THEN /sources finds it after the reload', async () => {
    const held = heldRebuild();
    const store = await openSeedCopyStore(dir, { answerFirst: 'on', rebuild: held.rebuild });
    await writeFile(join(dir, '006_harbour.txt'), HARBOUR);
    await store.reload();
    expect(held.started()).toBe(1);
    expect(await ask(store.library, '/sources Larkspur ferry strike')).toContain('"articleId":"006_harbour"');
    held.open();
  });

  it('GIVEN a file dropped into the folder THEN /who finds a person only it names before the rebuild', async () => {
    const held = heldRebuild();
    const store = await openSeedCopyStore(dir, { answerFirst: 'on', rebuild: held.rebuild });
    await writeFile(join(dir, '006_harbour.txt'), HARBOUR);
    await store.reload();
    const answer = await answerLine('/who Delphine Achterberg', readOnlyContext(store.library));
    expect(answer.status).toBe('ok');
    expect(JSON.stringify(answer)).toContain('006_harbour');
    held.open();
  });

  it('GIVEN a file dropped into the folder and the held rebuild let go THEN every answer is that of the folder built at once', async () => {
    const held = heldRebuild();
    const store = await openSeedCopyStore(dir, { answerFirst: 'on', rebuild: held.rebuild });
    await writeFile(join(dir, '006_harbour.txt'), HARBOUR);
    await store.reload();
    held.open();
    await store.settled();
    expect(await answersOf(store.library, QUESTIONS)).toEqual(await answersOfFreshLoad(dir, QUESTIONS));
  });

  it('GIVEN a file deleted from the folder while the whole rebuild is held back THEN no answer finds it after the reload', async () => {
    const held = heldRebuild();
    const store = await openSeedCopyStore(dir, { answerFirst: 'on', rebuild: held.rebuild });
    await unlink(join(dir, '002_01c1ca2bbba549fb.txt'));
    await store.reload();
    expect(await ask(store.library, '/sources Goremykin')).not.toContain('"articleId":"002_01c1ca2bbba549fb"');
    expect((await answerLine('/source 002_01c1ca2bbba549fb', readOnlyContext(store.library))).status).toBe('not_found');
    held.open();
    await store.settled();
    expect(await answersOf(store.library, QUESTIONS)).toEqual(await answersOfFreshLoad(dir, QUESTIONS));
  });

  it('GIVEN a file rewritten in the folder while the whole rebuild is held back THEN answers quote its new text and not its old', async () => {
    const held = heldRebuild();
    const store = await openSeedCopyStore(dir, { answerFirst: 'on', rebuild: held.rebuild });
    expect(await ask(store.library, '/sources Rosgarde')).toContain('"articleId":"004_14a452d33a2aa165"');
    await writeFile(join(dir, '004_14a452d33a2aa165.txt'), HARBOUR);
    await store.reload();
    expect(await ask(store.library, '/sources Larkspur ferry strike')).toContain('"articleId":"004_14a452d33a2aa165"');
    expect(await ask(store.library, '/sources Rosgarde')).not.toContain('"articleId":"004_14a452d33a2aa165"');
    expect((await answerLine('/source 004_14a452d33a2aa165', readOnlyContext(store.library))).title).toContain('Ferry crews at Larkspur harbour');
    held.open();
    await store.settled();
    expect(await answersOf(store.library, [...QUESTIONS, '/sources Rosgarde'])).toEqual(await answersOfFreshLoad(dir, [...QUESTIONS, '/sources Rosgarde']));
  });

  it('GIVEN an article just added through the store rewritten by hand THEN answers quote the new text at once', async () => {
    const held = heldRebuild();
    const store = await openSeedCopyStore(dir, { answerFirst: 'on', rebuild: held.rebuild });
    await store.add('005_follow-up.txt', FOLLOW_UP);
    await writeFile(join(dir, '005_follow-up.txt'), FOLLOW_UP.replace('Kyrylo Budanov, the head of the agency,', 'Vadym Skibitskyi, a deputy head of the agency,'));
    await store.reload();
    expect(await ask(store.library, '/sources Skibitskyi')).toContain('"articleId":"005_follow-up"');
    expect(await ask(store.library, '/sources Budanov')).not.toContain('"articleId":"005_follow-up"');
    held.open();
    await store.settled();
    expect(await answersOf(store.library, QUESTIONS)).toEqual(await answersOfFreshLoad(dir, QUESTIONS));
  });

  it('GIVEN an article added through the store THEN the reload its own write wakes changes nothing and starts no second rebuild', async () => {
    const held = heldRebuild();
    const store = await openSeedCopyStore(dir, { answerFirst: 'on', rebuild: held.rebuild });
    await store.add('005_follow-up.txt', FOLLOW_UP);
    const layered = store.library;
    expect(await store.reload()).toBe(layered);
    held.open();
    await store.settled();
    expect(held.started()).toBe(1);
  });

  it('GIVEN a file that cannot be read dropped into the folder THEN the old articles keep answering and the rebuild names it', async () => {
    const held = heldRebuild();
    const store = await openSeedCopyStore(dir, { answerFirst: 'on', rebuild: held.rebuild });
    await writeFile(join(dir, '006_empty.txt'), '');
    await store.reload();
    expect(await ask(store.library, '/sources Goremykin')).toContain('"articleId":"002_01c1ca2bbba549fb"');
    held.open();
    const library = await store.settled();
    expect(library.warnings.map((warning) => warning.file)).toContain('006_empty.txt');
  });
});
