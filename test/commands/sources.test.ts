import { describe, expect, it } from 'vitest';
import { Answer } from '../../src/model/answer.ts';
import { ask } from '../support/ask.ts';
import { SEED, seedArticles } from '../support/seeds.ts';
import { must } from '../support/must.ts';

describe('/sources', () => {
  it('cites every article that carries the 5,000 troops, each quote a verbatim slice with its paragraph', async () => {
    const answer = await ask('/sources 5000 troops');
    expect(answer.status).toBe('ok');
    const articles = await seedArticles();
    for (const citation of answer.results) {
      const article = must(articles.find((candidate) => candidate.id === citation.articleId));
      expect(article.text.slice(citation.start, citation.end)).toBe(citation.quote);
      expect(citation.paragraph).toBeGreaterThan(0);
    }
    expect(
      answer.results
        .slice(0, 5)
        .map((citation) => citation.articleId)
        .sort(),
    ).toEqual(Object.values(SEED));
  });

  it('carries the headline, outlet and date only where the article gives them', async () => {
    const answer = await ask('/sources 5000 troops');
    const from003 = must(answer.results.find((citation) => citation.articleId === SEED['003']));
    const from001 = must(answer.results.find((citation) => citation.articleId === SEED['001']));
    expect(from003.article).toMatchObject({ outlet: 'KPBI Palm Beach International', date: '2025-12-02' });
    expect(from001.article).toEqual({ id: SEED['001'], file: `${SEED['001']}.txt` });
  });

  it('carries each citation’s certainty: the 000 sentence is hedged and rests on unconfirmed reports', async () => {
    const answer = await ask('/sources 5000 troops');
    const from000 = must(answer.results.find((citation) => citation.articleId === SEED['000']));
    expect(from000.certainty).toMatchObject({ level: 'possible', contested: true });
    expect(must(from000.certainty).note).toMatch(/unconfirmed reports/);
  });

  it('carries the relayed chain on the 003 sentence that says “the agency claimed”', async () => {
    const answer = await ask('/sources 5000 troops');
    const from003 = must(answer.results.find((citation) => citation.articleId === SEED['003']));
    expect(from003.certainty).toMatchObject({ sourcing: 'media', attributedTo: ['Yonhap', 'National Intelligence Service'] });
  });

  it('says plainly when no article says it, and keeps near misses out of the results', async () => {
    const answer = await ask('/sources 5000 tanks');
    expect(answer.status).toBe('not_found');
    expect(answer.results).toEqual([]);
    expect(must(answer.notes[0]).code).toBe('not_found');
    expect(answer.nearMisses.every((citation) => citation.match === 'near_miss')).toBe(true);
  });

  it('answers a query of only common words with a plain note, not an error', async () => {
    const answer = await ask('/sources the of and');
    expect(answer.ok).toBe(true);
    expect(answer.notes.map((note) => note.code)).toEqual(['no_terms']);
  });

  it('refuses an empty claim with a usage hint', async () => {
    const answer = await ask('/sources   ');
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(/\/sources 5000 troops/);
  });

  it('refuses a 10 kB query with a clear message', async () => {
    const answer = await ask(`/sources ${'troops '.repeat(1500)}`);
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(/at most/);
  });

  it('produces answers that fit the public JSON schema', async () => {
    for (const line of ['/sources 5000 troops', '/sources nothing-here-at-all', '/sources']) expect(Answer.safeParse(await ask(line)).success).toBe(true);
  });
});
