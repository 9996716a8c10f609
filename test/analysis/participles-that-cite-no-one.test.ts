import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('"cited" as a participle on the noun before it cites no one', () => {
  it('GIVEN "The trials cited involved the use of both medicines" THEN the sentence is the article\'s own, with no source', () => {
    const certainty = certaintyOf('The trials cited involved the use of both medicines.');
    expect(certainty.sourcing).toBe('none');
    expect(certainty.attributedTo).toEqual([]);
  });
});
