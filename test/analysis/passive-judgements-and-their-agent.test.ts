import { describe, expect, it } from 'vitest';
import { analysisOf, speakersOf } from '../support/analysis-of.ts';

describe('words in a passive judgement are those of the agent named after them', () => {
  it('GIVEN "X was called "…" by the trial judge" THEN the judge is the speaker', () => {
    const analysis = analysisOf('Hale was called "one of the most reckless traders in the City" by the trial judge.');
    expect(speakersOf(analysis)).toEqual(['the trial judge']);
  });

  it('GIVEN "The show has been criticised for "…" by viewers" THEN the viewers are the speaker', () => {
    const analysis = analysisOf('The show has been criticised for "cheap shocks" by viewers in Wales.');
    expect(speakersOf(analysis)).toEqual(['viewers']);
  });

  it('GIVEN two quotations joined by "and" before "by scouts" THEN both are the scouts’ words', () => {
    const analysis = analysisOf('They struggled to find a label, later being described as "dull" and "forgettable" by scouts who saw them live.');
    expect(speakersOf(analysis)).toEqual(['scouts', 'scouts']);
  });
});
