import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from '../crosscheck/library-of.ts';

const library = libraryOf({
  plan_a:
    'Housing offer unveiled\n\nMinisters say the offer, drawn up after months of wrangling with builders over nurses, would bring grants, shared ownership or discounts on public land and stamp duty. Builders welcomed it.',
  plan_b: 'Mayor backs offer\n\nThe package the mayor unveiled for nurses means grants, shared ownership or discounts on public land and stamp duty. Critics called it timid.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: a long run of words alike', () => {
  it('GIVEN two sentences that give the same list of six words and more in the same order, with other words before it THEN one claim: a run that long is a retold wording, not a stock phrase', () => {
    expect(together(['plan_a', 'Ministers say the offer'], ['plan_b', 'The package the mayor'])).toBe(true);
  });
});
