import { ApplicationCommandOptionType, type APIApplicationCommandBasicOption, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { z } from 'zod';
import type { CommandDefinition } from '../../../commands/define.ts';
import { UPLOADED_FILE } from '../../../commands/uploaded-file.ts';
import { COMMANDS } from '../../../commands/index.ts';
import { cutAtWord } from '../cut-at-word.ts';
import { findSuggester } from './suggestions.ts';

/** The option every command gets: answers are private unless the caller asks otherwise. */
export const PUBLIC_OPTION = 'public';

const MAX_DESCRIPTION = 100;
const MAX_CHOICES = 25;
const MAX_STRING_LENGTH = 6000;

/** A slash-command body as the Discord API takes it. */
export type SlashCommand = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Discord wants lowercase option names; a camelCase field `articleId` becomes `article_id`. */
export function optionNameOf(field: string): string {
  return field.replace(/[A-Z]/gu, (letter) => `_${letter.toLowerCase()}`);
}

/** Discord refuses a command or option description over 100 characters: a longer one is cut between words. */
function describeText(text: string): string {
  return cutAtWord(text, MAX_DESCRIPTION);
}

/** The schema inside optional, default and transform wrappers, and whether the user may leave it out. */
function unwrapField(schema: z.ZodType): { inner: z.ZodType; optional: boolean; description: string | undefined } {
  let inner = schema;
  let description = schema.description;
  for (;;) {
    const def = inner.def as { type: string; innerType?: z.ZodType; in?: z.ZodType };
    const next = def.type === 'pipe' ? def.in : def.type === 'optional' || def.type === 'default' || def.type === 'nullable' ? def.innerType : undefined;
    if (!next) break;
    inner = next;
    description ??= inner.description;
  }
  return { inner, optional: schema.safeParse(undefined).success, description };
}

function optionOf(command: CommandDefinition, field: string, schema: z.ZodType): APIApplicationCommandBasicOption {
  const { inner, optional, description } = unwrapField(schema);
  const where = `commands/${command.name}.ts, argument ${field}`;
  if (!description) throw new Error(`crosscheck: ${where} has no .describe() text; Discord needs one for the option`);
  const base = { name: optionNameOf(field), description: describeText(description), required: !optional };
  if (inner === UPLOADED_FILE) return { ...base, type: ApplicationCommandOptionType.Attachment };
  const bag = inner as unknown as { type: string; options?: unknown[]; minLength?: number | null; maxLength?: number | null; minValue?: number | null; maxValue?: number | null; isInt?: boolean };
  switch (bag.type) {
    case 'string': {
      const suggested = findSuggester(command.name, field) !== undefined;
      return {
        ...base,
        type: ApplicationCommandOptionType.String,
        ...(typeof bag.minLength === 'number' && { min_length: Math.min(bag.minLength, MAX_STRING_LENGTH) }),
        ...(typeof bag.maxLength === 'number' && { max_length: Math.min(bag.maxLength, MAX_STRING_LENGTH) }),
        ...(suggested && { autocomplete: true }),
      };
    }
    case 'enum': {
      const values = (bag.options ?? []).map(String);
      if (values.length > MAX_CHOICES) throw new Error(`crosscheck: ${where} has ${values.length} choices; Discord takes at most ${MAX_CHOICES}`);
      return { ...base, type: ApplicationCommandOptionType.String, choices: values.map((value) => ({ name: value, value })) };
    }
    case 'number': {
      const range = {
        ...(typeof bag.minValue === 'number' && Number.isFinite(bag.minValue) && { min_value: bag.minValue }),
        ...(typeof bag.maxValue === 'number' && Number.isFinite(bag.maxValue) && { max_value: bag.maxValue }),
      };
      return bag.isInt ? { ...base, ...range, type: ApplicationCommandOptionType.Integer } : { ...base, ...range, type: ApplicationCommandOptionType.Number };
    }
    case 'boolean':
      return { ...base, type: ApplicationCommandOptionType.Boolean };
    default:
      throw new Error(`crosscheck: ${where} is a zod ${bag.type}, which has no Discord option type (use a string, enum, number, boolean or UPLOADED_FILE)`);
  }
}

/** The fields of a command's arguments with their Discord option names. */
function fieldsOf(command: CommandDefinition): [field: string, schema: z.ZodType][] {
  return Object.entries(command.args.shape as Record<string, z.ZodType>);
}

/**
 * One slash command per command in the list, its options generated from the command's zod
 * arguments (required ones first, as Discord demands) plus the `public` switch. Throws, naming
 * the file, for an argument Discord cannot express.
 */
export function describeSlashCommands(commands: readonly CommandDefinition[] = COMMANDS): SlashCommand[] {
  return commands.map((command) => {
    const options = fieldsOf(command).map(([field, schema]) => optionOf(command, field, schema));
    if (options.some((option) => option.name === PUBLIC_OPTION))
      throw new Error(`crosscheck: commands/${command.name}.ts has an argument named ${PUBLIC_OPTION}, which Discord uses for posting publicly`);
    options.sort((a, b) => Number(b.required) - Number(a.required));
    options.push({ name: PUBLIC_OPTION, description: 'Post the answer in the channel for everyone (only you see it otherwise)', type: ApplicationCommandOptionType.Boolean, required: false });
    return { name: command.name, description: describeText(command.summary), options };
  });
}

/** The command's arguments from Discord's options, by field name; options it does not know are dropped. */
export function readOptions(command: CommandDefinition, options: readonly { name: string; value?: unknown; attachment?: { name: string; url: string } | null }[]): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [field] of fieldsOf(command)) {
    const option = options.find((candidate) => candidate.name === optionNameOf(field));
    if (option?.attachment) input[field] = { name: option.attachment.name, url: option.attachment.url };
    else if (option?.value !== undefined) input[field] = option.value;
  }
  return input;
}

/** The field behind a Discord option name, for autocomplete. */
export function fieldOfOption(command: CommandDefinition, optionName: string): string | undefined {
  return fieldsOf(command).find(([field]) => optionNameOf(field) === optionName)?.[0];
}
