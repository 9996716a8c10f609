import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/build.ts';
import { Answer, type Answer as AnswerValue } from '../../src/model/answer.ts';
import { answerLine } from '../../src/runtime/dispatch.ts';
import type { Library } from '../../src/library/library.ts';
import { createCommandGate, type GateOptions } from '../../src/runtime/command-gate.ts';
import { createCommandQueue } from '../../src/runtime/command-queue.ts';
import { createMetrics } from '../../src/runtime/metrics.ts';
import { createRateLimiter } from '../../src/runtime/rate-limiter.ts';
import { startBudget } from '../../src/runtime/time-budget.ts';
import { recordingLogger } from '../support/log-lines.ts';
import { readOnlyContext, seedLibrary } from '../support/seeds.ts';
import { must } from '../support/must.ts';

const request = { platform: 'slack', userId: 'U1', channelId: 'C1', command: 'sources' } as const;
const ok = (query: string): AnswerValue => answer('sources', query, { title: query });

function gateWith(library: Library | undefined, overrides: Partial<GateOptions> = {}) {
  const { logger, lines } = recordingLogger();
  const metrics = createMetrics();
  let ids = 0;
  const gate = createCommandGate({ library: () => library, concurrency: 2, maxWaiting: 1000, budgetMs: 5000, logger, metrics, newRequestId: () => `req${(ids += 1)}`, ...overrides });
  return { gate, lines, metrics };
}

describe('createCommandQueue', () => {
  it('GIVEN a burst of 200 tasks of uneven length THEN all run, at most 3 at once, started in arrival order', async () => {
    const queue = createCommandQueue(3);
    const started: number[] = [];
    let running = 0;
    let most = 0;
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        queue.run(async () => {
          started.push(i);
          running += 1;
          most = Math.max(most, running);
          await new Promise((resolve) => setTimeout(resolve, i % 7));
          running -= 1;
          return i;
        }),
      ),
    );
    expect(results).toEqual(Array.from({ length: 200 }, (_, i) => i));
    expect(started).toEqual(Array.from({ length: 200 }, (_, i) => i));
    expect(most).toBe(3);
  });
});

describe('the command gate', () => {
  it('GIVEN the library still loading THEN the answer says so with an estimate, and the command does not run', async () => {
    const { gate } = gateWith(undefined, { secondsUntilReady: () => 7.2 });
    let ran = false;
    const result = await gate.answer(request, () => ((ran = true), ok('x')));
    expect(ran).toBe(false);
    expect(Answer.safeParse(result).success).toBe(true);
    expect(result.error).toBe('The articles are still being loaded; ready in about 8 s. Please ask again then.');
  });

  it('GIVEN a burst of 200 commands THEN every one is answered, in arrival order, none dropped', async () => {
    const { gate, metrics } = gateWith(await seedLibrary(), { concurrency: 4 });
    const order: number[] = [];
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        gate.answer({ ...request, userId: `U${i}` }, async ({ library }) => {
          order.push(i);
          return answerLine(i % 2 === 0 ? '/sources 5000 troops' : '/who Goremykin', readOnlyContext(library));
        }),
      ),
    );
    expect(order).toEqual(Array.from({ length: 200 }, (_, i) => i));
    expect(answers.every((result) => result.ok)).toBe(true);
    expect(metrics.render()).toContain('crosscheck_commands_total{outcome="ok"} 200');
  });

  it('GIVEN a user flooding THEN they get a polite refusal while the rest of the channel is answered', async () => {
    const limiter = createRateLimiter({ user: { burst: 2, perMinute: 6 }, channel: { burst: 100, perMinute: 600 } }, () => 0);
    const { gate, metrics } = gateWith(await seedLibrary(), { limiter });
    const flood = await Promise.all(Array.from({ length: 5 }, () => gate.answer(request, () => ok('x'))));
    expect(flood.map((result) => result.ok)).toEqual([true, true, false, false, false]);
    expect(must(flood[2]).error).toBe('You are sending commands faster than the bot answers them; please wait 10 s and try again.');
    expect((await gate.answer({ ...request, userId: 'U2' }, () => ok('y'))).ok).toBe(true);
    expect(metrics.render()).toContain('crosscheck_rate_limited_total{bucket="user"} 3');
    // The console is never limited: a script may pipe hundreds of lines through it.
    const consoleAnswers = await Promise.all(Array.from({ length: 5 }, () => gate.answer({ ...request, platform: 'console' }, () => ok('z'))));
    expect(consoleAnswers.every((result) => result.ok)).toBe(true);
  });

  it('GIVEN a command that throws THEN that user gets an apology with an error id, the log has the stack under the same id, and others are answered', async () => {
    const { gate, lines } = gateWith(await seedLibrary());
    const failed = await gate.answer(request, () => {
      throw new Error('kaboom in the index');
    });
    expect(failed.ok).toBe(false);
    expect(failed.error).toBe('Sorry, something went wrong while answering /sources. Error id req1: quote it when you report this.');
    const logged = lines.map((line) => JSON.parse(line) as { errorId?: string; err?: { stack?: string } }).find((entry) => entry.errorId === 'req1');
    expect(logged?.err?.stack).toContain('kaboom in the index');
    expect((await gate.answer(request, () => ok('after'))).ok).toBe(true);
  });

  it('GIVEN an asynchronous command that outlives its budget THEN the user is told it ran out of time, never silence', async () => {
    const { gate } = gateWith(await seedLibrary(), { budgetMs: 50 });
    const result = await gate.answer(request, () => new Promise<AnswerValue>(() => undefined));
    expect(result.notes[0]?.code).toBe('timed_out');
    expect(result.error).toContain('ran out of time');
  });

  it('GIVEN a budget already spent THEN /sources answers with the citations it has and says the cross-check was left out', async () => {
    const library = await seedLibrary();
    const result = await answerLine('/sources 5000 troops', { ...readOnlyContext(library), budget: startBudget(0) });
    expect(result.ok).toBe(true);
    expect(result.results.length).toBeGreaterThan(0);
    expect(result.corroboration).toBeUndefined();
    expect(result.notes.map((note) => note.code)).toContain('time_budget');
    const listing = await answerLine('/source', { ...readOnlyContext(library), budget: startBudget(0) });
    expect(listing.notes.find((note) => note.code === 'time_budget')?.message).toContain('without the last 5 articles');
  });

  it('GIVEN the gate closing THEN commands in flight finish, new ones are refused, and close reports the drain', async () => {
    const { gate } = gateWith(await seedLibrary());
    let release: () => void = () => undefined;
    const slow = gate.answer(request, () => new Promise<AnswerValue>((resolve) => (release = () => resolve(ok('slow')))));
    await new Promise((resolve) => setTimeout(resolve, 10));
    const closing = gate.close(2000);
    expect((await gate.answer(request, () => ok('late'))).notes[0]?.code).toBe('shutting_down');
    release();
    expect((await slow).ok).toBe(true);
    expect(await closing).toBe(true);
  });
});
