import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a list of three or more names before a verb of speech is as many sources', () => {
  it('GIVEN "Tesco, Asda and J Sainsbury said …" THEN all three supermarkets stand behind the sentence', () => {
    const certainty = certaintyOf('Tesco, Asda and J Sainsbury said their Christmas sales had been weaker than they had hoped.');
    expect(certainty.attributedTo).toEqual(['Tesco', 'Asda', 'J Sainsbury']);
    expect(certainty.sourcing).toBe('named');
  });

  it('GIVEN the list after an opening time, "Last week, the Halifax, Abbey National and Nationwide Building Society all said …" THEN every lender is a source', () => {
    const certainty = certaintyOf('Last week, the Halifax, Abbey National and Nationwide Building Society all said that mortgage approvals were falling.');
    expect(certainty.attributedTo).toEqual(['Halifax', 'Abbey National', 'Nationwide Building Society']);
  });

  it('GIVEN people named in a list, "Mr Hart, Mr Patel and Ms Owen deny …" THEN all three deny it', () => {
    const certainty = certaintyOf('Mr Hart, Mr Patel and Ms Owen deny conspiring to defraud the council of £2m.');
    expect(certainty.attributedTo).toEqual(['Hart', 'Patel', 'Owen']);
    expect(certainty.contested).toBe(true);
  });

  it('GIVEN the fields of one body\'s name, "The Department for Culture, Media and Sport said …" THEN the department is one source, no list', () => {
    const certainty = certaintyOf('The Department for Culture, Media and Sport said the review would report in the spring.');
    expect(certainty.attributedTo).toHaveLength(1);
  });

  it('GIVEN a list that is no subject, "Shares in Acme, Bolt and Crest fell, analysts said" THEN the analysts alone are the source', () => {
    const certainty = certaintyOf('Shares in Acme, Bolt and Crest fell sharply on Monday, analysts said.');
    expect(certainty.attributedTo).toEqual(['analysts']);
  });
});
