import { describe, expect, it } from 'vitest';
import { carryOneClaim } from '../crosscheck/library-of.ts';

describe('claim identity: the same people doing acts of another kind', () => {
  it('GIVEN one body offering to freeze debts and its members said to be owed a sum THEN an offer and a debt are two facts: two claims', () => {
    expect(
      carryOneClaim(
        {},
        'The Oslo Group of creditor nations on Tuesday offered to freeze debts owed by flood-hit countries in southern Africa.',
        'The 12 member countries of the Oslo Group are owed about $3bn this year in debt repayments by the countries hit by the floods in southern Africa.',
      ),
    ).toBe(false);
  });

  it('GIVEN a firm accepting a buyout and a shareholder taking legal action to halt it THEN consent and a lawsuit are two acts: two claims', () => {
    expect(
      carryOneClaim(
        {},
        'Norvik accepted a $2.4bn (£1.3bn) buyout from cable group Halden Telecom on Tuesday.',
        'A shareholder in Norvik has taken legal action to halt the $2.4bn (£1.3bn) buyout by cable group Halden Telecom.',
      ),
    ).toBe(false);
  });

  it('GIVEN an adviser who quit, told before a later verb, and a bid turned down, told past a long subject THEN quitting and a rejection are two acts: two claims', () => {
    expect(
      carryOneClaim(
        {},
        'His previous bankers, Morgan Brooks, quit last year after Mr Hale ignored their advice and voted against three Redcliffe board appointments.',
        'A previous bid by Mr Hale for the Redcliffe club in the spring of last year was turned down by its board.',
      ),
    ).toBe(false);
  });

  it("GIVEN an offer told with the rejection in a clause after it, and the same offer told as rejected THEN each tells the other's act: one claim", () => {
    expect(
      carryOneClaim(
        {},
        'Calder Bourse previously offered £900m for the Harlow exchange, which was turned down by its board, while Vantor is said to have funds in place for a £950m bid.',
        'A £900m offer for the Harlow exchange from Calder Bourse has already been rejected by its board, while Vantor has said it will make a cash bid.',
      ),
    ).toBe(true);
  });

  it('GIVEN a buyer told to have bought a refinery and the seller told to have sold it to him THEN one sale told from either side: one claim', () => {
    expect(
      carryOneClaim(
        {},
        'Tarn Energy bought the Milford Haven refinery from Oxley Petroleum for £410m in a deal completed on Friday.',
        'Oxley Petroleum sold the Milford Haven refinery to Tarn Energy for £410m in a deal completed on Friday.',
      ),
    ).toBe(true);
  });
});
