import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe("a ruling or a finding is its court's or tribunal's (qa37)", () => {
  it('GIVEN "The tribunal found that she had been unfairly dismissed" THEN the tribunal is the source', () => {
    expect(certaintyOf('The tribunal found that she had been unfairly dismissed.').attributedTo).toEqual(['The tribunal']);
  });

  it('GIVEN "The High Court ruled the strike was unlawful" THEN a ruling with its `that` left out is the court\'s', () => {
    expect(certaintyOf('The High Court ruled the strike was unlawful.').attributedTo).toEqual(['High Court']);
  });

  it('GIVEN "The king ruled the country for forty years" THEN to rule a country is an act, no ruling', () => {
    expect(certaintyOf('The old king ruled the country for forty years.').sourcing).toBe('none');
  });

  it('GIVEN "The referee ruled out a penalty" THEN to rule something out is an act', () => {
    expect(certaintyOf('The referee ruled out a penalty in the second half.').sourcing).toBe('none');
  });
});

describe("figures or a report cited with their publisher are the publisher's (qa37)", () => {
  it('GIVEN "Figures published by the Treasury show borrowing rose" THEN the Treasury is the source', () => {
    expect(certaintyOf('Figures published by the Treasury show borrowing rose in March.').attributedTo).toEqual(['Treasury']);
  });

  it('GIVEN "The book, published by Penguin, sold well" THEN a publisher set aside is no source of what is said of the book', () => {
    expect(certaintyOf('The book, published by Penguin, sold 40,000 copies.').sourcing).toBe('none');
  });

  it('GIVEN "The report is published by the Home Office every spring" THEN publishing told as an act is no source', () => {
    expect(certaintyOf('The report is published by the Home Office every spring.').sourcing).toBe('none');
  });
});

describe("a means is no source (the new user's read)", () => {
  it('GIVEN "to cut asylum claims by stopping people from boarding" THEN `by` before a gerund names no one who claims', () => {
    expect(certaintyOf('It follows a move to cut asylum claims by stopping people from boarding flights.').sourcing).toBe('none');
  });
});

describe('a noun that is also a verb of speech (qa38)', () => {
  it('GIVEN "follows the success of other similar projects that have used" THEN `projects` is the noun, and no one speaks', () => {
    expect(certaintyOf('The scheme follows the success of other similar projects that have used spare computing power.').sourcing).toBe('none');
  });

  it('GIVEN "The agency projects that output will fall" THEN the verb still speaks for its subject', () => {
    expect(certaintyOf('The agency projects that output will fall next year.').sourcing).not.toBe('none');
  });
});
