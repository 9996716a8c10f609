import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('might, the noun', () => {
  it('GIVEN "the economic might of the US" THEN it names strength and hedges nothing', () => {
    expect(certaintyOf('Europe must learn to compete with the economic might of the United States and China.').level).toBe('certain');
  });

  it('GIVEN "military might is growing" THEN it names strength and hedges nothing', () => {
    expect(certaintyOf("Beijing's military might is growing year by year.").level).toBe('certain');
  });

  it('GIVEN "with all its might" THEN it names strength and hedges nothing', () => {
    expect(certaintyOf('The union threw all its might behind the campaign for a minimum wage.').level).toBe('certain');
  });

  it('GIVEN the modal "might rise" THEN the sentence is hedged as before', () => {
    expect(certaintyOf('Interest rates might rise again before the end of the year.').level).toBe('possible');
  });

  it('GIVEN the modal "might not survive" THEN the sentence is hedged as before', () => {
    expect(certaintyOf('The proposal might not survive a vote in the Commons.').level).toBe('possible');
  });
});

describe("an outlet's name describing something else", () => {
  it('GIVEN "The BBC show beat …" THEN the programme is no finding of the BBC and the sentence names no source', () => {
    expect(certaintyOf('The BBC show beat two ITV dramas to the prize for best comedy.').sourcing).toBe('none');
  });

  it('GIVEN "… his recent BBC show." THEN the programme is no finding of the BBC and the sentence names no source', () => {
    expect(certaintyOf('The comedian picks up another nomination for his recent BBC show.').sourcing).toBe('none');
  });

  it('GIVEN "A BBC survey shows that …" THEN the survey is still the source', () => {
    expect(certaintyOf('A BBC survey shows that most viewers now watch the news online.').sourcing).not.toBe('none');
  });

  it('GIVEN "Some BBC News website users have expressed concerns …" THEN the users are the source, unnamed, not the BBC', () => {
    const certainty = certaintyOf('Some BBC News website users have expressed concerns that the discs will not play on older computers.');
    expect({ sourcing: certainty.sourcing, attributedTo: certainty.attributedTo }).toEqual({ sourcing: 'vague', attributedTo: ['Some BBC News website users'] });
  });

  it('GIVEN "BBC reporters said …" THEN the outlet\'s own journalists still relay its report', () => {
    expect(certaintyOf('BBC reporters said the road into the town had been closed since Tuesday.').sourcing).toBe('media');
  });
});

describe('adding a thing, not words', () => {
  it('GIVEN ", adding showbiz news, celebrity interviews and …" THEN nothing is said and the sentence names no source', () => {
    const certainty = certaintyOf('Two DJs are taking over the Sunday chart show, adding showbiz news, celebrity interviews and live sessions.');
    expect(certainty.sourcing).toBe('none');
  });

  it('GIVEN ", adding new routes to Spain" THEN nothing is said and the sentence names no source', () => {
    expect(certaintyOf('The airline will start flights to Rome in May, adding new routes to Spain and Greece.').sourcing).toBe('none');
  });

  it('GIVEN ", adding more could go next year" THEN the words added are still the subject\'s', () => {
    expect(certaintyOf('The carmaker cut 200 jobs on Monday, adding more could go next year.').attributedTo).toEqual(['The carmaker']);
  });
});
