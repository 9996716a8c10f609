import { describe, expect, it } from 'vitest';
import { carryOneClaim } from '../crosscheck/library-of.ts';

describe('claim identity: a phrase that describes a name', () => {
  it('GIVEN two sentences that both call a bidder "Canadian tycoon Ray Dunmore" but tell a share rise and the board opening its books THEN the description says who he is, not what happened: two claims', () => {
    expect(
      carryOneClaim(
        {},
        'Shares in Carrow Town closed up 4.5% on Monday following a new offer from Canadian tycoon Ray Dunmore.',
        "Carrow Town's board has agreed to give Canadian tycoon Ray Dunmore access to its books.",
      ),
    ).toBe(false);
  });
});
