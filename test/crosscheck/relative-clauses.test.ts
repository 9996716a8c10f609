import { describe, expect, it } from 'vitest';
import { carryOneClaim } from './library-of.ts';

describe('claim identity: what a sentence says only in a relative clause', () => {
  it('GIVEN a threat of fines that ", which rose sharply after" a singer\'s mishap, and a review ordered after that mishap THEN two claims', () => {
    expect(
      carryOneClaim(
        {},
        "The institute concluded that the threat of fines, which rose sharply after Dana Lowe's wardrobe malfunction during the Cup final show, had changed television.",
        "The regulator decided to review the channel's shows after Dana Lowe's wardrobe malfunction during the Cup final show.",
      ),
    ).toBe(false);
  });

  it('GIVEN owners who hold a stake through a vehicle, told in ", who hold …", and the stake they own THEN two claims', () => {
    expect(
      carryOneClaim(
        {},
        'They own 18% of the club through their Harbour Holdings investment vehicle.',
        'Mr Kerr and Mr Dunne, who hold their stake through their Harbour Holdings investment vehicle, have the power to block a takeover.',
      ),
    ).toBe(false);
  });

  it('GIVEN one match told with its score in both, an injury told in ", who twisted …" in one THEN one claim', () => {
    expect(
      carryOneClaim(
        {},
        'The Spaniard twisted his ankle early in the third set but beat Kovac, who complained about the line calls, 4-6 6-3 6-2.',
        'Ruiz fought to a 4-6 6-3 6-2 win over eighth seed Marek Kovac, who twisted his ankle early in the third set.',
      ),
    ).toBe(true);
  });
});
