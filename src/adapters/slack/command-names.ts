/**
 * The names crosscheck's commands go by in Slack. Slack keeps `/who` and `/remove` for itself, so
 * those two take names of their own there; every other command keeps its name. Slash commands,
 * the umbrella command, mentions and direct messages all accept both the Slack name and the
 * command's own (`/crosscheck whois Goremykin` and `/crosscheck who Goremykin` alike), and
 * answers shown in Slack name the Slack commands.
 */
import type { Answer, Inline, Line } from '../../model/answer.ts';
import { isSlackBuiltIn } from './built-in-commands.ts';

/**
 * Command name → its Slack name, for commands whose own name Slack reserves. To extend: add the
 * command here when the manifest test reports it as a built-in; pick a name that says what the
 * command does and is not in `SLACK_BUILT_IN_COMMANDS`.
 */
export const SLACK_COMMAND_NAMES: Readonly<Record<string, string>> = {
  who: 'whois',
  remove: 'remove-article',
};

/** The slash command a command is registered as in Slack: `who` → `/whois`, `sources` → `/sources`. */
export function toSlackCommand(name: string): string {
  const slackName = SLACK_COMMAND_NAMES[name] ?? name;
  if (isSlackBuiltIn(slackName)) throw new Error(`crosscheck: /${slackName} is one of Slack's built-in commands; give the ${name} command a Slack name in src/adapters/slack/command-names.ts`);
  return `/${slackName}`;
}

/** The command behind a Slack name (`/whois` or `whois` → `who`); any other name unchanged. */
export function toCommandName(slackName: string): string {
  const bare = slackName.replace(/^\//u, '');
  return Object.entries(SLACK_COMMAND_NAMES).find(([, renamed]) => renamed === bare.toLowerCase())?.[0] ?? bare;
}

/**
 * A command line typed in Slack with its command read by its Slack name: `whois X` → `who X`,
 * and `help whois` → `help who`.
 */
export function toCommandLine(line: string): string {
  const match = /^(\s*\/?)(\S+)(\s*)(\S*)([\s\S]*)$/u.exec(line);
  if (!match) return line;
  const [, lead, first, gap, second, rest] = match as unknown as [string, string, string, string, string, string];
  const command = toCommandName(first);
  const argument = command === 'help' && second !== '' ? toCommandName(second) : second;
  return `${lead}${command}${gap}${argument}${rest}`;
}

const RENAMED = new RegExp(`(^|[\\s(“"'‘\`])/(${Object.keys(SLACK_COMMAND_NAMES).join('|')})(?=$|[\\s,.;:)”"'’\`!?])`, 'gu');

/** Text with each renamed command written as Slack knows it: `try /who X` → `try /whois X`. */
export function useSlackNames(text: string): string {
  return text.replace(RENAMED, (_whole, before: string, name: string) => `${before}/${SLACK_COMMAND_NAMES[name]}`);
}

function useSlackNamesInLine(line: Line): Line {
  if (typeof line === 'string') return useSlackNames(line);
  return line.map((part: Inline) => ({ ...part, text: useSlackNames(part.text) }));
}

/**
 * The answer as Slack users should read it: the bot's own words (errors, help) name the Slack
 * commands. Article text (quotes, citations, profiles) is never touched: it is shown verbatim.
 */
export function adaptAnswerForSlack(answer: Answer): Answer {
  const isHelp = answer.command === 'help';
  return {
    ...answer,
    ...(answer.error !== undefined && { error: useSlackNames(answer.error) }),
    ...(isHelp && {
      title: useSlackNames(answer.title),
      sections: answer.sections.map((section) => ({ ...section, title: useSlackNames(section.title), lines: section.lines.map(useSlackNamesInLine) })),
    }),
    ...(answer.commands && { commands: answer.commands.map((command) => ({ ...command, usage: useSlackNames(command.usage), example: useSlackNames(command.example) })) }),
  };
}
