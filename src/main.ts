import { runConsole } from './adapters/console.ts';
import { slackSettings } from './adapters/slack/config.ts';
import { ConfigError, loadDotEnv, readConfig } from './config.ts';
import { loadLibrary } from './load-library.ts';

try {
  loadDotEnv();
  const config = readConfig();
  const library = await loadLibrary(config.SEEDS_DIR, (message) => console.error(message));
  // Each configured platform starts; the console runs only when none is configured.
  const platforms: Promise<unknown>[] = [];
  const slack = slackSettings(config);
  if (slack) {
    // Bolt is loaded only when Slack is configured, so the console starts as fast as before.
    const { startSlack } = await import('./adapters/slack/app.ts');
    platforms.push(
      startSlack({ settings: slack, library }).then(
        ({ port }) => console.error(`crosscheck: Slack app running (${slack.mode === 'socket' ? 'Socket Mode' : `HTTP on port ${port}`})`),
        (error: unknown) => {
          console.error(`crosscheck: Slack could not start: ${error instanceof Error ? error.message : String(error)}`);
          process.exit(1);
        },
      ),
    );
  }
  if (platforms.length > 0) await Promise.all(platforms);
  else await runConsole(library, process.stdin, process.stdout, process.stdin.isTTY === true);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`crosscheck: configuration error: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
