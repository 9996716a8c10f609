import { z } from 'zod';
import { DiscordEnv } from './adapters/discord/config.ts';
import { refineSlackEnv, SLACK_ENV } from './adapters/slack/config.ts';

/** A comma-separated list of ids (`U123, U456`), blanks dropped. */
const idList = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== ''),
  )
  .default([]);

/** Who may add and remove articles, and whether /add may fetch from this machine's own network. */
const ADD_ENV = {
  ADMIN_SLACK_USERS: idList,
  ADMIN_DISCORD_USERS: idList,
  ADMIN_DISCORD_ROLES: idList,
  // Off unless asked for: a bot that fetches any URL would otherwise read its own network for anyone.
  ALLOW_PRIVATE_URLS: z.stringbool().default(false),
  /** The ports /add may fetch public sites on; other ports are refused so /add cannot knock on a host's other services. */
  ADD_URL_PORTS: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((port) => port.trim())
        .filter((port) => port !== '')
        .map(Number),
    )
    .pipe(z.array(z.number().int().min(1).max(65_535)).min(1))
    .default([80, 443]),
};

const count = (fallback: number) => z.coerce.number().int().min(0).default(fallback);
const positive = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

/** Limits, logs, health and shutdown (the README’s “Reliability” section). */
const RELIABILITY_ENV = {
  /** Commands one user may send at once, then per minute; a per-minute rate of 0 turns the limit off. */
  RATE_USER_BURST: positive(10),
  RATE_USER_PER_MINUTE: count(30),
  RATE_CHANNEL_BURST: positive(40),
  RATE_CHANNEL_PER_MINUTE: count(120),
  COMMAND_BUDGET_MS: positive(10_000),
  MAX_CONCURRENT_COMMANDS: positive(4),
  MAX_WAITING_COMMANDS: positive(1000),
  SHUTDOWN_GRACE_MS: positive(10_000),
  /** Off unless set; Slack's HTTP mode serves health and metrics on its own port regardless. */
  HEALTH_PORT: z.coerce.number().int().min(1).max(65_535).optional(),
  /** Loopback unless set: health and metrics are for the machine's own probes, not the internet. */
  HEALTH_HOST: z.string().trim().min(1).default('127.0.0.1'),
  /** When set, GET /metrics needs `Authorization: Bearer <token>`; /healthz stays open for probes. */
  METRICS_TOKEN: z.string().trim().min(16, 'must be at least 16 characters').optional(),
  /** Left unset: info when a platform runs, warn for the console (whose answers share the terminal). */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  /** Left unset: readable text for the console, JSON when a platform runs. */
  LOG_FORMAT: z.enum(['json', 'text']).optional(),
  WATCH_ARTICLES: z.stringbool().default(true),
};

/**
 * The environment, read and checked once. This is the only module that reads `process.env`;
 * everything else is handed a Config.
 */
const Env = z
  .object({
    SEEDS_DIR: z.string().trim().min(1).default('seeds'),
    /** Where the library snapshot is kept between runs; `off` builds from the articles every time. */
    CACHE_DIR: z.string().trim().min(1).default('.cache'),
    ...SLACK_ENV,
    ...ADD_ENV,
    ...RELIABILITY_ENV,
  })
  .superRefine(refineSlackEnv);

export type Config = z.infer<typeof Env> & {
  /** Set when the DISCORD_* variables are. */
  discord: z.output<typeof DiscordEnv>;
};

/** A configuration problem, with the variable it is about. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

/**
 * Put the variables of a `.env` file in the working folder into `process.env`, without
 * overriding variables already set. A missing file is fine: the environment alone may suffice.
 */
export function loadDotEnv(path = '.env'): void {
  try {
    process.loadEnvFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new ConfigError(path, `could not be read (${(error as Error).message})`);
  }
}

/** The configuration from `env` (default `process.env`); throws ConfigError naming the variable at fault. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blankAsUnset = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  return { ...parseEnv(Env, blankAsUnset), discord: parseEnv(DiscordEnv, blankAsUnset) };
}

/** Each platform's variables are their own schema, so adding one platform touches one line here. */
function parseEnv<Schema extends z.ZodType>(schema: Schema, env: Record<string, string | undefined>): z.output<Schema> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw new ConfigError(String(issue?.path[0] ?? 'environment'), issue?.message ?? 'not valid');
  }
  return parsed.data;
}
