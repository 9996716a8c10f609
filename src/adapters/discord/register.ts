import { REST, Routes, type APIApplicationCommand } from 'discord.js';
import type { DiscordConfig } from './config.ts';
import { describeSlashCommands, type SlashCommand } from './slash-commands.ts';

/** What a registration changed, by command name. */
export interface RegistrationReport {
  /** `guild 123…` or `global`. */
  scope: string;
  created: string[];
  updated: string[];
  unchanged: string[];
  deleted: string[];
}

/** A REST client for the configured API; the token stays inside it. */
export function createRest(config: DiscordConfig): REST {
  return new REST(config.apiUrl !== undefined ? { api: config.apiUrl } : {}).setToken(config.token);
}

/**
 * The parts of a command that we set, with Discord's defaults filled in, so a command read back
 * from Discord (with ids, versions and null localisations) compares equal to the one we sent.
 */
function comparable(command: SlashCommand | APIApplicationCommand): string {
  const options = (command.options ?? []).map((option) => {
    const bag: Record<string, unknown> = { ...option };
    return {
      type: option.type,
      name: option.name,
      description: option.description,
      required: bag.required ?? false,
      autocomplete: bag.autocomplete ?? false,
      choices: bag.choices ?? [],
      min_length: bag.min_length ?? null,
      max_length: bag.max_length ?? null,
      min_value: bag.min_value ?? null,
      max_value: bag.max_value ?? null,
    };
  });
  return JSON.stringify({ type: command.type ?? 1, name: command.name, description: command.description, options });
}

type Target = { appId: string; guildId?: string };

function routeOf(target: Target): `/${string}` {
  return target.guildId !== undefined ? Routes.applicationGuildCommands(target.appId, target.guildId) : Routes.applicationCommands(target.appId);
}

/** What registering would change, read from Discord without changing anything. */
export async function planRegistration(rest: REST, target: Target, wanted: SlashCommand[] = describeSlashCommands()): Promise<RegistrationReport> {
  const registered = (await rest.get(routeOf(target))) as APIApplicationCommand[];
  const byName = new Map(registered.map((command) => [command.name, command]));
  const report: RegistrationReport = { scope: target.guildId !== undefined ? `guild ${target.guildId}` : 'global', created: [], updated: [], unchanged: [], deleted: [] };
  for (const command of wanted) {
    const existing = byName.get(command.name);
    if (!existing) report.created.push(command.name);
    else if (comparable(existing) === comparable(command)) report.unchanged.push(command.name);
    else report.updated.push(command.name);
  }
  const wantedNames = new Set(wanted.map((command) => command.name));
  report.deleted = registered.map((command) => command.name).filter((name) => !wantedNames.has(name));
  return report;
}

/** True when the report holds anything to create, update or delete. */
export function hasChanges(report: RegistrationReport): boolean {
  return report.created.length + report.updated.length + report.deleted.length > 0;
}

/**
 * Make the registered slash commands match the command list, on one guild (instant) or globally
 * (Discord takes up to an hour to show changes). Idempotent: it reads what is registered and
 * writes only when something differs, as one bulk overwrite that also removes stale commands.
 */
export async function registerCommands(rest: REST, target: Target, wanted: SlashCommand[] = describeSlashCommands()): Promise<RegistrationReport> {
  const report = await planRegistration(rest, target, wanted);
  if (hasChanges(report)) await rest.put(routeOf(target), { body: wanted });
  return report;
}

/** The report in one line a person reads: `guild 123: created /who; unchanged /sources, /help.` */
export function formatRegistration(report: RegistrationReport): string {
  const parts = (['created', 'updated', 'unchanged', 'deleted'] as const)
    .filter((key) => report[key].length > 0)
    .map((key) => `${key} ${report[key].map((name) => `/${name}`).join(', ')}`);
  return `Slash commands (${report.scope}): ${parts.join('; ') || 'none'}.${hasChanges(report) ? '' : ' Nothing to change.'}`;
}
