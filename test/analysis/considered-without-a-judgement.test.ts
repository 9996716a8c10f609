import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('"considered by" passes a judgement only when one follows its agent', () => {
  it('GIVEN "… without having been considered by MPs" THEN the bill under deliberation has no source', () => {
    const certainty = certaintyOf('The amendment will be voted on by peers next week without having been considered by MPs.');
    expect(certainty.sourcing).toBe('none');
  });

  it('GIVEN "… are to be considered by the industry" THEN the proposals under deliberation have no source', () => {
    const certainty = certaintyOf('New ways of labelling violent films are to be considered by the film industry.');
    expect(certainty.sourcing).toBe('none');
  });

  it('GIVEN "… is considered by many doctors to be …" THEN the doctors hold the view', () => {
    const certainty = certaintyOf('The drug is considered by many doctors to be the safest treatment on the market.');
    expect(certainty.attributedTo).toEqual(['many doctors']);
  });
});
