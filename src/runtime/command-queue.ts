/** Thrown by `CommandQueue.run` when the wait list is full; the gate turns it into a polite answer. */
export class QueueFullError extends Error {
  constructor(readonly limit: number) {
    super(`crosscheck: ${limit} commands are already waiting`);
    this.name = 'QueueFullError';
  }
}

/** Runs tasks at most `concurrency` at a time, the rest waiting in arrival order. */
export interface CommandQueue {
  /** Run `task` when a slot is free; tasks start in the order `run` was called. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks running now. */
  readonly active: number;
  /** Tasks waiting for a slot. */
  readonly waiting: number;
  /** Resolves when nothing runs or waits. */
  idle(): Promise<void>;
}

/**
 * A first-in, first-out queue with bounded concurrency. A burst is answered in order and none is
 * dropped while the wait list has room (`maxWaiting`); past that, `run` rejects with QueueFullError.
 */
export function createCommandQueue(concurrency: number, maxWaiting = Number.POSITIVE_INFINITY): CommandQueue {
  let active = 0;
  const waiting: Array<() => void> = [];
  let idleWaiters: Array<() => void> = [];

  // A finished task hands its slot straight to the next in line, so a newcomer cannot slip in
  // between the release and the waiter's wake-up and break arrival order.
  const release = (): void => {
    const next = waiting.shift();
    if (next) return next();
    active -= 1;
    if (active === 0) {
      for (const resolve of idleWaiters) resolve();
      idleWaiters = [];
    }
  };

  return {
    get active() {
      return active;
    },
    get waiting() {
      return waiting.length;
    },
    async run(task) {
      if (active >= concurrency) {
        if (waiting.length >= maxWaiting) throw new QueueFullError(maxWaiting);
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else active += 1;
      try {
        // Commands are CPU work on the one thread that also acknowledges Slack and Discord: give
        // waiting network events (a newcomer's acknowledgement, due within 3 s) a turn first.
        await new Promise<void>((resolve) => setImmediate(resolve));
        return await task();
      } finally {
        release();
      }
    },
    idle() {
      if (active === 0 && waiting.length === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
  };
}
