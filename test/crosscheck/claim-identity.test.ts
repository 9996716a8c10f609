import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from './library-of.ts';

const library = libraryOf({
  story_a:
    'Miller sells brewing arm\n\nMiller Holdings has agreed to sell its brewing arm to Tarn Group for $4.2bn, the company said on Monday. Miller Holdings reported a 12% fall in annual profits last month. Separately, a court in Delaware has fined Miller Holdings over late accounts.',
  story_b:
    'Tarn buys Miller brewer\n\nTarn Group is buying the brewing business of Miller Holdings in a deal worth $4.2bn. Shares in Tarn rose 3% on the news. Miller Holdings faces a separate court case in Delaware over its accounts.',
  story_c: 'Guilty pleas in broker inquiry\n\nFormer Oakfield senior vice president James Arden pleaded guilty to fraud on Tuesday, prosecutors said.',
  story_d: 'Second broker admits fraud\n\nA senior vice president at Redwater, Clara Voss, has pleaded guilty to fraud, the attorney general said.',
  story_e:
    'Miller sells brewing arm\n\nMiller Holdings has agreed to sell its brewing arm to Tarn Group for $4.2bn, the company said on Monday. Miller Holdings reported a 12% fall in annual profits last month. Separately, a court in Delaware has fined Miller Holdings over late accounts.',
  story_f: 'Halden profits climb\n\nSwedish carmaker Halden Motors - in which Corvel owns a 38% stake - reported net income of 2.1bn euros for the year.',
  story_g: 'Corvel names new chief\n\nPierre Dumas is to become chairman of Corvel, which owns 38% of the Swedish carmaker, in June.',
  story_h: 'Regulator weighs bid rules\n\nThe takeover panel said it was weighing up the merits of relaxing Rule 17 - its least popular measure - for overseas bidders.',
  story_i: 'Bid rules explained\n\nRule 17 of the Takeover Code requires all bidders to publish their full terms within a month.',
  story_j: 'Shoppers gloomier\n\nThe Marlow index of consumer confidence fell to 88.4 in March from 91.2 in February, pointing to weaker spending.',
  story_k: 'Factory mood sours\n\nThe Ostrava institute said its business climate index fell to 91.2 in March from 93.7 in February.',
  story_l: 'Bridge repairs approved\n\nEngineers will send 1,400 workers to repair the Kessel bridge, while a further 300 will specialise in clearing the river.',
  story_m: 'River cleared\n\nAbout 300 river-clearing specialists were reportedly sent to the Kessel site.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity', () => {
  it('GIVEN one sale told in other words by two articles THEN both sentences carry one claim', () => {
    expect(together(['story_a', 'agreed to sell its brewing arm'], ['story_b', 'is buying the brewing business'])).toBe(true);
  });

  it('GIVEN a sentence on a firm’s results and another on its court case THEN sharing the firm’s name does not make them one claim', () => {
    expect(together(['story_a', 'fall in annual profits'], ['story_b', 'separate court case'])).toBe(false);
  });

  it('GIVEN two executives of different firms each pleading guilty THEN the same words about different people are not one claim', () => {
    expect(together(['story_c', 'James Arden pleaded guilty'], ['story_d', 'Clara Voss, has pleaded guilty'])).toBe(false);
  });

  it('GIVEN a byte-for-byte copy of an article THEN each of its sentences carries the original’s claim', () => {
    expect(together(['story_a', 'fall in annual profits'], ['story_e', 'fall in annual profits'])).toBe(true);
  });

  it('GIVEN two sentences that give one stake only in passing, in a clause set off by dashes or commas THEN the shared stake does not make their claims one', () => {
    expect(together(['story_f', 'reported net income'], ['story_g', 'is to become chairman'])).toBe(false);
  });

  it('GIVEN a number that is part of a name, such as a rule of a code THEN naming the same rule does not make two claims one', () => {
    expect(together(['story_h', 'relaxing Rule 17'], ['story_i', 'requires all bidders'])).toBe(false);
  });

  it('GIVEN two indices where one’s old reading is the other’s new one THEN the one shared number does not make them one claim', () => {
    expect(together(['story_j', 'fell to 88.4'], ['story_k', 'fell to 91.2'])).toBe(false);
  });

  it('GIVEN a rare count with the same word near it, carried inside a longer sentence THEN the short retelling still carries that claim', () => {
    expect(together(['story_l', 'a further 300 will specialise'], ['story_m', 'river-clearing specialists'])).toBe(true);
  });
});
