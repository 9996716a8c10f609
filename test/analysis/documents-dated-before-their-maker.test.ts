import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a document with a time between it and its maker is named with the maker', () => {
  it('GIVEN "according to a report earlier this week from the Motor Trade Group" THEN the report is named, with its maker', () => {
    const certainty = certaintyOf('Demand for new cars fell sharply, according to a report earlier this week from the Motor Trade Group.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['a report earlier this week from the Motor Trade Group']);
  });

  it('GIVEN "according to a survey last month by the Motor Trade Group" THEN the survey is named, with its maker', () => {
    const certainty = certaintyOf('Demand for new cars fell sharply, according to a survey last month by the Motor Trade Group.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['a survey last month by the Motor Trade Group']);
  });
});
