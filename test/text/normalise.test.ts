import { describe, expect, it } from 'vitest';
import { termsOf, tokenize } from '../../src/text/normalise.ts';

describe('normalising text for search', () => {
  it.each(['5000 troops', '5,000 troops', '5 000 troops', 'five thousand troops', 'Five Thousand TROOPS'])('reads “%s” as the figure 5000 and the word troop', (text) => {
    expect(termsOf(text)).toEqual(['5000', 'troop']);
  });

  it('does not join a year and the figure after it', () => {
    expect(termsOf('In 2014 200 people')).toEqual(['2014', '200', 'peopl']);
  });

  it('folds accents, case and curly quotes', () => {
    expect(termsOf('Café DÉJÀ')).toEqual(termsOf('cafe deja'));
    expect(tokenize('Pyongyang’s').map((token) => token.key)).toEqual(tokenize("Pyongyang's").map((token) => token.key));
  });

  it.each(['Ministers', 'ministerS', 'minIsters', 'ministérs', 'mini\u00ADsters', 'ministers\u200B'])('folds “%s”, a lower-case word but for one letter, to the key of the plain word', (word) => {
    expect(tokenize(word).map((token) => token.key)).toEqual(['ministers']);
  });

  it('keys a word in plain lower case and plain apostrophes as written, and its other apostrophes as a plain one', () => {
    expect(tokenize("the council's o'clock").map((token) => token.key)).toEqual(['the', "council's", "o'clock"]);
    expect(tokenize('council’s council\u02BCs').map((token) => token.key)).toEqual(["council's", "council's"]);
  });

  it('keeps offsets into the original text, a number-word run as one token', () => {
    const text = 'about five thousand troops';
    expect(tokenize(text).map((token) => text.slice(token.start, token.end))).toEqual(['about', 'five thousand', 'troops']);
  });

  it('drops common words and keeps negations', () => {
    expect(termsOf('the troops were not there')).toEqual(['troop', 'not']);
  });

  it('finds no terms in punctuation alone', () => {
    expect(termsOf('?!… — ""')).toEqual([]);
  });
});
