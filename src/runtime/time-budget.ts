import type { TimeBudget } from '../../commands/define.ts';

/** A budget of `ms` milliseconds from now; `now` is the clock (tests pass their own). */
export function startBudget(ms: number, now: () => number = performance.now.bind(performance)): TimeBudget {
  const deadline = now() + ms;
  return { ms, expired: () => now() >= deadline };
}

/** A budget that never runs out: for callers (tests, one-shot scripts) that want the whole answer. */
export const UNLIMITED_BUDGET: TimeBudget = { ms: Number.POSITIVE_INFINITY, expired: () => false };
