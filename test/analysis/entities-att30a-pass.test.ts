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

// One person named two ways in two articles ("Chris Leslie" in one, "Christopher Leslie" in another) was two entities, and
// `/who` counted each apart. Only the given name's form, its spacing or a particle may differ; never the family name, and
// never a middle name, which tells a father from his son.
describe('one person whose name two articles write two ways', () => {
  const aliasesOf = (table: ReturnType<typeof tableOf>, name: string): string[] => table.find(name)?.aliases ?? [];

  it('GIVEN "Chris Hollins" in one article and "Christopher Hollins" in two THEN they are one person', () => {
    const table = tableOf(
      'Treasury minister Chris Hollins said the figures were sound.',
      'The minister, Christopher Hollins, defended the plan in the Commons.',
      'Christopher Hollins said the cuts would not touch front-line staff.',
    );
    expect(names(table)).not.toContain('Chris Hollins');
    expect(aliasesOf(table, 'Christopher Hollins')).toContain('Chris Hollins');
  });

  it('GIVEN "Aleksey Mirov" and "Alexei Mirov" THEN two transliterations of one Russian given name are one person', () => {
    const table = tableOf('Gas group head Aleksey Mirov said supplies would flow.', 'Alexei Mirov, the head of the gas group, said prices would rise.');
    expect(names(table).filter((name) => name.endsWith('Mirov'))).toHaveLength(1);
  });

  it('GIVEN "Rodrigo de Rosa" and "Rodrigo Rosa" THEN the family name\'s particle written or dropped is one person', () => {
    const table = tableOf('Fund chief Rodrigo de Rosa warned of risks to growth.', 'Rodrigo Rosa said growth would slow next year.');
    expect(names(table).filter((name) => name.endsWith('Rosa'))).toHaveLength(1);
  });

  it('GIVEN "Dhirubhai Ambar" and "Dhiru Bhai Ambar" THEN a given name written in one word and in two is one person', () => {
    const table = tableOf('The group was founded by the late Dhirubhai Ambar in 1966.', 'Its founder, Dhiru Bhai Ambar, died in 2002.');
    expect(names(table).filter((name) => name.endsWith('Ambar'))).toHaveLength(1);
  });

  it('GIVEN "Chris Hale" beside a Christopher Hale and a Christine Hale THEN the short form, which fits both, joins neither', () => {
    const table = tableOf('Chris Hale said the vote was close.', 'Christopher Hale, the party treasurer, agreed.', 'Christine Hale, his sister, did not.');
    expect(names(table)).toEqual(expect.arrayContaining(['Chris Hale', 'Christopher Hale', 'Christine Hale']));
  });

  it('GIVEN "Chris Garland" and his sister "Christine Garland" THEN a short form of a man\'s name never joins a woman\'s', () => {
    const table = tableOf('Chris Garland died in police custody in July.', 'His sister Christine Garland said the family wanted answers.');
    expect(names(table)).toEqual(expect.arrayContaining(['Chris Garland', 'Christine Garland']));
  });
});
