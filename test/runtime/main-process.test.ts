import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, signSlack, startFakeSlack, type FakeSlack } from '../adapters/slack-fake.ts';
import { eventually } from '../support/log-lines.ts';
import { must } from '../support/must.ts';
import { nodeArgsFor, processCacheDir } from '../support/processes.ts';

const SECRET = 'abcdef0123456789abcdef0123456789';
const BOT_TOKEN = 'xoxb-1111111111-2222222222-reliabilitytesttoken';
const children: ChildProcess[] = [];
let fake: FakeSlack | undefined;

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await fake?.close();
});

/**
 * `npm start` as a child, its output collected, and a promise of its exit code. It starts from the
 * seed snapshot the run's processes share (processCacheDir): with no cache (CACHE_DIR off) each start
 * loaded compromise and built the seeds, about 2 s of CPU, for tests of what the process does once
 * its library is in.
 */
function start(env: Record<string, string>, stdin: 'pipe' | 'ignore' = 'ignore') {
  const child = spawn(process.execPath, nodeArgsFor('src/main.ts'), { env: { PATH: process.env.PATH, CACHE_DIR: processCacheDir(), ...env }, stdio: [stdin, 'pipe', 'pipe'] });
  children.push(child);
  const output = { stdout: '', stderr: '' };
  must(child.stdout).on('data', (chunk: Buffer) => void (output.stdout += chunk.toString()));
  must(child.stderr).on('data', (chunk: Buffer) => void (output.stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output, exited };
}

describe('the whole process', () => {
  it('GIVEN Slack in HTTP mode THEN healthz turns ready, metrics count the command, SIGTERM exits 0, and no token is ever logged', async () => {
    fake = await startFakeSlack();
    const port = await freePort();
    const { child, output, exited } = start({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SECRET, PORT: String(port), SLACK_API_URL: fake.apiUrl, LOG_LEVEL: 'debug' });
    await eventually(() => output.stderr.includes('Slack app running'), 45_000, 'Slack to start');
    await eventually(async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).status === 200, 45_000, 'the library to load');
    const body = new URLSearchParams({ command: '/sources', text: '5000 troops', user_id: 'U0ASKER', channel_id: 'C0CHAN', team_id: 'T0FAKE', response_url: fake.responseUrl('proc1') }).toString();
    const timestamp = Math.floor(Date.now() / 1000);
    const posted = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signSlack(SECRET, timestamp, body) },
      body,
    });
    expect(posted.status).toBe(200);
    await fake.waitFor((requests) => requests.some((request) => request.path === '/response/proc1'));
    expect(await (await fetch(`http://127.0.0.1:${port}/metrics`)).text()).toContain('crosscheck_commands_total{outcome="ok"} 1');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const logs = output.stderr;
    expect(logs).toContain('crosscheck: stopped');
    expect(logs).toMatch(/"requestId":"[0-9a-f]{8}"/u);
    expect(logs).not.toMatch(/xox[bpa]-/u);
    expect(logs).not.toMatch(/[A-Za-z\d_-]{23,28}\.[A-Za-z\d_-]{6,7}\.[A-Za-z\d_-]{27,40}/u);
    expect(logs).not.toContain(SECRET);
  }, 90_000);

  it('GIVEN the console reading a pipe THEN it answers, and SIGTERM while it waits for input exits 0', async () => {
    const { child, output, exited } = start({}, 'pipe');
    must(child.stdin).write('/who Goremykin\n');
    await eventually(() => output.stdout.includes('Goremykin'), 45_000, 'the answer');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 60_000);

  it('GIVEN HEALTH_PORT and METRICS_TOKEN THEN the health server listens on loopback and /metrics answers only with the token', async () => {
    const port = await freePort();
    const token = 'a-metrics-token-of-32-characters';
    const { child, output, exited } = start({ HEALTH_PORT: String(port), METRICS_TOKEN: token, LOG_LEVEL: 'info' }, 'pipe');
    await eventually(() => output.stderr.includes('health and metrics on'), 45_000, 'the health server');
    expect(output.stderr).toContain(`health and metrics on 127.0.0.1 port ${port}`);
    expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(401);
    expect((await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 60_000);

  it('GIVEN a bad configuration value THEN the start stops with one line naming the variable', async () => {
    const { output, exited } = start({ COMMAND_BUDGET_MS: 'soon' });
    expect(await exited).toBe(2);
    expect(output.stderr.trim().split('\n')).toHaveLength(1);
    expect(output.stderr).toMatch(/^crosscheck: configuration error: COMMAND_BUDGET_MS: /u);
  }, 60_000);
});
