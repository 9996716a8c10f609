import { describe, expect, it } from 'vitest';
import { originsOf } from '../../src/crosscheck/origins.ts';
import { libraryOf, sentenceOf } from './library-of.ts';

/** Reports that credit a kind of people, capitalised only because it opens the sentence: a vague group, never a named origin. */
const library = libraryOf({
  exchange_a:
    'Exchange weighs bids\n\nThe Vienna bourse has received two takeover approaches. Commentators believe the Frankfurt group may offer to sell its clearing arm to win shareholders over. The board meets on Monday.',
  mail_b: 'Junk mail grows\n\nAnti-spam firms report that genuine e-mail now makes up less than a third of all messages. Most junk is sent from hijacked home computers.',
  match_d: 'Referee defends red cards\n\nReferee Martin Poll sent off two players in the second half on Saturday. Poll added: "Both tackles were reckless and I had no choice."',
  oil_c: 'Oil firm under pressure\n\nCommentators and Norvik itself claim the firm is the target of a campaign to break it up. Its shares fell 4% on Tuesday.',
});

describe('origins: a vague group is not a named source', () => {
  it('GIVEN "Commentators believe …" opening a sentence THEN the group is a link but no named origin', () => {
    const origin = originsOf(library, sentenceOf(library, 'exchange_a', 'Commentators believe'));
    expect(origin.links).toEqual(['Commentators']);
    expect(origin.named).toEqual([]);
  });

  it('GIVEN "Anti-spam firms report that …", a group the attribution reading calls vague THEN no named origin', () => {
    const origin = originsOf(library, sentenceOf(library, 'mail_b', 'Anti-spam firms'));
    expect(origin.links).toEqual(['Anti-spam firms']);
    expect(origin.named).toEqual([]);
  });

  it('GIVEN "Commentators and Norvik itself claim …" THEN only the firm is a named origin', () => {
    const origin = originsOf(library, sentenceOf(library, 'oil_c', 'Commentators and Norvik'));
    expect(origin.named).toEqual(['Norvik']);
  });

  it('GIVEN "Poll added: …" after the article names referee Martin Poll THEN the referee is a named origin, not an opinion poll', () => {
    const origin = originsOf(library, sentenceOf(library, 'match_d', 'Poll added:'));
    expect(origin.named).toEqual(['Martin Poll']);
  });
});
