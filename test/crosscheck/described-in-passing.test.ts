import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from './library-of.ts';

/**
 * Arts and business copy that describes its subject in passing with a past participle ("set in …", "partly based on …",
 * "Founded in …"), as a relative clause would: the description is what every article of the story may give, not what
 * the sentence tells.
 */
const library = libraryOf({
  play_run:
    'Hospital drama extends run\n\nPartly based on the playwright’s years as a hospital porter, Night Ward has been playing at the Almeida Theatre since March. Tickets for the summer are on sale.',
  play_award:
    'Hospital drama wins top prize\n\nNight Ward, set in a London hospital in the 1970s and partly based on the playwright’s years as a hospital porter, was named best new play. The ceremony was held on Sunday.',
  play_award_again:
    'Awards night for hospital drama\n\nNight Ward, partly based on the playwright’s years as a hospital porter, was named best new play on Sunday night. Its cast collected the prize.',
  brewer_jobs: 'Brewer to cut jobs\n\nFounded in Leeds by two brothers in 1887, Harrow Ales plans to close its bottling plant next year. Unions said they would fight the plan.',
  brewer_sale: 'Brewer sold to rival\n\nHarrow Ales, founded in Leeds by two brothers in 1887, has agreed to be bought by a Dutch rival. The deal needs shareholder approval.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: a description in a participle phrase is background', () => {
  it('GIVEN a play described alike, in one story playing at a theatre AND in another named best new play THEN they are not one claim', () => {
    expect(together(['play_run', 'has been playing'], ['play_award', 'was named best new play'])).toBe(false);
  });

  it('GIVEN a brewer described alike, in one story closing a plant AND in another agreeing to be bought THEN they are not one claim', () => {
    expect(together(['brewer_jobs', 'plans to close'], ['brewer_sale', 'agreed to be bought'])).toBe(false);
  });

  it('GIVEN two stories that describe the play alike AND both say it was named best new play THEN it is one claim', () => {
    expect(together(['play_award', 'was named best new play'], ['play_award_again', 'was named best new play'])).toBe(true);
  });
});
