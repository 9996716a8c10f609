import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createResponder } from '../../src/adapters/slack/responder.ts';
import { answer } from '../../src/answer/build.ts';
import { createCommandGate } from '../../src/runtime/command-gate.ts';
import { startHealthServer } from '../../src/runtime/health.ts';
import { createLogger, scrubSecrets } from '../../src/runtime/logger.ts';
import { createMetrics } from '../../src/runtime/metrics.ts';
import { createShutdown } from '../../src/runtime/shutdown.ts';
import { recordingLogger } from '../support/log-lines.ts';
import { seedLibrary } from '../support/seeds.ts';

const SLACK_TOKEN = ['xoxb', '123456789012', '123456789012', 'abcdefghijklmnopqrstuvwx'].join('-');
const DISCORD_TOKEN = ['MTIzNDU2Nzg5MDEyMzQ1Njc4OQ', 'GaBcDe', 'abcdefghijklmnopqrstuvwxyz0123456789AB'].join('.');

describe('logs', () => {
  it('GIVEN tokens in messages, fields, errors and request bodies THEN no line holds them', () => {
    const lines: string[] = [];
    for (const format of ['json', 'text'] as const) {
      const logger = createLogger({ level: 'debug', format, write: (line) => void lines.push(line) });
      logger.info(`crosscheck: starting with ${SLACK_TOKEN} and ${DISCORD_TOKEN}`);
      logger.warn({ token: 'plain-secret', settings: { signingSecret: 'also-secret', botToken: SLACK_TOKEN }, body: 'token=whatever&text=hi' }, 'config');
      logger.error({ err: new Error(`Discord refused ${DISCORD_TOKEN}`) }, 'login failed');
    }
    const all = lines.join('');
    expect(all).not.toMatch(/xox[bpa]-/u);
    expect(all).not.toContain(DISCORD_TOKEN);
    expect(all).not.toContain('plain-secret');
    expect(all).not.toContain('also-secret');
    expect(all).not.toContain('text=hi');
    expect(all).toContain('[redacted]');
    expect(scrubSecrets('an ordinary sentence. With dots.')).toBe('an ordinary sentence. With dots.');
  });
});

describe('GET /healthz and GET /metrics', () => {
  it('GIVEN a server of its own THEN healthz is 503 while loading, 200 once ready, 503 while stopping, and metrics count commands', async () => {
    let ready = false;
    let stopping = false;
    const metrics = createMetrics();
    const library = await seedLibrary();
    const gate = createCommandGate({ library: () => (ready ? library : undefined), concurrency: 1, maxWaiting: 10, budgetMs: 1000, logger: recordingLogger().logger, metrics });
    const server = await startHealthServer({ ready: () => ready, stopping: () => stopping, metrics }, 0, '127.0.0.1');
    const get = (path: string) => fetch(`http://127.0.0.1:${server.port}${path}`);
    try {
      expect((await get('/healthz')).status).toBe(503);
      await gate.answer({ platform: 'discord', userId: 'U1', command: 'help' }, async () => {
        throw new Error('not reached');
      });
      ready = true;
      const healthy = await get('/healthz');
      expect(healthy.status).toBe(200);
      expect(await healthy.json()).toEqual({ status: 'ready' });
      const text = await (await get('/metrics')).text();
      expect(text).toContain('crosscheck_commands_total{outcome="loading"} 1');
      expect(text).toContain('# TYPE crosscheck_commands_in_flight gauge');
      expect((await get('/nothing')).status).toBe(404);
      stopping = true;
      expect(await (await get('/healthz')).json()).toEqual({ status: 'stopping' });
    } finally {
      await server.close();
    }
  });
});

describe('graceful shutdown', () => {
  it('GIVEN a command in flight THEN stop waits for it, refuses newcomers, closes connections last-opened first, and exits 0 once', async () => {
    const { logger, lines } = recordingLogger();
    const library = await seedLibrary();
    const gate = createCommandGate({ library: () => library, concurrency: 2, maxWaiting: 10, budgetMs: 5000, logger });
    const exits: number[] = [];
    const closed: string[] = [];
    const shutdown = createShutdown({ gate, graceMs: 2000, logger, exit: (code) => void exits.push(code) });
    shutdown.onClose('slack', () => void closed.push('slack'));
    shutdown.onClose('watcher', async () => void closed.push('watcher'));
    shutdown.onClose('stuck', () => new Promise(() => undefined));
    let finished = false;
    const inFlight = gate.answer({ platform: 'slack', userId: 'U1', command: 'help' }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      finished = true;
      return answer('help', '', { title: 'Help' });
    });
    const stopping = shutdown.stop('SIGTERM received');
    void shutdown.stop('SIGINT received');
    expect(
      (
        await gate.answer({ platform: 'slack', userId: 'U2', command: 'help' }, async () => {
          throw new Error('must not run');
        })
      ).notes[0]?.code,
    ).toBe('shutting_down');
    expect(finished).toBe(false);
    await stopping;
    expect(finished).toBe(true);
    expect((await inFlight).ok).toBe(true);
    expect(closed).toEqual(['watcher', 'slack']);
    expect(exits).toEqual([0]);
    expect(lines.join('')).toContain('stuck did not close cleanly');
  }, 10_000);
});

describe('response_url faults', () => {
  it('GIVEN Slack answering 500 then 429 with Retry-After THEN the responder backs off, waits as asked, and delivers', async () => {
    const statuses = [500, 503, 429, 200];
    const server = createServer((request, response) => {
      request.resume();
      const status = statuses.shift() ?? 200;
      response.writeHead(status, status === 429 ? { 'retry-after': '2' } : {}).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const slept: number[] = [];
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/r`;
      const result = await createResponder(url, { backoffMs: 100, sleep: async (ms) => void slept.push(ms) }).send({ text: 'x' });
      expect(result).toEqual({ ok: true });
      expect(slept).toEqual([100, 200, 2000]);
      statuses.push(500, 500, 500, 500);
      expect(await createResponder(url, { backoffMs: 1, sleep: async () => undefined }).send({ text: 'y' })).toEqual({ ok: false, reason: 'server_error', status: 500 });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
