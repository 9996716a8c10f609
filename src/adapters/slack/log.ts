import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../runtime/logger.ts';

/** Bolt's messages are arrays of anything; a log line wants one string. */
const joined = (parts: unknown[]): string => parts.map((part) => (part instanceof Error ? (part.stack ?? part.message) : typeof part === 'string' ? part : JSON.stringify(part))).join(' ');

/**
 * Bolt's logger interface over the process's pino logger, so Bolt's own lines are structured and
 * pass the same secret scrubbing as ours. Its level follows the pino logger's.
 */
export function boltLoggerFrom(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'bolt' });
  const levels: Record<string, LogLevel> = { trace: LogLevel.DEBUG, debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN };
  return {
    debug: (...parts) => child.debug(joined(parts)),
    info: (...parts) => child.info(joined(parts)),
    warn: (...parts) => child.warn(joined(parts)),
    error: (...parts) => child.error(joined(parts)),
    // Bolt sets its default level on the logger it is given; the process's LOG_LEVEL wins instead.
    setLevel: () => undefined,
    getLevel: () => levels[logger.level] ?? LogLevel.ERROR,
    setName: (name) => child.setBindings({ component: name }),
  };
}
