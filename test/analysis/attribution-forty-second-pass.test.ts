import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('an aside that bounds a count is no condition, whatever dash sets it off', () => {
  it('GIVEN "what penalty - if any - the club should pay" between spaced hyphens THEN the sentence is not hedged as a condition', () => {
    const certainty = certaintyOf('The league board decided on Friday what penalty - if any - the club should pay for the late kick-off.');
    expect(certainty.level).toBe('certain');
  });

  it("GIVEN the same aside between wire copy's double hyphens THEN it is not hedged either", () => {
    const certainty = certaintyOf('The league board decided on Friday what penalty -- if any -- the club should pay for the late kick-off.');
    expect(certainty.level).toBe('certain');
  });
});

describe("a claim of others that someone refutes is the claim's, unnamed, and disputed", () => {
  it('GIVEN "Mr Howard rejected the report which said …" THEN Mr Howard reacts to what the report said, and the note names him', () => {
    const certainty = certaintyOf('Mr Howard rejected the report which said crime had fallen.');
    expect(certainty.attributedTo[0]).toBe('Howard');
    expect(certainty.note).toMatch(/^Attributed to Howard, who rejected what the report said/u);
  });

  it('GIVEN "Mr Hale refuted claims that …" THEN the claims stand behind the clause, not the article', () => {
    const certainty = certaintyOf('Mr Hale refuted claims that his players had been paid to lose the match.');
    expect(certainty.attributedTo).toEqual(['claims']);
    expect(certainty.contested).toBe(true);
  });
});

describe('the note names who disputes a claim of others', () => {
  it('GIVEN "Ms Ward denied reports that …" THEN the note says the reports are contested by Ward', () => {
    const certainty = certaintyOf('Ms Ward denied reports that she had sold her shares in the bank last year.');
    expect(certainty.note).toBe("From an unnamed, vague source: reports; contested by Ward ('denied').");
  });

  it('GIVEN "…, which the union denies" THEN the note names the union as disputing the firm\'s claim', () => {
    const certainty = certaintyOf('The firm said the strike had cost it £3m, which the union denies.');
    expect(certainty.note).toContain('contested by');
    expect(certainty.note).toContain('union');
  });
});

describe('the forecasters of a figure an outcome is measured against are no source, and hedge nothing', () => {
  it('GIVEN "… was twice the 120,000 figure that City economists had forecast" THEN the outcome is stated as fact, with no source', () => {
    const certainty = certaintyOf('The 240,000 homes sold in March was twice the 120,000 figure that City economists had forecast.');
    expect(certainty.level).toBe('certain');
    expect(certainty.sourcing).toBe('none');
  });

  it('GIVEN "… topped the 2% rate that analysts had expected" THEN the expectation is the yardstick, no hedge', () => {
    const certainty = certaintyOf('Inflation in the eurozone topped the 2% rate that analysts had expected for the month.');
    expect(certainty.level).toBe('certain');
  });

  it('GIVEN "analysts had forecast that rates would rise" THEN a forecast with its own clause is still theirs', () => {
    const certainty = certaintyOf('Before the meeting, analysts had forecast that rates would rise by a quarter point.');
    expect(certainty.attributedTo).toEqual(['analysts']);
  });
});
