import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a "they" that "both" counts as two', () => {
  it('GIVEN two people warning in the sentence before THEN "they have both warned" is both of them, not the party one belongs to', () => {
    const certainty = certaintyOf(
      'And they have both warned the rival camps to stop briefing against each other.',
      'Health Secretary John Reid and Labour peer Lord Haskins are warning of the dangers of the feud.',
    );
    expect([...certainty.attributedTo].sort()).toEqual(['Haskins', 'John Reid']);
  });

  it('GIVEN two people only mentioned in the sentence before THEN "They both said" is those two', () => {
    const certainty = certaintyOf('They both said the talks had gone well.', 'Mr Hale met Ms Cole in Paris on Monday.');
    expect([...certainty.attributedTo].sort()).toEqual(['Cole', 'Hale']);
  });

  it('GIVEN two parties in the sentence before THEN "They both say" is the two parties', () => {
    const certainty = certaintyOf('They both say the vote will be close.', 'Labour and the Tories are at odds over the plan.');
    expect([...certainty.attributedTo].sort()).toEqual(['Labour', 'Tories']);
  });
});
