/**
 * A fake Slack on 127.0.0.1 for driving the real Bolt app: the Web API (`/api/<method>`),
 * `response_url`s (`/response/<name>`), a Socket Mode link (`/link/`) and shared files
 * (`/files-pri/<id>/<name>`, served only with the bot token, as files.slack.com does), all on one port.
 * Every request is recorded; `rateLimit` makes the next calls of a path answer 429.
 */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { LogLevel, type Logger } from '@slack/bolt';
import { createServer as createNetServer } from 'node:net';
import { must } from '../support/must.ts';

export interface Recorded {
  path: string;
  at: number;
  /** JSON bodies parsed; Web API form bodies as an object of strings (JSON fields parsed). */
  body: Record<string, unknown>;
  authorization: string | undefined;
}

/** A file as Slack's events and files.info describe it. */
export interface FakeFile {
  id: string;
  name: string;
  size: number;
  mimetype: string;
  url_private: string;
  url_private_download: string;
}

export interface FakeSlack {
  url: string;
  apiUrl: string;
  requests: Recorded[];
  /** Messages the app sent back on the socket (acks). */
  socketMessages: Record<string, unknown>[];
  responseUrl(name: string): string;
  /** The origin of the stand-in for Slack's file CDN (`*.slack-edge.com`): pass it as `cdnOrigins`. */
  cdnUrl: string;
  /**
   * Host a shared file, downloadable with `Bearer <token>`; files.info describes it by id. `via`
   * says how Slack serves it: `direct` (200 at once), `files-host` (a redirect to another address
   * on the file host, which still wants the token) or `cdn` (a redirect to a pre-signed CDN address).
   */
  shareFile(id: string, name: string, content: string, token: string, via?: 'direct' | 'files-host' | 'cdn'): FakeFile;
  /** Answer the next `times` requests to `path` with 429 and this Retry-After. */
  rateLimit(path: string, times: number, retryAfterSeconds: number): void;
  /** Answer the next `times` requests to `path` with a server error. */
  failWith(path: string, times: number, status: number): void;
  /** Send a Socket Mode frame to the connected app. */
  sendOnSocket(frame: object): void;
  /**
   * Deliver an Events API payload on the socket as Slack does: an `events_api` envelope whose
   * `retry_attempt` is 0 and `retry_reason` empty on the first delivery, and the count and reason
   * (`timeout`, `http_error`…) on a redelivery. Returns the envelope id.
   */
  sendEventOnSocket(payload: object, retry?: { attempt: number; reason: string }): string;
  waitFor(predicate: (requests: Recorded[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseBody(text: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return JSON.parse(text || '{}') as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    try {
      out[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
    } catch {
      out[key] = value;
    }
  }
  return out;
}

/** Start the fake on a free port of 127.0.0.1. */
export async function startFakeSlack(): Promise<FakeSlack> {
  const requests: Recorded[] = [];
  const socketMessages: Record<string, unknown>[] = [];
  const limits = new Map<string, { times: number; retryAfter?: number; status: number }>();
  const sockets = new Set<WebSocket>();
  const files = new Map<string, { file: FakeFile; content: string; token: string; via: 'direct' | 'files-host' | 'cdn' }>();
  let url = '';
  let envelopes = 0;
  const server: Server = createServer(async (request, response) => {
    const path = must((request.url ?? '/').split('?')[0]);
    const body = parseBody(await readBody(request), request.headers['content-type']);
    requests.push({ path, at: Date.now(), body, authorization: request.headers.authorization });
    const limit = limits.get(path);
    if (limit && limit.times > 0) {
      limit.times -= 1;
      if (limit.retryAfter === undefined) response.writeHead(limit.status, { 'content-type': 'text/plain' }).end('upstream error');
      else response.writeHead(limit.status, { 'retry-after': String(limit.retryAfter), 'content-type': 'application/json' }).end('{"ok":false,"error":"ratelimited"}');
      return;
    }
    const json = (value: object): void => void response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    if (path === '/api/auth.test') return json({ ok: true, url: 'https://fake.slack/', team: 'Fake', user: 'crosscheck', team_id: 'T0FAKE', user_id: 'U0BOT', bot_id: 'B0BOT' });
    if (path === '/api/apps.connections.open') return json({ ok: true, url: `${url.replace('http', 'ws')}/link/?ticket=t` });
    if (path === '/api/chat.postMessage' || path === '/api/chat.postEphemeral') return json({ ok: true, channel: body.channel, ts: '1700000000.000100', message_ts: '1700000000.000100' });
    if (path === '/api/files.info') {
      const shared = files.get(String(body.file));
      return json(shared ? { ok: true, file: shared.file } : { ok: false, error: 'file_not_found' });
    }
    if (path.startsWith('/api/')) return json({ ok: true });
    const download = /^\/files-pri\/([^/]+)\/[^/]+(\/served)?$/.exec(path);
    const shared = download && files.get(must(download[1]));
    if (shared) {
      // Without the token Slack redirects to the workspace's sign-in page, on a host that is not its file host.
      if (request.headers.authorization !== `Bearer ${shared.token}`) return void response.writeHead(302, { location: `${url.replace('127.0.0.1', 'localhost')}/signin` }).end();
      if (shared.via === 'files-host' && !download[2]) return void response.writeHead(302, { location: `${path}/served` }).end();
      if (shared.via === 'cdn') return void response.writeHead(302, { location: `${cdnUrl}/presigned/${shared.file.id}?sig=abc` }).end();
      return void response.writeHead(200, { 'content-type': shared.file.mimetype }).end(shared.content);
    }
    if (path.startsWith('/response/')) return void response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    response.writeHead(404).end();
  });
  const wss = new WebSocketServer({ server, path: '/link/' });
  wss.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('message', (data) => socketMessages.push(JSON.parse(data.toString()) as Record<string, unknown>));
    socket.on('close', () => sockets.delete(socket));
    socket.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: {}, connection_info: { app_id: 'A0FAKE' } }));
  });
  // The CDN serves a pre-signed address to anyone holding it: it needs no token, and is sent none.
  const cdn: Server = createServer((request, response) => {
    const path = must((request.url ?? '/').split('?')[0]);
    requests.push({ path: `/cdn${path}`, at: Date.now(), body: {}, authorization: request.headers.authorization });
    const shared = files.get(path.replace('/presigned/', ''));
    if (!shared) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': shared.file.mimetype }).end(shared.content);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => cdn.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const cdnUrl = `http://127.0.0.1:${(cdn.address() as AddressInfo).port}`;
  return {
    url,
    apiUrl: `${url}/api/`,
    requests,
    socketMessages,
    responseUrl: (name) => `${url}/response/${name}`,
    cdnUrl,
    shareFile(id, name, content, token, via = 'direct') {
      const address = `${url}/files-pri/${id}/${encodeURIComponent(name)}`;
      const file: FakeFile = { id, name, size: Buffer.byteLength(content), mimetype: 'text/plain', url_private: address, url_private_download: `${address}?download=1` };
      files.set(id, { file, content, token, via });
      return file;
    },
    rateLimit: (path, times, retryAfter) => void limits.set(path, { times, retryAfter, status: 429 }),
    failWith: (path, times, status) => void limits.set(path, { times, status }),
    sendOnSocket: (frame) => {
      for (const socket of sockets) socket.send(JSON.stringify(frame));
    },
    sendEventOnSocket(payload, retry = { attempt: 0, reason: '' }) {
      envelopes += 1;
      const envelope_id = `env-event-${envelopes}`;
      const frame = { envelope_id, type: 'events_api', accepts_response_payload: false, retry_attempt: retry.attempt, retry_reason: retry.reason, payload };
      for (const socket of sockets) socket.send(JSON.stringify(frame));
      return envelope_id;
    },
    async waitFor(predicate, timeoutMs = 4000) {
      const until = Date.now() + timeoutMs;
      while (!predicate(requests)) {
        if (Date.now() > until) throw new Error(`fake Slack: timed out; saw ${requests.map((r) => r.path).join(', ')}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    async close() {
      for (const socket of sockets) socket.terminate();
      wss.close();
      server.closeAllConnections();
      cdn.closeAllConnections();
      await Promise.all([new Promise<void>((resolve) => server.close(() => resolve())), new Promise<void>((resolve) => cdn.close(() => resolve()))]);
    },
  };
}

/** Slack's request signature: `v0=` + HMAC-SHA256 of `v0:<timestamp>:<body>`. */
export function signSlack(secret: string, timestamp: number | string, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** The headers Slack adds when it redelivers an Events API request: the attempt number and why. */
export function slackRetryHeaders(attempt: number, reason: 'http_timeout' | 'http_error' | 'too_many_websocket_messages' | 'ssl_error' | 'unknown_error'): Record<string, string> {
  return { 'x-slack-retry-num': String(attempt), 'x-slack-retry-reason': reason };
}

/** A logger that keeps every line, so tests can check that no secret is ever written. */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const keep = (...messages: unknown[]): void =>
    void lines.push(messages.map((message) => (message instanceof Error ? `${message.message} ${message.stack}` : typeof message === 'string' ? message : JSON.stringify(message))).join(' '));
  let level = LogLevel.DEBUG;
  return {
    lines,
    debug: keep,
    info: keep,
    warn: keep,
    error: keep,
    setLevel: (next) => void (level = next),
    getLevel: () => level,
    setName: () => undefined,
  };
}

/** A port that was free a moment ago: PORT must be a real port number, not 0. */
export async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
