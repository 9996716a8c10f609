import { describe, expect, it } from 'vitest';
import { SEED, ask } from '../support/seeds.ts';

describe('/who', () => {
  it('resolves a surname to the full name with the descriptors each article gives', async () => {
    const { entity } = await ask('/who Goremykin');
    expect(entity).toMatchObject({ name: 'Viktor Goremykin', kind: 'person', articleIds: Object.values(SEED) });
    expect(entity!.descriptors).toEqual(expect.arrayContaining(['Deputy Minister of Defense', 'Deputy Defense Minister']));
  });

  it('finds a person from a misspelt name and says it read it so', async () => {
    const answer = await ask('/who Goremikin');
    expect(answer.entity?.name).toBe('Viktor Goremykin');
    expect(answer.notes[0]!.code).toBe('read_as');
  });

  it('knows the news agency and the intelligence service behind the reports', async () => {
    expect((await ask('/who Yonhap')).entity).toMatchObject({ name: 'Yonhap', kind: 'media' });
    expect((await ask('/who NIS')).entity).toMatchObject({ name: 'National Intelligence Service', kind: 'organisation' });
    expect((await ask('/who RIA Novosti')).entity?.articleIds).toEqual(Object.values(SEED));
  });

  it('says when a name is known only from the alias lexicon, not from the articles', async () => {
    const answer = await ask('/who NIS');
    expect(answer.notes[0]!.code).toBe('known_alias');
    expect(answer.entity!.aliases).not.toContain('NIS');
  });

  it('shows only the names the articles write as other forms', async () => {
    expect((await ask('/who Yonhap')).entity!.aliases).toEqual([]);
  });

  it('shows the two things the articles say KNR stands for', async () => {
    const { entity } = await ask('/who KNR');
    expect(entity!.descriptors).toEqual(expect.arrayContaining(['Donetsk People’s Republic', 'Kursk Oblast National Guard']));
  });

  it('cites the sentences that name them, verbatim', async () => {
    const answer = await ask('/who Khinstsen');
    expect(answer.entity?.name).toBe('Alexander Khinstsen');
    const named = answer.sections.find((section) => section.title === 'Named in')!.citations.map((index) => answer.results[index]!);
    expect(named.length).toBeGreaterThan(5);
    expect(named.every((citation) => citation.kind === 'sentence' && citation.quote.includes('Khinstsen'))).toBe(true);
  });

  it('lists what a person is quoted as saying apart from the sentences that name them', async () => {
    const answer = await ask('/who Khinstsen');
    const quoted = answer.sections.find((section) => section.title === 'Quoted as saying')!;
    const quotes = quoted.citations.map((index) => answer.results[index]!);
    expect(quotes.every((citation) => citation.kind === 'quotation')).toBe(true);
    expect(quotes.map((citation) => citation.quote)).toContain('Every measure is being taken to protect the people of Kursk and to stabilize the situation');
  });

  it('says a name is not in these articles, with no entity', async () => {
    const answer = await ask('/who Zelensky');
    expect(answer.status).toBe('not_found');
    expect(answer.entity).toBeNull();
    expect(answer.notes[0]!.message).toMatch(/not in these articles/);
  });
});
