import { describe, expect, it } from 'vitest';
import { claimOfSentences } from '../../src/library/alignment.ts';
import { discrepanciesOf } from '../../src/crosscheck/discrepancies.ts';
import { libraryOf, sentenceOf } from './library-of.ts';

/** Reports written in the shapes of wire business and politics copy: each test groups a few of their sentences as one claim. */
const library = libraryOf({
  sale_a: 'Unit sold\n\nThe Garrow unit was sold for $2.1bn at auction last year to help Harlow Oil pay off part of a $5.5bn bill in unpaid taxes.',
  sale_b: 'Unit auctioned\n\nThe Garrow unit was auctioned to help pay off $6.4bn in unpaid taxes.',
  vote_a: 'Parties step up campaign\n\nAll the parties are stepping up campaigning ahead of a general election widely expected on 5 May. The parliament will rise on Thursday.',
  vote_b:
    'Leaders tour the country\n\nSpeaking to Parliament, party leaders Anne Kerr and Tom Blake said they had stepped up campaigning ahead of the general election, widely expected on 5 May. Voters say the election matters.',
  talks_a: 'Exchange chiefs meet\n\nMarkt chief Paul Renard held talks with Harbour Exchange boss Clara Vance the day after rival Bourse Nord put forward its own bid case.',
  talks_b: 'Rival may bid\n\nRival exchange operator Markt has also said it may bid for Harbour Exchange.',
  plan_a: 'Mills to be taken back\n\nOn Monday the industry minister said the state was planning to take back 40 steel mills.',
  plan_b: 'Mills under review\n\nThe industry minister said as many as 40 steel mills may have their sales reviewed.',
  offer_a: 'Offer rumoured\n\nBourse Nord is rumoured to be preparing a higher cash offer for Harbour Exchange.',
  offer_b: 'Offer expected\n\nBourse Nord will make a higher cash offer for Harbour Exchange, its chief said.',
});
const claimOf = (...picks: [string, string][]) => claimOfSentences(picks.map(([id, words]) => sentenceOf(library, id, words)));

describe('discrepancies compare like with like', () => {
  it('GIVEN one sentence with a sale price and a tax bill and another with the tax bill THEN the bills are set against each other, never the price against a bill', () => {
    const claim = claimOf(['sale_a', 'was sold for $2.1bn'], ['sale_b', 'was auctioned']);
    const figures = discrepanciesOf(library, claim).find((discrepancy) => discrepancy.about === 'figures');
    expect(figures?.variants.map((variant) => variant.text).sort()).toEqual(['$5.5bn', '$6.4bn']);
  });

  it('GIVEN a capitalised common noun the articles also write in lower case THEN it is no name the other articles leave out', () => {
    const claim = claimOf(['vote_a', 'stepping up campaigning'], ['vote_b', 'stepped up campaigning']);
    const names = discrepanciesOf(library, claim).filter((discrepancy) => discrepancy.about.startsWith('a name'));
    expect(names.flatMap((discrepancy) => discrepancy.variants.map((variant) => variant.text))).not.toContain('Parliament');
  });

  it('GIVEN a person named in one telling of the same thing THEN the name is a detail the other leaves out', () => {
    const claim = claimOf(['vote_a', 'stepping up campaigning'], ['vote_b', 'stepped up campaigning']);
    const names = discrepanciesOf(library, claim).filter((discrepancy) => discrepancy.about.startsWith('a name'));
    expect(names.flatMap((discrepancy) => discrepancy.variants.map((variant) => variant.text))).toContain('Anne Kerr');
  });

  it('GIVEN two sentences grouped on shared names that tell different things THEN neither lists the names the other lacks', () => {
    const claim = claimOf(['talks_a', 'held talks'], ['talks_b', 'may bid']);
    expect(discrepanciesOf(library, claim).filter((discrepancy) => discrepancy.about.startsWith('a name'))).toEqual([]);
  });

  it('GIVEN a plain sentence that holds the word the other’s hedge governs but tells another thing THEN there is no hedge difference', () => {
    const claim = claimOf(['talks_a', 'held talks'], ['talks_b', 'may bid']);
    expect(discrepanciesOf(library, claim).find((discrepancy) => discrepancy.about === 'hedges and tenses')).toBeUndefined();
  });

  it('GIVEN a sentence hedged by words outside the cue list (“is rumoured to”) THEN it is not shown as the plain telling', () => {
    const claim = claimOf(['offer_a', 'rumoured'], ['offer_b', 'will make']);
    const hedges = discrepanciesOf(library, claim).find((discrepancy) => discrepancy.about === 'hedges and tenses');
    expect(hedges?.variants.flatMap((variant) => variant.articleIds) ?? []).not.toContain('offer_a');
  });

  it('GIVEN a plan in one telling and a hedge in another THEN the difference shows each one’s words', () => {
    const claim = claimOf(['plan_a', 'planning to'], ['plan_b', 'may have']);
    const hedges = discrepanciesOf(library, claim).find((discrepancy) => discrepancy.about === 'hedges and tenses');
    expect(hedges?.variants.map((variant) => variant.text)).toEqual([expect.stringContaining('planning to take'), expect.stringContaining('steel mills may')]);
  });
});
