import { z } from 'zod';

/** What the Discord adapter needs from the environment; present only when DISCORD_TOKEN is set. */
export interface DiscordConfig {
  token: string;
  appId: string;
  /** Register commands on this server only (instant); global registration when unset. */
  guildId?: string;
  /** REST base URL (`https://discord.com/api` when unset); the gateway address comes from its `/gateway/bot`. */
  apiUrl?: string;
}

const snowflake = (where: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{17,20}$/u, `must be a Discord id of 17 to 20 digits (${where})`);

/**
 * The DISCORD_* variables, checked together: none set means no Discord; DISCORD_TOKEN and
 * DISCORD_APP_ID go together. Messages name the variable and never echo a token.
 */
export const DiscordEnv = z
  .object({
    DISCORD_TOKEN: z
      .string()
      .trim()
      .regex(/^[\w-]+\.[\w-]+\.[\w-]+$/u, 'is not a bot token: copy it from the Bot page of the Developer Portal (three parts separated by dots, without a "Bot " prefix)')
      .optional(),
    DISCORD_APP_ID: snowflake('the Application ID on the General Information page').optional(),
    DISCORD_GUILD_ID: snowflake('right-click the server with Developer Mode on, then Copy Server ID').optional(),
    DISCORD_API_URL: z.url({ protocol: /^https?$/u, error: 'must be an http or https URL such as https://discord.com/api' }).optional(),
  })
  .superRefine((env, context) => {
    if (env.DISCORD_TOKEN !== undefined && env.DISCORD_APP_ID === undefined) {
      context.addIssue({ code: 'custom', path: ['DISCORD_APP_ID'], message: 'is not set; the bot needs it with DISCORD_TOKEN (the Application ID on the General Information page)' });
    }
    const withoutToken = (['DISCORD_APP_ID', 'DISCORD_GUILD_ID', 'DISCORD_API_URL'] as const).find((key) => env[key] !== undefined);
    if (env.DISCORD_TOKEN === undefined && withoutToken !== undefined) {
      context.addIssue({ code: 'custom', path: ['DISCORD_TOKEN'], message: `is not set, but ${withoutToken} is: set the bot token too, or unset the DISCORD_* variables to run without Discord` });
    }
  })
  .transform((env): DiscordConfig | undefined =>
    env.DISCORD_TOKEN === undefined || env.DISCORD_APP_ID === undefined
      ? undefined
      : {
          token: env.DISCORD_TOKEN,
          appId: env.DISCORD_APP_ID,
          ...(env.DISCORD_GUILD_ID !== undefined && { guildId: env.DISCORD_GUILD_ID }),
          ...(env.DISCORD_API_URL !== undefined && { apiUrl: env.DISCORD_API_URL.replace(/\/+$/u, '') }),
        },
  );
