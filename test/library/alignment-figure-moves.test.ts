import { describe, expect, it } from 'vitest';
import { carryOneClaim } from '../crosscheck/library-of.ts';

const TOWNS = ['Arden', 'Bexley', 'Carlow', 'Dunmore', 'Elgin', 'Fenton', 'Garvey', 'Hollis'];
/** Notices from town to town, so that "rate", "shares" and "January" are everyday words, not a story's own. */
const notices = Object.fromEntries(
  TOWNS.map((town, t) => [
    `notice_${t}`,
    `${town} notices\n\nThe ${town} council will hold a weekly briefing on roadworks. Shares in the ${town} bakery were unchanged in January. The ${town} bus rate is set each spring.`,
  ]),
);

const together = (first: string, second: string): boolean => carryOneClaim(notices, first, second);

describe('claim identity: a figure going up or down told with other words', () => {
  it('GIVEN joblessness that "climbed" in one article and unemployment that "rose" in another THEN both carry one claim', () => {
    expect(together('Unemployment in Varna rose to 12 per cent in January.', 'Joblessness in Varna climbed to 12% in January.')).toBe(true);
  });

  it('GIVEN shares that "climbed" in one article and "fell" in another THEN they carry two claims', () => {
    expect(together('Shares in Dalcor climbed 3% on Monday after its results.', 'Shares in Dalcor fell 3% on Monday after its results.')).toBe(false);
  });

  it('GIVEN output that "plunged" in one article and "rose" in another THEN they carry two claims', () => {
    expect(together("Varna's factory output plunged 2.5% in the last three months of 2004.", "Varna's factory output rose 2.5% in the last three months of 2004.")).toBe(false);
  });
});
