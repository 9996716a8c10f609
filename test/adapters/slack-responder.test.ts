import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createResponder, RESPONSE_URL_MAX_USES } from '../../src/adapters/slack/responder.ts';

let url = '';
let hits = 0;
let limited = 0;
const server = createServer((request, response) => {
  request.resume();
  hits += 1;
  if (limited > 0) {
    limited -= 1;
    response.writeHead(429, { 'retry-after': '120' }).end();
  } else response.writeHead(200).end('ok');
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/response`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('createResponder', () => {
  it('GIVEN more messages than Slack allows THEN response_url is used at most 5 times', async () => {
    hits = 0;
    const responder = createResponder(url);
    const results = [];
    for (let i = 0; i < 7; i += 1) results.push(await responder.send({ text: `message ${i}` }));
    expect(hits).toBe(RESPONSE_URL_MAX_USES);
    expect(RESPONSE_URL_MAX_USES).toBe(5);
    expect(results.slice(5)).toEqual([
      { ok: false, reason: 'used_up' },
      { ok: false, reason: 'used_up' },
    ]);
  });

  it('GIVEN a 429 asking for longer than is worth waiting THEN it gives up without sleeping', async () => {
    hits = 0;
    limited = 1;
    const slept: number[] = [];
    const result = await createResponder(url, { maxWaitSeconds: 30, sleep: async (ms) => void slept.push(ms) }).send({ text: 'x' });
    expect(result).toEqual({ ok: false, reason: 'rate_limited', status: 429 });
    expect(slept).toEqual([]);
    expect(hits).toBe(1);
  });
});
