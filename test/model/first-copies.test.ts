import { describe, expect, it } from 'vitest';
import { type Article, firstCopies } from '../../src/model/article.ts';
import { articleOfSentences } from '../support/sentences-only.ts';

const STORY = ['The port authority said on Tuesday that 1,200 containers were held at the quay.', 'Dockers voted to extend the strike, their union said.'];
const OTHER = ['The council approved the budget by 31 votes to 9.', 'Opposition members called the cuts unjustified.'];

/** An article of `sentences` read from a file of `format` whose bytes hash to `hash`. */
function filed(id: string, sentences: readonly string[], hash: string, format: Article['format'] = 'txt'): Article {
  return { ...articleOfSentences(id, sentences), format, contentHash: hash };
}

describe('the first copy of each article', () => {
  it('GIVEN a story filed three times among others THEN each copy names the first, and every other article itself', () => {
    const articles = [filed('a', STORY, 'h1'), filed('b', OTHER, 'h2'), filed('c', STORY, 'h1'), filed('d', STORY, 'h1')];
    expect([...firstCopies(articles)]).toEqual([0, 1, 0, 0]);
  });

  it('GIVEN the same bytes read in two formats THEN neither is the other’s copy', () => {
    expect([...firstCopies([filed('a', STORY, 'h1', 'txt'), filed('b', STORY, 'h1', 'md')])]).toEqual([0, 1]);
  });

  it('GIVEN the same bytes that split into other sentences THEN the article is its own first', () => {
    expect([...firstCopies([filed('a', STORY, 'h1'), filed('b', [STORY.join(' ')], 'h1')])]).toEqual([0, 1]);
  });

  it('GIVEN one list read twice (by the index, then the alignment) THEN it is worked out once and both read the same', () => {
    const articles = [filed('a', STORY, 'h1'), filed('b', STORY, 'h1')];
    expect(firstCopies(articles)).toBe(firstCopies(articles));
  });
});
