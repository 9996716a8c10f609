import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from '../crosscheck/library-of.ts';

const library = libraryOf({
  trial_a: 'Harlow denies fraud\n\nMr Harlow has denied charges of fraud and conspiracy. His lawyers say the case rests on one witness.',
  trial_b: 'Harlow trial opens\n\nMr Harlow is on trial for fraud and conspiracy over the collapse of Brightwater. The trial is expected to last two months.',
  trial_c: 'Harlow defence begins\n\nMr Harlow has denied the charges of fraud and conspiracy at Brightwater. The jury was sworn in on Monday.',
  trial_d: 'Deputy admits fraud\n\nMr Sutter, 44, pleaded guilty to fraud last year and agreed to testify against his former boss.',
  trial_e: 'Harlow enters plea\n\nMr Harlow has pleaded not guilty to fraud. He faces up to 30 years in prison.',
  minister_a: 'Minister under fire\n\nHe is also being investigated over the visa application of Mrs Lund’s ex-cleaner.',
  minister_b: 'Minister quits\n\nMr Dane resigned as interior minister on Friday after an inquiry found an e-mail showing a visa application by Mrs Lund’s former cleaner had been hurried through.',
  ruling_a:
    'Judges strike down levy\n\nThe ruling came on Mr Pryce’s first day as finance minister following Ms Okafor’s resignation. In a statement to MPs, Mr Pryce said: "I will ask parliament to renew the levy in the spring.',
  ruling_b: 'Pryce vows to keep levy\n\nSpeaking to MPs on his first day as finance minister following Ms Okafor’s resignation, Mr Pryce said: "I will ask parliament to renew the levy in the spring.',
  ruling_c: 'Levy ruled unlawful\n\nThe law lords’ ruling came on Mr Pryce’s first day as finance minister last week following Ms Okafor’s resignation.',
  party_a:
    'Crewe glad to see rival go\n\nParty leader Alan Crewe says he was glad to see the back of Mr Dorner. The split had been months in the making. Its leader, Alan Crewe, has said he is glad to see the back of Mr Dorner.',
  party_b:
    'Dorner walks out\n\nParty leader Alan Crewe says he is glad to see the back of Mr Dorner. Members were told by letter. Its leader, Alan Crewe, has said he is glad to see the back of Mr Dorner.',
  party_c:
    'Dorner starts new party\n\nParty leader Alan Crewe says he is glad to see the back of Mr Dorner. The new party will field candidates. The party’s leader, Alan Crewe, has said he is glad to see the back of Mr Dorner.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: what the subject did', () => {
  it('GIVEN two articles that say a man denied charges of fraud THEN their sentences carry one claim', () => {
    expect(together(['trial_a', 'has denied charges'], ['trial_c', 'has denied the charges'])).toBe(true);
  });

  it('GIVEN one article saying a man denied charges and another that he is on trial for them THEN the shared charges do not make the denial and the trial one claim', () => {
    expect(together(['trial_a', 'has denied charges'], ['trial_b', 'is on trial for fraud'])).toBe(false);
  });

  it('GIVEN one man being investigated over a visa and another article saying he resigned after an inquiry into it THEN the investigation and the resignation are not one claim', () => {
    expect(together(['minister_a', 'being investigated'], ['minister_b', 'resigned as interior minister'])).toBe(false);
  });

  it('GIVEN one man pleading not guilty and another pleading guilty to the same charge THEN the opposite pleas are not one claim', () => {
    expect(together(['trial_e', 'pleaded not guilty'], ['trial_d', 'pleaded guilty'])).toBe(false);
  });

  it('GIVEN a statement opened by a clause on when it was made ("Speaking to MPs on his first day …") THEN it carries the statement, not the ruling told of that day', () => {
    expect(together(['ruling_b', 'Speaking to MPs'], ['ruling_a', 'In a statement to MPs'])).toBe(true);
    expect(together(['ruling_b', 'Speaking to MPs'], ['ruling_c', 'ruling came'])).toBe(false);
  });

  it('GIVEN three copies that each tell one remark twice ("says he was glad", "has said he is glad") THEN both wordings carry one claim', () => {
    expect(together(['party_a', 'says he was glad'], ['party_b', 'has said he is glad'])).toBe(true);
    expect(together(['party_a', 'says he was glad'], ['party_a', 'has said he is glad'])).toBe(true);
  });
});
