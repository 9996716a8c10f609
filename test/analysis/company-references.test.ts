import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analysis/certainty.ts';
import { readArticle } from '../../src/corpus/load.ts';
import { must } from '../support/must.ts';

/** Who the note credits for the sentence that starts with `opening`, in an article with this headline and body. */
function sourceOf(headline: string, body: string, opening: string): string[] {
  const result = readArticle('story.txt', new TextEncoder().encode(`${headline}\n\n${body}\n`));
  if (!result.ok) throw new Error(result.warning.reason);
  const index = result.article.sentences.findIndex((sentence) => sentence.text.startsWith(opening));
  if (index < 0) throw new Error(`no sentence starts with ${opening}`);
  return must(analyseArticle(result.article).sentences[index], `sentence ${index}`).attributedTo;
}

describe('"the company said" in a business story', () => {
  it('GIVEN a firm the story is about and a rival named once nearby THEN the company is the firm the story is about', () => {
    const body =
      'Packaging firm Veltro has posted record profits. Veltro raised prices twice in the year. Veltro also bought smaller rival Dunmore Holdings in March. The company said demand would stay strong.';
    expect(sourceOf('Veltro profits jump', body, 'The company said')).toEqual(['Veltro']);
  });

  it('GIVEN the firm named in the headline and again in the body THEN the company is that firm, not the rival it bought', () => {
    const body = 'Norwell has announced it is cutting 500 jobs after buying its smaller rival Tarrant. The company said it would keep most engineers.';
    expect(sourceOf('Jobs go at Norwell after takeover', body, 'The company said')).toEqual(['Norwell']);
  });

  it('GIVEN a city named where the shares trade THEN the company is never the city', () => {
    const body = 'Shares in the brewer fell 2% in London on Monday. The company said sales of lager had slowed.';
    expect(sourceOf('Brewer warns on lager sales', body, 'The company said')).not.toContain('London');
  });

  it('GIVEN a title-case headline THEN its capitalised words are not taken for a firm', () => {
    const body = 'Sales slowed in the spring, the company said.';
    expect(sourceOf('Record Sales Slow Across The Region', body, 'Sales slowed')).toEqual(['the company']);
  });
});

describe('"the bank said" after an earlier "the firm said" that named no one', () => {
  it('GIVEN no firm named before THEN each nominal stays as written instead of standing for the other', () => {
    const body = 'Earlier this month the firm said it earned $10m. In 2003 the bank said profits fell.';
    expect(sourceOf('Results season opens', body, 'In 2003')).toEqual(['the bank']);
  });
});

describe('"the company said" in a story about two firms', () => {
  it('GIVEN a new paragraph about the firm named less THEN the company is the firm of that paragraph, not the one named most', () => {
    const body = [
      'Pellham Bank has bought a stake in Marlow Foods. Pellham Bank said it was pleased with the price. Pellham Bank is the biggest lender in the region.',
      'Marlow Foods lost money last year after a wet summer. The company said it would cut 300 jobs.',
    ].join('\n\n');
    expect(sourceOf('Pellham buys into Marlow', body, 'The company said it would cut')).toEqual(['Marlow Foods']);
  });

  it('GIVEN the firm of the paragraph is only owned by a possessive ("its Global Markets arm") THEN the company is still the firm that owns it', () => {
    const body = 'Pellham Bank said profits rose by 8%. Its Global Markets arm made £300m. The bank also blamed higher costs for a fall in mortgage profits.';
    expect(sourceOf('Pellham profits rise', body, 'The bank also blamed')).toEqual(['Pellham Bank']);
  });

  it('GIVEN a public body as the nearest name THEN the company is never that body', () => {
    const body = 'Marlow Foods was fined by the Competition Commission on Monday. The commission said the fine was fair. The company said it would appeal.';
    expect(sourceOf('Marlow fined', body, 'The company said')).toEqual(['Marlow Foods']);
  });
});

// A company described by its rank in its market ("Europe's biggest drugmaker", "the UK's biggest mortgage lender") stands for
// the one company the article has put forward, as "the company" does; when the article has put forward two bodies, the phrase
// does not say which, and it is kept as written.
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

describe('a firm whose name is a common word ("Next has said")', () => {
  it("GIVEN the article writes the word as a name elsewhere THEN the sentence it opens is that firm's", () => {
    const body = 'Next has said its profits will fall because its winter sale was disappointing. Sales at its mail order arm rose 12%, Next said.';
    expect(sourceOf('Poor sale hits Next', body, 'Next has said')).toEqual(['Next']);
  });

  it('GIVEN the firm is the story\'s subject THEN "the company said" in the next sentence is that firm', () => {
    const body = [
      'Next has said its profits will fall because its winter sale was disappointing.',
      '"Clearance rates have been below our expectations," the company said. Trading at Next has been weak since October.',
    ].join('\n\n');
    expect(sourceOf('Poor sale hits Next', body, '"Clearance rates')).toEqual(['Next']);
  });

  it('GIVEN the word is written as a name only with a possessive ("demand for Next\'s clothes") THEN the sentence it opens is still that firm\'s', () => {
    const body = "Next has said its sales rose 5% over Christmas. Analysts said demand for Next's clothes had held up well.";
    expect(sourceOf('Christmas sales up', body, 'Next has said')).toEqual(['Next']);
  });
});
