import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from '../crosscheck/library-of.ts';

/** "150,000" in nine sentences of seven stories: more than a figure may be used by and anchor a claim on its own. */
const library = libraryOf({
  cars: 'Carmaker expands\n\nThe new plant would produce 150,000 cars a year from 2007.',
  asia: 'Sales push\n\nThe carmaker aims to sell 150,000 vehicles in Asia by 2008.',
  fair: 'Fair crowds\n\nOrganisers expected 150,000 visitors at the spring fair by Saturday.',
  pay: "Pay row\n\nThe directors' children were paid up to $150,000 a year.",
  libel: 'Libel win\n\nThe MP won £150,000 in libel damages from a newspaper.',
  quake_a: 'Quake toll\n\nSome 150,000 people are feared dead after the earthquake.',
  quake_b: "Silence held\n\nA minute's silence was held for the estimated 150,000 dead.",
  duty_a: 'Greens on housing\n\nBy pledging to take the threshold to £150,000, the Greens will let many first-time buyers escape the tax.',
  duty_b: 'Greens manifesto\n\nThe Greens unveiled plans in February to raise the stamp duty threshold to £150,000.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity by a figure many stories give', () => {
  it('GIVEN a common figure given by two sentences with a word near it that few of its sentences give ("threshold") THEN the two carry one claim', () => {
    expect(together(['duty_a', 'take the threshold'], ['duty_b', 'stamp duty threshold'])).toBe(true);
  });

  it('GIVEN a common figure told as a death toll in two wordings ("150,000 people are feared dead", "the estimated 150,000 dead") THEN the two carry one claim', () => {
    expect(together(['quake_a', 'feared dead'], ['quake_b', 'estimated 150,000 dead'])).toBe(true);
  });

  it('GIVEN the same figure as a sum of money in one sentence and a count of things in another ("$150,000 a year", "150,000 cars a year") THEN the figure does not make them one claim', () => {
    expect(together(['pay', 'paid up to'], ['cars', '150,000 cars'])).toBe(false);
  });
});

describe('claim identity by a figure that names what is spoken of', () => {
  const offers = libraryOf({
    offer_a: 'Fund attacks bid\n\nThe fund said Kessler had to show why its planned £40m offer for Brantwood was good for shareholder value.',
    offer_b: 'Investor revolt\n\nOrwell Capital, which owns 5% of Kessler, has complained that the £40m offer for Brantwood is too high.',
  });

  it('GIVEN a figure in a definite description of a known thing ("the £40m offer for Brantwood is too high") THEN it does not make a claim of what another sentence says of that thing', () => {
    const second = new Set(offers.alignment.claimsOf(sentenceOf(offers, 'offer_b', 'is too high')));
    expect(offers.alignment.claimsOf(sentenceOf(offers, 'offer_a', 'had to show why')).some((claim) => second.has(claim))).toBe(false);
  });
});

describe('claim identity by a figure of another kind', () => {
  const kinds = libraryOf({
    survey: 'Shoppers cautious\n\nSome 45% of Tarnby shoppers said they planned to spend less this spring.',
    shops: 'Closures feared\n\nTarnby council said 45 shops planned to close this spring.',
  });

  it('GIVEN the same number as a share in one sentence and a count in another ("45% of shoppers", "45 shops") THEN the number does not make them one claim', () => {
    const second = new Set(kinds.alignment.claimsOf(sentenceOf(kinds, 'shops', '45 shops')));
    expect(kinds.alignment.claimsOf(sentenceOf(kinds, 'survey', '45% of Tarnby')).some((claim) => second.has(claim))).toBe(false);
  });
});

describe('claim identity across months', () => {
  const months = libraryOf({
    october: 'Prices slip\n\nHouse prices in Tarnby fell 0.4% in October, the Harbour building society said.',
    january: 'Prices recover\n\nHouse prices in Tarnby went up by 0.4% in January, according to the Harbour building society.',
  });

  it('GIVEN two readings of one monthly figure put in other months ("in October", "in January") THEN they are two claims', () => {
    const second = new Set(months.alignment.claimsOf(sentenceOf(months, 'january', 'in January')));
    expect(months.alignment.claimsOf(sentenceOf(months, 'october', 'in October')).some((claim) => second.has(claim))).toBe(false);
  });
});
