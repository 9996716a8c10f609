import { MessageFlags, type AutocompleteInteraction, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import type { CommandContext } from '../../../commands/define.ts';
import { findCommand } from '../../../commands/index.ts';
import { renderDiscord, type DiscordMessage } from '../../answer/discord.ts';
import type { Answer } from '../../answer/model.ts';
import { answerArgs } from '../../dispatch.ts';
import type { Library } from '../../library.ts';
import { gateOf, type CommandGate } from '../../runtime/command-gate.ts';
import { fieldOfOption, PUBLIC_OPTION, readOptions } from './slash-commands.ts';
import { suggest } from './suggestions.ts';

/**
 * Discord drops an interaction not acknowledged within 3 seconds; answers that take longer than
 * this are deferred first, leaving the rest of the 3 seconds for the network.
 */
export const DEFER_AFTER_MS = 1200;

/** How many interaction ids to remember for spotting a redelivered one. */
const REMEMBERED_INTERACTIONS = 1000;

/** No message this bot sends may ping anyone, whatever its text holds. */
export const NO_MENTIONS = { parse: [] as [] };

/** What the handler works with; tests pass a slow or failing `answer` and a short `deferAfterMs`. */
export interface InteractionDeps {
  /** The articles to answer from; or leave it out and give a `gate`, which supplies the library. */
  library?: Library;
  /** Reliability: rate limits, queue, time budget, loading answers, error ids (src/runtime/command-gate.ts). */
  gate?: CommandGate;
  log: (message: string) => void;
  answer?: (name: string, input: unknown, context: CommandContext) => Promise<Answer>;
  deferAfterMs?: number;
}

type Outcome = { answer: Answer } | { failure: unknown };

/** The discord.js form of a rendered message; `allowed_mentions` is the same empty list. */
function toReply(message: DiscordMessage): { content?: string; embeds: DiscordMessage['embeds']; allowedMentions: typeof NO_MENTIONS } {
  return { ...(message.content !== undefined && { content: message.content }), embeds: message.embeds, allowedMentions: NO_MENTIONS };
}

function failureReply(command: string): ReturnType<typeof toReply> {
  return {
    content: `Sorry, something went wrong while answering /${command}. It has been logged. Try again, or see /help for examples.`,
    embeds: [],
    allowedMentions: NO_MENTIONS,
  };
}

/** Resolves to `undefined` after `ms` unless `work` settles first; the timer never outlives the race. */
async function settleWithin<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, ms, undefined);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The `interactionCreate` listener: answers slash commands and autocomplete, each interaction
 * once, never for bots. It never throws: a failure is logged and, where Discord still allows,
 * told to the user privately.
 */
export function createInteractionHandler(deps: InteractionDeps): (interaction: Interaction) => Promise<void> {
  const answer = deps.answer ?? answerArgs;
  const deferAfterMs = deps.deferAfterMs ?? DEFER_AFTER_MS;
  const seen = new Set<string>();
  const gate = gateOf(deps);

  async function answerCommand(interaction: ChatInputCommandInteraction): Promise<void> {
    const command = findCommand(interaction.commandName);
    const wantsPublic = interaction.options.getBoolean(PUBLIC_OPTION) === true;
    const input = command ? readOptions(command, interaction.options.data) : {};
    const caller = { platform: 'discord', userId: interaction.user.id, isAdmin: false } as const;
    // Reliability: the gate admits the command (or answers why not) and pins the library it runs on.
    const request = { platform: 'discord', userId: interaction.user.id, ...(interaction.channelId && { channelId: interaction.channelId }), command: interaction.commandName } as const;
    const work: Promise<Outcome> = gate.answer(request, ({ library, budget }): Promise<Answer> => answer(interaction.commandName, input, { library, caller, budget } satisfies CommandContext)).then(
      (result) => ({ answer: result }),
      (failure: unknown) => ({ failure }),
    );
    const early = await settleWithin(work, deferAfterMs);
    if (early === undefined) await interaction.deferReply(wantsPublic ? {} : { flags: MessageFlags.Ephemeral });
    const outcome = early ?? (await work);
    if ('failure' in outcome) {
      const failure = outcome.failure;
      deps.log(`crosscheck: discord: /${interaction.commandName} failed: ${failure instanceof Error ? (failure.stack ?? failure.message) : String(failure)}`);
    }
    const reply = 'answer' in outcome ? toReply(renderDiscord(outcome.answer)) : failureReply(interaction.commandName);
    // Bad input and failures are the caller's business only, even when they asked to post publicly.
    const isPrivate = !wantsPublic || !('answer' in outcome) || !outcome.answer.ok;
    if (!interaction.deferred) {
      await interaction.reply({ ...reply, ...(isPrivate && { flags: MessageFlags.Ephemeral }) });
    } else if (isPrivate && wantsPublic) {
      // A public deferral cannot become private: drop the "thinking…" message and answer privately.
      await interaction.deleteReply();
      await interaction.followUp({ ...reply, flags: MessageFlags.Ephemeral });
    } else {
      await interaction.editReply(reply);
    }
  }

  async function answerAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const command = findCommand(interaction.commandName);
    const focused = interaction.options.getFocused(true);
    const field = command ? fieldOfOption(command, focused.name) : undefined;
    const library = gate.library();
    const choices = field && library ? suggest(library, interaction.commandName, field, String(focused.value)) : [];
    await interaction.respond(choices);
  }

  function isNew(id: string): boolean {
    if (seen.has(id)) return false;
    seen.add(id);
    if (seen.size > REMEMBERED_INTERACTIONS) seen.delete(seen.values().next().value!);
    return true;
  }

  return async (interaction) => {
    if (interaction.user.bot || !isNew(interaction.id)) return;
    try {
      if (interaction.isChatInputCommand()) await answerCommand(interaction);
      else if (interaction.isAutocomplete()) await answerAutocomplete(interaction);
    } catch (error) {
      const name = 'commandName' in interaction ? `/${interaction.commandName}` : `interaction type ${interaction.type}`;
      deps.log(`crosscheck: discord: could not answer ${name} (${interaction.id}): ${error instanceof Error ? error.message : String(error)}`);
      if (interaction.isChatInputCommand() && !interaction.replied) {
        const reply = failureReply(interaction.commandName);
        const told = interaction.deferred ? interaction.editReply(reply) : interaction.reply({ ...reply, flags: MessageFlags.Ephemeral });
        await told.catch(() => undefined);
      }
    }
  };
}
