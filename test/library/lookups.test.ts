import { describe, expect, it } from 'vitest';
import { Lookups, type LookupSources } from '../../src/library/lookups.ts';
import { termsOf } from '../../src/text/normalise.ts';
import { seedLibrary } from '../support/seeds.ts';
import { must } from '../support/must.ts';

const library = await seedLibrary();
const { lookups } = library;
const sentences = library.articles.flatMap((article) => article.sentences);
const sources: LookupSources = library;

// Each lookup is checked against the scan it replaces, over every seed article or sentence.
describe('Lookups', () => {
  it('gives each sentence its entity mentions in entity order, as a scan of every entity does', () => {
    let mentioned = 0;
    for (const sentence of sentences) {
      const scanned = library.entities.entities.flatMap((entity, position) =>
        entity.mentions.filter((mention) => mention.sentence.id === sentence.id).map((mention) => ({ entity: position, mention })),
      );
      expect(lookups.mentionsOf(sentence)).toEqual(scanned);
      mentioned += scanned.length;
    }
    expect(mentioned).toBeGreaterThan(0);
  });

  it('gives no mentions for a sentence the library does not hold', () => {
    const sentence = must(sentences[0]);
    expect(lookups.mentionsOf({ ...sentence, articleId: 'nope', id: 'nope#0' })).toEqual([]);
    expect(lookups.mentionsOf({ ...sentence, index: 10_000, id: `${sentence.articleId}#10000` })).toEqual([]);
  });

  it('counts, for each article, the sentences it shares a claim with each other article, each sentence once', () => {
    for (const article of library.articles) {
      const counts = new Map<string, number>();
      for (const sentence of article.sentences) {
        const others = new Set(
          library.alignment
            .claimsOf(sentence)
            .flatMap((claim) => claim.articleIds)
            .filter((id) => id !== article.id),
        );
        for (const other of others) counts.set(other, (counts.get(other) ?? 0) + 1);
      }
      const shared = lookups.sentencesSharedWith(article.id);
      expect(Object.fromEntries(shared.map(({ articleId, sentences: count }) => [articleId, count]))).toEqual(Object.fromEntries(counts));
      expect(shared).toHaveLength(counts.size);
      expect(lookups.sentencesAlone(article.id)).toBe(article.sentences.filter((sentence) => library.alignment.claimsOf(sentence).length === 0).length);
    }
    expect(lookups.sentencesSharedWith(must(library.articles[1]).id).length).toBeGreaterThan(0);
    expect(lookups.sentencesSharedWith('nope')).toEqual([]);
    expect(lookups.sentencesAlone('nope')).toBe(0);
  });

  it('finds articles by id, file name and id prefix, in library order, as a scan does', () => {
    const queries = ['000', '00', '0', '003_3efcfc92afac0b08', '003_3efcfc92afac0b08.txt', '004_14a452d33a2aa165.md', 'nope', '', '1'];
    for (const article of library.articles) queries.push(article.id.toLowerCase(), article.file.toLowerCase(), article.id.slice(0, 5).toLowerCase());
    for (const query of queries) {
      expect(lookups.articleNamed(query)?.id).toBe(library.articles.find((article) => article.id.toLowerCase() === query || article.file.toLowerCase() === query)?.id);
      expect(lookups.articlesWithIdPrefix(query).map((article) => article.id)).toEqual(library.articles.filter((article) => article.id.toLowerCase().startsWith(query)).map((article) => article.id));
    }
  });

  it('finds the articles whose headline and outlet hold every term, in library order, as a scan does', () => {
    const words = library.articles.flatMap((article) => `${article.meta.headline ?? ''} ${article.meta.outlet ?? ''}`.split(/\s+/u)).filter((word) => word !== '');
    const queries = [...words, ...words.slice(0, -1).map((word, i) => `${word} ${words[i + 1]}`), 'North Korea', 'troops Russia', 'nothing-like-it'];
    let found = 0;
    for (const query of queries) {
      const terms = termsOf(query);
      if (terms.length === 0) continue;
      const scanned = library.articles.filter((article) => {
        const own = new Set(termsOf(`${article.meta.headline ?? ''} ${article.meta.outlet ?? ''}`));
        return terms.every((term) => own.has(term));
      });
      expect(lookups.articlesWithHeadlineTerms(terms).map((article) => article.id)).toEqual(scanned.map((article) => article.id));
      found += scanned.length;
    }
    expect(found).toBeGreaterThan(0);
  });

  it('finds the kind of the first source cue that holds a name, as a scan of every cue does', () => {
    const cues = sentences.flatMap((sentence) => library.certaintyOf(sentence)?.cues ?? []).filter((cue) => ['named', 'media', 'anonymous', 'vague'].includes(cue.kind));
    const names = [...cues.map((cue) => cue.text.toLowerCase()), ...cues.map((cue) => cue.text.toLowerCase().slice(2, 9)), 'yonhap', 'ria novosti', 'sources', '', 'zorblat', 'a\u0000b'];
    for (const name of names) expect(lookups.sourceCueKindHolding(name)).toBe(cues.find((cue) => cue.text.toLowerCase().includes(name))?.kind);
    expect(cues.length).toBeGreaterThan(0);
  });

  it('gives the quotations of the speakers a test accepts, in article order, as a scan of every article does', () => {
    const quotations = library.articles.flatMap((article) => library.quotationsOf(article.id).map((quotation) => ({ articleId: article.id, quotation })));
    const tests = [(speaker: string) => speaker.includes('Khinstsen'), (speaker: string) => speaker.startsWith('a '), () => true, () => false];
    for (const speaks of tests) {
      const scanned = quotations.filter(({ quotation }) => quotation.speaker !== null && speaks(quotation.speaker));
      expect(lookups.quotationsBy(speaks, 1000)).toEqual(scanned);
      expect(lookups.quotationsBy(speaks, 2)).toEqual(scanned.slice(0, 2));
    }
    expect(lookups.quotationsBy((speaker) => speaker.includes('Khinstsen'), 1000).map(({ articleId }) => articleId.slice(0, 3))).toEqual(['000', '000', '002', '004', '004', '004', '004']);
  });

  it('answers from its snapshot as it does when built', () => {
    const restored = new Lookups(sources, lookups.toSnapshot());
    const cues = sentences.flatMap((sentence) => library.certaintyOf(sentence)?.cues ?? []);
    for (const name of [...cues.map((cue) => cue.text.toLowerCase()), 'yonhap', 'zorblat', '']) expect(restored.sourceCueKindHolding(name)).toBe(lookups.sourceCueKindHolding(name));
    expect(restored.quotationsBy(() => true, 1000)).toEqual(lookups.quotationsBy(() => true, 1000));
    for (const sentence of sentences) expect(restored.mentionsOf(sentence)).toEqual(lookups.mentionsOf(sentence));
    for (const { id } of library.articles) {
      expect(restored.sentencesAlone(id)).toBe(lookups.sentencesAlone(id));
      expect(restored.sentencesSharedWith(id)).toEqual(lookups.sentencesSharedWith(id));
    }
  });

  it('refuses a snapshot whose entity mentions do not fit the sentences or the entity table', () => {
    const saved = lookups.toSnapshot();
    const { mentions } = saved;
    expect(() => new Lookups(sources, { ...saved, mentions: { ...mentions, first: mentions.first.subarray(1) } })).toThrow(/do not fit the library/);
    expect(() => new Lookups(sources, { ...saved, mentions: { ...mentions, mention: mentions.mention.map(() => 1e6) } })).toThrow(/mention the table does not hold/);
  });

  it('refuses a snapshot whose shared claims name an article the library does not hold', () => {
    const saved = lookups.toSnapshot();
    const article = saved.shares.article.map(() => library.articles.length);
    expect(() => new Lookups(sources, { ...saved, shares: { ...saved.shares, article } })).toThrow(/an article the library does not hold/);
  });

  it('refuses a snapshot whose quoted speakers name an article the library does not hold', () => {
    const saved = lookups.toSnapshot();
    const speakers = { ...saved.speakers, articles: saved.speakers.articles.map((article, i) => (i === 0 ? library.articles.length : article)) };
    expect(() => new Lookups(sources, { ...saved, speakers })).toThrow(/quoted speakers do not fit/);
  });

  it('refuses a snapshot whose source cues do not fit their kinds', () => {
    const saved = lookups.toSnapshot();
    expect(() => new Lookups(sources, { ...saved, sourceCues: { ...saved.sourceCues, kinds: saved.sourceCues.kinds.slice(1) } })).toThrow(/more texts than kinds/);
    expect(() => new Lookups(sources, { ...saved, sourceCues: { ...saved.sourceCues, kinds: [...saved.sourceCues.kinds, 0] } })).toThrow(/fewer texts than kinds/);
    expect(() => new Lookups(sources, { ...saved, sourceCues: { ...saved.sourceCues, kinds: saved.sourceCues.kinds.map(() => 9) } })).toThrow(/a kind there is not/);
  });
});
