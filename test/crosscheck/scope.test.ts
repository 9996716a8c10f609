import { describe, expect, it } from 'vitest';
import { claimOfSentences } from '../../src/library/alignment.ts';
import { discrepanciesOf } from '../../src/crosscheck/discrepancies.ts';
import { libraryOf, sentenceOf } from './library-of.ts';

/** Court and business reports in the shapes of wire copy: each test groups one sentence of two or three of them as one claim. */
const library = libraryOf({
  trial_a: 'Witness tells of unsigned accounts\n\nFormer chairman John Smith, who is accused of a $2bn fraud, never signed the accounts, a witness has told the court. The trial continues on Monday.',
  trial_b: 'Fraud trial opens\n\nJohn Smith is on trial, accused of a $2bn fraud. He denies all the charges.',
  trial_c: 'Accounts row at fraud trial\n\nJohn Smith, the former chairman accused of a $2bn fraud, approved every payment, his former secretary said on Tuesday. The hearing was adjourned.',
  ban_a: 'Ban overturned\n\nJudge Ann Cole - a senior appeal judge - said the parking ban was unlawful because the council that runs the market had not consulted traders.',
  ban_b: 'Parking ban ends\n\nThe parking ban was unlawful because the council that runs the market had not consulted traders.',
  boss_a: 'Former boss cleared of signing\n\nFormer Hallam Steel boss Peter Vance, who is accused of overseeing a $3bn (£1.6bn) fraud, never signed the accounts, a witness has told jurors.',
  boss_b: 'Steel boss on trial\n\nFormer Hallam Steel boss Peter Vance is on trial, accused of overseeing a $3bn fraud.',
  poll_a: 'Parties step up campaign\n\nAll the parties are stepping up campaigning ahead of the general election, widely expected to be called for 5 May.',
  poll_b: 'Campaign gathers pace\n\nAll the parties are stepping up campaigning ahead of a general election widely expected to be held on 5 May.',
  poll_c: 'Election looms\n\nThe general election is widely expected next May and all the parties are stepping up their campaign preparations.',
  choice_a: 'Tory pledge\n\n"Voters will have a clear choice between a party that will waste more and a party that will cut taxes," he said.',
  choice_b: 'Tory leader speaks\n\n"Voters will have a clear choice between a party that wastes more and a party that cuts taxes," he said.',
  term_a: 'Trial to last two months\n\nThe trial is expected to last two months and if found guilty he faces a long jail term.',
  term_b: 'Banker on trial\n\nIf found guilty, he could face a long jail term.',
  term_c: 'Long trial ahead\n\nThe trial will last two months, the court heard.',
  trial_d: 'Prosecutors set out case\n\nJohn Smith, who chaired the firm for a decade, is accused of a $2bn fraud, prosecutors said. The case is expected to take weeks.',
});
const claimOf = (...picks: [string, string][]) => claimOfSentences(picks.map(([id, words]) => sentenceOf(library, id, words)));
const attributionOf = (claim: ReturnType<typeof claimOf>) => discrepanciesOf(library, claim).filter((discrepancy) => discrepancy.kind === 'attribution');

describe('a /compare difference is about the claim the articles share', () => {
  it('GIVEN the shared claim in a relative clause (“, who is accused of …,”) and a witness who speaks to the main clause THEN the witness does not credit the claim, and no attribution difference is shown', () => {
    expect(attributionOf(claimOf(['trial_a', 'never signed'], ['trial_b', 'on trial']))).toEqual([]);
  });

  it('GIVEN the shared claim in an apposition after a name (“John Smith, the former chairman accused of …,”) and a speaker of the main clause THEN the speaker does not credit the claim', () => {
    expect(attributionOf(claimOf(['trial_c', 'approved'], ['trial_b', 'on trial']))).toEqual([]);
  });

  it('GIVEN the shared claim in the main clause and only a gloss in the relative clause THEN the speaker credits the claim, and the attribution the other leaves out is shown', () => {
    expect(attributionOf(claimOf(['trial_d', 'prosecutors said'], ['trial_b', 'on trial']))).toEqual([
      { about: 'attribution (trial_b gives none)', kind: 'attribution', variants: [{ text: 'prosecutors said', articleIds: ['trial_d'] }] },
    ]);
  });

  it('GIVEN a gloss set off by dashes before the speaker’s verb (“Judge Ann Cole - a senior appeal judge - said …”) THEN the clause after the second dash is the claim, and the speaker credits it', () => {
    expect(attributionOf(claimOf(['ban_a', 'unlawful'], ['ban_b', 'unlawful']))).toEqual([
      { about: 'attribution (ban_b gives none)', kind: 'attribution', variants: [{ text: 'Judge Ann Cole - a senior appeal judge - said', articleIds: ['ban_a'] }] },
    ]);
  });

  it('GIVEN a hedge on a detail only one telling gives (“is expected to last two months”) and a hedge on the shared words in the other (“could face a long jail term”) THEN no difference in hedges is shown', () => {
    const hedges = discrepanciesOf(library, claimOf(['term_a', 'jail term'], ['term_b', 'jail term'])).filter((discrepancy) => discrepancy.kind === 'certainty');
    expect(hedges).toEqual([]);
  });

  it('GIVEN one telling that expects the trial to last two months and one that says it will THEN the difference shows each one’s words on the shared detail', () => {
    const hedges = discrepanciesOf(library, claimOf(['term_a', 'two months'], ['term_c', 'two months'])).filter((discrepancy) => discrepancy.kind === 'certainty');
    expect(hedges.flatMap((discrepancy) => discrepancy.variants.map((variant) => variant.text))).toEqual(['is expected to last two', 'will last two']);
  });

  it('GIVEN the shared words in the name a relative clause glosses and in the clause, a conversion in brackets inside it THEN the witness of the main clause does not credit the claim', () => {
    expect(attributionOf(claimOf(['boss_a', 'never signed'], ['boss_b', 'on trial']))).toEqual([]);
  });

  it('GIVEN two tellings hedged alike (“widely expected to be called for 5 May”, “widely expected to be held on 5 May”) and a third hedged by words the cue list lacks THEN no difference in hedges is shown', () => {
    expect(discrepanciesOf(library, claimOf(['poll_a', 'stepping up'], ['poll_b', 'stepping up'], ['poll_c', 'stepping up'])).filter((discrepancy) => discrepancy.kind === 'certainty')).toEqual([]);
  });

  it('GIVEN a future told three times in one telling and once in another THEN the two put the claim alike, and no difference in hedges is shown', () => {
    expect(discrepanciesOf(library, claimOf(['choice_a', 'clear choice'], ['choice_b', 'clear choice'])).filter((discrepancy) => discrepancy.kind === 'certainty')).toEqual([]);
  });
});
