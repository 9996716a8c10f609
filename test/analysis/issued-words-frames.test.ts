import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a sentence set in a statement, letter, interview or post its subject issued', () => {
  it('GIVEN "In a statement issued on Monday, Skyways Holdings detailed …" THEN the firm is the source, whatever verb tells it', () => {
    const certainty = certaintyOf('In a statement issued on Monday evening, Skyways Holdings detailed its plans for selling the cargo arm.');
    expect(certainty.attributedTo).toEqual(['Skyways Holdings']);
    expect(certainty.sourcing).toBe('named');
  });

  it('GIVEN "In a letter on her website, the singer named …" THEN the singer is the source', () => {
    expect(certaintyOf('In a letter on her website, the singer named three magazines as the worst offenders.').sourcing).toBe('named');
  });

  it('GIVEN "In his speech, he backed …" THEN the pronoun is the speaker of the speech', () => {
    const certainty = certaintyOf('In his speech, he backed wider home ownership and changes to the benefits system.', 'Mr Alan Fenwick spoke in Leeds on Monday.');
    expect(certainty.attributedTo).toEqual(['Alan Fenwick']);
  });

  it('GIVEN "In a memo, Jo Platt, the editor in charge of the show, reminded …" THEN the name before the apposition is the source', () => {
    expect(certaintyOf('In a memo on Tuesday, Jo Platt, the editor in charge of the show, reminded her staff about the rules.').attributedTo).toEqual(['Jo Platt']);
  });

  it('GIVEN "In an interview, the minister was asked about …" THEN a question put is no claim of the one asked', () => {
    expect(certaintyOf('In an interview last week, the minister was asked about the cost of the scheme.').sourcing).toBe('none');
  });

  it('GIVEN "In a Washington Post poll, three in four voters disapproved" THEN a word of a name is no statement issued', () => {
    expect(certaintyOf('In an ABC News/Washington Post poll released Sunday, three in four voters disapproved of the deal.').attributedTo).not.toContain('three');
  });

  it('GIVEN "In the film, the hero kills the villain" THEN a story is no one\'s statement', () => {
    expect(certaintyOf('In the film, the hero kills the villain in the final scene.').sourcing).toBe('none');
  });
});

describe('a statement put out by the subject, then what it says', () => {
  it('GIVEN "Later, Hale\'s campaign released a statement saying …" THEN the campaign that released it is the source, not the statement', () => {
    expect(certaintyOf("Later, Hale's campaign released a statement saying the rally would go ahead.").attributedTo).toEqual(["Hale's campaign"]);
  });

  it('GIVEN "His office put out a statement saying …" THEN the office that put it out is the source', () => {
    expect(certaintyOf('His office put out a statement saying the border could not be policed.', 'Senator Ray Dunn spoke on Monday.').sourcing).toBe('named');
  });

  it('GIVEN "in the wake of reports claiming …" THEN a thing nobody in the sentence issued stays its own source', () => {
    expect(certaintyOf('The minister resigned in the wake of the reports claiming he had misled parliament.').attributedTo).not.toContain('The minister');
  });
});
