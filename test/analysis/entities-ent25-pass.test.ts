import { describe, expect, it } from 'vitest';
import { names, tableOf, written } from '../support/entity-table-of.ts';
import { must } from '../support/must.ts';

describe('a letter written as an HTML character reference (ent25)', () => {
  it('GIVEN "Commission head Jos&#233; Manuel Barroso" THEN the name is read whole, as the reader reads it', () => {
    const table = tableOf('Commission head Jos&#233; Manuel Barroso wrote to the parliament on Monday.');
    expect(names(table)).toContain('José Manuel Barroso');
    expect(table.find('Manuel Barroso')).toBeUndefined();
  });

  it('GIVEN the reference THEN the mention still quotes the text as written', () => {
    const table = tableOf('Commission head Jos&#233; Manuel Barroso wrote to the parliament on Monday.');
    expect(written(table.find('José Manuel Barroso'))).toEqual(['Jos&#233; Manuel Barroso']);
  });

  it('GIVEN one article writing the reference and another the plain letters THEN they are one person', () => {
    const table = tableOf('Jose Manuel Barroso said the plan would stand.', 'Commission head Jos&#233; Manuel Barroso wrote to the parliament on Monday.');
    expect(table.articleIdsOf(must(table.find('Jose Manuel Barroso'), 'Barroso'))).toEqual(['story-0', 'story-1']);
  });

  it('GIVEN the reference THEN it is not listed as another way the name is written', () => {
    const table = tableOf('Commission head Jos&#233; Manuel Barroso wrote to the parliament on Monday. Mr Barroso said he would reply.');
    expect(must(table.find('José Manuel Barroso'), 'Barroso').aliases).toEqual(['Barroso']);
  });

  it('GIVEN the name as read THEN it is found among the names its article writes', () => {
    const table = tableOf('Commission head Jos&#233; Manuel Barroso wrote to the parliament on Monday.');
    expect(table.entityWrittenIn('story-0', 'José Manuel Barroso')?.name).toBe('José Manuel Barroso');
  });

  it('GIVEN "S&#227;o Paulo" THEN it is the city, not a person', () => {
    const table = tableOf('The club last played in S&#227;o Paulo in front of a crowd of 40,000.');
    expect(table.find('São Paulo')?.kind).toBe('place');
  });
});

describe('a company named in full, then by its short name (ent25)', () => {
  const fullThenShort = "South Korea's Daewon Motor has announced that it plans to build a second plant in India. Daewon expects its sales there to grow by 16% next year.";

  it('GIVEN "Daewon Securities" then "Daewon" in one article THEN they are one company', () => {
    const table = tableOf('Shares in Daewon Securities rose by 4% after the broker reported record profits. Analysts said Daewon had gained from a busy year for share sales.');
    expect(written(table.find('Daewon Securities'))).toEqual(['Daewon Securities', 'Daewon']);
  });

  it('GIVEN the short name THEN it finds the company', () => {
    const table = tableOf('Shares in Daewon Securities rose by 4% after the broker reported record profits. Analysts said Daewon had gained from a busy year for share sales.');
    expect(table.find('Daewon')?.name).toBe('Daewon Securities');
  });

  it('GIVEN such a company THEN it is an organisation, not a person', () => {
    expect(tableOf(fullThenShort).find('Daewon Motor')?.kind).toBe('organisation');
  });

  it('GIVEN another article that writes only the short name THEN the company the first article links it to is named there too', () => {
    const table = tableOf(fullThenShort, "Korea's Daewon was another big gainer, with a 19% rise in February sales.");
    expect(table.articleIdsOf(must(table.find('Daewon Motor'), 'Daewon Motor'))).toEqual(['story-0', 'story-1']);
  });

  it('GIVEN the full name in one article and the short name in another, never linked THEN they stay apart', () => {
    const table = tableOf('The chain owes most to Halvorsen Foods, its biggest creditor.', 'In the US, food group Halvorsen is among firms that have cut back on advertising.');
    expect(table.find('Halvorsen')).not.toBe(table.find('Halvorsen Foods'));
  });

  it('GIVEN the short name written before the full name THEN it is something else the article names first', () => {
    const table = tableOf('Brewer Mahal Group owns the well-known Tasker lager brand, which holds a third of the market. Its budget airline, Tasker Airlines, is to buy ten planes.');
    expect(written(table.find('Tasker Airlines'))).toEqual(['Tasker Airlines']);
  });

  it('GIVEN two full names opening with the short name THEN the short name is neither', () => {
    const table = tableOf(
      'Shares in Kanemura Motors rose as it held talks with a French carmaker. Rival bank Kanemura Tokyo Financial Group is not involved. A spokesman said Kanemura would decide in May.',
    );
    expect(written(table.find('Kanemura Motors'))).toEqual(['Kanemura Motors']);
  });

  it('GIVEN "Gold Airways" and then "Gold prices rose" THEN a common word that opens sentences only is not taken for the company', () => {
    const table = tableOf('Shares in Gold Airways fell by 3% on Monday. Gold prices rose by 8% in January.');
    expect(written(table.find('Gold Airways'))).toEqual(['Gold Airways']);
  });
});

describe('a given name the tagger reads as an auxiliary: "Will" (ent25)', () => {
  it('GIVEN "among them Will Hadley, Kevin Spacey and …" THEN Will Hadley is a person', () => {
    const table = tableOf('Several stars will attend the premiere, among them Will Hadley, Kevin Spacey and Kate Winslet.');
    expect(table.find('Will Hadley')?.kind).toBe('person');
  });

  it('GIVEN "has ended Will Hadley\'s reign" THEN the person is named whole, not as "Hadley"', () => {
    expect(names(tableOf("The new comedy has ended Will Hadley's reign at the top of the box office."))).toContain('Will Hadley');
  });

  it('GIVEN "Will Hadley\'s first comedy" opening a sentence THEN the possessive says it is a name', () => {
    expect(names(tableOf("Will Hadley's first romantic comedy has topped the box office for a second week."))).toContain('Will Hadley');
  });

  it('GIVEN "Will Tory tax cuts lift spirits?" THEN a question opening with the auxiliary names no one', () => {
    expect(names(tableOf('Will Tory tax cuts lift spirits? Voters in the marginal seats doubt it.'))).not.toContain('Will Tory');
  });

  it('GIVEN "a version of We Will Rock You" THEN the verb of a title after a pronoun is no given name', () => {
    expect(names(tableOf('The band reached number one with a version of We Will Rock You in 2000.'))).not.toContain('Will Rock');
  });
});

describe('the holder of a sporting title, told so: "defending champion" (ent25)', () => {
  const descriptors = (body: string, name: string): string[] => [...must(tableOf(body).find(name), name).descriptors.keys()];

  it('GIVEN "Defending champion Kelly Marsh" opening a sentence THEN the descriptor is the whole role', () => {
    expect(descriptors('Defending champion Kelly Marsh pulled out of the 60m with a hamstring injury.', 'Kelly Marsh')).toEqual(['Defending champion']);
  });

  it('GIVEN "reigning champion" inside a sentence THEN the qualifier stays in the descriptor', () => {
    expect(descriptors('The final will be a rematch with reigning champion Anna Rees on Sunday.', 'Anna Rees')).toEqual(['reigning champion']);
  });

  it('GIVEN "Lawyers defending former chief executive John Hale" THEN the verb after its subject is no part of his role', () => {
    expect(descriptors('Lawyers defending former chief executive John Hale told the court he had been misled.', 'John Hale')).toEqual(['former chief executive']);
  });
});
