import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/runtime/rate-limiter.ts';

describe('createRateLimiter', () => {
  const settings = { user: { burst: 3, perMinute: 6 }, channel: { burst: 5, perMinute: 60 } };

  it('GIVEN a user past their burst THEN they are refused with the seconds until their next token, and others are not', () => {
    let now = 0;
    const limiter = createRateLimiter(settings, () => now);
    expect([1, 2, 3].map(() => limiter.take('U1', 'C1').ok)).toEqual([true, true, true]);
    expect(limiter.take('U1', 'C1')).toEqual({ ok: false, scope: 'user', retryAfterSeconds: 10 });
    expect(limiter.take('U2', 'C1').ok).toBe(true);
    now += 10_000;
    expect(limiter.take('U1', 'C1').ok).toBe(true);
    expect(limiter.take('U1', 'C1').ok).toBe(false);
  });

  it('GIVEN many users in one channel THEN the channel bucket stops them, and a refusal costs no token', () => {
    const limiter = createRateLimiter(settings, () => 0);
    const results = Array.from({ length: 7 }, (_, i) => limiter.take(`U${i}`, 'C1'));
    expect(results.filter((result) => result.ok)).toHaveLength(5);
    expect(results[5]).toEqual({ ok: false, scope: 'channel', retryAfterSeconds: 1 });
    // A user refused by the channel kept their own tokens: they may still ask elsewhere.
    expect([1, 2, 3].map(() => limiter.take('U6', 'C2').ok)).toEqual([true, true, true]);
  });

  it('GIVEN a per-minute rate of 0 THEN that bucket is off', () => {
    const limiter = createRateLimiter({ user: { burst: 1, perMinute: 0 }, channel: { burst: 1, perMinute: 0 } }, () => 0);
    expect(Array.from({ length: 50 }, () => limiter.take('U1', 'C1').ok).every(Boolean)).toBe(true);
  });
});
