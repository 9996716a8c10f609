import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from '../crosscheck/library-of.ts';

const library = libraryOf({
  rumours_a:
    'Minister attacks plotters\n\nTransport Minister Anne Reilly said those spreading rumours about the leader would not be forgiven by the party. She spoke after a week of reports about the leadership.',
  rumours_b: 'Party told to stop plotting\n\nTransport Minister Anne Reilly warned that the party would never forgive anyone who spread stories about the leader. The leader has said he will stay on.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: the forms of one word the stemmer leaves apart', () => {
  it('GIVEN who "would not be forgiven by the party" in one article and whom "the party would never forgive" in another THEN one claim', () => {
    expect(together(['rumours_a', 'not be forgiven'], ['rumours_b', 'never forgive'])).toBe(true);
  });
});
