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

describe('an -s form after a word that sorts or describes it, opening the sentence, is a noun', () => {
  it('GIVEN "Other projects included …" THEN no speaker called "Other" stands behind it', () => {
    const certainty = certaintyOf('Other projects included a new terminal at the airport and a ring road.');
    expect(certainty.sourcing).toBe('none');
  });

  it('GIVEN "Early estimates suggested …" THEN the estimates are the source, not a body named "Early"', () => {
    const certainty = certaintyOf('Early estimates suggested the storm had cost insurers about $4bn.');
    expect(certainty.attributedTo).toEqual(['Early estimates']);
  });

  it('GIVEN "Recent claims of a boom have proved wrong" THEN the claims are what the sentence is about, and no one named "Recent" speaks', () => {
    const certainty = certaintyOf('Recent claims of a boom in the housing market have proved wrong.');
    expect(certainty.attributedTo).toEqual([]);
  });
});

describe('the note names three or more sources as a list', () => {
  it('GIVEN "Tesco, Asda and J Sainsbury said …" THEN the note reads "Tesco, Asda and J Sainsbury"', () => {
    const certainty = certaintyOf('Tesco, Asda and J Sainsbury said their Christmas sales had been weaker than they had hoped.');
    expect(certainty.note).toContain('Tesco, Asda and J Sainsbury');
  });

  it('GIVEN two sources, "Acme and Bolt said …" THEN the note joins them with "and" alone', () => {
    const certainty = certaintyOf('Acme and Bolt said profits would fall this year.');
    expect(certainty.note).toContain('Acme and Bolt');
  });
});
