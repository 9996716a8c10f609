import { describe, expect, it } from 'vitest';
import { slackSettings } from '../../src/adapters/slack/config.ts';
import { decodeSlackText, freeTextLine, slashCommandLine, splitVisibility } from '../../src/adapters/slack/requests.ts';
import { ConfigError, readConfig } from '../../src/config.ts';

describe('reading Slack requests', () => {
  it('GIVEN Slack-escaped text THEN the query gets the characters back, and web links their address', () => {
    expect(decodeSlackText('Q&amp;A &lt;b&gt; <https://x.example|x.example> <mailto:a@b.c>')).toBe('Q&A <b> https://x.example mailto:a@b.c');
  });

  it('GIVEN a link with a label of its own THEN /add gets the address, not the label', () => {
    expect(slashCommandLine('/add', '<https://news.example/kursk|the Kursk story>')).toBe('add https://news.example/kursk');
  });

  it('GIVEN a user or channel mention THEN it becomes its label', () => {
    expect(decodeSlackText('<@U123|maria> in <#C9|newsroom>')).toBe('maria in newsroom');
  });

  it('GIVEN a trailing public or private THEN it sets where the answer goes and leaves the query', () => {
    expect(splitVisibility('sources 5000 troops public', false)).toEqual({ line: 'sources 5000 troops', isPublic: true });
    expect(splitVisibility('sources 5000 troops PRIVATE', true)).toEqual({ line: 'sources 5000 troops', isPublic: false });
    expect(splitVisibility('sources 5000 troops', true)).toEqual({ line: 'sources 5000 troops', isPublic: true });
  });

  it('GIVEN a slash command, the umbrella, a mention or an empty DM THEN each becomes a command line', () => {
    expect(slashCommandLine('/who', 'Goremykin')).toBe('who Goremykin');
    expect(freeTextLine('who Goremykin')).toBe('who Goremykin');
    expect(freeTextLine('<@U0BOT> <@U0BOT|crosscheck> /quote unwavering support')).toBe('/quote unwavering support');
    expect(freeTextLine('<@U0BOT>')).toBe('help');
  });
});

describe('Slack configuration', () => {
  const secret = 'abcdef0123456789abcdef0123456789';
  it('GIVEN no Slack variables THEN Slack is off', () => {
    expect(slackSettings(readConfig({}))).toBeUndefined();
  });

  it('GIVEN a bot and an app token THEN Socket Mode; a bot token and signing secret THEN HTTP on PORT', () => {
    expect(slackSettings(readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }))).toMatchObject({ mode: 'socket', appToken: 'xapp-1' });
    expect(slackSettings(readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: secret, PORT: '8080', SLACK_PUBLIC_ANSWERS: 'true' }))).toMatchObject({
      mode: 'http',
      port: 8080,
      publicAnswers: true,
    });
  });

  it.each([
    [{ SLACK_BOT_TOKEN: 'xoxp-user-token-secret' }, 'SLACK_BOT_TOKEN'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_APP_TOKEN'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: '   ' }, 'SLACK_APP_TOKEN'],
    [{ SLACK_APP_TOKEN: 'xapp-1' }, 'SLACK_BOT_TOKEN'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-wrong-kind' }, 'SLACK_APP_TOKEN'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: secret, PORT: 'eighty' }, 'PORT'],
    [{ SLACK_API_URL: 'not a url' }, 'SLACK_API_URL'],
    [{ SLACK_PUBLIC_ANSWERS: 'maybe' }, 'SLACK_PUBLIC_ANSWERS'],
  ])('GIVEN %o THEN a ConfigError names %s and does not echo the value', (env, variable) => {
    const error = (() => {
      try {
        readConfig(env);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    for (const value of Object.values(env)) if (value.trim().length > 6) expect((error as Error).message).not.toContain(value);
  });
});
