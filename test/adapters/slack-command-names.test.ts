import { describe, expect, it } from 'vitest';
import { findCommand } from '../../commands/index.ts';
import { SLACK_COMMAND_NAMES, toCommandLine, toCommandName, toSlackCommand, useSlackNames } from '../../src/adapters/slack/command-names.ts';

describe('Slack command names', () => {
  it('GIVEN a command Slack keeps for itself THEN it is registered under its Slack name; the others keep theirs', () => {
    expect(toSlackCommand('who')).toBe('/whois');
    expect(toSlackCommand('remove')).toBe('/remove-article');
    expect(toSlackCommand('sources')).toBe('/sources');
  });

  it('GIVEN a command with a Slack name THEN every other surface takes that name too, so the Slack docs hold everywhere', () => {
    for (const [name, slackName] of Object.entries(SLACK_COMMAND_NAMES)) expect(findCommand(slackName)?.name, slackName).toBe(name);
  });

  it('GIVEN a command whose name is a Slack built-in and has no Slack name THEN registering it fails, naming the file to change', () => {
    expect(() => toSlackCommand('topic')).toThrow(/command-names\.ts/u);
  });

  it('GIVEN a Slack name THEN it reads as the command behind it', () => {
    expect(toCommandName('/whois')).toBe('who');
    expect(toCommandName('remove-article')).toBe('remove');
    expect(toCommandName('cite')).toBe('cite');
  });

  it('GIVEN a line typed in Slack THEN its command, and the command help is asked about, are read by either name', () => {
    expect(toCommandLine('whois Goremykin public')).toBe('who Goremykin public');
    expect(toCommandLine('/remove-article 005_harbour')).toBe('/remove 005_harbour');
    expect(toCommandLine('help whois')).toBe('help who');
    expect(toCommandLine('who Goremykin')).toBe('who Goremykin');
    expect(toCommandLine('quote whois behind it')).toBe('quote whois behind it');
  });

  it('GIVEN the bot’s own words naming /who or /remove THEN Slack users read the Slack names; other slashes are left alone', () => {
    expect(useSlackNames('Give a name, for example: /who Goremykin')).toBe('Give a name, for example: /whois Goremykin');
    expect(useSlackNames('/sources, /who and /quote work for everyone.')).toBe('/sources, /whois and /quote work for everyone.');
    expect(useSlackNames('see https://example.org/who/we-are and /whois')).toBe('see https://example.org/who/we-are and /whois');
    expect(useSlackNames('/remove <article id>')).toBe('/remove-article <article id>');
  });
});
