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
  /** Our commands that the other scope holds too, so a server lists them twice. */
  alsoIn?: { scope: string; names: string[] } | undefined;
  /** Copies taken off a guild because the global registration now serves it. */
  removedFrom?: { scope: string; names: string[] };
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

/**
 * Where to register: `guildId` set puts the commands on that server only (they appear at once);
 * unset, globally (on every server, up to an hour to appear). `otherGuildId` is a server that may
 * still hold a copy from testing, looked at so no command is listed twice there.
 */
export type Target = { appId: string; guildId?: string; otherGuildId?: string };

function routeOf(appId: string, guildId: string | undefined): `/${string}` {
  return guildId !== undefined ? Routes.applicationGuildCommands(appId, guildId) : Routes.applicationCommands(appId);
}

/** The other scope Discord would also show these commands from: the global list for a guild, the test guild for the global list. */
function findOtherScope(target: Target): { guildId?: string; scope: string } | undefined {
  if (target.guildId !== undefined) return { scope: 'global' };
  if (target.otherGuildId !== undefined) return { guildId: target.otherGuildId, scope: `guild ${target.otherGuildId}` };
  return undefined;
}

/**
 * What registering would change, read from Discord without changing anything: in the target
 * scope, and which of our commands the other scope also holds (Discord lists a command
 * registered both globally and on a guild twice on that guild).
 */
export async function planRegistration(rest: REST, target: Target, wanted: SlashCommand[] = describeSlashCommands()): Promise<RegistrationReport> {
  const registered = (await rest.get(routeOf(target.appId, target.guildId))) as APIApplicationCommand[];
  const byName = new Map(registered.map((command) => [command.name, command]));
  const report: RegistrationReport = { scope: target.guildId !== undefined ? `guild ${target.guildId}` : 'global', created: [], updated: [], unchanged: [], deleted: [], alsoIn: undefined };
  for (const command of wanted) {
    const existing = byName.get(command.name);
    if (!existing) report.created.push(command.name);
    else if (comparable(existing) === comparable(command)) report.unchanged.push(command.name);
    else report.updated.push(command.name);
  }
  const wantedNames = new Set(wanted.map((command) => command.name));
  report.deleted = registered.map((command) => command.name).filter((name) => !wantedNames.has(name));
  const other = findOtherScope(target);
  if (other) {
    const elsewhere = (await rest.get(routeOf(target.appId, other.guildId))) as APIApplicationCommand[];
    const twice = elsewhere.map((command) => command.name).filter((name) => wantedNames.has(name));
    if (twice.length > 0) report.alsoIn = { scope: other.scope, names: twice };
  }
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
 * Registering globally also takes our commands off `otherGuildId`, where they would otherwise be
 * listed twice; a guild registration leaves the global list alone (it serves every other server)
 * and reports the overlap in `alsoIn`.
 */
export async function registerCommands(rest: REST, target: Target, wanted: SlashCommand[] = describeSlashCommands()): Promise<RegistrationReport> {
  const report = await planRegistration(rest, target, wanted);
  if (hasChanges(report)) await rest.put(routeOf(target.appId, target.guildId), { body: wanted });
  if (target.guildId === undefined && target.otherGuildId !== undefined && report.alsoIn) {
    const copies = (await rest.get(routeOf(target.appId, target.otherGuildId))) as APIApplicationCommand[];
    const ours = new Set(report.alsoIn.names);
    await rest.put(routeOf(target.appId, target.otherGuildId), {
      body: copies.filter((command) => !ours.has(command.name)).map(({ id: _id, application_id: _app, version: _version, guild_id: _guild, ...body }) => body),
    });
    report.removedFrom = report.alsoIn;
    report.alsoIn = undefined;
  }
  return report;
}

/** The report in lines a person reads: `Slash commands (guild 123): created /who; unchanged /sources, /help.` */
export function formatRegistration(report: RegistrationReport): string {
  const parts = (['created', 'updated', 'unchanged', 'deleted'] as const).filter((key) => report[key].length > 0).map((key) => `${key} ${report[key].map((name) => `/${name}`).join(', ')}`);
  const lines = [`Slash commands (${report.scope}): ${parts.join('; ') || 'none'}.${hasChanges(report) ? '' : ' Nothing to change.'}`];
  if (report.removedFrom) lines.push(`Removed the copies on ${report.removedFrom.scope} (${report.removedFrom.names.map((name) => `/${name}`).join(', ')}), which would have been listed twice there.`);
  if (report.alsoIn) lines.push(describeDoubleListing(report.scope, report.alsoIn));
  return lines.join('\n');
}

/** What to tell someone whose commands are registered in two scopes at once. */
export function describeDoubleListing(scope: string, alsoIn: { scope: string; names: string[] }): string {
  const names = alsoIn.names.map((name) => `/${name}`).join(', ');
  const where = scope.startsWith('guild') ? scope : alsoIn.scope;
  return `${names} are registered both on ${where} and globally, so that server lists them twice. Run npm run discord:register -- --global to keep only the global ones: it removes the server's copies.`;
}
