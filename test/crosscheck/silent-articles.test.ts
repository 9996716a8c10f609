import { describe, expect, it } from 'vitest';
import { claimOfSentences } from '../../src/library/alignment.ts';
import { discrepanciesOf } from '../../src/crosscheck/discrepancies.ts';
import { libraryOf, sentenceOf } from './library-of.ts';

/** Athletics and party-politics reports in the shapes of news copy: each test groups one sentence of each as one claim. */
const library = libraryOf({
  pundit_a: 'Pundit backs Osei for gold\n\nFormer long jump champion and radio pundit Marcus Hale believes Daniel Osei can take gold at the European Indoor Championships.',
  chief_b:
    'Athletics chief sets out the year\n\nUK Athletics head Joan Pryce said the squad faced a crowded calendar. "We have a lot of big events," she said. "In the year ahead these include the European indoor and world outdoor championships." She said funding was secure.',
  rift_a: 'Ministers deny split\n\nThere has been fresh speculation of a split recently, following their separate replies to the flooding crisis. The two men appeared together on Monday.',
  rift_b: "Split talk returns\n\nFresh speculation of a split recently followed Mr Hart and Mr Dunmore's separate replies to the flooding crisis. Both men insist they work well together.",
  bid_a: 'Calder poised to bid\n\nPan-European group Calder is poised to launch a bid for the Harlow exchange, newspaper reports say. Its shares rose.',
  bid_b:
    'Exchange weighs offers\n\nCalder operates the Lisbon and Porto exchange floors, while Vantor runs the Oslo bourse. Rival exchange operator Calder has also said it may bid for the Harlow exchange.',
  bid_c: 'Exchange weighs offers\n\nCalder operates the Lisbon and Porto exchange floors, while Vantor runs the Oslo bourse. Calder could bid for the Harlow exchange, some traders think.',
});
const claimOf = (...picks: [string, string][]) => claimOfSentences(picks.map(([id, words]) => sentenceOf(library, id, words)));
const attributionOf = (claim: ReturnType<typeof claimOf>) => discrepanciesOf(library, claim).filter((discrepancy) => discrepancy.kind === 'attribution');

describe('articles said to give no source', () => {
  it('GIVEN a quotation whose speaker is named in the sentences around it THEN its article is not said to give none', () => {
    expect(library.certaintyOf(sentenceOf(library, 'chief_b', 'In the year ahead'))?.attributedTo).toEqual(['Joan Pryce']);
    expect(attributionOf(claimOf(['pundit_a', 'believes'], ['chief_b', 'In the year ahead']))).toEqual([]);
  });

  it('GIVEN an article that tells the claim with its source in another sentence THEN it is not said to give none', () => {
    expect(attributionOf(claimOf(['bid_a', 'poised to launch'], ['bid_b', 'operates the Lisbon']))).toEqual([]);
  });

  it('GIVEN an article whose other sentence of the claim names no one THEN it is still said to give none', () => {
    expect(attributionOf(claimOf(['bid_a', 'poised to launch'], ['bid_c', 'operates the Lisbon']))[0]?.about).toBe('attribution (bid_c gives none)');
  });

  it('GIVEN "there has been fresh speculation" in one article and "fresh speculation" in another THEN the frame names no one, and no difference of attribution is shown', () => {
    expect(attributionOf(claimOf(['rift_a', 'There has been'], ['rift_b', 'Fresh speculation']))).toEqual([]);
  });
});
