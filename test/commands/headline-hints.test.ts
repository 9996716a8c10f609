import { describe, expect, it } from 'vitest';
import cite from '../../commands/cite.ts';
import sources from '../../commands/sources.ts';
import type { Answer } from '../../src/model/answer.ts';
import { libraryOf } from '../crosscheck/library-of.ts';

/** Two articles whose headlines hold words their text never puts in one sentence, in the shapes of business copy. */
const library = libraryOf({
  yarrow: 'Could Yarrow be a blessing in disguise?\n\nYarrow Foods lost its biggest contract on Monday. Its shares fell 8%. Analysts said the firm would have to cut costs.',
  stenton: 'Stenton bank posts record profit\n\nStenton made £2.1bn in the year to December. The bank said lending had grown by a fifth.',
});
const context = { library, caller: { platform: 'console' as const, userId: 'test', isAdmin: false } };
const noteOf = (answer: Answer, code: string): string => answer.notes.find((entry) => entry.code === code)?.message ?? '';

describe('words found only in a headline', () => {
  it('GIVEN /sources of words only a headline holds THEN "not found" in the text, and the headline that holds them', async () => {
    const answer = await sources.run({ claim: 'blessing in disguise' }, context);
    expect(answer.status).toBe('not_found');
    expect(noteOf(answer, 'words_in_headlines')).toContain('yarrow (“Could Yarrow be a blessing in disguise?”)');
  });

  it('GIVEN /cite of words only a headline holds THEN "not found", and the headline that holds them', async () => {
    const answer = await cite.run({ claim: 'record profit' }, context);
    expect(answer.status).toBe('not_found');
    expect(noteOf(answer, 'words_in_headlines')).toContain('stenton (“Stenton bank posts record profit”)');
  });

  it('GIVEN /sources of words no headline holds either THEN no headline is named', async () => {
    const answer = await sources.run({ claim: 'pension deficit' }, context);
    expect(answer.status).toBe('not_found');
    expect(noteOf(answer, 'words_in_headlines')).toBe('');
  });
});
