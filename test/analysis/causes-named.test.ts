import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a forecast or a doubt named as the cause of an outcome hedges nothing', () => {
  it('GIVEN prices "pushed up by forecasts of" cold weather THEN the rise is stated as fact', () => {
    expect(certaintyOf('Heating oil prices were pushed up by forecasts of a cold snap in New England.').level).toBe('certain');
  });

  it('GIVEN investors drawn in "by low interest rates and strong growth forecasts" THEN the rally is stated as fact', () => {
    expect(certaintyOf('Property shares rallied, with buyers drawn in by low interest rates and strong growth forecasts.').level).toBe('certain');
  });

  it('GIVEN a singular "forecast" after "by" THEN the fall is stated as fact', () => {
    expect(certaintyOf('The euro was knocked lower by a gloomy forecast from the Bundesbank.').level).toBe('certain');
  });

  it('GIVEN spending cut "amid uncertainty over" jobs THEN the cut is stated as fact', () => {
    expect(certaintyOf('Shoppers have held back on big purchases amid uncertainty over their pensions.').level).toBe('certain');
  });

  it('GIVEN "uncertainty over" a market that "continues to take its toll" THEN the toll is stated as fact', () => {
    expect(certaintyOf('Uncertainty over the property market continues to take its toll on furniture sellers.').level).toBe('certain');
  });

  it('GIVEN "the uncertainty surrounding" a sector that "has prompted" a decision THEN the decision is stated as fact', () => {
    expect(certaintyOf('The uncertainty surrounding the airline industry has prompted the group to shelve its flotation.').level).toBe('certain');
  });

  it('GIVEN "by 2030, the study forecasts" THEN `by` and a year is a date, and the verb still hedges', () => {
    expect(certaintyOf('Demand for coal in Asia will double by 2030, the study forecasts.').note).toContain("'forecasts'");
  });

  it('GIVEN "amid forecasts that" rates will rise THEN the forecast with its own clause still hedges', () => {
    expect(certaintyOf('Bond prices slipped amid forecasts that interest rates will rise again.').level).toBe('probable');
  });

  it('GIVEN "uncertainty over" a mill, then a clause in which floods "hit" it THEN the uncertainty is the news and still hedges', () => {
    expect(certaintyOf('There is growing uncertainty over the future of the mill as the floods hit its supplies.').level).toBe('unknown');
  });
});

describe('a forecast restated or revised with no new figure hedges nothing', () => {
  it('GIVEN a firm "reaffirming its full-year profit forecasts" THEN the restatement is stated as fact', () => {
    expect(certaintyOf('The builder posted a 9% rise in half-year profit, reaffirming its full-year profit forecasts.').level).toBe('certain');
  });

  it('GIVEN a watchdog that "raised its forecasts for" demand with no figure THEN the revision is stated as fact', () => {
    expect(certaintyOf('Copper prices climbed on Tuesday after a mining body raised its forecasts for Chinese demand.').level).toBe('certain');
  });

  it('GIVEN a forecast "reaffirmed" with its figure after "of" THEN the forecast still hedges', () => {
    expect(certaintyOf('The retailer reaffirmed its forecast of 4% sales growth this year.').level).toBe('probable');
  });
});
