import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from '../crosscheck/library-of.ts';

const library = libraryOf({
  ranch_a:
    'Ranch seized in land reform\n\nOfficials took over a cattle ranch owned by a British firm on Monday. The Harlow Group said it had owned the land since 1931 and would co-operate fully with the authorities. Harlow runs farms in four countries.',
  bank_b:
    'Bank under inquiry over loans\n\nInvestigators are looking into loans made by a US bank to farm owners. Westbank said it would continue to co-operate fully with the authorities. Shares in Westbank fell 2% on the news.',
  fine_a: 'Watchdog fines airline\n\nAn airline was fined £2m over its booking website. The Office of Fair Trading said it was a serious breach of the Consumer Protection Act.',
  fine_b: 'Airline fined £2m\n\nThe airline must pay £2m over misleading fares. The charity Citizens Advice said it was a serious breach of the Consumer Protection Act.',
  vote_a:
    'Rebels line up against crime bill\n\nThe government faces a revolt over its plans for new police powers. Labour backbencher John Hale said he would vote against plans in the Serious Crime Bill to hold suspects for 90 days without charge.',
  vote_b:
    'Tories split on crime bill\n\nSome opposition MPs back the new police powers. Conservative Ann Carver said she would vote against plans in the Serious Crime Bill to hold suspects for 90 days without charge.',
  plant_a: 'Car plant to close\n\nGM said it would close its Luton van plant, with the loss of 1,100 jobs.',
  plant_b: 'Luton jobs go\n\nGeneral Motors said it would close the Luton van plant by the end of the year.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: what a speaker says of himself', () => {
  it('GIVEN two firms that each say "it would co-operate fully with the authorities" THEN each tells its own stance: two claims', () => {
    expect(together(['ranch_a', 'The Harlow Group said'], ['bank_b', 'Westbank said'])).toBe(false);
  });

  it('GIVEN two MPs who each say they would vote against the same plans of a bill they both name THEN each tells his own vote: two claims', () => {
    expect(together(['vote_a', 'John Hale said'], ['vote_b', 'Ann Carver said'])).toBe(false);
  });

  it('GIVEN two speakers who each say "it was a serious breach" THEN "it" stands for what was done, not for the speaker: one claim', () => {
    expect(together(['fine_a', 'Office of Fair Trading said'], ['fine_b', 'Citizens Advice said'])).toBe(true);
  });

  it('GIVEN a speaker written as its initials in one article and spelled out in the other ("GM" / "General Motors") THEN one speaker: one claim', () => {
    expect(together(['plant_a', 'GM said'], ['plant_b', 'General Motors said'])).toBe(true);
  });
});
