import { describe, expect, it } from 'vitest';
import { articlesWithPhrase } from '../../src/search/phrase-holders.ts';
import { seedLibrary } from '../support/seeds.ts';

const library = await seedLibrary();

describe('articlesWithPhrase', () => {
  it('gives each article that findPhrase finds the phrase in, once, in article-id order', () => {
    for (const phrase of ['unwavering support', '5,000 troops', 'North Korea', 'the', 'zorblat quintessa', '']) {
      const expected = [...new Set(library.index.findPhrase(phrase).found.map(({ sentence }) => sentence.articleId))];
      expect(articlesWithPhrase(library, phrase)).toEqual(expected);
      // Asked again, the remembered answer is the same.
      expect(articlesWithPhrase(library, phrase)).toEqual(expected);
    }
    expect(articlesWithPhrase(library, 'unwavering support').length).toBeGreaterThan(1);
  });
});
