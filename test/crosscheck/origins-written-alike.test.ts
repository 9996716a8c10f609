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

/** One politician by his surname in one report and in full in another, in a library that also holds another man of that surname. */
const surnames = libraryOf({
  tax_a: 'Hale sets out tax plans\n\nTory leader Michael Hale set out his plans on Monday. Mr Hale said his party would cut £4bn in taxes by trimming waste.',
  tax_b: 'Tory tax plans\n\nMichael Hale said his party would cut £4bn in taxes by trimming waste. Labour said the sums did not add up.',
  cricket: 'Hale hits century\n\nAustralia captain Jim Hale scored a century in Perth. Jim Hale said the side was in fine form.',
});

describe('a surname read within its own article, as the origin of a claim', () => {
  it('GIVEN "Mr Hale said …" in an article naming Michael Hale, and "Michael Hale said …" in another THEN the note names one origin, Michael Hale', async () => {
    const { corroboration } = await ask('/sources cut £4bn in taxes by trimming waste', surnames);
    expect(corroboration?.origins).toEqual(['Michael Hale']);
  });
});

/** Someone described by his tie to a person the article names. */
const described = libraryOf({
  tax_c: 'Hale under pressure\n\nMichael Hale is under pressure from his party. A friend of Mr Hale said the party would cut £4bn in taxes by trimming waste.',
  cricket: 'Hale hits century\n\nAustralia captain Jim Hale scored a century in Perth. Jim Hale said the side was in fine form.',
});

describe('a source described by the person it is close to', () => {
  it('GIVEN "A friend of Mr Hale said …" THEN the origin is not Michael Hale himself', async () => {
    const { corroboration } = await ask('/sources cut £4bn in taxes by trimming waste', described);
    expect(corroboration?.origins ?? []).not.toContain('Michael Hale');
  });
});
