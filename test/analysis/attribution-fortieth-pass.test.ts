import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

/**
 * The fortieth pass (pol40, docs/attribution.md): subjects the reader did not cross to reach their verb of saying, and views
 * stated as the subject of `is that`. The source is the subject, never a name inside the aside.
 */

describe('an aside between a subject and its verb of saying', () => {
  it('GIVEN "Opponents of the tax, on the other hand, argued that …" THEN the opponents argued it', () => {
    expect(certaintyOf('Opponents of the tax, on the other hand, argued that the change would hurt small farms.')).toMatchObject({
      sourcing: 'vague',
      attributedTo: ['Opponents of the tax'],
    });
  });

  it('GIVEN "The campaigner, clad in a yellow raincoat, said …" THEN the campaigner said it', () => {
    expect(certaintyOf('The campaigner, clad in a yellow raincoat, said the march would go ahead.').attributedTo).toEqual(['The campaigner']);
  });

  it('GIVEN "The striker, formerly coached by Hale at Leeds, agreed that …" THEN the striker agreed, not Hale', () => {
    expect(certaintyOf('Rovers striker Dan Ross, formerly coached by Hale at Leeds, agreed that the protest was unusual.').attributedTo).toEqual(['Dan Ross']);
  });

  it('GIVEN "Just last week, Tom Hale, editor of the Gazette, a weekly paper, wrote that …" THEN the opening time is passed over and Hale wrote it', () => {
    expect(certaintyOf('Just last week, Tom Hale, editor of the Gazette, a weekly paper in Leeds, wrote that the strike had been lost.').attributedTo).toEqual(['Tom Hale']);
  });

  it('GIVEN "Late last year, Tom Hale, the union\'s treasurer, a veteran of the strike, warned …" THEN Hale warned, not his role alone', () => {
    expect(certaintyOf("Late last year, Tom Hale, the union's treasurer, a veteran of the 1984 strike, warned that the fund was empty.").attributedTo).toEqual(['Tom Hale']);
  });

  it('GIVEN "The research team, from the University of Leeds, said …" THEN the team said it, not the university', () => {
    expect(certaintyOf('The research team, from the University of Leeds, said the result was a step forward.').attributedTo).toEqual(['The research team']);
  });

  it('GIVEN "The teachers\' umbrella body Edunet, which runs the survey, warned that …" THEN Edunet warned it', () => {
    expect(certaintyOf("The teachers' umbrella body Edunet, which runs the survey, warned that schools would close.").attributedTo).toEqual(['Edunet']);
  });

  it('GIVEN "After the vote union spokesman Tom Hale, of Cardiff, said …" THEN Hale said it, not Cardiff', () => {
    expect(certaintyOf('After the vote union spokesman Tom Hale, of Cardiff, said the strike would go ahead.').attributedTo).toEqual(['Tom Hale']);
  });

  it('GIVEN "The shares fell after Rowan Telecom, which lost a bid last year, said …" THEN Rowan Telecom said it, its clause cut by an aside', () => {
    expect(certaintyOf('The shares fell on Friday after Rowan Telecom, which lost a bid last year, said it would try again.').attributedTo).toEqual(['Rowan Telecom']);
  });

  it('GIVEN "The union -- which represents 10,000 nurses -- said …" (a dash typed as two hyphens) THEN the union said it, not its aside', () => {
    expect(certaintyOf('The union -- which represents 10,000 nurses -- said the offer was too low.').attributedTo).toEqual(['The union']);
  });

  it('GIVEN "Shares in the firm, on the other hand, rose sharply" THEN an aside before a verb that reports nothing names no source', () => {
    expect(certaintyOf('Shares in the firm, on the other hand, rose sharply on Friday.').sourcing).toBe('none');
  });
});

describe('a view stated as the subject of "is that", after its holder\'s possessive', () => {
  it('GIVEN "Mr Hale\'s view is that the merger will fail" THEN Hale holds the view', () => {
    expect(certaintyOf("Mr Hale's view is that the merger will fail.").attributedTo).toEqual(['Hale']);
  });

  it('GIVEN "The union\'s main concern was that jobs would go" THEN the union holds it, its noun known without the possessive', () => {
    expect(certaintyOf("The union's main concern was that jobs would go to Poland.").attributedTo).toEqual(['The union']);
  });

  it('GIVEN "Their argument is that …" after a sentence about the farmers THEN the farmers argue it', () => {
    expect(certaintyOf('Their argument is that the levy is unfair.', 'Local farmers have fought the levy for a year.').attributedTo).toEqual(['Local farmers']);
  });

  it('GIVEN "My view is that the deal is dead" THEN the writer\'s own view is the article\'s', () => {
    expect(certaintyOf('My view is that the deal is dead.').sourcing).toBe('none');
  });

  it('GIVEN "The fear is that the plant will close" THEN a view with no holder names no one', () => {
    expect(certaintyOf('The fear is that the plant will close.').sourcing).toBe('none');
  });

  it('GIVEN "In the council\'s view, the road is safe" THEN the council holds the view, its noun known without the possessive', () => {
    expect(certaintyOf("In the council's view, the road is safe.").attributedTo).toEqual(['the council']);
  });
});

describe('pictures that show something', () => {
  it('GIVEN "Photos showed mourners kneeling by the road" THEN the photos, unnamed, are its source, no person called Photos', () => {
    expect(certaintyOf('Photos showed mourners kneeling by the road.')).toMatchObject({ sourcing: 'vague', attributedTo: ['Photos'] });
  });

  it('GIVEN "The latest footage showed the hostage asking for help" THEN the footage is its source', () => {
    expect(certaintyOf('The latest footage showed the hostage asking for help.').attributedTo).toEqual(['The latest footage']);
  });

  it('GIVEN "Footage shown on the handset was clear" THEN footage that is shown shows no claim', () => {
    expect(certaintyOf('Footage shown on the handset was clear.').sourcing).toBe('none');
  });
});

describe('a finding in the progressive', () => {
  it('GIVEN "Polls are showing that voters are angry" THEN the polls found it', () => {
    expect(certaintyOf('Polls are showing that voters are angry about the cuts.')).toMatchObject({ sourcing: 'vague', attributedTo: ['Polls'] });
  });

  it('GIVEN "The survey is showing that …" THEN the survey found it', () => {
    expect(certaintyOf('The survey is showing that most firms plan to hire.').attributedTo).toEqual(['The survey']);
  });

  it('GIVEN "The figures are showing signs of recovery" THEN a description, no finding', () => {
    expect(certaintyOf('The figures are showing signs of recovery.').sourcing).toBe('none');
  });

  it('GIVEN "The carmaker is showing two new models in Detroit" THEN a firm that shows things finds nothing', () => {
    expect(certaintyOf('The carmaker is showing two new models in Detroit.').sourcing).toBe('none');
  });
});

describe('an -s form of speech that is never a noun, after a subject no lexicon knows', () => {
  it('GIVEN "The champion says he is in good shape" THEN the champion says it', () => {
    expect(certaintyOf('The champion says he is in good shape for the final.').attributedTo).toEqual(['The champion']);
  });

  it('GIVEN "A fan says she saw the singer in Goa" THEN an unnamed fan says it', () => {
    expect(certaintyOf('A fan says she saw the singer in Goa last year.')).toMatchObject({ sourcing: 'anonymous', attributedTo: ['A fan'] });
  });

  it('GIVEN "The name says it all" THEN an idiom of a thing has no speaker', () => {
    expect(certaintyOf('The name says it all.').sourcing).toBe('none');
  });

  it('GIVEN "… works, grows and changes says …" THEN a verb in a list is no subject of the -s form', () => {
    expect(certaintyOf('The panel that oversees how the scheme works, grows and changes says it has coped well.').sourcing).toBe('none');
  });
});
