import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a document with the participle of its making ("undertaken", "prepared", "produced") and its maker', () => {
  it('GIVEN "Research undertaken for the Electoral Commission suggests …" THEN the research is the source, named with whom it was for', () => {
    const certainty = certaintyOf('Research undertaken for the Electoral Commission suggests most first-time voters want to vote by text message.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['Research undertaken for the Electoral Commission']);
  });
});

describe('a document named with how it came out', () => {
  it('GIVEN "according to research carried out by security firm Acme Software" THEN the research is named with its maker', () => {
    const certainty = certaintyOf('Most online shopping is done during work time, according to research carried out by security firm Acme Software.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['research carried out by security firm Acme Software']);
  });

  it('GIVEN "according to figures also released on Tuesday" THEN the source is the figures, without the participle', () => {
    const certainty = certaintyOf('Sales in shopping malls were 4.3% higher than a year earlier, according to figures also released on Tuesday.');
    expect(certainty.attributedTo).toEqual(['figures']);
  });

  it('GIVEN "according to a registration document lodged with the regulator" THEN the source is the document, without the participle', () => {
    const certainty = certaintyOf('The exchange plans to raise $100m from the sale, according to a registration document lodged with the regulator.');
    expect(certainty.attributedTo[0]).toBe('a registration document');
  });
});
