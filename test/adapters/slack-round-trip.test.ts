import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LogLevel } from '@slack/bolt';
import { startSlack, type RunningSlackApp } from '../../src/adapters/slack/app.ts';
import { decodeSlackText } from '../../src/adapters/slack/requests.ts';
import { escapeSlack } from '../../src/answer/render/slack.ts';
import { createPageFetcher } from '../../src/ingest/fetch-page.ts';
import { createArticleStore } from '../../src/library/article-store.ts';
import { NO_ADMINS, seedLibrary } from '../support/seeds.ts';
import { recordingLogger, signSlack, startFakeSlack, type FakeSlack, type Recorded } from './slack-fake.ts';
import { must } from '../support/must.ts';

const SECRET = 'fedcba9876543210fedcba9876543210';
let fake: FakeSlack;
let slack: RunningSlackApp;
let sequence = 0;

beforeAll(async () => {
  fake = await startFakeSlack();
  const library = await seedLibrary();
  slack = await startSlack({
    settings: { mode: 'http', botToken: 'xoxb-9-round-trip', signingSecret: SECRET, port: 0, apiUrl: fake.apiUrl, publicAnswers: false },
    store: createArticleStore('seeds', library),
    admins: NO_ADMINS,
    fetchPage: createPageFetcher(),
    host: '127.0.0.1',
    logger: recordingLogger(),
    logLevel: LogLevel.ERROR,
    retryConfig: { retries: 0 },
  });
});

afterAll(async () => {
  await slack?.stop();
  await fake?.close();
});

/** Run a slash command as Slack sends it (text entity-escaped, as Slack does) and return what the answer shows. */
async function ask(command: string, typed: string): Promise<string> {
  sequence += 1;
  const name = `trip${sequence}`;
  const text = typed.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
  const body = new URLSearchParams({ team_id: 'T0FAKE', channel_id: 'C0CHAN', user_id: 'U0ASKER', command, text, response_url: fake.responseUrl(name), trigger_id: 't' }).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  await fetch(`http://127.0.0.1:${slack.port}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signSlack(SECRET, timestamp, body) },
    body,
  });
  const at = (request: Recorded): boolean => request.path === `/response/${name}`;
  await fake.waitFor((requests) => requests.some(at));
  return JSON.stringify(must(fake.requests.find(at)).body);
}

/** What a reader copies from an answer: the text as Slack shows it, entities as characters. */
function asShown(escaped: string): string {
  return escaped.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&amp;/gu, '&');
}

describe('ids and quotes copied from a Slack answer and pasted back', () => {
  it('GIVEN the article ids /source lists THEN each, pasted into /source, finds its article', async () => {
    const listing = await ask('/source', '');
    const ids = [...new Set(listing.match(/\b\d{3}_[0-9a-f]{16}\b/gu))];
    expect(ids.length).toBeGreaterThan(1);
    for (const id of ids.slice(0, 2)) expect(await ask('/source', id)).toContain(`Id: *${id}`);
  });

  it('GIVEN a quote with markup characters shown as look-alikes THEN pasted back it reads as the original text', () => {
    for (const quote of ['Officials called it a *major* step_forward, not a ~retreat~.', 'The file was named `final_v2` and marked _urgent_.', 'Q&A: <b> costs 5 > 3']) {
      expect(decodeSlackText(asShown(escapeSlack(quote)).replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;'))).toBe(quote);
    }
  });
});
