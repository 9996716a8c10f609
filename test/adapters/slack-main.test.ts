import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocumentedLogLines, findUndocumentedLines } from './documented-logs.ts';
import { freePort, signSlack, startFakeSlack, type FakeSlack } from './slack-fake.ts';
import { must } from '../support/must.ts';
import { nodeArgsFor, processCacheDir } from '../support/processes.ts';

const SECRET = 'abcdef0123456789abcdef0123456789';
let child: ChildProcess | undefined;
let fake: FakeSlack | undefined;

afterAll(async () => {
  child?.kill();
  await fake?.close();
});

describe('npm start with Slack variables', () => {
  it('GIVEN a bot token and signing secret THEN main starts Slack in HTTP mode instead of the console, logs the lines docs/platforms.md shows, and answers', async () => {
    fake = await startFakeSlack();
    const port = await freePort();
    child = spawn(process.execPath, nodeArgsFor('src/main.ts'), {
      env: { PATH: process.env.PATH, CACHE_DIR: processCacheDir(), SLACK_BOT_TOKEN: 'xoxb-main-test', SLACK_SIGNING_SECRET: SECRET, PORT: String(port), SLACK_API_URL: fake.apiUrl },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start: ${stderr}`)), 45_000);
      must(must(child).stderr).on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('Slack app running') && stderr.includes('articles loaded')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    expect(stderr).toContain(`HTTP on port ${port}`);
    expect(findUndocumentedLines(await readDocumentedLogLines('slack-http-start'), stderr)).toEqual([]);
    const body = new URLSearchParams({ command: '/help', text: '', user_id: 'U0ASKER', channel_id: 'C0CHAN', team_id: 'T0FAKE', response_url: fake.responseUrl('main1') }).toString();
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signSlack(SECRET, timestamp, body) },
      body,
    });
    expect(response.status).toBe(200);
    await fake.waitFor((requests) => requests.some((request) => request.path === '/response/main1'));
    expect(stderr).not.toContain('xoxb-main-test');
  }, 60_000);

  it('GIVEN a bot token and app token THEN main starts Slack in Socket Mode and logs the lines docs/platforms.md shows', async () => {
    const socketFake = await startFakeSlack();
    const socketChild = spawn(process.execPath, nodeArgsFor('src/main.ts'), {
      env: { PATH: process.env.PATH, CACHE_DIR: processCacheDir(), SLACK_BOT_TOKEN: 'xoxb-main-socket', SLACK_APP_TOKEN: 'xapp-main-socket', SLACK_API_URL: socketFake.apiUrl },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    must(socketChild.stderr).on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      const until = Date.now() + 45_000;
      while (!(stderr.includes('Slack app running') && stderr.includes('articles loaded'))) {
        if (Date.now() > until) throw new Error(`no start: ${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(findUndocumentedLines(await readDocumentedLogLines('slack-socket-start'), stderr)).toEqual([]);
      expect(stderr).not.toContain('xoxb-main-socket');
    } finally {
      socketChild.kill();
      await socketFake.close();
    }
  }, 60_000);
});
