import { describe, expect, it } from 'vitest';
import { descriptorsOf, names, tableOf } from '../support/entity-table-of.ts';

// A title that takes its field or body after "for", "of" or "to" ("Minister for Work", "leader of the Commons", "Secretary to
// the Treasury") ends with capitalised words the run of capitals read into the person's name: "Work Jane Kennedy". The texts
// are written in the shapes of political and business reporting.

describe('a title whose last words come after "for", "of" or "to"', () => {
  it('GIVEN "Minister for Work Jane Kerridge" THEN the person is Jane Kerridge and "Minister for Work" her descriptor', () => {
    const table = tableOf('The scheme was defended by Minister for Work Jane Kerridge, who said it would help lone parents.');
    expect(names(table)).toContain('Jane Kerridge');
    expect(names(table)).not.toContain('Work Jane Kerridge');
    expect(descriptorsOf(table, 'Jane Kerridge')).toEqual(['Minister for Work']);
  });

  it('GIVEN "Shadow leader of the Commons Oliver Hammond" THEN the body after "of the" is in the title, not his name', () => {
    const table = tableOf('Shadow leader of the Commons Oliver Hammond said: "This will be part of our aim."');
    expect(names(table)).toContain('Oliver Hammond');
    expect(descriptorsOf(table, 'Oliver Hammond')).toEqual(['Shadow leader of the Commons']);
  });

  it('GIVEN "Chief Secretary to the Treasury Paul Bramley" THEN he is a person described by the whole title', () => {
    const table = tableOf('But Chief Secretary to the Treasury Paul Bramley attacked the plans as unfunded.');
    expect(table.find('Paul Bramley')?.kind).toBe('person');
    expect(descriptorsOf(table, 'Paul Bramley')).toEqual(['Chief Secretary to the Treasury']);
  });

  it('GIVEN "chief executive of Tesco Terry Lane" THEN the company named after the role is in his descriptor', () => {
    const table = tableOf('Sales rose by 5%, said chief executive of Tesco Terry Lane.');
    expect(names(table)).toContain('Terry Lane');
    expect(descriptorsOf(table, 'Terry Lane')).toEqual(['chief executive of Tesco']);
  });

  it('GIVEN "Mayor of London Ken Lowther" THEN the place a title inside the run takes is in the title', () => {
    const table = tableOf('The Mayor of London Ken Lowther said the charge would stay.');
    expect(names(table)).toContain('Ken Lowther');
    expect(descriptorsOf(table, 'Ken Lowther')).toEqual(['Mayor of London']);
  });

  it('GIVEN "Secretary of State for Trade Patricia Hewlett" THEN the portfolio after "for" closes the title', () => {
    const table = tableOf('The Secretary of State for Trade Patricia Hewlett said the deal would stand.');
    expect(names(table)).toContain('Patricia Hewlett');
    expect(descriptorsOf(table, 'Patricia Hewlett')).toEqual(['Secretary of State for Trade']);
  });

  it('GIVEN "US Undersecretary of State John Bolling" THEN "Undersecretary" is a title and the portfolio after "of" is in it', () => {
    const table = tableOf('US Undersecretary of State John Bolling is meeting British officials this week.');
    expect(names(table)).toContain('John Bolling');
    expect(descriptorsOf(table, 'John Bolling')).toEqual(['Undersecretary of State']);
  });

  it('GIVEN "managing director of CB Richard Ellis" THEN a firm named for a person, known only by its capitals, keeps its name', () => {
    const table = tableOf('Anshuman Magazine, managing director of CB Richard Ellis, said prices would rise.');
    expect(names(table)).not.toContain('Richard Ellis');
  });
});
