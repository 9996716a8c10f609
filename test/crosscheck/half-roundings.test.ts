import { describe, expect, it } from 'vitest';
import { claimOfSentences } from '../../src/library/alignment.ts';
import { discrepanciesOf } from '../../src/crosscheck/discrepancies.ts';
import { libraryOf, sentenceOf } from './library-of.ts';

/** One tax bill given to the half by some reports and to the whole billion by others, as wire copy often does. */
const library = libraryOf({
  bill_half: 'Unit sold for taxes\n\nThe Garrow unit was sold to pay off a $13.5bn back-tax bill owed by Harlow Oil.',
  bill_whole: 'Harlow Oil broken up\n\nHarlow Oil is being broken up by the state to pay off a $13bn back-tax bill.',
  price_fine: 'Unit fetches $4.37bn\n\nBaikal paid $4.37bn for the Garrow unit at the auction in Moscow.',
  price_cut: 'Mystery buyer\n\nBaikal paid $4.3bn for the Garrow unit at the auction in Moscow.',
});
const figuresOf = (...picks: [string, string][]) =>
  discrepanciesOf(library, claimOfSentences(picks.map(([id, words]) => sentenceOf(library, id, words)))).filter((discrepancy) => discrepancy.kind === 'figure');

describe('discrepancies: a half and the rounding below it', () => {
  it('GIVEN one bill told as $13.5bn and as $13bn THEN the figures are shown as perhaps one figure rounded down, not as a plain difference', () => {
    expect(figuresOf(['bill_half', '$13.5bn'], ['bill_whole', '$13bn']).map((discrepancy) => discrepancy.about)).toEqual(['figures, one perhaps the other rounded down']);
  });

  it('GIVEN one price told as $4.37bn and as $4.3bn THEN they plainly differ: 4.37 rounds to 4.4', () => {
    expect(figuresOf(['price_fine', '$4.37bn'], ['price_cut', '$4.3bn']).map((discrepancy) => discrepancy.about)).toEqual(['figures']);
  });
});
