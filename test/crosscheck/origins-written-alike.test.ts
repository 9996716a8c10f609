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
  tax_c: 'Hale backs tax plans\n\nSarah Hale said his party would cut £4bn in taxes by trimming waste.',
  cricket: 'Hale hits century\n\nAustralia captain Jim Hale scored a century in Perth. Jim Hale said the side was in fine form.',
});

describe('a surname read within its own article, as the origin of a claim', () => {
  it('GIVEN "Mr Hale said …" in an article naming Michael Hale, beside "Michael Hale said …" and "Sarah Hale said …" THEN the surname is Michael Hale, not a third origin', async () => {
    const { corroboration } = await ask('/sources cut £4bn in taxes by trimming waste', surnames);
    expect(corroboration?.origins).toEqual(['Michael Hale', 'Sarah Hale']);
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

/** One politician named in full in one report, by surname alone in another that never names him in full. */
const surnameOnly = libraryOf({
  tax_d: 'Hale sets out tax plans\n\nMichael Hale said his party would cut £4bn in taxes by trimming waste. Labour said the sums did not add up.',
  tax_e: 'Tory tax plans\n\nMr Hale said his party would cut £4bn in taxes by trimming waste. The plans are costed, he added.',
});

describe('a surname alone beside the one full name the note gives with it', () => {
  it('GIVEN "Mr Hale said …" in an article that never names him in full, and "Michael Hale said …" in another THEN one origin, Michael Hale', async () => {
    const { corroboration } = await ask('/sources cut £4bn in taxes by trimming waste', surnameOnly);
    expect(corroboration?.origins).toEqual(['Michael Hale']);
  });
});

/** Two people of one surname named in full, and a third report giving the surname alone. */
const twoHales = libraryOf({
  tax_f: 'Hale sets out tax plans\n\nMichael Hale said his party would cut £4bn in taxes by trimming waste.',
  tax_g: 'Hale backs plan\n\nSarah Hale said his party would cut £4bn in taxes by trimming waste.',
  tax_h: 'Tory tax plans\n\nMr Hale said his party would cut £4bn in taxes by trimming waste.',
});

describe('a surname alone beside two full names that end with it', () => {
  it('GIVEN "Michael Hale said", "Sarah Hale said" and "Mr Hale said" THEN the surname alone is not taken for either', async () => {
    const { corroboration } = await ask('/sources cut £4bn in taxes by trimming waste', twoHales);
    expect(corroboration?.origins).toContain('Hale');
  });
});
