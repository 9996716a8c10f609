import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LogLevel } from '@slack/bolt';
import { startSlack, type RunningSlackApp } from '../../src/adapters/slack/app.ts';
import type { SlackSettings } from '../../src/adapters/slack/config.ts';
import { openArticleStore } from '../../src/library/article-store.ts';
import { readConfig } from '../../src/config.ts';
import { createPageFetcher } from '../../src/ingest/fetch-page.ts';
import { send, startServer, type LocalServer } from '../helpers/local-server.ts';
import { recordingLogger, signSlack, startFakeSlack, type FakeSlack, type Recorded } from './slack-fake.ts';
import { must } from '../support/must.ts';

const SECRET = 'abcdef0123456789abcdef0123456789';
const BOT_TOKEN = 'xoxb-3333-4444-secretfiles';
const ADMIN = 'U0ADMIN';
const READER = 'U0READER';

const HARBOUR = `Harbour cranes idle as port strike enters third week
Outlet: Coast Courier
Date: 2025-11-28

Dock workers at the northern harbour kept the cranes idle on Monday as the strike entered its third week, the union said.

Shipping companies said more than forty vessels were waiting offshore to unload.
`;

const TUNNEL = `Rail tunnel stays shut after flooding
Outlet: Valley Post

Engineers said on Wednesday that the flooded rail tunnel under the river would stay closed until pumps had drained it.

The operator said replacement buses would run every twenty minutes.
`;

const QUAY = `Quay wall repairs start after storm damage
Outlet: Harbour Gazette

Contractors began rebuilding the damaged quay wall on Tuesday, the port authority said.
`;

/** A pasted article longer than the 2,000 characters other commands take, and within Slack's ~4,000. */
function longArticle(topic: string, town: string): string {
  const sentences = Array.from({ length: 24 }, (_, day) => `On day ${day + 1} of the ${topic} inquiry in ${town}, witness number ${day + 1} told the panel what they had seen at the site.`);
  return `${topic} inquiry hears a month of evidence in ${town}\nOutlet: Inquiry Reporter\n\n${sentences.join(' ')}`;
}

let fake: FakeSlack;
let slack: RunningSlackApp;
let elsewhere: LocalServer;
let events: string;
let dir: string;
const logger = recordingLogger();
let sequence = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crosscheck-slack-add-'));
  await cp(join(import.meta.dirname, '../../seeds'), dir, { recursive: true });
  fake = await startFakeSlack();
  elsewhere = await startServer({ '/drive/tunnel.txt': send(TUNNEL, 'text/plain') });
  const config = readConfig({ SEEDS_DIR: dir, ADMIN_SLACK_USERS: ADMIN, SLACK_API_URL: fake.apiUrl });
  const store = await openArticleStore(config.SEEDS_DIR, () => undefined);
  const settings: SlackSettings = { mode: 'http', botToken: BOT_TOKEN, signingSecret: SECRET, port: 0, apiUrl: fake.apiUrl, publicAnswers: false };
  slack = await startSlack({
    settings,
    store,
    admins: config,
    fetchPage: createPageFetcher(),
    host: '127.0.0.1',
    logger,
    logLevel: LogLevel.DEBUG,
    retryConfig: { retries: 0 },
    fileCdnOrigins: [fake.cdnUrl],
  });
  events = `http://127.0.0.1:${slack.port}/slack/events`;
});

afterAll(async () => {
  await slack?.stop();
  await fake?.close();
  await elsewhere?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function post(body: string, contentType: string): Promise<void> {
  const timestamp = Math.floor(Date.now() / 1000);
  const response = await fetch(events, {
    method: 'POST',
    headers: { 'content-type': contentType, 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signSlack(SECRET, timestamp, body) },
    body,
  });
  expect(response.status).toBe(200);
}

function postEvent(event: Record<string, unknown>): Promise<void> {
  sequence += 1;
  const envelope = {
    type: 'event_callback',
    team_id: 'T0FAKE',
    api_app_id: 'A0FAKE',
    event_id: `EvAdd${sequence}`,
    event_time: 1,
    authorizations: [{ team_id: 'T0FAKE', user_id: 'U0BOT', is_bot: true }],
    event: { ts: `1700000100.00${sequence}`, event_ts: `1700000100.00${sequence}`, ...event },
  };
  return post(JSON.stringify(envelope), 'application/json');
}

/** A slash command from `user`; resolves to what was posted to its response_url. */
async function slash(command: string, text: string, user: string): Promise<Recorded> {
  sequence += 1;
  const name = `add${sequence}`;
  await post(
    new URLSearchParams({ team_id: 'T0FAKE', channel_id: 'C0CHAN', user_id: user, command, text, response_url: fake.responseUrl(name), trigger_id: 't' }).toString(),
    'application/x-www-form-urlencoded',
  );
  await fake.waitFor((requests) => requests.some((request) => request.path === `/response/${name}`), 8000);
  return must(fake.requests.find((request) => request.path === `/response/${name}`));
}

/** The next Web API post of `method` to `channel`, after `since` requests. */
async function posted(method: string, channel: string, since: number): Promise<Recorded> {
  const match = (request: Recorded): boolean => request.path === `/api/${method}` && request.body.channel === channel;
  await fake.waitFor((requests) => requests.slice(since).some(match), 8000);
  return must(fake.requests.slice(since).find(match));
}

const shown = (request: Recorded): string => JSON.stringify(request.body);
const added = async (): Promise<string[]> => (await readdir(dir)).filter((name) => !/^00[0-4]_/.test(name));
const downloadsOf = (id: string): Recorded[] => fake.requests.filter((request) => request.path.startsWith(`/files-pri/${id}/`));

describe('Slack /add: files shared with the bot, long pasted text, permissions', () => {
  it('GIVEN a user not in ADMIN_SLACK_USERS sharing a file in a DM with "add" THEN they are refused politely and nothing is downloaded', async () => {
    const file = fake.shareFile('F0READER', 'harbour.md', HARBOUR, BOT_TOKEN);
    const since = fake.requests.length;
    await postEvent({ type: 'message', subtype: 'file_share', channel_type: 'im', channel: 'D0READER', user: READER, text: 'add', files: [file] });
    const answer = await posted('chat.postMessage', 'D0READER', since);
    expect(shown(answer)).toContain('only the users this bot’s owners have named may add or remove articles');
    expect(downloadsOf('F0READER')).toEqual([]);
    expect(await added()).toEqual([]);
  });

  it('GIVEN an admin sharing a .md file in a DM with "add" THEN it is downloaded with the bot token and stored', async () => {
    const file = fake.shareFile('F0HARBOUR', 'harbour.md', HARBOUR, BOT_TOKEN);
    const since = fake.requests.length;
    await postEvent({ type: 'message', subtype: 'file_share', channel_type: 'im', channel: 'D0ADMIN', user: ADMIN, text: 'add', files: [file] });
    const answer = await posted('chat.postMessage', 'D0ADMIN', since);
    expect(answer.body.text).toMatch(/Added: 005.[0-9a-f]{16} “Harbour cranes idle as port strike enters third week”/u);
    // The stored answer changed the articles: no Share button to run it again.
    expect(shown(answer)).not.toContain('crosscheck_share');
    expect(downloadsOf('F0HARBOUR').map((request) => request.authorization)).toEqual([`Bearer ${BOT_TOKEN}`]);
    expect(await added()).toEqual([expect.stringMatching(/^005_[0-9a-f]{16}\.md$/)]);
  });

  it('GIVEN the article just added THEN /sources from another user finds it', async () => {
    const answer = await slash('/sources', 'forty vessels waiting offshore', READER);
    expect(shown(answer)).toContain('more than forty vessels were waiting offshore');
    expect(shown(answer)).toContain('Harbour cranes idle');
  });

  it('GIVEN an admin mentioning the bot with "add" and a file Slack names by id only THEN files.info finds it and it is stored', async () => {
    fake.shareFile('F0TUNNEL', 'tunnel.txt', TUNNEL, BOT_TOKEN);
    const since = fake.requests.length;
    await postEvent({ type: 'app_mention', channel: 'C0CHAN', user: ADMIN, text: '<@U0BOT> add', files: [{ id: 'F0TUNNEL' }] });
    const answer = await posted('chat.postEphemeral', 'C0CHAN', since);
    expect(answer.body.user).toBe(ADMIN);
    expect(answer.body.text).toContain('Rail tunnel stays shut after flooding');
    expect(fake.requests.slice(since).some((request) => request.path === '/api/files.info' && request.body.file === 'F0TUNNEL')).toBe(true);
    expect(downloadsOf('F0TUNNEL')).toHaveLength(1);
  });

  it('GIVEN a shared file Slack serves through a redirect to its file CDN THEN it is stored, and the CDN never sees the token', async () => {
    const file = fake.shareFile('F0QUAY', 'quay.txt', QUAY, BOT_TOKEN, 'cdn');
    const since = fake.requests.length;
    await postEvent({ type: 'message', subtype: 'file_share', channel_type: 'im', channel: 'D0ADMIN', user: ADMIN, text: 'add', files: [file] });
    const answer = await posted('chat.postMessage', 'D0ADMIN', since);
    expect(answer.body.text).toContain('Quay wall repairs start after storm damage');
    expect(downloadsOf('F0QUAY').map((request) => request.authorization)).toEqual([`Bearer ${BOT_TOKEN}`]);
    expect(fake.requests.filter((request) => request.path === '/cdn/presigned/F0QUAY').map((request) => request.authorization)).toEqual([undefined]);
  });

  it('GIVEN a file whose address is not Slack’s THEN the token is not sent there and nothing is stored', async () => {
    const before = await added();
    const since = fake.requests.length;
    const outside = { id: 'F0OUTSIDE', name: 'tunnel-copy.txt', size: TUNNEL.length, url_private_download: elsewhere.url('/drive/tunnel.txt') };
    await postEvent({ type: 'message', subtype: 'file_share', channel_type: 'im', channel: 'D0ADMIN', user: ADMIN, text: 'add', files: [outside] });
    const answer = await posted('chat.postMessage', 'D0ADMIN', since);
    expect(shown(answer)).toContain('kept outside Slack');
    expect(elsewhere.hits.size).toBe(0);
    expect(await added()).toEqual(before);
  });

  it('GIVEN the umbrella command with a pasted article over 2,000 characters THEN /add takes it', async () => {
    const text = longArticle('Bridge', 'Norrby');
    expect(text.length).toBeGreaterThan(2000);
    expect(text.length).toBeLessThan(4000);
    const answer = await slash('/crosscheck', `add ${text}`, ADMIN);
    expect(answer.body.text).toMatch(/Added: 00\d.[0-9a-f]{16} “Bridge inquiry hears a month of evidence in Norrby”/u);
  });

  it('GIVEN a mention with a pasted article over 2,000 characters THEN /add takes it', async () => {
    const text = longArticle('Dam', 'Eskerby');
    const since = fake.requests.length;
    await postEvent({ type: 'app_mention', channel: 'C0CHAN', user: ADMIN, text: `<@U0BOT> add ${text}` });
    const answer = await posted('chat.postEphemeral', 'C0CHAN', since);
    expect(answer.body.text).toMatch(/Added: 00\d.[0-9a-f]{16} “Dam inquiry hears a month of evidence in Eskerby”/u);
    const found = await slash('/sources', 'witness number 7 told the panel', READER);
    expect(shown(found)).toContain('Dam inquiry hears a month of evidence');
  });

  it('GIVEN everything above THEN no log line holds the bot token', () => {
    expect(logger.lines.filter((line) => line.includes(BOT_TOKEN) || line.includes('secretfiles'))).toEqual([]);
  });
});
