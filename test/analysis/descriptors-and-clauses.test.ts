import { describe, expect, it } from 'vitest';
import { descriptorsOf, tableOf } from '../support/entity-table-of.ts';

describe('a clause after a name is no apposition of it', () => {
  it('GIVEN "After the match in Cardiff, the home side\'s manager was fined" THEN the next clause\'s subject is no descriptor of the place', () => {
    const table = tableOf("After the match in Cardiff, the home side's manager was fined and two of his players were banned.");
    expect(descriptorsOf(table, 'Cardiff')).toEqual([]);
  });

  it('GIVEN "Speaking in Glasgow, the chancellor said" THEN the speaker\'s role is no descriptor of the place', () => {
    const table = tableOf('Speaking in Glasgow, the chancellor said the budget would be balanced.');
    expect(descriptorsOf(table, 'Glasgow')).toEqual([]);
  });

  it('GIVEN "Jo Hale, an analyst at research firm Ovum believes …" with no closing comma THEN the role before the verb is her descriptor', () => {
    const table = tableOf('Jo Hale, an analyst at research firm Ovum believes the market will double by 2008.');
    expect(descriptorsOf(table, 'Jo Hale')).toEqual(['analyst at research firm Ovum']);
  });

  it('GIVEN "said Tom Reed, sales director for Acme Networks which has …" THEN the relative word and its clause are cut off', () => {
    const table = tableOf('"Demand is strong," said Tom Reed, sales director for Acme Networks which has offices in ten countries.');
    expect(descriptorsOf(table, 'Tom Reed')).toEqual(['sales director for Acme Networks']);
  });

  it('GIVEN "said Ade Bello, a cocoa farmer from Ondo state told Reuters" THEN the apposition after the speech verb is still his descriptor', () => {
    const table = tableOf('"The money will not reach us," said Ade Bello, a cocoa farmer from Ondo state told Reuters.');
    expect(descriptorsOf(table, 'Ade Bello')).toEqual(['cocoa farmer from Ondo state']);
  });
});
