import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordBot, type DiscordBot } from '../../src/adapters/discord/bot.ts';
import { openArticleStore } from '../../src/library/article-store.ts';
import { readConfig } from '../../src/config.ts';
import { createPageFetcher } from '../../src/ingest/fetch-page.ts';
import { send, startServer, type LocalServer } from '../helpers/local-server.ts';
import { APP_ID, FakeDiscord, fakeInteraction, GUILD_ID, snowflake } from './discord-fake.ts';
import { must } from '../support/must.ts';

const ADMIN_ID = '100000000000000010';
const EDITOR_ROLE = '100000000000000020';
const EDITOR_ID = '100000000000000011';
const READER_ID = '100000000000000012';
const ATTACHMENT_OPTION = 11;

const ARTICLE = `Harbour cranes idle as port strike enters third week
Outlet: Coast Courier
Date: 2025-11-28

Dock workers at the northern harbour kept the cranes idle on Monday as the strike entered its third week, the union said.

Shipping companies said more than forty vessels were waiting offshore to unload.

The port authority said talks with the union would resume on Thursday.
`;

interface Message {
  content?: string;
  flags?: number;
  embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[] }[];
}

let fake: FakeDiscord;
let bot: DiscordBot;
let files: LocalServer;
let dir: string;
const logs: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crosscheck-discord-add-'));
  await cp(join(import.meta.dirname, '../../seeds'), dir, { recursive: true });
  // Discord's CDN serves .md uploads as octet-stream; this stands in for it on loopback.
  files = await startServer({ '/attachments/harbour-strike.md': send(ARTICLE, 'application/octet-stream') });
  const config = readConfig({ SEEDS_DIR: dir, ALLOW_PRIVATE_URLS: 'true', ADMIN_DISCORD_USERS: ADMIN_ID, ADMIN_DISCORD_ROLES: EDITOR_ROLE });
  const store = await openArticleStore(config.SEEDS_DIR, () => undefined);
  fake = await new FakeDiscord().start();
  bot = await startDiscordBot({ token: 'MTAwMDAw.fake-secret.signature', appId: APP_ID, guildId: GUILD_ID, apiUrl: fake.apiUrl }, store, {
    log: (message) => logs.push(message),
    admins: config,
    fetchPage: createPageFetcher({ allowPrivate: config.ALLOW_PRIVATE_URLS }),
  });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
  await files?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The answer the user finally sees: the callback's message, or the edit after a deferral. */
async function finalMessage(token: string): Promise<Message> {
  const callback = await fake.waitFor(() => fake.callsFor(token).find((call) => call.path.endsWith('/callback')));
  const body = callback.body as { type: number; data?: Message };
  if (body.type === 4) return must(body.data);
  const edit = await fake.waitFor(() => fake.callsFor(token).find((call) => call.method === 'PATCH'));
  return edit.body as Message;
}

function textOf(message: Message): string {
  return [
    message.content ?? '',
    ...(message.embeds ?? []).flatMap((embed) => [embed.title ?? '', embed.description ?? '', ...(embed.fields ?? []).flatMap((field) => [field.name, field.value])]),
  ].join('\n');
}

/** `/add` with the article uploaded as its attachment option, from this user. */
function addUpload(userId: string, roles: string[] = []): string {
  const attachmentId = snowflake();
  const attachment = {
    id: attachmentId,
    filename: 'harbour-strike.md',
    size: ARTICLE.length,
    url: files.url('/attachments/harbour-strike.md'),
    proxy_url: files.url('/attachments/harbour-strike.md'),
    content_type: 'text/markdown',
  };
  const interaction = fakeInteraction('add', [{ name: 'attachment', type: ATTACHMENT_OPTION, value: attachmentId }], { userId, roles, resolved: { attachments: { [attachmentId]: attachment } } });
  fake.dispatch('INTERACTION_CREATE', interaction.payload);
  return interaction.token;
}

function ask(name: string, options: { name: string; type: number; value: unknown }[], userId: string, roles: string[] = []): string {
  const interaction = fakeInteraction(name, options, { userId, roles });
  fake.dispatch('INTERACTION_CREATE', interaction.payload);
  return interaction.token;
}

const downloads = (): number => files.hits.get('/attachments/harbour-strike.md') ?? 0;
let addedId = '';

describe('Discord /add and /remove through the real client', () => {
  it('GIVEN a user not named in ADMIN_DISCORD_* THEN /add with an attachment is refused politely and the file is not fetched', async () => {
    const message = await finalMessage(addUpload(READER_ID));
    expect(textOf(message)).toContain('only the users or roles this bot’s owners have named may add or remove articles');
    expect(message.flags).toBe(64);
    expect(downloads()).toBe(0);
    expect(await readdir(dir)).not.toContainEqual(expect.stringMatching(/^005_/));
  });

  it('GIVEN an admin in ADMIN_DISCORD_USERS THEN /add with an uploaded .md stores the article from the attachment URL', async () => {
    const message = await finalMessage(addUpload(ADMIN_ID));
    const text = textOf(message);
    // Discord markdown escapes the underscore in the id.
    expect(text).toMatch(/Added: 005\\_[0-9a-f]{16} “Harbour cranes idle as port strike enters third week”/u);
    expect(text).toContain('Coast Courier');
    expect(downloads()).toBe(1);
    addedId = must(/005\\_([0-9a-f]{16})/u.exec(text))[0].replace('\\', '');
    expect(await readdir(dir)).toContain(`${addedId}.md`);
  });

  it('GIVEN the article just added THEN /sources from another user finds it', async () => {
    const text = textOf(await finalMessage(ask('sources', [{ name: 'claim', type: 3, value: 'forty vessels waiting offshore' }], READER_ID)));
    expect(text).toContain('more than forty vessels were waiting offshore');
    expect(text).toContain('Harbour cranes idle');
  });

  it('GIVEN a member holding a role in ADMIN_DISCORD_ROLES THEN /remove takes the article out, and /sources no longer finds it', async () => {
    const removed = textOf(await finalMessage(ask('remove', [{ name: 'id', type: 3, value: addedId }], EDITOR_ID, [EDITOR_ROLE])));
    expect(removed).toContain(`Removed: ${addedId.replace('_', '\\_')}`);
    expect(await readdir(dir)).not.toContain(`${addedId}.md`);
    const after = textOf(await finalMessage(ask('sources', [{ name: 'claim', type: 3, value: 'forty vessels waiting offshore' }], READER_ID)));
    expect(after).not.toContain('more than forty vessels were waiting offshore');
  });

  it('GIVEN a role that is not an admin role THEN /remove is refused', async () => {
    const text = textOf(await finalMessage(ask('remove', [{ name: 'id', type: 3, value: '000_28c2ac3548ae8731' }], EDITOR_ID, ['100000000000000099'])));
    expect(text).toContain('only the users or roles');
    expect(await readdir(dir)).toContain('000_28c2ac3548ae8731.txt');
  });
});
