/**
 * Turning what Slack sends into command lines. Pure functions: no Bolt, so they are tested alone.
 */

/**
 * The look-alikes `escapeSlack` shows instead of Slack's markup characters (`∗` for `*`, `ˍ` for
 * an `_` that could format, `∼` for `~`, `ˋ` for a backtick), read back as the characters they
 * stand for, so a quote copied from an answer and pasted into a command still matches.
 */
const LOOKALIKE_ORIGINALS: Readonly<Record<string, string>> = { '\u2217': '*', '\u02CD': '_', '\u223C': '~', '\u02CB': '`' };

/**
 * Text as the user typed it. Slack sends `&`, `<`, `>` as entities and links, channels and users
 * as `<…|label>`. A web link becomes its address, whatever its label, since `/add` needs the
 * address; a channel or user becomes its label; entities become their characters, and the
 * look-alikes of our own answers become what they stand for.
 */
export function decodeSlackText(text: string): string {
  return text
    .replace(/[\u2217\u02CD\u223C\u02CB]/gu, (char) => LOOKALIKE_ORIGINALS[char] ?? char)
    .replace(/<(https?:\/\/[^<>|\s]*)\|[^<>]*>/gi, '$1')
    .replace(/<([^<>|]*)\|([^<>]*)>/g, '$2')
    .replace(/<([^<>]*)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** A command line and whether its answer goes to everyone in the channel. */
export interface Request {
  line: string;
  isPublic: boolean;
}

/**
 * Read a trailing `public` or `private` as where to answer (`/sources 5000 troops public`),
 * falling back to the workspace's default; the word is not part of the query.
 */
export function splitVisibility(line: string, publicByDefault: boolean): Request {
  const match = /^([\s\S]*?)\s+(public|private)\s*$/iu.exec(line.trim());
  if (!match) return { line: line.trim(), isPublic: publicByDefault };
  const [, words = '', where = ''] = match;
  return { line: words.trim(), isPublic: where.toLowerCase() === 'public' };
}

/** A slash command's text as a command line: `/who` with `Goremykin` is `who Goremykin`. */
export function slashCommandLine(command: string, text: string): string {
  return `${command.replace(/^\//, '')} ${decodeSlackText(text)}`.trim();
}

/**
 * The umbrella command `/crosscheck <command> <args>`, a mention (`@crosscheck who X`) or a direct
 * message as a command line; nothing typed means help.
 */
export function freeTextLine(text: string): string {
  const withoutMentions = text.replace(/^(?:\s*<@[A-Z0-9]+(?:\|[^>]*)?>)+/u, '');
  const line = decodeSlackText(withoutMentions).trim();
  return line === '' ? 'help' : line;
}

/** Slack user ids as Slack writes them (`U…`, `W…`); anything else is not put in a message. */
export function isUserId(id: string): boolean {
  return /^[UW][A-Z0-9]{2,20}$/u.test(id);
}
