import { describe, expect, it } from 'vitest';
import { cutAtWord } from '../../src/adapters/cut-at-word.ts';

describe('cutAtWord', () => {
  it('GIVEN text within the limit THEN it is unchanged', () => {
    expect(cutAtWord('Where a phrase appears, word for word.', 100)).toBe('Where a phrase appears, word for word.');
  });

  it('GIVEN text over the limit THEN it ends at the last whole word that fits, with an ellipsis and no dangling comma', () => {
    expect(cutAtWord('Side by side: how each article words the claims, what differs', 40)).toBe('Side by side: how each article words…');
    expect(cutAtWord('one two, three', 13)).toBe('one two…');
  });

  it('GIVEN one word longer than the limit THEN it is cut where the limit falls', () => {
    expect(cutAtWord('x'.repeat(120), 100)).toBe(`${'x'.repeat(99)}…`);
  });
});
