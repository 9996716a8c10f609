import { describe, expect, it } from 'vitest';
import { readTimeFrames, sameTime, singleDayOf } from '../../src/crosscheck/time-frames.ts';

describe('readTimeFrames', () => {
  it('GIVEN “last month” in an article with no date THEN the frame is kept but left unresolved', () => {
    const frames = readTimeFrames('Some 157,000 new jobs were added last month.');
    expect(frames.map((frame) => ({ resolved: frame.resolved, oneDay: frame.oneDay }))).toEqual([{ resolved: false, oneDay: false }]);
  });

  it('GIVEN “on Sunday” in an article dated Monday 20 December 2004 THEN it is Sunday 19 December 2004', () => {
    const [frame] = readTimeFrames('The auction was held on Sunday.', '2004-12-20');
    expect(frame && singleDayOf(frame)).toEqual({ year: 2004, month: 11, day: 19 });
  });

  it('GIVEN “May” opening a sentence as a modal THEN it names no month', () => {
    expect(readTimeFrames('May the talks go well, the minister said.')).toEqual([]);
  });
});

describe('sameTime', () => {
  it('GIVEN “in January” and an unresolved “last month” THEN the two figures are not told of one known period', () => {
    expect(sameTime(readTimeFrames('US firms added 146,000 jobs in January.'), readTimeFrames('Some 157,000 jobs were added last month.'))).toBe(false);
  });

  it('GIVEN “last month” in an article dated 4 February 2005 and “in January” THEN both are January', () => {
    expect(sameTime(readTimeFrames('US firms added 146,000 jobs in January.'), readTimeFrames('Some 157,000 jobs were added last month.', '2005-02-04'))).toBe(true);
  });

  it('GIVEN two different days an event fell on THEN the figures are still compared, the days being a discrepancy of their own', () => {
    expect(sameTime(readTimeFrames('5,000 troops crossed on 4 March.'), readTimeFrames('6,000 troops crossed on 5 March.'))).toBe(true);
  });
});
