import add from './add.ts';
import cite from './cite.ts';
import compare from './compare.ts';
import { answersTo, type CommandDefinition } from './define.ts';
import { createHelpCommand } from './help.ts';
import quote from './quote.ts';
import remove from './remove.ts';
import source from './source.ts';
import sources from './sources.ts';
import who from './who.ts';

/** Every command, in the order help lists them. Adapters and help read this one list. */
export const COMMANDS: readonly CommandDefinition[] = [sources, compare, who, quote, cite, source, add, remove, createHelpCommand(() => COMMANDS)];

/** The command with this name or alias (without its slash), if there is one. */
export function findCommand(name: string): CommandDefinition | undefined {
  return COMMANDS.find((command) => answersTo(command, name));
}
