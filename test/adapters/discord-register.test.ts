import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.ts';
import type { DiscordConfig } from '../../src/adapters/discord/config.ts';
import { createRest, registerCommands } from '../../src/adapters/discord/register.ts';
import { APP_ID, FakeDiscord, GUILD_ID, type RecordedRequest } from './discord-fake.ts';
import { must } from '../support/must.ts';
import { nodeArgsFor } from '../support/processes.ts';

const TOKEN = 'MTAwMDAw.fake-secret.signature';

let fake: FakeDiscord;
let config: DiscordConfig;

beforeAll(async () => {
  fake = await new FakeDiscord().start();
  config = { token: TOKEN, appId: APP_ID, apiUrl: fake.apiUrl };
});

afterAll(async () => {
  await fake?.close();
});

describe('registering the slash commands against a local REST API', () => {
  it('GIVEN the command list THEN registration creates them, then reports them unchanged, then fixes drift', async () => {
    const rest = createRest(config);
    const first = await registerCommands(rest, { appId: APP_ID, guildId: GUILD_ID });
    expect(first.created).toEqual(COMMANDS.map((command) => command.name));
    expect(must(fake.commands.get(GUILD_ID)).map((command) => command.name)).toEqual(first.created);
    const who = must(fake.commands.get(GUILD_ID)).find((command) => command.name === 'who') as { options: { name: string; autocomplete?: boolean; required?: boolean }[] };
    expect(who.options).toContainEqual(expect.objectContaining({ name: 'name', autocomplete: true, required: true }));
    expect(who.options).toContainEqual(expect.objectContaining({ name: 'public', type: 5, required: false }));

    const puts = (): RecordedRequest[] => fake.requests.filter((request) => request.method === 'PUT');
    const putsBefore = puts().length;
    const second = await registerCommands(rest, { appId: APP_ID, guildId: GUILD_ID });
    expect(second).toMatchObject({ created: [], updated: [], deleted: [], unchanged: first.created });
    expect(puts()).toHaveLength(putsBefore);

    const stored = must(fake.commands.get(GUILD_ID));
    stored[0] = { ...stored[0], description: 'stale' };
    stored.push({ id: '1', name: 'retired', description: 'gone', type: 1 });
    const third = await registerCommands(rest, { appId: APP_ID, guildId: GUILD_ID });
    expect(third).toMatchObject({ created: [], updated: [must(COMMANDS[0]).name], deleted: ['retired'] });
    expect(must(puts().at(-1)).path).toBe(`/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    expect(must(puts().at(-1)).authorization).toBe(`Bot ${TOKEN}`);
  });

  it('GIVEN npm run discord:register --global THEN the script registers globally and says what changed', async () => {
    const env = { ...process.env, DISCORD_TOKEN: TOKEN, DISCORD_APP_ID: APP_ID, DISCORD_GUILD_ID: GUILD_ID, DISCORD_API_URL: fake.apiUrl };
    const { stdout } = await promisify(execFile)(process.execPath, [...nodeArgsFor('scripts/discord-register.ts'), '--global'], { env });
    expect(stdout).not.toContain(TOKEN);
    expect(stdout).toContain(`Slash commands (global): created ${COMMANDS.map((command) => `/${command.name}`).join(', ')}.`);
    const again = await registerCommands(createRest(config), { appId: APP_ID });
    expect(again.unchanged).toEqual(COMMANDS.map((command) => command.name));
  }, 60_000);
});
