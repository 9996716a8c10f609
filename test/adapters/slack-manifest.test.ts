import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMANDS } from '../../commands/index.ts';
import { isSlackBuiltIn, SLACK_BUILT_IN_COMMANDS } from '../../src/adapters/slack/built-in-commands.ts';
import { toSlackCommand } from '../../src/adapters/slack/command-names.ts';
import { renderSlackManifest } from '../../src/adapters/slack/manifest.ts';

async function manifestCommands(): Promise<{ command: string; description: string }[]> {
  return parse(await readFile('slack/manifest.yml', 'utf8')).features.slash_commands;
}

describe('slack/manifest.yml', () => {
  it('GIVEN the command list THEN the checked-in manifest is exactly what it generates (run npm run slack:manifest)', async () => {
    expect(await readFile('slack/manifest.yml', 'utf8')).toBe(renderSlackManifest());
  });

  it('GIVEN the manifest THEN it has every command by its Slack name, the umbrella, the scopes and events the adapter uses, and interactivity', async () => {
    const manifest = parse(await readFile('slack/manifest.yml', 'utf8'));
    const commands = manifest.features.slash_commands.map((command: { command: string }) => command.command);
    expect(commands).toEqual(['/crosscheck', ...COMMANDS.map((command) => toSlackCommand(command.name))]);
    expect(manifest.oauth_config.scopes.bot).toEqual(expect.arrayContaining(['commands', 'chat:write', 'app_mentions:read', 'im:history']));
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(expect.arrayContaining(['app_mention', 'message.im']));
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it('GIVEN Slack’s list of built-in slash commands THEN the manifest claims none of them', async () => {
    const builtIn = new Set(SLACK_BUILT_IN_COMMANDS.map((command) => `/${command.name}`));
    const claimed = (await manifestCommands()).map((command) => command.command).filter((command) => builtIn.has(command));
    expect(claimed).toEqual([]);
  });

  it('GIVEN /who and /remove, which Slack keeps for itself THEN they are /whois and /remove-article in Slack', async () => {
    const commands = (await manifestCommands()).map((command) => command.command);
    expect(commands).toEqual(['/crosscheck', '/sources', '/compare', '/whois', '/quote', '/cite', '/source', '/add', '/remove-article', '/help']);
  });

  it('GIVEN a summary longer than the menu line THEN its description is cut between words', async () => {
    for (const { description } of await manifestCommands()) {
      expect(description.length).toBeLessThanOrEqual(100);
      if (description.endsWith('…')) expect(COMMANDS.some((command) => command.summary.startsWith(`${description.slice(0, -1)} `))).toBe(true);
    }
  });

  it('GIVEN docs/platforms.md THEN its Slack part names every command of the manifest, and shows no command used by a name Slack keeps', async () => {
    const docs = await readFile('docs/platforms.md', 'utf8');
    const slackPart = docs.slice(docs.indexOf('## Running in Slack'), docs.indexOf('## Running in Discord'));
    for (const { command } of await manifestCommands()) expect(slackPart).toContain(`\`${command}`);
    for (const reserved of COMMANDS.filter((command) => isSlackBuiltIn(command.name))) expect(slackPart).not.toMatch(new RegExp(`\`/${reserved.name}\\s`, 'u'));
  });
});
