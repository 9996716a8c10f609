import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a forecast or a suggestion in a clause on `with` names its source', () => {
  it('GIVEN "…, with the central bank predicting 3% growth next year" THEN the central bank stands behind the clause', () => {
    const certainty = certaintyOf('Exports grew by about 6% last year, with the central bank predicting 3% growth next year.');
    expect(certainty.attributedTo).toEqual(['the central bank']);
    expect(certainty.sourcing).toBe('named');
  });

  it('GIVEN "…, with reports suggesting that …" THEN the reports are a vague source', () => {
    const certainty = certaintyOf('Two directors of the brewer have resigned, with reports suggesting that they disagreed over the merger.');
    expect(certainty.attributedTo).toEqual(['reports']);
    expect(certainty.sourcing).toBe('vague');
  });

  it('GIVEN the same participle outside a clause on `with` THEN it is an act, and no source', () => {
    const certainty = certaintyOf('The agency spent ten years forecasting the weather for farmers in the region.');
    expect(certainty.sourcing).toBe('none');
  });
});

describe('a finding given as a clause with no `that` names who found it', () => {
  it('GIVEN "The appeal court found the contract - signed in 2001 - could not be enforced" THEN the court is the source', () => {
    const certainty = certaintyOf('The appeal court in Leeds found the contract - signed by the council in 2001 - could not be enforced.');
    expect(certainty.attributedTo).toEqual(['The appeal court in Leeds']);
  });

  it('GIVEN "The MPs found the new system … was still failing …" THEN the MPs are the source', () => {
    const certainty = certaintyOf('The MPs found the new computer system from the Canadian supplier was still failing thousands of claimants.');
    expect(certainty.attributedTo).toEqual(['MPs']);
  });

  it('GIVEN "found a dealer they felt they could trust" THEN the clause on the object is no finding, and no one is the source', () => {
    const certainty = certaintyOf('Most buyers found a dealer they felt they could trust within a week.');
    expect(certainty.sourcing).toBe('none');
  });

  it('GIVEN "A wallet found by the cleaners was handed in" THEN the participle finds nothing', () => {
    const certainty = certaintyOf('A wallet found by the cleaners was handed to police.');
    expect(certainty.sourcing).toBe('none');
  });
});

describe('a confirmation whose giver is left out is a vague source', () => {
  it('GIVEN "…, it has been confirmed." THEN the sentence is from an unnamed, vague source', () => {
    const certainty = certaintyOf('The party will hold its spring conference in Cardiff next year, it has been confirmed.');
    expect(certainty.sourcing).toBe('vague');
  });
});

describe('a clause joined after a comma opens with its own subject, whatever aside follows it', () => {
  it('GIVEN "Sales fell, but Tesco, the biggest grocer, said …" THEN the grocer is the source of the clause after `but`', () => {
    const certainty = certaintyOf('Sales of clothing fell in March, but Tesco, the biggest grocer, said its food sales had held up.');
    expect(certainty.attributedTo).toEqual(['Tesco']);
  });

  it('GIVEN "…, but Norway, which is not a member, has insisted …" THEN Norway is the source', () => {
    const certainty = certaintyOf('Most of the states have signed the treaty, but Norway, which is not a member, has insisted it will not sign.');
    expect(certainty.attributedTo).toEqual(['Norway']);
  });

  it('GIVEN an aside between dashes whose `and` follows a quoted term THEN the subject before the aside still speaks', () => {
    const certainty = certaintyOf('But Mr Okoro - who led the "rent strikers" and is standing for the council - said he was not convinced.');
    expect(certainty.attributedTo).toEqual(['Okoro']);
  });
});

describe('a finding whose clause has a past tense and its object names who found it', () => {
  it('GIVEN "The chamber found the whole economy still faced "serious risks"" THEN the chamber is the source', () => {
    const certainty = certaintyOf('However, the chamber found the whole economy still faced "serious risks" from rising interest rates.');
    expect(certainty.attributedTo).toEqual(['the chamber']);
  });

  it('GIVEN "Police found the van dumped in a lay-by" THEN the participle on the object is no clause, and no one is the source', () => {
    const certainty = certaintyOf('Police found the stolen van dumped in a lay-by near the airport.');
    expect(certainty.sourcing).toBe('none');
  });
});

describe('a restrictive `which` or `who` after `from` hangs from the phrase that speaks', () => {
  it('GIVEN "The proposals came from the Audit Commission which said …" THEN the commission is the source', () => {
    const certainty = certaintyOf('The proposals came from the Audit Commission which said councils had wasted millions on consultants.');
    expect(certainty.attributedTo).toEqual(['Audit Commission']);
  });

  it('GIVEN "The figures echo research from pollster Ipsos which suggested …" THEN the pollster, not the whole clause, is the source', () => {
    const certainty = certaintyOf('The figures echo earlier research from pollster Ipsos which suggested that most viewers watched online.');
    expect(certainty.attributedTo).toEqual(['Ipsos']);
  });
});
