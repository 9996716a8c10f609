import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from './library-of.ts';

/**
 * A figure given alike with its unit straight after it ("4.2 megapixel") is a specification many things share, not a
 * fact two articles tell: it anchors a claim only as a unit does, beside a name both give.
 */
const library = libraryOf({
  handsets_asia: 'Asia leads on phone cameras\n\nIn Asia, handsets on sale can already take 4.2 megapixel pictures. European models lag behind.',
  handsets_model: 'New phone unveiled\n\nThe new model has a 4.2 megapixel lens and a slot for memory cards. It goes on sale in June.',
  handsets_survey: 'Phone survey\n\nHandsets on sale in Asia can already take 4.2 megapixel pictures, the survey found.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: a figure alike with only its unit', () => {
  it('GIVEN a figure and its unit alike in sentences about other things (“take 4.2 megapixel pictures” / “has a 4.2 megapixel lens”) THEN they are not one claim', () => {
    expect(together(['handsets_asia', '4.2 megapixel pictures'], ['handsets_model', '4.2 megapixel lens'])).toBe(false);
  });

  it('GIVEN the same fact retold with its figure and unit THEN they still carry one claim', () => {
    expect(together(['handsets_asia', '4.2 megapixel pictures'], ['handsets_survey', '4.2 megapixel pictures'])).toBe(true);
  });
});
