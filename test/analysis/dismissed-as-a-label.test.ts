import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analysis/certainty.ts';
import { readArticle } from '../../src/corpus/load.ts';

/** The article `paragraphs` make, one paragraph each, read as a user's would be. */
function analysed(...paragraphs: string[]): ReturnType<typeof analyseArticle> {
  const result = readArticle('dismissed.txt', new TextEncoder().encode(`A headline\n\n${paragraphs.join('\n\n')}\n`));
  if (!result.ok) throw new Error('the loader refused the passage');
  return analyseArticle(result.article);
}

const speakers = (analysis: ReturnType<typeof analyseArticle>): (string | null)[] => analysis.quotations.map((quotation) => quotation.speaker);

describe('the label someone rejects a thing as, after "as a", is their own words', () => {
  it('GIVEN "X dismissed the figures as a "…"" THEN X is the speaker', () => {
    const analysis = analysed('Shadow chancellor Ruth Marley dismissed the figures as a "work of fiction".');
    expect(speakers(analysis)).toEqual(['Ruth Marley']);
  });

  it('GIVEN "X dismissed the report as the "…"" THEN X is the speaker', () => {
    const analysis = analysed('Union leader Ann Cole dismissed the report as the "wishful thinking of managers" on Monday.');
    expect(speakers(analysis)).toEqual(['Ann Cole']);
  });
});
