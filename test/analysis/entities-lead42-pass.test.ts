import { describe, expect, it } from 'vitest';
import { descriptorsOf, tableOf } from '../support/entity-table-of.ts';

describe('an office whose title opens with "Lord"', () => {
  it('GIVEN "The Lord Chancellor has defended …" THEN no person named "Chancellor" is read', () => {
    const table = tableOf('The Lord Chancellor has defended plans to hold terror suspects under house arrest.');
    expect(table.find('Chancellor')).toBeUndefined();
  });

  it('GIVEN "the Lord Chief Justice warned …" THEN no person named "Chief Justice" is read', () => {
    const table = tableOf('Judges will resist the plans, the Lord Chief Justice warned on Tuesday.');
    expect(table.find('Chief Justice')).toBeUndefined();
  });

  it('GIVEN "Lord King said …" THEN a peer whose surname is also a title is still a person', () => {
    const table = tableOf('Lord King said interest rates would stay on hold for the rest of the year.');
    expect(table.find('King')?.kind).toBe('person');
  });

  it('GIVEN "The Lord Chancellor, Lord Falconer, said …" THEN the office is the peer\'s descriptor', () => {
    const table = tableOf('The Lord Chancellor, Lord Falconer, said judges would keep the final say.');
    expect(descriptorsOf(table, 'Falconer')).toContain('Lord Chancellor');
  });
});

describe('a role set off by commas before a name', () => {
  it('GIVEN "The chancellor, Gordon Brown, said …" THEN "chancellor" describes Gordon Brown', () => {
    const table = tableOf('The chancellor, Gordon Brown, said the economy would grow by 3% next year.');
    expect(descriptorsOf(table, 'Gordon Brown')).toContain('chancellor');
  });

  it('GIVEN "told the shadow health secretary, Andrew Lansley, that …" THEN the whole role describes him', () => {
    const table = tableOf('Ministers told the shadow health secretary, Andrew Lansley, that the figures were accurate.');
    expect(descriptorsOf(table, 'Andrew Lansley')).toContain('shadow health secretary');
  });

  it('GIVEN "Among the men, Peter Hollis, 41, said …" THEN a plural names a group he is in, no role of his', () => {
    const table = tableOf('Among the men, Peter Hollis, 41, said they had been misled by the firm.');
    expect(descriptorsOf(table, 'Peter Hollis')).toEqual([]);
  });

  it('GIVEN "The wife of the chairman, Mary Hollis, said …" THEN the role after "of" is another\'s, not hers', () => {
    const table = tableOf('The wife of the chairman, Mary Hollis, said the family would not sell its shares.');
    expect(descriptorsOf(table, 'Mary Hollis')).toEqual([]);
  });

  it('GIVEN "The chancellor, Gordon Brown and Tony Blair met …" THEN a list after the role gives it to no one', () => {
    const table = tableOf('The chancellor, Gordon Brown and Tony Blair met union leaders on Monday.');
    expect(descriptorsOf(table, 'Gordon Brown')).toEqual([]);
  });

  it('GIVEN "As chairman, John Smith said …" THEN a role without "the" is what he acted as, not his descriptor', () => {
    const table = tableOf('As chairman, John Smith said the merger of the two banks would go ahead.');
    expect(descriptorsOf(table, 'John Smith')).toEqual([]);
  });
});
