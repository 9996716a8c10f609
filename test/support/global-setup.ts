import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Each script the tests run as a process, bundled once for the run (see processes.ts). */
    processBundles: Record<ProcessScript, string>;
    /** The cache folder of the processes the tests start. */
    processCacheDir: string;
  }
}

/** The scripts the tests run as processes of their own (processes.ts). */
const PROCESS_SCRIPTS = ['src/ask.ts', 'src/main.ts', 'scripts/discord-register.ts'] as const;

export type ProcessScript = (typeof PROCESS_SCRIPTS)[number];

const ROOT = join(import.meta.dirname, '../..');

/**
 * Made once before any test file runs (vitest's globalSetup), removed after the last: the bundles the
 * test processes run, and the cache folder they share instead of the project's `.cache/`.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Under the project: a bundled process finds tsx's esbuild from where its file is, to start its workers.
  const parent = join(ROOT, 'node_modules/.cache/crosscheck');
  await mkdir(parent, { recursive: true });
  const bundles = await mkdtemp(join(parent, 'test-processes-'));
  const cacheDir = await mkdtemp(join(tmpdir(), 'crosscheck-test-cache-'));
  const removeBoth = async (): Promise<void> => {
    await rm(bundles, { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });
  };
  try {
    // Through tsx, not vitest's module runner: the bundler finds esbuild with import.meta.resolve, which that runner lacks.
    const { bundleSourceFiles } = (await tsImport('../../src/corpus/source-worker.ts', import.meta.url)) as typeof import('../../src/corpus/source-worker.ts');
    // One build for the three, split at dynamic imports as `dist/` is: a start in the console loads no platform's package.
    const outputs = await bundleSourceFiles(
      PROCESS_SCRIPTS.map((script) => pathToFileURL(join(ROOT, script))),
      pathToFileURL(ROOT),
      bundles,
    );
    await Promise.all(
      outputs.map(async ({ path, text }) => {
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, text);
      }),
    );
    const files = PROCESS_SCRIPTS.map((script) => [script, join(bundles, script.replace(/\.ts$/u, '.mjs'))] as const);
    project.provide('processBundles', Object.fromEntries(files) as Record<ProcessScript, string>);
    project.provide('processCacheDir', cacheDir);
  } catch (error) {
    await removeBoth();
    throw error;
  }
  return removeBoth;
}
