import { z } from 'zod';

/** A comma-separated list of ids (`U123, U456`), blanks dropped. */
const idList = z
  .string()
  .transform((value) => value.split(',').map((id) => id.trim()).filter((id) => id !== ''))
  .default([]);

/** Who may add and remove articles, and whether /add may fetch from this machine's own network. */
const ADD_ENV = {
  ADMIN_SLACK_USERS: idList,
  ADMIN_DISCORD_USERS: idList,
  ADMIN_DISCORD_ROLES: idList,
  // Off unless asked for: a bot that fetches any URL would otherwise read its own network for anyone.
  ALLOW_PRIVATE_URLS: z.stringbool().default(false),
};

/**
 * The environment, read and checked once. This is the only module that reads `process.env`;
 * everything else is handed a Config.
 */
const Env = z.object({
  SEEDS_DIR: z.string().trim().min(1).default('seeds'),
  ...ADD_ENV,
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
