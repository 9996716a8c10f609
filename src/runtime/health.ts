import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Metrics } from './metrics.ts';

export interface HealthState {
  /** True once the library is loaded and commands are admitted. */
  ready(): boolean;
  /** True once shutdown has begun: a load balancer should stop sending work. */
  stopping(): boolean;
  /** Why the bot can no longer answer (a platform closed its connection for good), if it cannot. */
  failed?(): string | undefined;
  metrics: Metrics;
  /** When set, `/metrics` answers only a request with `Authorization: Bearer <token>`. */
  metricsToken?: string;
}

/** Whether the request carries the metrics token; compared in constant time so timing does not leak it. */
function hasMetricsToken(request: IncomingMessage, token: string): boolean {
  const given = Buffer.from(String(request.headers.authorization ?? ''));
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The paths served, for Bolt's custom routes and for the stand-alone server alike. */
export const HEALTH_PATHS = ['/healthz', '/metrics'] as const;

/**
 * Answer `GET /healthz` (200 once ready, 503 while loading, stopping or failed, with a small JSON body)
 * and `GET /metrics` (Prometheus text). Returns false for any other request, which it leaves alone.
 */
export function serveHealth(state: HealthState, request: IncomingMessage, response: ServerResponse): boolean {
  const path = (request.url ?? '').split('?')[0];
  if (request.method !== 'GET' || !HEALTH_PATHS.includes(path as (typeof HEALTH_PATHS)[number])) return false;
  if (path === '/metrics') {
    if (state.metricsToken !== undefined && !hasMetricsToken(request, state.metricsToken)) {
      response.writeHead(401, { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer' }).end('metrics need a token\n');
      return true;
    }
    response.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' }).end(state.metrics.render());
    return true;
  }
  const failure = state.failed?.();
  const status = failure !== undefined ? 'failed' : state.stopping() ? 'stopping' : state.ready() ? 'ready' : 'loading';
  response.writeHead(status === 'ready' ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ status, ...(failure !== undefined && { reason: failure }) }));
  return true;
}

/** Health and metrics as routes (path, methods, handler) for an adapter's own HTTP server, so they share its port. */
export function healthRoutes(state: HealthState): Array<{ path: string; method: string[]; handler: (request: IncomingMessage, response: ServerResponse) => void }> {
  return HEALTH_PATHS.map((path) => ({ path, method: ['GET'], handler: (request: IncomingMessage, response: ServerResponse) => void serveHealth(state, request, response) }));
}

/**
 * A small server of its own for health and metrics, when no Slack HTTP server is there to carry
 * them. Loopback unless told otherwise (`HEALTH_HOST`): the counters say what people ask.
 */
export async function startHealthServer(state: HealthState, port: number, host = '127.0.0.1'): Promise<{ port: number; host: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    if (!serveHealth(state, request, response)) response.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    host: (server.address() as AddressInfo).address,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
