import { describe, expect, it } from 'vitest';
import sources from '../../commands/sources.ts';
import type { Answer } from '../../src/model/answer.ts';
import { readArticle } from '../../src/corpus/load.ts';
import { buildLibrary } from '../../src/library/library.ts';
import { seedLibrary } from '../support/seeds.ts';

const library = await seedLibrary();
const context = { library, caller: { platform: 'console' as const, userId: 'test', isAdmin: false } };
const ask = async (claim: string): Promise<Answer> => sources.run({ claim }, context);
const short = (ids: string[]) => ids.map((id) => id.slice(0, 3));
const discrepancy = (answer: Answer, about: string) => answer.discrepancies?.find((entry) => entry.about === about);

describe('/sources across articles', () => {
  it('traces the 5,000 troops to Yonhap and the National Intelligence Service', async () => {
    const { corroboration } = await ask('5000 troops');
    expect(corroboration).toMatchObject({ articles: 5, total: 5, origins: ['Yonhap', 'National Intelligence Service'] });
  });

  it('GIVEN four articles naming Yonhap and one passing on a report it does not name THEN the note says which is which, not that all relay Yonhap', async () => {
    const { corroboration } = await ask('demining');
    expect(corroboration?.note).toBe(
      '5 of 5 articles carry this, all passing on a report: 4 of them name it, Yonhap citing National Intelligence Service, and the others do not say whose it is. Repetition is not confirmation.',
    );
  });

  it('says the 5,000 troops are not independently confirmed', async () => {
    const { corroboration } = await ask('5000 troops');
    expect(corroboration?.independent).toBe(false);
    expect(corroboration?.note).toContain('Nothing here shows a second origin');
  });

  it('traces the deployment to Khinstsen through RIA Novosti, even where an article names only the agency', async () => {
    const { corroboration } = await ask('KNR');
    expect(corroboration).toMatchObject({ independent: false, origins: ['RIA Novosti', 'Alexander Khinstsen'] });
  });

  it('GIVEN sentences listed for carrying the claim without the words asked for THEN a note counts exactly those, so the two counts read apart', async () => {
    const answer = await ask('North Korean forces');
    const beyondSearch = answer.results.filter((citation) => citation.match === undefined).length;
    expect(beyondSearch).toBeGreaterThan(0);
    expect(answer.notes.find((entry) => entry.code === 'carried_in_other_words')?.message).toMatch(new RegExp(`^${beyondSearch} more sentences say it in other words`));
  });

  it('GIVEN every listed sentence holds the words asked for THEN no note says otherwise', async () => {
    const answer = await ask('5000 troops');
    expect(answer.results.every((citation) => citation.match !== undefined)).toBe(true);
    expect(answer.notes.some((entry) => entry.code === 'carried_in_other_words')).toBe(false);
  });

  it('does not call a claim confirmed when only one article names a source', async () => {
    const { corroboration } = await ask('Goremykin');
    expect(corroboration?.independent).toBe(false);
    expect(corroboration?.note).toMatch(/only one of them names a source/);
  });

  it('pins the demining hedges and tenses, each verbatim', async () => {
    const answer = await ask('demining');
    const variants = discrepancy(answer, 'hedges and tenses')?.variants ?? [];
    const byArticle = Object.fromEntries(variants.map((variant) => [short(variant.articleIds).join(','), variant.text]));
    expect(byArticle['000']).toContain('are said to specialize in demining');
    expect(byArticle['001']).toContain('are reportedly being trained in demining');
    expect(byArticle['002']).toContain('1,000 demining specialists');
    expect(byArticle['003']).toContain('were reportedly trained in demining');
    expect(byArticle['004']).toContain('will specialize in demining');
    for (const variant of variants) for (const id of variant.articleIds) expect(library.article(id)?.text).toContain(variant.text);
  });

  it('shows the two expansions of KNR', async () => {
    const variants = discrepancy(await ask('KNR'), 'what “KNR” stands for')?.variants;
    expect(variants).toEqual(
      expect.arrayContaining([
        { text: 'Donetsk People’s Republic', articleIds: [expect.stringMatching(/^002/)] },
        { text: 'Kursk Oblast National Guard', articleIds: [expect.stringMatching(/^003/), expect.stringMatching(/^004/)] },
      ]),
    );
  });

  it('shows that some articles quote unwavering support and others do not', async () => {
    const variants = discrepancy(await ask('unwavering support'), 'whether “unwavering support” is quoted')?.variants ?? [];
    expect(variants.map((variant) => [variant.text, short(variant.articleIds)])).toEqual([
      ["'unwavering support'", ['000', '002', '004']],
      ['unwavering support', ['001', '003']],
    ]);
  });

  it('flags the EU diplomat quote as single-source', async () => {
    const answer = await ask('dangerous escalation');
    expect(answer.results[0]?.singleSource).toBe(true);
    expect(answer.notes.find((entry) => entry.code === 'single_source_quote')?.message).toContain("'This is a dangerous escalation,'");
  });

  it('calls a claim only one article carries a single source', async () => {
    const { corroboration } = await ask('dangerous escalation');
    expect(corroboration).toMatchObject({ articles: 1, independent: false });
  });
});

describe('/sources on a phrase many quotations hold', () => {
  const storyOf = (file: string, text: string) => {
    const result = readArticle(file, new TextEncoder().encode(text));
    if (!result.ok) throw new Error(result.warning.reason);
    return result.article;
  };
  const quotes = ['We will cut prices for savers', 'We will cut fees for every account', 'We will cut waiting times at branches', 'We will cut the cost of loans', 'We will cut red tape for firms'];
  const manyQuotes = buildLibrary(quotes.map((quote, i) => storyOf(`bank${i}.txt`, `Bank plans\n\n"${quote}," the chief executive of bank number ${i + 1} said on Monday.\n`)));

  it('GIVEN five single-source quotations THEN the note names three and counts the rest', async () => {
    const answer = await sources.run({ claim: 'we will cut' }, { ...context, library: manyQuotes });
    const message = answer.notes.find((entry) => entry.code === 'single_source_quote')?.message ?? '';
    expect(message.match(/We will cut/g)).toHaveLength(3);
    expect(message).toContain('and 2 more');
  });
});
