import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from './library-of.ts';

/**
 * Three athletics reports about one runner: a win, a withdrawal, and a caption left on a line of its own where a
 * picture or a link was stripped ("Double world champion"), as real pages keep them.
 */
const library = libraryOf({
  win: 'Jensen storms to victory\n\nDouble world champion Mara Jensen was back to her best as she comfortably won the 1,000m at the Glasgow indoor meeting. She now turns to the outdoor season.',
  withdrawal:
    'Jensen pulls out\n\nMara Jensen has pulled out of the European indoor championships with a calf injury. The double world champion said: "I am very disappointed that I have had to withdraw."',
  caption: 'Jensen named in squad\n\nThe selectors named their squad for the indoor championships on Monday.\n\nDouble world champion\n\nMara Jensen heads the list of eleven athletes.',
  caption_copy: 'Jensen leads team\n\nThe team was announced on Monday afternoon.\n\nDouble world champion\n\nTen other athletes join her.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: a few words with no verb tell no claim', () => {
  it('GIVEN a caption of three words and a sentence that opens with them THEN they are not one claim', () => {
    expect(together(['caption', 'Double world champion'], ['win', 'comfortably won'])).toBe(false);
    expect(together(['caption', 'Double world champion'], ['withdrawal', 'very disappointed'])).toBe(false);
  });

  it('GIVEN a win and a withdrawal that share only the runner’s title THEN they are not one claim', () => {
    expect(together(['win', 'comfortably won'], ['withdrawal', 'very disappointed'])).toBe(false);
  });

  it('GIVEN the caption word for word in another article THEN the two are still copies of one line', () => {
    expect(together(['caption', 'Double world champion'], ['caption_copy', 'Double world champion'])).toBe(true);
  });
});
