import type { CommandGate } from './command-gate.ts';
import type { Logger } from './logger.ts';

export interface ShutdownOptions {
  gate: CommandGate;
  /** How long commands in flight are waited for, and each connection given to close. */
  graceMs: number;
  logger: Logger;
  /** Ends the process; `process.exit` outside tests. */
  exit: (code: number) => void;
}

/** A graceful stop: registered closers run after the commands in flight finish. */
export interface Shutdown {
  /** Close this (a platform connection, the folder watcher, a server) when stopping; last added, first closed. */
  onClose(name: string, close: () => Promise<unknown> | unknown): void;
  /** Stop: refuse new commands, finish those in flight (bounded), close everything, exit 0. */
  stop(reason: string): Promise<void>;
  readonly stopping: boolean;
}

/** `work`, or false once `ms` have passed without it settling; never rejects. */
async function within(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const done = work.then(
    () => true,
    () => false,
  );
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(resolve, ms, false)));
  try {
    return await Promise.race([done, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The stop sequence (see Shutdown). A second call while stopping changes nothing: a SIGINT after
 * a SIGTERM must not cut the in-flight commands short, and a stuck closer cannot hang it past
 * its grace.
 */
export function createShutdown(options: ShutdownOptions): Shutdown {
  const { gate, graceMs, logger, exit } = options;
  const closers: Array<{ name: string; close: () => Promise<unknown> | unknown }> = [];
  let stopping: Promise<void> | undefined;
  return {
    get stopping() {
      return stopping !== undefined;
    },
    onClose(name, close) {
      closers.unshift({ name, close });
    },
    stop(reason) {
      stopping ??= (async () => {
        logger.info(`crosscheck: ${reason}: no new commands; finishing those in flight (up to ${graceMs} ms)`);
        const drained = await gate.close(graceMs);
        if (!drained) logger.warn('crosscheck: some commands were still running at the end of the grace period');
        for (const { name, close } of closers) {
          if (!(await within(Promise.resolve().then(close), graceMs))) logger.warn(`crosscheck: ${name} did not close cleanly`);
        }
        logger.info('crosscheck: stopped');
        exit(0);
      })();
      return stopping;
    },
  };
}

/** Stop gracefully on SIGTERM (service managers, containers) and SIGINT (Ctrl-C). */
export function stopOnSignals(shutdown: Shutdown, signals: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGINT']): void {
  for (const signal of signals) process.on(signal, () => void shutdown.stop(`${signal} received`));
}
