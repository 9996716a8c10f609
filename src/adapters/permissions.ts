import type { Caller } from '../../commands/define.ts';

/** The ADMIN_* lists from configuration (`src/config.ts`): all that deciding who is an admin needs. */
export interface AdminLists {
  ADMIN_SLACK_USERS: readonly string[];
  ADMIN_DISCORD_USERS: readonly string[];
  ADMIN_DISCORD_ROLES: readonly string[];
}

/** What an adapter knows about who sent a command, before it decides whether they are an admin. */
export interface CallerIdentity {
  platform: Caller['platform'];
  userId: string;
  /** Discord role ids of the member in the guild the command came from; empty elsewhere. */
  roleIds?: readonly string[];
}

/**
 * Whether this caller may add and remove articles: listed in `ADMIN_SLACK_USERS`,
 * `ADMIN_DISCORD_USERS`, or holding a role in `ADMIN_DISCORD_ROLES`. The console is always
 * allowed: whoever types there owns the machine and its files anyway.
 */
export function isAdminCaller(config: AdminLists, identity: CallerIdentity): boolean {
  if (identity.platform === 'console') return true;
  if (identity.platform === 'slack') return config.ADMIN_SLACK_USERS.includes(identity.userId);
  return config.ADMIN_DISCORD_USERS.includes(identity.userId) || (identity.roleIds ?? []).some((role) => config.ADMIN_DISCORD_ROLES.includes(role));
}

/** The Caller an adapter passes to commands, with `isAdmin` decided from configuration. */
export function describeCaller(config: AdminLists, identity: CallerIdentity): Caller {
  return { platform: identity.platform, userId: identity.userId, isAdmin: isAdminCaller(config, identity), ...(identity.roleIds !== undefined && { adminByRole: true }) };
}
