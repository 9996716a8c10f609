import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { startDiscordBot, type DiscordBot } from '../../src/adapters/discord/bot.ts';
import { createPageFetcher } from '../../src/ingest/fetch-page.ts';
import { createArticleStore } from '../../src/library/article-store.ts';
import { startHealthServer } from '../../src/runtime/health.ts';
import { createMetrics } from '../../src/runtime/metrics.ts';
import { NO_ADMINS, seedLibrary } from '../support/seeds.ts';
import { APP_ID, FakeDiscord } from './discord-fake.ts';
import { readDocumentedLogLines, findUndocumentedLines } from './documented-logs.ts';
import { must } from '../support/must.ts';
import { nodeArgsFor, processCacheDir } from '../support/processes.ts';

const TOKEN = 'MTAwMDAw.gateway-secret.signature';
const cleanups: (() => Promise<unknown> | unknown)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startFake(): Promise<FakeDiscord> {
  const fake = await new FakeDiscord().start();
  cleanups.push(() => fake.close());
  return fake;
}

describe('Discord closing the gateway for good', () => {
  it('GIVEN a running bot whose token Discord stops accepting (close 4004) THEN /healthz says failed, with why, and the bot asks to stop', async () => {
    const fake = await startFake();
    const logs: string[] = [];
    let failure: string | undefined;
    const store = createArticleStore('seeds', await seedLibrary());
    const bot: DiscordBot = await startDiscordBot({ token: TOKEN, appId: APP_ID, apiUrl: fake.apiUrl }, store, {
      log: (line) => logs.push(line),
      admins: NO_ADMINS,
      fetchPage: createPageFetcher(),
      onFatal: (reason) => (failure = reason),
    });
    cleanups.push(() => bot.stop());
    const health = await startHealthServer({ ready: () => failure === undefined, stopping: () => false, failed: () => failure, metrics: createMetrics() }, 0, '127.0.0.1');
    cleanups.push(() => health.close());
    expect((await fetch(`http://127.0.0.1:${health.port}/healthz`)).status).toBe(200);

    fake.closeGateway(4004);
    await fake.waitFor(() => failure);
    expect(failure).toMatch(/code 4004, authentication failed.*DISCORD_TOKEN/u);
    expect(logs.some((line) => line.includes('code 4004') && line.includes('stops'))).toBe(true);
    const response = await fetch(`http://127.0.0.1:${health.port}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'failed', reason: failure });
  });

  it('GIVEN Discord refusing the intents at log-in (close 4014) THEN starting fails at once, saying to enable them in the Developer Portal', async () => {
    const fake = await startFake();
    fake.closeOnIdentify = 4014;
    const store = createArticleStore('seeds', await seedLibrary());
    const start = startDiscordBot({ token: TOKEN, appId: APP_ID, apiUrl: fake.apiUrl }, store, { log: () => undefined, admins: NO_ADMINS, fetchPage: createPageFetcher() });
    await expect(start).rejects.toThrow(/code 4014, disallowed intents.*Developer Portal/u);
  });

  it('GIVEN npm start with Discord, and the token reset while it runs THEN it logs the lines the docs show, then why, and exits non-zero', async () => {
    const fake = await startFake();
    const child = spawn(process.execPath, nodeArgsFor('src/main.ts'), {
      env: { PATH: process.env.PATH, CACHE_DIR: processCacheDir(), DISCORD_TOKEN: TOKEN, DISCORD_APP_ID: APP_ID, DISCORD_API_URL: fake.apiUrl, SHUTDOWN_GRACE_MS: '500' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    cleanups.push(() => child.exitCode === null && child.kill());
    let stderr = '';
    must(child.stderr).on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await fake.waitFor(() => stderr.includes('logged in as') && stderr.includes('articles loaded'), 45_000);
    expect(findUndocumentedLines(await readDocumentedLogLines('discord-start'), stderr)).toEqual([]);
    fake.closeGateway(4004);
    const [code] = (await once(child, 'exit')) as [number];
    expect(code).toBe(1);
    const fatal = stderr
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { level: number; msg: string })
      .find((line) => line.level === 60);
    expect(fatal?.msg).toMatch(/^crosscheck: Discord closed the gateway for good \(code 4004, authentication failed/u);
    expect(findUndocumentedLines(await readDocumentedLogLines('discord-fatal'), stderr)).toEqual([]);
    expect(stderr).not.toContain(TOKEN);
  }, 60_000);
});
