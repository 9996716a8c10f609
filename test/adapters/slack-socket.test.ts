import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LogLevel } from '@slack/bolt';
import { startSlack, type RunningSlackApp } from '../../src/adapters/slack/app.ts';
import { createArticleStore } from '../../src/library/article-store.ts';
import { createPageFetcher } from '../../src/ingest/fetch-page.ts';
import { NO_ADMINS, seedLibrary } from '../support/seeds.ts';
import { recordingLogger, startFakeSlack, type FakeSlack } from './slack-fake.ts';
import { must } from '../support/must.ts';

let fake: FakeSlack;
let slack: RunningSlackApp;

beforeAll(async () => {
  fake = await startFakeSlack();
  const library = await seedLibrary();
  slack = await startSlack({
    settings: { mode: 'socket', botToken: 'xoxb-1-socket', appToken: 'xapp-1-socket', apiUrl: fake.apiUrl, publicAnswers: false },
    store: createArticleStore('seeds', library),
    admins: NO_ADMINS,
    fetchPage: createPageFetcher(),
    // Kept, not printed: closing the fake link at the end makes the socket client log its disconnect.
    logger: recordingLogger(),
    logLevel: LogLevel.ERROR,
    retryConfig: { retries: 0 },
  });
});

afterAll(async () => {
  await slack?.stop();
  await fake?.close();
});

describe('Slack in Socket Mode, real Bolt against a fake Slack', () => {
  it('GIVEN the app starts THEN it opens its link through SLACK_API_URL with the app token', () => {
    expect(fake.requests.some((request) => request.path === '/api/apps.connections.open')).toBe(true);
  });

  it('GIVEN a slash command envelope THEN it is acked on the socket and answered through response_url', async () => {
    fake.sendOnSocket({
      envelope_id: 'env-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: {
        token: 'legacy',
        team_id: 'T0FAKE',
        channel_id: 'C0CHAN',
        user_id: 'U0ASKER',
        command: '/sources',
        text: '5000 troops',
        response_url: fake.responseUrl('socket1'),
        trigger_id: 't',
        api_app_id: 'A0FAKE',
      },
    });
    await fake.waitFor((requests) => requests.some((request) => request.path === '/response/socket1'));
    expect(fake.socketMessages).toContainEqual(expect.objectContaining({ envelope_id: 'env-1' }));
    const answer = must(fake.requests.find((request) => request.path === '/response/socket1'));
    expect(answer.body).toMatchObject({ response_type: 'ephemeral', blocks: expect.arrayContaining([expect.objectContaining({ type: 'header' })]) });
  });

  it('GIVEN a mention delivered for the first time (retry_attempt 0, retry_reason "") THEN it is acked and answered', async () => {
    const envelope = fake.sendEventOnSocket(mention('EvSocket1', '<@U0BOT> who Goremykin', '1700000010.000100'));
    await fake.waitFor((requests) => requests.some((request) => request.path === '/api/chat.postEphemeral' && request.body.user === 'U0SOCKET'));
    expect(fake.socketMessages).toContainEqual(expect.objectContaining({ envelope_id: envelope }));
  });

  it('GIVEN a direct message delivered for the first time THEN it is answered in the DM', async () => {
    fake.sendEventOnSocket(directMessage('EvSocket2', 'quote unwavering support', '1700000011.000100'));
    await fake.waitFor((requests) => requests.some((request) => request.path === '/api/chat.postMessage' && request.body.channel === 'D0SOCKET'));
  });

  it('GIVEN Slack redelivering an event that was already answered THEN it is acked and not answered again', async () => {
    fake.sendEventOnSocket(directMessage('EvSocket3', 'help', '1700000012.000100'));
    await fake.waitFor((requests) => requests.some((request) => request.path === '/api/chat.postMessage' && request.body.channel === 'D0SOCKET' && String(request.body.text).includes('commands')));
    const answered = (): number => fake.requests.filter((request) => request.path === '/api/chat.postMessage' && request.body.channel === 'D0SOCKET').length;
    const before = answered();
    const envelope = fake.sendEventOnSocket(directMessage('EvSocket3', 'help', '1700000012.000100'), { attempt: 1, reason: 'timeout' });
    await waitUntil(() => fake.socketMessages.some((message) => message.envelope_id === envelope));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(answered()).toBe(before);
  });

  it('GIVEN a redelivery of an event whose first delivery never arrived THEN it is answered', async () => {
    fake.sendEventOnSocket(mention('EvSocket4', '<@U0BOT> quote unwavering support', '1700000013.000100'), { attempt: 2, reason: 'timeout' });
    await fake.waitFor((requests) => requests.some((request) => request.path === '/api/chat.postEphemeral' && String(request.body.text).includes('unwavering support')));
  });
});

/** An Events API payload as Slack wraps an event. */
function callback(eventId: string, event: Record<string, unknown>): Record<string, unknown> {
  return {
    token: 'legacy',
    team_id: 'T0FAKE',
    api_app_id: 'A0FAKE',
    type: 'event_callback',
    event_id: eventId,
    event_time: 1_700_000_000,
    authorizations: [{ team_id: 'T0FAKE', user_id: 'U0BOT', is_bot: true }],
    event,
  };
}

function mention(eventId: string, text: string, ts: string): Record<string, unknown> {
  return callback(eventId, { type: 'app_mention', user: 'U0SOCKET', text, ts, channel: 'C0SOCKET', event_ts: ts });
}

function directMessage(eventId: string, text: string, ts: string): Record<string, unknown> {
  return callback(eventId, { type: 'message', channel_type: 'im', user: 'U0SOCKET', text, ts, channel: 'D0SOCKET', event_ts: ts });
}

async function waitUntil(condition: () => boolean, timeoutMs = 4000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
