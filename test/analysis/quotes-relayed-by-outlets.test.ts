import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analysis/certainty.ts';
import { readArticle } from '../../src/corpus/load.ts';
import type { Certainty } from '../../src/model/answer.ts';

/** The one-paragraph-per-part article `parts` make, read as a user's would be. */
function analysed(...parts: string[]): ReturnType<typeof analyseArticle> {
  const result = readArticle('relayed.txt', new TextEncoder().encode(`A headline\n\n${parts.join('\n\n')}\n`));
  if (!result.ok) throw new Error('the loader refused the passage');
  return analyseArticle(result.article);
}

const chainOf = (certainty: Certainty | undefined): string[] | undefined => certainty?.attributedTo;

describe("words an outlet quotes someone as saying are that person's", () => {
  it('GIVEN ""…," Reuters quoted a senior trade official as saying" THEN the quotation\'s speaker is the official, not Reuters', () => {
    const analysis = analysed('"We will not be rushed into a deal," Reuters quoted a senior trade official as saying.');
    expect(analysis.quotations.map((quotation) => quotation.speaker)).toEqual(['a senior trade official']);
  });

  it('GIVEN a second quoted paragraph after "…, the agency quoted a miner as saying" THEN it goes on with the agency quoting the miner', () => {
    const analysis = analysed('"The pit has been our life," the AP news agency quoted miner Tom Reid as saying.', '"Nobody in the village knows what comes next."');
    expect(chainOf(analysis.sentences[1])).toEqual(['AP', 'Tom Reid']);
  });
});

describe('"the paper" after a report names the outlet, not the person it reported', () => {
  it('GIVEN "According to the Guardian, Jo Hale said …" then "…, the paper quoted Ms Hale as saying" THEN the chain is the paper quoting her once', () => {
    const analysis = analysed('According to the Guardian, chief executive Jo Hale said the firm was "looking hard" at rivals.', 'Bids were "not ruled out", the paper quoted Ms Hale as saying.');
    expect(chainOf(analysis.sentences[1])).toEqual(['the Guardian', 'Hale']);
  });

  it('GIVEN "…, the newspaper reported" after the paper quoted a chief executive THEN the newspaper alone reports it', () => {
    const analysis = analysed('"We must cut costs," the Daily Telegraph quoted chief executive Jo Hale as saying.', 'As many as 2,000 jobs could go, the newspaper reported.');
    expect(chainOf(analysis.sentences[1])).toEqual(['Daily Telegraph']);
  });
});
