import { describe, expect, it } from 'vitest';
import { Answer, type ArticleProfile, type Line } from '../../src/model/answer.ts';
import { renderText } from '../../src/answer/render/text.ts';
import { ask } from '../support/ask.ts';
import { SEED, seed, seedArticles } from '../support/seeds.ts';
import { must } from '../support/must.ts';
import { libraryOf } from '../crosscheck/library-of.ts';

async function profileOf(line: string): Promise<ArticleProfile> {
  const answer = await ask(line);
  expect(answer.status).toBe('ok');
  return must(answer.profile);
}

function plain(line: Line): string {
  return typeof line === 'string' ? line : line.map((part) => part.text).join('');
}

function sectionText(answer: Answer, title: string): string[] {
  const section = answer.sections.find((candidate) => candidate.title.startsWith(title));
  if (!section) throw new Error(`no section “${title}” in ${answer.sections.map((candidate) => candidate.title).join(', ')}`);
  return section.lines.map(plain);
}

describe('/source <article>', () => {
  it('GIVEN 003 THEN it profiles the KPBI article with its headline, outlet and date, and says it has no byline', async () => {
    const answer = await ask('/source 003');
    const profile = must(answer.profile);
    expect(profile.article).toMatchObject({ id: SEED['003'], outlet: 'KPBI Palm Beach International', date: '2025-12-02' });
    expect(profile.article.headline).toMatch(/^Unprecedented Military and Logistical Operation/);
    expect(profile.missing).toEqual(['author']);
    expect(answer.notes[0]).toMatchObject({ code: 'profile_missing', message: 'The file gives no byline.' });
    expect(sectionText(answer, 'The article')).toEqual(expect.arrayContaining(['Outlet: KPBI Palm Beach International', 'Date: 2025-12-02', 'Byline: none in the file']));
  });

  it('GIVEN 003 THEN its second-hand sentences come from Yonhap citing the National Intelligence Service', async () => {
    const answer = await ask('/source 003');
    expect(must(answer.profile).sources).toEqual(
      expect.arrayContaining([
        { name: 'Yonhap', kind: 'media', sentences: [7, 8] },
        { name: 'National Intelligence Service', kind: 'named', sentences: [7, 8] },
        { name: 'Analysts', kind: 'vague', sentences: [13] },
      ]),
    );
    const secondHand = must(answer.notes.find((entry) => entry.code === 'profile_second_hand'));
    expect(secondHand.message).toBe('3 of 24 sentences are second-hand, relayed from another outlet (Yonhap citing National Intelligence Service: 2; RIA Novosti: 1); 2 of them hedged.');
  });

  it('GIVEN 001 THEN it says plainly that the file gives no headline, outlet, date or byline', async () => {
    const answer = await ask('/source 001');
    expect(must(answer.profile).missing).toEqual(['headline', 'outlet', 'date', 'author']);
    expect(answer.title).toBe(`Profile of ${SEED['001']}`);
    expect(must(answer.notes[0]).message).toBe('The file gives no headline, outlet, date or byline.');
    expect(sectionText(answer, 'The article').slice(0, 4)).toEqual(['Headline: none in the file', 'Outlet: none in the file', 'Date: none in the file', 'Byline: none in the file']);
  });

  it('GIVEN 004 THEN it finds its loaded words verbatim, with offsets, in the headline and the body', async () => {
    const article = await seed('004');
    const { loadedWords } = await profileOf('/source 004');
    for (const word of loadedWords) expect(article.text.slice(word.start, word.end)).toBe(word.text);
    expect(loadedWords[0]).toEqual({ text: 'Covert', start: 0, end: 6, category: 'secrecy', sentenceIndex: null, quoted: false });
    const texts = loadedWords.map((word) => word.text);
    expect(texts).toEqual(expect.arrayContaining(['covert', 'rare', 'tightly guarded', 'behind closed doors', 'exclusively', 'strict confidentiality', 'raised eyebrows', 'opaque', 'mystery']));
    // Khinstsen's ‘unprecedented in scale’ is his word, not the article's.
    expect(loadedWords.find((word) => word.text === 'unprecedented')).toMatchObject({ quoted: true, sentenceIndex: 1 });
  });

  it('GIVEN 004 THEN the summary names its loaded words and its anonymous sources', async () => {
    const answer = await ask('/source 004');
    const messages = answer.notes.map((entry) => entry.message);
    expect(messages).toContain('It uses loaded words: ‘covert’, ‘revealed’, ‘rare’ and 11 more (18 in all).');
    expect(messages.find((message) => message.includes('anonymous or vague'))).toMatch(/^5 of 22 sentences rest on anonymous or vague sources: ‘Sources close to the meeting’ \(1\)/);
    expect(must(answer.profile).summary).toEqual(messages);
  });

  it('GIVEN 000 THEN it marks the quotations no other article carries, with their speakers', async () => {
    const answer = await ask('/source 000');
    const { quotations } = must(answer.profile);
    expect(quotations.find((quotation) => quotation.text === 'This is a dangerous escalation')).toMatchObject({ speaker: 'a European Union diplomat', alsoIn: [] });
    expect(quotations.find((quotation) => quotation.text.startsWith('The presence of North Korean forces'))).toMatchObject({ speaker: 'a European Union diplomat', alsoIn: [] });
    // A quotation that runs across two sentences is still looked for, piece by piece.
    expect(quotations.find((quotation) => quotation.text.startsWith('But we also fear'))).toMatchObject({ speaker: 'one resident', alsoIn: [] });
    expect(quotations.find((quotation) => quotation.text === 'unwavering support')).toMatchObject({ speaker: null, alsoIn: [SEED['001'], SEED['002'], SEED['003'], SEED['004']] });
    expect(must(quotations.find((quotation) => quotation.text === 'restoration work')).alsoIn).toEqual([SEED['001']]);
    expect(must(answer.notes.find((entry) => entry.code === 'profile_unique_quotations')).message).toBe('11 of its 13 quotations appear in no other article, so the others cannot confirm them.');
    expect(sectionText(answer, 'Quotations found in no other article (11)')).toContain('This is a dangerous escalation — a European Union diplomat, characters 3288–3318');
  });

  it('GIVEN 000 THEN it lists named, media, anonymous and vague sources apart, one entry per person', async () => {
    const { sources } = await profileOf('/source 000');
    const kindOf = (name: string) => sources.find((source) => source.name === name)?.kind;
    expect(kindOf('Alexander Khinstsen')).toBe('named');
    expect(kindOf('Khinstsen')).toBeUndefined();
    expect(kindOf('Yonhap')).toBe('media');
    expect(kindOf('a European Union diplomat')).toBe('anonymous');
    expect(kindOf('one resident')).toBe('anonymous');
    expect(kindOf('unconfirmed reports')).toBe('vague');
  });

  it('GIVEN any article THEN its level and sourcing counts each add up to its sentence count', async () => {
    for (const article of await seedArticles()) {
      const profile = await profileOf(`/source ${article.id}`);
      const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
      expect(profile.sentences).toBe(article.sentences.length);
      expect(sum(profile.levels)).toBe(article.sentences.length);
      expect(sum(profile.sourcing)).toBe(article.sentences.length);
      expect(profile.contested).toBeLessThanOrEqual(article.sentences.length);
    }
  });

  it('GIVEN any answer THEN it is a valid Answer, profile included', async () => {
    for (const line of ['/source 000', '/source', '/source kursk']) expect(Answer.safeParse(await ask(line)).success).toBe(true);
  });

  it('finds an article by its full id, an id prefix, a headline word or an outlet word', async () => {
    expect((await profileOf(`/source ${SEED['002']}`)).article.id).toBe(SEED['002']);
    expect((await profileOf('/source 003')).article.id).toBe(SEED['003']);
    expect((await profileOf('/source 003_3ef')).article.id).toBe(SEED['003']);
    expect((await profileOf('/source covert')).article.id).toBe(SEED['004']);
    expect((await profileOf('/source KPBI')).article.id).toBe(SEED['003']);
  });

  it('lists the candidates when the input matches several articles', async () => {
    const answer = await ask('/source kursk');
    expect(answer.status).toBe('not_found');
    expect(answer.notes[0]).toMatchObject({ code: 'source_ambiguous', message: '“kursk” matches 3 articles; say which one, by id or a longer prefix.' });
    const candidates = sectionText(answer, 'Matching articles');
    expect(candidates.map((line) => line.slice(0, 20))).toEqual([SEED['000'], SEED['003'], SEED['004']]);
    expect(must((await ask('/source 00')).sections[0]).lines).toHaveLength(5);
  });

  it('says plainly that an unknown article is not found and lists the articles', async () => {
    const answer = await ask('/source zebra');
    expect(answer).toMatchObject({ ok: true, status: 'not_found', title: 'No article “zebra”' });
    expect(must(answer.notes[0]).code).toBe('source_unknown');
    expect(answer.profile).toBeUndefined();
    expect(sectionText(answer, 'The articles')).toHaveLength(5);
  });

  it('GIVEN two unknown articles in a row THEN both list the same lines, and changing the first answer leaves the second alone', async () => {
    const first = await ask('/source zebra');
    const lines = must(first.sections[0]).lines;
    const expected = structuredClone(lines);
    const part = must(lines[0]);
    if (typeof part !== 'string') must(part[0]).text = 'changed';
    const second = await ask('/source giraffe');
    expect(must(second.sections[0]).lines).toEqual(expected);
  });
});

describe('/source alone', () => {
  it('lists all five articles, one line each, with their profiles in the JSON', async () => {
    const answer = await ask('/source');
    expect(answer.title).toBe('The 5 articles');
    expect(must(answer.profiles).map((profile) => profile.article.id)).toEqual(Object.values(SEED));
    const lines = sectionText(answer, 'Articles');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toBe(
      `${SEED['001']} (no headline in the file) — no outlet or date in the file: 14 sentences, 5 hedged, 2 relayed from other outlets, 3 on anonymous or vague sources, 7 unsourced, 0 contested, no quotations, 6 loaded words`,
    );
    expect(lines[3]).toContain('KPBI Palm Beach International · 2025-12-02');
  });
});

describe('/source in the terminal', () => {
  it('renders the profile readably: fields, counts, sources, quotations, loaded words', async () => {
    const text = renderText(await ask('/source 004'));
    expect(text).toContain('Profile of Covert Military Buildup Along Kursk-Ukraine Border Revealed in Rare Kremlin Meeting\nThe file gives no outlet, date or byline.');
    expect(text).toContain('\nThe article\n  Headline: Covert Military Buildup');
    expect(text).toContain('  Level: certain 13 · probable 3 · possible 3 · unknown 3 (of 22 sentences)');
    expect(text).toContain('  Sources close to the meeting (anonymous), 1 sentence');
    expect(text).toContain('  “civilian and technical effort” — Alexander Khinstsen, characters 642–671');
    expect(text).toContain('  ‘Covert’, ‘covert’ secrecy, characters 0–6 (headline), 221–227, 3439–3445');
    expect(text).not.toMatch(/undefined|\[object/);
  });
});

describe('/source among the other articles', () => {
  it('says 001 retells 000, with the share of its sentences that align', async () => {
    const { profile } = await ask('/source 001');
    expect(must(must(profile).relations).sharedWith[0]).toMatchObject({ articleId: SEED['000'], sentences: 9, rewrites: true });
  });

  it('cites what 001 alone says, each sentence verbatim', async () => {
    const answer = await ask('/source 001');
    const article = await seed('001');
    expect(must(profile(answer).relations).alone.length).toBeGreaterThan(0);
    for (const citation of answer.results) expect(article.text.slice(citation.start, citation.end)).toBe(citation.quote);
    expect(answer.results.map((citation) => citation.sentenceIndex)).toEqual(must(profile(answer).relations).alone.slice(0, answer.results.length));
  });

  it('places 003 by its date and says the undated articles cannot be placed', async () => {
    const { chronology } = must(profile(await ask('/source 003')).relations);
    expect(chronology.dated).toEqual([{ articleId: SEED['003'], date: '2025-12-02' }]);
    expect(chronology.undated).toContain(SEED['000']);
  });
});

function profile(answer: Answer): ArticleProfile {
  if (!answer.profile) throw new Error(`no profile in ${answer.title}`);
  return answer.profile;
}

describe('/source alone: the line of each article', () => {
  it('GIVEN an article of one sentence with one quotation THEN its line says "1 sentence" and "1 quotation", not "1 sentences"', async () => {
    const library = libraryOf({ short_1: 'Mill to close\n\n"We had no choice," the owner of the Tarnby mill said.' });
    const answer = await ask('/source', library);
    const line = must(sectionText(answer, 'Articles').find((text) => text.startsWith('short_1')));
    expect(line).toContain(': 1 sentence, ');
    expect(line).toContain(', 1 quotation (1 in no other article), ');
  });
});
