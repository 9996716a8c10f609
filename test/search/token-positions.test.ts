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
