import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { pipeline, type Readable, type Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { classifyAddress, DEFAULT_PORTS, isAddressAllowed, isPortAllowed, type AddressKind } from './address-policy.ts';

/** Caps on one fetch, redirects included. */
export interface FetchOptions {
  /** The most bytes of body read, after decompression. */
  maxBytes: number;
  /** The whole fetch, every redirect and the body included, in milliseconds. */
  timeoutMs: number;
  maxRedirects: number;
  /** Let loopback and private-network addresses through (`ALLOW_PRIVATE_URLS`), on any port. */
  allowPrivate: boolean;
  /** The ports a public host may be fetched on (`ADD_URL_PORTS`); `any` only in tests. */
  ports: readonly number[] | 'any';
  /**
   * Test seam: addresses to treat as public, so a local server can stand in for a public site
   * while every other address is judged by the real rules.
   */
  treatAsPublic?: readonly string[];
}

/** 5 MB, 10 s, 5 redirects, private addresses refused, ports 80 and 443. */
export const DEFAULT_FETCH_OPTIONS: FetchOptions = { maxBytes: 5 * 1024 * 1024, timeoutMs: 10_000, maxRedirects: 5, allowPrivate: false, ports: DEFAULT_PORTS };

/** The kinds of body /add can read. */
export type PageKind = 'html' | 'text';

/** A page fetched: its final URL (after redirects), what kind of text it is, and the text. */
export interface FetchedPage {
  ok: true;
  url: string;
  kind: PageKind;
  contentType: string;
  text: string;
}

/** Why a fetch gave nothing; the wording lives with the command that reports it. */
export type FetchFailure =
  | { ok: false; code: 'bad_url'; url: string }
  | { ok: false; code: 'scheme'; url: string; scheme: string }
  | { ok: false; code: 'blocked_address'; url: string; host: string; address: string; kind: AddressKind }
  | { ok: false; code: 'blocked_port'; url: string; host: string; port: number }
  | { ok: false; code: 'dns'; url: string; host: string }
  | { ok: false; code: 'http_status'; url: string; status: number }
  | { ok: false; code: 'too_many_redirects'; url: string; max: number }
  | { ok: false; code: 'timeout'; url: string; seconds: number }
  | { ok: false; code: 'too_large'; url: string; maxBytes: number }
  | { ok: false; code: 'broken_encoding'; url: string; encoding: string; detail: string }
  | { ok: false; code: 'content_type'; url: string; contentType: string }
  | { ok: false; code: 'binary'; url: string }
  | { ok: false; code: 'network'; url: string; detail: string };

/** Per-fetch choices the caller makes, as opposed to the caps configured once. */
export interface FetchRequest {
  /**
   * Also accept `application/octet-stream`: chat platforms serve uploaded `.md` and `.txt`
   * files that way. The body is still refused if it holds NUL bytes.
   */
  allowOctetStream?: boolean;
}

/** Fetches one URL under the caps; never throws for anything the far end does. */
export type PageFetcher = (url: string, request?: FetchRequest) => Promise<FetchedPage | FetchFailure>;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const TEXT_TYPES = new Set(['text/plain', 'text/markdown', 'text/x-markdown']);

/** Why a target is refused: its address, or a port other than the allowed ones. */
type Refusal = 'address' | 'port';

/** Judges one address to connect to on the port of the URL; undefined when it may be used. */
type TargetCheck = (address: string, port: number) => Refusal | undefined;

/** Thrown inside the lookup so the request fails before any connection is made. */
class RefusedTargetError extends Error {
  constructor(
    readonly host: string,
    readonly address: string,
    readonly refusal: Refusal,
  ) {
    super(`${host} resolves to ${address}, which may not be fetched`);
  }
}

/**
 * A DNS lookup that refuses the whole host when any address it resolves to is not allowed.
 * Because the request connects with the very addresses checked here, a name cannot resolve to a
 * public address for the check and a private one for the connection (DNS rebinding).
 */
function guardedLookup(check: TargetCheck, port: number): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0, hints: options.hints ?? 0 }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      for (const entry of addresses) {
        const refusal = check(entry.address, port);
        if (refusal) return callback(new RefusedTargetError(hostname, entry.address, refusal), '', 0);
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
      callback(null, first.address, first.family);
    });
  };
}

function refusedFailure(url: string, host: string, address: string, refusal: Refusal, port: number): FetchFailure {
  return refusal === 'port' ? { ok: false, code: 'blocked_port', url, host, port } : { ok: false, code: 'blocked_address', url, host, address, kind: classifyAddress(address) };
}

function portOf(url: URL): number {
  return Number(url.port || (url.protocol === 'https:' ? 443 : 80));
}

/** A page fetcher with these caps; `fetchPage(url)` follows redirects itself, checking each hop. */
export function createPageFetcher(options: Partial<FetchOptions> = {}): PageFetcher {
  const settings: FetchOptions = { ...DEFAULT_FETCH_OPTIONS, ...options };
  return (url, request = {}) => fetchPage(url, { ...settings, ...request });
}

async function fetchPage(startUrl: string, options: FetchOptions & FetchRequest): Promise<FetchedPage | FetchFailure> {
  const check: TargetCheck = (address, port) => {
    const kind = options.treatAsPublic?.includes(address) === true ? 'public' : classifyAddress(address);
    if (kind !== 'public' && !isAddressAllowed(address, options.allowPrivate)) return 'address';
    return isPortAllowed(port, kind, options.allowPrivate, options.ports) ? undefined : 'port';
  };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  let url = startUrl;
  try {
    for (let hop = 0; ; hop++) {
      const target = checkUrl(url, check);
      if ('code' in target) return target;
      const response = await send(target, check, controller.signal);
      if ('ok' in response) return response;
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (REDIRECTS.has(status) && location) {
        response.resume();
        if (hop >= options.maxRedirects) return { ok: false, code: 'too_many_redirects', url: startUrl, max: options.maxRedirects };
        try {
          url = new URL(location, target).href;
        } catch {
          return { ok: false, code: 'bad_url', url: location };
        }
        continue;
      }
      return await readResponse(response, url, options, controller.signal);
    }
  } catch (error) {
    if (controller.signal.aborted) return { ok: false, code: 'timeout', url, seconds: options.timeoutMs / 1000 };
    return describeError(error, url);
  } finally {
    clearTimeout(timer);
  }
}

/** The URL parsed and its scheme and literal address checked; names are checked at lookup. */
function checkUrl(url: string, check: TargetCheck): URL | FetchFailure {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, code: 'bad_url', url };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { ok: false, code: 'scheme', url, scheme: parsed.protocol.replace(/:$/, '') };
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  // Node connects to a literal address without calling lookup, so literals are checked here.
  const refusal = isIP(host) !== 0 ? check(host, portOf(parsed)) : undefined;
  return refusal ? refusedFailure(url, host, host, refusal, portOf(parsed)) : parsed;
}

function send(target: URL, check: TargetCheck, signal: AbortSignal): Promise<IncomingMessage | FetchFailure> {
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = request(target, {
      method: 'GET',
      lookup: guardedLookup(check, portOf(target)),
      // A fresh connection every time: a pooled socket would skip the lookup and its check.
      agent: false,
      signal,
      headers: {
        'user-agent': 'crosscheck/0.1 (news article reader for /add)',
        accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9',
        'accept-encoding': 'gzip, deflate, br',
      },
    });
    outgoing.on('response', resolve);
    outgoing.on('error', (error) => {
      if (error instanceof RefusedTargetError) resolve(refusedFailure(target.href, error.host, error.address, error.refusal, portOf(target)));
      else reject(error);
    });
    outgoing.end();
  });
}

function describeError(error: unknown, url: string): FetchFailure {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { ok: false, code: 'dns', url, host: safeHost(url) };
  return { ok: false, code: 'network', url, detail: code ?? (error as Error).message };
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

function kindOf(mediaType: string, options: FetchRequest): PageKind | 'unknown' | undefined {
  if (HTML_TYPES.has(mediaType)) return 'html';
  if (TEXT_TYPES.has(mediaType)) return 'text';
  if (mediaType === '' || (options.allowOctetStream && mediaType === 'application/octet-stream')) return 'unknown';
  return undefined;
}

async function readResponse(response: IncomingMessage, url: string, options: FetchOptions & FetchRequest, signal: AbortSignal): Promise<FetchedPage | FetchFailure> {
  const status = response.statusCode ?? 0;
  if (status < 200 || status >= 300) {
    response.resume();
    return { ok: false, code: 'http_status', url, status };
  }
  const contentType = response.headers['content-type'] ?? '';
  const mediaType = contentType
    .replace(/;[\s\S]*$/u, '')
    .trim()
    .toLowerCase();
  const declared = kindOf(mediaType, options);
  if (declared === undefined) {
    response.destroy();
    return { ok: false, code: 'content_type', url, contentType: mediaType };
  }
  if (Number(response.headers['content-length'] ?? 0) > options.maxBytes) {
    response.destroy();
    return { ok: false, code: 'too_large', url, maxBytes: options.maxBytes };
  }
  const encoding = String(response.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  let body: Buffer | 'too_large';
  try {
    body = await readCapped(decoded(response, encoding), options.maxBytes, signal);
  } catch (error) {
    if (signal.aborted || !(encoding in DECODERS)) throw error;
    return { ok: false, code: 'broken_encoding', url, encoding, detail: whatBroke(error) };
  } finally {
    response.destroy();
  }
  if (body === 'too_large') return { ok: false, code: 'too_large', url, maxBytes: options.maxBytes };
  if (body.includes(0)) return { ok: false, code: 'binary', url };
  const text = decodeText(body, contentType);
  const kind = declared === 'unknown' ? (/^\s*<(!doctype html|html|head|body)\b/i.test(text.slice(0, 1024)) ? 'html' : 'text') : declared;
  return { ok: true, url, kind, contentType: mediaType || 'unknown', text };
}

const DECODERS: Record<string, () => Transform> = { gzip: createGunzip, 'x-gzip': createGunzip, deflate: createInflate, br: createBrotliDecompress };

/**
 * The body with any content encoding undone, so the size cap counts what is really read.
 * pipeline, not pipe: a connection that closes early must end the decoder with an error at
 * once, where pipe would leave it waiting for more until the fetch timed out.
 */
function decoded(response: IncomingMessage, encoding: string): Readable {
  const decoder = DECODERS[encoding];
  return decoder ? pipeline(response, decoder(), () => undefined) : response;
}

/** What was wrong with a compressed body, in words, from zlib's error. */
function whatBroke(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === 'Z_BUF_ERROR' || code === 'ERR_BROTLI_DECOMPRESSION_FAILED' || /unexpected end/i.test(message)) return 'it ends before its compressed data does';
  if (/incorrect (data|length) check/i.test(message)) return 'its checksum does not match its content';
  if (code === 'ERR_STREAM_PREMATURE_CLOSE' || code === 'ECONNRESET' || /aborted/i.test(message)) return 'the connection closed before the page was complete';
  return `it cannot be decompressed: ${message}`;
}

async function readCapped(stream: Readable, maxBytes: number, signal: AbortSignal): Promise<Buffer | 'too_large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    if (signal.aborted) throw new Error('aborted');
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      stream.destroy();
      return 'too_large';
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Decode with the charset the header or an early `<meta charset>` names, UTF-8 otherwise. */
function decodeText(body: Buffer, contentType: string): string {
  const fromHeader = /charset\s*=\s*"?([\w-]+)/i.exec(contentType)?.[1];
  const fromMeta = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(body.subarray(0, 2048).toString('latin1'))?.[1];
  for (const label of [fromHeader, fromMeta, 'utf-8']) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(body);
    } catch {
      // An unknown charset label: fall through to the next guess.
    }
  }
  return body.toString('utf8');
}
