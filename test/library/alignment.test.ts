import { describe, expect, it } from 'vitest';
import { alignArticles } from '../../src/library/alignment.ts';
import { seedLibrary, seedSentence } from '../support/seeds.ts';
import { must } from '../support/must.ts';

const library = await seedLibrary();
const claimOf = (prefix: string, words: string) => library.alignment.claimsOf(seedSentence(library, prefix, words));

describe('alignment of the seed articles', () => {
  it('puts the five demining wordings in one claim', () => {
    const [claim] = claimOf('000', 'are said to specialize in demining');
    const wordings = ['are reportedly being trained in demining', '1,000 demining specialists', 'were reportedly trained in demining', 'will specialize in demining'];
    expect(claim?.articleIds).toHaveLength(5);
    for (const wording of wordings) expect(claim?.sentences.some((sentence) => sentence.text.includes(wording))).toBe(true);
  });

  it('gives a sentence that reports two things both claims', () => {
    const claims = claimOf('004', 'will specialize in demining');
    expect(claims.map((claim) => claim.terms.slice(0, 2).sort())).toEqual(expect.arrayContaining([['1000', 'demin'], expect.arrayContaining(['5000'])]));
  });

  it('puts the 5,000 troops of all five articles in one claim', () => {
    const [claim] = claimOf('003', 'approximately 5,000 engineering troops');
    expect(claim?.articleIds).toHaveLength(5);
    expect(claim?.sentences.every((sentence) => sentence.text.includes('5,000'))).toBe(true);
  });

  it('aligns the quoted and unquoted unwavering support', () => {
    const [claim] = claimOf('002', '‘unwavering support’');
    expect(claim?.sentences.map((sentence) => sentence.articleId.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
  });

  it('takes at most one sentence per article into a claim', () => {
    for (const claim of library.alignment.claims) expect(new Set(claim.sentences.map((sentence) => sentence.articleId)).size).toBe(claim.sentences.length);
  });

  it('leaves the EU diplomat quote unaligned', () => {
    expect(claimOf('000', 'This is a dangerous escalation')).toEqual([]);
  });

  it('never aligns sentences of one article with each other', () => {
    const alignment = alignArticles([must(library.articles[0])]);
    expect(alignment.claims).toEqual([]);
  });
});
