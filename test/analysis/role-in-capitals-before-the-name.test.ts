import { describe, expect, it } from 'vitest';
import { analysisOf, speakerOf } from '../support/analysis-of.ts';

describe('a role written in capitals before the name it describes gives the name as the source', () => {
  it('GIVEN "Welsh Health Minister, Jane Pryce AM, said: …" THEN the note and the quotation are Jane Pryce\'s, not the office\'s', () => {
    const analysis = analysisOf('Welsh Health Minister, Jane Pryce AM, said: "We have cut the longest waits by a third."');
    expect(analysis.sentences[0]?.attributedTo).toEqual(['Jane Pryce AM']);
    expect(speakerOf(analysis, 'We have cut the longest waits by a third.')).toBe('Jane Pryce AM');
  });

  it('GIVEN "On Monday, Chilean Finance Minister, Andres Vial, told reporters …" THEN the source is Andres Vial', () => {
    const analysis = analysisOf('On Monday, Chilean Finance Minister, Andres Vial, told reporters that copper revenue would pay for the new bridges.');
    expect(analysis.sentences[0]?.attributedTo).toEqual(['Andres Vial']);
  });
});
