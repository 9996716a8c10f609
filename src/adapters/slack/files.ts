/**
 * Downloading a file someone shared with the bot, so /add can read it. Slack serves shared files
 * only to requests carrying a token, so the bot token goes with the download, and it must go to
 * Slack and nowhere else.
 */
import { isReadableFileName, type AddFailure } from '../../ingest/add-article.ts';
import { DEFAULT_FETCH_OPTIONS } from '../../ingest/fetch-page.ts';
import { describeAddFailure } from '../../ingest/messages.ts';

/** The fields of a Slack file object this module reads; events may carry only `id`. */
export interface SlackFile {
  id: string;
  name?: string | null;
  size?: number;
  url_private_download?: string;
}

/** A file's text, ready to pass to /add as `attachment: { name, content }`. */
export interface DownloadedFile {
  ok: true;
  name: string;
  content: string;
}

/** Why a file was not read: /add's own failures, or Slack not handing it over. */
export type SlackFileFailure = AddFailure | { ok: false; code: 'slack_refused'; name: string } | { ok: false; code: 'not_slack_file'; name: string };

export interface DownloadOptions {
  botToken: string;
  /** SLACK_API_URL: its host, and `files.` before it, are where Slack's files may be. */
  apiUrl?: string;
  /** `files.info`, for events that name a file by id only (mentions often do). */
  lookUp(id: string): Promise<SlackFile | undefined>;
  /** Origins of Slack's file CDN besides its own (`*.slack-edge.com`); a test's stand-in. */
  cdnOrigins?: readonly string[];
  /** The same caps as /add's fetches: 5 MB and 10 s unless a test says otherwise. */
  maxBytes?: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

const DEFAULT_API_URL = 'https://slack.com/api/';

/**
 * Slack's file CDN: a download from files.slack.com may end with a redirect to a pre-signed
 * address here, which needs no token and must not be sent one. To extend: add the domain (every
 * subdomain of it counts), https only.
 */
export const SLACK_FILE_CDN_DOMAINS: readonly string[] = ['slack-edge.com', 'slack-files.com'];

/** How many redirects a download may take: files.slack.com to itself, then to the CDN. */
const MAX_REDIRECTS = 3;

/**
 * Whether `url` is one of this workspace's Slack file addresses: on `files.<api host>` over
 * https (files.slack.com, files.slack-gov.com), or on the API's own origin (a test server or a
 * proxy). An external file (Google Drive and the like) has a `url_private` elsewhere; the bot
 * token must never be sent there.
 */
export function isSlackFileUrl(url: string, apiUrl = DEFAULT_API_URL): boolean {
  let target: URL;
  let api: URL;
  try {
    target = new URL(url);
    api = new URL(apiUrl);
  } catch {
    return false;
  }
  if (target.origin === api.origin) return true;
  return target.protocol === 'https:' && target.hostname === `files.${api.hostname}` && target.port === '';
}

/** Whether `url` is on Slack's file CDN (or a test's stand-in), where a download may be redirected without the token. */
export function isSlackCdnUrl(url: string, cdnOrigins: readonly string[] = []): boolean {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  if (cdnOrigins.includes(target.origin)) return true;
  return (
    target.protocol === 'https:' &&
    target.port === '' &&
    !target.username &&
    !target.password &&
    SLACK_FILE_CDN_DOMAINS.some((domain) => target.hostname === domain || target.hostname.endsWith(`.${domain}`))
  );
}

/**
 * Fetch a shared file's text: checks the name first (only what /add reads), refuses files over
 * the size cap before and while reading, and refuses binary content. The bot token goes only to
 * Slack's file host; a redirect is followed only to that host (with the token) or to Slack's file
 * CDN (without it), at most three times. A redirect anywhere else is Slack answering a token it
 * does not accept with its sign-in page, which is not the file. Never throws for anything Slack
 * or the network does.
 */
export async function downloadSlackFile(shared: SlackFile, options: DownloadOptions): Promise<DownloadedFile | SlackFileFailure> {
  const maxBytes = options.maxBytes ?? DEFAULT_FETCH_OPTIONS.maxBytes;
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_OPTIONS.timeoutMs;
  let file: SlackFile | undefined = shared;
  try {
    if (!file.url_private_download || !file.name) file = await options.lookUp(shared.id);
  } catch {
    file = undefined;
  }
  const name = file?.name ?? shared.name ?? shared.id;
  const url = file?.url_private_download;
  if (!file || !url) return { ok: false, code: 'slack_refused', name };
  if (!isReadableFileName(name)) return { ok: false, code: 'unsupported_file', name };
  if (!isSlackFileUrl(url, options.apiUrl)) return { ok: false, code: 'not_slack_file', name };
  if ((file.size ?? 0) > maxBytes) return { ok: false, code: 'too_large', url: name, maxBytes };

  const signal = AbortSignal.timeout(timeoutMs);
  try {
    let response: Response | undefined;
    let next = url;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
      const withToken = isSlackFileUrl(next, options.apiUrl);
      if (!withToken && !isSlackCdnUrl(next, options.cdnOrigins)) return { ok: false, code: 'slack_refused', name };
      response = await (options.fetch ?? fetch)(next, { ...(withToken && { headers: { authorization: `Bearer ${options.botToken}` } }), redirect: 'manual', signal });
      if (response.status < 300 || response.status >= 400) break;
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (location === null || hop === MAX_REDIRECTS) return { ok: false, code: 'slack_refused', name };
      next = new URL(location, next).href;
      response = undefined;
    }
    if (!response) return { ok: false, code: 'slack_refused', name };
    if (!response.ok) {
      await response.body?.cancel();
      return { ok: false, code: 'http_status', url: name, status: response.status };
    }
    const mediaType = (response.headers.get('content-type') ?? '')
      .replace(/;[\s\S]*$/u, '')
      .trim()
      .toLowerCase();
    // A sign-in page where a .txt or .md should be: the token was not good for this file.
    if (mediaType === 'text/html' && !/\.html?$/i.test(name)) {
      await response.body?.cancel();
      return { ok: false, code: 'slack_refused', name };
    }
    const body = await readCapped(response, maxBytes);
    if (body === 'too_large') return { ok: false, code: 'too_large', url: name, maxBytes };
    if (body.includes(0)) return { ok: false, code: 'binary', url: name };
    return { ok: true, name, content: new TextDecoder('utf-8').decode(body) };
  } catch (error) {
    if (signal.aborted) return { ok: false, code: 'timeout', url: name, seconds: timeoutMs / 1000 };
    // The message only: an error's cause may hold the request, and the request holds the token.
    return { ok: false, code: 'network', url: name, detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | 'too_large'> {
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    await response.body?.cancel();
    return 'too_large';
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (;;) {
    const { done, value } = (await reader?.read()) ?? { done: true, value: undefined };
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader?.cancel();
      return 'too_large';
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** What to tell the person who shared the file; /add's own wording for its failures. */
export function describeSlackFileFailure(failure: SlackFileFailure): string {
  if (failure.code === 'slack_refused')
    return `Slack did not let me read ${failure.name}. The app may need the files:read scope: ask whoever runs the bot to update the app from slack/manifest.yml and reinstall it. Nothing was stored.`;
  if (failure.code === 'not_slack_file') return `${failure.name} is kept outside Slack, so I cannot read it. Upload the file itself, or paste its text after add. Nothing was stored.`;
  return describeAddFailure(failure);
}
