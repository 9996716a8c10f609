import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { ArticleStore } from '../../library/article-store.ts';
import type { DiscordConfig } from './config.ts';
import { createInteractionHandler, NO_MENTIONS, type InteractionDeps } from './interactions.ts';
import { describeDoubleListing, hasChanges, planRegistration, type RegistrationReport } from './register.ts';
import { describeSlashCommands } from './slash-commands.ts';

/** A running bot. */
export interface DiscordBot {
  readonly client: Client<true>;
  /** Close the gateway connection; the process may then exit. */
  stop(): Promise<void>;
}

/** Options beyond the configuration: where to log, the command gate, who may add, and the handler's test seams. */
export type DiscordBotOptions = Omit<InteractionDeps, 'store'> & {
  /**
   * Called once when Discord closes the gateway for good after the bot started (a reset token,
   * intents no longer allowed): discord.js will not reconnect, so the process should stop, not
   * report itself healthy.
   */
  onFatal?: (reason: string) => void;
};

/**
 * Why Discord closed the gateway, for the close codes after which discord.js does not reconnect
 * (Discord's “Gateway close event codes”), said so the person running the bot knows what to fix.
 */
export function describeGatewayClose(code: number): string {
  const reasons: Record<number, string> = {
    4004: 'authentication failed: Discord does not accept the token (reset or mistyped); set DISCORD_TOKEN to the current one from the Bot page',
    4010: 'invalid shard',
    4011: 'sharding required: the bot is in too many servers for one connection',
    4012: 'invalid gateway API version',
    4013: 'invalid intents',
    4014: 'disallowed intents: the bot asked for a privileged intent that is not enabled on the Bot page of the Developer Portal',
  };
  return `code ${code}, ${reasons[code] ?? 'a close Discord does not let the bot recover from'}`;
}

/**
 * Log in to Discord and answer slash commands until stopped, from the gate's articles or else `store`'s. Resolves once the gateway is ready;
 * rejects when Discord refuses the token or cannot be reached. discord.js resumes or reconnects
 * by itself when the gateway drops; drops, resumes and unrecoverable closes are logged, and so
 * are slash commands that need registering. The token is never logged.
 */
export async function startDiscordBot(config: DiscordConfig, store: ArticleStore | undefined, options: DiscordBotOptions): Promise<DiscordBot> {
  const { log } = options;
  // A command Discord cannot express stops the bot here, naming its file, rather than at registration.
  const commands = describeSlashCommands();
  const client = new Client({
    // Slash commands arrive whatever the intents; Guilds is the least the gateway accepts.
    intents: [GatewayIntentBits.Guilds],
    // Client-wide as well as on each send: interaction replies otherwise still ping.
    allowedMentions: NO_MENTIONS,
    ...(config.apiUrl !== undefined && { rest: { api: config.apiUrl } }),
  });
  client.on(Events.InteractionCreate, createInteractionHandler({ ...options, ...(store && { store }) }));
  client.on(Events.Error, (error) => log(`crosscheck: discord: ${error.message}`));
  // Stopping closes the gateway too; only a drop while running is news.
  let stopping = false;
  client.on(Events.ShardReconnecting, () => stopping || log('crosscheck: discord: gateway connection lost; reconnecting'));
  client.on(Events.ShardResume, () => log('crosscheck: discord: gateway resumed'));
  // An unrecoverable close before ready fails the start; after it, the bot is of no more use.
  let started = false;
  let failStart: (error: Error) => void = () => undefined;
  const closedForGood = new Promise<never>((_resolve, reject) => (failStart = reject));
  closedForGood.catch(() => undefined);
  client.on(Events.ShardDisconnect, (event) => {
    if (stopping) return;
    const reason = `Discord closed the gateway for good (${describeGatewayClose(event.code)})`;
    if (!started) return failStart(new Error(`crosscheck: ${reason}`));
    log(`crosscheck: discord: ${reason}; the bot cannot answer any more and stops`);
    options.onFatal?.(reason);
  });
  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  try {
    await Promise.race([client.login(config.token), closedForGood]);
  } catch (error) {
    await client.destroy();
    if (error instanceof Error && error.message.startsWith('crosscheck: ')) throw error;
    throw new Error(`crosscheck: could not log in to Discord (check DISCORD_TOKEN${config.apiUrl ? ' and DISCORD_API_URL' : ''}): ${error instanceof Error ? error.message : String(error)}`);
  }
  let readyClient: Client<true>;
  try {
    readyClient = await Promise.race([ready, closedForGood]);
  } catch (error) {
    await client.destroy();
    throw error;
  }
  started = true;
  // The articles may still be loading (the gate answers "still loading" until they are in); their
  // own line says when they are, so this one reads the same whichever comes first.
  log(`crosscheck: discord: logged in as ${readyClient.user.tag}`);
  void warnIfUnregistered(readyClient, config, commands, log);
  return {
    client: readyClient,
    stop: () => {
      stopping = true;
      return client.destroy();
    },
  };
}

/**
 * Commands answered but not registered (or registered differently, or twice) would confuse users:
 * say so. Both scopes count: commands registered globally serve a configured guild too, and ones
 * registered in both are listed twice there.
 */
async function warnIfUnregistered(client: Client<true>, config: DiscordConfig, commands: ReturnType<typeof describeSlashCommands>, log: (message: string) => void): Promise<void> {
  try {
    const global = await planRegistration(client.rest, { appId: config.appId }, commands);
    const guild = config.guildId !== undefined ? await planRegistration(client.rest, { appId: config.appId, guildId: config.guildId }, commands) : undefined;
    const holds = (report: RegistrationReport): boolean => report.unchanged.length + report.updated.length > 0;
    const inUse = [guild, global].filter((report): report is RegistrationReport => report !== undefined && holds(report));
    if (inUse.length === 0) {
      log(`crosscheck: discord: the slash commands are not registered${config.guildId !== undefined ? ` on guild ${config.guildId} or globally` : ' globally'}; run npm run discord:register`);
      return;
    }
    for (const report of inUse) {
      if (hasChanges(report))
        log(`crosscheck: discord: the slash commands on Discord (${report.scope}) differ from this version's; run npm run discord:register${report.scope === 'global' ? ' -- --global' : ''}`);
    }
    if (guild?.alsoIn) log(`crosscheck: discord: ${describeDoubleListing(guild.scope, guild.alsoIn)}`);
  } catch (error) {
    log(`crosscheck: discord: could not read the registered slash commands: ${error instanceof Error ? error.message : String(error)}`);
  }
}
