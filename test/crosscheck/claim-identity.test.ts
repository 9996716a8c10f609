import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from './library-of.ts';

const library = libraryOf({
  'story_a': 'Miller sells brewing arm\n\nMiller Holdings has agreed to sell its brewing arm to Tarn Group for $4.2bn, the company said on Monday. Miller Holdings reported a 12% fall in annual profits last month. Separately, a court in Delaware has fined Miller Holdings over late accounts.',
  'story_b': 'Tarn buys Miller brewer\n\nTarn Group is buying the brewing business of Miller Holdings in a deal worth $4.2bn. Shares in Tarn rose 3% on the news. Miller Holdings faces a separate court case in Delaware over its accounts.',
  'story_c': 'Guilty pleas in broker inquiry\n\nFormer Oakfield senior vice president James Arden pleaded guilty to fraud on Tuesday, prosecutors said.',
  'story_d': 'Second broker admits fraud\n\nA senior vice president at Redwater, Clara Voss, has pleaded guilty to fraud, the attorney general said.',
  'story_e': 'Miller sells brewing arm\n\nMiller Holdings has agreed to sell its brewing arm to Tarn Group for $4.2bn, the company said on Monday. Miller Holdings reported a 12% fall in annual profits last month. Separately, a court in Delaware has fined Miller Holdings over late accounts.',
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
});
