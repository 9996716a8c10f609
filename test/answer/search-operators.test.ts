import { describe, expect, it } from 'vitest';
import { ask } from '../support/ask.ts';

// Search operators typed from habit: none is supported, and none may be silently read as something else.

const codes = (answer: { notes: readonly { code: string }[] }): string[] => answer.notes.map((note) => note.code);
const quotes = (answer: { results: readonly { quote: string }[] }): string[] => answer.results.map((citation) => citation.quote);

describe('a word with a minus before it', () => {
  it('is not searched for: /sources troops -5000 answers /sources troops, not /sources troops 5000', async () => {
    const answer = await ask('/sources troops -5000');
    expect(quotes(answer)).toEqual(quotes(await ask('/sources troops')));
    expect(answer.query).toBe('troops -5000');
  });

  it('is named in a note saying the bot cannot leave words out', async () => {
    const answer = await ask('/sources troops -5000');
    expect(answer.notes[0]?.message).toBe('The bot cannot leave out sentences that hold a word, so “-5000” was not searched for: this answers the rest of the question, with or without that word.');
  });

  it('alone leaves nothing to search for, and the answer says so', async () => {
    const answer = await ask('/sources -troops');
    expect(answer.status).toBe('not_found');
    expect(codes(answer)).toEqual(['operator_minus', 'nothing_left']);
  });

  it('is named once however often it is asked, and a long list is cut with a count', async () => {
    const answer = await ask(`/sources troops ${'-a '.repeat(50)}-b -c -d -e -f -g`);
    expect(answer.notes[0]?.message).toBe(
      'The bot cannot leave out sentences that hold a word, so “-a”, “-b”, “-c”, “-d”, “-e” and 2 more were not searched for: this answers the rest of the question, with or without those words.',
    );
  });

  it('is read alike by /compare, /cite, /quote and /who', async () => {
    for (const line of ['/compare demining -Yonhap', '/cite 5000 troops -Kursk apa', '/quote unwavering support -Putin', '/who Goremykin -Putin']) {
      expect(codes(await ask(line))[0]).toBe('operator_minus');
    }
  });

  it('is told from a hyphen inside a word, which asks for the compound', async () => {
    expect(codes(await ask('/sources North-Korean troops'))).not.toContain('operator_minus');
  });
});

describe('OR between two words', () => {
  it('is left out, and the note says the other words are looked for together', async () => {
    const answer = await ask('/sources troops OR soldiers');
    expect(quotes(answer)).toEqual(quotes(await ask('/sources troops soldiers')));
    expect(codes(answer)[0]).toBe('operator_or');
  });

  it('is a word like any other at the start of a query', async () => {
    expect(codes(await ask('/sources OR troops'))).not.toContain('operator_or');
  });
});

describe('a site: operator', () => {
  it('is not searched for as words, and the note says the bot does not search by site', async () => {
    const answer = await ask('/sources site:bbc.co.uk troops');
    expect(quotes(answer)).toEqual(quotes(await ask('/sources troops')));
    expect(codes(answer)[0]).toBe('operator_field');
  });
});

describe('a wildcard star', () => {
  it('is left out of the word, and the note says it is no wildcard', async () => {
    const answer = await ask('/sources troo*');
    expect(quotes(answer)).toEqual(quotes(await ask('/sources troo')));
    expect(answer.notes[0]?.message).toBe('“*” is no wildcard here: it was left out of “troo*”, and the rest was searched for as written.');
  });

  it('standing alone leaves nothing to search for, and the note does not say the rest was searched', async () => {
    const answer = await ask('/sources *');
    expect(answer.notes.map((note) => note.message)).toEqual(['“*” is no wildcard here, and alone it stands for no word: “*” was not searched for.', 'Nothing else is left to search for.']);
  });
});

describe('quotation marks around words', () => {
  it('are said not to ask for the exact words in /sources, which finds them in any order', async () => {
    const answer = await ask('/sources "troops engineering"');
    expect(quotes(answer)).toEqual(quotes(await ask('/sources troops engineering')));
    expect(codes(answer)[0]).toBe('operator_quotes');
  });

  it('enclose the phrase in /quote, with no note', async () => {
    expect(codes(await ask('/quote "unwavering support"'))).not.toContain('operator_quotes');
  });

  it('enclose the name in /who, which is not then called a short form the articles never write', async () => {
    const answer = await ask('/who "Goremykin"');
    expect(answer.entity?.name).toBe('Viktor Goremykin');
    expect(answer.notes).toEqual((await ask('/who Goremykin')).notes);
  });
});
