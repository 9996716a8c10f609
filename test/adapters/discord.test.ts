import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../commands/define.ts';
import { COMMANDS } from '../../commands/index.ts';
import { startDiscordBot, type DiscordBot } from '../../src/adapters/discord/bot.ts';
import type { DiscordConfig } from '../../src/adapters/discord/config.ts';
import { describeSlashCommands, optionNameOf } from '../../src/adapters/discord/slash-commands.ts';
import { renderDiscord } from '../../src/answer/render/discord.ts';
import type { Answer } from '../../src/model/answer.ts';
import { answerArgs, splitCommandLine } from '../../src/runtime/dispatch.ts';
import { createArticleStore, type ArticleStore } from '../../src/library/article-store.ts';
import { createPageFetcher } from '../../src/ingest/fetch-page.ts';
import type { Library } from '../../src/library/library.ts';
import { NO_ADMINS, seedLibrary } from '../support/seeds.ts';
import { APP_ID, FakeDiscord, fakeInteraction, GUILD_ID, REFUSED_TOKEN, USER_ID } from './discord-fake.ts';
import { must } from '../support/must.ts';

const TOKEN = 'MTAwMDAw.fake-secret.signature';
const EPHEMERAL = 64;
const CALLBACK = { message: 4, deferred: 5, autocomplete: 8 } as const;
const DEFER_AFTER_MS = 300;

type AnswerFn = (name: string, input: unknown, context: CommandContext) => Promise<Answer>;

interface Callback {
  type: number;
  data?: {
    embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[] }[];
    content?: string;
    flags?: number;
    allowed_mentions?: unknown;
    choices?: { name: string; value: string }[];
  };
}

let fake: FakeDiscord;
let bot: DiscordBot;
let library: Library;
let store: ArticleStore;
let config: DiscordConfig;
const logs: string[] = [];
/** What the bot answers with; a test swaps in a slow or failing one and puts it back. */
let answerWith: AnswerFn = answerArgs;

function context(): CommandContext {
  return { library, caller: { platform: 'discord', userId: USER_ID, isAdmin: false, adminByRole: true } };
}

/** Discord options for a command line, typed as the registered options say. */
function optionsFor(line: string): { name: string; input: Record<string, unknown>; options: { name: string; type: number; value: unknown }[] } {
  const { name, rest } = splitCommandLine(line);
  const command = must(COMMANDS.find((candidate) => candidate.name === name));
  const input = command.fromText(rest) as Record<string, unknown>;
  const registered = must(describeSlashCommands().find((candidate) => candidate.name === name));
  const options = Object.entries(input)
    .filter(([, value]) => value !== undefined)
    .map(([field, value]) => ({ name: optionNameOf(field), type: must(must(registered.options).find((option) => option.name === optionNameOf(field))).type, value }));
  return { name, input, options };
}

async function callbackOf(token: string): Promise<Callback> {
  const request = await fake.waitFor(() => fake.callsFor(token).find((call) => call.path.endsWith('/callback')));
  return request.body as Callback;
}

function send(
  name: string,
  options: { name: string; type: number; value: unknown; focused?: boolean }[],
  extra: Parameters<typeof fakeInteraction>[2] = {},
): { id: string; token: string; payload: Record<string, unknown> } {
  const interaction = fakeInteraction(name, options, extra);
  fake.dispatch('INTERACTION_CREATE', interaction.payload);
  return interaction;
}

beforeAll(async () => {
  library = await seedLibrary();
  store = createArticleStore('seeds', library);
  fake = await new FakeDiscord().start();
  config = { token: TOKEN, appId: APP_ID, guildId: GUILD_ID, apiUrl: fake.apiUrl };
  bot = await startDiscordBot(config, store, {
    log: (message) => logs.push(message),
    admins: NO_ADMINS,
    fetchPage: createPageFetcher(),
    answer: (name, input, ctx) => answerWith(name, input, ctx),
    deferAfterMs: DEFER_AFTER_MS,
  });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe('Discord bot against a local REST and gateway', () => {
  it('GIVEN commands not yet registered on the guild THEN the log says to run discord:register', async () => {
    await fake.waitFor(() => logs.some((line) => line.includes('run npm run discord:register')));
  });

  it('GIVEN a token Discord refuses THEN starting fails with a message naming DISCORD_TOKEN and not the token', async () => {
    const start = startDiscordBot({ ...config, token: REFUSED_TOKEN }, store, { log: (message) => logs.push(message), admins: NO_ADMINS, fetchPage: createPageFetcher() });
    await expect(start).rejects.toThrow(/could not log in to Discord \(check DISCORD_TOKEN and DISCORD_API_URL\)/u);
    await expect(start).rejects.not.toThrow(REFUSED_TOKEN);
  });

  it.each(COMMANDS.map((command) => [command.example]))('GIVEN %s as a slash command THEN it is answered privately through the callback with the rendered embeds', async (line) => {
    const { name, input, options } = optionsFor(line);
    const expected = renderDiscord(await answerArgs(name, input, context()));
    const { token } = send(name, options);
    const callback = await callbackOf(token);
    expect(callback.type).toBe(CALLBACK.message);
    expect(must(callback.data).flags).toBe(EPHEMERAL);
    expect(must(callback.data).allowed_mentions).toEqual({ parse: [] });
    expect(must(callback.data).embeds).toEqual(expected.embeds);
  });

  it('GIVEN /who Goremykin THEN the embed names Viktor Goremykin and cites what is said of him', async () => {
    const { token } = send('who', [{ name: 'name', type: 3, value: 'Goremykin' }]);
    const embeds = must(must((await callbackOf(token)).data).embeds);
    expect(must(embeds[0]).title).toBe('Viktor Goremykin');
    expect(embeds.flatMap((embed) => embed.fields ?? []).some((field) => field.value.includes('Goremykin'))).toBe(true);
  });

  it('GIVEN public: true THEN the answer is posted for the channel', async () => {
    const { token } = send('sources', [
      { name: 'claim', type: 3, value: '5000 troops' },
      { name: 'public', type: 5, value: true },
    ]);
    const callback = await callbackOf(token);
    expect(callback.type).toBe(CALLBACK.message);
    expect(must(callback.data).flags ?? 0).toBe(0);
  });

  it('GIVEN "Gor" typed into /who name THEN autocomplete suggests Viktor Goremykin', async () => {
    const { token } = send('who', [{ name: 'name', type: 3, value: 'Gor', focused: true }], { type: 4 });
    const callback = await callbackOf(token);
    expect(callback.type).toBe(CALLBACK.autocomplete);
    expect(must(callback.data).choices).toContainEqual({ name: 'Viktor Goremykin', value: 'Viktor Goremykin' });
    expect(must(must(callback.data).choices).length).toBeLessThanOrEqual(25);
  });

  it('GIVEN "so" typed into /help command THEN autocomplete suggests /sources', async () => {
    const { token } = send('help', [{ name: 'command', type: 3, value: 'so', focused: true }], { type: 4 });
    expect(must(must((await callbackOf(token)).data).choices).map((choice) => choice.value)).toContain('sources');
  });

  it('GIVEN a slow answer THEN the reply is deferred within the deadline, then edited with the embeds', async () => {
    answerWith = async (...args) => {
      await sleep(DEFER_AFTER_MS * 3);
      return answerArgs(...args);
    };
    try {
      const { token } = send('sources', [{ name: 'claim', type: 3, value: '5000 troops' }]);
      const callback = await callbackOf(token);
      expect(callback).toEqual({ type: CALLBACK.deferred, data: { flags: EPHEMERAL } });
      const edit = await fake.waitFor(() => fake.callsFor(token).find((call) => call.method === 'PATCH'));
      expect(edit.path).toBe(`/webhooks/${APP_ID}/${token}/messages/@original`);
      expect(must(must(must(edit.body as Callback['data']).embeds)[0]).title).toContain('Sources for');
      expect(must(edit.body as Callback['data']).allowed_mentions).toEqual({ parse: [] });
    } finally {
      answerWith = answerArgs;
    }
  });

  it('GIVEN a slow public answer that turns out bad THEN the public placeholder is removed and the error sent privately', async () => {
    answerWith = async (...args) => {
      await sleep(DEFER_AFTER_MS * 3);
      return answerArgs(...args);
    };
    try {
      const { token } = send('sources', [
        { name: 'claim', type: 3, value: '   ' },
        { name: 'public', type: 5, value: true },
      ]);
      expect(await callbackOf(token)).toMatchObject({ type: CALLBACK.deferred });
      const followUp = await fake.waitFor(() => fake.callsFor(token).find((call) => call.method === 'POST' && !call.path.endsWith('/callback')));
      expect(fake.callsFor(token).map((call) => call.method)).toEqual(['POST', 'DELETE', 'POST']);
      expect(must(followUp.body as Callback['data']).flags).toBe(EPHEMERAL);
      expect(JSON.stringify(followUp.body)).toContain('Say what to look for');
    } finally {
      answerWith = answerArgs;
    }
  });

  it('GIVEN an unknown command THEN it is told privately which commands exist', async () => {
    const { token } = send('nosuch', []);
    const callback = await callbackOf(token);
    expect(must(callback.data).flags).toBe(EPHEMERAL);
    expect(must(must(must(callback.data).embeds)[0]).description).toContain('There is no /nosuch command. Commands: /sources');
  });

  it('GIVEN bad arguments, even with public: true THEN the reason is told privately', async () => {
    const { token } = send('sources', [
      { name: 'claim', type: 3, value: '   ' },
      { name: 'public', type: 5, value: true },
    ]);
    const callback = await callbackOf(token);
    expect(must(callback.data).flags).toBe(EPHEMERAL);
    expect(must(must(must(callback.data).embeds)[0]).description).toContain('Say what to look for, for example: /sources 5000 troops');
  });

  it('GIVEN a command that fails THEN the user gets a friendly private message and the log gets the error', async () => {
    answerWith = async () => {
      throw new Error('index exploded');
    };
    try {
      const { token } = send('sources', [
        { name: 'claim', type: 3, value: 'troops' },
        { name: 'public', type: 5, value: true },
      ]);
      const callback = await callbackOf(token);
      expect(must(callback.data).flags).toBe(EPHEMERAL);
      expect(must(callback.data).content).toContain('Sorry, something went wrong while answering /sources');
      expect(must(callback.data).allowed_mentions).toEqual({ parse: [] });
      expect(logs.join('\n')).toContain('index exploded');
    } finally {
      answerWith = answerArgs;
    }
  });

  it('GIVEN the same interaction delivered twice THEN it is answered once', async () => {
    const interaction = fakeInteraction('quote', [{ name: 'text', type: 3, value: 'unwavering support' }]);
    fake.dispatch('INTERACTION_CREATE', interaction.payload);
    fake.dispatch('INTERACTION_CREATE', interaction.payload);
    await callbackOf(interaction.token);
    await sleep(300);
    expect(fake.callsFor(interaction.token)).toHaveLength(1);
  });

  it('GIVEN an interaction from a bot THEN nothing is sent', async () => {
    const { token } = send('sources', [{ name: 'claim', type: 3, value: '5000 troops' }], { bot: true });
    const control = send('help', []);
    await callbackOf(control.token);
    await sleep(200);
    expect(fake.callsFor(token)).toEqual([]);
  });

  it('GIVEN the gateway drops THEN the bot reconnects and answers again', async () => {
    const handshakes = fake.handshakes.length;
    fake.dropGateway();
    await fake.waitFor(() => fake.handshakes.length > handshakes && fake.connected === 1, 15_000);
    await fake.waitFor(() => logs.some((line) => line.includes('gateway resumed')));
    expect(fake.handshakes.at(-1)).toBe('resume');
    expect(logs.join('\n')).toContain('gateway connection lost; reconnecting');
    const { token } = send('sources', [{ name: 'claim', type: 3, value: '5000 troops' }]);
    expect((await callbackOf(token)).type).toBe(CALLBACK.message);
  });

  it('GIVEN everything above THEN every message sent carried empty allowed_mentions, and the token was never logged', () => {
    const messages = fake.requests.flatMap((request): unknown[] => {
      if (request.path.endsWith('/callback')) {
        const body = request.body as Callback;
        return body.type === CALLBACK.message ? [body.data] : [];
      }
      return request.path.startsWith('/webhooks/') && request.method !== 'DELETE' ? [request.body] : [];
    });
    expect(messages.length).toBeGreaterThan(COMMANDS.length);
    for (const message of messages) expect((message as { allowed_mentions?: unknown }).allowed_mentions).toEqual({ parse: [] });
    expect(logs.join('\n')).not.toContain(TOKEN);
  });
});
