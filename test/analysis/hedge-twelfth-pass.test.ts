import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('an implication rejected as it is named', () => {
  it('GIVEN "The judges are simply wrong to imply that …" THEN the speaker asserts, not hedges', () => {
    expect(certaintyOf('The judges are simply wrong to imply that this is a decision made on a whim.').level).toBe('certain');
  });

  it('GIVEN "The figures imply that growth will slow." THEN an implication still hedges', () => {
    expect(certaintyOf('The figures imply that growth will slow.').level).toBe('probable');
  });
});

describe('a turn that looks set to come', () => {
  it('GIVEN "…, which looks set to receive more scrutiny." THEN the sentence is hedged as a plan or likely turn', () => {
    expect(certaintyOf('The club received a detailed proposal from the bidder, which looks set to receive more scrutiny.').level).toBe('probable');
  });
});

describe('talk going round', () => {
  it('GIVEN "… are to meet amid talk that the bid will be raised" THEN the raised bid is only talk', () => {
    expect(certaintyOf('The two chief executives are to meet amid talk that the bid will be raised to £1.5bn.').level).toBe('possible');
  });

  it('GIVEN "There is talk of a merger." THEN a rumour hedges', () => {
    expect(certaintyOf('There is talk of a merger between the two airlines.').level).toBe('possible');
  });
});

describe('"no wonder" asserts', () => {
  it('GIVEN "it is no wonder that trust in taxation is breaking down" THEN stated, not left open', () => {
    expect(certaintyOf('With the empty promises of every party, it is no wonder that trust in taxation is breaking down.').level).toBe('certain');
  });

  it('GIVEN "Investors wonder whether the bank will cut rates." THEN still an open question', () => {
    expect(certaintyOf('Investors wonder whether the bank will cut rates.').level).toBe('unknown');
  });
});
