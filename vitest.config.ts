import { availableParallelism } from 'node:os';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The files that take longest, slowest first (each file's seconds in `npx vitest run` on a fresh clone,
 * 2026-12-07, load 1 rising to 9; from `incremental.test.ts` on, measured again in two `npm test` runs
 * of the forty-first pass at load 10–14, when the watcher's burst test had shrunk): most wait on worker
 * threads, child processes or a local server, the others build many libraries or run thousands of
 * generated cases. vitest runs first the files
 * its cache of the last run says are slow, but a fresh clone (CI) has no cache, and it ran the
 * largest files first instead: short tables of cases, while these started late and the last of
 * them ran on after the other worker had finished. A file missing from here runs as vitest orders it.
 */
const SLOWEST_FILES = [
  'test/cli.test.ts',
  'test/library/rebuild-in-worker.test.ts',
  'test/library/snapshot.test.ts',
  'test/commands/add.test.ts',
  'test/corpus/parallel-read.test.ts',
  'test/runtime/main-process.test.ts',
  'test/library/answer-first.test.ts',
  'test/library/incremental.test.ts',
  'test/adapters/discord-gateway.test.ts',
  'test/properties/renderers.test.ts',
  'test/adapters/discord-register.test.ts',
  'test/properties/article-bytes.test.ts',
  'test/adapters/slack-main.test.ts',
  'test/adapters/slack-http.test.ts',
  'test/library/restore-in-slices.test.ts',
  'test/runtime/json-cli.test.ts',
];

/** vitest's order, with SLOWEST_FILES moved to the front in their own order. */
class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification): number => {
      const at = SLOWEST_FILES.findIndex((name) => file.moduleId.endsWith(name));
      return at === -1 ? SLOWEST_FILES.length : at;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 20_000,
    // Test files share their worker's module cache instead of importing the whole tree again,
    // file after file: importing was as long as testing. It also lets the files of one worker
    // share the seed library (test/support/seeds.ts). No test may rely on a fresh module: state
    // a test changes (a store, a folder, a clock) is made by that test.
    isolate: false,
    // vitest runs one worker fewer than the cores, which is one worker on a 2-core machine; but the
    // slowest files mostly wait (on a child process, a worker thread, a local server or a timer), so
    // a second worker runs beside them on the core they leave idle.
    maxWorkers: Math.max(2, availableParallelism()),
    sequence: { sequencer: SlowestFirst },
  },
});
