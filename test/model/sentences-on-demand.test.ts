import { describe, expect, it } from 'vitest';
import { type Article, type Sentence, sentenceIdOf } from '../../src/model/article.ts';
import { sentencesMade, sentenceTextsOf, withSentencesMade, withSentencesOnDemand } from '../../src/model/sentences-on-demand.ts';

const TEXT = 'Council backs new tram line\n\nThe city council voted 31 to 9 for the tram line. Work is due to start in the spring, officials said.';
const SPANS: [number, number][] = [
  [29, 78],
  [79, 130],
];

/** The article of TEXT with its two sentences made on demand, and how many times a sentence was made. */
function articleOnDemand(): { article: Article; made: () => number } {
  let made = 0;
  const sentenceAt = (index: number): Sentence => {
    made++;
    const [start, end] = SPANS[index] ?? [0, 0];
    return { id: sentenceIdOf('tram', index), articleId: 'tram', index, paragraph: 1, start, end, text: TEXT.slice(start, end) };
  };
  const article = withSentencesOnDemand(
    {
      id: 'tram',
      file: 'tram.txt',
      format: 'txt' as const,
      text: TEXT,
      meta: { headline: 'Council backs new tram line' },
      body: { start: 29, end: TEXT.length },
      paragraphs: [{ number: 1, start: 29, end: TEXT.length }],
      contentHash: 'abc',
    },
    SPANS.length,
    sentenceAt,
  );
  return { article, made: () => made };
}

describe('sentences made on demand', () => {
  it('GIVEN an article with its sentences on demand THEN their texts are read in order without keeping the sentences made', () => {
    const { article } = articleOnDemand();
    expect(sentenceTextsOf(article.sentences)).toEqual(['The city council voted 31 to 9 for the tram line.', 'Work is due to start in the spring, officials said.']);
    expect(sentencesMade(article.sentences)).toBe(false);
  });

  it('GIVEN sentences already made THEN their texts are the sentences’ own', () => {
    const { article } = articleOnDemand();
    const made = withSentencesMade(article).sentences;
    expect(sentenceTextsOf(made)).toEqual(made.map((sentence) => sentence.text));
  });

  it('GIVEN an article with its sentences on demand THEN their number is read without making any', () => {
    const { article, made } = articleOnDemand();
    expect(article.sentences.length).toBe(2);
    expect(made()).toBe(0);
    expect(sentencesMade(article.sentences)).toBe(false);
  });

  it('GIVEN an article with its sentences on demand WHEN one is read THEN all are made once, each with its place as its index, and later reads give the same objects', () => {
    const { article, made } = articleOnDemand();
    const second = article.sentences[1];
    expect(made()).toBe(2);
    expect(sentencesMade(article.sentences)).toBe(true);
    expect(second?.text).toBe('Work is due to start in the spring, officials said.');
    expect(article.sentences.map((sentence) => sentence.index)).toEqual([0, 1]);
    expect(article.sentences[1]).toBe(second);
    expect(made()).toBe(2);
  });

  it('GIVEN an article with its sentences on demand THEN they read as a plain list does: iterated, spread, searched and written as JSON', () => {
    const { article } = articleOnDemand();
    const plain = SPANS.map(([start, end], index) => ({ id: `tram#${index}`, articleId: 'tram', index, paragraph: 1, start, end, text: TEXT.slice(start, end) }));
    expect(Array.isArray(article.sentences)).toBe(true);
    expect([...article.sentences]).toEqual(plain);
    expect(article.sentences.find((sentence) => sentence.text.startsWith('Work'))?.id).toBe('tram#1');
    expect(JSON.stringify(article)).toBe(JSON.stringify({ ...article, sentences: plain }));
  });

  it('GIVEN an article with its sentences on demand THEN it can be copied to another thread once they are made, and not before', () => {
    expect(() => structuredClone(articleOnDemand().article)).toThrow();
    const { article } = articleOnDemand();
    const copy = structuredClone(withSentencesMade(article));
    expect(copy.sentences).toEqual([...article.sentences]);
    expect(copy.text).toBe(TEXT);
  });
});
