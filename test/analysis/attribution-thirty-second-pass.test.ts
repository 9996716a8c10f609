import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a subject with a "such as" aside of examples', () => {
  it('GIVEN "Other agencies, such as the World Bank, have said …" THEN the agencies speak', () => {
    const certainty = certaintyOf('Other agencies, such as the World Bank, have said the region will recover within two years.');
    expect(certainty.sourcing).toBe('vague');
    expect(certainty.attributedTo).toEqual(['Other agencies']);
  });

  it('GIVEN "Several lenders, such as Abbey, said …" THEN the lenders speak', () => {
    expect(certaintyOf('Several lenders, such as Abbey, said mortgage rates would rise in the spring.').attributedTo).toEqual(['Several lenders']);
  });
});

describe('a judgement of the speech in the phrase that opens the sentence', () => {
  it('GIVEN "In what was seen as a highly personal speech …, Mr X said: …" THEN only Mr X stands behind the words', () => {
    const certainty = certaintyOf('In what was seen as a highly personal speech in Leeds on Sunday, Mr Howard said: "I have the same hunger as ever."');
    expect(certainty.attributedTo).toEqual(['Howard']);
    expect(certainty.sourcing).toBe('named');
  });

  it('GIVEN "After what is widely regarded as a poor campaign, the party leader said …" THEN the leader alone speaks', () => {
    expect(certaintyOf('After what is widely regarded as a poor campaign, the party leader Ann Cole said she would stay on.').attributedTo).toEqual(['Ann Cole']);
  });

  it('GIVEN "In what was seen as a snub, the minister stayed away" with no speaker THEN the judgement is still nobody named', () => {
    expect(certaintyOf('In what was seen as a snub, the minister stayed away from the dinner.').sourcing).toBe('vague');
  });
});

describe('a reaction foretold in the passive names no source', () => {
  it('GIVEN "saying Mr X would be warmly welcomed by Labour MPs" THEN the MPs are no source', () => {
    const certainty = certaintyOf('The party chairman declared himself "delighted", saying Mr Hill would be warmly welcomed by Labour MPs.');
    expect(certainty.attributedTo).toEqual(['The party chairman']);
  });

  it('GIVEN "may not be welcomed by the group\'s workers" THEN the workers are no source', () => {
    expect(certaintyOf("But the new commitment to the plant may not be welcomed by the group's workers in Bremen.").sourcing).toBe('none');
  });

  it('GIVEN "has been welcomed by unions" THEN a welcome given still names its givers', () => {
    expect(certaintyOf('The deal has been welcomed by unions at the plant.').sourcing).toBe('vague');
  });
});
