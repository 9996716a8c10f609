import { describe, expect, it } from 'vitest';
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
    expect(certainty.attributedTo).toEqual(['Retail Traders Association']);
  });

  it('GIVEN "The US has asked the trade body to act" under a headline on the US WHEN "It said" follows THEN a place that opened the sentence before is still "it"', () => {
    const certainty = certaintyOf('It said the tariffs broke global rules.', 'The US has asked the World Trade Organisation to investigate European customs tariffs.', 'US seeks WTO ruling');
    expect(certainty.attributedTo).toEqual(['US']);
  });
});
