import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a figure before a participle of belief or forecast is what is believed, not who believes it', () => {
  it('GIVEN "2bn euros thought to be held in an offshore account" THEN the sum is no source and the sentence stays hedged', () => {
    const certainty = certaintyOf('The dairy group collapsed after it emerged that 2bn euros thought to be held in an offshore account did not exist.');
    expect(certainty.attributedTo).toEqual([]);
    expect(certainty.level).toBe('probable');
  });

  it('GIVEN "with 4% growth forecast for next year" THEN the share of growth is no vague source', () => {
    const certainty = certaintyOf("Portugal's economy is picking up, with 4% growth forecast for next year.");
    expect(certainty.attributedTo).toEqual([]);
    expect(certainty.sourcing).toBe('none');
  });

  it('GIVEN "with growth of 4% forecast for next year" THEN a share written after the thing is no vague source either', () => {
    expect(certaintyOf("Portugal's economy is picking up, with growth of 4% forecast for next year.").attributedTo).toEqual([]);
  });

  it('GIVEN "A majority of 52% said" THEN a share of those asked is still the poll\'s', () => {
    expect(certaintyOf('A majority of 52% said the minister had done a good job.').attributedTo).toEqual(['A majority of 52%']);
  });

  it('GIVEN "A total of 40% said" THEN a share of those asked is still a vague source, not an anonymous one', () => {
    const certainty = certaintyOf('A total of 40% said they would vote for the party.');
    expect(certainty.sourcing).toBe('vague');
    expect(certainty.attributedTo).toEqual(['A total of 40%']);
  });

  it('GIVEN "47% of voters said" THEN a share of people is still the poll\'s vague source', () => {
    const certainty = certaintyOf('In the survey, 47% of voters said they backed the plan.');
    expect(certainty.attributedTo).toEqual(['47% of voters']);
  });

  it('GIVEN "Some 300 delegates have said" THEN a counted group of people is still a vague source', () => {
    const certainty = certaintyOf('Some 300 delegates have said they will back the motion.');
    expect(certainty.attributedTo).toEqual(['Some 300 delegates']);
  });
});

describe('a judgement with nobody behind it, told in the perfect', () => {
  it('GIVEN "has been seen as the main obstacle" THEN whose view it is goes unsaid, as with "was seen as"', () => {
    const certainty = certaintyOf("The exchange's ownership of its clearing arm has been seen as the main obstacle to a merger.");
    expect(certainty.sourcing).toBe('vague');
    expect(certainty.attributedTo).toEqual(["people not named ('has been seen as')"]);
  });

  it('GIVEN "had long been seen as favourite" THEN the word between is inside the frame', () => {
    expect(certaintyOf('With its close ties to the government, the state gas firm had long been seen as favourite.').attributedTo).toEqual(["people not named ('had long been seen as')"]);
  });
});
