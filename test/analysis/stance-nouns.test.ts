import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

/** `hope`, `fear` and `want` are nouns as often as verbs: as a noun they are a state the sentence reports, no one's words. */

describe('a verb of stance used as its noun', () => {
  it('GIVEN "Few people on low wages have any hope of buying a home" THEN no fragment of the sentence is its source', () => {
    expect(certaintyOf('Few people on low wages have any hope of buying a home.')).toMatchObject({ sourcing: 'none', attributedTo: [] });
  });

  it('GIVEN "Voters have no fear of a change of government" THEN the fear is no source', () => {
    expect(certaintyOf('Voters have no fear of a change of government.').attributedTo).toEqual([]);
  });

  it('GIVEN "But the coach does see some hope for the future" THEN "some hope" is a noun too', () => {
    expect(certaintyOf('But the coach does see some hope for the future.').attributedTo).toEqual([]);
  });
});

describe('the same words as verbs', () => {
  it('GIVEN "Some fear that the figure could rise" THEN some people fear it', () => {
    expect(certaintyOf('Some fear that the figure could rise to 150,000 by the autumn.').sourcing).toBe('vague');
  });

  it('GIVEN "as badly as some fear" THEN "some" are still the people who fear', () => {
    expect(certaintyOf('If the party does as badly as some fear, the leader might go.').attributedTo).toEqual(['some']);
  });

  it('GIVEN "Analysts fear the deal will collapse" THEN the analysts are the source', () => {
    expect(certaintyOf('Analysts fear the deal will collapse.').attributedTo).toEqual(['Analysts']);
  });
});
