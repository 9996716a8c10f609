import { describe, expect, it } from 'vitest';
import { carryOneClaim } from './library-of.ts';

describe('claim identity: a sentence that only refers to what it tells of', () => {
  it('GIVEN "However, it faces competition from budget airlines" and other carriers that sought protection amid that competition THEN two claims', () => {
    expect(carryOneClaim({}, 'However, it faces competition from budget airlines.', 'Other European carriers have sought bankruptcy protection amid competition from budget airlines.')).toBe(false);
  });
});
