import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from '../crosscheck/library-of.ts';

const library = libraryOf({
  awards_a: 'Stars gather for awards\n\nBritish actor Tom Reyes, who has won a Golden Globe and a Bafta for his supporting role in Harbour, said it "meant a lot" to be at the ceremony.',
  awards_b: 'Reyes eyes Oscar\n\nBritish actor Reyes is hoping to repeat his Golden Globe success with a best supporting actor award for his role in Harbour.',
  awards_c: 'Reyes thanks fans\n\nReyes said being at the ceremony "meant a lot" to him.',
  spam_a: 'Filters fight spam\n\nFor instance, said Mr Hogan, filtering out e-mail messages that contain a web link can stop about 75% of spam.',
  spam_b: 'How to stop spam\n\nFiltering out e-mail messages that contain a web link can stop about 75% of spam, experts say.',
  shadow_a: 'Minister to attend memorial\n\nShadow Home Secretary David Marsh said: "I am glad the home secretary has finally been shamed into attending."',
  shadow_b: 'Aid workers freed\n\nThe shadow home secretary, David Marsh, welcomed the return of the two aid workers.',
  talks_a: 'Talks resume\n\nThe two sides met again on Monday. "I am confident of a deal by the spring," Mr Ruiz had said at the time.',
  talks_b: 'Deal in sight\n\nNegotiators returned to the table. "I am confident of a deal by the spring," said Mr Ruiz.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: a sentence that reports what someone said', () => {
  it('GIVEN "Reyes, who has won a Golden Globe …, said it meant a lot to be at the ceremony" and "Reyes is hoping to repeat his Golden Globe success" THEN the speaker and his description are all they share: two claims', () => {
    expect(together(['awards_a', 'said it'], ['awards_b', 'is hoping'])).toBe(false);
  });

  it('GIVEN reported words that name what the other sentence gives only as its subject\'s title ("… said: I am glad the home secretary …" / "The shadow home secretary, David Marsh, welcomed …") THEN the title is not what he reported: two claims', () => {
    expect(together(['shadow_a', 'David Marsh said'], ['shadow_b', 'welcomed the return'])).toBe(false);
  });

  it('GIVEN two articles that report the same words of the same speaker THEN one claim', () => {
    expect(together(['awards_a', 'said it'], ['awards_c', 'meant a lot'])).toBe(true);
  });

  it('GIVEN the same quoted words with the speaker named after them ("…," Mr Ruiz had said at the time) THEN what follows the verb of speech is not what he reported: one claim', () => {
    expect(together(['talks_a', 'Mr Ruiz had said'], ['talks_b', 'said Mr Ruiz'])).toBe(true);
  });

  it('GIVEN a speaker named between commas before the words ("For instance, said Mr Hogan, filtering out …") THEN the words after him are what he reported: one claim with the same words unattributed', () => {
    expect(together(['spam_a', 'said Mr Hogan'], ['spam_b', 'experts say'])).toBe(true);
  });
});
