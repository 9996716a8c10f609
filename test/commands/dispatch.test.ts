import { describe, expect, it } from 'vitest';
import { Answer } from '../../src/model/answer.ts';
import { ask } from '../support/ask.ts';
import { must } from '../support/must.ts';

describe('answering a command line', () => {
  it('lists every command with an example in /help', async () => {
    const answer = await ask('/help');
    expect(must(answer.commands).map((command) => command.name)).toEqual(expect.arrayContaining(['sources', 'who', 'quote', 'cite', 'help']));
    for (const command of must(answer.commands)) expect(command.example).toMatch(new RegExp(`^/${command.name}\\b`));
  });

  it('runs every searching command’s own example on the seeds without bad input', async () => {
    // /add and /remove change the articles: their examples need a writable folder and a network,
    // and are run against local servers in test/commands/add.test.ts and remove.test.ts.
    const searching = must((await ask('/help')).commands).filter((command) => !['add', 'remove'].includes(command.name));
    expect(searching.length).toBeGreaterThanOrEqual(5);
    for (const command of searching) expect((await ask(command.example)).ok, command.example).toBe(true);
  });

  it.each([
    ['', /Type a command/],
    ['/nosuch thing', /no \/nosuch command/],
    ['/sources \u0007 bell', /control characters/],
    ['x'.repeat(5000), /at most/],
    ['/help nosuch', /no \/nosuch command/],
  ])('answers %j with a clear message, not an exception', async (line, message) => {
    const answer = await ask(line);
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(message);
    expect(Answer.safeParse(answer).success).toBe(true);
  });

  it.each([
    ['an empty line', 'empty_line', ''],
    ['an unknown command', 'unknown_command', '/nosuch thing'],
    ['a control character', 'control_characters', '/sources \u0007 bell'],
    ['a line too long', 'line_too_long', 'x'.repeat(5000)],
    ['help on an unknown command', 'unknown_command', '/help nosuch'],
    ['a command without its argument', 'bad_arguments', '/sources'],
  ])('GIVEN %s THEN the answer carries the code %s beside its wording', async (_, code, line) => {
    const answer = await ask(line);
    expect(answer.status).toBe('bad_input');
    expect(answer.errorCode).toBe(code);
  });

  it('GIVEN a command name with a slip ("/soruces") THEN the answer says which command was meant', async () => {
    expect((await ask('/soruces Kursk')).error).toMatch(/There is no \/soruces command\. Did you mean \/sources\?/);
  });

  it('GIVEN help on a name with a slip ("/help qoute") THEN it says which command was meant', async () => {
    expect((await ask('/help qoute')).error).toMatch(/Did you mean \/quote\?/);
  });

  it('GIVEN a name like no command ("/nosuch") THEN no command is suggested', async () => {
    expect((await ask('/nosuch thing')).error).not.toMatch(/Did you mean/);
  });

  it('accepts a command without its slash', async () => {
    expect((await ask('who Goremykin')).entity?.name).toBe('Viktor Goremykin');
  });

  it('GIVEN /whois, the name Slack registers /who under, typed on the console THEN answers as /who', async () => {
    expect(await ask('/whois Goremykin')).toEqual(await ask('/who Goremykin'));
  });

  it('GIVEN /remove-article, the name Slack registers /remove under, typed on the console THEN answers as /remove', async () => {
    const answer = await ask('/remove-article 001_37221fccf659f1c8');
    expect(answer.command).toBe('remove');
    expect(answer).toEqual(await ask('/remove 001_37221fccf659f1c8'));
  });

  it('GIVEN /help on a command by its other name THEN explains the command under its own name', async () => {
    expect(await ask('/help whois')).toMatchObject({ ok: true, title: '/who', commands: [{ name: 'who' }] });
  });

  it('handles emoji, right-to-left and zero-width characters as ordinary text', async () => {
    for (const line of ['/sources 🚀 troops', '/who \u202Eנִיקוֹלַאי', '/quote unwa\u200Bvering']) {
      const answer = await ask(line);
      expect(Answer.safeParse(answer).success).toBe(true);
    }
  });
});
