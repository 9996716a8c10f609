import type { Article } from '../../src/model/article.ts';

/**
 * An article of the given sentences, one after another, with only what a sentence index and the
 * readers of sentences use (no text, paragraphs or headline): for tests of those alone.
 */
export function articleOfSentences(id: string, sentences: readonly string[]): Article {
  let start = 0;
  return {
    id,
    sentences: sentences.map((text, index) => {
      const sentence = { id: `${id}#${index}`, articleId: id, index, paragraph: 0, start, end: start + text.length, text };
      start += text.length + 1;
      return sentence;
    }),
  } as unknown as Article;
}
