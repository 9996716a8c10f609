import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';
import { describeCaller, isAdminCaller } from '../../src/adapters/permissions.ts';

const config = readConfig({ ADMIN_SLACK_USERS: 'U111, U222', ADMIN_DISCORD_USERS: '9001', ADMIN_DISCORD_ROLES: '42,43' });

describe('who may add and remove articles', () => {
  it('GIVEN the ADMIN_* variables THEN reads them as lists, and nobody by default', () => {
    expect(config).toMatchObject({ ADMIN_SLACK_USERS: ['U111', 'U222'], ADMIN_DISCORD_USERS: ['9001'], ADMIN_DISCORD_ROLES: ['42', '43'], ALLOW_PRIVATE_URLS: false });
    expect(readConfig({})).toMatchObject({ ADMIN_SLACK_USERS: [], ADMIN_DISCORD_USERS: [], ADMIN_DISCORD_ROLES: [] });
  });

  it('GIVEN ALLOW_PRIVATE_URLS THEN reads it as a yes or no, and names it when it is neither', () => {
    expect(readConfig({ ALLOW_PRIVATE_URLS: 'true' }).ALLOW_PRIVATE_URLS).toBe(true);
    expect(readConfig({ ALLOW_PRIVATE_URLS: 'false' }).ALLOW_PRIVATE_URLS).toBe(false);
    expect(() => readConfig({ ALLOW_PRIVATE_URLS: 'maybe' })).toThrow(/ALLOW_PRIVATE_URLS/);
  });

  it('GIVEN a listed Slack user THEN is an admin, and an unlisted one is not', () => {
    expect(isAdminCaller(config, { platform: 'slack', userId: 'U222' })).toBe(true);
    expect(isAdminCaller(config, { platform: 'slack', userId: 'U333' })).toBe(false);
  });

  it('GIVEN a Discord member THEN is an admin by user id or by role, and a Slack id does not count there', () => {
    expect(isAdminCaller(config, { platform: 'discord', userId: '9001' })).toBe(true);
    expect(isAdminCaller(config, { platform: 'discord', userId: '7', roleIds: ['1', '43'] })).toBe(true);
    expect(isAdminCaller(config, { platform: 'discord', userId: 'U111', roleIds: ['1'] })).toBe(false);
  });

  it('GIVEN the console THEN the person at the keyboard is an admin', () => {
    expect(describeCaller(readConfig({}), { platform: 'console', userId: 'console' })).toEqual({ platform: 'console', userId: 'console', isAdmin: true });
  });
});
