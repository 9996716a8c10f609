import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analysis/certainty.ts';
import { readArticle } from '../../src/corpus/load.ts';
import { certaintyOf } from '../support/certainty-of.ts';

describe('reports or claims that someone denies, dismisses or rejects', () => {
  it('GIVEN "X has dismissed reports he told Y he would quit" THEN the claim is the reports\', a vague source, and contested', () => {
    const certainty = certaintyOf('Party leader Tom Hale has dismissed reports he told his deputy he would quit before the election.');
    expect(certainty.sourcing).toBe('vague');
    expect(certainty.attributedTo).toEqual(['reports']);
    expect(certainty.contested).toBe(true);
  });

  it('GIVEN "X denied claims that …" THEN the denier is no source of the claim', () => {
    expect(certaintyOf('The striker denied claims that he had asked to leave the club in January.').attributedTo).toEqual(['claims']);
  });

  it('GIVEN "X rejected newspaper speculation that …" THEN the claim is the speculation\'s, not stated as fact', () => {
    expect(certaintyOf('The minister rejected newspaper speculation that her own department had leaked the plans.').attributedTo).toEqual(['newspaper speculation']);
  });

  it('GIVEN a firm that denied reports, then "…," it said THEN the "it" is still the firm', () => {
    const result = readArticle('denied.txt', new TextEncoder().encode('A headline\n\nBut the firm denied reports it was leaving the region. "We remain committed to our work there," it said.\n'));
    if (!result.ok) throw new Error('the loader refused the passage');
    expect(analyseArticle(result.article).sentences[1]?.attributedTo).toEqual(['the firm']);
  });
});
