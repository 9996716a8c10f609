import { describe, expect, it } from 'vitest';
import { analysisOf, speakersOf } from '../support/analysis-of.ts';

describe('the label someone dismisses a thing as, after "as a", is their own words', () => {
  it('GIVEN "X dismissed the figures as a "…"" THEN X is the speaker', () => {
    const analysis = analysisOf('Shadow chancellor Ruth Marley dismissed the figures as a "work of fiction".');
    expect(speakersOf(analysis)).toEqual(['Ruth Marley']);
  });

  it('GIVEN "X dismissed the report as the "…"" THEN X is the speaker', () => {
    const analysis = analysisOf('Union leader Ann Cole dismissed the report as the "wishful thinking of managers" on Monday.');
    expect(speakersOf(analysis)).toEqual(['Ann Cole']);
  });
});
