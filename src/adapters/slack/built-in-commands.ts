/**
 * Slack's own slash commands: an app cannot claim these names (installing a manifest that lists
 * one fails, or Slack keeps the command for itself and the app never hears of it).
 *
 * From Slack's help centre, “Use built-in slash commands”
 * (https://slack.com/help/articles/201259356), with the aliases Slack also answers to. To extend:
 * add `{ name, category }` with the name lowercase and without its slash; the manifest test then
 * fails for any crosscheck command that collides, until `SLACK_COMMAND_NAMES` renames it.
 */

/** What a built-in command is for, as Slack's help page groups them. */
export type BuiltInCategory = 'conversation' | 'member' | 'availability' | 'message' | 'navigation' | 'app';

/** Slack's built-in slash commands, each with what it is for; see the file comment for how to extend. */
export const SLACK_BUILT_IN_COMMANDS: readonly { name: string; category: BuiltInCategory }[] = [
  { name: 'archive', category: 'conversation' },
  { name: 'collapse', category: 'conversation' },
  { name: 'expand', category: 'conversation' },
  { name: 'join', category: 'conversation' },
  { name: 'leave', category: 'conversation' },
  { name: 'close', category: 'conversation' },
  { name: 'part', category: 'conversation' },
  { name: 'mute', category: 'conversation' },
  { name: 'rename', category: 'conversation' },
  { name: 'topic', category: 'conversation' },
  { name: 'who', category: 'conversation' },
  { name: 'invite', category: 'member' },
  { name: 'invite_people', category: 'member' },
  { name: 'remove', category: 'member' },
  { name: 'kick', category: 'member' },
  { name: 'active', category: 'availability' },
  { name: 'away', category: 'availability' },
  { name: 'dnd', category: 'availability' },
  { name: 'status', category: 'availability' },
  { name: 'me', category: 'message' },
  { name: 'msg', category: 'message' },
  { name: 'dm', category: 'message' },
  { name: 'shrug', category: 'message' },
  { name: 'remind', category: 'message' },
  { name: 'feed', category: 'message' },
  { name: 'star', category: 'message' },
  { name: 'open', category: 'navigation' },
  { name: 'search', category: 'navigation' },
  { name: 'shortcuts', category: 'navigation' },
  { name: 'prefs', category: 'navigation' },
  { name: 'feedback', category: 'navigation' },
  { name: 'apps', category: 'app' },
  { name: 'call', category: 'app' },
  { name: 'pro', category: 'app' },
];

/** True when Slack keeps `/name` for itself. */
export function isSlackBuiltIn(name: string): boolean {
  const bare = name.replace(/^\//u, '').toLowerCase();
  return SLACK_BUILT_IN_COMMANDS.some((command) => command.name === bare);
}
