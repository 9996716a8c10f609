import { describe, expect, it } from 'vitest';
import { EntityTable } from '../../src/analysis/entities.ts';
import { readArticle } from '../../src/corpus/load.ts';
import type { Article } from '../../src/model/article.ts';

function story(file: string, body: string): Article {
  const result = readArticle(file, new TextEncoder().encode(`A headline\n\n${body}\n\nTags`));
  if (!result.ok) throw new Error(result.warning.reason);
  return result.article;
}

/** The people whose full names end with `familyName`, each with the articles that name them. */
function peopleNamed(table: EntityTable, familyName: string): [string, string[]][] {
  return table.entities.filter((entity) => entity.kind === 'person' && entity.name.endsWith(` ${familyName}`)).map((entity) => [entity.name, table.articleIdsOf(entity)]);
}

describe('one person across a slip in the spelling of the given name', () => {
  it('GIVEN "Mikhail Khodorkovsky" in two articles and "Mihkail Khodorkovsky" in a third THEN one person under the spelling most articles use', () => {
    const table = new EntityTable([
      story('yukos-1.txt', 'Former Yukos boss Mikhail Khodorkovsky has been in jail since October.'),
      story('yukos-2.txt', 'Lawyers for Mikhail Khodorkovsky said the trial would resume next week.'),
      story('yukos-3.txt', 'The oil firm was founded by Mihkail Khodorkovsky, who now faces fraud charges.'),
    ]);
    expect(peopleNamed(table, 'Khodorkovsky')).toEqual([['Mikhail Khodorkovsky', ['yukos-1', 'yukos-2', 'yukos-3']]]);
    expect(table.find('Mihkail Khodorkovsky')?.name).toBe('Mikhail Khodorkovsky');
  });

  it('GIVEN "Eliot Spitzer" and "Elliot Spitzer" (a letter dropped) THEN one person', () => {
    const table = new EntityTable([
      story('insurers-1.txt', 'New York attorney general Eliot Spitzer has widened his inquiry into insurance brokers.'),
      story('insurers-2.txt', 'The firm agreed to pay $850m to settle claims brought by Elliot Spitzer.'),
      story('insurers-3.txt', 'Eliot Spitzer said more firms could face charges.'),
    ]);
    expect(peopleNamed(table, 'Spitzer')).toEqual([['Eliot Spitzer', ['insurers-1', 'insurers-2', 'insurers-3']]]);
  });

  it('GIVEN the misspelt person named by surname alone elsewhere THEN the surname joins the one person, no longer blocked by two full names', () => {
    const table = new EntityTable([
      story('yukos-1.txt', 'Former Yukos boss Mikhail Khodorkovsky has been in jail since October.'),
      story('yukos-2.txt', 'Lawyers for Mikhail Khodorkovsky said the trial would resume next week.'),
      story('yukos-3.txt', 'The oil firm was founded by Mihkail Khodorkovsky, who now faces fraud charges.'),
      story('yukos-4.txt', 'Shares fell on Monday. A court in Moscow refused to free Mr Khodorkovsky on bail.'),
    ]);
    expect(table.find('Khodorkovsky')?.name).toBe('Mikhail Khodorkovsky');
  });
});

describe('two people stay two', () => {
  it('GIVEN short given names one letter apart ("Tim Collins", "Kim Collins") THEN two people', () => {
    const table = new EntityTable([
      story('tories.txt', 'Shadow education secretary Tim Collins attacked the plans on Tuesday.'),
      story('sprint.txt', 'World champion Kim Collins will run in the indoor meeting in Birmingham.'),
    ]);
    expect(peopleNamed(table, 'Collins').map(([name]) => name)).toEqual(['Tim Collins', 'Kim Collins']);
  });

  it('GIVEN "Ian Brown" and "Iain Brown" THEN two people: two spellings of one name, but under the length read as a slip, and two men may bear them', () => {
    const table = new EntityTable([story('band.txt', 'Singer Ian Brown will headline the festival in June.'), story('council.txt', 'Councillor Iain Brown said the budget would be cut.')]);
    expect(peopleNamed(table, 'Brown').map(([name]) => name)).toEqual(['Ian Brown', 'Iain Brown']);
  });

  it('GIVEN given names one slip apart that mark two sexes ("Justin", "Justine") THEN two people', () => {
    const table = new EntityTable([
      story('tennis-1.txt', 'Seventh seed Justine Keller reached the final in Sydney on Friday.'),
      story('tennis-2.txt', 'On Saturday, Justine Keller said her shoulder was sore.'),
      story('tennis-3.txt', 'Her brother Justin Keller was watching from the stands.'),
    ]);
    expect(peopleNamed(table, 'Keller').map(([name]) => name)).toEqual(['Justine Keller', 'Justin Keller']);
  });

  it('GIVEN given names one slip apart but two family names THEN two people', () => {
    const table = new EntityTable([story('bank-1.txt', 'Chief executive Matthew Barrett said profits had risen.'), story('bank-2.txt', 'Analyst Mathew Barnett said the shares were cheap.')]);
    expect(table.entities.filter((entity) => entity.kind === 'person').map((entity) => entity.name)).toEqual(['Matthew Barrett', 'Mathew Barnett']);
  });

  it('GIVEN two firms read as people whose first words are no given names ("Sports Interactive", "Sport Interactive") THEN two entities', () => {
    const table = new EntityTable([
      story('games-1.txt', 'However, last year was the final time that developers Sports Interactive and publishers Eidos would work together.'),
      story('games-2.txt', 'Developers Sports Interactive said the game would be ready in March.'),
      story('awards.txt', 'The awards include one for Sport Interactive coverage of the games.'),
    ]);
    expect(table.entities.filter((entity) => entity.name.endsWith('Interactive')).map((entity) => entity.name)).toEqual(['Sports Interactive', 'Sport Interactive']);
  });

  it('GIVEN a spelling one slip from two other people of that family name THEN it joins neither', () => {
    const table = new EntityTable([
      story('court-1.txt', 'Judge Marian Wells adjourned the case.'),
      story('court-2.txt', 'Prosecutor Marion Wells opened the case for the Crown.'),
      story('court-3.txt', 'Marion Wells said the evidence was clear.'),
      story('court-4.txt', 'Defence counsel Mariam Wells asked for more time.'),
      story('court-5.txt', 'Mariam Wells said her client was innocent.'),
    ]);
    expect(peopleNamed(table, 'Wells').map(([name]) => name)).toHaveLength(3);
  });
});
