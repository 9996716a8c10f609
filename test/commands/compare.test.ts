import { describe, expect, it } from 'vitest';
import compare from '../../commands/compare.ts';
import { findCommand } from '../../commands/index.ts';
import type { Answer, Inline } from '../../src/model/answer.ts';
import { seedLibrary } from '../support/seeds.ts';
import { libraryOf } from '../crosscheck/library-of.ts';

const library = await seedLibrary();
const context = { library, caller: { platform: 'console' as const, userId: 'test', isAdmin: false } };
const ask = async (topic: string): Promise<Answer> => compare.run({ topic }, context);
const about = (answer: Answer, text: string) => answer.discrepancies?.find((entry) => entry.about === text);

describe('/compare', () => {
  it('is listed among the commands', () => {
    expect(findCommand('compare')).toBe(compare);
  });

  it('GIVEN a topic no sentence holds THEN "not found" says the words as the user wrote them, not their search stems', async () => {
    const answer = await ask('flumberwick treaty');
    expect(answer.status).toBe('not_found');
    expect(answer.notes?.[0]?.message).toContain('“flumberwick treaty”');
  });

  it('GIVEN "engineering troops Tokyo", which no sentence holds whole THEN it lists the sentences that lack only "Tokyo" as near misses, as /sources does', async () => {
    const answer = await ask('engineering troops Tokyo');
    expect(answer.status).toBe('not_found');
    expect(answer.nearMisses?.length).toBeGreaterThan(0);
    expect(answer.nearMisses?.every((miss) => miss.missingTerms?.join() === 'Tokyo')).toBe(true);
  });

  it('shows the two things KNR is said to stand for', async () => {
    const texts = about(await ask('KNR'), 'what “KNR” stands for')?.variants.map((variant) => variant.text);
    expect(texts).toEqual(expect.arrayContaining(['Donetsk People’s Republic', 'Kursk Oblast National Guard']));
  });

  it('GIVEN an article that writes KNR without spelling it out THEN it is no variant of what KNR stands for', async () => {
    const variants = about(await ask('KNR'), 'what “KNR” stands for')?.variants ?? [];
    expect(variants.map((variant) => variant.text)).not.toContain('KNR');
    expect(variants.flatMap((variant) => variant.articleIds)).not.toContainEqual(expect.stringMatching(/^000/));
  });

  it('shows demining put as future in one article and past in another', async () => {
    const texts = about(await ask('demining'), 'hedges and tenses')
      ?.variants.map((variant) => variant.text)
      .join('\n');
    expect(texts).toContain('will specialize in demining');
    expect(texts).toContain('were reportedly trained in demining');
  });

  it('shows unwavering support quoted in some articles only', async () => {
    expect(about(await ask('unwavering support'), 'whether “unwavering support” is quoted')?.variants).toHaveLength(2);
  });

  it('shows unwavering support hedged in one article only', async () => {
    const hedged = about(await ask('unwavering support'), 'hedges and tenses')?.variants.filter((variant) => variant.text.includes('remain unclear'));
    expect(hedged?.map((variant) => variant.articleIds.map((id) => id.slice(0, 3)))).toEqual([['003']]);
  });

  it('shows that only one article credits the Pyongyang meeting to the Military-Political Directorate', async () => {
    const variants = (await ask('meeting')).discrepancies?.filter((entry) => entry.about.startsWith('attribution')).flatMap((entry) => entry.variants);
    expect(variants).toContainEqual({ text: "according to reports from the Russian military's Military-Political Directorate", articleIds: [expect.stringMatching(/^000/)] });
  });

  it('highlights the words not every article uses', async () => {
    const answer = await ask('KNR');
    const line = answer.sections[0]?.lines.find((entry) => Array.isArray(entry) && entry[0]?.text.startsWith('003')) as Inline[];
    expect(line.filter((part) => part.style === 'strong').map((part) => part.text)).toContain('Federal');
  });

  it('says which articles are undated, so which came first cannot be told', async () => {
    const relations = (await ask('KNR')).sections.find((section) => section.title === 'How these articles relate');
    expect(relations?.lines).toContainEqual(expect.stringContaining('Which came first cannot be told'));
  });

  it('quotes every aligned sentence verbatim with its offsets', async () => {
    for (const citation of (await ask('demining')).results) expect(library.article(citation.articleId)?.text.slice(citation.start, citation.end)).toBe(citation.quote);
  });

  it('GIVEN any topic on the seeds THEN every difference shown has two variants or more, or names the articles that give none', async () => {
    for (const topic of ['demining', 'KNR', 'meeting', 'unwavering support', '5000 troops']) {
      for (const discrepancy of (await ask(topic)).discrepancies ?? []) {
        if (discrepancy.variants.length < 2) expect(discrepancy.about).toMatch(/\(\d{3}_[0-9a-f]+(?:, \d{3}_[0-9a-f]+)*(?: and (?:\d{3}_[0-9a-f]+|\d+ more))? gives? none\)$/);
      }
    }
  });

  it('GIVEN every difference THEN it carries its kind', async () => {
    for (const discrepancy of (await ask('demining')).discrepancies ?? []) expect(discrepancy.kind).toBeDefined();
  });

  it('GIVEN any topic on the seeds THEN no sentence is quoted under two claims', async () => {
    for (const topic of ['demining', 'KNR', 'meeting', 'unwavering support', '5000 troops', 'North Korean troops']) {
      const answer = await ask(topic);
      const claimed = answer.sections?.filter((section) => section.title.startsWith('Claim ')).flatMap((section) => section.citations.map((at) => answer.results[at])) ?? [];
      const places = claimed.map((citation) => `${citation?.articleId}:${citation?.start}`);
      expect(new Set(places).size).toBe(places.length);
    }
  });

  it('GIVEN a claim whose articles give its fine as £4.2m and £4.5m and a claim more sentences match with no conflict THEN the claim with the conflicting figures is shown first', async () => {
    const fined = libraryOf({
      plant_a: 'Castell opens plant\n\nCastell Group opened a new tyre plant in Derby on Monday. Castell Group shares rose.',
      plant_b: 'Derby plant opens\n\nCastell Group opened a new tyre plant in Derby on Monday, creating jobs.',
      plant_c: 'Tyre maker expands\n\nCastell Group opened its new tyre plant in Derby on Monday.',
      fine_a: 'Castell fined\n\nThe regulator fined Castell Group £4.2m for polluting the River Trent.',
      fine_b: 'Regulator acts\n\nThe regulator fined Castell Group £4.5m for polluting the River Trent.',
    });
    const answer = await compare.run({ topic: 'Castell Group' }, { ...context, library: fined });
    const first = answer.sections?.[0];
    const quoted = first?.citations.map((at) => answer.results[at]?.articleId);
    expect(quoted).toEqual(['fine_a', 'fine_b']);
    expect(answer.discrepancies?.[0]?.kind).toBe('figure');
  });

  it('GIVEN a claim some of whose sentences are shown under an earlier claim THEN it still counts their articles and names them', async () => {
    const later = (await ask('demining')).sections?.find((section) => section.lines.some((line) => typeof line === 'string' && line.startsWith('Also told by')));
    expect(later?.title).toMatch(/^Claim 2: told by 5 of 5 articles$/);
    expect(later?.lines).toContain('Also told by 002_01c1ca2bbba549fb, 004_14a452d33a2aa165, in sentences shown under an earlier claim.');
  });

  it("GIVEN a library of more than ten articles THEN a claim's absence is told among the articles the topic matched, not the first articles of the library", async () => {
    const unrelated = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`aaa_${i}`, `Match report ${i}\n\nThe home side won the cup tie ${i + 1}-0 on Saturday.`]));
    const many = libraryOf({
      ...unrelated,
      mine_a: 'Mine closes\n\nHarlow Coal will close its Selby pit in March, with the loss of 400 jobs.',
      mine_b: 'Pit to shut\n\nHarlow Coal will close its Selby pit in March, cutting 400 jobs.',
      mine_c: 'Coal results\n\nHarlow Coal made a profit of £12m last year.',
    });
    const lines = (await compare.run({ topic: 'Harlow Coal' }, { ...context, library: many })).sections?.[0]?.lines ?? [];
    const absence = lines.find((line) => typeof line === 'string' && /not told by|no sentence of/iu.test(line));
    expect(absence).toBe('Of the 3 articles whose sentences matched, no sentence of mine_c is aligned with this claim; they may still tell it in other words.');
  });

  it('GIVEN a claim some of whose articles are shown under an earlier claim THEN those articles are not listed as not telling it', async () => {
    const later = (await ask('demining')).sections?.find((section) => section.lines.some((line) => typeof line === 'string' && line.startsWith('Also told by')));
    expect(later?.lines.some((line) => typeof line === 'string' && line.startsWith('Not told by'))).toBe(false);
  });

  it('GIVEN a claim whose articles give figures far apart (£4.2m and £42m), more often two figures than one told differently THEN it keeps its place after the claim more sentences match', async () => {
    const far = libraryOf({
      plant_a: 'Castell opens plant\n\nCastell Group opened a new tyre plant in Derby on Monday. Castell Group shares rose.',
      plant_b: 'Derby plant opens\n\nCastell Group opened a new tyre plant in Derby on Monday, creating jobs.',
      plant_c: 'Tyre maker expands\n\nCastell Group opened its new tyre plant in Derby on Monday.',
      fine_a: 'Castell fined\n\nThe regulator fined Castell Group £4.2m for polluting the River Trent.',
      fine_b: 'Regulator acts\n\nThe regulator fined Castell Group £42m for polluting the River Trent.',
    });
    const answer = await compare.run({ topic: 'Castell Group' }, { ...context, library: far });
    expect(answer.sections?.[0]?.citations.map((at) => answer.results[at]?.articleId)).toEqual(['plant_a', 'plant_b', 'plant_c']);
  });

  it('GIVEN two articles with the same text under two names THEN the relation line calls each a copy of the other, not a retelling', async () => {
    const story =
      'Budget date set\n\nThe chancellor will deliver the Budget on 16 March. Treasury officials confirmed the date on Monday. The Budget is expected to include help for first-time buyers.';
    const copied = libraryOf({ budget_a: story, budget_b: story });
    const answer = await compare.run({ topic: 'Budget 16 March' }, { ...context, library: copied });
    const relations = answer.sections?.find((section) => section.title === 'How these articles relate');
    const texts = relations?.lines.map((line) => (typeof line === 'string' ? line : line.map((part) => part.text).join('')));
    expect(texts).toContain('budget_a is a copy of budget_b (the same text); 0 of its 3 sentences are its own.');
  });

  it('GIVEN one article that adds a single sentence to another THEN its relation line says "1 of its 4 sentences is its own"', async () => {
    const story =
      'Budget date set\n\nThe chancellor will deliver the Budget on 16 March. Treasury officials confirmed the date on Monday. The Budget is expected to include help for first-time buyers.';
    const longer = libraryOf({ budget_a: `${story} Opposition parties called the timing cynical.`, budget_b: story });
    const answer = await compare.run({ topic: 'Budget 16 March' }, { ...context, library: longer });
    const relations = answer.sections?.find((section) => section.title === 'How these articles relate');
    const texts = relations?.lines.map((line) => (typeof line === 'string' ? line : line.map((part) => part.text).join(''))) ?? [];
    expect(texts.find((text) => text.startsWith('budget_a'))).toMatch(/; 1 of its 4 sentences is its own\.$/u);
  });

  it('GIVEN a sentence no claim holds that two near copies write word for word THEN it is no single source, and is listed once with both articles', async () => {
    const story =
      'Bank holds rates again\n\nThe Bank of England left its main rate at 4.75% on Thursday for a sixth month. "Interest rates are likely to remain on hold for some time." Sterling eased slightly after the decision.';
    const copied = libraryOf({ held_a: story, held_b: `${story} Most economists had expected no change.` });
    // As on BBC News, where the alignment pairs no claim from a quotation in words this common: it holds none here.
    const alignment = new Proxy(copied.alignment, {
      get: (target, key) => (key === 'claimsOf' ? () => [] : typeof Reflect.get(target, key) === 'function' ? Reflect.get(target, key).bind(target) : Reflect.get(target, key)),
    });
    const answer = await compare.run({ topic: 'likely to remain on hold for some time' }, { ...context, library: { ...copied, alignment } });
    const texts = (title: string) => answer.sections?.find((section) => section.title === title)?.lines.map((line) => (typeof line === 'string' ? line : line.map((part) => part.text).join('')));
    expect({
      single: texts('Told by one article only'),
      repeated: texts('Told word for word by more than one article'),
      singleSource: answer.results.map((citation) => citation.singleSource),
    }).toEqual({
      single: undefined,
      repeated: ['held_a, held_b: "Interest rates are likely to remain on hold for some time."'],
      singleSource: [false, false],
    });
  });
});
