import { randomBytes } from 'node:crypto';
import { refusal } from '../answer/build.ts';
import type { Answer } from '../model/answer.ts';
import type { ArticleStore } from '../library/article-store.ts';
import type { Library } from '../library/library.ts';
import { createCommandQueue, QueueFullError } from './command-queue.ts';
import type { Logger } from './logger.ts';
import type { Metrics } from './metrics.ts';
import type { RateLimiter } from './rate-limiter.ts';
import type { TimeBudget } from '../../commands/define.ts';
import { startBudget, UNLIMITED_BUDGET } from './time-budget.ts';

/** Who asks for which command, from where: what the rate limit and the logs need. */
export interface GateRequest {
  platform: 'console' | 'slack' | 'discord';
  userId: string;
  /** The channel it came from (with its server, where the platform has servers), for the per-channel limit. */
  channelId?: string;
  /** The command's name, without its slash, for logs and apologies. */
  command: string;
}

/** What a command runs with once admitted: the library as it was when it started, and its budget. */
export interface Admitted {
  /** Pinned for the whole command: a reload swaps the store's library, never this one. */
  library: Library;
  /** Where /add and /remove change the articles, when the bot has a writable folder. */
  articles?: ArticleStore;
  budget: TimeBudget;
  requestId: string;
}

/**
 * The one door every command passes, whatever the platform: it refuses politely while loading,
 * when rate limited, when full or shutting down; runs admitted commands in arrival order with
 * bounded concurrency under a time budget; and turns a command's exception into an apology with
 * an error id that is also in the log beside the stack.
 */
export interface CommandGate {
  answer(request: GateRequest, work: (admitted: Admitted) => Answer | Promise<Answer>): Promise<Answer>;
  /** The library commands would get now; undefined while it is still being built. */
  library(): Library | undefined;
  /** True until `close` is called. */
  readonly open: boolean;
  /** Refuse new commands, then wait for those admitted to finish, at most `graceMs`; true when all did. */
  close(graceMs: number): Promise<boolean>;
}

export interface GateOptions {
  /** The current library, or undefined while loading. */
  library: () => Library | undefined;
  /** The article store commands may change, once it is open. */
  articles?: () => ArticleStore | undefined;
  /** While loading: about how many seconds until the library is ready. */
  secondsUntilReady?: () => number;
  limiter?: RateLimiter;
  /** Commands that run at once (asynchronous ones such as /add overlap; the rest take turns). */
  concurrency: number;
  /** Commands that may wait for a slot before newcomers are asked to come back later. */
  maxWaiting: number;
  /** Each command's budget in milliseconds. */
  budgetMs: number;
  logger: Logger;
  metrics?: Metrics;
  /** A fresh request id; random by default, fixed in tests. */
  newRequestId?: () => string;
}

/**
 * How long past its budget an asynchronous command is waited for: it may be about to answer with
 * what it has, which beats the gate's empty "ran out of time".
 */
const GRACE_MS = 1000;

/** Eight hex digits: short enough to read out to a helpdesk, unique enough within a day's logs. */
const randomRequestId = (): string => randomBytes(4).toString('hex');

/** The gate described at CommandGate. */
export function createCommandGate(options: GateOptions): CommandGate {
  const { logger, metrics, limiter, budgetMs } = options;
  const newRequestId = options.newRequestId ?? randomRequestId;
  const queue = createCommandQueue(options.concurrency, options.maxWaiting);
  let open = true;
  metrics?.gauge('crosscheck_commands_in_flight', () => queue.active);
  metrics?.gauge('crosscheck_commands_waiting', () => queue.waiting);

  const finish = (outcome: string, answer: Answer): Answer => {
    metrics?.count('crosscheck_commands_total', outcome);
    return answer;
  };

  const runAdmitted = async (request: GateRequest, work: (admitted: Admitted) => Answer | Promise<Answer>, requestId: string, log: Logger, admittedWith: Library): Promise<Answer> => {
    // Read again when the command starts, not when it arrived: a reload while it waited is already in.
    const library = options.library() ?? admittedWith;
    const budget = startBudget(budgetMs);
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const outOfTime = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(resolve, budgetMs + GRACE_MS, 'timeout');
    });
    try {
      const result = await Promise.race([
        Promise.resolve().then(() => {
          const articles = options.articles?.();
          return work({ library, budget, requestId, ...(articles && { articles }) });
        }),
        outOfTime,
      ]);
      const ms = Math.round(performance.now() - started);
      if (result === 'timeout') {
        log.warn({ ms }, `crosscheck: /${request.command} ran out of its ${budgetMs} ms budget`);
        return finish('timed_out', refusal(request.command, 'timed_out', { command: request.command, seconds: Math.round(budgetMs / 1000) }));
      }
      log.info({ ms, status: result.status }, `crosscheck: answered /${request.command}`);
      return finish(result.status, result);
    } catch (error) {
      log.error({ err: error, errorId: requestId }, `crosscheck: /${request.command} failed (error id ${requestId})`);
      return finish('failed', refusal(request.command, 'command_failed', { command: request.command, id: requestId }));
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    get open() {
      return open;
    },
    library: options.library,
    async answer(request, work) {
      const requestId = newRequestId();
      const log = logger.child({ requestId, platform: request.platform, user: request.userId, ...(request.channelId !== undefined && { channel: request.channelId }), command: request.command });
      if (!open) return finish('shutting_down', refusal(request.command, 'shutting_down'));
      const library = options.library();
      if (!library) {
        log.info('crosscheck: still loading; asked to come back');
        return finish('loading', refusal(request.command, 'still_loading', { seconds: Math.max(1, Math.ceil(options.secondsUntilReady?.() ?? 5)) }));
      }
      // The person at the console owns the machine (and pipes scripts through it): no rate limit there.
      const decision = (request.platform !== 'console' && limiter?.take(request.userId, request.channelId)) || { ok: true };
      if (!decision.ok) {
        metrics?.count('crosscheck_rate_limited_total', decision.scope);
        log.info({ bucket: decision.scope }, 'crosscheck: rate limited');
        return finish('rate_limited', refusal(request.command, 'rate_limited', { scope: decision.scope, seconds: decision.retryAfterSeconds }));
      }
      try {
        return await queue.run(() => runAdmitted(request, work, requestId, log, library));
      } catch (error) {
        if (!(error instanceof QueueFullError)) throw error;
        log.warn('crosscheck: the wait list is full; asked to come back');
        return finish('queue_full', refusal(request.command, 'queue_full'));
      }
    },
    async close(graceMs) {
      open = false;
      let timer: NodeJS.Timeout | undefined;
      const drained = await Promise.race([queue.idle().then(() => true), new Promise<boolean>((resolve) => (timer = setTimeout(resolve, graceMs, false)))]);
      clearTimeout(timer);
      return drained;
    },
  };
}

/**
 * A gate that admits everything at once with the store's library as it is now, and no budget,
 * limits or catching: what an adapter uses when it is started without one (its own tests, scripts).
 */
export function passThroughGate(store: ArticleStore): CommandGate {
  let open = true;
  return {
    get open() {
      return open;
    },
    library: () => store.library,
    answer: async (_request, work) => work({ library: store.library, articles: store, budget: UNLIMITED_BUDGET, requestId: randomRequestId() }),
    close: async () => {
      open = false;
      return true;
    },
  };
}

/** An adapter's gate: the one it was given, or a pass-through over its store; a bug when it has neither. */
export function gateOf(options: { gate?: CommandGate; store?: ArticleStore }): CommandGate {
  if (options.gate) return options.gate;
  if (options.store) return passThroughGate(options.store);
  throw new Error('crosscheck: an adapter needs an article store or a command gate');
}
