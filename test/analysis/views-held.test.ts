import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

/**
 * A view held is its holder's claim (docs/attribution.md, "Beliefs, intentions and acts"): `Smith believes the deal is dead` is
 * Smith's, not the article's, however the view is written.
 */

describe('a view held, negated with "don\'t" or "doesn\'t"', () => {
  it('GIVEN "Party strategists don\'t think the governor can win the state" THEN the strategists hold the view', () => {
    expect(certaintyOf("Party strategists don't think the governor can win the state.").attributedTo).toEqual(['Party strategists']);
  });

  it('GIVEN "The central bank doesn’t expect a rise in rates before the spring" (a curly apostrophe) THEN the bank expects it', () => {
    expect(certaintyOf('The central bank doesn’t expect a rise in rates before the spring.').attributedTo).toEqual(['The central bank']);
  });

  it('GIVEN "The agency will sell the stake, although it didn\'t say to whom" THEN nothing was said, so no one is its source', () => {
    expect(certaintyOf("The agency will sell the stake, although it didn't say to whom.").sourcing).toBe('none');
  });
});

describe('a judgement passed with "see … as" or "view … as"', () => {
  it('GIVEN "Some analysts see the takeover as a rescue of the smaller bank" THEN the analysts pass the judgement', () => {
    expect(certaintyOf('Some analysts see the takeover as a rescue of the smaller bank.')).toMatchObject({ sourcing: 'vague', attributedTo: ['Some analysts'] });
  });

  it('GIVEN "The club views him as a natural replacement for its captain" THEN the club passes it', () => {
    expect(certaintyOf('The club views him as a natural replacement for its captain.').attributedTo).toEqual(['The club']);
  });

  it('GIVEN "The retailer saw profits fall as sales slumped" THEN a time clause after "saw" is no judgement', () => {
    expect(certaintyOf('The retailer saw profits fall as sales slumped over the winter.').sourcing).toBe('none');
  });

  it('GIVEN "Fans could see as many as ten goals" THEN a comparison after "see" is no judgement', () => {
    expect(certaintyOf('Fans could see as many as ten goals at the weekend.').sourcing).toBe('none');
  });
});

describe('a view held by a plural subject, in the base form of its verb', () => {
  it('GIVEN "Some MPs doubt that the scheme will survive the election" THEN the MPs hold the doubt', () => {
    expect(certaintyOf('Some MPs doubt that the scheme will survive the election.')).toMatchObject({ sourcing: 'vague', attributedTo: ['Some MPs'] });
  });

  it('GIVEN "Union leaders worry that the plant will close" THEN the worry is the union leaders\'', () => {
    expect(certaintyOf('Union leaders worry that the plant will close by the end of the year.').attributedTo).toEqual(['Union leaders']);
  });

  it('GIVEN "Many critics regard the festival as a waste of money" THEN the judgement is the critics\'', () => {
    expect(certaintyOf('Many critics regard the festival as a waste of public money.').attributedTo).toEqual(['Many critics']);
  });

  it('GIVEN "There is little doubt that the plan will fail" THEN the noun "doubt" is no one\'s view', () => {
    expect(certaintyOf('There is little doubt that the plan will fail.').sourcing).toBe('none');
  });
});
