import { stringify } from 'yaml';
import { COMMANDS } from '../../../commands/index.ts';
import { cutAtWord } from '../cut-at-word.ts';
import { UMBRELLA_COMMAND } from './app.ts';
import { toSlackCommand } from './command-names.ts';

/** Slack's command menu shows one short line; a longer summary is cut at a word, with an ellipsis. */
const MAX_DESCRIPTION = 100;

/**
 * The app manifest, generated from COMMANDS: one slash command each plus the umbrella command,
 * the bot scopes the adapter uses, the events it listens to, interactivity for the Share button,
 * and Socket Mode on (switch it off and add request URLs for HTTP mode; the README's “Running in Slack” says how).
 */
export function buildSlackManifest(): Record<string, unknown> {
  const hint = (usage: string): string => usage.replace(/^\/\S+\s*/, '');
  return {
    display_information: {
      name: 'crosscheck',
      description: 'Shows where news articles say something, word for word, and how firmly.',
      background_color: '#1d3557',
    },
    features: {
      app_home: { home_tab_enabled: false, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: 'crosscheck', always_online: true },
      slash_commands: [
        { command: UMBRELLA_COMMAND, description: 'Any crosscheck command: /crosscheck who Goremykin', usage_hint: '<command> <args> [public]', should_escape: false },
        ...COMMANDS.map((command) => ({
          command: toSlackCommand(command.name),
          description: cutAtWord(command.summary, MAX_DESCRIPTION),
          usage_hint: `${hint(command.usage)} [public]`.trim(),
          should_escape: false,
        })),
      ],
    },
    oauth_config: {
      scopes: {
        // commands: slash commands; chat:write: answers and ephemeral answers to mentions;
        // app_mentions:read and im:history: mentions and direct messages; files:read: the files
        // shared with `add` (downloading them, and files.info when an event names only their id).
        bot: ['app_mentions:read', 'chat:write', 'commands', 'files:read', 'im:history'],
      },
    },
    settings: {
      event_subscriptions: { bot_events: ['app_mention', 'message.im'] },
      interactivity: { is_enabled: true },
      org_deploy_enabled: false,
      socket_mode_enabled: true,
      token_rotation_enabled: false,
    },
  };
}

/** The manifest as the YAML that `slack/manifest.yml` holds. */
export function renderSlackManifest(): string {
  return `# Generated from commands/index.ts by \`npm run slack:manifest\`; a test fails when it drifts.\n${stringify(buildSlackManifest(), { lineWidth: 0 })}`;
}
