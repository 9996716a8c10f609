import { runConsole } from './adapters/console.ts';
import { slackSettings } from './adapters/slack/config.ts';
import { ConfigError, loadDotEnv, readConfig } from './config.ts';
import { openArticleStore } from './article-store.ts';
import { createPageFetcher } from './ingest/fetch-page.ts';

try {
  loadDotEnv();
  const config = readConfig();
  const log = (message: string): void => console.error(message);
  const store = await openArticleStore(config.SEEDS_DIR, log, { cacheDir: config.CACHE_DIR === 'off' ? undefined : config.CACHE_DIR });
  const fetchPage = createPageFetcher({ allowPrivate: config.ALLOW_PRIVATE_URLS });
  // Each configured platform starts; the console runs only when none is configured.
  const platforms: Promise<unknown>[] = [];
  const slack = slackSettings(config);
  if (slack) {
    // Platform libraries load only when configured, so the console starts as fast as before.
    const { startSlack } = await import('./adapters/slack/app.ts');
    platforms.push(
      startSlack({ settings: slack, store, admins: config, fetchPage }).then(
        ({ port }) => log(`crosscheck: Slack app running (${slack.mode === 'socket' ? 'Socket Mode' : `HTTP on port ${port}`})`),
        (error: unknown) => {
          log(`crosscheck: Slack could not start: ${error instanceof Error ? error.message : String(error)}`);
          process.exit(1);
        },
      ),
    );
  }
  if (config.discord) {
    const { startDiscordBot } = await import('./adapters/discord/bot.ts');
    platforms.push(
      startDiscordBot(config.discord, store, { log, admins: config, fetchPage }).catch((error: unknown) => {
        log(error instanceof Error ? error.message : String(error));
        process.exit(1);
      }),
    );
  }
  if (platforms.length > 0) await Promise.all(platforms);
  else await runConsole(store, fetchPage, process.stdin, process.stdout, process.stdin.isTTY === true);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`crosscheck: configuration error: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
