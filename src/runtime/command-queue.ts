import PQueue from 'p-queue';
import { setImmediate as nextTurn } from 'node:timers/promises';

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
 * A first-in, first-out queue with bounded concurrency (p-queue). A burst is answered in order and
 * none is dropped while the wait list has room (`maxWaiting`); past that, `run` rejects with
 * QueueFullError, which p-queue has no notion of.
 */
export function createCommandQueue(concurrency: number, maxWaiting = Number.POSITIVE_INFINITY): CommandQueue {
  const queue = new PQueue({ concurrency });
  return {
    get active() {
      return queue.pending;
    },
    get waiting() {
      return queue.size;
    },
    async run(task) {
      if (queue.pending >= concurrency && queue.size >= maxWaiting) throw new QueueFullError(maxWaiting);
      return queue.add(async () => {
        // Commands are CPU work on the one thread that also acknowledges the platforms' requests:
        // give waiting network events (a newcomer's acknowledgement, due within 3 s) a turn first.
        await nextTurn();
        return task();
      });
    },
    idle: () => queue.onIdle(),
  };
}
