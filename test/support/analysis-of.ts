import { analyseArticle } from '../../src/analysis/certainty.ts';
import { readArticle } from '../../src/corpus/load.ts';

export type Analysis = ReturnType<typeof analyseArticle>;

/** The analysis of the article `paragraphs` make, one paragraph each under a headline, read as a user's article would be. */
export function analysisOf(...paragraphs: string[]): Analysis {
  const result = readArticle('passage.txt', new TextEncoder().encode(`A headline\n\n${paragraphs.join('\n\n')}\n`));
  if (!result.ok) throw new Error('the loader refused the passage');
  return analyseArticle(result.article);
}

/** Each quotation's speaker, in the order the article quotes them. */
export function speakersOf(analysis: Analysis): (string | null)[] {
  return analysis.quotations.map((quotation) => quotation.speaker);
}

/** The speaker of the quotation whose words are `words` (undefined when no quotation has them). */
export function speakerOf(analysis: Analysis, words: string): string | null | undefined {
  return analysis.quotations.find((quotation) => quotation.text === words)?.speaker;
}
