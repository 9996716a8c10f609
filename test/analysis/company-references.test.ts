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
