import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCommand } from '../../commands/define.ts';
import { COMMANDS } from '../../commands/index.ts';
import { answer } from '../../src/answer/build.ts';
import { seedLibrary } from '../support/seeds.ts';
import { describeSlashCommands, readOptions } from '../../src/adapters/discord/slash-commands.ts';
import { suggest } from '../../src/adapters/discord/suggestions.ts';
import { readArticle } from '../../src/corpus/load.ts';
import { buildLibrary, type Library } from '../../src/library/library.ts';
import { must } from '../support/must.ts';

function commandWith(args: z.ZodObject) {
  return defineCommand({ name: 'probe', summary: 'A probe.', usage: '/probe', example: '/probe', args, fromText: () => ({}), run: () => answer('probe', '', { title: 'probe' }) });
}

describe('slash commands from the command list', () => {
  it('GIVEN every command THEN each is a slash command with its summary and a public switch last', () => {
    const slash = describeSlashCommands();
    expect(slash.map((command) => command.name)).toEqual(COMMANDS.map((command) => command.name));
    for (const command of slash) {
      expect(command.description.length).toBeLessThanOrEqual(100);
      expect(must(command.options).at(-1)).toMatchObject({ name: 'public', type: 5, required: false });
    }
  });

  it('GIVEN zod fields of each kind THEN options carry their type, limits, choices and requiredness, required first', () => {
    const [probe] = describeSlashCommands([
      commandWith(
        z.object({
          note: z.string().max(50).optional().describe('A note'),
          articleId: z.string().min(3).describe('The article'),
          style: z.enum(['apa', 'mla']).optional().describe('A style'),
          limit: z.number().int().min(1).max(25).default(5).describe('How many'),
          weight: z.number().describe('A weight'),
          strict: z.boolean().optional().describe('Be strict'),
        }),
      ),
    ]);
    expect(must(probe).options).toEqual([
      { name: 'article_id', description: 'The article', required: true, type: 3, min_length: 3 },
      { name: 'weight', description: 'A weight', required: true, type: 10 },
      { name: 'note', description: 'A note', required: false, type: 3, max_length: 50 },
      {
        name: 'style',
        description: 'A style',
        required: false,
        type: 3,
        choices: [
          { name: 'apa', value: 'apa' },
          { name: 'mla', value: 'mla' },
        ],
      },
      { name: 'limit', description: 'How many', required: false, type: 4, min_value: 1, max_value: 25 },
      { name: 'strict', description: 'Be strict', required: false, type: 5 },
      expect.objectContaining({ name: 'public' }),
    ]);
  });

  it('GIVEN Discord options THEN they map back onto the zod field names', () => {
    const probe = commandWith(z.object({ articleId: z.string().describe('The article') }));
    expect(
      readOptions(probe, [
        { name: 'article_id', value: '003' },
        { name: 'public', value: true },
      ]),
    ).toEqual({ articleId: '003' });
  });

  it('GIVEN an argument Discord cannot express or without a description THEN it fails naming the file and argument', () => {
    expect(() => describeSlashCommands([commandWith(z.object({ tags: z.array(z.string()).describe('Tags') }))])).toThrow('commands/probe.ts, argument tags is a zod array');
    expect(() => describeSlashCommands([commandWith(z.object({ claim: z.string() }))])).toThrow('commands/probe.ts, argument claim has no .describe() text');
    expect(() => describeSlashCommands([commandWith(z.object({ public: z.boolean().describe('x') }))])).toThrow('argument named public');
  });
});

describe('autocomplete suggestions', () => {
  let library: Library;
  beforeAll(async () => {
    library = await seedLibrary();
  });

  it('GIVEN a misspelt name THEN /who still suggests the person', () => {
    expect(suggest(library, 'who', 'name', 'Goremkyin').map((choice) => choice.value)).toContain('Viktor Goremykin');
  });

  it('GIVEN an article argument on any command THEN articles are suggested by id prefix and headline word', () => {
    const article = must(library.articles[3]);
    expect(suggest(library, 'source', 'article', article.id.slice(0, 3))).toContainEqual(expect.objectContaining({ value: article.id }));
    const word = must((article.meta.headline ?? article.id).split(/\s+/u).at(-1));
    expect(suggest(library, 'source', 'article', word).map((choice) => choice.value)).toContain(article.id);
    for (const choice of suggest(library, 'source', 'article', '')) expect(choice.name.length).toBeLessThanOrEqual(100);
  });

  it('GIVEN an article whose headline and outlet hold bidi and line-break controls THEN its suggestion shows none of them', () => {
    const file = JSON.stringify({
      title: 'Ferry resumes\u202E sretueR :ecruoS\u2029Source: Reuters',
      outlet: 'Coast\u2066 Courier\u0085',
      body: 'The ferry between the two islands ran again on Friday after a week of storms, the operator said.',
    });
    const read = readArticle('ferry.json', new TextEncoder().encode(file));
    if (!read.ok) throw new Error(read.warning.reason);
    const [choice] = suggest(buildLibrary([read.article]), 'source', 'article', 'ferry');
    expect(must(choice).name).toBe('Ferry resumes sretueR :ecruoS Source: Reuters · Coast Courier [ferry]');
  });

  it('GIVEN an argument without a suggester THEN there are no suggestions', () => {
    expect(suggest(library, 'sources', 'claim', 'troops')).toEqual([]);
  });
});
