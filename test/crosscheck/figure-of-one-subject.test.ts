import { describe, expect, it } from 'vitest';
import { carryOneClaim } from './library-of.ts';

describe('claim identity: a rare share or sum told alike of one subject', () => {
  it('GIVEN "Mr Halvorsen owns 17.4%" and "Mr Halvorsen and his brothers hold a stake of 17.4%" THEN one claim, whatever the verb', () => {
    expect(carryOneClaim({}, 'Mr Halvorsen owns 17.4%.', 'Mr Halvorsen and his brothers hold a stake of 17.4%.')).toBe(true);
  });
});
