import { describe, expect, it } from 'vitest';
import { ask } from '../support/ask.ts';
import { SEED } from '../support/seeds.ts';
import { must } from '../support/must.ts';

describe('/quote', () => {
  it('finds a phrase typed with straight quotes where the article has curly ones', async () => {
    const answer = await ask(`/quote 'unwavering support'`);
    expect(answer.results.map((citation) => citation.articleId).sort()).toEqual(Object.values(SEED));
    expect(must(answer.results.find((citation) => citation.articleId === SEED['002'])).quote).toContain('‘unwavering support’');
  });

  it('finds an apostrophe typed straight where the article has a curly one', async () => {
    const answer = await ask("/quote the mission's integrity");
    expect(answer.results.map((citation) => citation.articleId)).toEqual([SEED['004']]);
  });

  it('ignores case and spacing', async () => {
    const answer = await ask('/quote   CIVILIAN   and technical   effort');
    expect(answer.results).toHaveLength(1);
  });

  it('gives the speaker the article names for words inside a quotation', async () => {
    const answer = await ask('/quote this is a dangerous escalation');
    expect(must(answer.results[0]).speaker).toBe('a European Union diplomat');
  });

  it('gives no speaker for words the article says in its own voice', async () => {
    const answer = await ask('/quote unwavering support on a specific issue');
    expect(must(answer.results[0]).speaker).toBeUndefined();
  });

  it('counts every sentence that holds a common phrase and says it shows only some', async () => {
    const answer = await ask('/quote the');
    const held = must(answer.notes.find((note) => note.code === 'found_in'));
    expect(held.message).toMatch(/^5 of 5 articles say it \(\d+ sentences\)\.$/);
    expect(answer.results).toHaveLength(25);
    expect(must(answer.notes.find((note) => note.code === 'truncated')).message).toMatch(/^Showing 25 of \d+\.$/);
  });

  it('finds a name written as a possessive in the article (“Putin’s”) when asked for the name', async () => {
    const answer = await ask('/quote Putin');
    expect(answer.results.some((citation) => /Putin[’']s/u.test(citation.quote))).toBe(true);
    expect(answer.results.some((citation) => /Putin(?![’'])/u.test(citation.quote))).toBe(true);
  });

  it('says “not found” for words no article has in that order', async () => {
    const answer = await ask('/quote support unwavering');
    expect(answer.status).toBe('not_found');
    expect(must(answer.notes[0]).code).toBe('quote_not_found');
  });

  it('GIVEN words that stand only in a headline THEN "not found" in the text, and the article whose headline holds them', async () => {
    const answer = await ask('/quote Revealed in Rare Kremlin Meeting');
    expect(answer.status).toBe('not_found');
    expect(must(answer.notes[0]).message).toContain('does not appear in the text of any');
    expect(must(answer.notes.find((note) => note.code === 'quote_in_headlines')).message).toContain(SEED['004']);
  });
});
