import { describe, expect, it } from 'vitest';
import sources from '../../commands/sources.ts';
import { libraryOf } from '../crosscheck/library-of.ts';

/**
 * Fourteen articles on the council tax that tell different things (a rise here, a pledge to scrap it there), two sentences
 * each, and one more whose only sentence on it is a denial: more sentences than one answer lists, and no one claim retold.
 */
const towns = ['Ashford', 'Bolton', 'Crewe', 'Derby', 'Exeter', 'Fareham', 'Gateshead', 'Harlow', 'Ipswich', 'Jarrow', 'Kendal', 'Luton', 'Morpeth', 'Newark'];
const texts: Record<string, string> = {};
towns.forEach((town, i) => {
  texts[`tax_${i}`] =
    `${town} budget set\n\n${town} council will raise council tax by ${i + 2}% from April, its leader said. ` +
    `Opposition councillors in ${town} want council tax frozen for ${i + 1} years. The budget was agreed after a long debate.`;
});
texts.denial = 'Minister rejects claims\n\nThe minister denied that the council tax would be scrapped. He spoke in Leeds on Friday.';
const library = libraryOf(texts);
const context = { library, caller: { platform: 'console' as const, userId: 'test', isAdmin: false } };

describe('/sources past the sentences one answer lists', () => {
  it('GIVEN more sentences than are listed, one of them a denial in an article of its own THEN the articles listed are never more than the articles counted', async () => {
    const answer = await sources.run({ claim: 'council tax' }, context);
    const message = answer.notes.find((entry) => entry.code === 'sources_truncated')?.message ?? '';
    const [, listed, counted] = /from (\d+) of the (\d+) articles counted/u.exec(message) ?? [];
    expect(Number(listed)).toBeGreaterThan(0);
    expect(Number(listed)).toBeLessThanOrEqual(Number(counted));
  });
});
