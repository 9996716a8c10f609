import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analysis/certainty.ts';
import { readArticle } from '../../src/corpus/load.ts';
import { must } from '../support/must.ts';

// A company described by its rank in its market ("Europe's biggest drugmaker", "the UK's biggest mortgage lender") stands for
// the one company the article has put forward, as "the company" does; when the article has put forward two bodies, the phrase
// does not say which, and it is kept as written. The texts are written in the shapes of business reporting.

/** Who the note credits for the sentence that starts with `opening`, in an article with this headline and body. */
function sourceOf(headline: string, body: string, opening: string): string[] {
  const result = readArticle('story.txt', new TextEncoder().encode(`${headline}\n\n${body}\n`));
  if (!result.ok) throw new Error(result.warning.reason);
  const index = result.article.sentences.findIndex((sentence) => sentence.text.startsWith(opening));
  if (index < 0) throw new Error(`no sentence starts with ${opening}`);
  return must(analyseArticle(result.article).sentences[index], `sentence ${index}`).attributedTo;
}

describe('a company described by its rank in its market', () => {
  it('GIVEN the company opens the sentence THEN "Europe\'s biggest drugmaker says" after "but" is that company', () => {
    const body = "Kestrel Pharma saw its profits fall 9% last year, but Europe's biggest drugmaker says a recovery is on the way.";
    expect(sourceOf('Kestrel aims high after profit fall', body, 'Kestrel Pharma')).toEqual(['Kestrel Pharma']);
  });

  it('GIVEN the company spoke in the sentence before THEN "The UK\'s biggest mortgage lender said" is that company', () => {
    const body = "UK house prices rose by 1.1% in December, Mercia Bank has said. The UK's biggest mortgage lender said prices rose 15% over the year.";
    expect(sourceOf('House prices rebound', body, "The UK's biggest")).toEqual(['Mercia Bank']);
  });

  it('GIVEN two bodies that spoke before THEN the ranked company is kept as written', () => {
    const body =
      "Mortgage approvals fell in November, Tolland Bank said. Mercia Bank said last week that prices rose 1.1% in December. The UK's biggest mortgage lender said prices rose 15% over the year.";
    expect(sourceOf('House prices dip', body, "The UK's biggest")).toEqual(["The UK's biggest mortgage lender"]);
  });

  it('GIVEN a company only mentioned as where an economist works THEN the ranked company is kept as written', () => {
    const body = '"The market is slowing," said Mark Dale, an economist at Tolland Securities. The UK\'s biggest mortgage lender said prices rose 15% over the year.';
    expect(sourceOf('House prices dip', body, "The UK's biggest")).toEqual(["The UK's biggest mortgage lender"]);
  });

  it("GIVEN a headline word capitalised only as the headline's first THEN it is no company the ranked phrase stands for", () => {
    const body = "The world's second biggest insurer said disasters had pushed claims to $42bn.";
    expect(sourceOf('Costly year for property insurers', body, "The world's second")).toEqual(["The world's second biggest insurer"]);
  });
});
