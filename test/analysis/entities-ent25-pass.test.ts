import { describe, expect, it } from 'vitest';
import { names, tableOf, written } from '../support/entity-table-of.ts';
import { must } from '../support/must.ts';

describe('a letter written as an HTML character reference (ent25)', () => {
  it('GIVEN "Commission head Jos&#233; Manuel Barroso" THEN the name is read whole, as the reader reads it', () => {
    const table = tableOf('Commission head Jos&#233; Manuel Barroso wrote to the parliament on Monday.');
    expect(names(table)).toContain('José Manuel Barroso');
    expect(table.find('Manuel Barroso')).toBeUndefined();
  });

  it('GIVEN the reference THEN the mention still quotes the text as written', () => {
    const table = tableOf('Commission head Jos&#233; Manuel Barroso wrote to the parliament on Monday.');
    expect(written(table.find('José Manuel Barroso'))).toEqual(['Jos&#233; Manuel Barroso']);
  });

  it('GIVEN one article writing the reference and another the plain letters THEN they are one person', () => {
    const table = tableOf('Jose Manuel Barroso said the plan would stand.', 'Commission head Jos&#233; Manuel Barroso wrote to the parliament on Monday.');
    expect(table.articleIdsOf(must(table.find('Jose Manuel Barroso'), 'Barroso'))).toEqual(['story-0', 'story-1']);
  });

  it('GIVEN the reference THEN it is not listed as another way the name is written', () => {
    const table = tableOf('Commission head Jos&#233; Manuel Barroso wrote to the parliament on Monday. Mr Barroso said he would reply.');
    expect(must(table.find('José Manuel Barroso'), 'Barroso').aliases).toEqual(['Barroso']);
  });

  it('GIVEN the name as read THEN it is found among the names its article writes', () => {
    const table = tableOf('Commission head Jos&#233; Manuel Barroso wrote to the parliament on Monday.');
    expect(table.entityWrittenIn('story-0', 'José Manuel Barroso')?.name).toBe('José Manuel Barroso');
  });

  it('GIVEN "S&#227;o Paulo" THEN it is the city, not a person', () => {
    const table = tableOf('The club last played in S&#227;o Paulo in front of a crowd of 40,000.');
    expect(table.find('São Paulo')?.kind).toBe('place');
  });
});
