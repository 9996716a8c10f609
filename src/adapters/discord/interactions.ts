import { MessageFlags, type AutocompleteInteraction, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import type { CommandContext } from '../../../commands/define.ts';
import { findCommand } from '../../../commands/index.ts';
import type { ArticleStore } from '../../library/article-store.ts';
import { renderDiscord, type DiscordMessage } from '../../answer/render/discord.ts';
import type { Answer } from '../../model/answer.ts';
import { answerArgs } from '../../runtime/dispatch.ts';
import type { PageFetcher } from '../../ingest/fetch-page.ts';
import { describeCaller, type AdminLists } from '../permissions.ts';
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
  /** The articles, when no `gate` is given: its `library` is read afresh for every interaction. */
  store?: ArticleStore;
  /** Reliability: rate limits, queue, time budget, loading answers, error ids; supplies the library and store. */
  gate?: CommandGate;
  /** Who may add and remove: ADMIN_DISCORD_USERS and ADMIN_DISCORD_ROLES. */
  admins: AdminLists;
  /** How /add fetches links and attachments. */
  fetchPage: PageFetcher;
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

/**
 * The member's role ids: a plain list when Discord's payload is used as is (the guild not
 * cached), else the member's cached roles. Outside a guild there are none.
 */
function roleIdsOf(interaction: ChatInputCommandInteraction): string[] {
  const roles = interaction.member?.roles;
  if (!roles) return [];
  return Array.isArray(roles) ? roles : [...roles.cache.keys()];
}

/** Who is asking and whether they may change the articles; the gate adds the library and store. */
function commandContext(deps: InteractionDeps, interaction: ChatInputCommandInteraction): Pick<CommandContext, 'caller' | 'fetchPage'> {
  const caller = describeCaller(deps.admins, { platform: 'discord', userId: interaction.user.id, roleIds: roleIdsOf(interaction) });
  return { caller, fetchPage: deps.fetchPage };
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
    // Reliability: the gate admits the command (or answers why not) and pins the library it runs on.
    const request = { platform: 'discord', userId: interaction.user.id, ...(interaction.channelId && { channelId: interaction.channelId }), command: interaction.commandName } as const;
    const work: Promise<Outcome> = gate
      .answer(
        request,
        ({ library, articles, budget }): Promise<Answer> => answer(interaction.commandName, input, { ...commandContext(deps, interaction), library, ...(articles && { articles }), budget }),
      )
      .then(
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
    const oldest = seen.values().next();
    if (seen.size > REMEMBERED_INTERACTIONS && !oldest.done) seen.delete(oldest.value);
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
