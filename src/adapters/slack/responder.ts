/** Slack accepts at most five messages through one `response_url` (within 30 minutes). */
export const RESPONSE_URL_MAX_USES = 5;

export interface ResponderOptions {
  fetch?: typeof fetch;
  /** How many times a 429, a 5xx or a network failure is retried before giving up. */
  maxRetries?: number;
  /** The first wait after a 5xx or network failure that gives no Retry-After; doubled each time. */
  backoffMs?: number;
  /** A Retry-After longer than this (seconds) is not waited for: the user has moved on. */
  maxWaitSeconds?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** What a response_url post came to: sent, or why not. */
export type ResponderResult = { ok: true } | { ok: false; reason: 'used_up' | 'rate_limited' | 'server_error' | 'network_error' | 'http_error'; status?: number };

/** Posts to one `response_url`, counting its uses and waiting out 429s as Retry-After asks. */
export interface Responder {
  send(message: object): Promise<ResponderResult>;
  /** How many posts were made (retries of one message count once). */
  readonly uses: number;
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A responder for one `response_url`. Bolt's own `respond()` throws on a 429 and does not count
 * uses, so the adapter posts through this instead: at most {@link RESPONSE_URL_MAX_USES} messages,
 * each retried after the delay a 429's Retry-After gives (1 s when it gives none), and after a
 * 5xx or a network failure with a doubling backoff (or the Retry-After the 5xx gives).
 */
export function createResponder(responseUrl: string, options: ResponderOptions = {}): Responder {
  const { fetch: fetchFn = fetch, maxRetries = 3, maxWaitSeconds = 30, backoffMs = 500, sleep = wait } = options;
  let uses = 0;
  return {
    get uses() {
      return uses;
    },
    async send(message) {
      if (uses >= RESPONSE_URL_MAX_USES) return { ok: false, reason: 'used_up' };
      uses += 1;
      for (let attempt = 0; ; attempt += 1) {
        let response: Response;
        try {
          response = await fetchFn(responseUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message) });
        } catch {
          if (attempt >= maxRetries) return { ok: false, reason: 'network_error' };
          await sleep(backoffMs * 2 ** attempt);
          continue;
        }
        await response.body?.cancel();
        if (response.ok) return { ok: true };
        const serverError = response.status >= 500;
        if (response.status !== 429 && !serverError) return { ok: false, reason: 'http_error', status: response.status };
        const failed = { ok: false, reason: serverError ? 'server_error' : 'rate_limited', status: response.status } as const;
        const asked = response.headers.get('retry-after');
        const seconds = asked === null ? (serverError ? (backoffMs * 2 ** attempt) / 1000 : 1) : Number(asked);
        if (attempt >= maxRetries || !Number.isFinite(seconds) || seconds < 0 || seconds > maxWaitSeconds) return failed;
        await sleep(seconds * 1000);
      }
    },
  };
}
