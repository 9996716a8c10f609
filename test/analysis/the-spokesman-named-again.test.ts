import { describe, expect, it } from 'vitest';
import { analysisOf, speakerOf } from '../support/analysis-of.ts';

describe('"the spokesman" is the spokesperson of a named body who just spoke', () => {
  it('GIVEN "A spokesman for the Transport Department said …" then "…, said the spokesman" THEN both are the department\'s spokesman', () => {
    const analysis = analysisOf(
      'A spokesman for the Transport Department said the new timetable would be published in March. "We are talking to every operator about the changes," said the spokesman.',
    );
    expect(analysis.sentences[1]?.attributedTo).toEqual(['A spokesman for the Transport Department']);
  });

  it('GIVEN "a Harbour Board spokeswoman said" then a quotation "…," the spokeswoman added THEN the quotation is the board spokeswoman\'s', () => {
    const analysis = analysisOf('The inquiry has been passed to the police, a Harbour Board spokeswoman said.', '"We will co-operate fully with the investigation," the spokeswoman added.');
    expect(speakerOf(analysis, 'We will co-operate fully with the investigation')).toBe('a Harbour Board spokeswoman');
  });
});
