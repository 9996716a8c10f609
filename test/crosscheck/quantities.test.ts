import { describe, expect, it } from 'vitest';
import { agree, comparable, halfRoundedDown, readQuantities, type Quantity } from '../../src/crosscheck/quantities.ts';

const one = (text: string, at = 0): Quantity => {
  const found = readQuantities(text)[at];
  if (!found) throw new Error(`no figure in “${text}”`);
  return found;
};
const spans = (text: string): string[] => readQuantities(text).map((quantity) => text.slice(quantity.start, quantity.end));

describe('readQuantities', () => {
  it('GIVEN a sum with a conversion in brackets THEN it reads the sum whole and leaves the conversion out', () => {
    expect(spans('The unit was sold to pay off a $27.5bn (£14.5bn) back tax bill.')).toEqual(['$27.5bn']);
  });

  it('GIVEN a count and an age in one sentence THEN each is read as its own kind', () => {
    expect(readQuantities('The 2,000 workers, aged 30 to 40, were laid off.').map((quantity) => quantity.kind)).toEqual(['count', 'age']);
  });

  it('GIVEN a forecast between two shares THEN it is one range, not two figures', () => {
    expect(spans('He forecast growth of between 3% and 3.5% next year.')).toEqual(['3% and 3.5%']);
  });
});

describe('agree', () => {
  it('GIVEN $9bn and $9.37bn for one sale THEN the rounded figure agrees', () => {
    expect(agree(one('Baikal paid $9bn for the unit.'), one('Baikal paid $9.37bn for the unit.'))).toBe(true);
  });

  it('GIVEN $9.3bn and $9.37bn for one sale THEN they differ: 9.37 rounds to 9.4', () => {
    expect(agree(one('Baikal paid $9.3bn for the unit.'), one('Baikal paid $9.37bn for the unit.'))).toBe(false);
  });

  it('GIVEN “more than $27bn” and “$27.5bn” THEN the bound holds the figure', () => {
    expect(agree(one('Yukos owes more than $27bn in back taxes.'), one('Yukos owes $27.5bn in back taxes.'))).toBe(true);
  });

  it('GIVEN a range of 3% to 3.5% and a forecast of 3.2% THEN the range holds it', () => {
    expect(agree(one('Growth of 3% to 3.5% is forecast.'), one('Growth of 3.2% is forecast.'))).toBe(true);
  });

  it('GIVEN 19 December and 20 December for one auction THEN the dates one day apart differ', () => {
    expect(agree(one('The auction is due on 19 December.'), one('The auction is due on 20 December.'))).toBe(false);
  });
});

describe('halfRoundedDown', () => {
  it('GIVEN $27bn and $27.5bn for one tax bill THEN the rougher may be the finer with its half rounded down', () => {
    expect(halfRoundedDown(one('Yukos was hit with a $27bn tax bill.'), one('Yukos was hit with a $27.5bn tax bill.'))).toBe(true);
  });

  it('GIVEN 4% and 4.5% for one interest rate THEN they are two rates: half a step of a one-digit figure is another figure', () => {
    expect(halfRoundedDown(one('The bank raised interest rates to 4%.'), one('The bank raised interest rates to 4.5%.'))).toBe(false);
  });
});

describe('comparable', () => {
  it('GIVEN a count of workers and an age THEN they are never compared', () => {
    expect(comparable(one('The 40 workers were laid off.'), one('The workers, aged 40, were laid off.'))).toBe(false);
  });

  it('GIVEN dollars and pounds THEN money is compared only in one currency', () => {
    expect(comparable(one('The bid values the club at $1.5bn.'), one('The bid values the club at £800m.'))).toBe(false);
  });

  it('GIVEN counts of troops and of tanks THEN a count is compared only with a count of the same thing', () => {
    expect(comparable(one('About 6,000 troops crossed.'), one('About 300 tanks crossed.'))).toBe(false);
  });
});
