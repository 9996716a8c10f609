import { describe, expect, it } from 'vitest';
import type { Library } from '../../src/library/library.ts';
import { libraryOf, sentenceOf } from '../crosscheck/library-of.ts';

const CHARGES = {
  charges_a: 'Dressler denies fraud\n\nFormer Halvern chief Victor Dressler has gone on trial in New York. Mr Dressler has denied charges of fraud and conspiracy.',
  charges_b: 'Halvern trial opens\n\nThe trial of Victor Dressler, who ran the collapsed telecoms firm Halvern, has begun. Mr Dressler has pleaded not guilty to charges of fraud and conspiracy.',
  charges_c: 'Hospital chain founder on trial\n\nThe founder of the Meridan hospital chain, Carl Ostby, has gone on trial in Alabama. Among the charges he faces are conspiracy and fraud.',
};
// The same sentence, in an article that names the defendant after it; apart from `charges_c`, whose words it repeats.
const NAMED_LATER = {
  charges_a: CHARGES.charges_a,
  charges_b: CHARGES.charges_b,
  charges_d:
    'Halvern ex-boss in court\n\nThe former head of Halvern misled investors, prosecutors told the court. Among the charges he faces are conspiracy and fraud. Mr Dressler says he knew nothing of the losses.',
};
const library = libraryOf({
  ...CHARGES,
  losses_a: "Brandt under pressure\n\nTom Brandt's men have now lost nine of their last 14 matches since the 2003 World Cup final.",
  losses_b: "Brandt backs captain\n\nTom Brandt's side have lost nine of their last 14 matches since the World Cup final in 2003.",
  losses_c: 'Wakely out of Six Nations\n\nFly-half Jon Wakely is recovering from a knee injury. The world champions have lost nine of their last 14 matches since the 2003 World Cup final.',
});
const namedLater = libraryOf(NAMED_LATER);
const together = (a: [string, string], b: [string, string], within: Library = library): boolean => {
  const second = new Set(within.alignment.claimsOf(sentenceOf(within, ...b)));
  return within.alignment.claimsOf(sentenceOf(within, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: a sentence that names no one, in an article that never names the claim’s person', () => {
  it('GIVEN "Among the charges he faces are …" in an article on another man’s trial THEN it is not the claim two articles tell of the named defendant', () => {
    expect(together(['charges_a', 'Mr Dressler has denied'], ['charges_c', 'Among the charges'])).toBe(false);
  });

  it('GIVEN the same sentence in an article that names the defendant further down THEN it may tell his claim: it stays', () => {
    expect(together(['charges_a', 'Mr Dressler has denied'], ['charges_d', 'Among the charges'], namedLater)).toBe(true);
  });

  it('GIVEN "Tom Brandt’s men have lost …" THEN the men act, not Brandt: an article on the side that never names him tells the same claim', () => {
    expect(together(['losses_a', 'have now lost'], ['losses_c', 'The world champions have lost'])).toBe(true);
  });
});
