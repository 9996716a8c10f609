/**
 * `npm run bench:load [-- --dir seeds] [--connections 50] [--requests 2000] [--seconds 30] [--json]`
 *
 * The Slack load test (issue 7): the real Bolt app in HTTP mode on loopback, answering signed
 * slash commands from `--connections` concurrent users, its Web API and every `response_url`
 * pointing at the fake Slack the adapter tests use. It reports requests per second and the
 * acknowledgement latency autocannon sees, and, since the answer itself goes out afterwards
 * through `response_url`, how many answers arrived and how long after the request each took.
 * It stops by itself: after `--requests` requests or `--seconds` seconds, whichever comes first,
 * then waits at most `--drain` seconds for the answers still on their way.
 *
 * `--dir` is read through the library snapshot in `--cache` (a temporary folder by default), so a
 * second run over the same large folder starts in seconds.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createArticleStore } from '../src/article-store.ts';
import { createPageFetcher } from '../src/ingest/fetch-page.ts';
import { createCommandGate } from '../src/runtime/command-gate.ts';
import { createLogger } from '../src/runtime/logger.ts';
import autocannon from 'autocannon';
import { LogLevel } from '@slack/bolt';
import { startSlack } from '../src/adapters/slack/app.ts';
import type { SlackSettings } from '../src/adapters/slack/config.ts';
import { loadLibraryCached } from '../src/snapshot.ts';
import { recordingLogger, signSlack, startFakeSlack } from '../test/adapters/slack-fake.ts';

const SECRET = 'load-test-signing-secret-0123456789';
/** Commands the simulated users type, in turn: every kind of question, a miss and a misspelling among them. */
const LINES: [string, string][] = [
  ['/sources', '5000 troops'],
  ['/who', 'Goremykin'],
  ['/quote', 'unwavering support'],
  ['/cite', '5000 troops apa'],
  ['/compare', 'demining'],
  ['/sources', 'government said'],
  ['/who', 'Blair'],
  ['/quote', 'the government'],
  ['/cite', 'interest rates'],
  ['/sources', 'Goremikin'],
  ['/source', '003'],
  ['/sources', 'zorblat quintessa'],
];

interface LoadResult {
  connections: number;
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  ack: { p50: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  answers: { expected: number; delivered: number; dropped: number; p50: number; p99: number; max: number };
}

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'seeds' },
      cache: { type: 'string' },
      connections: { type: 'string', default: '50' },
      requests: { type: 'string', default: '2000' },
      seconds: { type: 'string', default: '30' },
      drain: { type: 'string', default: '30' },
      json: { type: 'boolean', default: false },
    },
  });
  const log = (text: string): void => void process.stderr.write(`${text}\n`);
  const ownCache = values.cache ? undefined : await mkdtemp(join(tmpdir(), 'crosscheck-load-'));
  const fake = await startFakeSlack();
  let stop: (() => Promise<void>) | undefined;
  try {
    log(`loading ${values.dir}…`);
    const { library } = await loadLibraryCached(values.dir, { cacheDir: values.cache ?? ownCache!, warn: log });
    const settings: SlackSettings = { mode: 'http', botToken: 'xoxb-load-test', signingSecret: SECRET, port: 0, apiUrl: fake.apiUrl, publicAnswers: false };
    const store = createArticleStore(values.dir, library);
    // As main.ts runs it: every command through the gate's ordered queue and time budget (no rate
    // limit: the load comes from one test user, which a per-user limit would simply refuse).
    const gate = createCommandGate({ library: () => store.library, articles: () => store, concurrency: 4, maxWaiting: 5000, budgetMs: 10_000, logger: createLogger({ level: 'error', format: 'json' }) });
    const slack = await startSlack({ settings, store, gate, admins: { ADMIN_SLACK_USERS: [], ADMIN_DISCORD_USERS: [], ADMIN_DISCORD_ROLES: [] }, fetchPage: createPageFetcher(), host: '127.0.0.1', logger: recordingLogger(), logLevel: LogLevel.ERROR });
    stop = slack.stop;

    const sentAt = new Map<string, number>();
    let sequence = 0;
    const connections = Number(values.connections);
    const amount = Number(values.requests);
    log(`${library.articles.length} articles; ${amount} signed slash commands from ${connections} users…`);
    const result = await autocannon({
      url: `http://127.0.0.1:${slack.port}`,
      connections,
      amount,
      duration: Number(values.seconds),
      timeout: 10,
      requests: [
        {
          method: 'POST',
          path: '/slack/events',
          setupRequest: (request) => {
            const name = `load${(sequence += 1)}`;
            const [command, text] = LINES[sequence % LINES.length]!;
            const body = new URLSearchParams({ token: 'legacy', team_id: 'T0FAKE', channel_id: 'C0LOAD', user_id: `U0USER${sequence % connections}`, user_name: 'user', command, text, response_url: fake.responseUrl(name), trigger_id: 't' }).toString();
            const timestamp = Math.floor(Date.now() / 1000);
            sentAt.set(name, Date.now());
            return { ...request, body, headers: { ...request.headers, 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signSlack(SECRET, timestamp, body) } };
          },
        },
      ],
    });
    const acknowledged = result['2xx'];
    const answered = (): number => new Set(fake.requests.filter((request) => request.path.startsWith('/response/')).map((request) => request.path)).size;
    log(`${acknowledged} acknowledged; waiting for the answers…`);
    await fake.waitFor(() => answered() >= acknowledged, Number(values.drain) * 1000).catch(() => undefined);
    const firstAnswer = new Map<string, number>();
    for (const request of fake.requests) {
      const name = request.path.startsWith('/response/') ? request.path.slice('/response/'.length) : undefined;
      if (name !== undefined && !firstAnswer.has(name)) firstAnswer.set(name, request.at);
    }
    const answerTimes = [...firstAnswer].map(([name, at]) => at - (sentAt.get(name) ?? at)).sort((a, b) => a - b);
    const load: LoadResult = {
      connections,
      requests: result.requests.total,
      seconds: result.duration,
      requestsPerSecond: result.requests.average,
      ack: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      answers: { expected: acknowledged, delivered: firstAnswer.size, dropped: acknowledged - firstAnswer.size, p50: percentile(answerTimes, 0.5), p99: percentile(answerTimes, 0.99), max: answerTimes.at(-1) ?? 0 },
    };
    const machine = { cores: availableParallelism(), node: process.version, loadAverage: loadavg().map((value) => value.toFixed(1)).join(' '), articles: library.articles.length };
    if (values.json) process.stdout.write(`${JSON.stringify({ machine, load }, null, 2)}\n`);
    else {
      process.stdout.write(
        [
          `Machine: ${machine.cores} cores, Node ${machine.node}, load average ${machine.loadAverage}; ${machine.articles} articles.`,
          '',
          '| users | requests | requests/s | ack p50 / p99 / max | errors, timeouts, non-2xx | answers delivered | answer p50 / p99 / max |',
          '| --- | --- | --- | --- | --- | --- | --- |',
          `| ${load.connections} | ${load.requests} in ${load.seconds.toFixed(1)} s | ${load.requestsPerSecond.toFixed(0)} | ${load.ack.p50} / ${load.ack.p99} / ${load.ack.max} ms | ${load.errors}, ${load.timeouts}, ${load.non2xx} | ${load.answers.delivered} of ${load.answers.expected} (${load.answers.dropped} dropped) | ${load.answers.p50} / ${load.answers.p99} / ${load.answers.max} ms |`,
        ].join('\n') + '\n',
      );
    }
    if (load.errors + load.timeouts + load.non2xx + load.answers.dropped > 0) process.exitCode = 1;
  } finally {
    await stop?.();
    await fake.close();
    if (ownCache) await rm(ownCache, { recursive: true, force: true });
  }
}

await main();
