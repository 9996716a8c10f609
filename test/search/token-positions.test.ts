import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/corpus/load.ts';
import type { Article } from '../../src/model/article.ts';
import { SentenceIndex } from '../../src/search/sentence-index.ts';
import { must } from '../support/must.ts';

/** An article read from `text` as the loader reads a `.txt` file. */
function articleOf(file: string, text: string): Article {
  const result = readArticle(file, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.warning.reason);
  return result.article;
}

describe('where a phrase stands, however long its sentence, its words and the space between them', () => {
  // One sentence of some 70,000 characters: a long list of figures a council published, with the phrase at its very end.
  const longList = Array.from({ length: 9000 }, (_, i) => `ward ${i}`).join(', ');
  const article = articleOf('council-wards.txt', `Council spending by ward\n\nThe council listed ${longList} and said the budget for street lighting was unchanged.\n`);
  const index = new SentenceIndex([article]);

  it('GIVEN a phrase more than 65,535 characters into its sentence THEN the span still quotes it exactly', () => {
    const { found } = index.findPhrase('street lighting');
    expect(found).toHaveLength(1);
    expect(must(found[0]).span.start - must(found[0]).sentence.start).toBeGreaterThan(65_535);
    expect(article.text.slice(must(found[0]).span.start, must(found[0]).span.end)).toBe('street lighting');
  });

  it('GIVEN a word longer than 255 characters THEN the span covers the whole word', () => {
    const word = `Llan${'gollen'.repeat(50)}`;
    const long = articleOf('long-name.txt', `A village name\n\nResidents of ${word} said the bridge would reopen.\n`);
    const { found } = new SentenceIndex([long]).findPhrase(`of ${word} said`);
    expect(long.text.slice(must(found[0]).span.start, must(found[0]).span.end)).toBe(`of ${word} said`);
  });

  it('GIVEN more than 255 characters between two words THEN the spans of the words after them are still exact', () => {
    const rule = '-'.repeat(300);
    const ruled = articleOf('ruled.txt', `Minutes of the meeting\n\nThe chair opened the meeting ${rule} and the treasurer read the accounts aloud.\n`);
    const { found } = new SentenceIndex([ruled]).findPhrase('the accounts aloud');
    expect(must(found[0]).sentence.text).toContain(rule);
    expect(ruled.text.slice(must(found[0]).span.start, must(found[0]).span.end)).toBe('the accounts aloud');
  });
});

describe('where a word stands when its place does not fit in one byte (a gap over six characters, a word over thirty letters)', () => {
  it('GIVEN a word longer than thirty letters THEN the span covers the whole word and the words after it', () => {
    const word = 'Pneumonoultramicroscopicsilicovolcanoconiosis';
    const article = articleOf('long-word.txt', `A rare diagnosis\n\nDoctors said ${word} was found in two miners from the valley.\n`);
    const { found } = new SentenceIndex([article]).findPhrase(`said ${word} was found`);
    expect(article.text.slice(must(found[0]).span.start, must(found[0]).span.end)).toBe(`said ${word} was found`);
  });

  it('GIVEN more than six characters between two words THEN the spans of the words after them are still exact', () => {
    const article = articleOf('ruled-short.txt', `Minutes of the meeting\n\nThe chair opened the meeting --- --- and the treasurer read the accounts aloud.\n`);
    const { found } = new SentenceIndex([article]).findPhrase('the accounts aloud');
    expect(article.text.slice(must(found[0]).span.start, must(found[0]).span.end)).toBe('the accounts aloud');
  });

  it('GIVEN a misspelt word after more than six characters of punctuation THEN the spelling the sentence uses is read exactly', () => {
    const article = articleOf('ruled-typo.txt', `Minutes of the meeting\n\nThe chair opened the meeting --- --- and the treasurer read the accounts aloud.\n`);
    const [hit] = new SentenceIndex([article]).search('tresaurer').hits;
    expect(must(hit).corrected).toEqual({ tresaurer: 'treasurer' });
  });
});
