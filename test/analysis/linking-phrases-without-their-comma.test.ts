import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a linking phrase that opens the sentence without its comma is no part of the source', () => {
  it('GIVEN "By contrast a preliminary regulator report found …" THEN the source is the report, without "contrast"', () => {
    const certainty = certaintyOf('By contrast a preliminary regulator report found that the scheme would be easy to run.');
    expect(certainty.attributedTo).toEqual(['a preliminary regulator report']);
  });

  it('GIVEN "In contrast last year\'s survey found …" THEN the source is the survey, without "In contrast"', () => {
    const certainty = certaintyOf("In contrast last year's survey found that 15% of shops had closed.");
    expect(certainty.attributedTo).toEqual(["last year's survey"]);
  });
});
