import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from './library-of.ts';

/**
 * A coach's case told by three sports reports: two tell his ban, one (written before it) the charge he faced, with the
 * ban's verb only as a word of what he was charged with ("banned substances").
 */
const library = libraryOf({
  charged: 'Sprint coach charged\n\nTheir former coach Andreas Milonas has also been charged with supplying banned substances. He denies wrongdoing.',
  banned_a: 'Coach banned\n\nThe pair’s former coach, Andreas Milonas, has been banned for four years. He may appeal.',
  banned_b: 'Tribunal clears sprinters\n\nHowever, their former coach Andreas Milonas was banned for four years by the tribunal. The sprinters were cleared.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: a verb set before a noun is no act', () => {
  it('GIVEN a coach charged with supplying banned substances and the same coach banned for four years THEN they are not one claim', () => {
    expect(together(['charged', 'has also been charged'], ['banned_a', 'has been banned'])).toBe(false);
    expect(together(['charged', 'has also been charged'], ['banned_b', 'was banned'])).toBe(false);
  });

  it('GIVEN the ban told twice THEN it is one claim', () => {
    expect(together(['banned_a', 'has been banned'], ['banned_b', 'was banned'])).toBe(true);
  });
});
