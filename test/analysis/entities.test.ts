import { describe, expect, it } from 'vitest';
import { EntityTable } from '../../src/analysis/entities.ts';
import { readArticle } from '../../src/corpus/load.ts';
import type { Article } from '../../src/model/article.ts';

function articleOf(body: string): Article {
  const result = readArticle('story.txt', new TextEncoder().encode(`A headline\n\n${body}\n\nTags`));
  if (!result.ok) throw new Error(result.warning.reason);
  return result.article;
}

const BODY = [
  'Deputy Defense Minister Viktor\u00A0Goremykin met Gen. Ivan Petrov in Kursk on Monday.',
  'U.S. officials said Russia’s army moved.',
  "The Donetsk People’s Republic (KNR) agreed, the soldiers' families said.",
  'Asked about it, Goremykin said: “Nobody came.”',
  'The Bank of England and the Tass news agency reported it.',
  "Analysts at Moody's disagreed with President Vladimir Putin.",
  '"Maybe," said Petrov.',
].join(' ');

describe('reading entities from the proper nouns the tagger finds', () => {
  const table = new EntityTable([articleOf(BODY)]);
  const summary = table.entities.map((entity) => ({
    name: entity.name,
    kind: entity.kind,
    descriptors: [...entity.descriptors.keys()],
    mentions: entity.mentions.map((mention) => mention.name.text),
  }));

  it('GIVEN titles, possessives, a no-break space, quotations, a colon, a connector, a gloss and an acronym in parentheses THEN it reads exactly these entities, in order', () => {
    expect(summary).toEqual([
      { name: 'Viktor\u00A0Goremykin', kind: 'person', descriptors: ['Deputy Defense Minister'], mentions: ['Viktor\u00A0Goremykin', 'Goremykin'] },
      { name: 'Ivan Petrov', kind: 'person', descriptors: ['Gen.'], mentions: ['Ivan Petrov', 'Petrov'] },
      { name: 'Kursk', kind: 'place', descriptors: [], mentions: ['Kursk'] },
      { name: 'Russia', kind: 'place', descriptors: [], mentions: ['Russia'] },
      { name: 'Donetsk People’s Republic', kind: 'organisation', descriptors: [], mentions: ['Donetsk People’s Republic'] },
      { name: 'KNR', kind: 'organisation', descriptors: ['Donetsk People’s Republic'], mentions: ['KNR', 'KNR'] },
      { name: 'Bank of England', kind: 'organisation', descriptors: [], mentions: ['Bank of England'] },
      { name: 'Tass', kind: 'media', descriptors: ['news agency'], mentions: ['Tass'] },
      { name: "Moody's", kind: 'organisation', descriptors: [], mentions: ["Moody's"] },
      { name: 'Vladimir Putin', kind: 'person', descriptors: ['President'], mentions: ['Vladimir Putin'] },
    ]);
  });

  it('GIVEN a capital after a colon and an opening quote, or opening the sentence THEN it is no name', () => {
    for (const word of ['Nobody', 'Maybe', 'Asked', 'Analysts', 'Deputy']) expect(table.find(word)).toBeUndefined();
  });

  it('GIVEN an acronym in parentheses after a name THEN the name takes it as an alias', () => {
    expect(table.find('KNR')?.name).toBe('KNR');
    expect(table.find('Donetsk People’s Republic')?.aliases).toEqual(['KNR']);
  });
});

describe('given names that are also common words', () => {
  const table = new EntityTable([
    articleOf('Frank Howell said the plant would stay open. Shares rose after Rose Kimber joined the board. Bill Tarrant, the chairman, welcomed her. Frank talks followed.'),
  ]);
  const person = (name: string): string | undefined => (table.find(name)?.name === name ? table.find(name)?.kind : undefined);

  it('GIVEN "Frank", "Rose" or "Bill" right before a surname THEN the whole name is one person', () => {
    expect([person('Frank Howell'), person('Rose Kimber'), person('Bill Tarrant')]).toEqual(['person', 'person', 'person']);
  });

  it('GIVEN such a word before a common noun THEN it is no name', () => {
    expect(table.find('Frank')).toBeUndefined();
  });
});

describe('restoring the entity table from its snapshot', async () => {
  const { seedLibrary } = await import('../support/seeds.ts');
  const library = await seedLibrary();
  const saved = library.entities.toSnapshot();

  it('gives every entity back with the same mentions, names and descriptors', () => {
    const restored = new EntityTable(library.articles, saved);
    const readable = (table: EntityTable) => table.entities.map((entity) => ({ ...entity, mentions: [...entity.mentions] }));
    expect(readable(restored)).toEqual(readable(library.entities));
  });

  it('refuses mentions cut short', () => {
    expect(() => new EntityTable(library.articles, { ...saved, mentions: saved.mentions.subarray(0, -1) })).toThrow(/cut short/);
  });

  it('refuses mentions left over after the last entity', () => {
    const mentions = new Int32Array(saved.mentions.length + 6);
    mentions.set(saved.mentions);
    expect(() => new EntityTable(library.articles, { ...saved, mentions })).toThrow(/do not fit/);
  });

  it('refuses a mention that lies outside its article', () => {
    const mentions = saved.mentions.slice();
    mentions[1] = 1e9;
    mentions[2] = 1e9 + 3;
    expect(() => new EntityTable(library.articles, { ...saved, mentions })).toThrow(/outside its article/);
  });

  it('refuses a mention of a sentence the articles do not have', () => {
    const mentions = saved.mentions.slice();
    mentions[0] = 1e9;
    expect(() => new EntityTable(library.articles, { ...saved, mentions })).toThrow(/sentence the articles do not have/);
  });
});

describe('descriptors are titles and appositions, never a clause or a neighbouring word', () => {
  const descriptorsOf = (body: string, name: string): string[] => [...(new EntityTable([articleOf(body)]).find(name)?.descriptors.keys() ?? [])];

  it('GIVEN "a deal with Tanzania Mr Brown said" THEN the place before the honorific is not his descriptor', () => {
    expect(descriptorsOf('Chancellor Gordon Brown flew to Africa. On top of the relief deal with Tanzania Mr Brown said more would follow.', 'Gordon Brown')).toEqual(['Chancellor']);
  });

  it('GIVEN "the agency will host Mr Brown\'s speech" THEN the verb before the honorific is not his descriptor', () => {
    expect(descriptorsOf('Chancellor Gordon Brown is in Africa. The aid agency will host Mr Brown’s speech on Wednesday.', 'Gordon Brown')).toEqual(['Chancellor']);
  });

  it('GIVEN "should sack Mr Brown, but did not believe Mr Blair would" THEN the clause after the comma is not his descriptor', () => {
    expect(descriptorsOf('Chancellor Gordon Brown spoke. A former minister said the prime minister should sack Mr Brown, but did not believe Mr Blair would do so.', 'Gordon Brown')).toEqual([
      'Chancellor',
    ]);
  });

  it('GIVEN "Home Secretary Charles Clarke" opening a sentence THEN his descriptor is the whole title', () => {
    expect(descriptorsOf('Home Secretary Charles Clarke defended the plans on Monday.', 'Charles Clarke')).toEqual(['Home Secretary']);
  });

  it('GIVEN "In October Tory leader Michael Howard" THEN the month is no part of his descriptor', () => {
    expect(descriptorsOf('The poll was taken last week. In October Tory leader Michael Howard set out his plans.', 'Michael Howard')).toEqual(['Tory leader']);
  });

  it('GIVEN "used the speech to attack Tory leader Michael Howard" THEN the verb is no part of his descriptor', () => {
    expect(descriptorsOf('The minister used the speech to attack Tory leader Michael Howard over immigration.', 'Michael Howard')).toEqual(['Tory leader']);
  });

  it('GIVEN "Michael Howard, whose parents fled to Britain, said" THEN the whole relative clause is his descriptor', () => {
    expect(descriptorsOf('Tory leader Michael Howard spoke. Mr Howard, whose parents fled to Britain, said the rules were fair.', 'Michael Howard')).toEqual([
      'Tory leader',
      'whose parents fled to Britain',
    ]);
  });

  it('GIVEN a relative clause cut short before its verb ("whose father was a judge") THEN no part of it is his descriptor', () => {
    expect(descriptorsOf('Tory leader Michael Howard spoke. Mr Howard, whose father was a judge, said the rules were fair.', 'Michael Howard')).toEqual(['Tory leader']);
  });

  it('GIVEN a company with a "whose" clause THEN the clause is not its descriptor, as it is about its people', () => {
    expect(descriptorsOf('Oil firm Yukos, whose main unit the state sold last month, said it would appeal.', 'Yukos')).toEqual([]);
  });

  it('GIVEN "it was Mr Hart-Dyke, not Mr Farage, who briefed" THEN the other person set against him is not his descriptor', () => {
    expect(descriptorsOf('Robert Hart-Dyke quit the group. Officials claim it was in fact Mr Hart-Dyke, not Mr Farage, who briefed newspapers.', 'Robert Hart-Dyke')).toEqual([]);
  });

  it('GIVEN "Gordon Brown, chancellor under Mr Blair, became …" THEN the verb after the next comma opens no descriptor', () => {
    expect(descriptorsOf('Gordon Brown, chancellor under Mr Blair, became the longest-serving chancellor in 2004.', 'Mr Blair')).toEqual([]);
  });

  it('GIVEN "how good a prime minister Gordon Brown will make" THEN the role said of him is not his title', () => {
    expect(descriptorsOf('Chancellor Gordon Brown spoke on Monday. Labour will argue over how good a prime minister Gordon Brown would make.', 'Gordon Brown')).toEqual(['Chancellor']);
  });

  it('GIVEN "ex-Home Secretary David Blunkett" THEN his descriptor is the whole title, not "Secretary"', () => {
    expect(descriptorsOf('Leaked papers suggest ex-Home Secretary David Blunkett opposed the plan.', 'David Blunkett')).toEqual(['ex-Home Secretary']);
  });

  it('GIVEN "Work and Pensions Secretary David Blunkett" THEN his descriptor is the whole portfolio, not "Pensions Secretary"', () => {
    expect(descriptorsOf('The plans were drawn up by Work and Pensions Secretary David Blunkett last year.', 'David Blunkett')).toEqual(['Work and Pensions Secretary']);
  });

  it('GIVEN "Shadow Home Secretary David Davis" opening a sentence THEN "Shadow" stays in his title, though it is no name', () => {
    expect(descriptorsOf('Shadow Home Secretary David Davis said the plans were unworkable.', 'David Davis')).toEqual(['Shadow Home Secretary']);
  });

  it('GIVEN "German Chancellor Gerhard Schroeder and Italian Prime Minister Silvio Berlusconi" THEN neither takes the other into his title', () => {
    const table = new EntityTable([articleOf('The plan was backed by German Chancellor Gerhard Schroeder and Italian Prime Minister Silvio Berlusconi on Friday.')]);
    expect([...(table.find('Gerhard Schroeder')?.descriptors.keys() ?? []), ...(table.find('Silvio Berlusconi')?.descriptors.keys() ?? [])]).toEqual(['German Chancellor', 'Italian Prime Minister']);
  });

  it('GIVEN "Yesterday General Motors said" THEN the date opening the sentence is no part of a title', () => {
    const table = new EntityTable([articleOf('Yesterday General Motors said sales had fallen.')]);
    expect(table.entities.flatMap((entity) => [...entity.descriptors.keys()])).not.toContain('Yesterday General');
  });

  it('GIVEN "Chancellor of the Exchequer Gordon Brown" THEN the whole title is his descriptor and he is Gordon Brown, not "Exchequer Gordon Brown"', () => {
    const table = new EntityTable([articleOf('Accountants said that Chancellor of the Exchequer Gordon Brown had been too optimistic.')]);
    expect(table.entities.map((entity) => [entity.name, [...entity.descriptors.keys()]])).toEqual([['Gordon Brown', ['Chancellor of the Exchequer']]]);
  });

  it('GIVEN "Lord Justices Clarke and Rix" THEN the plural title is Clarke\'s descriptor, and no one is called "Justices Clarke"', () => {
    const table = new EntityTable([articleOf('The police urged Lord Justices Clarke and Rix to overturn the ruling.')]);
    expect(table.find('Justices Clarke')).toBeUndefined();
    expect([...(table.find('Clarke')?.descriptors.keys() ?? [])]).toEqual(['Lord Justices']);
  });

  it('GIVEN "Former Home Secretary David Blunkett" opening a sentence THEN "Former" stays in his title', () => {
    expect(descriptorsOf('Former Home Secretary David Blunkett returned to the cabinet.', 'David Blunkett')).toEqual(['Former Home Secretary']);
  });

  it('GIVEN "ex-President Leonid Kuchma" THEN the former holder\'s title is his descriptor and not part of his name', () => {
    const table = new EntityTable([articleOf('The plant was sold to a group that included ex-President Leonid Kuchma and his son-in-law.')]);
    expect(table.entities.map((entity) => [entity.name, [...entity.descriptors.keys()]])).toContainEqual(['Leonid Kuchma', ['ex-President']]);
  });

  it('GIVEN "pledged to "never, ever" attack Tory leader Michael Howard" THEN the noun before the party is no part of his descriptor', () => {
    expect(descriptorsOf('Tony Blair has pledged to "never, ever" attack Tory leader Michael Howard over his faith.', 'Michael Howard')).toEqual(['Tory leader']);
  });

  it('GIVEN a role right after a company name ending in "Inc." THEN the descriptor starts after the full stop', () => {
    expect(descriptorsOf('The firm emerged from bankruptcy as Zenex Inc. Former Zenex chief executive Paul Harte is to face trial this month.', 'Paul Harte')).toEqual([
      'Former Zenex chief executive',
    ]);
  });

  it('GIVEN "lawyers for former WorldCom chief executive Mr Ebbers" THEN the role before the honorific is his descriptor', () => {
    expect(descriptorsOf('Scott Sullivan gave evidence. He was cross-examined by lawyers for former WorldCom chief executive Mr Ebbers on Tuesday.', 'Ebbers')).toEqual([
      'former WorldCom chief executive',
    ]);
  });

  it('GIVEN "East Midlands MEP Robert Hart-Dyke" THEN the post-nominal title before the name ends his descriptor', () => {
    const table = new EntityTable([articleOf('The party was founded by East Midlands MEP Robert Hart-Dyke on Thursday.')]);
    expect(table.find('Robert Hart-Dyke')?.name).toBe('Robert Hart-Dyke');
    expect([...(table.find('Robert Hart-Dyke')?.descriptors.keys() ?? [])]).toEqual(['East Midlands MEP']);
  });

  it('GIVEN "compensation from Bosch, the carmaker\'s chief executive Helmut Panke said" THEN the title of the next person is not the company\'s', () => {
    const table = new EntityTable([articleOf("Asked about compensation from Bosch, the carmaker's chief executive Helmut Panke said it would come later.")]);
    expect(table.entities.flatMap((entity) => [...entity.descriptors.keys()])).not.toContain("carmaker's chief executive Helmut Panke");
  });

  it('GIVEN "Mr Brown, the chancellor, said" THEN the apposition is still his descriptor', () => {
    expect(descriptorsOf('Gordon Brown spoke in Leeds. Mr Brown, the chancellor, said growth would hold.', 'Gordon Brown')).toContain('chancellor');
  });
});

describe('reading a short name within its own article', () => {
  const story = (file: string, body: string): Article => {
    const result = readArticle(file, new TextEncoder().encode(`A headline\n\n${body}\n`));
    if (!result.ok) throw new Error(result.warning.reason);
    return result.article;
  };
  const articles = [
    story('cards.txt', 'Home Secretary Charles Clarke defended identity cards. Mr Clarke said the scheme would go ahead.'),
    story('tories.txt', 'Former chancellor Ken Clarke backed the Tory leader. Mr Clarke said the party must change.'),
  ];
  const table = new EntityTable(articles);

  it('GIVEN "Mr Clarke" in an article that names Charles Clarke THEN it is Charles Clarke there', () => {
    expect(table.entityWrittenIn('cards', 'Mr Clarke')?.name).toBe('Charles Clarke');
  });

  it('GIVEN the same "Clarke" in an article that names Ken Clarke THEN it is Ken Clarke there', () => {
    expect(table.entityWrittenIn('tories', 'Clarke')?.name).toBe('Ken Clarke');
  });

  it('GIVEN a name the article never writes THEN it stands for no one there', () => {
    expect(table.entityWrittenIn('tories', 'Charles Kennedy')).toBeUndefined();
  });

  it('GIVEN the names listed ahead a few entities at a time THEN each short name stands for the same person as when listed on first use', () => {
    const ahead = new EntityTable(articles);
    let steps = 0;
    for (const _ of ahead.listWrittenNamesInSlices(1)) steps++;
    expect(steps).toBeGreaterThan(1);
    for (const [articleId, name] of [
      ['cards', 'Mr Clarke'],
      ['tories', 'Clarke'],
      ['tories', 'Charles Kennedy'],
    ] as const) {
      expect(ahead.entityWrittenIn(articleId, name)?.name).toBe(table.entityWrittenIn(articleId, name)?.name);
    }
    expect(ahead.entityWrittenIn('cards', 'Mr Clarke')?.name).toBe('Charles Clarke');
  });
});

describe('joining people across articles', () => {
  const story = (file: string, body: string): Article => {
    const result = readArticle(file, new TextEncoder().encode(`A headline\n\n${body}\n`));
    if (!result.ok) throw new Error(result.warning.reason);
    return result.article;
  };

  it('GIVEN "Ebbers" opening a sentence in the article that names Bernie Ebbers THEN it is him there', () => {
    const table = new EntityTable([story('trial.txt', 'The trial opened in New York on Monday. Former WorldCom boss Bernie Ebbers sat in court. Ebbers denied all charges.')]);
    expect(table.entities.filter((entity) => entity.name.endsWith('Ebbers')).map((entity) => [entity.name, entity.mentions.length])).toEqual([['Bernie Ebbers', 2]]);
  });

  it('GIVEN one article naming Charles Clarke and another saying only "Mr Clarke" THEN the second is not joined to him', () => {
    const table = new EntityTable([
      story('cards.txt', 'Home Secretary Charles Clarke defended identity cards on Monday.'),
      story('airlines.txt', 'Airlines attacked the new rules. Mr Clarke, of the airline body, said passengers would pay.'),
    ]);
    const clarke = table.entities.find((entity) => entity.name === 'Charles Clarke');
    expect(clarke && table.articleIdsOf(clarke)).toEqual(['cards']);
  });
});
