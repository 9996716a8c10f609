import { parseArgs } from 'node:util';
import { CONSOLE_CALLER, consoleContext } from './adapters/console.ts';
import { createInterface } from 'node:readline';
import { renderText } from './answer/render/text.ts';
import { stringifySafeJson } from './answer/render/neutralise.ts';
import { ConfigError, loadDotEnv, readConfig } from './config.ts';
import { answerLine, readsArticles } from './runtime/dispatch.ts';
import { openArticleStore } from './library/article-store.ts';
import { buildLibrary } from './library/library.ts';
import { describeFolderError } from './corpus/folder-errors.ts';
import { removeStaleTemporaryFiles } from './corpus/temporary-files.ts';
import { createPageFetcher } from './ingest/fetch-page.ts';

/**
 * One-shot and batch answers: `npm run ask -- "/sources 5000 troops"` prints one answer;
 * `--json` prints JSON instead, and with no command reads commands from stdin, one a line,
 * writing one JSON object a line (JSON Lines). Exit status 1 when any answer was bad input.
 */
/** The operator's problem with the articles folder, told in one sentence without a stack trace. */
class FolderError extends Error {}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  loadDotEnv();
  const config = readConfig();
  const write = (answer: Awaited<ReturnType<typeof answerLine>>): void => {
    process.stdout.write(values.json ? `${stringifySafeJson(answer)}\n` : `${renderText(answer)}\n`);
  };
  // `/help` needs no articles: answered before they are read, it comes at once even where the first read of a large folder
  // takes half a minute, or where the folder cannot be read at all.
  if (positionals.length > 0 && !readsArticles(positionals.join(' '))) {
    const answer = await answerLine(positionals.join(' '), { library: buildLibrary([]), caller: CONSOLE_CALLER });
    write(answer);
    return answer.ok ? 0 : 1;
  }
  await removeStaleTemporaryFiles(config.SEEDS_DIR, (message) => console.error(message));
  const store = await openArticleStore(config.SEEDS_DIR, (message) => console.error(message), {
    cacheDir: config.CACHE_DIR === 'off' ? undefined : config.CACHE_DIR,
    // One command and out: reading ahead for commands that never come would only delay the exit.
    readAhead: positionals.length === 0,
    // A batch ends with its input: an article added is layered on this thread, as for one command, since a layering worker
    // waiting for more (a bot's) would hold the process open after the last answer.
    layerIn: 'main',
    // The answer first; the process exits once the snapshot is saved.
    saveInBackground: true,
  }).catch((error: unknown) => {
    const problem = describeFolderError(error, 'read', config.SEEDS_DIR);
    throw problem ? new FolderError(problem) : error;
  });
  const fetchPage = createPageFetcher({ allowPrivate: config.ALLOW_PRIVATE_URLS, ports: config.ADD_URL_PORTS });
  if (positionals.length > 0) {
    const answer = await answerLine(positionals.join(' '), consoleContext(store, fetchPage));
    write(answer);
    return answer.ok ? 0 : 1;
  }
  let failed = false;
  for await (const line of createInterface({ input: process.stdin, terminal: false })) {
    if (!values.json && line.trim() === '') continue;
    const answer = await answerLine(line, consoleContext(store, fetchPage));
    failed ||= !answer.ok;
    write(answer);
  }
  return failed ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof ConfigError || (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    console.error(`crosscheck: ${(error as Error).message}`);
    process.exitCode = 2;
  } else if (error instanceof FolderError) {
    console.error(`crosscheck: could not load the articles: ${error.message}`);
    process.exitCode = 2;
  } else throw error;
}
