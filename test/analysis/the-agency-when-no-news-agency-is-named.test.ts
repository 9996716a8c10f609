import { describe, expect, it } from 'vitest';
import { analysisOf } from '../support/analysis-of.ts';

describe('"the agency" in an article that names no news agency is the body the article follows', () => {
  it('GIVEN "…, the Food Standards Agency said" then "…, according to the agency" THEN the second is the Food Standards Agency\'s, not a news agency\'s', () => {
    const analysis = analysisOf(
      'Batches of the sauce were withdrawn from shops on Friday, the Food Standards Agency said.',
      'The dye it contained can cause cancer in laboratory animals, according to the agency.',
    );
    expect(analysis.sentences[1]?.attributedTo).toEqual(['Food Standards Agency']);
    expect(analysis.sentences[1]?.sourcing).toBe('named');
  });

  it('GIVEN a ratings firm raised a country\'s rating, then "the agency made it clear …" THEN the ratings firm stands behind it', () => {
    const analysis = analysisOf(
      "Ratings firm Fitch has raised its rating of Peru's debt after two years of strong growth.",
      'But the agency made it clear that the country still faced large risks from falling metal prices.',
    );
    expect(analysis.sentences[1]?.attributedTo).toEqual(['Fitch']);
    expect(analysis.sentences[1]?.sourcing).toBe('named');
  });
});
