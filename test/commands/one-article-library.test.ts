import { describe, expect, it } from 'vitest';
import quote from '../../commands/quote.ts';
import sources from '../../commands/sources.ts';
import { readArticle } from '../../src/corpus/load.ts';
import { buildLibrary } from '../../src/library/library.ts';
import type { Answer } from '../../src/model/answer.ts';

/** A class channel that has added one article only: the answers speak of it as one. */
const read = readArticle(
  'budget.txt',
  new TextEncoder().encode('Council sets its budget\n\nThe council agreed a 3% rise in council tax on Tuesday. The leader said the rise would pay for libraries.'),
);
if (!read.ok) throw new Error(read.warning.reason);
const library = buildLibrary([read.article]);
const context = { library, caller: { platform: 'console' as const, userId: 'test', isAdmin: false } };
const noteOf = (answer: Answer, code: string): string => answer.notes.find((entry) => entry.code === code)?.message ?? '';

describe('answers over a library of one article', () => {
  it('GIVEN words no sentence holds THEN /sources says no sentence in the one article holds them', async () => {
    const answer = await sources.run({ claim: 'hospital parking charges' }, context);
    expect(noteOf(answer, 'not_found')).toContain('no sentence in the one article holds all of');
  });

  it('GIVEN a phrase the article never writes THEN /quote says it does not appear in the text of the one article', async () => {
    const answer = await quote.run({ text: 'hospital parking' }, context);
    expect(noteOf(answer, 'quote_not_found')).toContain('does not appear in the text of the one article');
  });
});
