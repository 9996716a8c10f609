import type { z } from 'zod';
import { type CommandContext, type CommandDefinition, unknownCommandParams } from '../../commands/define.ts';
import { COMMANDS, findCommand } from '../../commands/index.ts';
import { badInput, noteUnanalysed } from '../answer/build.ts';
import type { Answer } from '../model/answer.ts';
import { MAX_LINE_CHARS } from '../answer/limits.ts';

const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;

/** A command line split into the command's name and the text after it. */
export function splitCommandLine(line: string): { name: string; rest: string } {
  const trimmed = line.trim().replace(/^\//, '');
  const match = /^(\S+)\s*([\s\S]*)$/u.exec(trimmed);
  return { name: (match?.[1] ?? '').toLowerCase(), rest: match?.[2] ?? '' };
}

/** False when the line's command answers without the articles (`/help`; see `CommandDefinition.readsArticles`). */
export function readsArticles(line: string): boolean {
  return findCommand(splitCommandLine(line.slice(0, 100)).name)?.readsArticles !== false;
}

/**
 * Answer one command line (`/sources 5000 troops`, or `sources 5000 troops`). Bad input of any
 * kind is an Answer with `ok: false` and a plain message; this never throws for user input.
 */
export async function answerLine(line: string, context: CommandContext): Promise<Answer> {
  const maxChars = findCommand(splitCommandLine(line.slice(0, 100)).name)?.maxLineChars ?? MAX_LINE_CHARS;
  if (line.length > maxChars) return badInput('', line.slice(0, 80), 'line_too_long', { length: line.length, max: maxChars });
  if (CONTROL_CHARACTERS.test(line)) return badInput('', '', 'control_characters');
  if (line.trim() === '') return badInput('', '', 'empty_line');
  const { name, rest } = splitCommandLine(line);
  const command = findCommand(name);
  if (!command) return unknownCommand(name, rest);
  return answerWith(command, command.fromText(rest), rest.trim(), context);
}

/** Answer a command from structured arguments, as a platform's command options give them. */
export async function answerArgs(name: string, input: unknown, context: CommandContext): Promise<Answer> {
  const command = findCommand(name);
  if (!command) return unknownCommand(name, '');
  const query = Object.values(typeof input === 'object' && input !== null ? input : {})
    .filter((value) => typeof value === 'string')
    .join(' ');
  return answerWith(command, input, query, context);
}

async function answerWith(command: CommandDefinition, input: unknown, query: string, context: CommandContext): Promise<Answer> {
  const parsed = command.args.safeParse(input);
  if (!parsed.success) return badInput(command.name, query, 'bad_arguments', { detail: describeIssues(command, parsed.error) });
  return noteUnanalysed(context.library, await command.run(parsed.data as z.output<typeof command.args>, context));
}

function describeIssues(command: CommandDefinition, error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return `Those arguments do not fit ${command.usage}.`;
  if (issue.code === 'too_big') return `That is too long: ${command.usage} takes at most ${String(issue.maximum)} characters.`;
  if (issue.code === 'invalid_value' || issue.code === 'invalid_type') return `${String(issue.path.join('.') || 'argument')} is not valid here. Usage: ${command.usage}`;
  return issue.message;
}

function unknownCommand(name: string, rest: string): Answer {
  return badInput(name.slice(0, 40), rest.trim(), 'unknown_command', unknownCommandParams(COMMANDS, name));
}
