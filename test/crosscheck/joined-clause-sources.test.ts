import { describe, expect, it } from 'vitest';
import { claimOfSentences } from '../../src/library/alignment.ts';
import { discrepanciesOf } from '../../src/crosscheck/discrepancies.ts';
import { libraryOf, sentenceOf } from './library-of.ts';

/** An offer for an exchange told by four articles; two join on a clause about a rival bidder, with a source of its own. */
const library = libraryOf({
  offer_a: 'Bidder lifts dividend\n\nFrankfurt-based Borsa Nord has offered £1.3bn ($2.48bn) for the Madrid Stock Exchange.',
  offer_b: 'Suitor holds meeting\n\nBorsa Nord previously offered £1.3bn, which was rejected by the MSE, while Euroclear is rumoured to have facilities in place to fund a £1.4bn cash bid.',
  offer_c: "Bidder to woo exchange\n\nThe MSE rejected Borsa Nord's proposed £1.3bn offer in December.",
  offer_d: 'Exchange sets date\n\nA £1.3bn offer from Borsa Nord has already been rejected, while Euroclear has said it will make an all cash bid.',
  offer_e: 'Offer too low\n\nBorsa Nord has offered £1.3bn for the Madrid Stock Exchange, traders said.',
  troops_a: 'Troops sent\n\nThe agency claims that 5,000 engineers will arrive next month, while another 1,000 soldiers will clear mines.',
  troops_b: 'Mine clearance\n\nAnother 1,000 soldiers will clear mines near the border.',
});
const claimOf = (...picks: [string, string][]) => claimOfSentences(picks.map(([id, words]) => sentenceOf(library, id, words)));
const attributionOf = (claim: ReturnType<typeof claimOf>) => discrepanciesOf(library, claim).filter((discrepancy) => discrepancy.kind === 'attribution');

describe('a source of a clause joined on, not of the claim', () => {
  it('GIVEN an offer and ", while a rival is rumoured to …" in one article THEN the rumour is no attribution of the offer', () => {
    expect(attributionOf(claimOf(['offer_a', 'offered'], ['offer_b', 'previously'], ['offer_c', 'proposed'], ['offer_d', 'already']))).toEqual([]);
  });

  it('GIVEN a source that closes the sentence the claim fills THEN it is still an attribution the other articles do not give', () => {
    const [difference] = attributionOf(claimOf(['offer_a', 'offered'], ['offer_e', 'traders said']));
    expect(difference?.variants.map((variant) => variant.text)).toEqual(['traders said']);
  });

  it('GIVEN "The agency claims that …, while …" THEN the agency opening the sentence is still the attribution of the clause joined on', () => {
    const [difference] = attributionOf(claimOf(['troops_a', 'clear mines'], ['troops_b', 'clear mines']));
    expect(difference?.variants.map((variant) => variant.text)).toEqual(['The agency claims']);
  });
});
