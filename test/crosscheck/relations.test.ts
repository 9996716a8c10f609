import { describe, expect, it } from 'vitest';
import { relationsOf } from '../../src/crosscheck/relations.ts';
import { seedLibrary } from '../support/seeds.ts';
import { must } from '../support/must.ts';

const library = await seedLibrary();
const id = (prefix: string) => must(library.articles.find((article) => article.id.startsWith(prefix))).id;

describe('relationsOf', () => {
  it('finds that 001 retells 000', () => {
    const shared = relationsOf(library, id('001'))?.sharedWith.find((other) => other.articleId === id('000'));
    expect(shared).toMatchObject({ rewrites: true });
    expect(shared?.sentences).toBeGreaterThanOrEqual(7);
  });

  it('lists the EU diplomat quote among what 000 alone adds', () => {
    expect(relationsOf(library, id('000'))?.alone.some((sentence) => sentence.text.includes('This is a dangerous escalation'))).toBe(true);
  });

  it('finds where 002 departs from all the others: KNR as the Donetsk People’s Republic', () => {
    const departures = relationsOf(library, id('002'))?.departures.flatMap((departure) => departure.discrepancies) ?? [];
    expect(departures.some((entry) => entry.variants.some((variant) => variant.text === 'Donetsk People’s Republic'))).toBe(true);
  });

  it('places only the dated article in time', () => {
    const chronology = relationsOf(library, id('003'))?.chronology;
    expect(chronology?.dated).toEqual([{ articleId: id('003'), date: '2025-12-02' }]);
    expect(chronology?.undated).toHaveLength(4);
  });

  it('gives nothing for an unknown article', () => {
    expect(relationsOf(library, 'nope')).toBeUndefined();
  });
});
