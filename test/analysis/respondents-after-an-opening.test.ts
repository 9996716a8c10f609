import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a share of those a poll asked, after an opening phrase with no comma, is the source from the share on', () => {
  it('GIVEN "In the UK 69% of those questioned said …" THEN the source is 69% of those questioned', () => {
    const certainty = certaintyOf('In the UK 69% of those questioned said they still used a landline at home.');
    expect(certainty.attributedTo).toEqual(['69% of those questioned']);
  });

  it('GIVEN "Despite this liking for price sites half of those surveyed said …" THEN the source is half of those surveyed', () => {
    const certainty = certaintyOf('Despite this liking for price sites half of those surveyed said they still bought in shops.');
    expect(certainty.attributedTo).toEqual(['half of those surveyed']);
  });
});
