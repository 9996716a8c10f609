import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a forecast or a suggestion in a clause on `with` names its source', () => {
  it('GIVEN "…, with the central bank predicting 3% growth next year" THEN the central bank stands behind the clause', () => {
    const certainty = certaintyOf('Exports grew by about 6% last year, with the central bank predicting 3% growth next year.');
    expect(certainty.attributedTo).toEqual(['the central bank']);
    expect(certainty.sourcing).toBe('named');
  });

  it('GIVEN "…, with reports suggesting that …" THEN the reports are a vague source', () => {
    const certainty = certaintyOf('Two directors of the brewer have resigned, with reports suggesting that they disagreed over the merger.');
    expect(certainty.attributedTo).toEqual(['reports']);
    expect(certainty.sourcing).toBe('vague');
  });

  it('GIVEN the same participle outside a clause on `with` THEN it is an act, and no source', () => {
    const certainty = certaintyOf('The agency spent ten years forecasting the weather for farmers in the region.');
    expect(certainty.sourcing).toBe('none');
  });
});
