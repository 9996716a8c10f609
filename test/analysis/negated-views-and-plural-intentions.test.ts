import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

/**
 * A view held or an intention stated is its holder's claim (docs/attribution.md, "Beliefs, intentions and acts"), whether the
 * verb is negated with `not` run into `do` or stands in its plural form.
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
