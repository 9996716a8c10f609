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
