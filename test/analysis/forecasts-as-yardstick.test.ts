import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a forecast that an outcome is measured against hedges nothing', () => {
  it('GIVEN "was well below analyst forecasts" THEN the result is stated as fact', () => {
    expect(certaintyOf('Fourth-quarter output rose 1.2%, but was well below analyst forecasts.').level).toBe('certain');
  });

  it('GIVEN "beat analyst forecasts" THEN the profit is stated as fact, and the analysts are no source', () => {
    const certainty = certaintyOf('Pre-tax profit of £410m beat analyst forecasts.');
    expect(certainty.level).toBe('certain');
    expect(certainty.sourcing).toBe('none');
  });

  it('GIVEN "has been ahead of IMF forecasts" THEN the growth is stated as fact', () => {
    expect(certaintyOf('Growth has averaged 6% in the past three years, ahead of IMF forecasts.').level).toBe('certain');
  });

  it('GIVEN "in line with analyst forecasts" THEN the sales figure is stated as fact, and "analyst" is no anonymous source', () => {
    const certainty = certaintyOf('Sales of £2.1bn were in line with analyst forecasts.');
    expect(certainty.level).toBe('certain');
    expect(certainty.sourcing).toBe('none');
  });

  it('GIVEN "short of analyst forecasts" THEN the rise is stated as fact', () => {
    expect(certaintyOf('Turnover rose 4%, short of analyst forecasts.').level).toBe('certain');
  });

  it('GIVEN "more than analysts forecast" THEN the analysts are no source of the rise', () => {
    expect(certaintyOf('Sales rose more than analysts forecast.').sourcing).toBe('none');
  });

  it('GIVEN "below government forecasts of 3%" THEN the growth is stated as fact', () => {
    expect(certaintyOf('The economy grew by 2%, below government forecasts of 3%.').level).toBe('certain');
  });

  it('GIVEN "The bank forecasts growth" THEN the verb still hedges', () => {
    expect(certaintyOf('The bank forecasts growth of 2.5% next year.').level).toBe('probable');
  });

  it('GIVEN "forecasts of 2% growth" as the subject THEN the forecast still hedges', () => {
    expect(certaintyOf('Forecasts of 2% growth next year look optimistic.').level).not.toBe('certain');
  });
});
