// First, before any dependency loads: a clear message on too old a Node.js.
import './runtime/require-node.ts';
import { runConsole } from './adapters/console.ts';
import { slackSettings } from './adapters/slack/config.ts';
import { openArticleStore, type ArticleStore } from './library/article-store.ts';
import { describeFolderError } from './corpus/folder-errors.ts';
import { removeStaleTemporaryFiles } from './corpus/temporary-files.ts';
import { ConfigError, loadDotEnv, readConfig } from './config.ts';
import { createPageFetcher } from './ingest/fetch-page.ts';
import { watchArticles } from './runtime/article-watcher.ts';
import { createCommandGate } from './runtime/command-gate.ts';
import { healthRoutes, startHealthServer, type HealthState } from './runtime/health.ts';
import { expectLoadMs, recordLoadMs, startLoadClock } from './runtime/load-clock.ts';
import { createLogger } from './runtime/logger.ts';
import { createMetrics } from './runtime/metrics.ts';
import { createRateLimiter } from './runtime/rate-limiter.ts';
import { createShutdown, stopOnSignals } from './runtime/shutdown.ts';
import { warmAnswers } from './runtime/warm-answers.ts';

try {
  loadDotEnv();
  const config = readConfig();
  const slack = slackSettings(config);
  const hasPlatform = slack !== undefined || config.discord !== undefined;
  const logger = createLogger({ level: config.LOG_LEVEL ?? (hasPlatform ? 'info' : 'warn'), format: config.LOG_FORMAT ?? (hasPlatform ? 'json' : 'text') });
  const log = (message: string): void => logger.info(message);
  const cacheDir = config.CACHE_DIR === 'off' ? undefined : config.CACHE_DIR;

  // The platforms start while the library loads, so commands that arrive meanwhile are told
  // "still loading, ready in about N s" instead of meeting silence.
  let store: ArticleStore | undefined;
  const metrics = createMetrics();
  const loadClock = startLoadClock(await expectLoadMs(config.SEEDS_DIR, cacheDir));
  const gate = createCommandGate({
    library: () => store?.library,
    articles: () => store,
    secondsUntilReady: loadClock.secondsLeft,
    limiter: createRateLimiter({
      user: { burst: config.RATE_USER_BURST, perMinute: config.RATE_USER_PER_MINUTE },
      channel: { burst: config.RATE_CHANNEL_BURST, perMinute: config.RATE_CHANNEL_PER_MINUTE },
    }),
    concurrency: config.MAX_CONCURRENT_COMMANDS,
    maxWaiting: config.MAX_WAITING_COMMANDS,
    budgetMs: config.COMMAND_BUDGET_MS,
    logger,
    metrics,
  });
  metrics.gauge('crosscheck_library_ready', () => (store ? 1 : 0));
  metrics.gauge('crosscheck_library_articles', () => store?.library.articles.length ?? 0);
  metrics.gauge('crosscheck_library_stale_files', () => store?.library.warnings.filter((warning) => warning.keptFrom !== undefined).length ?? 0);
  // A platform that closed for good makes the bot unhealthy, and the exit non-zero so a supervisor restarts or alerts.
  let failure: string | undefined;
  const shutdown = createShutdown({ gate, graceMs: config.SHUTDOWN_GRACE_MS, logger, exit: (code) => process.exit(failure !== undefined ? 1 : code) });
  stopOnSignals(shutdown);
  const health: HealthState = {
    ready: () => store !== undefined && failure === undefined,
    stopping: () => shutdown.stopping,
    failed: () => failure,
    metrics,
    ...(config.METRICS_TOKEN && { metricsToken: config.METRICS_TOKEN }),
  };

  await removeStaleTemporaryFiles(config.SEEDS_DIR, (message) => logger.warn(message));
  const loaded = openArticleStore(config.SEEDS_DIR, (message) => logger.warn(message), { ...(cacheDir && { cacheDir, saveInBackground: true }) }).then(async (opened) => {
    store = opened;
    log(`crosscheck: ${opened.library.articles.length} articles loaded in ${loadClock.elapsedMs()} ms`);
    void warmAnswers(opened.library).catch((error: Error) => logger.warn(`crosscheck: could not warm up the answers (${error.message}); the first questions run cold.`));
    await recordLoadMs(loadClock.elapsedMs(), cacheDir);
    if (config.WATCH_ARTICLES) {
      const watcher = watchArticles(
        config.SEEDS_DIR,
        () => opened.library,
        () => opened.reload(),
        { logger, onReload: () => metrics.count('crosscheck_library_reloads_total') },
      );
      shutdown.onClose('the articles watcher', () => watcher.close());
    }
    return opened;
  });
  loaded.catch((error: unknown) => {
    // The operator's own problem (permissions, a missing folder) is one sentence; anything else keeps its stack.
    const reason = describeFolderError(error, 'read', config.SEEDS_DIR);
    if (reason) logger.fatal(`crosscheck: could not load the articles: ${reason}`);
    else logger.fatal({ err: error }, `crosscheck: could not load the articles in ${config.SEEDS_DIR}`);
    process.exit(1);
  });

  const fetchPage = createPageFetcher({ allowPrivate: config.ALLOW_PRIVATE_URLS, ports: config.ADD_URL_PORTS });
  if (config.HEALTH_PORT !== undefined && slack?.mode !== 'http') {
    const server = await startHealthServer(health, config.HEALTH_PORT, config.HEALTH_HOST);
    log(`crosscheck: health and metrics on ${server.host} port ${server.port} (GET /healthz, GET /metrics${config.METRICS_TOKEN ? ' with its token' : ''})`);
    shutdown.onClose('the health server', () => server.close());
  }
  // Each configured platform starts; the console runs only when none is configured.
  const platforms: Promise<unknown>[] = [];
  if (slack) {
    // Platform libraries load only when configured, so the console starts as fast as before.
    const { startSlack } = await import('./adapters/slack/app.ts');
    const { boltLoggerFrom } = await import('./adapters/slack/log.ts');
    platforms.push(
      startSlack({ settings: slack, gate, admins: config, fetchPage, logger: boltLoggerFrom(logger), ...(slack.mode === 'http' && { customRoutes: healthRoutes(health) }) }).then(
        (running) => {
          shutdown.onClose('Slack', () => running.stop());
          log(`crosscheck: Slack app running (${slack.mode === 'socket' ? 'Socket Mode' : `HTTP on port ${running.port}; GET /healthz and /metrics there too`})`);
        },
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
      startDiscordBot(config.discord, undefined, {
        log,
        gate,
        admins: config,
        fetchPage,
        onFatal: (reason) => {
          failure ??= reason;
          logger.fatal(`crosscheck: ${reason}`);
          void shutdown.stop('Discord closed for good');
        },
      }).then(
        (bot) => shutdown.onClose('Discord', () => bot.stop()),
        (error: unknown) => {
          logger.fatal(error instanceof Error ? error.message : String(error));
          process.exit(1);
        },
      ),
    );
  }
  if (platforms.length > 0) await Promise.all(platforms);
  else {
    // A script piping commands wants answers, not "still loading": the console waits for the library.
    const opened = await loaded;
    await runConsole(opened, fetchPage, process.stdin, process.stdout, process.stdin.isTTY === true, { gate });
    // Piped commands often end before the snapshot saved in the background is written: leaving then would make every
    // later start rebuild the library again.
    await opened.snapshotSaved();
    await shutdown.stop('input ended');
  }
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`crosscheck: configuration error: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
