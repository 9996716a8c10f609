import { describe, expect, it } from 'vitest';
import { ask } from '../support/ask.ts';
import { libraryOf } from './library-of.ts';

/** Two reports of one statement: one gives the speaker's office before his name, the other his name alone. */
const library = libraryOf({
  trade_a: 'Subsidy row deepens\n\nEU Trade Commissioner Peter Vane said talks on aircraft subsidies with Washington had failed. Both sides will now go to the trade court.',
  trade_b: 'Talks collapse\n\nPeter Vane said talks on aircraft subsidies with Washington had failed. The dispute is now headed for the trade court.',
});

describe('one person written with and without a title, as the origin of a claim', () => {
  it('GIVEN "EU Trade Commissioner Peter Vane said …" and "Peter Vane said …" THEN the note names one origin, not "more than one source"', async () => {
    const { corroboration } = await ask('/sources aircraft subsidies talks failed', library);
    expect(corroboration?.origins).toEqual(['Peter Vane']);
    expect(corroboration?.note).not.toContain('more than one source');
  });
});

/** Two banks whose names end alike: two origins. */
const banks = libraryOf({
  bank_a: 'Rates to hold\n\nThe Royal Bank of Scotland said mortgage rates across the country would hold steady until spring.',
  bank_b: 'Lenders cautious\n\nThe Bank of Scotland said mortgage rates across the country would hold steady until spring.',
});

describe('two bodies whose names end alike', () => {
  it('GIVEN "The Royal Bank of Scotland said …" and "The Bank of Scotland said …" THEN both stay origins of their own', async () => {
    const { corroboration } = await ask('/sources mortgage rates hold steady until spring', banks);
    expect(corroboration?.origins).toHaveLength(2);
  });
});
