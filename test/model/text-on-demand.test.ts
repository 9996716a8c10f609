import { describe, expect, it } from 'vitest';
import { textLengthOf, withTextOnDemand } from '../../src/model/text-on-demand.ts';

const TEXT = 'Harbour fees to rise\n\nThe port authority said on Monday that berthing fees would rise by 6% from April.';

/** An article-like object whose text is read on demand, with a count of the reads. */
function onDemand(): { article: { id: string; text: string; file: string }; reads: () => number } {
  let reads = 0;
  const article = Object.assign(
    withTextOnDemand({ id: 'harbour_fees' }, TEXT.length, () => {
      reads++;
      return TEXT;
    }),
    { file: 'harbour_fees.txt' },
  );
  return { article, reads: () => reads };
}

describe('an article’s text read on demand', () => {
  it('GIVEN an article whose text is not read yet THEN its length is known without reading it', () => {
    const { article, reads } = onDemand();
    expect(textLengthOf(article)).toBe(TEXT.length);
    expect(reads()).toBe(0);
  });

  it('GIVEN its text read twice THEN it is read once and kept', () => {
    const { article, reads } = onDemand();
    expect(article.text).toBe(TEXT);
    expect(article.text).toBe(TEXT);
    expect(reads()).toBe(1);
    expect(textLengthOf(article)).toBe(TEXT.length);
  });

  it('GIVEN the article spread, copied to another thread or listed THEN it holds its text in its own place', () => {
    const { article } = onDemand();
    expect(Object.keys(article)).toEqual(['id', 'text', 'file']);
    expect({ ...article }).toEqual({ id: 'harbour_fees', text: TEXT, file: 'harbour_fees.txt' });
    expect(structuredClone(onDemand().article)).toEqual({ id: 'harbour_fees', text: TEXT, file: 'harbour_fees.txt' });
  });

  it('GIVEN an article made with its text THEN its length is the text’s', () => {
    expect(textLengthOf({ text: TEXT })).toBe(TEXT.length);
  });
});
