import { z } from 'zod';
import { answer, badInput } from '../src/answer/build.ts';
import { answersTo, type CommandDefinition, defineCommand, unknownCommandParams } from './define.ts';

/**
 * The /help command over `listCommands()`, the one list of commands (help among them). The list is
 * passed in, read when help runs, so that `index.ts` can hold help without help importing
 * `index.ts` back.
 */
export function createHelpCommand(listCommands: () => readonly CommandDefinition[]): CommandDefinition {
  return defineCommand({
    name: 'help',
    summary: 'What each command does, with an example.',
    usage: '/help [command]',
    example: '/help sources',
    readsArticles: false,
    args: z.object({
      command: z.string().trim().max(40).optional().describe('A command to explain, e.g. sources'),
    }),
    fromText: (text) => (text.trim() === '' ? {} : { command: text.trim() }),
    run({ command }) {
      const all = listCommands();
      const wanted = command?.replace(/^\//, '').toLowerCase();
      const listed = wanted ? all.filter((definition) => answersTo(definition, wanted)) : all;
      if (wanted && listed.length === 0) {
        return badInput('help', command ?? '', 'unknown_command', unknownCommandParams(all, wanted));
      }
      const commands = listed.map(({ name, summary, usage, example }) => ({ name, summary, usage, example }));
      return answer('help', command ?? '', {
        title: wanted ? `/${listed[0]?.name ?? wanted}` : 'crosscheck commands',
        commands,
        sections: commands.map((entry) => ({
          title: entry.usage,
          lines: [entry.summary, [{ text: 'Example: ' }, { text: entry.example, style: 'code' as const }]],
          citations: [],
        })),
      });
    },
  });
}
