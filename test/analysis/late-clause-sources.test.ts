import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a source that stands only behind a contrasting clause', () => {
  it('GIVEN "…, but analysts said …" THEN the note says the words before "but" are the article\'s own', () => {
    const certainty = certaintyOf('Factory orders fell for a third month in March, but analysts said the slowdown would be short-lived.');
    expect(certainty.note).toContain("up to 'but', the article's own words, with no source given; after 'but', from an unnamed, vague source: analysts");
  });

  it('GIVEN "…, while <a named man> has said …" THEN the clause before "while" is not given to him', () => {
    const certainty = certaintyOf('The budget carrier opened two new routes last year, while rival boss Karen Doyle has said she is keen to follow.');
    expect(certainty.note).toMatch(/^Up to 'while', the article's own words, with no source given; after 'while', attributed to Karen Doyle\.$/u);
  });

  it('GIVEN "…, although the survey found …" THEN the finding is the survey\'s and the clause before it the article\'s', () => {
    const certainty = certaintyOf('Broadband take-up rose sharply in the north, although the survey found rural areas still lagged behind.');
    expect(certainty.note).toMatch(/^Up to 'although', the article's own words/u);
    expect(certainty.attributedTo).toEqual(['the survey']);
  });

  it('GIVEN a time phrase between "but" and the speaker THEN the speaker still opens the contrasting clause', () => {
    const certainty = certaintyOf('Ministers have ruled out a rise in fuel duty, but on Tuesday the chancellor said nothing was off the table.');
    expect(certainty.note).toMatch(/^Up to 'but', the article's own words/u);
  });

  it('GIVEN "…, but said …" with no subject of its own THEN the speaker stands behind the whole sentence as before', () => {
    const certainty = certaintyOf('The bank gave no details of how the records went missing, but said they had probably not been misused.');
    expect(certainty.note).toMatch(/attributed to The bank\.$/u);
    expect(certainty.note).not.toContain("the article's own words");
  });

  it('GIVEN the speaker named after the words at the end THEN the speaker stands behind the whole sentence as before', () => {
    const certainty = certaintyOf('The scheme is not launched until January, but hiring is already under way, economists said.');
    expect(certainty.note).toBe('From an unnamed, vague source: economists.');
  });

  it('GIVEN a speaker before "but" as well THEN the sentence is theirs and nothing is said of the article\'s own words', () => {
    const certainty = certaintyOf('The minister said sales had fallen, but analysts said the outlook was bright.');
    expect(certainty.note).not.toContain("the article's own words");
  });
});
