import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('an aside that bounds a count is no condition, whatever dash sets it off', () => {
  it('GIVEN "what penalty - if any - the club should pay" between spaced hyphens THEN the sentence is not hedged as a condition', () => {
    const certainty = certaintyOf('The league board decided on Friday what penalty - if any - the club should pay for the late kick-off.');
    expect(certainty.level).toBe('certain');
  });

  it('GIVEN the same aside between wire copy\'s double hyphens THEN it is not hedged either', () => {
    const certainty = certaintyOf('The league board decided on Friday what penalty -- if any -- the club should pay for the late kick-off.');
    expect(certainty.level).toBe('certain');
  });
});
