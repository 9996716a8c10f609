/**
 * A command's time budget. JavaScript cannot stop a synchronous command from outside, so long
 * commands check `expired()` between their stages and answer with what they have; the command
 * gate also stops waiting for an asynchronous one when the budget (and a short grace) runs out.
 */
export interface TimeBudget {
  /** The budget in milliseconds. */
  readonly ms: number;
  /** True once the budget is spent. */
  expired(): boolean;
}

/** A budget of `ms` milliseconds from now; `now` is the clock (tests pass their own). */
export function startBudget(ms: number, now: () => number = performance.now.bind(performance)): TimeBudget {
  const deadline = now() + ms;
  return { ms, expired: () => now() >= deadline };
}

/** A budget that never runs out: for callers (tests, one-shot scripts) that want the whole answer. */
export const UNLIMITED_BUDGET: TimeBudget = { ms: Number.POSITIVE_INFINITY, expired: () => false };
