import { describe, expect, it } from 'vitest';
import type { Library } from '../../src/library/library.ts';
import { libraryOf, sentenceOf } from './library-of.ts';

/**
 * A sentence that is all quotation ('"It would have made no sense for him to go."') is a speaker's own words. Two such
 * sentences in two stories are one claim when they quote one statement (a run of its words alike), not when two speakers
 * happen to use the same everyday words.
 */
// Each pair in a library of its own, so that one pair's words weigh nothing in another's.
const quotes = libraryOf({
  coach_quote:
    'Coach backs young winger\n\nThe coach said the young winger had been unlucky to lose his place. "He trained well all season. I had no sense his career was going to go downhill." The winger has since moved on.',
  agent_quote: 'Agent explains move\n\nThe striker\'s agent said the player had been happy at the club. "It would have made no sense for him to go." Talks on a new deal start next month.',
});
const injuries = libraryOf({
  sprinter_injury:
    'Sprinter out of indoor season\n\nThe European indoor champion has pulled out of next month\'s meeting in Vienna. "I had been feeling really sharp in training and then I felt my hamstring go in the last session.',
  hurdler_injury: 'Hurdler ruled out\n\nThe Olympic hurdler will miss the trials after being hurt in a race in Ghent on Sunday. "I felt my hamstring go," she said.',
});
const cupWin = libraryOf({
  harle_win: 'Harle delighted after cup win\n\nTom Harle said the cup win over Westford was a big moment for his young team. "I thought tonight was a step in the right direction for the lads.',
  harle_win_again:
    'Harle hails young side\n\nTom Harle praised his young players after the 2-0 cup win at Westford on Tuesday. "I thought tonight was another step in the right direction." The side play again on Saturday.',
});
const handhelds = libraryOf({
  analyst_quote:
    'Music players race to shrink\n\nAnalysts expect smaller music players to outsell the rest by the summer. "Buyers want lightness," she said, "and with the new players they finally get lightness without losing battery life."',
  maker_quote: 'Console maker bets on films\n\nThe maker hopes films on discs will sell its new handheld. "There will be buyers who want the handheld for its lightness alone.',
});
const together = (library: Library, a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: sentences that are all quotation', () => {
  it('GIVEN two speakers’ quoted words that share only everyday words (“I had no sense his career was going to go downhill.” / “It would have made no sense for him to go.”) THEN they are not one claim', () => {
    expect(together(quotes, ['coach_quote', 'I had no sense'], ['agent_quote', 'no sense for him'])).toBe(false);
  });

  it('GIVEN two athletes’ quoted words, one with only “she said” outside its quotation, that share a few words (“… then I felt my hamstring go in the last session.” / “I felt my hamstring go,” she said.) THEN they are not one claim', () => {
    expect(together(injuries, ['sprinter_injury', 'feeling really sharp'], ['hurdler_injury', 'I felt my hamstring go'])).toBe(false);
  });

  it('GIVEN a quotation broken by “she said” and another speaker’s quoted words that share a few words (“Buyers want lightness,” she said, “…” / “There will be buyers who want the handheld for its lightness alone.”) THEN they are not one claim', () => {
    expect(together(handhelds, ['analyst_quote', 'Buyers want lightness'], ['maker_quote', 'There will be buyers'])).toBe(false);
  });

  it('GIVEN one speaker’s words quoted in two stories with a word changed (“a step in the right direction” / “another step …”) THEN they still carry one claim', () => {
    expect(together(cupWin, ['harle_win', 'was a step'], ['harle_win_again', 'another step'])).toBe(true);
  });
});
