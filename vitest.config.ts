import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
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
  },
});
