import { describe, expect, it } from 'vitest';
import type { Certainty } from '../../src/model/answer.ts';
import { analysisOf } from '../support/analysis-of.ts';

const chainOf = (certainty: Certainty | undefined): string[] | undefined => certainty?.attributedTo;

describe('an outlet that a sentence is "as reported by" reports everything the sentence says', () => {
  it('GIVEN "Governor Ivan Petrov said troops had arrived, as reported by Interfax" THEN the chain is Interfax relaying Petrov', () => {
    const analysis = analysisOf('Governor Ivan Petrov said troops had arrived in the region, as reported by Interfax.');
    expect(chainOf(analysis.sentences[0])).toEqual(['Interfax', 'Ivan Petrov']);
  });

  it('GIVEN a quotation closed by "said union leader Ana Reyes, as reported by the Reuters news agency" THEN Reuters relays her', () => {
    const analysis = analysisOf('"The plant will close by the summer," said union leader Ana Reyes, as reported by the Reuters news agency.');
    expect(chainOf(analysis.sentences[0])).toEqual(['Reuters', 'Ana Reyes']);
  });
});

describe('an account or update someone gives tells what they said', () => {
  it('GIVEN "Governor Ivan Petrov provided a detailed account of the buildup, as reported by Interfax" THEN Interfax relays Petrov', () => {
    const analysis = analysisOf('Governor Ivan Petrov provided a detailed account of the military buildup along the border, as reported by Interfax.');
    expect(chainOf(analysis.sentences[0])).toEqual(['Interfax', 'Ivan Petrov']);
  });

  it('GIVEN "The finance minister gave an update on the talks" THEN the minister is the source', () => {
    const analysis = analysisOf('The finance minister gave an update on the debt talks to MPs on Tuesday.');
    expect(chainOf(analysis.sentences[0])).toEqual(['The finance minister']);
  });
});

describe('the note says an outlet or an opening "according to" cites the speaker inside the sentence', () => {
  it('GIVEN "According to the Guardian, finance director Jo Hale said …" THEN the note reads the Guardian citing Jo Hale', () => {
    const analysis = analysisOf('According to the Guardian, finance director Jo Hale said the firm was looking at rivals.');
    expect(analysis.sentences[0]?.note).toBe('Second-hand: the Guardian citing Jo Hale.');
  });

  it('GIVEN "According to Mr Ross, Lord Hale had warned …" THEN the note reads Ross citing Lord Hale', () => {
    const analysis = analysisOf('According to Mr Ross, Lord Hale had warned the cabinet in a letter last March that the plan was unlawful.');
    expect(analysis.sentences[0]?.note).toBe('Attributed to Ross citing Hale.');
  });

  it('GIVEN "according to the code" closing what a minister told MPs THEN the code does not cite the minister', () => {
    const analysis = analysisOf('The minister told MPs the full advice should have been published, according to the ministerial code.');
    expect(analysis.sentences[0]?.note).not.toContain('citing');
  });
});
