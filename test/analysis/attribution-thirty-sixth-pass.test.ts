import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a share of the people a poll asked, with a verb that is no verb of speech', () => {
  it('GIVEN "Nearly two-thirds of all retailers polled for the survey have no plans to …" THEN the respondents are the source', () => {
    const certainty = certaintyOf(
      'Nearly two-thirds of all retailers polled for the survey have no plans to open on Sundays.',
      'Shop owners are losing faith in the high street, a survey by the Retail Trust suggests.',
    );
    expect(certainty.attributedTo).toEqual(['Nearly two-thirds of all retailers polled for the survey']);
    expect(certainty.sourcing).toBe('named');
  });

  it('GIVEN "Only 41% of those questioned had heard of …" THEN the respondents are a vague source', () => {
    const certainty = certaintyOf('Only 41% of those questioned had heard of the new pension rules.');
    expect(certainty.attributedTo).toEqual(['Only 41% of those questioned']);
    expect(certainty.sourcing).toBe('vague');
  });

  it('GIVEN a fronted "Of those asked, 58% were unaware …" THEN those asked are the source', () => {
    const certainty = certaintyOf('Of those asked, 58% were unaware that the cards could be used abroad.');
    expect(certainty.attributedTo).toEqual(['those asked']);
  });

  it('GIVEN a fronted "Of the firms surveyed, 35% saw orders rise …" THEN the firms surveyed are the source', () => {
    const certainty = certaintyOf('Of the firms surveyed, 35% saw orders rise and 21% saw them fall.');
    expect(certainty.attributedTo).toEqual(['the firms surveyed']);
  });

  it('GIVEN a fronted "For 37% of those interviewed, the car is …" THEN that share of them is the source', () => {
    const certainty = certaintyOf('For 37% of those interviewed, the car is the only way to get to work.');
    expect(certainty.attributedTo).toEqual(['37% of those interviewed']);
  });

  it('GIVEN "The 2,000 voters polled were chosen at random" THEN the sentence tells of the poll and has no source', () => {
    const certainty = certaintyOf('The 2,000 voters polled were chosen at random from the electoral roll.');
    expect(certainty.sourcing).toBe('none');
  });

  it('GIVEN "Nor could over 60% of the managers surveyed say …" THEN no source opens with the verb before the share', () => {
    const certainty = certaintyOf('Nor could over 60% of the managers surveyed say how many staff they employed abroad.');
    expect(certainty.attributedTo).not.toContainEqual(expect.stringMatching(/^could/u));
  });
});

describe('how a poll of respondents is named', () => {
  it('GIVEN "Nearly half those voters polled said …" with no pollster THEN the opening "Nearly" names no pollster and the source is vague', () => {
    const certainty = certaintyOf('Nearly half those voters polled said the council tax was too high.');
    expect(certainty.sourcing).toBe('vague');
  });

  it('GIVEN "About 30% of the managers polled for the survey say …" THEN the survey named before makes the respondents named', () => {
    const certainty = certaintyOf('About 30% of the managers polled for the survey say that they have cut jobs this year.');
    expect(certainty.sourcing).toBe('named');
  });

  it('GIVEN "In the UK 58% of those polled said …" THEN the place before the share names no pollster and the source is vague', () => {
    const certainty = certaintyOf('In the UK 58% of those polled said they would pay more for organic food.');
    expect(certainty.sourcing).toBe('vague');
  });
});

describe('a body named by its initials alone', () => {
  it('GIVEN "…, KPB said." and later "…, the group noted." THEN the group is KPB', () => {
    const certainty = certaintyOf(
      'However, the fall was softened by strong online trading, the group noted.',
      'Sales at small shops fell sharply in December, KPB said. Its retail index dropped to 97.2 from 99.1 in November.',
    );
    expect(certainty.attributedTo).toEqual(['KPB']);
  });

  it('GIVEN "…, KPB said." and then "The carmaker added …" THEN the carmaker is KPB', () => {
    const certainty = certaintyOf('The carmaker added that it would cut output at two plants.', 'Sales of new cars fell 9% in February, KPB said.');
    expect(certainty.attributedTo).toEqual(['KPB']);
  });

  it('GIVEN "Its CEO said …" and then "she said" THEN the CEO in capitals is a person whom "she" can mean', () => {
    const certainty = certaintyOf('The changes were overdue, she said.', 'The new rules will cut costs, the firm said. Its CEO said the plan would save jobs.');
    expect(certainty.attributedTo).toEqual(['CEO']);
  });
});
