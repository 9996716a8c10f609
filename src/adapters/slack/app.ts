import type { AddressInfo } from 'node:net';
import { App, LogLevel, type Logger } from '@slack/bolt';
import { refuseNonAdmin } from '../../../commands/add.ts';
import type { CommandContext } from '../../../commands/define.ts';
import { COMMANDS } from '../../../commands/index.ts';
import type { ArticleStore } from '../../article-store.ts';
import { badInput } from '../../answer/build.ts';
import type { Answer } from '../../answer/model.ts';
import { renderSlack, type SlackBlock, type SlackMessage } from '../../answer/slack.ts';
import { answerArgs, answerLine, splitCommandLine } from '../../dispatch.ts';
import type { PageFetcher } from '../../ingest/fetch-page.ts';
import { describeCaller, type AdminLists } from '../../permissions.ts';
import type { SlackSettings } from './config.ts';
import { describeSlackFileFailure, downloadSlackFile, type SlackFile } from './files.ts';
import { createResponder, type ResponderOptions } from './responder.ts';
import { freeTextLine, isUserId, slashCommandLine, splitVisibility, type Request } from './requests.ts';

/** The umbrella command: `/crosscheck who Goremykin` works even where Slack or another app owns `/who`. */
export const UMBRELLA_COMMAND = '/crosscheck';
/** The action id of the "Share in channel" button. */
export const SHARE_ACTION = 'crosscheck_share';
/** A button's value may hold at most 2,000 characters; the share button carries the command line. */
const MAX_BUTTON_VALUE = 2000;

/** Web API retries in production: enough to ride out a 429 or a blip, not so many that a user waits for minutes. */
const DEFAULT_RETRY = { retries: 2, factor: 2, minTimeout: 1000, maxTimeout: 10_000 };

export interface SlackAdapterOptions {
  settings: SlackSettings;
  /** The articles; its `library` is read afresh for every command, so each sees the last /add or /remove. */
  store: ArticleStore;
  /** Who may add and remove: ADMIN_SLACK_USERS. */
  admins: AdminLists;
  /** How /add fetches links. */
  fetchPage: PageFetcher;
  /** Bolt's logger; tokens are never passed to it. Defaults to Bolt's console logger at INFO. */
  logger?: Logger;
  logLevel?: LogLevel;
  /** Web API retry policy (p-retry options); tests make it short. */
  retryConfig?: { retries: number; factor?: number; minTimeout?: number; maxTimeout?: number };
  /** For `response_url` posts: fetch, 429 retries, and the longest Retry-After worth waiting for. */
  responder?: ResponderOptions;
  /** HTTP mode: the interface to listen on (all by default). */
  host?: string;
}

/** A running Slack app: the port it listens on in HTTP mode, and how to stop it. */
export interface RunningSlackApp {
  app: App;
  port?: number;
  stop(): Promise<void>;
}

/** The context for one command: the library as it is now, and whether this user may change it. */
function slackContext(options: SlackAdapterOptions, userId: string): CommandContext {
  const caller = describeCaller(options.admins, { platform: 'slack', userId });
  return { library: options.store.library, caller, articles: options.store, fetchPage: options.fetchPage };
}

/** A message that says just `add` (`@crosscheck add`, or `add` in a DM) asks to add the files it carries. */
function asksToAddFiles(line: string, files: readonly SlackFile[] | undefined): files is readonly SlackFile[] {
  const { name, rest } = splitCommandLine(line);
  return files !== undefined && files.length > 0 && name === 'add' && rest.trim() === '';
}

/** The blocks that offer to post a private answer to everyone in the channel. */
function shareBlocks(line: string): SlackBlock[] {
  if (line.length > MAX_BUTTON_VALUE) return [];
  return [{ type: 'actions', elements: [{ type: 'button', action_id: SHARE_ACTION, text: { type: 'plain_text', text: 'Share in channel', emoji: false }, value: line, style: 'primary' }] }];
}

function sharedByBlocks(userId: string): SlackBlock[] {
  return isUserId(userId) ? [{ type: 'context', elements: [{ type: 'mrkdwn', text: `Shared by <@${userId}>`, verbatim: true }] }] : [];
}

/**
 * A private answer gets the Share button; a public one, and any error, does not. Nor does an
 * answer that changed the articles: the button runs its command again, and adding or removing
 * twice is not sharing.
 */
function messageFor(answer: Answer, request: Request): SlackMessage {
  const shareable = !request.isPublic && answer.ok && answer.stored === undefined;
  return renderSlack(answer, { extraBlocks: shareable ? shareBlocks(request.line) : [] });
}

const FAILED: SlackMessage = { text: 'Something went wrong while answering; please try again.', blocks: [] };

/**
 * Build the Bolt app: one slash command per entry of COMMANDS plus the umbrella command, mentions,
 * direct messages and the Share button. Every handler acknowledges first and answers after,
 * through `response_url` or the Web API, so Slack's 3-second limit never bites.
 */
export function createSlackApp(options: SlackAdapterOptions): App {
  const { settings } = options;
  const clientOptions = { retryConfig: options.retryConfig ?? DEFAULT_RETRY, ...(settings.apiUrl && { slackApiUrl: settings.apiUrl }) };
  const common = {
    token: settings.botToken,
    clientOptions,
    // auth.test runs in startSlack, where a bad token is an error the caller sees, not an unhandled rejection.
    deferInitialization: true,
    logLevel: options.logLevel ?? LogLevel.INFO,
    ...(options.logger && { logger: options.logger }),
  };
  const app =
    settings.mode === 'socket'
      ? new App({ ...common, appToken: settings.appToken, socketMode: true, installerOptions: { clientOptions } })
      : new App({ ...common, signingSecret: settings.signingSecret });
  const log = (what: string, error: unknown): void => app.logger.error(`crosscheck: ${what}: ${error instanceof Error ? error.message : String(error)}`);

  /** One shared file added, if this user may add: downloaded with the bot token, then read by /add. */
  const addSharedFile = async (file: SlackFile, userId: string, client: App['client']): Promise<Answer> => {
    const context = slackContext(options, userId);
    // Nothing is downloaded for someone who may not add.
    if (!context.caller.isAdmin) return refuseNonAdmin('add', file.name ?? file.id, context.caller);
    const downloaded = await downloadSlackFile(file, {
      botToken: settings.botToken,
      ...(settings.apiUrl && { apiUrl: settings.apiUrl }),
      lookUp: async (id) => (await client.files.info({ file: id })).file as SlackFile | undefined,
    });
    if (!downloaded.ok) return badInput('add', file.name ?? file.id, describeSlackFileFailure(downloaded));
    return answerArgs('add', { attachment: { name: downloaded.name, content: downloaded.content } }, context);
  };

  /** The answers to a mention or DM: one per shared file when it says `add`, else one to its command line. */
  const answerMessage = async (line: string, userId: string, files: readonly SlackFile[] | undefined, client: App['client']): Promise<Answer[]> => {
    if (!asksToAddFiles(line, files)) return [await answerLine(line, slackContext(options, userId))];
    const answers: Answer[] = [];
    // One at a time: each /add sees the articles the one before it stored.
    for (const file of files) answers.push(await addSharedFile(file, userId, client));
    return answers;
  };

  // Slack redelivers an event it thinks was lost (x-slack-retry-num). The first delivery was
  // acknowledged at once and is being answered, so a retry is acknowledged and dropped. This
  // keeps no state, so several instances can run side by side.
  app.use(async (args) => {
    if (args.context.retryNum !== undefined) {
      if ('ack' in args && typeof args.ack === 'function') await args.ack();
      return;
    }
    await args.next();
  });

  const answerSlash = (toLine: (command: string, text: string) => string) =>
    async ({ command, ack }: { command: { command: string; text: string; user_id: string; response_url: string }; ack: () => Promise<void> }): Promise<void> => {
      await ack();
      const responder = createResponder(command.response_url, options.responder);
      try {
        const request = splitVisibility(toLine(command.command, command.text), settings.publicAnswers);
        const answer = await answerLine(request.line, slackContext(options, command.user_id));
        const message = messageFor(answer, request);
        const sent = await responder.send({ response_type: request.isPublic ? 'in_channel' : 'ephemeral', ...message });
        // Blocks Slack would not take must not leave the user with nothing: send the plain text.
        if (!sent.ok && sent.reason === 'http_error') await responder.send({ response_type: request.isPublic ? 'in_channel' : 'ephemeral', text: message.text });
      } catch (error) {
        log(`answering ${command.command}`, error);
        await responder.send({ response_type: 'ephemeral', ...FAILED }).catch(() => undefined);
      }
    };

  for (const definition of COMMANDS) app.command(`/${definition.name}`, answerSlash(slashCommandLine));
  app.command(UMBRELLA_COMMAND, answerSlash((_command, text) => freeTextLine(text)));

  app.event('app_mention', async ({ event, client }) => {
    if (event.bot_id || !event.user) return;
    const request = splitVisibility(freeTextLine(event.text), settings.publicAnswers);
    const thread_ts = event.thread_ts ?? event.ts;
    try {
      for (const answer of await answerMessage(request.line, event.user, event.files, client)) {
        const message = messageFor(answer, request);
        if (request.isPublic) await client.chat.postMessage({ channel: event.channel, thread_ts, ...message });
        else await client.chat.postEphemeral({ channel: event.channel, user: event.user, ...(event.thread_ts && { thread_ts: event.thread_ts }), ...message });
      }
    } catch (error) {
      log('answering a mention', error);
    }
  });

  app.message(async ({ message, client }) => {
    // Direct messages only: in channels the bot answers when mentioned, never to chatter. A
    // message with files attached comes as the file_share subtype; every other subtype is an edit,
    // a join or the like, not something said to the bot.
    if (message.channel_type !== 'im' || (message.subtype !== undefined && message.subtype !== 'file_share')) return;
    if (!message.user || ('bot_id' in message && message.bot_id)) return;
    try {
      for (const answer of await answerMessage(freeTextLine(message.text ?? ''), message.user, message.files, client)) {
        await client.chat.postMessage({ channel: message.channel, ...renderSlack(answer) });
      }
    } catch (error) {
      log('answering a direct message', error);
    }
  });

  app.action(SHARE_ACTION, async ({ ack, body, action }) => {
    await ack();
    if (body.type !== 'block_actions' || action.type !== 'button' || !action.value || !body.response_url) return;
    const responder = createResponder(body.response_url, options.responder);
    try {
      const answer = await answerLine(action.value, slackContext(options, body.user.id));
      const shared = await responder.send({ response_type: 'in_channel', replace_original: false, ...renderSlack(answer, { extraBlocks: sharedByBlocks(body.user.id) }) });
      // The private copy with its button has done its job once the public one is up.
      if (shared.ok) await responder.send({ delete_original: true });
    } catch (error) {
      log('sharing an answer', error);
    }
  });

  app.error(async (error) => log('unhandled', error));
  return app;
}

/** Create and start the Slack app: Socket Mode connects out; HTTP mode listens on `settings.port`. */
export async function startSlack(options: SlackAdapterOptions): Promise<RunningSlackApp> {
  const app = createSlackApp(options);
  const { settings } = options;
  await app.init();
  if (settings.mode === 'socket') {
    await app.start();
    return { app, stop: () => app.stop().then(() => undefined) };
  }
  const server = await app.start({ port: settings.port, ...(options.host && { host: options.host }) });
  return { app, port: (server.address() as AddressInfo).port, stop: () => app.stop().then(() => undefined) };
}
