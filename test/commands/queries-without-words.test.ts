import { describe, expect, it } from 'vitest';
import { ask } from '../support/ask.ts';

describe('a query with no words in it', () => {
  it.each(['/sources 😀', '/who 😀', '/quote 😀', '/compare 😀', '/cite 😀'])('%s is answered that the query has no words, not that it holds common words', async (line) => {
    const answer = await ask(line);
    expect(answer.ok).toBe(true);
    expect(answer.status).toBe('not_found');
    expect(answer.notes.map((note) => note.code)).toEqual(['no_words']);
    expect(answer.notes[0]?.message).toBe('Nothing to search for: the query has no words in it, only emoji, symbols or punctuation.');
  });

  it('says the same of symbols and punctuation alone', async () => {
    const answer = await ask('/sources ★ ✓ …');
    expect(answer.notes.map((note) => note.code)).toEqual(['no_words']);
  });
});

describe('a query of common words and an emoji', () => {
  it('GIVEN "/sources 😀 of the" THEN the note names the symbols beside the common words', async () => {
    const answer = await ask('/sources 😀 of the');
    expect(answer.notes.map((note) => note.message)).toEqual(['Nothing to search for: the query holds only common words, symbols or punctuation.']);
  });

  it('GIVEN "/sources of the" THEN the note speaks of common words alone, as before', async () => {
    const answer = await ask('/sources of the');
    expect(answer.notes.map((note) => note.message)).toEqual(['Nothing to search for: the query holds only common words or punctuation.']);
  });
});
