import { z } from 'zod';
import { answer, badInput } from '../src/answer/build.ts';
import { defineCommand } from './define.ts';
import { COMMANDS } from './index.ts';

export default defineCommand({
  name: 'help',
  summary: 'What each command does, with an example.',
  usage: '/help [command]',
  example: '/help sources',
  args: z.object({
    command: z.string().trim().max(40).optional().describe('A command to explain, e.g. sources'),
  }),
  fromText: (text) => (text.trim() === '' ? {} : { command: text.trim() }),
  run({ command }) {
    const wanted = command?.replace(/^\//, '').toLowerCase();
    const listed = wanted ? COMMANDS.filter((definition) => definition.name === wanted) : COMMANDS;
    if (wanted && listed.length === 0) {
      return badInput('help', command ?? '', `There is no /${wanted} command. Commands: ${COMMANDS.map((definition) => `/${definition.name}`).join(', ')}.`);
    }
    const commands = listed.map(({ name, summary, usage, example }) => ({ name, summary, usage, example }));
    return answer('help', command ?? '', {
      title: wanted ? `/${wanted}` : 'crosscheck commands',
      commands,
      sections: commands.map((entry) => ({
        title: entry.usage,
        lines: [entry.summary, [{ text: 'Example: ' }, { text: entry.example, style: 'code' as const }]],
        citations: [],
      })),
    });
  },
});
