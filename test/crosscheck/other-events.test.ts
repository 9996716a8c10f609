import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from './library-of.ts';

/**
 * Sentences that name the same people and firms in the same words but tell different events: a
 * deal with another buyer, a prize tipped and a prize won. Each pair below shares enough words and
 * names to be one claim by its cores alone; what tells them apart is the counterpart or the outcome.
 */
const library = libraryOf({
  telecom_a: 'Harlow Telecom accepts Brannock offer\n\nA merger between Harlow Telecom and Brannock would be the third billion-dollar cable deal since June. Harlow shareholders will vote in March.',
  telecom_b: 'Rival bid for Harlow\n\nA merger between Harlow Telecom and Quillan would be the third billion-dollar cable deal since June. Quillan said its offer was worth more to shareholders.',
  telecom_c: 'Harlow deal backed\n\nA merger between Harlow Telecom and Brannock would be the third billion-dollar cable deal since June, analysts said. The board met on Friday.',
  rights_a: 'Open goes to two channels\n\nHighlights of the Ashby Open will be shown by Harlow TV and BBC Two from next season, the organisers said.',
  rights_b: 'Ashby Open rights sold\n\nHighlights of the Ashby Open will be shown by Harlow TV and BBC2 from next season.',
  awards_tip: 'Tavistock tipped for acting prize\n\nMarta Tavistock is tipped to win best actress for the courtroom drama Paper Lanterns at the Halden film awards. The ceremony is on Sunday.',
  awards_win: 'Tavistock takes acting prize\n\nMarta Tavistock won best actress for the courtroom drama Paper Lanterns at the Halden film awards. She thanked her director.',
  awards_tip_again: 'Halden awards preview\n\nMarta Tavistock is favourite to win best actress for the courtroom drama Paper Lanterns at the Halden film awards, bookmakers say.',
  cup_a: 'Marrow lift the cup\n\nMarrow Rovers won the county cup on Saturday at Ashby Park and are expected to win the league in May too.',
  cup_b: 'Cup for Marrow\n\nMarrow Rovers won the county cup on Saturday at Ashby Park, beating Tellford 2-1.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: the same people, another event', () => {
  it('GIVEN one firm merging with another counterpart in each sentence (“Harlow Telecom and Quillan” / “and Brannock”) THEN they are not one claim', () => {
    expect(together(['telecom_a', 'Harlow Telecom and Brannock'], ['telecom_b', 'Harlow Telecom and Quillan'])).toBe(false);
  });

  it('GIVEN one firm merging with the same counterpart in two articles THEN they still carry one claim', () => {
    expect(together(['telecom_a', 'Harlow Telecom and Brannock'], ['telecom_c', 'Harlow Telecom and Brannock'])).toBe(true);
  });

  it('GIVEN one counterpart written two ways, one the start of the other (“Harlow TV and BBC Two” / “and BBC2”) THEN they still carry one claim', () => {
    expect(together(['rights_a', 'Harlow TV and BBC Two'], ['rights_b', 'Harlow TV and BBC2'])).toBe(true);
  });

  it('GIVEN a prize won and the same prize only tipped (“won best actress” / “is tipped to win”) THEN they are not one claim', () => {
    expect(together(['awards_win', 'won best actress'], ['awards_tip', 'is tipped to win'])).toBe(false);
  });

  it('GIVEN one prize tipped in two wordings (“is tipped to win” / “is favourite to win”) THEN they carry one claim', () => {
    expect(together(['awards_tip', 'is tipped to win'], ['awards_tip_again', 'is favourite to win'])).toBe(true);
  });

  it('GIVEN a forecast only in a later clause (“won the county cup … and are expected to win the league”) THEN the win told before it is still one claim with its retelling', () => {
    expect(together(['cup_a', 'won the county cup'], ['cup_b', 'won the county cup'])).toBe(true);
  });
});
