import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.ts';
import { startDiscordBot, type DiscordBot } from '../../src/adapters/discord/bot.ts';
import type { DiscordConfig } from '../../src/adapters/discord/config.ts';
import { createRest, registerCommands } from '../../src/adapters/discord/register.ts';
import { describeSlashCommands } from '../../src/adapters/discord/slash-commands.ts';
import { createPageFetcher } from '../../src/ingest/fetch-page.ts';
import { createArticleStore } from '../../src/library/article-store.ts';
import { loadLibrary } from '../../src/library/load-library.ts';
import { NO_ADMINS } from '../support/seeds.ts';
import { APP_ID, DISCORD_LIMITS, FakeDiscord, fakeInteraction, GUILD_ID } from './discord-fake.ts';
import { must } from '../support/must.ts';

const TOKEN = 'MTAwMDAw.limits-secret.signature';
/** A file name as a newsroom archive writes them: date, outlet, and the whole headline as a slug. */
const LONG_ID = '2025-11-28_coast-courier_harbour-cranes-idle-as-port-strike-enters-third-week-while-shipping-lines-divert-to-the-southern-terminals';
const LONG_HEADLINE = 'Harbour cranes idle as the port strike enters its third week and shipping lines divert their vessels to southern terminals';

let dir: string;
let fake: FakeDiscord;
let bot: DiscordBot;
const logs: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crosscheck-discord-limits-'));
  await writeFile(
    join(dir, `${LONG_ID}.txt`),
    `${LONG_HEADLINE}\nOutlet: Coast Courier\nDate: 2025-11-28\n\nDock workers kept the cranes idle on Monday as the strike entered its third week, the union said.\n`,
  );
  await writeFile(
    join(dir, '001_tunnel.txt'),
    'Rail tunnel stays shut after flooding\nOutlet: Valley Post\n\nEngineers said on Wednesday that the flooded tunnel would stay closed until pumps had drained it.\n',
  );
  const library = await loadLibrary(dir, () => undefined);
  fake = await new FakeDiscord().start();
  const config: DiscordConfig = { token: TOKEN, appId: APP_ID, guildId: GUILD_ID, apiUrl: fake.apiUrl };
  // Registered on the test server while testing, then globally for everyone: each listed twice there.
  await registerCommands(createRest(config), { appId: APP_ID, guildId: GUILD_ID });
  await registerCommands(createRest(config), { appId: APP_ID });
  bot = await startDiscordBot(config, createArticleStore(dir, library), { log: (message) => logs.push(message), admins: NO_ADMINS, fetchPage: createPageFetcher() });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('Discord’s limits, against a fake that enforces them', () => {
  it('GIVEN an article id longer than a choice value may be THEN autocomplete offers a unique prefix of it, and Discord takes every choice', async () => {
    const interaction = fakeInteraction('source', [{ name: 'article', type: 3, value: '', focused: true }], { type: 4 });
    fake.dispatch('INTERACTION_CREATE', interaction.payload);
    const callback = await fake.waitFor(() => fake.callsFor(interaction.token).find((call) => call.path.endsWith('/callback')));
    const choices = (callback.body as { data: { choices: { name: string; value: string }[] } }).data.choices;
    expect(fake.refused).toEqual([]);
    expect(choices.map((choice) => choice.value).sort()).toEqual(['001_tunnel', LONG_ID.slice(0, DISCORD_LIMITS.choiceValue)]);
  });

  it('GIVEN a headline longer than a choice name may be THEN the name is cut between words', async () => {
    const interaction = fakeInteraction('source', [{ name: 'article', type: 3, value: 'harbour', focused: true }], { type: 4 });
    fake.dispatch('INTERACTION_CREATE', interaction.payload);
    const callback = await fake.waitFor(() => fake.callsFor(interaction.token).find((call) => call.path.endsWith('/callback')));
    const [choice] = (callback.body as { data: { choices: { name: string }[] } }).data.choices;
    expect(must(choice).name.length).toBeLessThanOrEqual(DISCORD_LIMITS.choiceName);
    expect(must(choice).name).toMatch(/^Harbour cranes idle as the port strike .*\b[a-z]+…$/u);
    expect(`${LONG_HEADLINE} · Coast Courier · 2025-11-28 [${LONG_ID}]`.startsWith(`${must(choice).name.slice(0, -1)} `)).toBe(true);
  });

  it('GIVEN commands registered both on the guild and globally THEN the start-up check says they are listed twice and how to fix it', async () => {
    await fake.waitFor(() => logs.some((line) => line.includes(`registered both on guild ${GUILD_ID} and globally`) && line.includes('lists them twice') && line.includes('-- --global')));
  });

  it('GIVEN the global registration with a guild configured THEN the guild’s copies are removed, so nothing is listed twice', async () => {
    const report = await registerCommands(createRest({ token: TOKEN, appId: APP_ID, apiUrl: fake.apiUrl }), { appId: APP_ID, otherGuildId: GUILD_ID });
    expect(report.removedFrom?.names).toEqual(describeSlashCommands().map((command) => command.name));
    expect(fake.commands.get(GUILD_ID)).toEqual([]);
  });

  it('GIVEN command summaries over 100 characters THEN their descriptions are cut between words, and Discord takes them', () => {
    const cut = describeSlashCommands().filter((command) => command.description.endsWith('…'));
    expect(cut.length).toBeGreaterThan(0);
    for (const command of cut) {
      expect(command.description.length).toBeLessThanOrEqual(DISCORD_LIMITS.description);
      const summary = must(COMMANDS.find((definition) => definition.name === command.name)).summary;
      expect(summary.startsWith(`${command.description.slice(0, -1)} `)).toBe(true);
    }
    expect(fake.refused).toEqual([]);
  });

  it('GIVEN a description over 100 characters THEN the fake refuses it as Discord does', async () => {
    const tooLong = [{ name: 'overlong', description: 'x'.repeat(101), options: [] }];
    await expect(registerCommands(createRest({ token: TOKEN, appId: APP_ID, apiUrl: fake.apiUrl }), { appId: APP_ID, guildId: GUILD_ID }, tooLong)).rejects.toThrow(/Invalid Form Body/u);
  });
});
