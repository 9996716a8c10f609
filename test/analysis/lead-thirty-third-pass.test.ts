import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analysis/certainty.ts';
import { readArticle } from '../../src/corpus/load.ts';
import { certaintyOf } from '../support/certainty-of.ts';

describe('"it" that speaks is not a place named in passing', () => {
  it('GIVEN a headline on a "US blogger" and "A legal expert in the US speculated" WHEN "It has said" follows an airline\'s sentence THEN the US is not the speaker', () => {
    const certainty = certaintyOf(
      'It has said it needs to cut between 5,000 and 6,000 jobs.',
      'A legal expert in the US speculated that Norair might be concerned that the posts may be linked back to the airline. Norair has been hit recently by rising fuel costs.',
      'US blogger fired by her airline',
    );
    expect(certainty.attributedTo).not.toContain('US');
  });

  it('GIVEN a headline on "UK shops" and "the whole UK economy" in the sentence before WHEN "It recently forecast" follows THEN the trade body that spoke is the forecaster', () => {
    const certainty = certaintyOf(
      'It recently forecast that growth would slow to 2.5% next year.',
      'UK shops will face "a very hard year", the Retail Traders Association (RTA) has said. Its monthly poll of members found sales had picked up in December. The rise came despite heavy discounting. However, the RTA found the whole UK economy still faced "big risks" and warned that spending is set to slow.',
      'UK shops face a hard year',
    );
    // (The sentence before is the RTA's own finding since the fortieth pass; `It` goes to the body that spoke there, named by
    // the short form that sentence writes.)
    expect(certainty.attributedTo).toEqual(['RTA']);
  });

  it('GIVEN "The US has asked the trade body to act" under a headline on the US WHEN "It said" follows THEN a place that opened the sentence before is still "it"', () => {
    const certainty = certaintyOf('It said the tariffs broke global rules.', 'The US has asked the World Trade Organisation to investigate European customs tariffs.', 'US seeks WTO ruling');
    expect(certainty.attributedTo).toEqual(['US']);
  });
});

describe('words in marks after someone new who opens the sentence are not the last speaker going on', () => {
  /** The speaker of each quotation of a one-paragraph article, in order. */
  const speakersOf = (body: string): (string | null)[] => {
    const result = readArticle('quoted.txt', new TextEncoder().encode(`A headline\n\n${body}\n`));
    if (!result.ok) throw new Error('the loader refused the passage');
    return analyseArticle(result.article).quotations.map((quotation) => quotation.speaker);
  };

  it('GIVEN "Labour said …" then "A Tory spokesman "flatly denied" any wrongdoing" THEN the denial is not given to Labour', () => {
    expect(speakersOf('Labour said the donation broke the rules, calling it "a scandal". A Tory spokesman "flatly denied" any wrongdoing.')).toEqual(['Labour', null]);
  });

  it('GIVEN a producer quoted, then "However, a station spokeswoman was "confident" …" THEN the spokeswoman\'s word is not the producer\'s', () => {
    expect(speakersOf('"We were never told," said producer Rhys Owen. However, a station spokeswoman was "confident" that the files were safe.')).toEqual(['Rhys Owen', null]);
  });

  it('GIVEN a critic quoted, then "Mr Hale felt that the director\'s "masterpiece" …" THEN the word is not the critic\'s', () => {
    expect(speakersOf('"It is a brave film," said critic Ana Diaz. Mr Hale felt that the director\'s "masterpiece" deserved the award.')).toEqual(['Ana Diaz', null]);
  });

  it('GIVEN a singer quoted, then "The singer … replied: "…"" THEN the singer named by role may still be the one who spoke', () => {
    expect(speakersOf('"I regret nothing," said Ozzy Vane. The singer did not want to say more but when asked about the tour replied: "Ask me next year."')).toEqual(['Ozzy Vane', 'Ozzy Vane']);
  });
});
