import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LogLevel } from '@slack/bolt';
import { startSlack, type RunningSlackApp } from '../../src/adapters/slack/app.ts';
import { createArticleStore } from '../../src/library/article-store.ts';
import { loadArticles } from '../../src/corpus/load.ts';
import { createPageFetcher } from '../../src/ingest/fetch-page.ts';
import { buildLibrary } from '../../src/library/library.ts';
import { NO_ADMINS } from '../support/seeds.ts';
import { recordingLogger, startFakeSlack, type FakeSlack } from './slack-fake.ts';

let fake: FakeSlack;
let slack: RunningSlackApp;

beforeAll(async () => {
  fake = await startFakeSlack();
  const library = buildLibrary((await loadArticles('seeds')).articles);
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
      payload: { token: 'legacy', team_id: 'T0FAKE', channel_id: 'C0CHAN', user_id: 'U0ASKER', command: '/sources', text: '5000 troops', response_url: fake.responseUrl('socket1'), trigger_id: 't', api_app_id: 'A0FAKE' },
    });
    await fake.waitFor((requests) => requests.some((request) => request.path === '/response/socket1'));
    expect(fake.socketMessages).toContainEqual(expect.objectContaining({ envelope_id: 'env-1' }));
    const answer = fake.requests.find((request) => request.path === '/response/socket1')!;
    expect(answer.body).toMatchObject({ response_type: 'ephemeral', blocks: expect.arrayContaining([expect.objectContaining({ type: 'header' })]) });
  });
});
