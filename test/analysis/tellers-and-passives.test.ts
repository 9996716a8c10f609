import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a passive "was told by X": the teller is the source, the subject only heard it', () => {
  it('GIVEN "Reuters was told by a senior official that …" THEN the official, anonymous, stands behind it, not Reuters', () => {
    const certainty = certaintyOf('Reuters was told by a senior official that the talks had collapsed.');
    expect(certainty.sourcing).toBe('anonymous');
    expect(certainty.attributedTo).toEqual(['a senior official']);
  });

  it('GIVEN "Ministers were told by Mr Brown that …" THEN Brown is the source', () => {
    const certainty = certaintyOf('Ministers were told by Mr Brown that the spending cuts would go ahead.');
    expect(certainty.attributedTo).toEqual(['Brown']);
  });

  it('GIVEN a court "was told by" a witness THEN the witness stands behind the evidence, not what the court heard', () => {
    const certainty = certaintyOf('The blood on the coat was not his, the jury was told by forensic scientist Anna Hale.');
    expect(certainty.attributedTo).toEqual(['Anna Hale']);
  });

  it('GIVEN "was told by the regulator to cut its prices" THEN an order is no claim of the one who gave it', () => {
    const certainty = certaintyOf('The water company was told by the regulator to cut its prices.');
    expect(certainty.sourcing).toBe('none');
  });

  it('GIVEN "will be told by the manager what is expected of you" THEN what is told is only named, and no one stands behind it', () => {
    const certainty = certaintyOf('New recruits will be told by the manager what is expected of them.');
    expect(certainty.sourcing).toBe('none');
  });
});

describe('a passive belief with a short adverb between "is" and its verb', () => {
  it('GIVEN "The firm is now believed to be in talks" THEN people not named hold the belief, the firm is its topic', () => {
    const certainty = certaintyOf('The firm is now believed to be in talks with a buyer.', 'Shares in the carmaker rose 4% on Monday.');
    expect(certainty.sourcing).toBe('vague');
    expect(certainty.attributedTo).toEqual(["people not named ('is now believed to')"]);
  });

  it('GIVEN "Mr Hale is still thought to favour a cut" THEN Hale is spoken of, not speaking', () => {
    const certainty = certaintyOf('Mr Hale is still thought to favour a cut in the base rate.');
    expect(certainty.sourcing).toBe('vague');
  });

  it('GIVEN "The minister is now said to be furious" THEN it is vague, as "is said to" is', () => {
    const certainty = certaintyOf('The minister is now said to be furious about the leak.');
    expect(certainty.sourcing).toBe('vague');
  });

  it('GIVEN "Five more members are now reported to be threatening to resign" THEN unnamed reports, not the members, stand behind it', () => {
    const certainty = certaintyOf('Five more members of the board are now reported to be threatening to resign.');
    expect(certainty.attributedTo).toEqual(["people not named ('are now reported to be')"]);
  });

  it('GIVEN "Ms Hale, who is Catholic, is reported to be …" THEN the frame names only its own words, not the clause before it', () => {
    const certainty = certaintyOf('Ms Hale, who is Catholic, is reported to be opposed to the bill.');
    expect(certainty.attributedTo).toEqual(["people not named ('is reported to be')"]);
  });

  it('GIVEN "The bank is now understood to be ready to sell" THEN it is vague, as "is understood to" is', () => {
    const certainty = certaintyOf('The bank is now understood to be ready to sell its stake.');
    expect(certainty.sourcing).toBe('vague');
  });
});

describe('a document that is the object of a verb handling or regarding it is no source of the sentence', () => {
  it('GIVEN "Economists see next week\'s report from the Bank as key …" THEN the Bank is not named as the source', () => {
    const certainty = certaintyOf("Economists see next week's inflation report from the Bank as key to the timing of a rate rise.");
    expect(certainty.attributedTo ?? []).not.toContain('Bank');
  });

  it('GIVEN "using data from a dozen weather stations" THEN the stations are no source', () => {
    const certainty = certaintyOf('The flood map was drawn using data from a dozen weather stations along the river.');
    expect(certainty.sourcing).toBe('none');
  });

  it('GIVEN "challenged ministers to publish the full report from the inspector" THEN the inspector is no source', () => {
    const certainty = certaintyOf('Opposition MPs have challenged ministers to publish the full report from the chief inspector.');
    expect(certainty.sourcing).toBe('none');
  });

  it('GIVEN "see figures from the ONS showing that …" THEN the figures\' own words keep their source', () => {
    const certainty = certaintyOf('Some analysts see figures from the ONS showing that growth is slowing.');
    expect(certainty.sourcing).not.toBe('none');
  });
});
