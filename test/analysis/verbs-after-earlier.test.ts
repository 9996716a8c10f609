import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a verb after `earlier`', () => {
  it('GIVEN "Mr Hale earlier denied his forecasts were too rosy" THEN the denial is his, not a noun', () => {
    expect(certaintyOf('Mr Hale earlier denied his spending forecasts were too rosy.').attributedTo).toEqual(['Hale']);
  });

  it('GIVEN "Its earlier stated aim was growth" THEN a past form after a possessive and `earlier` is a modifier, no source', () => {
    expect(certaintyOf('Its earlier stated aim was steady growth in the north.').sourcing).toBe('none');
  });
});
