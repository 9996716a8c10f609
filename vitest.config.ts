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
  },
});
