import { runConsole } from './adapters/console.ts';
import { startDiscordBot } from './adapters/discord/bot.ts';
import { ConfigError, readConfig } from './config.ts';
import { loadLibrary } from './load-library.ts';

try {
  const config = readConfig();
  const log = (message: string): void => console.error(message);
  const library = await loadLibrary(config.SEEDS_DIR, log);
  if (config.discord) await startDiscordBot(config.discord, library, { log });
  // The console is for trying the bot locally: it runs only when no platform is configured.
  if (!config.discord) await runConsole(library, process.stdin, process.stdout, process.stdin.isTTY === true);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`crosscheck: configuration error: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
