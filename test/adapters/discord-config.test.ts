import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/config.ts';

const TOKEN = 'MTAwMDAw.secret-part.signature_part';
const APP = '100000000000000001';

function failure(env: Record<string, string>): ConfigError {
  try {
    readConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('Discord configuration', () => {
  it('GIVEN no DISCORD_* variables THEN Discord is off', () => {
    expect(readConfig({}).discord).toBeUndefined();
  });

  it('GIVEN a token and an application id THEN Discord is on, with the optional guild and API URL', () => {
    expect(readConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APP_ID: APP }).discord).toEqual({ token: TOKEN, appId: APP });
    const full = readConfig({ DISCORD_TOKEN: ` ${TOKEN} `, DISCORD_APP_ID: APP, DISCORD_GUILD_ID: '100000000000000003', DISCORD_API_URL: 'http://127.0.0.1:9/api/' });
    expect(full.discord).toEqual({ token: TOKEN, appId: APP, guildId: '100000000000000003', apiUrl: 'http://127.0.0.1:9/api' });
  });

  it('GIVEN blank values THEN they count as unset', () => {
    expect(readConfig({ DISCORD_TOKEN: ' ', DISCORD_APP_ID: '' }).discord).toBeUndefined();
  });

  it.each([
    [{ DISCORD_TOKEN: TOKEN }, 'DISCORD_APP_ID', /is not set/u],
    [{ DISCORD_APP_ID: APP }, 'DISCORD_TOKEN', /is not set, but DISCORD_APP_ID is/u],
    [{ DISCORD_TOKEN: `Bot ${TOKEN}`, DISCORD_APP_ID: APP }, 'DISCORD_TOKEN', /is not a bot token/u],
    [{ DISCORD_TOKEN: TOKEN, DISCORD_APP_ID: 'my-app' }, 'DISCORD_APP_ID', /17 to 20 digits/u],
    [{ DISCORD_TOKEN: TOKEN, DISCORD_APP_ID: APP, DISCORD_GUILD_ID: '12' }, 'DISCORD_GUILD_ID', /17 to 20 digits/u],
    [{ DISCORD_TOKEN: TOKEN, DISCORD_APP_ID: APP, DISCORD_API_URL: 'ftp://proxy' }, 'DISCORD_API_URL', /http or https URL/u],
  ])('GIVEN %o THEN the error names %s and never shows the token', (env, variable, message) => {
    const error = failure(env);
    expect(error.variable).toBe(variable);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('secret-part');
  });
});
