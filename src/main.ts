import { runConsole } from './adapters/console.ts';
import { ConfigError, readConfig } from './config.ts';
import { loadLibrary } from './load-library.ts';

try {
  const config = readConfig();
  const library = await loadLibrary(config.SEEDS_DIR, (message) => console.error(message), { cacheDir: config.CACHE_DIR === 'off' ? undefined : config.CACHE_DIR });
  await runConsole(library, process.stdin, process.stdout, process.stdin.isTTY === true);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`crosscheck: configuration error: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
