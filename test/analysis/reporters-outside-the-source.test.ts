import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('the one who reports what others believe stays outside their source', () => {
  it('GIVEN "Ms Carter said the majority of people questioned (61%) believed …" THEN the people are a source without "Ms Carter said"', () => {
    const certainty = certaintyOf('Ms Carter said the majority of people questioned (61%) believed that the cards could be copied.');
    expect(certainty.attributedTo).toContain('Carter');
    expect(certainty.attributedTo.some((name) => name.includes('said'))).toBe(false);
  });
});
