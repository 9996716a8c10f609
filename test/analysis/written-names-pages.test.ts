import { describe, expect, it } from 'vitest';
import { EntityTable } from '../../src/analysis/entities.ts';
import type { PagedInts } from '../../src/analysis/mention-list.ts';
import { readArticle } from '../../src/corpus/load.ts';
import type { Article } from '../../src/model/article.ts';

function storyOf(file: string, text: string): Article {
  const result = readArticle(file, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.warning.reason);
  return result.article;
}

describe('the written names a start lists from mentions read off disk', () => {
  const articles = [
    storyOf('budget.txt', 'Brown sets out budget\n\nChancellor Gordon Brown said taxes would not rise.\n\nMr Brown told MPs the economy was strong.\n'),
    storyOf('tories.txt', 'Tories attack plans\n\nMichael Howard said the plans were a stealth tax.\n\nMr Howard spoke in Leeds.\n'),
  ];
  const saved = new EntityTable(articles).toSnapshot();

  /** The saved mentions as pages of one mention each, saying at each read whether pages were then being kept. */
  const pagedMentions = (): { pages: PagedInts; readWhileKeeping: boolean[]; keeping: () => boolean } => {
    const numbers = saved.mentions;
    const perPage = numbers.length / saved.entities.reduce((sum, entity) => sum + entity.mentionCount, 0);
    let keeping = true;
    const readWhileKeeping: boolean[] = [];
    const pages: PagedInts = {
      length: numbers.length,
      perPage,
      page(page) {
        readWhileKeeping.push(keeping);
        return numbers.slice(page * perPage, (page + 1) * perPage);
      },
      keepPages(keep) {
        keeping = keep;
      },
    };
    return { pages, readWhileKeeping, keeping: () => keeping };
  };

  it('GIVEN a table restored with its mentions in pages WHEN the written names are listed THEN every page is read with keeping off', () => {
    const { pages, readWhileKeeping } = pagedMentions();
    const table = new EntityTable(articles, { ...saved, mentions: pages });
    readWhileKeeping.length = 0;
    for (const _ of table.listWrittenNamesInSlices(1));
    expect(readWhileKeeping.length).toBeGreaterThan(0);
    expect(readWhileKeeping.every((kept) => !kept)).toBe(true);
  });

  it('GIVEN the same listing done THEN pages are kept again for the questions after it', () => {
    const { pages, keeping } = pagedMentions();
    const table = new EntityTable(articles, { ...saved, mentions: pages });
    for (const _ of table.listWrittenNamesInSlices(1));
    expect(keeping()).toBe(true);
  });
});
