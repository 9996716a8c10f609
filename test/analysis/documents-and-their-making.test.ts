import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a document with the participle of its making ("undertaken", "prepared", "produced") and its maker', () => {
  it('GIVEN "Research undertaken for the Electoral Commission suggests …" THEN the research is the source, named with whom it was for', () => {
    const certainty = certaintyOf('Research undertaken for the Electoral Commission suggests most first-time voters want to vote by text message.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['Research undertaken for the Electoral Commission']);
  });
});
