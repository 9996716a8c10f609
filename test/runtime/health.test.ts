import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';
import { startHealthServer } from '../../src/runtime/health.ts';
import { createMetrics } from '../../src/runtime/metrics.ts';

const TOKEN = 'a-long-metrics-token-for-tests';

function stateWith(metricsToken?: string) {
  return { ready: () => true, stopping: () => false, metrics: createMetrics(), ...(metricsToken && { metricsToken }) };
}

describe('where health and metrics listen', () => {
  it('GIVEN no HEALTH_HOST THEN the configuration says loopback', () => {
    expect(readConfig({}).HEALTH_HOST).toBe('127.0.0.1');
  });

  it('GIVEN no host THEN the health server listens on loopback only', async () => {
    const server = await startHealthServer(stateWith(), 0);
    try {
      expect(server.host).toBe('127.0.0.1');
    } finally {
      await server.close();
    }
  });
});

describe('GET /metrics behind a token', () => {
  it('GIVEN METRICS_TOKEN THEN metrics without the token are refused with 401 and healthz stays open', async () => {
    const server = await startHealthServer(stateWith(TOKEN), 0);
    try {
      const base = `http://127.0.0.1:${server.port}`;
      expect((await fetch(`${base}/metrics`)).status).toBe(401);
      expect((await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer wrong-token-of-some-length' } })).status).toBe(401);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('GIVEN METRICS_TOKEN THEN metrics with the token are served', async () => {
    const server = await startHealthServer(stateWith(TOKEN), 0);
    try {
      const response = await fetch(`http://127.0.0.1:${server.port}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('# TYPE');
    } finally {
      await server.close();
    }
  });

  it('GIVEN a METRICS_TOKEN too short to resist guessing THEN the configuration names the variable', () => {
    expect(() => readConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });
});

describe('ports /add may fetch', () => {
  it('GIVEN no ADD_URL_PORTS THEN 80 and 443', () => {
    expect(readConfig({}).ADD_URL_PORTS).toEqual([80, 443]);
  });

  it('GIVEN ADD_URL_PORTS THEN those ports, and a bad one names the variable', () => {
    expect(readConfig({ ADD_URL_PORTS: '443, 8443' }).ADD_URL_PORTS).toEqual([443, 8443]);
    expect(() => readConfig({ ADD_URL_PORTS: '443,http' })).toThrow(/ADD_URL_PORTS/);
  });
});
