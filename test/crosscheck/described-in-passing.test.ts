import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from './library-of.ts';

/**
 * Arts and business copy that describes its subject in passing with a past participle ("set in …", "partly based on …",
 * "Founded in …"), as a relative clause would, or the outcome of its main clause with a present participle (",
 * bringing … back under state control"): what every article of the story may give, not what the sentence tells. A
 * participle that passes on what someone said (", saying …") opens the claim itself.
 */
const library = libraryOf({
  play_run: 'Hospital drama extends run\n\nPartly based on the playwright’s years as a hospital porter, Night Ward has run at the Almeida Theatre since March. Tickets for the summer are on sale.',
  play_award:
    'Hospital drama wins top prize\n\nNight Ward, set in a London hospital in the 1970s and partly based on the playwright’s years as a hospital porter, was named best new play. The ceremony was held on Sunday.',
  play_award_again:
    'Awards night for hospital drama\n\nNight Ward, partly based on the playwright’s years as a hospital porter, was named best new play on Sunday night. Its cast collected the prize.',
  brewer_jobs: 'Brewer to cut jobs\n\nFounded in Leeds by two brothers in 1887, Harrow Ales plans to close its bottling plant next year. Unions said they would fight the plan.',
  brewer_sale: 'Brewer sold to rival\n\nHarrow Ales, founded in Leeds by two brothers in 1887, has agreed to be bought by a Dutch rival. The deal needs shareholder approval.',
  oil_merger: 'Oil firms to merge\n\nHarbour Oil has agreed to merge with Stanmore Gas, bringing a large share of the country’s oil output back under state control. The deal is worth $9bn.',
  oil_forecast:
    'Oil unit auction looms\n\nAnalysts believe the unit is likely to be bought by a state-backed group such as Stanmore Gas, effectively bringing a large share of the country’s oil output back under state control. The auction is due next week.',
  rates_speech: 'Governor signals steady rates\n\nThe governor spoke to MPs on Tuesday, saying interest rates would stay at 4.75% until the summer. Markets barely moved.',
  rates_told:
    'Rates on hold until summer\n\nFacing questions from a committee, the bank’s governor repeated his view, saying interest rates would stay at 4.75% until the summer. The pound was steady.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: a description in a participle phrase is background', () => {
  it('GIVEN a play described alike, in one story running at a theatre AND in another named best new play THEN they are not one claim', () => {
    expect(together(['play_run', 'has run at'], ['play_award', 'was named best new play'])).toBe(false);
  });

  it('GIVEN a brewer described alike, in one story closing a plant AND in another agreeing to be bought THEN they are not one claim', () => {
    expect(together(['brewer_jobs', 'plans to close'], ['brewer_sale', 'agreed to be bought'])).toBe(false);
  });

  it('GIVEN two stories that describe the play alike AND both say it was named best new play THEN it is one claim', () => {
    expect(together(['play_award', 'was named best new play'], ['play_award_again', 'was named best new play'])).toBe(true);
  });

  it('GIVEN a merger agreed AND a forecast that a state group will buy, both ending in the same outcome clause THEN they are not one claim', () => {
    expect(together(['oil_merger', 'has agreed to merge'], ['oil_forecast', 'Analysts believe'])).toBe(false);
  });

  it('GIVEN what the governor said told after “saying” in two stories that frame it in other words THEN it is one claim', () => {
    expect(together(['rates_speech', 'saying interest rates'], ['rates_told', 'saying interest rates'])).toBe(true);
  });
});
