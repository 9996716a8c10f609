import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('an outlet reporting what unnamed people told it', () => {
  it('GIVEN "…, the BBC understands." THEN the words are an unnamed source\'s, told to the outlet', () => {
    const certainty = certaintyOf('The club has offered its manager a new three-year contract, the BBC understands.');
    expect(certainty.sourcing).toBe('anonymous');
    expect(certainty.attributedTo).toEqual(['someone who told the BBC']);
  });

  it('GIVEN "BBC Sport understands …" opening the sentence THEN the outlet is the one told, not the source', () => {
    expect(certaintyOf('BBC Sport understands the striker is ready to sign a new deal.').attributedTo).toEqual(['someone who told BBC Sport']);
  });

  it('GIVEN "The BBC has learned that …" THEN it reads as "has been told", an unnamed source relayed', () => {
    const certainty = certaintyOf('The BBC has learned that the bank is to close 40 branches.');
    expect(certainty.sourcing).toBe('anonymous');
    expect(certainty.attributedTo).toEqual(['someone who told The BBC']);
  });
});
