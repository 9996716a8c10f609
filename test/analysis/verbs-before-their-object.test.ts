import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a source read back over the verb whose object it is names the source without the verb', () => {
  it('GIVEN "…, but accepted many bankers said …" THEN the source is the bankers, without "accepted"', () => {
    const certainty = certaintyOf('The study said the new rules should be tried, but accepted many bankers said they would be costly to run.');
    expect(certainty.attributedTo).toContain('many bankers');
    expect(certainty.attributedTo.some((name) => name.startsWith('accepted'))).toBe(false);
  });

  it('GIVEN "…, reflecting recent Treasury figures showing …" THEN the source is the figures, without "reflecting"', () => {
    const certainty = certaintyOf('Prices fell by 2% in March, reflecting recent Treasury figures showing a slowdown in spending.');
    expect(certainty.attributedTo).toEqual(['recent Treasury figures']);
  });
});
