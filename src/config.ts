import { z } from 'zod';

/**
 * The environment, read and checked once. This is the only module that reads `process.env`;
 * everything else is handed a Config.
 */
const Env = z.object({
  SEEDS_DIR: z.string().trim().min(1).default('seeds'),
  /** Where the library snapshot is kept between runs; `off` builds from the articles every time. */
  CACHE_DIR: z.string().trim().min(1).default('.cache'),
});

export type Config = z.infer<typeof Env>;

/** A configuration problem, with the variable it is about. */
export class ConfigError extends Error {
  constructor(readonly variable: string, message: string) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

/** The configuration from `env` (default `process.env`); throws ConfigError naming the variable at fault. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blankAsUnset = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const parsed = Env.safeParse(blankAsUnset);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(String(issue.path[0] ?? 'environment'), issue.message);
  }
  return parsed.data;
}
