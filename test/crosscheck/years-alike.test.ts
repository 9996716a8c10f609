import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from './library-of.ts';

const library = libraryOf({
  leader_a: 'Veteran joins Lords\n\nLord Harwood - who led the Liberal party from 1987 until 1995 - has been named chairman of the new ethics panel. He will take up the post in March.',
  leader_b: 'Ethics panel chief named\n\nThe panel’s members came to prominence when Lord Harwood led the party between 1987 and 1995. Its first report is due in the autumn.',
  trade_a: 'Car exports recover\n\nExports of cars grew in 2004 after a weak 2003. Makers expect another good year.',
  trade_b: 'Wine sales abroad up\n\nGrowth in wine exports was strong in 2004 compared with 2003, helped by a good harvest. Most went by sea.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: two years given alike', () => {
  it('GIVEN one span of years told by two articles in other words (“from 1987 until 1995” / “between 1987 and 1995”) THEN they carry one claim', () => {
    expect(together(['leader_a', 'from 1987 until 1995'], ['leader_b', 'between 1987 and 1995'])).toBe(true);
  });

  it('GIVEN a year and the one before it, as every yearly comparison gives them THEN the two years alone do not make one claim', () => {
    expect(together(['trade_a', 'Exports of cars grew'], ['trade_b', 'Growth in wine exports'])).toBe(false);
  });
});
