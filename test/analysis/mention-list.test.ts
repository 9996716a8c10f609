import { describe, expect, it } from 'vitest';
import { MentionList, MentionPages, SentencePlaces, type PagedInts } from '../../src/analysis/mention-list.ts';
import { articleOfSentences } from '../support/sentences-only.ts';

/** The sentences' article with its text, which names are sliced from. */
const articleOf = (id: string, sentences: string[]) => ({ ...articleOfSentences(id, sentences), text: sentences.join(' ') });
const first = articleOf('a1', ['Chancellor Gordon Brown spoke first.', 'Mr Brown said the plan would work.']);
const second = articleOf('a2', ['The chancellor, Gordon Brown, disagreed.']);
const places = new SentencePlaces([first, second]);
const spanOf = (text: string, sentence: { start: number; text: string }, word: string) => {
  const start = sentence.start + sentence.text.indexOf(word);
  return { start, end: start + word.length, text };
};

describe('an entity’s mentions kept as numbers', () => {
  const [opening, later] = first.sentences;
  const [other] = second.sentences;
  if (!opening || !later || !other) throw new Error('the test articles lost a sentence');

  it('GIVEN mentions in two articles THEN each reads back with its sentence, name and descriptor as written', () => {
    const list = new MentionList(places);
    list.push(places.positionOf(0, 0), spanOf('Gordon Brown', opening, 'Gordon Brown'), spanOf('Chancellor', opening, 'Chancellor'), false);
    list.push(places.positionOf(1, 0), spanOf('Gordon Brown', other, 'Gordon Brown'), undefined, false);
    expect([...list]).toEqual([
      { sentence: opening, name: spanOf('Gordon Brown', opening, 'Gordon Brown'), descriptor: spanOf('Chancellor', opening, 'Chancellor') },
      { sentence: other, name: spanOf('Gordon Brown', other, 'Gordon Brown') },
    ]);
  });

  it('GIVEN a reference by role THEN it reads back as nominal', () => {
    const list = new MentionList(places);
    list.push(places.positionOf(1, 0), spanOf('The chancellor', other, 'The chancellor'), undefined, true);
    expect(list.at(0).nominal).toBe(true);
    expect(list.nameTextAt(0)).toBe('The chancellor');
  });

  it('GIVEN one entity merged into another THEN the merged list holds both lists’ mentions in order', () => {
    const into = new MentionList(places);
    into.push(places.positionOf(0, 0), spanOf('Gordon Brown', opening, 'Gordon Brown'), undefined, false);
    const from = new MentionList(places);
    from.push(places.positionOf(0, 1), spanOf('Mr Brown', later, 'Mr Brown'), undefined, false);
    into.append(from);
    expect(into.map((mention) => mention.name.text)).toEqual(['Gordon Brown', 'Mr Brown']);
    expect(into.articleIdAt(1)).toBe('a1');
  });

  it('GIVEN a list packed into the table’s shared numbers THEN it reads the same and refuses to grow', () => {
    const list = new MentionList(places);
    list.push(places.positionOf(0, 1), spanOf('Mr Brown', later, 'Mr Brown'), undefined, false);
    const before = [...list];
    const shared = new Int32Array(12);
    expect(list.packInto(shared, 6)).toBe(12);
    expect([...list]).toEqual(before);
    expect(() => list.push(places.positionOf(0, 0), spanOf('Gordon Brown', opening, 'Gordon Brown'), undefined, false)).toThrow(/cannot grow/);
  });

  it('GIVEN mentions on pages THEN no page is read or checked until a mention on it is asked for, and each is checked once', () => {
    const list = new MentionList(places);
    list.push(places.positionOf(0, 0), spanOf('Gordon Brown', opening, 'Gordon Brown'), undefined, false);
    list.push(places.positionOf(0, 1), spanOf('Mr Brown', later, 'Mr Brown'), undefined, false);
    list.push(places.positionOf(1, 0), spanOf('Gordon Brown', other, 'Gordon Brown'), undefined, false);
    const numbers = new Int32Array(18);
    list.copyInto(numbers, 0);
    const read: number[] = [];
    const checked: number[] = [];
    // Two mentions a page: the third mention stands alone on the second page.
    const pages: PagedInts = {
      length: numbers.length,
      perPage: 12,
      page(page) {
        read.push(page);
        return numbers.subarray(page * 12, (page + 1) * 12);
      },
      keepPages() {},
    };
    const mentionPages = new MentionPages(pages, (page) => checked.push(page.length));
    const paged = new MentionList(places, mentionPages.run(6, 18));
    expect([read, checked]).toEqual([[], []]);
    expect(paged.nameTextAt(1)).toBe('Gordon Brown');
    expect(paged.at(1).sentence).toBe(other);
    expect(checked).toEqual([6]);
    expect(paged.map((mention) => mention.name.text)).toEqual(['Mr Brown', 'Gordon Brown']);
    expect(checked).toEqual([6, 12]);
    expect(new Set(read)).toEqual(new Set([0, 1]));
    expect([...paged].map((mention) => mention.name.text)).toEqual(['Mr Brown', 'Gordon Brown']);
    expect(checked).toEqual([6, 12]);
  });

  it('GIVEN a page whose mentions fail their check THEN reading one of them throws, and the other pages still read', () => {
    const numbers = new Int32Array(12);
    const pages: PagedInts = { length: 12, perPage: 6, page: (page) => numbers.subarray(page * 6, (page + 1) * 6), keepPages() {} };
    const mentionPages = new MentionPages(pages, (page) => {
      if (page.byteOffset === 0) throw new Error('a mention lies outside its article');
    });
    expect(() => mentionPages.at(2)).toThrow(/outside its article/);
    expect(mentionPages.at(8)).toBe(0);
  });
});
