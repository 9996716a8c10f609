import { describe, expect, it } from 'vitest';
import { carryOneClaim } from '../crosscheck/library-of.ts';

const TOWNS = ['Arden', 'Bexley', 'Carlow', 'Dunmore', 'Elgin', 'Fenton', 'Garvey', 'Hollis'];
/** Notices from town to town, so that "plans", "stake" and "mill" are everyday words, not a story's own. */
const notices = Object.fromEntries(
  TOWNS.map((town, t) => [
    `notice_${t}`,
    `${town} notices\n\nThe ${town} council has plans for a new library. A ${town} family still runs the paper mill by the river. A ${town} bank holds a stake in the bakery.`,
  ]),
);

const together = (first: string, second: string): boolean => carryOneClaim(notices, first, second);

describe('claim identity: "no plans to" and "no intention of" deny the act', () => {
  it('GIVEN "there are no plans to close" a mill in one article and "will close" it in another THEN they carry two claims', () => {
    expect(together('There are no plans to close the Tarnby mill, Kapro said.', 'Kapro will close the Tarnby mill.')).toBe(false);
  });

  it('GIVEN "no intention of selling" a stake in one article and "will not sell" it in another THEN both carry one claim', () => {
    expect(together('Kapro has no intention of selling its stake in Dalcor.', 'Kapro will not sell its stake in Dalcor.')).toBe(true);
  });

  it('GIVEN a speaker reported to have "no plans to sell" and one reported to say he "would not sell" THEN both carry one claim', () => {
    expect(together('Kapro said it had no plans to sell its stake in Dalcor.', 'Kapro said it would not sell its stake in Dalcor.')).toBe(true);
  });
});
