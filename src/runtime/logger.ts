import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

/** `json`: one JSON object a line, for log collectors; `text`: one readable line, for a terminal. */
export type LogFormat = 'json' | 'text';

export interface LoggerOptions {
  level: string;
  format: LogFormat;
  /** Where lines go; standard error by default, so the console's answers on standard output stay clean. */
  write?: (line: string) => void;
}

/**
 * Token shapes that must never reach a log, whatever code logged them: Slack bot, user, app and
 * refresh tokens, and Discord bot tokens (base64 user id, timestamp and HMAC, dot-separated).
 */
const SECRET_SHAPES = [/xox[abposre]-[A-Za-z0-9-]+/g, /xapp-[A-Za-z0-9-]+/g, /[A-Za-z\d_-]{23,28}\.[A-Za-z\d_-]{6,7}\.[A-Za-z\d_-]{27,40}/g];

/** `text` with every token-shaped run replaced by `[redacted]`. */
export function scrubSecrets(text: string): string {
  return SECRET_SHAPES.reduce((scrubbed, shape) => scrubbed.replace(shape, '[redacted]'), text);
}

/**
 * Fields that hold secrets or whole request bodies (which carry response URLs, user text and,
 * in Slack's case, tokens), removed by name before a line is written. The token shapes above
 * catch what slips through inside a message or an error.
 */
const REDACTED_FIELDS = ['token', 'botToken', 'appToken', 'signingSecret', 'body', 'rawBody', 'headers.authorization', 'headers.cookie'].flatMap((field) => [field, `*.${field}`]);

/** Keys of a JSON line that the text format leaves out: a terminal reader does not need them. */
const QUIET_KEYS = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'err']);

/** A JSON log line as one readable line: the message, its other fields, then a stack when there is one. */
function toText(line: string): string {
  const entry = JSON.parse(line) as Record<string, unknown> & { msg?: string; err?: { stack?: string } };
  const fields = Object.entries(entry)
    .filter(([key]) => !QUIET_KEYS.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  const stack = entry.err?.stack ? `\n${entry.err.stack}` : '';
  return `${entry.msg ?? ''}${fields.length > 0 ? ` (${fields.join(' ')})` : ''}${stack}\n`;
}

/**
 * The process's logger (pino). Every line passes through `scrubSecrets` on its way out, and
 * secret-bearing fields are redacted by name, so neither a careless message nor an error that
 * quotes a request can leak a token.
 */
export function createLogger(options: LoggerOptions): Logger {
  const write = options.write ?? ((line: string) => void process.stderr.write(line));
  const destination: DestinationStream = {
    write: (line: string) => write(scrubSecrets(options.format === 'text' ? toText(line) : line)),
  };
  return pino({ level: options.level, base: undefined, redact: { paths: REDACTED_FIELDS, censor: '[redacted]' } }, destination);
}
