import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

// The sentence analysis reads a figure as one word (`5,196`, `2.5%`, `£1.4bn`), as the index does: the `,` or `.` inside
// a figure is no punctuation that ends a source's phrase.

describe('a figure inside a source phrase', () => {
  it('GIVEN "…, the survey of 5,196 firms found." THEN the survey is the source', () => {
    expect(certaintyOf("Manufacturers' export orders rose slightly in the quarter, the survey of 5,196 firms found.").attributedTo).toEqual(['the survey of 5,196 firms']);
  });

  it('GIVEN "A poll of 1,000 voters found …" THEN the poll is the source, not the voters', () => {
    expect(certaintyOf('A poll of 1,000 voters found that most backed the plan.').attributedTo).toEqual(['A poll of 1,000 voters']);
  });

  it('GIVEN "Some 47% said …" THEN the share of those asked is a vague source', () => {
    const certainty = certaintyOf('Some 47% said they would vote, the poll found.');
    expect(certainty.attributedTo[0]).toBe('Some 47%');
    expect(certainty.sourcing).toBe('vague');
  });
});

describe('figures that are no source', () => {
  it('GIVEN "less than the 47.3% forecast by analysts" with no other source THEN the analysts are the source, not the figure', () => {
    expect(certaintyOf('The margin was 45.6%, less than the 47.3% forecast by analysts.').attributedTo).toEqual(['analysts']);
  });

  it('GIVEN "the firm reported a margin of 45.6%, less than the 47.3% forecast by analysts" THEN the firm alone is the source: the forecast is what its figure is compared with', () => {
    expect(certaintyOf('Shares fell as the firm reported a margin of 45.6%, less than the 47.3% forecast by analysts.').attributedTo).toEqual(['the firm']);
  });

  it('GIVEN "It cut its forecast by approximately 2.5%" THEN `by` and a figure is how much, no agent', () => {
    expect(certaintyOf('The airline cut its passenger forecast by approximately 2.5%.').sourcing).toBe('none');
  });

  it('GIVEN "The 337 new jobs added to US payrolls in October was twice …" THEN jobs added are no speaker', () => {
    expect(certaintyOf('The 337 new jobs added to US payrolls in October was twice the figure that economists had forecast.').attributedTo).toEqual([]);
  });

  it('GIVEN "Ms Vale said many of the 710 jobs added in October were …" THEN she alone is the source', () => {
    expect(certaintyOf('Ms Vale, head of the bureau, said many of the 710 new jobs added in October were in building.').attributedTo).toEqual(['Vale']);
  });

  it('GIVEN "He added in a statement that …" THEN `added` with how it was said is still speech', () => {
    expect(certaintyOf('Mr Vale added in a statement that the deal was off.').attributedTo).toEqual(['Vale']);
  });

  it('GIVEN "paying $2m to an unnamed agent in Lagos claiming ties …" THEN the amount and the payment are no part of the agent', () => {
    expect(certaintyOf('The regulator had accused the firm of paying $2m to an unnamed agent in Lagos claiming ties with the president.').attributedTo).toEqual([
      'The regulator',
      'an unnamed agent in Lagos',
    ]);
  });
});

describe('a sentence whose full stop is missing before a group of people', () => {
  it('GIVEN "the rupee shed 0.1% against the dollar Analysts said …" THEN the analysts are the source, not the dollar', () => {
    expect(certaintyOf('The rupee shed 0.1% against the dollar Analysts said that it was hard to predict the cost.').attributedTo).toEqual(['Analysts']);
  });

  it('GIVEN "A group of five MPs are calling …" THEN the whole group is the source', () => {
    expect(certaintyOf('A group of five MPs said the takeover should be blocked.').attributedTo).toEqual(['A group of five MPs']);
  });
});

describe('clauses after a figure', () => {
  it('GIVEN "he had added the 5,000m crown and I had finished commentating" THEN adding a title is no speech', () => {
    expect(certaintyOf('As soon as he had added the 5,000m crown and I had finished commentating, I ran down the stairs.').sourcing).toBe('none');
  });

  it('GIVEN "published in the Evening Star at 8.45pm meaning guests knew" THEN the newspaper is no source of what the guests knew', () => {
    expect(certaintyOf('In 1940 the results were published in the Evening Star at 8.45pm meaning guests knew them in advance.').attributedTo).not.toContain('Evening Star');
  });

  it('GIVEN "you will be told by the board what they expect" THEN a question put is no attribution to the board', () => {
    expect(certaintyOf('Once in a team you will be told by the board what they expect of you.').sourcing).toBe('none');
  });
});

describe('a reporting word after a sum', () => {
  it('GIVEN "to part settle a $27.5bn tax claim against the firm" THEN "claim" is a noun and the sentence has no source', () => {
    expect(certaintyOf('The state bought the unit for $9.3bn in a sale forced by the government to part settle a $27.5bn tax claim against the firm.').sourcing).toBe('none');
  });

  it('GIVEN "The 2003 report said …" THEN a past form after a year keeps its verb', () => {
    expect(certaintyOf('The 2003 report said the scheme had failed.').attributedTo).toEqual(['The 2003 report']);
  });
});
