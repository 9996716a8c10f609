import { describe, expect, it } from 'vitest';
import { claimOfSentences } from '../../src/library/alignment.ts';
import { discrepanciesOf } from '../../src/crosscheck/discrepancies.ts';
import { libraryOf, sentenceOf } from './library-of.ts';

/** Reports of a currency peg and of a minister's plan, in the shapes of wire copy: each test groups one sentence of each as one claim. */
const library = libraryOf({
  peg_a: 'Peg under fire\n\nThe peg keeping the won near 1,100 to the dollar is often blamed by US senators for factory closures at home.',
  peg_b: 'Won holds steady\n\nSeoul keeps the won pegged near 1,100 to the dollar - much to the anger of many US senators who blame Korea for factory closures.',
  peg_c: 'Exporters gain\n\nThe won is pegged near 1,100 to the dollar, which keeps exports cheap and factory closures in the US a sore point.',
  plan_a: 'Minister sets out curfews\n\nMs Hale wants curfews and tagging to replace detention without trial for terror suspects, which judges have ruled unlawful.',
  suit_a: 'Refiner to sue buyer\n\nNorneft has said it will sue the buyer of its Tarsk unit for $8bn in damages. The sale was forced by a tax claim.',
  suit_b: 'Norneft seeks damages\n\nNorneft lost its Tarsk unit in a forced sale in May. The company wants damages of $8bn from the buyer of its Tarsk unit, claiming the unit was sold cheaply.',
  plan_b: 'Curfews to replace detention\n\nCurfews and tagging would replace detention without trial for terror suspects, which judges have ruled unlawful.',
});
const claimOf = (...picks: [string, string][]) => claimOfSentences(picks.map(([id, words]) => sentenceOf(library, id, words)));
const attributionOf = (claim: ReturnType<typeof claimOf>) => discrepanciesOf(library, claim).filter((discrepancy) => discrepancy.kind === 'attribution');

describe('attribution the other articles give none of', () => {
  it('GIVEN one article blaming the peg on US senators and one naming the senators who blame it in a relative clause THEN that article is not said to give none', () => {
    const [difference] = attributionOf(claimOf(['peg_a', 'blamed by'], ['peg_b', 'who blame'], ['peg_c', 'keeps exports cheap']));
    expect(difference?.about).toBe('attribution (peg_c gives none)');
  });

  it('GIVEN a minister who wants a plan carried out and an article that states the plan THEN the want is no attribution, and no difference of attribution is shown', () => {
    expect(attributionOf(claimOf(['plan_a', 'wants curfews'], ['plan_b', 'would replace']))).toEqual([]);
  });

  it('GIVEN a company that wants damages and another article where the company said it will sue for them THEN the company is the source both give, and no article is said to give none', () => {
    expect(library.certaintyOf(sentenceOf(library, 'suit_b', 'wants damages'))?.attributedTo).toEqual(['Norneft']);
    expect(attributionOf(claimOf(['suit_a', 'will sue'], ['suit_b', 'wants damages']))).toEqual([]);
  });

  it('GIVEN a source only one article gives THEN the difference names the articles that give none, not "the other articles"', () => {
    const [difference] = attributionOf(claimOf(['peg_a', 'blamed by'], ['peg_c', 'keeps exports cheap']));
    expect(difference?.about).toBe('attribution (peg_c gives none)');
  });
});
