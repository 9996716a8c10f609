/**
 * `npm run bench:load [-- --dir seeds] [--connections 50] [--requests 2000] [--seconds 30] [--rate N] [--json]`
 *
 * The Slack load test (issue 7): the real Bolt app in HTTP mode on loopback, answering signed
 * slash commands from `--connections` concurrent users, its Web API and every `response_url`
 * pointing at the fake Slack the adapter tests use. It reports requests per second and the
 * acknowledgement latency autocannon sees, and, since the answer itself goes out afterwards
 * through `response_url`, how many answers arrived and how long after the request each took.
 * It stops by itself: after `--requests` requests or `--seconds` seconds, whichever comes first,
 * then waits at most `--drain` seconds for the answers still on their way.
 *
 * Without `--rate` each user sends the next command the moment the last one is acknowledged: a
 * flood that finds the bot's throughput, where answers queue behind each other. `--rate N` paces
 * all the users together to N commands a second, to see the latency at a given traffic.
 *
 * `--dir` is read through the library snapshot in `--cache` (a temporary folder by default), so a
 * second run over the same large folder starts in seconds.
 *
 * The bot runs in a child process of its own, as it would in production: the load generator, the
 * request signing and the fake Slack would otherwise share its event loop and be measured as its
 * latency. The child also reports how long its event loop was held up (monitorEventLoopDelay).
 */
import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createArticleStore } from '../src/library/article-store.ts';
import { createPageFetcher } from '../src/ingest/fetch-page.ts';
import { createCommandGate } from '../src/runtime/command-gate.ts';
import { createLogger } from '../src/runtime/logger.ts';
import autocannon from 'autocannon';
import { LogLevel } from '@slack/bolt';
import { startSlack } from '../src/adapters/slack/app.ts';
import type { SlackSettings } from '../src/adapters/slack/config.ts';
import { loadLibraryCached } from '../src/library/snapshot.ts';
import { recordingLogger, signSlack, startFakeSlack } from '../test/adapters/slack-fake.ts';

const SECRET = 'load-test-signing-secret-0123456789';
/** Commands the simulated users type, in turn: every kind of question, a miss and a misspelling among them. */
const LINES: [string, string][] = [
  ['/sources', '5000 troops'],
  ['/whois', 'Goremykin'],
  ['/quote', 'unwavering support'],
  ['/cite', '5000 troops apa'],
  ['/compare', 'demining'],
  ['/sources', 'government said'],
  ['/whois', 'Blair'],
  ['/quote', 'the government'],
  ['/cite', 'interest rates'],
  ['/sources', 'Goremikin'],
  ['/source', '003'],
  ['/sources', 'zorblat quintessa'],
];

/** How long the bot's event loop was held up, in milliseconds. */
interface LoopDelay {
  p50: number;
  p99: number;
  max: number;
}

interface LoadResult {
  connections: number;
  /** Commands a second all users together were paced to; undefined for the flood. */
  rate?: number;
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  ack: { p50: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  answers: { expected: number; delivered: number; dropped: number; p50: number; p99: number; max: number };
  loopDelay: LoopDelay;
  generatorDelay: LoopDelay;
}

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}

/** What the bot's process tells the load test. */
type FromBot = { ready: { port: number; articles: number } } | { stopped: LoopDelay };

/** The child: the bot as `npm start` runs it in Slack HTTP mode, against the parent's fake Slack. */
async function runBot(dir: string, cacheDir: string, apiUrl: string): Promise<void> {
  if (!process.send) throw new Error('bench-load: --bot runs only as the child of the load test');
  const tell = (message: FromBot): void => void process.send?.(message);
  const { library } = await loadLibraryCached(dir, { cacheDir, warn: (text) => void process.stderr.write(`${text}\n`) });
  const settings: SlackSettings = { mode: 'http', botToken: 'xoxb-load-test', signingSecret: SECRET, port: 0, apiUrl, publicAnswers: false };
  // As main.ts does (through loadLibrary): read ahead while the first commands come in.
  void library.warmUp();
  const store = createArticleStore(dir, library);
  // As main.ts runs it: every command through the gate's ordered queue and time budget (no rate
  // limit: the load comes from one test user, which a per-user limit would simply refuse).
  const gate = createCommandGate({ library: () => store.library, articles: () => store, concurrency: 4, maxWaiting: 5000, budgetMs: 10_000, logger: createLogger({ level: 'error', format: 'json' }) });
  const slack = await startSlack({
    settings,
    store,
    gate,
    admins: { ADMIN_SLACK_USERS: [], ADMIN_DISCORD_USERS: [], ADMIN_DISCORD_ROLES: [] },
    fetchPage: createPageFetcher(),
    host: '127.0.0.1',
    logger: recordingLogger(),
    logLevel: LogLevel.ERROR,
  });
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  if (slack.port === undefined) throw new Error('bench-load: the bot did not say which port it listens on');
  tell({ ready: { port: slack.port, articles: library.articles.length } });
  process.once('message', () => {
    delay.disable();
    const ms = (nanoseconds: number): number => Math.round(nanoseconds / 1e6);
    void slack.stop().then(() => {
      tell({ stopped: { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max) } });
      process.disconnect();
    });
  });
}

/** Start the bot's process and wait until it listens. */
async function startBot(dir: string, cacheDir: string, apiUrl: string): Promise<{ port: number; articles: number; stop: () => Promise<LoopDelay> }> {
  const child = fork(new URL(import.meta.url).pathname, ['--bot', '--dir', dir, '--cache', cacheDir, '--api-url', apiUrl], { execArgv: [...process.execArgv, '--max-old-space-size=12288'] });
  const next = (): Promise<FromBot> =>
    new Promise((resolve, reject) => {
      child.once('message', (message) => resolve(message as FromBot));
      child.once('exit', (code) => reject(new Error(`the bot's process exited (${code}) before it answered`)));
    });
  const ready = await next();
  if (!('ready' in ready)) throw new Error('the bot did not start');
  return {
    ...ready.ready,
    async stop() {
      const stopped = next();
      child.send('stop');
      const message = await stopped;
      if (!('stopped' in message)) throw new Error('the bot did not stop');
      return message.stopped;
    },
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'seeds' },
      cache: { type: 'string' },
      connections: { type: 'string', default: '50' },
      rate: { type: 'string' },
      requests: { type: 'string', default: '2000' },
      seconds: { type: 'string', default: '30' },
      drain: { type: 'string', default: '30' },
      json: { type: 'boolean', default: false },
      bot: { type: 'boolean', default: false },
      'api-url': { type: 'string' },
    },
  });
  if (values.bot) {
    const { cache, 'api-url': apiUrl } = values;
    if (cache === undefined || apiUrl === undefined) throw new Error('bench-load: --bot needs --cache and --api-url');
    return runBot(values.dir, cache, apiUrl);
  }
  const log = (text: string): void => void process.stderr.write(`${text}\n`);
  const cacheDir = values.cache || (await mkdtemp(join(tmpdir(), 'crosscheck-load-')));
  const ownCache = values.cache ? undefined : cacheDir;
  const fake = await startFakeSlack();
  // The load generator's own hold-ups, to tell its delays from the bot's in the latencies it measures.
  const generatorDelay = monitorEventLoopDelay({ resolution: 10 });
  generatorDelay.enable();
  let stop: (() => Promise<LoopDelay>) | undefined;
  try {
    log(`loading ${values.dir} in the bot's process…`);
    const bot = await startBot(values.dir, cacheDir, fake.apiUrl);
    stop = bot.stop;
    const sentAt = new Map<string, number>();
    let sequence = 0;
    const connections = Number(values.connections);
    const amount = Number(values.requests);
    log(`${bot.articles} articles; ${amount} signed slash commands from ${connections} users…`);
    const result = await autocannon({
      url: `http://127.0.0.1:${bot.port}`,
      connections,
      amount,
      duration: Number(values.seconds),
      ...(values.rate !== undefined && { overallRate: Number(values.rate) }),
      timeout: 10,
      requests: [
        {
          method: 'POST',
          path: '/slack/events',
          setupRequest: (request) => {
            const name = `load${(sequence += 1)}`;
            const line = LINES[sequence % LINES.length];
            if (!line) throw new Error('bench-load: no command lines to send');
            const [command, text] = line;
            const body = new URLSearchParams({
              token: 'legacy',
              team_id: 'T0FAKE',
              channel_id: 'C0LOAD',
              user_id: `U0USER${sequence % connections}`,
              user_name: 'user',
              command,
              text,
              response_url: fake.responseUrl(name),
              trigger_id: 't',
            }).toString();
            const timestamp = Math.floor(Date.now() / 1000);
            sentAt.set(name, Date.now());
            return {
              ...request,
              body,
              headers: {
                ...request.headers,
                'content-type': 'application/x-www-form-urlencoded',
                'x-slack-request-timestamp': String(timestamp),
                'x-slack-signature': signSlack(SECRET, timestamp, body),
              },
            };
          },
        },
      ],
    });
    const acknowledged = result['2xx'];
    const answered = (): number => new Set(fake.requests.filter((request) => request.path.startsWith('/response/')).map((request) => request.path)).size;
    log(`${acknowledged} acknowledged; waiting for the answers…`);
    await fake.waitFor(() => answered() >= acknowledged, Number(values.drain) * 1000).catch(() => undefined);
    const loopDelay = await bot.stop();
    stop = undefined;
    const firstAnswer = new Map<string, number>();
    for (const request of fake.requests) {
      const name = request.path.startsWith('/response/') ? request.path.slice('/response/'.length) : undefined;
      if (name !== undefined && !firstAnswer.has(name)) firstAnswer.set(name, request.at);
    }
    const answerTimes = [...firstAnswer].map(([name, at]) => at - (sentAt.get(name) ?? at)).sort((a, b) => a - b);
    const load: LoadResult = {
      connections,
      ...(values.rate !== undefined && { rate: Number(values.rate) }),
      requests: result.requests.total,
      seconds: result.duration,
      requestsPerSecond: result.requests.average,
      ack: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      answers: {
        expected: acknowledged,
        delivered: firstAnswer.size,
        dropped: acknowledged - firstAnswer.size,
        p50: percentile(answerTimes, 0.5),
        p99: percentile(answerTimes, 0.99),
        max: answerTimes.at(-1) ?? 0,
      },
      loopDelay,
      generatorDelay: { p50: Math.round(generatorDelay.percentile(50) / 1e6), p99: Math.round(generatorDelay.percentile(99) / 1e6), max: Math.round(generatorDelay.max / 1e6) },
    };
    const machine = {
      cores: availableParallelism(),
      node: process.version,
      loadAverage: loadavg()
        .map((value) => value.toFixed(1))
        .join(' '),
      articles: bot.articles,
    };
    if (values.json) process.stdout.write(`${JSON.stringify({ machine, load }, null, 2)}\n`);
    else {
      process.stdout.write(
        [
          `Machine: ${machine.cores} cores, Node ${machine.node}, load average ${machine.loadAverage}; ${machine.articles} articles.`,
          '',
          '| users | pace | requests | requests/s | ack p50 / p99 / max | errors, timeouts, non-2xx | answers delivered | answer p50 / p99 / max | bot event-loop delay p50 / p99 / max | load generator event-loop delay p50 / p99 / max |',
          '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
          `| ${load.connections} | ${load.rate === undefined ? 'flood' : `${load.rate}/s`} | ${load.requests} in ${load.seconds.toFixed(1)} s | ${load.requestsPerSecond.toFixed(0)} | ${load.ack.p50} / ${load.ack.p99} / ${load.ack.max} ms | ${load.errors}, ${load.timeouts}, ${load.non2xx} | ${load.answers.delivered} of ${load.answers.expected} (${load.answers.dropped} dropped) | ${load.answers.p50} / ${load.answers.p99} / ${load.answers.max} ms | ${load.loopDelay.p50} / ${load.loopDelay.p99} / ${load.loopDelay.max} ms | ${load.generatorDelay.p50} / ${load.generatorDelay.p99} / ${load.generatorDelay.max} ms |`,
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
