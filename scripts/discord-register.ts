import { parseArgs } from 'node:util';
import { createRest, formatRegistration, registerCommands } from '../src/adapters/discord/register.ts';
import { ConfigError, loadDotEnv, readConfig } from '../src/config.ts';

/**
 * `npm run discord:register [-- --global]`: put the slash commands on DISCORD_GUILD_ID (instant)
 * or, with --global or without a guild, on every server the bot is in; going global also takes
 * the copies off DISCORD_GUILD_ID, which would otherwise list each command twice. Safe to run again.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({ options: { global: { type: 'boolean', default: false } } });
  loadDotEnv();
  const { discord } = readConfig();
  if (!discord) throw new ConfigError('DISCORD_TOKEN', 'is not set: set DISCORD_TOKEN and DISCORD_APP_ID (see the README, “Running in Discord”)');
  const guildId = values.global ? undefined : discord.guildId;
  const report = await registerCommands(createRest(discord), { appId: discord.appId, ...(guildId !== undefined ? { guildId } : discord.guildId !== undefined && { otherGuildId: discord.guildId }) });
  console.log(formatRegistration(report));
  if (guildId === undefined) console.log('Global commands can take up to an hour to appear; set DISCORD_GUILD_ID to try them at once on one server.');
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof ConfigError || (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    console.error(`crosscheck: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  } else {
    console.error(`crosscheck: could not register the slash commands: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
