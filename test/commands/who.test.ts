import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/corpus/load.ts';
import { buildLibrary } from '../../src/library/library.ts';
import type { Article } from '../../src/model/article.ts';
import { ask } from '../support/ask.ts';
import { SEED } from '../support/seeds.ts';
import { must } from '../support/must.ts';

describe('/who', () => {
  it('resolves a surname to the full name with the descriptors each article gives', async () => {
    const { entity } = await ask('/who Goremykin');
    expect(entity).toMatchObject({ name: 'Viktor Goremykin', kind: 'person', articleIds: Object.values(SEED) });
    expect(must(entity).descriptors).toEqual(expect.arrayContaining(['Deputy Minister of Defense', 'Deputy Defense Minister']));
  });

  it('finds a person from a misspelt name and says it read it so', async () => {
    const answer = await ask('/who Goremikin');
    expect(answer.entity?.name).toBe('Viktor Goremykin');
    expect(must(answer.notes[0]).code).toBe('read_as');
  });

  it('GIVEN a name the articles never give whose last word is a fragment of another ("Kim Jong Un", "European Union") THEN not found, not that name', async () => {
    const answer = await ask('/who Kim Jong Un');
    expect({ status: answer.status, entity: answer.entity?.name ?? null }).toEqual({ status: 'not_found', entity: null });
  });

  it('knows the news agency and the intelligence service behind the reports', async () => {
    expect((await ask('/who Yonhap')).entity).toMatchObject({ name: 'Yonhap', kind: 'media' });
    expect((await ask('/who NIS')).entity).toMatchObject({ name: 'National Intelligence Service', kind: 'organisation' });
    expect((await ask('/who RIA Novosti')).entity?.articleIds).toEqual(Object.values(SEED));
  });

  it('says when a name is known only from the alias lexicon, not from the articles', async () => {
    const answer = await ask('/who NIS');
    expect(must(answer.notes[0]).code).toBe('known_alias');
    expect(must(answer.entity).aliases).not.toContain('NIS');
  });

  it('does not call a name asked in the possessive a short form the articles never write', async () => {
    for (const line of ["/who Goremykin's", '/who Khinstsen’s']) expect((await ask(line)).notes.map((note) => note.code)).not.toContain('known_alias');
  });

  it('shows only the names the articles write as other forms', async () => {
    expect(must((await ask('/who Yonhap')).entity).aliases).toEqual([]);
  });

  it('shows the two things the articles say KNR stands for', async () => {
    const { entity } = await ask('/who KNR');
    expect(must(entity).descriptors).toEqual(expect.arrayContaining(['Donetsk People’s Republic', 'Kursk Oblast National Guard']));
  });

  it('cites the sentences that name them, verbatim', async () => {
    const answer = await ask('/who Khinstsen');
    expect(answer.entity?.name).toBe('Alexander Khinstsen');
    const named = must(answer.sections.find((section) => section.title === 'Named in')).citations.map((index) => must(answer.results[index]));
    expect(named.length).toBeGreaterThan(5);
    expect(named.every((citation) => citation.kind === 'sentence' && citation.quote.includes('Khinstsen'))).toBe(true);
  });

  it('lists what a person is quoted as saying apart from the sentences that name them', async () => {
    const answer = await ask('/who Khinstsen');
    const quoted = must(answer.sections.find((section) => section.title === 'Quoted as saying'));
    const quotes = quoted.citations.map((index) => must(answer.results[index]));
    expect(quotes.every((citation) => citation.kind === 'quotation')).toBe(true);
    expect(quotes.map((citation) => citation.quote)).toContain('Every measure is being taken to protect the people of Kursk and to stabilize the situation');
  });

  it('says a name is not in these articles, with no entity', async () => {
    const answer = await ask('/who Zelensky');
    expect(answer.status).toBe('not_found');
    expect(answer.entity).toBeNull();
    expect(must(answer.notes[0]).message).toMatch(/not in these articles/);
  });
});

function storyOf(file: string, text: string): Article {
  const result = readArticle(file, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.warning.reason);
  return result.article;
}

describe('/who over articles that name people in several forms', () => {
  const library = buildLibrary([
    storyOf(
      'budget.txt',
      'Brown sets out spending plans\n\nChancellor Gordon Brown has set out his spending plans for the next three years. Mr Brown said schools would get more. The chancellor added that the deficit would shrink.',
    ),
    storyOf('reaction.txt', 'Tories attack budget\n\nShadow chancellor Oliver Letwin said Gordon Brown had got his sums wrong. Brown was not in the chamber.'),
    storyOf('trial.txt', 'Ebbers trial opens\n\nFormer WorldCom boss Bernie Ebbers went on trial in New York on Monday. Mr Ebbers denies fraud.'),
    storyOf('verdict.txt', 'WorldCom founder in court\n\nBernard Ebbers, the founder of Worldcom, told the court he had trusted his finance staff.'),
  ]);

  it('GIVEN a full name, "Mr Brown", "Brown" and "the chancellor" THEN /who Brown is one person named in both articles', async () => {
    const answer = await ask('/who Brown', library);
    expect(answer.entity).toMatchObject({ name: 'Gordon Brown', kind: 'person', articleIds: ['budget', 'reaction'] });
    expect(answer.notes.map((note) => note.message)).toContain('Gordon Brown is named in 2 of 4 articles.');
  });

  it('GIVEN "the chancellor" referring back to him THEN that sentence is listed apart from those that name him', async () => {
    const answer = await ask('/who Gordon Brown', library);
    const byRole = must(answer.sections.find((section) => section.title === 'Referred to by role'));
    expect(byRole.citations.map((index) => must(answer.results[index]).quote)).toEqual(['The chancellor added that the deficit would shrink.']);
  });

  it('GIVEN "Bernie Ebbers" in one article and "Bernard Ebbers" in another THEN /who Ebbers is one person in both', async () => {
    const answer = await ask('/who Ebbers', library);
    expect(answer.entity?.articleIds).toEqual(['trial', 'verdict']);
    expect(answer.entity?.descriptors).toEqual(expect.arrayContaining(['Former WorldCom boss', 'founder of Worldcom']));
  });

  it('GIVEN "WorldCom" and "Worldcom" THEN /who WorldCom counts every article that names the company', async () => {
    expect((await ask('/who WorldCom', library)).entity).toMatchObject({ kind: 'organisation', articleIds: ['trial', 'verdict'] });
  });
});

describe('/who for a surname that several people share', () => {
  const library = buildLibrary([
    storyOf('budget.txt', 'Brown sets out spending plans\n\nChancellor Gordon Brown has set out his spending plans. Mr Brown said schools would get more.'),
    storyOf('survey.txt', 'Firms gloomy on Europe\n\nAlan Brown, who heads the survey, said: "Confidence has fallen for a third month."'),
    storyOf('sketch.txt', 'A quiet week at Westminster\n\nBrown said little at the committee on Tuesday: "We will publish the figures in March."'),
  ]);

  it('GIVEN "Brown" alone where two people are called Brown THEN the answer is about the one written "Brown" and names the other', async () => {
    const answer = await ask('/who Brown', library);
    expect(answer.entity?.name).toBe('Gordon Brown');
    expect(answer.notes.find((note) => note.code === 'other_people_named')?.message).toContain('Alan Brown (1 article)');
  });

  it('GIVEN "Brown" alone THEN a quotation the articles give to Alan Brown is not listed as his', async () => {
    const answer = await ask('/who Brown', library);
    expect(answer.results.filter((citation) => citation.speaker?.includes('Alan Brown'))).toEqual([]);
  });
});
