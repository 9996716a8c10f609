import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** One REST call the bot made. */
export interface RecordedRequest {
  method: string;
  /** Decoded, without `/api/v10` and the query: `/interactions/1/tok/callback`. */
  path: string;
  query: string;
  body: unknown;
  authorization: string | undefined;
}

export const APP_ID = '100000000000000001';
export const BOT_ID = '100000000000000002';
export const GUILD_ID = '100000000000000003';
export const CHANNEL_ID = '100000000000000004';
export const USER_ID = '100000000000000005';
/** A token the fake answers with 401, as Discord does for a reset or mistyped one. */
export const REFUSED_TOKEN = 'MTAwMDAw.refused.token';

/** Discord's limits on what a bot sends, as its API enforces them (400 "Invalid Form Body", code 50035). */
export const DISCORD_LIMITS = { name: 32, description: 100, choices: 25, choiceName: 100, choiceValue: 100 };

type Choice = { name?: unknown; value?: unknown };

/** Why Discord would refuse these choices, or undefined when it takes them. */
function findChoiceProblem(choices: Choice[] | undefined, where: string): string | undefined {
  if (choices === undefined) return undefined;
  if (choices.length > DISCORD_LIMITS.choices) return `${where}: more than ${DISCORD_LIMITS.choices} choices`;
  for (const choice of choices) {
    const name = String(choice.name ?? '');
    if (name.length < 1 || name.length > DISCORD_LIMITS.choiceName) return `${where}: choice name must be 1 to ${DISCORD_LIMITS.choiceName} characters`;
    if (typeof choice.value === 'string' && choice.value.length > DISCORD_LIMITS.choiceValue) return `${where}: choice value must be at most ${DISCORD_LIMITS.choiceValue} characters`;
  }
  return undefined;
}

/** Why Discord would refuse this command body, or undefined when it takes it. */
function findCommandProblem(command: Record<string, unknown>): string | undefined {
  const name = String(command.name ?? '');
  if (name.length < 1 || name.length > DISCORD_LIMITS.name) return `command ${name}: name must be 1 to ${DISCORD_LIMITS.name} characters`;
  const description = String(command.description ?? '');
  if (description.length < 1 || description.length > DISCORD_LIMITS.description) return `command ${name}: description must be 1 to ${DISCORD_LIMITS.description} characters`;
  for (const option of (command.options ?? []) as Record<string, unknown>[]) {
    const optionDescription = String(option.description ?? '');
    if (optionDescription.length < 1 || optionDescription.length > DISCORD_LIMITS.description)
      return `command ${name}, option ${String(option.name)}: description must be 1 to ${DISCORD_LIMITS.description} characters`;
    const problem = findChoiceProblem(option.choices as Choice[] | undefined, `command ${name}, option ${String(option.name)}`);
    if (problem) return problem;
  }
  return undefined;
}

let nextId = 200000000000000000n;
/** A fresh snowflake, unique within the test run. */
export function snowflake(): string {
  nextId += 1n;
  return String(nextId);
}

/**
 * Discord's REST API and gateway, just enough of them for discord.js 14 to log in, receive
 * interactions and answer them, on 127.0.0.1 at a free port. Every REST call is recorded.
 */
export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** IDENTIFY and RESUME payloads, in order: how the client (re)connected. */
  readonly handshakes: ('identify' | 'resume')[] = [];
  readonly commands = new Map<string, Record<string, unknown>[]>();
  /** Requests answered 400 because they broke one of Discord's limits, with the reason. */
  readonly refused: { path: string; reason: string }[] = [];
  #sockets = new Set<WebSocket>();
  #sequence = 0;
  #waiters: (() => void)[] = [];
  #http = createServer((request, response) => void this.#route(request, response));
  #gateway = new WebSocketServer({ noServer: true });
  port = 0;

  /** The REST base URL to give discord.js (`rest.api`, or DISCORD_API_URL). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async start(): Promise<this> {
    this.#http.on('upgrade', (request, socket, head) => {
      this.#gateway.handleUpgrade(request, socket, head, (ws) => this.#connect(ws));
    });
    this.#http.listen(0, '127.0.0.1');
    await once(this.#http, 'listening');
    this.port = (this.#http.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.terminate();
    this.#gateway.close();
    this.#http.closeAllConnections();
    await new Promise<void>((resolve) => this.#http.close(() => resolve()));
  }

  /** Send a gateway event to every connected client. */
  dispatch(type: string, data: unknown): void {
    this.#sequence += 1;
    for (const socket of this.#sockets) socket.send(JSON.stringify({ op: 0, t: type, s: this.#sequence, d: data }));
  }

  /** Close code to answer the next IDENTIFY with (4004 a refused token, 4014 disallowed intents), as Discord does. */
  closeOnIdentify: number | undefined;

  /** Close every gateway connection with a close code, as Discord does when it ends a session (4004 after a token reset). */
  closeGateway(code: number): void {
    for (const socket of this.#sockets) socket.close(code, 'closed by the fake Discord');
  }

  /** Cut every gateway connection as a network failure would. */
  dropGateway(): void {
    for (const socket of this.#sockets) socket.terminate();
  }

  get connected(): number {
    return this.#sockets.size;
  }

  /** Resolve once `predicate` holds, checking after every request and handshake; reject after `ms`. */
  async waitFor<T>(predicate: () => T | undefined | false, ms = 5000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = predicate();
      if (value !== undefined && value !== false) return value;
      if (Date.now() > deadline) throw new Error('FakeDiscord: timed out waiting');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 50);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The REST calls about one interaction token, in order. */
  callsFor(token: string): RecordedRequest[] {
    return this.requests.filter((request) => request.path.includes(`/${token}`));
  }

  #notify(): void {
    for (const wake of this.#waiters.splice(0)) wake();
  }

  #connect(ws: WebSocket): void {
    this.#sockets.add(ws);
    ws.on('close', () => this.#sockets.delete(ws));
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 30_000 } }));
    ws.on('message', (raw) => {
      const payload = JSON.parse(String(raw)) as { op: number; d: unknown };
      if (payload.op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (payload.op === 2 && this.closeOnIdentify !== undefined) {
        this.handshakes.push('identify');
        ws.close(this.closeOnIdentify, 'closed by the fake Discord');
      } else if (payload.op === 2) {
        this.handshakes.push('identify');
        this.#sequence += 1;
        ws.send(JSON.stringify({ op: 0, t: 'READY', s: this.#sequence, d: this.#ready() }));
      }
      if (payload.op === 6) {
        this.handshakes.push('resume');
        this.#sequence += 1;
        ws.send(JSON.stringify({ op: 0, t: 'RESUMED', s: this.#sequence, d: {} }));
      }
      this.#notify();
    });
  }

  #ready(): unknown {
    return {
      v: 10,
      user: { id: BOT_ID, username: 'crosscheck', discriminator: '0', global_name: null, avatar: null, bot: true },
      guilds: [],
      session_id: 'session-1',
      resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
      shard: [0, 1],
      application: { id: APP_ID, flags: 0 },
    };
  }

  async #route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/u, '');
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      path,
      query: url.search,
      body: text === '' ? undefined : (JSON.parse(text) as unknown),
      authorization: request.headers.authorization,
    };
    this.requests.push(recorded);
    const json = (status: number, body: unknown): void => {
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    const invalid = (reason: string): void => {
      this.refused.push({ path, reason });
      json(400, { message: 'Invalid Form Body', code: 50035, errors: { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH', message: reason }] } });
    };
    try {
      if (recorded.authorization?.includes(REFUSED_TOKEN)) return json(401, { message: '401: Unauthorized', code: 0 });
      if (recorded.method === 'GET' && path === '/gateway/bot') {
        return json(200, {
          url: `ws://127.0.0.1:${this.port}/gateway`,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
        });
      }
      const commands = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/u.exec(path);
      if (commands) {
        const key = commands[2] ?? 'global';
        if (recorded.method === 'PUT') {
          const problem = (recorded.body as Record<string, unknown>[]).map(findCommandProblem).find((reason) => reason !== undefined);
          if (problem) return invalid(problem);
          const body = (recorded.body as Record<string, unknown>[]).map((command) => ({
            id: snowflake(),
            application_id: APP_ID,
            version: snowflake(),
            default_member_permissions: null,
            type: 1,
            nsfw: false,
            ...command,
          }));
          this.commands.set(key, body);
        }
        return json(200, this.commands.get(key) ?? []);
      }
      // A callback is answered with 204 and no content type: @discordjs/rest reads a JSON type as a body to parse.
      if (/^\/interactions\/\d+\/[^/]+\/callback$/u.test(path)) {
        const callback = recorded.body as { type?: number; data?: { choices?: Choice[] } } | undefined;
        const problem = callback?.type === 8 ? findChoiceProblem(callback.data?.choices ?? [], 'autocomplete') : undefined;
        if (problem) return invalid(problem);
        return void response.writeHead(204).end();
      }
      const webhook = /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/u.exec(path);
      if (webhook) {
        if (recorded.method === 'DELETE') return void response.writeHead(204).end();
        const body = (recorded.body ?? {}) as Record<string, unknown>;
        return json(200, {
          id: snowflake(),
          channel_id: CHANNEL_ID,
          type: 20,
          content: body.content ?? '',
          embeds: body.embeds ?? [],
          author: { id: BOT_ID, username: 'crosscheck', discriminator: '0', bot: true },
          attachments: [],
          mentions: [],
          mention_roles: [],
          pinned: false,
          tts: false,
          mention_everyone: false,
          timestamp: new Date().toISOString(),
          edited_timestamp: null,
          flags: body.flags ?? 0,
          components: [],
        });
      }
      json(404, { message: `FakeDiscord: no route for ${recorded.method} ${path}`, code: 0 });
    } finally {
      this.#notify();
    }
  }
}

/** A user to put on an interaction; `bot: true` for the bot-author case, `id` for someone other than the usual reader. */
export function fakeUser(bot = false, id = USER_ID): Record<string, unknown> {
  return { id: bot ? snowflake() : id, username: bot ? 'otherbot' : 'reader', discriminator: '0', global_name: null, avatar: null, ...(bot && { bot: true }) };
}

/** An INTERACTION_CREATE payload, as Discord sends it for a slash command (type 2) or autocomplete (type 4). */
export function fakeInteraction(
  name: string,
  options: { name: string; type: number; value: unknown; focused?: boolean }[],
  extra: { type?: 2 | 4; bot?: boolean; id?: string; token?: string; userId?: string; roles?: string[]; resolved?: Record<string, unknown> } = {},
): { id: string; token: string; payload: Record<string, unknown> } {
  const id = extra.id ?? snowflake();
  const token = extra.token ?? `token-${id}`;
  const user = fakeUser(extra.bot, extra.userId);
  return {
    id,
    token,
    payload: {
      id,
      application_id: APP_ID,
      type: extra.type ?? 2,
      token,
      version: 1,
      guild_id: GUILD_ID,
      channel_id: CHANNEL_ID,
      channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'newsroom' },
      member: { user, roles: extra.roles ?? [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0, permissions: '0' },
      data: { id: snowflake(), name, type: 1, options, ...(extra.resolved && { resolved: extra.resolved }) },
      app_permissions: '0',
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': GUILD_ID },
      context: 0,
      attachment_size_limit: 8_388_608,
    },
  };
}
