import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analysis/certainty.ts';
import { readArticle } from '../../src/corpus/load.ts';

/** The speaker of each quotation of an article whose paragraphs are given, in order. */
function speakersOf(paragraphs: string[]): (string | null)[] {
  const result = readArticle('exchange.txt', new TextEncoder().encode(`A headline\n\n${paragraphs.join('\n\n')}\n`));
  if (!result.ok) throw new Error('the loader refused the passage');
  return analyseArticle(result.article).quotations.map((quotation) => quotation.speaker);
}

describe('a question in an exchange of questions and answers', () => {
  it("GIVEN a lawyer asks, the witness replies, then a question alone THEN the question is the lawyer's", () => {
    expect(
      speakersOf(['At the trial, defence lawyer Ann Price asked Mr Dole: "Did you sign the papers?"', '"Yes, I signed them all," replied Mr Dole.', '"Did you read them before you signed?"']),
    ).toEqual(['Ann Price', 'Dole', 'Ann Price']);
  });

  it('GIVEN a question and a comment by two people with no question put or answered THEN a question alone goes on with the last speaker', () => {
    expect(speakersOf(['"Who will pay for all this?" said Tory spokesman Tim Hale.', '"The plan is fully costed," said Labour\'s Rose Bell.', '"Why would anyone doubt it?"'])).toEqual([
      'Tim Hale',
      'Rose Bell',
      'Rose Bell',
    ]);
  });
});
