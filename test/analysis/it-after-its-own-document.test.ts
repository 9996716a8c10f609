import { describe, expect, it } from 'vitest';
import { analysisOf } from '../support/analysis-of.ts';

describe('"it" is never the text its owner wrote', () => {
  it('GIVEN "According to its estimate, …" then "…, it said" THEN "it" is the body that made the estimate', () => {
    const analysis = analysisOf(
      'The Harbour Lenders Association said the floods had washed away property securing many loans.',
      'According to its estimate, as much as 12% of the loans in the flooded towns have been written off. Small lenders may be even worse hit, it said.',
    );
    expect(analysis.sentences[2]?.attributedTo).toEqual(['Harbour Lenders Association']);
  });
});
