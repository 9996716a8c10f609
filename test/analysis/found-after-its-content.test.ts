import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('"…, X found." at the end of a sentence reports a finding, whoever X is', () => {
  it('GIVEN "…, the Royal Institute of Chartered Surveyors found." THEN the institute is the source', () => {
    const certainty = certaintyOf('House prices fell further in November as rate rises took their toll, the Royal Institute of Chartered Surveyors found.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['Royal Institute of Chartered Surveyors']);
  });

  it('GIVEN "…, the British Retail Consortium found." THEN the consortium is the source', () => {
    expect(certaintyOf('Like-for-like sales rose 1.2% in December, the British Retail Consortium found.').attributedTo).toEqual(['British Retail Consortium']);
  });

  it('GIVEN "…, researchers found." THEN the unnamed researchers are a vague source', () => {
    expect(certaintyOf('Most shoppers paid by card last Christmas, researchers found.').sourcing).toBe('vague');
  });

  it('GIVEN "…, he found." THEN a pronoun\'s finding stays the story\'s narration', () => {
    expect(certaintyOf('The door had been forced, he found.').sourcing).toBe('none');
  });

  it('GIVEN "the cheapest deal the council found" THEN a thing found is no finding reported', () => {
    expect(certaintyOf('It is the cheapest deal the council found.').sourcing).toBe('none');
  });
});
