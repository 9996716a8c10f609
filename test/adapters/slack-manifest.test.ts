import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMANDS } from '../../commands/index.ts';
import { renderSlackManifest } from '../../src/adapters/slack/manifest.ts';

describe('slack/manifest.yml', () => {
  it('GIVEN the command list THEN the checked-in manifest is exactly what it generates (run npm run slack:manifest)', async () => {
    expect(await readFile('slack/manifest.yml', 'utf8')).toBe(renderSlackManifest());
  });

  it('GIVEN the manifest THEN it has every command, the umbrella, the scopes and events the adapter uses, and interactivity', async () => {
    const manifest = parse(await readFile('slack/manifest.yml', 'utf8'));
    const commands = manifest.features.slash_commands.map((command: { command: string }) => command.command);
    expect(commands).toEqual(['/crosscheck', ...COMMANDS.map((command) => `/${command.name}`)]);
    expect(manifest.oauth_config.scopes.bot).toEqual(expect.arrayContaining(['commands', 'chat:write', 'app_mentions:read', 'im:history']));
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(expect.arrayContaining(['app_mention', 'message.im']));
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });
});
