import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('speech a speaker goes on to', () => {
  it('GIVEN "X went on to promise that …" THEN the promise is X\'s', () => {
    const certainty = certaintyOf('Mr Morgan went on to promise that Wales would meet its share of the cost.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['Morgan']);
  });

  it('GIVEN "X went on to signal that …" THEN the signal is X\'s', () => {
    expect(certaintyOf('Ms Kelly went on to signal that the review would report before the summer.').attributedTo).toEqual(['Kelly']);
  });
});
