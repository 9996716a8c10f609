/** How many commands a bucket holds and how fast it refills; `perMinute` 0 turns the bucket off. */
export interface BucketSettings {
  /** Commands that may come at once, after a quiet spell. */
  burst: number;
  /** Commands a minute, sustained. */
  perMinute: number;
}

export interface RateLimitSettings {
  user: BucketSettings;
  channel: BucketSettings;
}

/** Whether a command may run now; when not, which bucket is empty and when it will hold a token. */
export type RateDecision = { ok: true } | { ok: false; scope: 'user' | 'channel'; retryAfterSeconds: number };

export interface RateLimiter {
  /** Take one token from the caller's bucket and the channel's, or neither when either is empty. */
  take(userId: string, channelId?: string): RateDecision;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Past this many buckets, full ones are forgotten: a full bucket is the same as a new one. */
const PRUNE_AFTER = 10_000;

/**
 * Token buckets per user and per channel (a class of thirty must not be throttled by one
 * student's flood, nor a channel by one busy user alone). `now` is in milliseconds.
 */
export function createRateLimiter(settings: RateLimitSettings, now: () => number = Date.now): RateLimiter {
  const buckets = { user: new Map<string, Bucket>(), channel: new Map<string, Bucket>() };

  const refilled = (scope: 'user' | 'channel', key: string, at: number): Bucket => {
    const { burst, perMinute } = settings[scope];
    const map = buckets[scope];
    const bucket = map.get(key) ?? { tokens: burst, at };
    bucket.tokens = Math.min(burst, bucket.tokens + ((at - bucket.at) * perMinute) / 60_000);
    bucket.at = at;
    if (!map.has(key)) {
      if (map.size >= PRUNE_AFTER) for (const [old, held] of map) if (held.tokens + ((at - held.at) * perMinute) / 60_000 >= burst) map.delete(old);
      map.set(key, bucket);
    }
    return bucket;
  };
  const waitFor = (scope: 'user' | 'channel', bucket: Bucket): number => Math.max(1, Math.ceil(((1 - bucket.tokens) * 60) / settings[scope].perMinute));

  return {
    take(userId, channelId) {
      const at = now();
      const checks: Array<['user' | 'channel', string]> = [['user', userId]];
      if (channelId !== undefined) checks.push(['channel', channelId]);
      const live = checks.filter(([scope]) => settings[scope].perMinute > 0).map(([scope, key]) => ({ scope, bucket: refilled(scope, key, at) }));
      const empty = live.find(({ bucket }) => bucket.tokens < 1);
      if (empty) return { ok: false, scope: empty.scope, retryAfterSeconds: waitFor(empty.scope, empty.bucket) };
      for (const { bucket } of live) bucket.tokens -= 1;
      return { ok: true };
    },
  };
}
