import { describe, expect, it } from 'vitest';
import { ask } from '../support/ask.ts';

// Every command that answers from the search says when it read a word as a near spelling, in the
// same words: a user who asked about a supermarket must not take an answer about a continent for it.
const spellingNotes = async (command: string) => (await ask(command)).notes.filter((entry) => entry.code === 'spelling').map((entry) => entry.message);

describe('a query answered through a near spelling', () => {
  it('/sources says which word it read', async () => {
    expect(await spellingNotes('/sources tropos')).toEqual(['Read as a misspelling: “troops” for “tropos”.']);
  });

  it('/compare says which word it read, in the words /sources uses', async () => {
    expect(await spellingNotes('/compare tropos')).toEqual(await spellingNotes('/sources tropos'));
  });

  it('/cite says which word the cited sentence uses for the one asked', async () => {
    expect(await spellingNotes('/cite demning short')).toEqual([expect.stringMatching(/^Read as a misspelling: “[Dd]emining” for “demning”\.$/)]);
  });

  it('/compare with every word found as typed has no such note', async () => {
    expect(await spellingNotes('/compare troops')).toEqual([]);
  });
});
