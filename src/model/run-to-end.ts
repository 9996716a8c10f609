import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * What a generator of slices returns, run to its end at once. Work that a bot does while it answers
 * (a hand-over's restore, a read-ahead) is written as a generator yielding between slices, so the
 * caller that can wait takes turns of the event loop between them and a caller that cannot (a start,
 * a test) runs it through here: one code path, the same result.
 */
export function runToEnd<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** What a generator of slices returns, run with a turn of the event loop after each slice: the caller that can wait. */
export async function runInTurns<T>(steps: Generator<unknown, T>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await nextTurn();
  }
}
