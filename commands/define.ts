import type { z } from 'zod';
import type { ArticleStore } from '../src/library/article-store.ts';
import type { Answer } from '../src/model/answer.ts';
import type { PageFetcher } from '../src/ingest/fetch-page.ts';
import type { Library } from '../src/library/library.ts';
import { editsBetween } from '../src/search/near-spellings.ts';

/**
 * A command's time budget. JavaScript cannot stop a synchronous command from outside, so long
 * commands check `expired()` between their stages and answer with what they have; the command
 * gate (`src/runtime/`) also stops waiting for an asynchronous one when the budget (and a short
 * grace) runs out. It is part of what a command is given, so it is defined here, with the rest.
 */
export interface TimeBudget {
  /** The budget in milliseconds. */
  readonly ms: number;
  /** True once the budget is spent. */
  expired(): boolean;
}

/** Who is asking, as far as the platform tells us. Commands that change things check it. */
export interface Caller {
  platform: 'console' | 'slack' | 'discord';
  userId: string;
  /** True when configuration lets this caller add and remove articles. */
  isAdmin: boolean;
  /** True where admins may be named by role as well as by user, so a refusal names both. */
  adminByRole?: boolean;
}

/** What a command runs with: passed in, never global. */
export interface CommandContext {
  library: Library;
  caller: Caller;
  /** Where /add and /remove change the articles; without it they answer that this bot's articles are fixed. */
  articles?: ArticleStore;
  /** How /add fetches links; without it, a fetcher with the default caps and no private addresses. */
  fetchPage?: PageFetcher;
  /** Slow commands stop when it runs out and answer with what they have; without it, no limit. */
  budget?: TimeBudget;
}

/**
 * One slash command. `args` is a zod object whose fields become a platform's command options and
 * whose `.describe()` texts are their descriptions; `fromText` maps what follows the command name
 * on a text line (the console, a chat message) onto those fields.
 */
export interface CommandDefinition<Args extends z.ZodObject = z.ZodObject> {
  name: string;
  /**
   * Other names the command answers to everywhere, for a platform that registers it under another
   * name because its own is taken (`whois` for `who`): a user who read that platform's docs can
   * type the same name in any of them. Help and answers use `name`.
   */
  aliases?: readonly string[];
  summary: string;
  /** `/sources <claim>` */
  usage: string;
  /** A full command line that works on the seed articles. */
  example: string;
  args: Args;
  /** The longest command line this command takes, when it is longer than MAX_LINE_CHARS (pasted articles). */
  maxLineChars?: number;
  /**
   * False for a command whose answer does not depend on the articles (`/help`): a one-shot `npm run ask` answers it before
   * it reads them, which on a large folder with no snapshot yet is the difference between at once and half a minute.
   */
  readsArticles?: false;
  fromText(text: string): z.input<Args>;
  run(args: z.output<Args>, context: CommandContext): Answer | Promise<Answer>;
}

/** True when `name` (without its slash) is the command's name or one of its aliases. */
export function answersTo(command: CommandDefinition, name: string): boolean {
  return command.name === name || (command.aliases?.includes(name) ?? false);
}

/** How many typing slips (a swap of two letters counts as one) a misspelt command name may hold and still be recognised. */
const COMMAND_SLIPS = 2;

/**
 * What the `unknown_command` answer names for `name`: the commands there are and, when one is a slip or two away
 * (`/soruces`, `/qoute`), that one, so a user is told what they meant rather than only what exists.
 */
export function unknownCommandParams(commands: readonly CommandDefinition[], name: string): { name: string; known: string; suggestion?: string } {
  const typed = name.slice(0, 40);
  const known = commands.map((command) => `/${command.name}`).join(', ');
  let nearest: { name: string; slips: number } | undefined;
  for (const command of commands)
    for (const candidate of [command.name, ...(command.aliases ?? [])]) {
      const slips = editsBetween(typed, candidate, COMMAND_SLIPS);
      if (slips <= COMMAND_SLIPS && (nearest === undefined || slips < nearest.slips)) nearest = { name: command.name, slips };
    }
  return { name: typed, known, ...(nearest && { suggestion: `/${nearest.name}` }) };
}

/** Identity function that keeps each command's argument types tied to its schema. */
export function defineCommand<Args extends z.ZodObject>(definition: CommandDefinition<Args>): CommandDefinition<Args> {
  return definition;
}
