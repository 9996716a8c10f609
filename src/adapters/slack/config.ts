import { z } from 'zod';

/** True for `true`/`1`/`yes`/`on`, false for `false`/`0`/`no`/`off`; anything else is an error. */
const flag = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(['true', '1', 'yes', 'on', 'false', '0', 'no', 'off'], { message: 'must be true or false' }))
  .transform((value) => ['true', '1', 'yes', 'on'].includes(value));

/**
 * The Slack variables, as a zod shape that `src/config.ts` spreads into the environment schema.
 * Messages never echo a value: a malformed token must not end up in a log.
 */
export const SLACK_ENV = {
  /** Bot token (`xoxb-…`): set it to run the Slack app. */
  SLACK_BOT_TOKEN: z
    .string()
    .trim()
    .regex(/^xoxb-[\w-]+$/, 'must be a bot token that starts with xoxb-')
    .optional(),
  /** App-level token (`xapp-…`) with `connections:write`: Socket Mode. */
  SLACK_APP_TOKEN: z
    .string()
    .trim()
    .regex(/^xapp-[\w-]+$/, 'must be an app-level token that starts with xapp-')
    .optional(),
  /** Signing secret: HTTP mode, where Slack's requests are checked against it. */
  SLACK_SIGNING_SECRET: z
    .string()
    .trim()
    .regex(/^[0-9a-f]{16,}$/i, 'must be the signing secret from Basic Information (hex characters)')
    .optional(),
  /** The port HTTP mode listens on. */
  PORT: z.coerce.number({ message: 'must be a port number' }).int('must be a whole number').min(1, 'must be 1 to 65535').max(65535, 'must be 1 to 65535').default(3000),
  /** Another Web API base URL (GovSlack, a test server), ending in `/api/`. */
  SLACK_API_URL: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL such as https://slack.com/api/' }).optional(),
  /** Answer in the channel for everyone unless the user says `private`; default: only the asker sees it. */
  SLACK_PUBLIC_ANSWERS: flag.default(false),
};

const SlackEnv = z.object(SLACK_ENV);
type SlackEnv = z.output<typeof SlackEnv>;

/** The cross-variable checks: which tokens belong together. Used with `.superRefine` on the environment schema. */
export function refineSlackEnv(env: SlackEnv, context: z.RefinementCtx): void {
  const other = env.SLACK_APP_TOKEN ? 'SLACK_APP_TOKEN' : env.SLACK_SIGNING_SECRET ? 'SLACK_SIGNING_SECRET' : undefined;
  if (!env.SLACK_BOT_TOKEN && other) {
    context.addIssue({ code: 'custom', path: ['SLACK_BOT_TOKEN'], message: `is missing: ${other} is set, and the Slack app also needs its bot token (xoxb-…)` });
  } else if (env.SLACK_BOT_TOKEN && !other) {
    context.addIssue({ code: 'custom', path: ['SLACK_APP_TOKEN'], message: 'is missing: set SLACK_APP_TOKEN (xapp-…) for Socket Mode, or SLACK_SIGNING_SECRET (with PORT) for HTTP mode' });
  }
}

/** How the Slack app connects and answers; `undefined` when Slack is not configured. */
export type SlackSettings = {
  botToken: string;
  apiUrl?: string;
  publicAnswers: boolean;
} & ({ mode: 'socket'; appToken: string } | { mode: 'http'; signingSecret: string; port: number });

/** Slack's settings from the checked configuration: Socket Mode when an app token is set, else HTTP. */
export function slackSettings(env: SlackEnv): SlackSettings | undefined {
  if (!env.SLACK_BOT_TOKEN) return undefined;
  const common = { botToken: env.SLACK_BOT_TOKEN, publicAnswers: env.SLACK_PUBLIC_ANSWERS, ...(env.SLACK_API_URL && { apiUrl: env.SLACK_API_URL }) };
  if (env.SLACK_APP_TOKEN) return { ...common, mode: 'socket', appToken: env.SLACK_APP_TOKEN };
  if (env.SLACK_SIGNING_SECRET) return { ...common, mode: 'http', signingSecret: env.SLACK_SIGNING_SECRET, port: env.PORT };
  return undefined;
}
