import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from './library-of.ts';

/**
 * Sentences of one political or business story that name the same people in the same setting but tell
 * another event: a meeting still to come and a criticism already made, a price that rose and one that
 * fell. Each pair shares enough words and names to be one claim by its cores alone.
 */
const library = libraryOf({
  meeting_plan:
    'Hart to face backbenchers\n\nMr Hart will meet Labour backbenchers and Mr Dunmore at Westminster on Monday over reports of a rift between the party leaders. Aides said the meeting would be private.',
  meeting_critics:
    'Backbenchers round on leaders\n\nLabour backbenchers have criticised Mr Hart and Mr Dunmore at Westminster over reports of a rift between the party leaders. Several called for a truce.',
  unions_plan: 'Unions to see Prescott\n\nPublic sector unions will hold private talks with Deputy Prime Minister Tom Farrant at the party conference in Gateshead. Pensions are expected to dominate.',
  unions_met: 'Unions lobby deputy\n\nPublic sector unions lobbied Deputy Prime Minister Tom Farrant in private talks at the party conference in Gateshead. Both sides called the talks useful.',
  cuts_plan: 'Tories cost their tax cuts\n\nThe tax cuts will be paid for out of the savings identified by business trouble-shooter Peter Lorne. Labour says the sums do not add up.',
  cuts_challenge: 'Labour challenge on savings\n\nThe party on Tuesday challenged the Tories to publish the full report from Peter Lorne, the trouble-shooter they asked to identify possible savings.',
  shares_up: 'Harlow shares climb\n\nShares in Harlow Telecom have sharply risen in London after news of the Brannock merger on Monday. Traders expect more deals.',
  shares_down: 'Harlow shares slide\n\nShares in Harlow Telecom have sharply fallen in London after news of the Brannock merger on Monday. Analysts were cautious.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: an event to come and another already past', () => {
  it('GIVEN one man’s meeting still to come and a criticism others have made of him, in the same names and setting, THEN they are not one claim', () => {
    expect(together(['meeting_plan', 'will meet'], ['meeting_critics', 'have criticised'])).toBe(false);
  });

  it('GIVEN the same subject’s talks told as to come and as held (“will hold private talks” / “lobbied … in private talks”) THEN they are still one claim', () => {
    expect(together(['unions_plan', 'will hold'], ['unions_met', 'lobbied Deputy'])).toBe(true);
  });

  it('GIVEN a plan told in the passive (“will be paid for out of the savings identified by”) and a challenge another subject made over the same savings THEN they are not one claim', () => {
    expect(together(['cuts_plan', 'will be paid'], ['cuts_challenge', 'challenged the Tories'])).toBe(false);
  });

  it('GIVEN an adverb inside the verb group (“have sharply risen” / “have sharply fallen”) THEN the verbs are read, and the opposite moves are not one claim', () => {
    expect(together(['shares_up', 'sharply risen'], ['shares_down', 'sharply fallen'])).toBe(false);
  });
});
