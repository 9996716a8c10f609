import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe("`reports` before a verb of saying is the noun, the verb's subject", () => {
  it('GIVEN "Press reports suggest that …" THEN the reports are the source, not a speaker called "Press"', () => {
    const certainty = certaintyOf('Press reports suggest that the mill will close before Christmas.');
    expect(certainty.attributedTo).toEqual(['Press reports']);
  });

  it('GIVEN "Initial reports said …" at the start of a sentence THEN "Initial" is no speaker', () => {
    const certainty = certaintyOf('Initial reports said a gas leak had caused the fire.');
    expect(certainty.attributedTo).toEqual(['Initial reports']);
    expect(certainty.sourcing).toBe('vague');
  });

  it('GIVEN "Other reports this week said …" THEN "Other" is no speaker, though words stand between the noun and its verb', () => {
    const certainty = certaintyOf('Other reports this week said the airline might sell its catering arm.');
    expect(certainty.attributedTo).toEqual(['Other reports']);
  });

  it('GIVEN "Interfax reports that …" THEN the agency still reports', () => {
    const certainty = certaintyOf('Interfax reports that the pipeline was shut on Monday.');
    expect(certainty.attributedTo).toEqual(['Interfax']);
  });
});
