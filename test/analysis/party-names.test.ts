import { describe, expect, it } from 'vitest';
import { tableOf } from '../support/entity-table-of.ts';
import { must } from '../support/must.ts';

describe('a British party is one entity however the articles write it', () => {
  it('GIVEN "The Lib Dems warned …" in one article and "The Liberal Democrats said …" in another THEN one party in both', () => {
    const table = tableOf('The Lib Dems warned both parties against pandering to prejudice.', 'The Liberal Democrats said the plan would cost too much.');
    expect(table.find('Lib Dems')).toBe(table.find('Liberal Democrats'));
    expect(table.articleIdsOf(must(table.find('Liberal Democrats'), 'the party'))).toHaveLength(2);
  });

  it('GIVEN "the Tories" in one article and "the Conservatives" in another THEN one party, shown as the Conservatives', () => {
    const table = tableOf('The Tories have promised to cut taxes.', 'The Conservatives have promised to cut taxes by £4bn.');
    expect(table.find('Tories')?.name).toBe('Conservatives');
    expect(table.articleIdsOf(must(table.find('Conservatives'), 'the party'))).toHaveLength(2);
  });

  it('GIVEN "UKIP" in one article and "the UK Independence Party" in another THEN one party', () => {
    const table = tableOf('UKIP has chosen a new leader.', 'The UK Independence Party will stand in every seat.');
    expect(table.find('UKIP')).toBe(table.find('UK Independence Party'));
  });
});
