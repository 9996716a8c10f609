import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe("a part of an outlet or a body after its owner's possessive is the source, named whole", () => {
  it('GIVEN "The Mail on Sunday\'s Financial Mail said …" THEN the source is the Financial Mail of the Mail on Sunday, second-hand', () => {
    const certainty = certaintyOf("The Mail on Sunday's Financial Mail said the £4bn was earmarked for spending in three instalments.");
    expect(certainty.sourcing).toBe('media');
    expect(certainty.attributedTo).toEqual(["Mail on Sunday's Financial Mail"]);
  });

  it('GIVEN "The Observer\'s business section reported that …" THEN the section is the source', () => {
    expect(certaintyOf("The Observer's business section reported that talks with the buyer had collapsed.").attributedTo).toEqual(["Observer's business section"]);
  });

  it('GIVEN "BBC Radio 4\'s Today programme said …" THEN the programme, with its station, is the source', () => {
    expect(certaintyOf("BBC Radio 4's Today programme said the minister had offered to resign.").attributedTo).toEqual(["BBC Radio 4's Today programme"]);
  });

  it('GIVEN "Deutsche Bank\'s research unit said …" THEN a unit of a body is a named source', () => {
    const certainty = certaintyOf("Deutsche Bank's research unit said growth in the eurozone would slow next year.");
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(["Deutsche Bank's research unit"]);
  });

  it('GIVEN "The BBC\'s political editor Nick Robinson said …" THEN a journalist after the possessive is still read as the outlet\'s', () => {
    expect(certaintyOf("The BBC's political editor Nick Robinson said the vote would be close.").attributedTo).toEqual(['BBC']);
  });
});
