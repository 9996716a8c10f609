import { describe, expect, it } from 'vitest';
import { descriptorsOf, names, tableOf, written } from '../support/entity-table-of.ts';

// A word that describes a person, written right before her full name, is her descriptor and no word of her name: a party,
// a follower's adjective, a nation's noun. Read into the name, it split one person in two ("Blairite Alan Milburn" beside
// Alan Milburn). The texts are written in the shapes of political and sports reporting.

describe('a word that describes a person before her full name', () => {
  it('GIVEN "Blairite Dan Walsh" and "Mr Walsh" THEN the person is Dan Walsh, described as Blairite', () => {
    const table = tableOf('The row began when Blairite Dan Walsh was put in charge of the campaign. Mr Walsh said he was proud to serve.');
    expect(names(table)).toContain('Dan Walsh');
    expect(names(table)).not.toContain('Blairite Dan Walsh');
    expect(descriptorsOf(table, 'Dan Walsh')).toEqual(['Blairite']);
  });

  it('GIVEN "Tory Ann Hale" inside a sentence THEN the party is her descriptor, not her first name', () => {
    const table = tableOf('The Lib Dems welcomed the plans, but Tory Ann Hale said her party offered a clearer choice.');
    expect(names(table)).toContain('Ann Hale');
    expect(descriptorsOf(table, 'Ann Hale')).toEqual(['Tory']);
  });

  it('GIVEN "Lib Dem Norman Pryce" THEN both words of the party are the descriptor', () => {
    const table = tableOf('But Lib Dem Norman Pryce accused ministers of hiding the true cost of the scheme.');
    expect(names(table)).toContain('Norman Pryce');
    expect(descriptorsOf(table, 'Norman Pryce')).toEqual(['Lib Dem']);
  });

  it('GIVEN "Liberal Democrat Alan Birch" opening a sentence THEN the descriptor keeps the dropped first word of the party', () => {
    const table = tableOf('Liberal Democrat Alan Birch said the claims, if true, ran against the spirit of the new act.');
    expect(names(table)).toContain('Alan Birch');
    expect(descriptorsOf(table, 'Alan Birch')).toEqual(['Liberal Democrat']);
  });

  it('GIVEN "Briton Tim Marsh" in a results line THEN the nation is his descriptor', () => {
    const table = tableOf("In the men's 800m, Briton Tim Marsh finished fourth behind the Kenyan pair.");
    expect(names(table)).toContain('Tim Marsh');
    expect(descriptorsOf(table, 'Tim Marsh')).toEqual(['Briton']);
  });

  it('GIVEN "Frenchman Paul Roche" THEN a people\'s noun made with "-man" is his descriptor', () => {
    const table = tableOf('The top seed was beaten by Frenchman Paul Roche in three sets on Tuesday.');
    expect(names(table)).toContain('Paul Roche');
    expect(descriptorsOf(table, 'Paul Roche')).toEqual(['Frenchman']);
  });

  it('GIVEN "Assistant Chief Constable David Kerslow" THEN the role word after the title stays in the title, not in his name', () => {
    const table = tableOf('The inquiry will be led by Assistant Chief Constable David Kerslow of Durham police.');
    expect(names(table)).toContain('David Kerslow');
    expect(descriptorsOf(table, 'David Kerslow')).toEqual(['Assistant Chief Constable']);
  });

  it('GIVEN "deputy PM Joan Fry" THEN "PM" is a title, not a word of her name', () => {
    const table = tableOf('The two men met at a dinner hosted by deputy PM Joan Fry in November.');
    expect(names(table)).toContain('Joan Fry');
    expect(descriptorsOf(table, 'Joan Fry')).toEqual(['deputy PM']);
  });
});

describe('names that such a word opens and that stay whole', () => {
  it('GIVEN "Women\'s Hour" THEN no person is read from what follows the possessive', () => {
    const table = tableOf("She told Radio 4's Women's Hour that the law had failed.");
    expect(names(table)).not.toContain("'s Hour");
  });

  it('GIVEN "Saint Bernard Software" THEN the company keeps its whole name', () => {
    const table = tableOf('Filtering firm Saint Bernard Software said the new rules were welcome.');
    expect(names(table)).toContain('Saint Bernard Software');
  });
});

describe('a surname of several words after an honorific', () => {
  it('GIVEN "Carlos Baez Silva" and then "Mr Baez Silva" THEN both are one person', () => {
    const table = tableOf(
      '"We chose to keep our savings here," said Carlos Baez Silva, president of a savers\' association. Few savers recovered more than half their money, Mr Baez Silva estimated.',
    );
    expect(names(table)).not.toContain('Baez Silva');
    expect(written(table.find('Carlos Baez Silva'))).toEqual(['Carlos Baez Silva', 'Baez Silva']);
  });

  it('GIVEN "Planning Minister Julio De Vido" and then "Mr De Vido" THEN both are one person', () => {
    const table = tableOf('Planning Minister Julio De Vido has offered state help. Speaking in Buenos Aires, Mr De Vido later denied the deal was off.');
    expect(names(table)).not.toContain('De Vido');
  });
});

describe('a body whose name a describing word opens', () => {
  it('GIVEN "the Republican National Convention" and "at the Convention" alone THEN the party is no descriptor of a person "National Convention"', () => {
    const table = tableOf('Her aides see the Republican National Convention as a second chance for Jane Hill. Delegates at the Convention will vote on Thursday.');
    expect(names(table)).toContain('Republican National Convention');
  });
});
