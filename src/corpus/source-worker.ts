/**
 * Worker threads started from the TypeScript sources (tests, `tsx` scripts). A worker does not
 * inherit tsx's loader hooks, and registering them in each worker cost about half a second of CPU
 * before its first import, and every import after it a round trip to the hooks' own thread. So the
 * worker's module tree is bundled instead, once per process, with the esbuild that tsx itself runs
 * on, into one module whose packages are imported from node_modules as they are on this thread.
 * Compiled (`npm run build`), a worker is the `.js` file beside its starter and none of this runs.
 */
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { threadId, Worker, type WorkerOptions } from 'node:worker_threads';

/** The part of esbuild's API used here (esbuild is tsx's dependency, not ours). */
interface Esbuild {
  build(options: {
    entryPoints: string[];
    bundle: true;
    format: 'esm';
    platform: 'node';
    write: false;
    logLevel: 'silent';
    plugins: { name: string; setup(build: PluginBuild): void }[];
    splitting?: true;
    outdir?: string;
    outbase?: string;
    outExtension?: Record<string, string>;
  }): Promise<{ outputFiles: { path: string; text: string }[] }>;
}

interface PluginBuild {
  onResolve(options: { filter: RegExp }, callback: (args: { path: string; kind: string }) => { path: string; external: true } | undefined): void;
  onLoad(options: { filter: RegExp }, callback: (args: { path: string }) => Promise<{ contents: string; loader: 'ts'; resolveDir: string }>): void;
}

const bundles = new Map<string, Promise<string>>();

/**
 * Where worker bundles are kept, by their content, under the project: a bundle that starts workers
 * in its turn finds tsx's esbuild from where its own file is (see bundleSources).
 */
const BUNDLE_FOLDER = new URL('../../node_modules/.cache/crosscheck/workers/', import.meta.url);

/** A bundle file older than this, of a version of the sources since changed, is removed. */
const STALE_BUNDLE_MS = 24 * 60 * 60 * 1000;

/**
 * The URL of a file holding the worker module at `entry` (a `.ts` file) and everything of ours it
 * imports, as one ES module. Each file keeps its own `import.meta.url` (the snapshot hashes the
 * sources beside it, the text modules load packages relative to it), and each package is imported
 * by the URL it resolves to from here. A file, not a `data:` URL: node resolves each import of a
 * module against its URL, and parsed the whole base64 bundle again for each, 0.3-0.5 s of CPU of
 * every worker's start.
 */
function bundleOf(entry: URL): Promise<string> {
  let bundle = bundles.get(entry.href);
  if (!bundle) {
    bundle = bundleNow(entry);
    bundles.set(entry.href, bundle);
    // A failed bundle is tried again by the next start, not remembered.
    bundle.catch(() => bundles.delete(entry.href));
  }
  return bundle;
}

async function bundleNow(entry: URL): Promise<string> {
  const text = await bundleSources(entry);
  const name = basename(fileURLToPath(entry), '.ts');
  const file = new URL(`${name}-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.mjs`, BUNDLE_FOLDER);
  // Named by its content: a file already there holds these very bytes, and is not written again.
  if (
    await stat(file).then(
      () => true,
      () => false,
    )
  )
    return file.href;
  await mkdir(BUNDLE_FOLDER, { recursive: true });
  // Processes that bundle the same sources write the same bytes, and a process reads only a
  // whole file, renamed into place.
  const writing = new URL(`${basename(file.pathname)}.${process.pid}.${threadId}.writing`, BUNDLE_FOLDER);
  await writeFile(writing, text);
  await rename(writing, file);
  await removeStaleBundles(name, file);
  return file.href;
}

/** The bundles of `name` other than `kept` not written for a day: of sources since changed. */
async function removeStaleBundles(name: string, kept: URL): Promise<void> {
  for (const other of await readdir(BUNDLE_FOLDER)) {
    if (!other.startsWith(`${name}-`) || other === basename(kept.pathname)) continue;
    const at = new URL(other, BUNDLE_FOLDER);
    const since = Date.now() - (await stat(at).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
    if (since > STALE_BUNDLE_MS) await rm(at, { force: true });
  }
}

/**
 * The module at `entry` (a `.ts` file of ours) and everything of ours it imports, as the text of one
 * ES module; packages and `node:` modules stay imports, by the URL they resolve to from here. A
 * bundle that starts workers finds tsx's esbuild from where its own file is, so a bundle written
 * to a file must lie under the project.
 */
export async function bundleSources(entry: URL): Promise<string> {
  const { outputFiles } = await esbuild().build(sourceBundling([entry]));
  return outputFiles[0]?.text ?? '';
}

/**
 * The modules at `entries` as `bundleSources` makes them, but split at dynamic imports, as files for
 * `outdir` (each entry `<its folder under root>/<name>.mjs`, beside the chunks they share): in one
 * module, the packages of a module imported only when needed (`main.ts` imports the Slack and
 * Discord adapters so) are imported by the bundle's first line, where compiled, `npm start` loads
 * them only for a platform it is configured for. Files, not `data:` URLs: chunks import each other.
 */
export async function bundleSourceFiles(entries: URL[], root: URL, outdir: string): Promise<{ path: string; text: string }[]> {
  const { outputFiles } = await esbuild().build({
    ...sourceBundling(entries),
    splitting: true,
    outdir,
    outbase: fileURLToPath(root),
    outExtension: { '.js': '.mjs' },
  });
  return outputFiles.map(({ path, text }) => ({ path, text }));
}

function esbuild(): Esbuild {
  return createRequire(import.meta.resolve('tsx/esm/api'))('esbuild') as Esbuild;
}

/** esbuild's options for a bundle of our modules whose packages stay imports from node_modules. */
function sourceBundling(entries: URL[]): Parameters<Esbuild['build']>[0] {
  return {
    entryPoints: entries.map((entry) => fileURLToPath(entry)),
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'crosscheck-sources',
        setup(build) {
          build.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('node:') ? { path: args.path, external: true } : { path: import.meta.resolve(args.path), external: true }));
          build.onLoad({ filter: /\.ts$/ }, async (args) => ({
            // A pattern, not the words themselves: this file, bundled into a process, bundles workers in its turn.
            contents: (await readFile(args.path, 'utf8')).replaceAll(/\bimport\.meta\.url\b/gu, JSON.stringify(pathToFileURL(args.path).href)),
            loader: 'ts',
            resolveDir: fileURLToPath(new URL('.', pathToFileURL(args.path))),
          }));
        },
      },
    ],
  };
}

/** Start the worker module at `entry` (a `.ts` file of ours) from its bundle; rejects when it cannot be bundled. */
export async function startSourceWorker(entry: URL, options: WorkerOptions = {}): Promise<Worker> {
  const bundle = await bundleOf(entry);
  return new Worker(`import(${JSON.stringify(bundle)});`, { ...options, eval: true });
}
