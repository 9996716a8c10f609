import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('"according to how …" says in what measure, not who says so', () => {
  it('GIVEN "staff were paid according to how many policies they sold" THEN the sentence is the article\'s own, with no source', () => {
    const certainty = certaintyOf('Under the scheme, sales staff were paid according to how many policies they sold each month.');
    expect(certainty.sourcing).toBe('none');
    expect(certainty.attributedTo).toEqual([]);
  });
});
