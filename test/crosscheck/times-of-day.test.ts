import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from './library-of.ts';

/** Two events set for one hour of the day, and one rate change told by two articles in percentage points. */
const library = libraryOf({
  debate: 'Leaders to clash\n\nThe opposition leader is expected to raise the report at the weekly debate at 1430 GMT on Wednesday. His aides were confident.',
  regatta: 'Regatta set to start\n\nThe regatta will start at 1430 GMT on Saturday and is expected to finish by the evening. Crews arrived early.',
  jobless: 'Jobless rate climbs\n\nAdjusted for the season, the jobless rate is 7.9% of the working population, up 0.4 percentage points from the month before. Factories shed staff.',
  rates:
    'Rates roundup\n\nMortgage rates rose 0.25 percentage points. Savings rates fell 0.1 percentage points. Inflation was 0.6 percentage points above target. Wages lagged prices by 1.2 percentage points. Exports gained 2 percentage points of market share.',
  deficit: 'Budget target met\n\nUnder the spending rules, the finance minister has to trim the deficit by 0.4 percentage points each year, a target she says she has now reached.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: a time of day and a change in percentage points', () => {
  it('GIVEN two events set for the same time of day (“at 1430 GMT”) THEN the time does not make them one claim', () => {
    expect(together(['debate', 'weekly debate'], ['regatta', 'will start'])).toBe(false);
  });

  it('GIVEN the same change in percentage points of two unrelated rates THEN it does not make them one claim', () => {
    expect(together(['jobless', 'the jobless rate is 7.9%'], ['deficit', 'trim the deficit'])).toBe(false);
  });
});
