import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from './library-of.ts';

const library = libraryOf({
  auction_a:
    'Refinery sold at auction\n\nVarnak paid 48.2bn roubles ($1.7bn) for the Ostrog refinery, far below what analysts had expected. The sale was the first of three planned by the state. Until last week few traders had heard of Varnak.',
  auction_b:
    'Little-known firm wins refinery\n\nVarnak Holding Group emerged as the auction winner, agreeing to pay 48.2bn roubles (£0.9bn). Bidding lasted less than ten minutes. The refinery had been put up for sale by the energy ministry, which says Varnak has paid a deposit.',
  talks_a:
    'Carmakers in merger talks\n\nTalks between Rendle Motors and Shaoxing Auto have been going on since March, according to people close to the deal. Neither Rendle nor Shaoxing commented on the reports. A deal would create the region’s third biggest carmaker.',
  talks_b:
    'Parties silent on leaked memo\n\nThe memo was leaked to a Sunday paper. Neither the Greens nor the Liberals commented on the reports. The prime minister’s office has called for an inquiry into the leak.',
  squad_a:
    'Injury worries for Wales game\n\nCarlow prop Dan Weir has been called into the training squad to face Wales on Saturday. The coach names his team on Thursday. Weir joined Carlow from a rival club two years ago.',
  squad_b:
    'Tully called up\n\nCarlow prop Sean Tully has been called into the training squad to face Wales. He has won four caps. Tully said he was delighted to be back, and thanked Carlow for their support.',
  trial_a:
    'Senator in court\n\nSenator Ebden has pleaded not guilty to fraud and conspiracy charges at a court in New York. The trial is expected to last two months. Prosecutors say Senator Ebden hid losses from investors.',
  trial_b:
    'Second senator denies charges\n\nSenator Korvin has pleaded not guilty to fraud and conspiracy charges at a court in Moscow. His lawyers say the case against Senator Korvin is political. He has been held since October.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: a first word that names who the sentence is about', () => {
  it('GIVEN two retellings of one purchase that both open with the buyer’s name, which each article also writes mid-sentence THEN they carry one claim', () => {
    expect(together(['auction_a', 'Varnak paid 48.2bn roubles'], ['auction_b', 'emerged as the auction winner'])).toBe(true);
  });

  it('GIVEN two sentences that open with the same word, capitalised only because it opens them THEN that word names no one they share', () => {
    expect(together(['talks_a', 'Neither Rendle nor Shaoxing'], ['talks_b', 'Neither the Greens nor the Liberals'])).toBe(false);
  });

  it('GIVEN two sentences opening with one club’s name before two different players THEN the club’s name does not make the players one', () => {
    expect(together(['squad_a', 'Carlow prop Dan Weir'], ['squad_b', 'Carlow prop Sean Tully'])).toBe(false);
  });

  it('GIVEN two sentences opening with a title before two different surnames THEN the title does not make the two people one', () => {
    expect(together(['trial_a', 'Senator Ebden has pleaded'], ['trial_b', 'Senator Korvin has pleaded'])).toBe(false);
  });
});
