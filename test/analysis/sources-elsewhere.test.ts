import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a source named after the verb at the end, when the clause before the comma holds names of its own', () => {
  it('GIVEN "… the London Underground (LU) has fallen below 40%, say transport analysts." THEN the analysts are the source, not the name in brackets', () => {
    const certainty = certaintyOf('The share of commuters using the London Underground (LU) has fallen below 40%, say transport analysts.');
    expect(certainty.sourcing).toBe('vague');
    expect(certainty.attributedTo).toEqual(['transport analysts']);
  });

  it('GIVEN "By 2010, half of UK homes will own a digital radio, says a report." THEN the report is the source, not the opening time', () => {
    expect(certaintyOf('By 2010, half of all UK homes will own a digital radio, says a report.').attributedTo).toEqual(['a report']);
  });

  it('GIVEN "Digital Audio Broadcasting (DAB) radios are here to stay, and …, says a panel of industry experts." THEN the panel is the source', () => {
    expect(certaintyOf('Digital Audio Broadcasting (DAB) radios are here to stay, and are about to be sold in supermarkets, says a panel of industry experts.').attributedTo).toEqual([
      'a panel of industry experts',
    ]);
  });

  it('GIVEN "Ann Cole, a lawyer who has acted for the firm, said the deal was fair." THEN an apposition with a clause of its own still sets off the speaker', () => {
    expect(certaintyOf('Ann Cole, a lawyer who has acted for the firm, said the deal was fair.').attributedTo).toEqual(['Ann Cole']);
  });
});
