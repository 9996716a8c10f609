import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analysis/certainty.ts';
import { readArticle } from '../../src/corpus/load.ts';

/** The article `paragraphs` make, one paragraph each, read as a user's would be. */
function analysed(...paragraphs: string[]): ReturnType<typeof analyseArticle> {
  const result = readArticle('relative.txt', new TextEncoder().encode(`A headline\n\n${paragraphs.join('\n\n')}\n`));
  if (!result.ok) throw new Error('the loader refused the passage');
  return analyseArticle(result.article);
}

const speakers = (analysis: ReturnType<typeof analyseArticle>): (string | null)[] => analysis.quotations.map((quotation) => quotation.speaker);

describe('words a relative clause says someone judged or named something with are theirs', () => {
  it('GIVEN "…, the Freight Transport Association (FTA), which has attacked the charge as a "…"" THEN the association is the speaker', () => {
    const analysis = analysed('Hauliers are fighting the levy in court, along with the Freight Transport Association (FTA), which has attacked the charge as a "tax on trade".');
    expect(speakers(analysis)).toEqual(['Freight Transport Association']);
  });

  it('GIVEN "Ms Hale, who has described the scheme as a "…"" THEN she is the speaker, though no verb of speech is hers', () => {
    const analysis = analysed('Ms Hale, who has described the scheme as a "white elephant", is expected to vote against it on Tuesday.');
    expect(speakers(analysis)).toEqual(['Hale']);
  });

  it('GIVEN a minister who said the bill follows "an Audit Commission report which branded the system as "…"" THEN the words are the report’s, not the minister’s', () => {
    const analysis = analysed('The minister said the bill would follow an Audit Commission report which branded the present system as "a shambles".');
    expect(speakers(analysis)).toEqual(['Audit Commission report']);
  });
});
