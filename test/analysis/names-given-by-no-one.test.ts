import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analysis/certainty.ts';
import { readArticle } from '../../src/corpus/load.ts';

/** The article `paragraphs` make, one paragraph each, read as a user's would be. */
function analysed(...paragraphs: string[]): ReturnType<typeof analyseArticle> {
  const result = readArticle('named.txt', new TextEncoder().encode(`A headline\n\n${paragraphs.join('\n\n')}\n`));
  if (!result.ok) throw new Error('the loader refused the passage');
  return analyseArticle(result.article);
}

const speakerOf = (analysis: ReturnType<typeof analyseArticle>, words: string): string | null | undefined => analysis.quotations.find((quotation) => quotation.text === words)?.speaker;

describe('a name given with a participle after a noun is cited, no one’s words', () => {
  it('GIVEN "the result is a tool called "…"" after a quoted speaker THEN the name has no speaker', () => {
    const analysis = analysed('"I wrote the first version in a weekend," said Lena Ruiz. She shared the code online and the result is a tool called "feedpuller".');
    expect(speakerOf(analysis, 'feedpuller')).toBeNull();
  });

  it('GIVEN "X said shoppers dubbed "…" spend most" THEN the shoppers are no speaker of the label', () => {
    const analysis = analysed('Ms Ruiz said shoppers dubbed "night owls" spend most after ten in the evening.');
    expect(speakerOf(analysis, 'night owls')).toBeNull();
  });
});
