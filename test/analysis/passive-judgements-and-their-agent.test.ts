import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analysis/certainty.ts';
import { readArticle } from '../../src/corpus/load.ts';

/** The article `paragraphs` make, one paragraph each, read as a user's would be. */
function analysed(...paragraphs: string[]): ReturnType<typeof analyseArticle> {
  const result = readArticle('passive.txt', new TextEncoder().encode(`A headline\n\n${paragraphs.join('\n\n')}\n`));
  if (!result.ok) throw new Error('the loader refused the passage');
  return analyseArticle(result.article);
}

const speakers = (analysis: ReturnType<typeof analyseArticle>): (string | null)[] => analysis.quotations.map((quotation) => quotation.speaker);

describe('words in a passive judgement are those of the agent named after them', () => {
  it('GIVEN "X was called "…" by the trial judge" THEN the judge is the speaker', () => {
    const analysis = analysed('Hale was called "one of the most reckless traders in the City" by the trial judge.');
    expect(speakers(analysis)).toEqual(['the trial judge']);
  });

  it('GIVEN "The show has been criticised for "…" by viewers" THEN the viewers are the speaker', () => {
    const analysis = analysed('The show has been criticised for "cheap shocks" by viewers in Wales.');
    expect(speakers(analysis)).toEqual(['viewers']);
  });

  it('GIVEN two quotations joined by "and" before "by scouts" THEN both are the scouts’ words', () => {
    const analysis = analysed('They struggled to find a label, later being described as "dull" and "forgettable" by scouts who saw them live.');
    expect(speakers(analysis)).toEqual(['scouts', 'scouts']);
  });
});
