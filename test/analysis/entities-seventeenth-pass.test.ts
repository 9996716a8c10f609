import { describe, expect, it } from 'vitest';
import { articleOf, names, tableOf, written } from '../support/entity-table-of.ts';
import type { EntityRecord } from '../../src/analysis/entities.ts';
import { buildLibrary } from '../../src/library/library.ts';
import { ask } from '../support/ask.ts';

describe('a number that ends a name is part of it', () => {
  it('GIVEN "Radio 1" in one article and "Radio 4" in another THEN they are two stations, and no "Radio"', () => {
    const table = tableOf('The DJ joined Radio 1 in 1993 and stayed for ten years.', 'The minister was speaking on Radio 4 on Tuesday morning.');
    expect(table.find('Radio 1')).toBeDefined();
    expect(table.find('Radio 4')).toBeDefined();
    expect(table.find('Radio 1')).not.toBe(table.find('Radio 4'));
    expect(table.find('Radio')).toBeUndefined();
  });

  it('GIVEN "Chapter 11 bankruptcy protection" THEN the name keeps its number and is no person', () => {
    const table = tableOf('The airline filed for Chapter 11 bankruptcy protection in September.');
    expect(table.find('Chapter 11')?.kind).toBe('other');
  });

  it('GIVEN minutes after the players of a line-up ("Terry 17, Lampard 46") THEN the minutes are no part of their names', () => {
    const table = tableOf('Goals: Terry 17, Lampard 46.');
    expect(names(table)).not.toContain('Terry 17');
    expect(names(table)).not.toContain('Lampard 46');
  });

  it('GIVEN "Five Live" opening a sentence THEN the station is named whole, though the tagger reads a numeral and a verb', () => {
    const table = tableOf('Five Live listeners were asked to send in their questions.');
    expect(written(table.find('Five Live'))).toEqual(['Five Live']);
  });
});

describe('a full name opening a sentence with a given name the lists do not know', () => {
  it('GIVEN "Tejinder Mehta, the founder of …, said" opening a sentence and "Mr Mehta" after THEN one person, Tejinder Mehta', () => {
    const table = tableOf(
      'The studio is working with two Indian film-makers. Tejinder Mehta, the founder of Mumbai-based Lotus Pictures, said the shoot would start in May. "We are ready," said Mr Mehta.',
    );
    expect(written(table.find('Tejinder Mehta'))).toEqual(['Tejinder Mehta', 'Mehta']);
  });

  it('GIVEN a word no list knows opening a sentence before a given name ("Novelist Arthur Hailey, the author of …") THEN it is no part of the name', () => {
    const table = tableOf('The prize was announced on Monday. Novelist Arthur Hailey, the author of Airport, died at his home.');
    expect(table.find('Novelist Arthur Hailey')).toBeUndefined();
    expect(table.find('Arthur Hailey')).toBeDefined();
  });
});

describe('names the tagger reads as something else', () => {
  it('GIVEN "GM and Ford blamed high fuel prices" THEN Ford, which the tagger reads as a verb, is a carmaker', () => {
    const table = tableOf('GM and Ford blamed high fuel prices for the fall in sales.');
    expect(table.find('Ford')?.kind).toBe('organisation');
  });

  it('GIVEN "James Ford" and then "the website Ford did not deserve" in one article THEN that Ford is James Ford, not a carmaker', () => {
    const table = tableOf('The killer, James Ford, pleaded guilty in July. Her uncle told the website Ford did not deserve any credit for his plea.');
    expect(written(table.find('James Ford'))).toEqual(['James Ford', 'Ford']);
  });

  it('GIVEN a country in parentheses after a player ("Andy Roddick (US)") THEN it is no other name of his', () => {
    const table = tableOf('The seeds are: 1 Roger Federer (Switzerland), 2 Andy Roddick (US), 3 Lleyton Hewitt (Australia).');
    expect(table.find('Andy Roddick')?.aliases).not.toContain('US');
  });
});

describe('a surname alone across articles', () => {
  it('GIVEN a judge "Mr Justice Harrison", a keeper "Harrison" in a line-up and George Harrison named in full THEN the judge is an entity of his own', () => {
    const table = tableOf(
      'The protesters appealed against a ruling by Mr Justice Harrison that the police had acted lawfully.',
      'Orient: Harrison, Lockwood, Donny Barnard, White, Mackie, Scott.',
      'The guitarist George Harrison wrote the song in 1968.',
    );
    const judge = table.entities.filter((entity) => entity.name === 'Harrison' && entity.descriptors.size > 0);
    expect(judge).toHaveLength(1);
    expect(table.articleIdsOf(judge[0] as EntityRecord)).toEqual(['story-0']);
  });
});

describe('/who for a name no article gives', () => {
  const library = buildLibrary([
    articleOf('The protesters appealed against a ruling by Mr Justice Harrison that the police had acted lawfully.', 'court.txt'),
    articleOf('The guitarist George Harrison wrote the song in 1968.', 'song.txt'),
    articleOf('The film-maker Shailendra Kapoor, founder of Lotus Pictures, said so. Vijay Mallya, chair of the brewer, agreed.', 'film.txt'),
    articleOf('The minister was speaking on Radio 4 on Tuesday morning.', 'radio.txt'),
    articleOf('The satirist Chris Morris made the series for Channel 4.', 'satire.txt'),
  ]);

  it('GIVEN /who Audley Harrison, a full name no article gives THEN it is not found, not read as the judge called Harrison', async () => {
    const answer = await ask('/who Audley Harrison', library);
    expect(answer.status).toBe('not_found');
    expect(answer.entity).toBeNull();
  });

  it('GIVEN /who Vijay Kapoor where the articles name a Shailendra Kapoor and a Vijay Mallya THEN neither is given for him', async () => {
    const answer = await ask('/who Vijay Kapoor', library);
    expect(answer.status).toBe('not_found');
  });

  it('GIVEN /who Chirs Morris, two letters of a short given name swapped THEN the satirist is still found', async () => {
    const answer = await ask('/who Chirs Morris', library);
    expect(answer.entity?.name).toBe('Chris Morris');
  });

  it('GIVEN /who Radio 1 where only Radio 4 is named THEN it is not found, not read as Radio 4', async () => {
    const answer = await ask('/who Radio 1', library);
    expect(answer.status).toBe('not_found');
  });
});

describe('/who for a given name asked alone', () => {
  const library = buildLibrary([
    articleOf('Kylie Minogue has cancelled her tour to undergo treatment. Minogue, 36, had been due to play in Glasgow.', 'tour.txt'),
    articleOf('The singer Kylie Minogue topped the charts again this week.', 'charts.txt'),
    articleOf('I paid a fortune for Kylie tickets and the site crashed twice, one reader wrote.', 'views.txt'),
  ]);

  it('GIVEN /who Kylie and one person named in full with that given name THEN the answer is Kylie Minogue', async () => {
    const answer = await ask('/who Kylie', library);
    expect(answer.entity?.name).toBe('Kylie Minogue');
    expect(answer.notes.map((note) => note.code)).toContain('given_name_of');
  });

  it('GIVEN that answer THEN the article that writes "Kylie" alone is said to be kept apart, not counted for her', async () => {
    const answer = await ask('/who Kylie', library);
    expect(answer.entity?.articleIds).toEqual(['charts', 'tour']);
    const section = answer.sections.find((part) => part.title === 'Named by given name only');
    expect(JSON.stringify(section?.lines)).toContain('Named only as “Kylie” in views');
  });
});

describe('/who for a given name several people bear', () => {
  const library = buildLibrary([
    articleOf('Tony Blair will visit Washington next week, Downing Street said.', 'visit.txt'),
    articleOf('Tony Banks, the former sports minister, has died aged 62.', 'obituary.txt'),
    articleOf('Mr Blair met Tony Banks at the Commons in 2004.', 'meeting.txt'),
  ]);

  it('GIVEN /who Tony and two people named in full with that given name THEN the answer is the one named in most articles', async () => {
    const answer = await ask('/who Tony', library);
    expect(answer.entity?.name).toBe('Tony Banks');
  });

  it('GIVEN that answer THEN a note names the other Tony, so the reader can ask for him', async () => {
    const answer = await ask('/who Tony', library);
    const people = answer.notes.find((note) => note.code === 'given_name_people')?.message ?? '';
    expect(people).toContain('Tony Blair (1 article)');
  });
});

describe('/who with a title for a surname kept apart by its title', () => {
  const library = buildLibrary([
    articleOf('Lord Archer was released from prison on Monday after serving half of his sentence.', 'prison.txt'),
    articleOf('Lord Archer said he would write a new novel.', 'novel.txt'),
    articleOf('Howard Archer, an economist at a consultancy, said rates would rise.', 'rates.txt'),
    articleOf('Rates will rise, said Howard Archer of the consultancy.', 'forecast.txt'),
    articleOf('Archer struck twice in the second half.', 'match.txt'),
  ]);

  it('GIVEN "Lord Archer" in two articles and the economist Howard Archer THEN /who Lord Archer is the peer, not the economist', async () => {
    const answer = await ask('/who Lord Archer', library);
    expect(answer.entity?.articleIds).toEqual(['novel', 'prison']);
  });
});

describe('/who for a company named for people', () => {
  const library = buildLibrary([
    articleOf('GM and Ford blamed high fuel prices for the fall in sales.', 'sales.txt'),
    articleOf('Ford said it would cut production by a tenth.', 'output.txt'),
    articleOf('The actor Harrison Ford will star in the sequel.', 'film.txt'),
  ]);

  it('GIVEN /who Ford with the carmaker and an actor named Harrison Ford THEN the carmaker is shown and a note lists the actor', async () => {
    const answer = await ask('/who Ford', library);
    expect(answer.entity?.kind).toBe('organisation');
    expect(answer.notes.find((note) => note.code === 'other_people_named')?.message ?? '').toContain('Harrison Ford (1 article)');
  });
});
