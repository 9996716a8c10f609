import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LogLevel } from '@slack/bolt';
import { createSlackApp, SHARE_ACTION, startSlack, type RunningSlackApp } from '../../src/adapters/slack/app.ts';
import type { SlackSettings } from '../../src/adapters/slack/config.ts';
import type { SlackBlock } from '../../src/answer/render/slack.ts';
import { createArticleStore } from '../../src/library/article-store.ts';
import { createPageFetcher } from '../../src/ingest/fetch-page.ts';
import { buildLibrary } from '../../src/library/library.ts';
import { NO_ADMINS, seedLibrary } from '../support/seeds.ts';
import { recordingLogger, signSlack, slackRetryHeaders, startFakeSlack, type FakeSlack, type Recorded } from './slack-fake.ts';
import { must } from '../support/must.ts';

const SECRET = '8f742231b10e8888abcd99yyyzzz85a5'.replace(/[yz]/g, 'e');
const BOT_TOKEN = 'xoxb-1111-2222-secretbot';

let fake: FakeSlack;
let slack: RunningSlackApp;
let events: string;
const logger = recordingLogger();
let sequence = 0;

beforeAll(async () => {
  fake = await startFakeSlack();
  const library = await seedLibrary();
  const settings: SlackSettings = { mode: 'http', botToken: BOT_TOKEN, signingSecret: SECRET, port: 0, apiUrl: fake.apiUrl, publicAnswers: false };
  slack = await startSlack({
    settings,
    store: createArticleStore('seeds', library),
    admins: NO_ADMINS,
    fetchPage: createPageFetcher(),
    host: '127.0.0.1',
    logger,
    logLevel: LogLevel.DEBUG,
    retryConfig: { retries: 1, minTimeout: 0, maxTimeout: 0 },
  });
  events = `http://127.0.0.1:${slack.port}/slack/events`;
});

afterAll(async () => {
  await slack?.stop();
  await fake?.close();
});

type Headers = Record<string, string>;

/** POST to the app as Slack would, signed unless the headers say otherwise. */
async function post(body: string, contentType: string, headers: Headers = {}, timestamp = Math.floor(Date.now() / 1000)): Promise<Response> {
  return fetch(events, {
    method: 'POST',
    headers: { 'content-type': contentType, 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signSlack(SECRET, timestamp, body), ...headers },
    body,
  });
}

/** A slash command's form body, its response_url pointing at the fake, under a fresh name. */
function slashBody(command: string, text: string, extra: Record<string, string> = {}): { body: string; name: string } {
  const name = `r${(sequence += 1)}`;
  const body = new URLSearchParams({
    token: 'legacy',
    team_id: 'T0FAKE',
    channel_id: 'C0CHAN',
    user_id: 'U0ASKER',
    user_name: 'asker',
    command,
    text,
    response_url: fake.responseUrl(name),
    trigger_id: 't',
    ...extra,
  }).toString();
  return { body, name };
}

const to = (name: string) => (request: Recorded) => request.path === `/response/${name}`;
const FORM = 'application/x-www-form-urlencoded';

function blocksOf(request: Recorded | undefined): SlackBlock[] {
  return (request?.body.blocks as SlackBlock[] | undefined) ?? [];
}
function texts(blocks: SlackBlock[]): string {
  return JSON.stringify(blocks);
}

/** Nothing more reaches the fake for a while: the command did not run. */
async function settle(ms = 300): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

describe('Slack over HTTP, real Bolt against a fake Slack', () => {
  it('GIVEN a signed /sources THEN it is acked at once and answered privately with quoted citations and a Share button', async () => {
    const { body, name } = slashBody('/sources', '5000 troops');
    const started = Date.now();
    const response = await post(body, FORM);
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3000);
    await fake.waitFor((requests) => requests.some(to(name)));
    const answer = must(fake.requests.find(to(name)));
    expect(answer.body.response_type).toBe('ephemeral');
    const blocks = blocksOf(answer);
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Sources for “5000 troops”', emoji: false } });
    expect(texts(blocks)).toContain('>“According to unconfirmed reports, approximately 5,000 North Korean engineering troops');
    expect(blocks.at(-1)).toMatchObject({ type: 'actions', elements: [{ action_id: SHARE_ACTION, value: 'sources 5000 troops' }] });
    expect(answer.body.text).toContain('Sources for “5000 troops”');
  });

  it('GIVEN a trailing "public" THEN the answer goes to the channel without a Share button', async () => {
    const { body, name } = slashBody('/whois', 'Goremykin public');
    expect((await post(body, FORM)).status).toBe(200);
    await fake.waitFor((requests) => requests.some(to(name)));
    const answer = must(fake.requests.find(to(name)));
    expect(answer.body.response_type).toBe('in_channel');
    expect(blocksOf(answer).some((block) => block.type === 'actions')).toBe(false);
    expect(texts(blocksOf(answer))).toContain('Goremykin');
  });

  it('GIVEN the umbrella command THEN /crosscheck who Goremykin answers like /whois', async () => {
    const { body, name } = slashBody('/crosscheck', 'who Goremykin');
    expect((await post(body, FORM)).status).toBe(200);
    await fake.waitFor((requests) => requests.some(to(name)));
    expect(blocksOf(fake.requests.find(to(name)))[0]).toMatchObject({ type: 'header', text: { text: expect.stringContaining('Goremykin') } });
  });

  it('GIVEN /whois, the Slack name of who THEN it answers as who does, through the umbrella too', async () => {
    const direct = slashBody('/whois', 'Goremykin');
    const umbrella = slashBody('/crosscheck', 'whois Goremykin');
    await post(direct.body, FORM);
    await post(umbrella.body, FORM);
    await fake.waitFor((requests) => requests.some(to(direct.name)) && requests.some(to(umbrella.name)));
    for (const name of [direct.name, umbrella.name]) expect(blocksOf(fake.requests.find(to(name)))[0]).toMatchObject({ type: 'header', text: { text: expect.stringContaining('Goremykin') } });
  });

  it('GIVEN /help in Slack THEN it lists exactly the slash commands of the manifest, by their Slack names', async () => {
    const { body, name } = slashBody('/help', '');
    await post(body, FORM);
    await fake.waitFor((requests) => requests.some(to(name)));
    const shown = texts(blocksOf(fake.requests.find(to(name))));
    const listed = [...shown.matchAll(/\*(\/[a-z-]+)/gu)].map((match) => match[1]);
    const manifest = parse(await readFile('slack/manifest.yml', 'utf8')).features.slash_commands.map((command: { command: string }) => command.command);
    expect(listed).toEqual(manifest.filter((command: string) => command !== '/crosscheck'));
  });

  it('GIVEN /help whois THEN it explains the who command under its Slack name', async () => {
    const { body, name } = slashBody('/help', 'whois');
    await post(body, FORM);
    await fake.waitFor((requests) => requests.some(to(name)));
    const shown = texts(blocksOf(fake.requests.find(to(name))));
    expect(shown).toContain('/whois Goremykin');
    expect(shown).not.toMatch(/\/who\b(?!is)/u);
  });

  it('GIVEN bad input THEN the reason is the answer', async () => {
    const { body, name } = slashBody('/crosscheck', 'frobnicate now');
    await post(body, FORM);
    await fake.waitFor((requests) => requests.some(to(name)));
    expect(texts(blocksOf(fake.requests.find(to(name))))).toContain('There is no /frobnicate command');
  });

  it('GIVEN forged, stale or malformed requests THEN each is refused with 401 and runs no command', async () => {
    const forged: Array<{ label: string; send: () => Promise<Response>; name: string }> = [];
    const add = (label: string, make: (body: string) => Promise<Response>): void => {
      const { body, name } = slashBody('/sources', '5000 troops');
      forged.push({ label, name, send: () => make(body) });
    };
    const now = Math.floor(Date.now() / 1000);
    add('wrong signature', (body) => post(body, FORM, { 'x-slack-signature': signSlack('0123456789abcdef0123', now, body) }));
    add('timestamp older than 5 minutes', (body) => post(body, FORM, {}, now - 6 * 60));
    add('body changed by one byte', (body) =>
      post(body, FORM, { 'x-slack-signature': signSlack(SECRET, now, body) }, now).then(() => post(`${body.slice(0, -1)}X`, FORM, { 'x-slack-signature': signSlack(SECRET, now, body) }, now)),
    );
    add('no signature header', (body) => fetch(events, { method: 'POST', headers: { 'content-type': FORM, 'x-slack-request-timestamp': String(now) }, body }));
    add('no timestamp header', (body) => fetch(events, { method: 'POST', headers: { 'content-type': FORM, 'x-slack-signature': signSlack(SECRET, now, body) }, body }));
    add('non-numeric timestamp', (body) => post(body, FORM, { 'x-slack-request-timestamp': 'soon', 'x-slack-signature': signSlack(SECRET, 'soon', body) }));
    add('v1= prefix', (body) => post(body, FORM, { 'x-slack-signature': signSlack(SECRET, now, body).replace(/^v0=/, 'v1=') }));
    const statuses = await Promise.all(
      forged.map(async ({ label, send }) => {
        const response = await send();
        return `${label}: ${response.status}`;
      }),
    );
    // The one-byte case first sends the genuine body once, to prove only the altered copy is refused.
    expect(statuses).toEqual(forged.map(({ label }) => `${label}: 401`));
    await settle();
    const answered = forged.filter(({ name }) => fake.requests.some(to(name)));
    expect(answered.map(({ label }) => label)).toEqual(['body changed by one byte']);
    expect(fake.requests.filter(to(must(answered[0]).name))).toHaveLength(1);
  });

  it('GIVEN ssl_check or url_verification carrying a smuggled command THEN no command runs', async () => {
    const ssl = slashBody('/sources', '5000 troops', { ssl_check: '1' });
    const unsigned = await fetch(events, { method: 'POST', headers: { 'content-type': FORM }, body: ssl.body });
    expect(unsigned.status).toBe(200);
    const challenge = JSON.stringify({ type: 'url_verification', challenge: 'c-123', token: 'legacy', command: '/sources', text: '5000 troops', response_url: fake.responseUrl('smuggled-json') });
    const unsignedChallenge = await fetch(events, { method: 'POST', headers: { 'content-type': 'application/json' }, body: challenge });
    expect(unsignedChallenge.status).toBe(401);
    const signedChallenge = await post(challenge, 'application/json');
    expect(await signedChallenge.json()).toEqual({ challenge: 'c-123' });
    await settle();
    expect(fake.requests.some(to(ssl.name))).toBe(false);
    expect(fake.requests.some(to('smuggled-json'))).toBe(false);
  });

  it('GIVEN a mention THEN the asker gets a private answer with a Share button, and "public" answers in the thread', async () => {
    const mention = (text: string, id: string): string =>
      JSON.stringify({
        token: 'legacy',
        team_id: 'T0FAKE',
        api_app_id: 'A0FAKE',
        type: 'event_callback',
        event_id: id,
        event_time: 1,
        authorizations: [{ team_id: 'T0FAKE', user_id: 'U0BOT', is_bot: true }],
        event: { type: 'app_mention', user: 'U0ASKER', text, ts: '1700000001.000200', channel: 'C0CHAN', event_ts: '1700000001.000200' },
      });
    expect((await post(mention('<@U0BOT> who Goremykin', 'Ev1'), 'application/json')).status).toBe(200);
    await fake.waitFor((requests) => requests.some((request) => request.path === '/api/chat.postEphemeral'));
    const ephemeral = must(fake.requests.find((request) => request.path === '/api/chat.postEphemeral'));
    expect(ephemeral.body).toMatchObject({ channel: 'C0CHAN', user: 'U0ASKER' });
    expect(texts(blocksOf(ephemeral))).toContain(SHARE_ACTION);
    await post(mention('<@U0BOT> sources 5000 troops public', 'Ev2'), 'application/json');
    await fake.waitFor((requests) => requests.some((request) => request.path === '/api/chat.postMessage' && request.body.thread_ts === '1700000001.000200'));
  });

  it('GIVEN a Slack retry (x-slack-retry-num) THEN it is acked and not answered twice', async () => {
    const before = fake.requests.filter((request) => request.path.startsWith('/api/chat.')).length;
    const retried = JSON.stringify({
      type: 'event_callback',
      team_id: 'T0FAKE',
      api_app_id: 'A0FAKE',
      event_id: 'Ev1',
      event_time: 1,
      authorizations: [{ team_id: 'T0FAKE', user_id: 'U0BOT', is_bot: true }],
      event: { type: 'app_mention', user: 'U0ASKER', text: '<@U0BOT> who Goremykin', ts: '1700000001.000200', channel: 'C0CHAN', event_ts: '1700000001.000200' },
    });
    const response = await post(retried, 'application/json', slackRetryHeaders(1, 'http_timeout'));
    expect(response.status).toBe(200);
    const { body, name } = slashBody('/whois', 'Goremykin');
    expect((await post(body, FORM, { 'x-slack-retry-num': '1' })).status).toBe(200);
    await settle();
    expect(fake.requests.filter((request) => request.path.startsWith('/api/chat.')).length).toBe(before);
    expect(fake.requests.some(to(name))).toBe(false);
  });

  it('GIVEN a redelivery (x-slack-retry-num) of an event whose first delivery never arrived THEN it is answered once', async () => {
    const lost = JSON.stringify({
      type: 'event_callback',
      team_id: 'T0FAKE',
      api_app_id: 'A0FAKE',
      event_id: 'EvLost1',
      event_time: 1,
      authorizations: [{ team_id: 'T0FAKE', user_id: 'U0BOT', is_bot: true }],
      event: { type: 'message', channel_type: 'im', user: 'U0ASKER', text: 'quote unwavering support', ts: '1700000005.000600', channel: 'D0LOST' },
    });
    const inDm = (): number => fake.requests.filter((request) => request.path === '/api/chat.postMessage' && request.body.channel === 'D0LOST').length;
    expect((await post(lost, 'application/json', slackRetryHeaders(1, 'http_timeout'))).status).toBe(200);
    await fake.waitFor(() => inDm() === 1);
    expect((await post(lost, 'application/json', slackRetryHeaders(2, 'http_timeout'))).status).toBe(200);
    await settle();
    expect(inDm()).toBe(1);
  });

  it('GIVEN a direct message THEN the answer is posted in the DM', async () => {
    const dm = JSON.stringify({
      type: 'event_callback',
      team_id: 'T0FAKE',
      api_app_id: 'A0FAKE',
      event_id: 'Ev3',
      event_time: 1,
      authorizations: [{ team_id: 'T0FAKE', user_id: 'U0BOT', is_bot: true }],
      event: { type: 'message', channel_type: 'im', user: 'U0ASKER', text: 'quote unwavering support', ts: '1700000002.000300', channel: 'D0DM' },
    });
    await post(dm, 'application/json');
    await fake.waitFor((requests) => requests.some((request) => request.path === '/api/chat.postMessage' && request.body.channel === 'D0DM'));
  });

  it('GIVEN the Share button THEN the same answer is posted in the channel and the private copy removed', async () => {
    const name = 'share1';
    const payload = {
      type: 'block_actions',
      user: { id: 'U0ASKER', name: 'asker', team_id: 'T0FAKE' },
      api_app_id: 'A0FAKE',
      token: 'legacy',
      container: { type: 'message', message_ts: '1', channel_id: 'C0CHAN', is_ephemeral: true },
      trigger_id: 't',
      team: { id: 'T0FAKE', domain: 'fake' },
      channel: { id: 'C0CHAN', name: 'news' },
      response_url: fake.responseUrl(name),
      actions: [{ type: 'button', action_id: SHARE_ACTION, block_id: 'b', text: { type: 'plain_text', text: 'Share in channel' }, value: 'sources 5000 troops', action_ts: '1' }],
    };
    const response = await post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), FORM);
    expect(response.status).toBe(200);
    await fake.waitFor((requests) => requests.filter(to(name)).length === 2);
    const [shared, removed] = fake.requests.filter(to(name));
    expect(must(shared).body).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(blocksOf(shared)[0]).toMatchObject({ type: 'header', text: { text: 'Sources for “5000 troops”' } });
    expect(texts(blocksOf(shared))).toContain('Shared by <@U0ASKER>');
    expect(texts(blocksOf(shared))).not.toContain(SHARE_ACTION);
    expect(must(removed).body).toEqual({ delete_original: true });
  });

  it('GIVEN a response_url answering 429 with Retry-After THEN the answer is sent again after that delay', async () => {
    const { body, name } = slashBody('/whois', 'Goremykin');
    fake.rateLimit(`/response/${name}`, 1, 1);
    await post(body, FORM);
    await fake.waitFor((requests) => requests.filter(to(name)).length === 2);
    const [limited, sent] = fake.requests.filter(to(name));
    expect(must(sent).at - must(limited).at).toBeGreaterThanOrEqual(950);
    expect(must(sent).body.response_type).toBe('ephemeral');
  });

  it('GIVEN the Web API answering 429 with Retry-After THEN the call is retried after that delay', async () => {
    fake.rateLimit('/api/chat.postEphemeral', 1, 1);
    const before = fake.requests.length;
    const mention = JSON.stringify({
      type: 'event_callback',
      team_id: 'T0FAKE',
      api_app_id: 'A0FAKE',
      event_id: 'Ev4',
      event_time: 1,
      authorizations: [{ team_id: 'T0FAKE', user_id: 'U0BOT', is_bot: true }],
      event: { type: 'app_mention', user: 'U0ASKER', text: '<@U0BOT> who Goremykin', ts: '1700000003.000400', channel: 'C0CHAN', event_ts: '1700000003.000400' },
    });
    await post(mention, 'application/json');
    const calls = (): Recorded[] => fake.requests.slice(before).filter((request) => request.path === '/api/chat.postEphemeral');
    await fake.waitFor(() => calls().length === 2);
    expect(must(calls()[1]).at - must(calls()[0]).at).toBeGreaterThanOrEqual(950);
  });

  it('GIVEN the Web API answering 500 once THEN the call is retried and the answer delivered', async () => {
    fake.failWith('/api/chat.postEphemeral', 1, 500);
    const before = fake.requests.length;
    const mention = JSON.stringify({
      type: 'event_callback',
      team_id: 'T0FAKE',
      api_app_id: 'A0FAKE',
      event_id: 'Ev5',
      event_time: 1,
      authorizations: [{ team_id: 'T0FAKE', user_id: 'U0BOT', is_bot: true }],
      event: { type: 'app_mention', user: 'U0ASKER', text: '<@U0BOT> who Goremykin', ts: '1700000004.000500', channel: 'C0CHAN', event_ts: '1700000004.000500' },
    });
    await post(mention, 'application/json');
    const calls = (): Recorded[] => fake.requests.slice(before).filter((request) => request.path === '/api/chat.postEphemeral');
    await fake.waitFor(() => calls().length === 2);
    expect(JSON.stringify(must(calls()[1]).body)).toContain('Viktor Goremykin');
  });

  it('GIVEN a response_url answering 500 once THEN the answer is sent again', async () => {
    const { body, name } = slashBody('/whois', 'Goremykin');
    fake.failWith(`/response/${name}`, 1, 500);
    await post(body, FORM);
    await fake.waitFor((requests) => requests.filter(to(name)).length === 2);
    expect(JSON.stringify(must(fake.requests.filter(to(name))[1]).body)).toContain('Viktor Goremykin');
  });

  it('GIVEN everything above THEN no log line holds the bot token or the signing secret', () => {
    expect(logger.lines.length).toBeGreaterThan(0);
    expect(logger.lines.filter((line) => line.includes(BOT_TOKEN) || line.includes(SECRET) || line.includes('secretbot'))).toEqual([]);
  });
});

describe('Slack start-up', () => {
  it('GIVEN an empty signing secret THEN the app does not start', () => {
    const library = buildLibrary([]);
    expect(() =>
      createSlackApp({
        settings: { mode: 'http', botToken: BOT_TOKEN, signingSecret: '', port: 0, publicAnswers: false },
        store: createArticleStore('seeds', library),
        admins: NO_ADMINS,
        fetchPage: createPageFetcher(),
        logLevel: LogLevel.ERROR,
      }),
    ).toThrow(/signingSecret/);
  });
});
