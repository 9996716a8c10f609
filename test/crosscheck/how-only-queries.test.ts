import { describe, expect, it } from 'vitest';
import { crossCheck } from '../../src/crosscheck/cross-check.ts';
import { hitsKeepingTheClaim } from '../../src/crosscheck/claim-hits.ts';
import { asksHowOnly, readQueryKeys } from '../../src/crosscheck/query-keys.ts';
import type { Library } from '../../src/library/library.ts';
import { libraryOf } from './library-of.ts';

/**
 * Four retellings of one sale, which copy its first sentences from one another. Each passes on one thing "reportedly",
 * and only two pass on the same thing: the jobs at risk, which a union's statement tells without the hedge.
 */
const library = libraryOf({
  mill_a:
    'Paper mill to be sold\n\nThe Orvik paper mill will be sold to a Finnish group for 40m euros, its owners said on Monday. The sale must still be approved by competition regulators. About 300 jobs are reportedly at risk at the Orvik site. The mill opened in 1961.',
  mill_b:
    'Orvik mill sold\n\nThe Orvik paper mill will be sold to a Finnish group for 40m euros, its owners said on Monday. The sale must still be approved by competition regulators. Some 300 jobs at the Orvik site are reportedly at risk. Unions will meet managers on Friday.',
  mill_c:
    'Finnish group buys Orvik mill\n\nThe Orvik paper mill will be sold to a Finnish group for 40m euros, its owners said on Monday. The sale must still be approved by competition regulators. The buyer is reportedly planning a second line for packaging board. The town council welcomed the news.',
  mill_d:
    'Mill owners accept offer\n\nThe Orvik paper mill will be sold to a Finnish group for 40m euros, its owners said on Monday. The sale must still be approved by competition regulators. The owners reportedly turned down a higher bid from a Swedish rival last year. Shares in the group rose 3%.',
  unions_e: 'Unions fear for Orvik jobs\n\nAbout 300 jobs are at risk at the Orvik site, the paper workers union said. Its members will vote on action next week.',
});

/** The cross-check `/sources` makes of a query: its hits, read with the query's keys. */
function checkOf(from: Library, query: string): ReturnType<typeof crossCheck> {
  const hits = hitsKeepingTheClaim(from, query, from.index.search(query).hits);
  return crossCheck(
    from,
    hits.map((hit) => hit.sentence),
    readQueryKeys(query),
  );
}

describe('a query that asks only how something is told', () => {
  it('GIVEN a hedge alone found in articles that retell one another, each passing on something else THEN the note counts no claim they carry', () => {
    const { corroboration } = checkOf(library, 'reportedly');
    expect(corroboration.articles).toBe(4);
    expect(corroboration.note).not.toContain('carry this');
    expect(corroboration.note).toContain('they do not all retell one claim');
  });

  it('GIVEN a hedge alone THEN no sentence of the claim that lacks the hedge is admitted as telling it in other words', () => {
    const { inOtherWords, corroboration } = checkOf(library, 'reportedly');
    expect(inOtherWords).toEqual([]);
    expect(corroboration.articleIds).not.toContain('unions_e');
  });

  it('GIVEN a hedge with the words of what is passed on THEN the articles that pass it on carry it', () => {
    const { corroboration } = checkOf(library, 'reportedly 300 jobs');
    expect(corroboration.articleIds).toEqual(['mill_a', 'mill_b', 'unions_e']);
    expect(corroboration.note).toContain('3 of 9 articles carry this');
  });

  it('GIVEN words of saying, hedges and speakers THEN the query asks only how; with one word of its own it asks what', () => {
    expect(asksHowOnly('reportedly')).toBe(true);
    expect(asksHowOnly('according to officials')).toBe(true);
    expect(asksHowOnly('is expected')).toBe(true);
    expect(asksHowOnly('reportedly at risk')).toBe(false);
    expect(asksHowOnly('newspaper')).toBe(false);
  });
});
