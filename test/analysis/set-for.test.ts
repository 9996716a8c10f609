import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('"is set for" and a noun: what is coming, not yet a fact', () => {
  it('GIVEN "The economy is set for strong growth in 2005" THEN the forecast is about the future', () => {
    expect(certaintyOf('The economy is set for strong growth in 2005 while interest rates remain low.').note).toBe("About the future ('is set for'); no source given.");
  });

  it('GIVEN "The bill is set for its first test in Parliament" THEN the event is still to come', () => {
    expect(certaintyOf('The bill is set for its first real test in Parliament next week.').level).toBe('probable');
  });

  it('GIVEN "the stage was set for a victory" THEN a past scene stays a fact', () => {
    expect(certaintyOf('After the interval the stage was set for a famous victory.').level).toBe('certain');
  });
});
