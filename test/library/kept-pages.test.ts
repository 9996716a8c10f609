import { describe, expect, it } from 'vitest';
import { KeptPages } from '../../src/library/kept-pages.ts';

/** Pages that record which page was read from "disk", in order. */
function countingPages(kept: number): { pages: KeptPages<string>; reads: number[] } {
  const reads: number[] = [];
  const pages = new KeptPages((page) => {
    reads.push(page);
    return `page ${page}`;
  }, kept);
  return { pages, reads };
}

describe('KeptPages', () => {
  it('GIVEN a page asked for twice THEN it is read from disk once', () => {
    const { pages, reads } = countingPages(2);
    expect(pages.get(5)).toBe('page 5');
    expect(pages.get(5)).toBe('page 5');
    expect(reads).toEqual([5]);
  });

  it('GIVEN more pages read than are kept THEN only the most recently read are held, and one let go is read again when asked for', () => {
    const { pages, reads } = countingPages(2);
    for (const page of [0, 1, 2, 3]) pages.get(page);
    expect(pages.size).toBe(2);
    expect(pages.get(0)).toBe('page 0');
    expect(reads).toEqual([0, 1, 2, 3, 0]);
  });

  it('GIVEN a kept page asked for again THEN it counts as just read: the page read longest ago is let go first', () => {
    const { pages, reads } = countingPages(2);
    pages.get(0);
    pages.get(1);
    pages.get(0);
    pages.get(2);
    pages.get(0);
    expect(reads).toEqual([0, 1, 2]);
  });
});
