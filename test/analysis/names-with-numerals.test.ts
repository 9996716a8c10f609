import { describe, expect, it } from 'vitest';
import { names, tableOf } from '../support/entity-table-of.ts';

describe('a numeral that opens a name is part of it', () => {
  it('GIVEN a rapper called "50 Cent" THEN the name keeps its numeral and he is a person', () => {
    const table = tableOf('US rapper 50 Cent topped the chart again. Fans queued for hours, and 50 Cent signed copies of the album.');
    expect(table.find('50 Cent')?.kind).toBe('person');
    expect(names(table)).not.toContain('Cent');
  });

  it('GIVEN "the 60 Minutes show" THEN the programme is named with its numeral and is no person', () => {
    const table = tableOf("He spoke during an interview for the network's 60 Minutes show on Sunday.");
    expect(table.find('60 Minutes')?.kind).toBe('other');
  });

  it('GIVEN "a record 41 Grammy nominations" THEN the numeral counts the nominations and is no part of a name', () => {
    const table = tableOf('The band won a record 41 Grammy nominations in one decade.');
    expect(names(table)).not.toContain('41 Grammy');
  });

  it('GIVEN "about 440 Britons were missing" THEN the numeral counts the people', () => {
    const table = tableOf('Officials said about 440 Britons were missing after the flood.');
    expect(names(table)).not.toContain('440 Britons');
  });

  it('GIVEN "its 3 Valdor site" where the article writes "Valdor" alone too THEN the firm is named without the numeral', () => {
    const table = tableOf('Valdor has three plants in England. It said the 3 Valdor site in Derby would close first.');
    expect(names(table)).not.toContain('3 Valdor');
  });
});
