import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('plans that a verb acts on are a noun, not an intention stated', () => {
  it('GIVEN "has put forward plans to" THEN putting the plans forward is stated as fact', () => {
    expect(certaintyOf('The Liberal Democrats have put forward plans to scrap council tax.').level).toBe('certain');
  });

  it('GIVEN "drew up plans to" THEN drawing them up is stated as fact', () => {
    expect(certaintyOf('Officials drew up plans to move 2,000 civil servants to Sheffield.').level).toBe('certain');
  });

  it('GIVEN "are speeding up plans to" THEN the speeding up is stated as fact', () => {
    expect(certaintyOf('Ministers are speeding up plans to recruit more community support officers.').level).toBe('certain');
  });

  it('GIVEN "has defended government plans to" THEN the defence is stated as fact', () => {
    expect(certaintyOf('The home secretary has defended government plans to hold suspects under house arrest.').level).toBe('certain');
  });

  it('GIVEN "abandoning plans to" THEN what was abandoned is no plan announced', () => {
    expect(certaintyOf('The airline shocked investors last year, abandoning plans to float on the stock market.').level).toBe('certain');
  });

  it('GIVEN "is currently developing plans to" THEN the work on the plans is stated as fact', () => {
    expect(certaintyOf('The council is currently developing plans to build 500 homes on the site.').level).toBe('certain');
  });

  it('GIVEN "could unveil plans to" THEN the hedge is the modal, not the plans', () => {
    expect(certaintyOf('The bank could unveil plans to close 40 branches next week.').note).toBe("Hedged ('could'); no source given.");
  });

  it('GIVEN "voted to back controversial government plans to" THEN the backing is stated as fact', () => {
    expect(certaintyOf('Peers voted to back controversial government plans to extend pub opening hours.').level).toBe('certain');
  });

  it('GIVEN "The Tories say plans to … should be delayed" THEN the plans are what the Tories speak of, no intention of theirs', () => {
    expect(certaintyOf('The Tories say plans to extend pub opening hours should be delayed.').note).not.toContain('plans to');
  });

  it('GIVEN "the troubled retail group plans to" THEN the verb still states the group\'s plan', () => {
    expect(certaintyOf('The troubled retail group plans to close 40 stores next year.').level).toBe('probable');
  });

  it('GIVEN "a newly appointed chief executive plans to" THEN the verb still states the plan', () => {
    expect(certaintyOf('A newly appointed chief executive plans to cut costs by a fifth.').level).toBe('probable');
  });
});
