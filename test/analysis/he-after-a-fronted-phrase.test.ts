import { describe, expect, it } from 'vitest';
import { analysisOf, speakerOf } from '../support/analysis-of.ts';

describe('"he" after a sentence that opens with a phrase naming someone else goes to its subject', () => {
  it('GIVEN "During an interview with X, Y set out …" then "…," he said THEN the words are Y\'s, not the interviewer\'s', () => {
    const analysis = analysisOf('During an interview with Mark Delaney on Sunday, Tom Reyes set out his plans for the port.', '"We will dredge the harbour before anything else," he said.');
    expect(analysis.sentences[1]?.attributedTo).toEqual(['Tom Reyes']);
    expect(speakerOf(analysis, 'We will dredge the harbour before anything else')).toBe('Tom Reyes');
  });

  it('GIVEN "Preceded on stage by X, the sheriff, Y launched …" then "…," he said THEN the words are Y\'s', () => {
    const analysis = analysisOf('Preceded on stage by Paul Hendry, the county sheriff, Mr Okafor launched into an attack on the budget.', '"Every penny of it is borrowed," he said.');
    expect(analysis.sentences[1]?.attributedTo).toEqual(['Okafor']);
  });
});
