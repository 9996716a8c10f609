import { runConsole } from './adapters/console.ts';
import { ConfigError, readConfig } from './config.ts';
import { openArticleStore } from './article-store.ts';
import { createPageFetcher } from './ingest/fetch-page.ts';

try {
  const config = readConfig();
  const store = await openArticleStore(config.SEEDS_DIR, (message) => console.error(message));
  await runConsole(store, createPageFetcher({ allowPrivate: config.ALLOW_PRIVATE_URLS }), process.stdin, process.stdout, process.stdin.isTTY === true);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`crosscheck: configuration error: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
