import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('"cited" as a participle on the noun before it cites no one', () => {
  it('GIVEN "The trials cited involved the use of both medicines" THEN the sentence is the article\'s own, with no source', () => {
    const certainty = certaintyOf('The trials cited involved the use of both medicines.');
    expect(certainty.sourcing).toBe('none');
    expect(certainty.attributedTo).toEqual([]);
  });
});

describe('an -ed word between a thing and its verb describes the thing, and no one speaks', () => {
  it('GIVEN "most of the damages claimed are linked to …" THEN the damages are no source', () => {
    const certainty = certaintyOf("The paper added that most of the damages claimed are linked to the firm's exports.");
    expect(certainty.attributedTo).toEqual(['The paper']);
  });
});
