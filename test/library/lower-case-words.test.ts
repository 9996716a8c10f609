import { describe, expect, it } from 'vitest';
import { LowerCaseWords } from '../../src/library/lower-case-words.ts';
import { SentenceIndex } from '../../src/search/sentence-index.ts';
import { articleOfSentences } from '../support/sentences-only.ts';

const article = articleOfSentences;

const articles = [
  article('vote-a', ['The Election was called for 5 May, the prime minister said.', 'Mike Hale, the party chairman, said the election would be close.']),
  article('vote-b', ["Mike Hale's campaign opened in Leeds.", 'A pro-mike banner and a mike-stand were left on the stage.', 'The Parliament sat late.']),
];
const words = ['Election', 'Mike', 'Parliament', 'Chairman', 'Leeds', 'Stage', 'Hale'];
const answersOf = (reader: LowerCaseWords): boolean[] => words.map((word) => reader.has(word));

describe('which words the articles write in lower case', () => {
  it('GIVEN a word some sentence writes in lower case THEN says so, and not for one only ever written with a capital', () => {
    const reader = new LowerCaseWords(articles, new SentenceIndex(articles));
    expect(reader.has('Election')).toBe(true);
    expect(reader.has('Parliament')).toBe(false);
  });

  it('GIVEN a word met in lower case only inside a longer word (pro-mike, mike-stand) THEN does not count it as written on its own', () => {
    expect(new LowerCaseWords(articles, new SentenceIndex(articles)).has('Mike')).toBe(false);
  });

  it('GIVEN every word read ahead THEN answers each word as the look-up in the index does', async () => {
    const index = new SentenceIndex(articles);
    const readAhead = new LowerCaseWords(articles, index);
    await readAhead.readAll();
    expect(answersOf(readAhead)).toEqual(answersOf(new LowerCaseWords(articles, index)));
    expect(answersOf(readAhead)).toEqual([true, false, false, true, false, true, false]);
  });
});
