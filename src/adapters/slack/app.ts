import type { AddressInfo } from 'node:net';
import { App, LogLevel, type Logger } from '@slack/bolt';
import { refuseNonAdmin } from '../../../commands/add.ts';
import type { CommandContext } from '../../../commands/define.ts';
import { COMMANDS } from '../../../commands/index.ts';
import type { ArticleStore } from '../../library/article-store.ts';
import { badInput } from '../../answer/build.ts';
import type { Answer } from '../../model/answer.ts';
import { renderSlack, type SlackBlock, type SlackMessage } from '../../answer/render/slack.ts';
import { answerArgs, answerLine, splitCommandLine } from '../../runtime/dispatch.ts';
import type { PageFetcher } from '../../ingest/fetch-page.ts';
import { describeCaller, type AdminLists } from '../permissions.ts';
import { gateOf, type CommandGate, type GateRequest } from '../../runtime/command-gate.ts';
import type { healthRoutes } from '../../runtime/health.ts';
import type { SlackSettings } from './config.ts';
import { describeSlackFileFailure, downloadSlackFile, type SlackFile } from './files.ts';
import { adaptAnswerForSlack, toCommandLine, toSlackCommand } from './command-names.ts';
import { createMemoryDeliveryStore, type DeliveryStore } from './deliveries.ts';
import { createResponder, type ResponderOptions } from './responder.ts';
import { freeTextLine, isUserId, slashCommandLine, splitVisibility, type Request } from './requests.ts';

/** The umbrella command: `/crosscheck who Goremykin` runs any command by its own name or its Slack name, whatever other apps claim. */
export const UMBRELLA_COMMAND = '/crosscheck';
/** The action id of the "Share in channel" button. */
export const SHARE_ACTION = 'crosscheck_share';
/** A button's value may hold at most 2,000 characters; the share button carries the command line. */
const MAX_BUTTON_VALUE = 2000;

/** Web API retries in production: enough to ride out a 429 or a blip, not so many that a user waits for minutes. */
const DEFAULT_RETRY = { retries: 2, factor: 2, minTimeout: 1000, maxTimeout: 10_000 };

export interface SlackAdapterOptions {
  settings: SlackSettings;
  /** The articles, when no `gate` is given: its `library` is read afresh for every command. */
  store?: ArticleStore;
  /** Reliability: rate limits, queue, time budget, loading answers, error ids; supplies the library and store. */
  gate?: CommandGate;
  /** Who may add and remove: ADMIN_SLACK_USERS. */
  admins: AdminLists;
  /** How /add fetches links. */
  fetchPage: PageFetcher;
  /** HTTP mode: extra GET routes on the same server (health and metrics). */
  customRoutes?: ReturnType<typeof healthRoutes>;
  /** Bolt's logger; tokens are never passed to it. Defaults to Bolt's console logger at INFO. */
  logger?: Logger;
  logLevel?: LogLevel;
  /** Web API retry policy (p-retry options); tests make it short. */
  retryConfig?: { retries: number; factor?: number; minTimeout?: number; maxTimeout?: number };
  /** For `response_url` posts: fetch, 429 retries, and the longest Retry-After worth waiting for. */
  responder?: ResponderOptions;
  /** HTTP mode: the interface to listen on (all by default). */
  host?: string;
  /** Which event deliveries were already taken; this process's memory unless replicas share one. */
  deliveries?: DeliveryStore;
  /** Origins standing in for Slack's file CDN (tests); `*.slack-edge.com` is always one. */
  fileCdnOrigins?: readonly string[];
}

/** A running Slack app: the port it listens on in HTTP mode, and how to stop it. */
export interface RunningSlackApp {
  app: App;
  port?: number;
  stop(): Promise<void>;
}

/** Who is asking and whether they may change the articles; the gate adds the library and store. */
function callerContext(options: SlackAdapterOptions, userId: string): Pick<CommandContext, 'caller' | 'fetchPage'> {
  return { caller: describeCaller(options.admins, { platform: 'slack', userId }), fetchPage: options.fetchPage };
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
  return renderSlack(adaptAnswerForSlack(answer), { extraBlocks: shareable ? shareBlocks(request.line) : [] });
}

const FAILED: SlackMessage = { text: 'Something went wrong while answering; please try again.', blocks: [] };
/** Sent through the Web API when Slack would not take an answer through its response_url. */
const UNDELIVERED = 'Sorry: your answer could not be delivered because Slack did not accept it (it was busy or unavailable). Please try again in a minute.';

/**
 * Build the Bolt app: one slash command per entry of COMMANDS plus the umbrella command, mentions,
 * direct messages and the Share button. Every handler acknowledges first and answers after,
 * through `response_url` or the Web API, so Slack's 3-second limit never bites.
 */
export function createSlackApp(options: SlackAdapterOptions): App {
  const { settings } = options;
  // Reliability: every command goes through the gate, which pins the library it runs on.
  const gate = gateOf(options);
  const answerVia = (request: GateRequest, run: (context: CommandContext) => Promise<Answer>): Promise<Answer> =>
    gate.answer(request, ({ library, articles, budget }) => run({ ...callerContext(options, request.userId), library, ...(articles && { articles }), budget }));
  const commandOf = (line: string): string => splitCommandLine(line.slice(0, 100)).name;
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
      : new App({ ...common, signingSecret: settings.signingSecret, ...(options.customRoutes && { customRoutes: options.customRoutes }) });
  const log = (what: string, error: unknown): void => app.logger.error(`crosscheck: ${what}: ${error instanceof Error ? error.message : String(error)}`);

  /** One shared file added, if this user may add: downloaded with the bot token, then read by /add. */
  const addSharedFile = async (file: SlackFile, context: CommandContext, client: App['client']): Promise<Answer> => {
    // Nothing is downloaded for someone who may not add.
    if (!context.caller.isAdmin) return refuseNonAdmin('add', file.name ?? file.id, context.caller);
    const downloaded = await downloadSlackFile(file, {
      botToken: settings.botToken,
      ...(settings.apiUrl && { apiUrl: settings.apiUrl }),
      ...(options.fileCdnOrigins && { cdnOrigins: options.fileCdnOrigins }),
      lookUp: async (id) => (await client.files.info({ file: id })).file as SlackFile | undefined,
    });
    if (!downloaded.ok) return badInput('add', file.name ?? file.id, 'add_failed', { reason: describeSlackFileFailure(downloaded) });
    return answerArgs('add', { attachment: { name: downloaded.name, content: downloaded.content } }, context);
  };

  /** The answers to a mention or DM: one per shared file when it says `add`, else one to its command line. */
  const answerMessage = async (line: string, request: GateRequest, files: readonly SlackFile[] | undefined, client: App['client']): Promise<Answer[]> => {
    if (!asksToAddFiles(line, files)) return [await answerVia(request, (context) => answerLine(line, context))];
    const answers: Answer[] = [];
    // One at a time: each /add sees the articles the one before it stored.
    for (const file of files) answers.push(await answerVia(request, (context) => addSharedFile(file, context, client)));
    return answers;
  };

  // Slack redelivers an event it thinks was lost, with the same event_id: answer it only if no
  // delivery of it was taken before (the first may never have arrived). Socket Mode marks even a
  // first delivery with retry_attempt 0, so the counter alone says nothing. Other requests carry
  // no id; Slack does not retry them, so one marked as a retry is acknowledged and dropped.
  const deliveries = options.deliveries ?? createMemoryDeliveryStore();
  app.use(async (args) => {
    const eventId = 'event' in args && typeof (args.body as { event_id?: unknown }).event_id === 'string' ? (args.body as { event_id: string }).event_id : undefined;
    const fresh = eventId !== undefined ? await deliveries.claim(eventId) : (args.context.retryNum ?? 0) === 0;
    if (!fresh) {
      app.logger.debug(`crosscheck: Slack redelivered ${eventId ?? 'a request'} (retry ${args.context.retryNum ?? '?'}, ${args.context.retryReason ?? 'no reason given'}); already taken`);
      if ('ack' in args && typeof args.ack === 'function') await args.ack();
      return;
    }
    await args.next();
  });

  const answerSlash =
    (toLine: (command: string, text: string) => string) =>
    async ({
      command,
      ack,
      client,
    }: {
      command: { command: string; text: string; user_id: string; channel_id?: string; response_url: string };
      ack: () => Promise<void>;
      client: App['client'];
    }): Promise<void> => {
      await ack();
      const responder = createResponder(command.response_url, options.responder);
      try {
        const request = splitVisibility(toCommandLine(toLine(command.command, command.text)), settings.publicAnswers);
        const answer = await answerVia({ platform: 'slack', userId: command.user_id, ...(command.channel_id && { channelId: command.channel_id }), command: commandOf(request.line) }, (context) =>
          answerLine(request.line, context),
        );
        const message = messageFor(answer, request);
        // Refusals (rate limited, still loading, failed) concern the asker only.
        const responseType = !request.isPublic || answer.status === 'error' ? 'ephemeral' : 'in_channel';
        let sent = await responder.send({ response_type: responseType, ...message });
        // Blocks Slack would not take must not leave the user with nothing: send the plain text.
        if (!sent.ok && sent.reason === 'http_error') sent = await responder.send({ response_type: responseType, text: message.text });
        if (!sent.ok) {
          // Reliability: the answer was lost on the way; say so in the log and, through the Web API, to the user.
          app.logger.error(`crosscheck: could not deliver the answer to ${command.command} for ${command.user_id} through response_url (${sent.reason}${sent.status ? ` ${sent.status}` : ''})`);
          if (command.channel_id)
            await client.chat.postEphemeral({ channel: command.channel_id, user: command.user_id, text: UNDELIVERED }).catch((error: unknown) => log('telling a user their answer was lost', error));
        }
      } catch (error) {
        log(`answering ${command.command}`, error);
        await responder.send({ response_type: 'ephemeral', ...FAILED }).catch(() => undefined);
      }
    };

  for (const definition of COMMANDS) app.command(toSlackCommand(definition.name), answerSlash(slashCommandLine));
  app.command(
    UMBRELLA_COMMAND,
    answerSlash((_command, text) => freeTextLine(text)),
  );

  app.event('app_mention', async ({ event, client }) => {
    if (event.bot_id || !event.user) return;
    const request = splitVisibility(toCommandLine(freeTextLine(event.text)), settings.publicAnswers);
    const thread_ts = event.thread_ts ?? event.ts;
    try {
      for (const answer of await answerMessage(request.line, { platform: 'slack', userId: event.user, channelId: event.channel, command: commandOf(request.line) }, event.files, client)) {
        const message = messageFor(answer, request);
        if (request.isPublic) await client.chat.postMessage({ channel: event.channel, thread_ts, ...message });
        else await client.chat.postEphemeral({ channel: event.channel, user: event.user, ...(event.thread_ts && { thread_ts: event.thread_ts }), ...message });
      }
    } catch (error) {
      // The Web API gave up after its retries (5xx, 429): log it and, if Slack lets us, tell the asker.
      log('answering a mention', error);
      await client.chat.postEphemeral({ channel: event.channel, user: event.user, text: UNDELIVERED }).catch(() => undefined);
    }
  });

  app.message(async ({ message, client }) => {
    // Direct messages only: in channels the bot answers when mentioned, never to chatter. A
    // message with files attached comes as the file_share subtype; every other subtype is an edit,
    // a join or the like, not something said to the bot.
    if (message.channel_type !== 'im' || (message.subtype !== undefined && message.subtype !== 'file_share')) return;
    if (!message.user || ('bot_id' in message && message.bot_id)) return;
    try {
      const line = toCommandLine(freeTextLine(message.text ?? ''));
      for (const answer of await answerMessage(line, { platform: 'slack', userId: message.user, channelId: message.channel, command: commandOf(line) }, message.files, client)) {
        await client.chat.postMessage({ channel: message.channel, ...renderSlack(adaptAnswerForSlack(answer)) });
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
      const line = action.value;
      const answer = await answerVia({ platform: 'slack', userId: body.user.id, ...(body.channel?.id && { channelId: body.channel.id }), command: commandOf(line) }, (context) =>
        answerLine(line, context),
      );
      const shared = await responder.send({ response_type: 'in_channel', replace_original: false, ...renderSlack(adaptAnswerForSlack(answer), { extraBlocks: sharedByBlocks(body.user.id) }) });
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
