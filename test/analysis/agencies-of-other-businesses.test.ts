import { describe, expect, it } from 'vitest';
import { analysisOf } from '../support/analysis-of.ts';

describe('an agency named for another business than news is a body, not an outlet', () => {
  it('GIVEN "Rating agency Fitch said …" THEN the note names Fitch as a body that speaks for itself', () => {
    const analysis = analysisOf('Rating agency Fitch said the bank had enough capital to weather the downturn.');
    expect(analysis.sentences[0]?.attributedTo).toEqual(['Fitch']);
    expect(analysis.sentences[0]?.sourcing).toBe('named');
  });

  it('GIVEN "the official agency said …" THEN the state\'s news agency still relays as an outlet', () => {
    const analysis = analysisOf('The pipeline will reopen on Friday, the official agency said.');
    expect(analysis.sentences[0]?.sourcing).toBe('media');
  });
});
