import { createLogger, type Logger } from '../../src/runtime/logger.ts';

/** A JSON logger whose lines are kept in `lines`, for tests that read what was logged. */
export function recordingLogger(level = 'debug'): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  return { logger: createLogger({ level, format: 'json', write: (line) => void lines.push(line) }), lines };
}

/** Poll `check` until it returns true, failing after `ms`: for effects that happen "within about a second". */
export async function eventually(check: () => boolean | Promise<boolean>, ms = 5000, what = 'the condition'): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
