import { describe, expect, it } from 'vitest';
import { names, tableOf, written } from '../support/entity-table-of.ts';
import { must } from '../support/must.ts';

describe('no function word or sentence opener in a name', () => {
  it('GIVEN "Since" opening a sentence before a company THEN the name is the company alone', () => {
    const table = tableOf('Since Yukos lost its main production unit, the firm has been in talks with its creditors.');
    expect(names(table)).toEqual(['Yukos']);
  });

  it('GIVEN "But" opening a sentence before a surname THEN the name is the surname alone', () => {
    const table = tableOf('Chancellor Gordon Brown spoke on Monday. But Brown said the figures were sound.');
    expect(written(table.find('Gordon Brown'))).toEqual(['Gordon Brown', 'Brown']);
    expect(table.find('But Brown')).toBeUndefined();
  });

  it('GIVEN a common noun opening the sentence before a name THEN it is not part of the name', () => {
    const table = tableOf('Shares in Lehman Brothers fell by 4% in early trading in New York.');
    expect(names(table)).toEqual(['Lehman Brothers', 'New York']);
  });

  it('GIVEN a capitalised word after an opening quote THEN it is no name', () => {
    const table = tableOf('"Nobody expected the rise," said Alan Greenspan.');
    expect(names(table)).toEqual(['Alan Greenspan']);
  });
});

describe('kinds', () => {
  const table = tableOf('Mervyn King, the governor of the Bank of England, met analysts in Frankfurt on Tuesday, Reuters reported. The Financial Times said Mr King had declined to comment.');

  it('GIVEN a named person with an apposition THEN the kind is person', () => {
    expect(table.find('Mervyn King')?.kind).toBe('person');
  });

  it('GIVEN a name with an organisation word THEN the kind is organisation', () => {
    expect(table.find('Bank of England')?.kind).toBe('organisation');
  });

  it('GIVEN a city THEN the kind is place', () => {
    expect(table.find('Frankfurt')?.kind).toBe('place');
  });

  it('GIVEN a news agency and a newspaper THEN the kind is media', () => {
    expect(table.find('Reuters')?.kind).toBe('media');
    expect(table.find('Financial Times')?.kind).toBe('media');
  });
});

describe('one entity for the forms an article links', () => {
  const body = [
    'Chancellor Gordon Brown has promised to cut the deficit by 2008.',
    'Mr Brown told MPs that growth would beat forecasts.',
    'The chancellor also said that inflation would stay low.',
    'Tory shadow chancellor Oliver Letwin said the plans did not add up.',
    'Brown dismissed the claim.',
  ].join(' ');
  const table = tableOf(body);

  it('GIVEN a full name, then "Mr" with the surname, then the surname alone THEN all are one person', () => {
    expect(written(table.find('Gordon Brown'))).toEqual(expect.arrayContaining(['Gordon Brown', 'Brown']));
    expect(must(table.find('Gordon Brown'), 'Gordon Brown').mentions.filter((mention) => !mention.nominal)).toHaveLength(3);
  });

  it('GIVEN "the chancellor" after the article calls him Chancellor THEN it is a nominal mention of him', () => {
    const nominal = must(table.find('Gordon Brown'), 'Gordon Brown').mentions.filter((mention) => mention.nominal);
    expect(nominal.map((mention) => mention.name.text)).toEqual(['The chancellor']);
  });

  it('GIVEN another person whose title has the same head word THEN his descriptor is his own', () => {
    expect([...must(table.find('Oliver Letwin'), 'Oliver Letwin').descriptors.keys()]).toEqual(['Tory shadow chancellor']);
  });

  it('GIVEN the surname in a headline before the full name THEN it goes to the full name after it', () => {
    const headlined = tableOf('Ebbers denies knowing of fraud. Former WorldCom boss Bernie Ebbers told a New York court he had trusted his staff.');
    expect(written(headlined.find('Bernie Ebbers'))).toEqual(['Bernie Ebbers', 'Ebbers']);
  });

  it('GIVEN two people with one surname in an article THEN "Mr" with the surname goes to the one named last before it', () => {
    const two = tableOf('Gordon Brown spoke first. Later, Nick Brown, the former farm minister, rose to reply. Mr Brown said the bill was flawed.');
    expect(written(two.find('Nick Brown'))).toEqual(['Nick Brown', 'Brown']);
    expect(written(two.find('Gordon Brown'))).toEqual(['Gordon Brown']);
  });

  it('GIVEN "the chancellor of" another country THEN it is not taken for the chancellor named before', () => {
    const other = tableOf('Chancellor Gordon Brown flew to Berlin. He met the chancellor of Germany on Friday.');
    expect(must(other.find('Gordon Brown'), 'Gordon Brown').mentions.filter((mention) => mention.nominal)).toEqual([]);
  });
});

describe('descriptors', () => {
  it('GIVEN "to powerfully head Frank Hollis\'s corner goalwards" THEN the verb is no descriptor of him', () => {
    const table = tableOf("Soon afterwards, the midfielder found space to powerfully head Frank Hollis's corner goalwards.");
    expect([...must(table.find('Frank Hollis'), 'Frank Hollis').descriptors.keys()]).toEqual([]);
  });

  it('GIVEN "without Jonny Hollis, according to his club boss Rob Andrew," THEN the relay is no description of him', () => {
    const table = tableOf('England will be without fly-half Jonny Hollis, according to his club boss Rob Andrew, until March.');
    expect([...must(table.find('Jonny Hollis'), 'Jonny Hollis').descriptors.keys()]).not.toContain('according to his club boss Rob Andrew');
  });

  it('GIVEN an apposition with a role after a name THEN the role is the descriptor, without its article', () => {
    const table = tableOf('Mikhail Khodorkovsky, the former chief executive of Yukos, is in jail awaiting trial.');
    expect([...must(table.find('Mikhail Khodorkovsky'), 'Mikhail Khodorkovsky').descriptors.keys()]).toEqual(['former chief executive of Yukos']);
  });

  it('GIVEN "World indoor 60m champion Jan Hale" THEN the figure stays in the descriptor, not "m champion"', () => {
    const table = tableOf('World indoor 60m champion Jan Hale will lead the team in Madrid.');
    expect([...must(table.find('Jan Hale'), 'Jan Hale').descriptors.keys()]).toEqual(['World indoor 60m champion']);
  });

  it('GIVEN "Olympic 10,000m champion Abel Tesfaye" THEN a figure with a thousands comma stays whole', () => {
    const table = tableOf('Olympic 10,000m champion Abel Tesfaye won again on Sunday.');
    expect([...must(table.find('Abel Tesfaye'), 'Abel Tesfaye').descriptors.keys()]).toEqual(['Olympic 10,000m champion']);
  });

  it('GIVEN a year set apart before the role ("In 2004 champion Tom Lee") THEN the year is no part of it', () => {
    const table = tableOf('In 2004 champion Tom Lee won the race by a second.');
    expect([...must(table.find('Tom Lee'), 'Tom Lee').descriptors.keys()]).toEqual(['champion']);
  });

  it('GIVEN a role and its employer before a name THEN they are the descriptor', () => {
    const table = tableOf('The court heard from former WorldCom boss Bernie Ebbers on Monday.');
    expect([...must(table.find('Bernie Ebbers'), 'Bernie Ebbers').descriptors.keys()]).toEqual(['former WorldCom boss']);
  });

  it('GIVEN a role without an article after a name THEN the role is the descriptor', () => {
    const table = tableOf('"Demand is slowing," said Paul Sheard, chief economist at Lehman Brothers.');
    expect([...must(table.find('Paul Sheard'), 'Paul Sheard').descriptors.keys()]).toEqual(['chief economist at Lehman Brothers']);
  });

  it('GIVEN a list of names after a comma THEN the next name is no descriptor', () => {
    const table = tableOf('The report was signed by Gordon Brown, Tony Blair and John Prescott on Monday.');
    expect(must(table.find('Gordon Brown'), 'Gordon Brown').descriptors.size).toBe(0);
  });

  it('GIVEN "Mr" before a name THEN it is no descriptor', () => {
    const table = tableOf('The minister met Mr Howard Davies on Monday.');
    expect(must(table.find('Howard Davies'), 'Howard Davies').descriptors.size).toBe(0);
  });

  it('GIVEN an apposition without a role (an age) THEN there is no descriptor', () => {
    const table = tableOf('Steve Ballmer, 48, told staff the software would ship in May.');
    expect(must(table.find('Steve Ballmer'), 'Steve Ballmer').descriptors.size).toBe(0);
  });
});

describe('one entity across articles', () => {
  it('GIVEN a familiar and a formal form of one given name with one surname THEN they are one person', () => {
    const table = tableOf('Former WorldCom boss Bernie Ebbers went on trial on Monday.', 'Bernard Ebbers denied all charges in court.');
    expect(table.find('Bernard Ebbers')).toBe(table.find('Bernie Ebbers'));
    expect(table.articleIdsOf(must(table.find('Bernie Ebbers'), 'Bernie Ebbers'))).toEqual(['story-0', 'story-1']);
  });

  it('GIVEN a company written with and without a capital or a hyphen THEN it is one organisation', () => {
    const table = tableOf('Shares in WorldCom Inc fell after the Wal-Mart results.', 'Analysts said Worldcom and Walmart would both recover.');
    expect(table.find('Worldcom')).toBe(table.find('WorldCom'));
    expect(table.find('Walmart')).toBe(table.find('Wal-Mart'));
  });

  it('GIVEN two people who share a surname in two articles THEN they stay two people', () => {
    const table = tableOf('Chancellor Gordon Brown spoke in London.', 'Nick Brown, the former farm minister, spoke in Leeds.');
    expect(table.find('Gordon Brown')).not.toBe(table.find('Nick Brown'));
  });

  it('GIVEN a bare surname in a third article and two people with that surname THEN it is given to neither', () => {
    const table = tableOf('Chancellor Gordon Brown spoke in London.', 'Nick Brown, the former farm minister, spoke in Leeds.', 'Brown was not available for comment.');
    expect(written(table.find('Gordon Brown'))).toEqual(['Gordon Brown']);
    expect(written(table.find('Nick Brown'))).toEqual(['Nick Brown']);
  });

  it('GIVEN a bare surname in another article and one person with that surname THEN it is not joined to that person', () => {
    const table = tableOf('Former WorldCom boss Bernie Ebbers went on trial on Monday.', 'Ebbers denied all charges in court.');
    expect(table.articleIdsOf(must(table.find('Bernie Ebbers'), 'Bernie Ebbers'))).toEqual(['story-0']);
  });

  it('GIVEN "Mr Greenspan" alone in one article and Alan Greenspan, the one Greenspan named in full, in two THEN it is joined to him', () => {
    const table = tableOf(
      'Federal Reserve chairman Alan Greenspan warned on the deficit.',
      'Alan Greenspan said rates would rise at a measured pace.',
      'The dollar fell after Mr Greenspan spoke in London on Friday.',
    );
    expect(table.articleIdsOf(must(table.find('Greenspan'), 'Greenspan'))).toEqual(['story-0', 'story-1', 'story-2']);
    expect(table.find('Greenspan')).toBe(table.find('Alan Greenspan'));
  });

  it('GIVEN "Mr Hart-Dyke" alone in one article and Robert Hart-Dyke in two THEN the hyphenated surname joins him', () => {
    const table = tableOf('Robert Hart-Dyke launched a new party.', 'Robert Hart-Dyke quit the group of MEPs.', 'Mr Hart-Dyke said the party would stand in every seat.');
    expect(table.articleIdsOf(must(table.find('Robert Hart-Dyke'), 'Robert Hart-Dyke'))).toEqual(['story-0', 'story-1', 'story-2']);
  });

  it('GIVEN "Mrs Hollis" alone and Jonny Hollis, a man, named in full in two articles THEN she is not joined to him', () => {
    const table = tableOf(
      'Fly-half Jonny Hollis will miss the match with a knee injury.',
      'Jonny Hollis kicked four penalties on Saturday.',
      'The cast includes Anna Price as his dance teacher Mrs Hollis.',
    );
    expect(table.articleIdsOf(must(table.find('Jonny Hollis'), 'Jonny Hollis'))).toEqual(['story-0', 'story-1']);
  });

  it('GIVEN "Mr Hollis" alone and Jonny Hollis named in full in two articles THEN the man is joined to him', () => {
    const table = tableOf('Fly-half Jonny Hollis will miss the match.', 'Jonny Hollis kicked four penalties on Saturday.', 'Mr Hollis said the knee was sore.');
    expect(table.articleIdsOf(must(table.find('Jonny Hollis'), 'Jonny Hollis'))).toEqual(['story-0', 'story-1', 'story-2']);
  });

  it('GIVEN "Lord Archer" alone and Howard Archer, an economist, named in full in two articles THEN the peer is not joined to him', () => {
    const table = tableOf(
      'Howard Archer, chief economist at Global Insight, said rates would hold.',
      'Prices will rise slowly, said Howard Archer of Global Insight.',
      'The party would deal sympathetically with any application by disgraced peer Lord Archer to rejoin.',
    );
    expect(table.articleIdsOf(must(table.find('Howard Archer'), 'Howard Archer'))).toEqual(['story-0', 'story-1']);
  });

  it('GIVEN "Prince Charles" and a Ray Charles named in full in two articles THEN a surname that is also a given name is not joined', () => {
    const table = tableOf('Singer Ray Charles died in June.', 'A film about Ray Charles won an award.', 'Prince Charles visited the hospital on Monday.');
    expect(table.articleIdsOf(must(table.find('Ray Charles'), 'Ray Charles'))).toEqual(['story-0', 'story-1']);
  });

  it('GIVEN a surname alone in as many articles as the one full name THEN it is not joined, as the set may mean someone else', () => {
    const table = tableOf('Labour general secretary Matt Carter spoke.', 'Professor Etzioni was an adviser to President Carter in the 1970s.');
    expect(table.articleIdsOf(must(table.find('Matt Carter'), 'Matt Carter'))).toEqual(['story-0']);
  });
});

describe('a surname an article gives as a person claims the full name it read as something else', () => {
  it('GIVEN "Irishmen JP McManus" and later "Mr McManus" THEN they are one person', () => {
    const table = tableOf('Irishmen JP McManus and John Magnier own a stake in the club. Mr McManus said he would not sell.');
    expect(table.find('JP McManus')?.kind).toBe('person');
    expect(written(table.find('JP McManus'))).toEqual(['JP McManus', 'McManus']);
  });

  it('GIVEN "married publisher Kimberly Quinn" and later "Mrs Quinn" THEN she is one person, not a publisher firm', () => {
    const table = tableOf('The minister spoke of his love for married publisher Kimberly Quinn. Mrs Quinn has not commented.');
    expect(table.find('Kimberly Quinn')?.kind).toBe('person');
    expect(written(table.find('Kimberly Quinn'))).toEqual(['Kimberly Quinn', 'Quinn']);
  });

  it('GIVEN a company named for a person and the surname alone with no honorific THEN they stay apart', () => {
    const table = tableOf('Drug maker Eli Lilly raised its forecast. Shares in Lilly rose 3%.');
    expect(table.find('Eli Lilly')?.kind).toBe('organisation');
    expect(written(table.find('Eli Lilly'))).toEqual(['Eli Lilly']);
  });
});

describe('where a name ends', () => {
  it('GIVEN a full name with a hyphenated surname and then "Mr" with the surname THEN both are one person, never a "Silk" of its own', () => {
    const table = tableOf('Robert Kilroy-Silk launched his party. Mr Kilroy-Silk said it would fight every seat.');
    expect(written(table.find('Robert Kilroy-Silk'))).toEqual(['Robert Kilroy-Silk', 'Kilroy-Silk']);
    expect(table.find('Silk')).toBeUndefined();
  });

  it('GIVEN a person "of" a country THEN the name stops before "of"', () => {
    const table = tableOf('The deal was backed by Nestor Kirchner of Argentina on Friday.');
    expect(names(table)).toEqual(['Nestor Kirchner', 'Argentina']);
  });

  it('GIVEN a body "of" a place THEN the name runs on', () => {
    expect(names(tableOf('Rates were held by the Bank of England on Thursday.'))).toEqual(['Bank of England']);
  });

  it('GIVEN "MP" after a name THEN it is not part of the name', () => {
    expect(names(tableOf('The bill was opposed by Margaret Moran MP in the Commons.'))).toContain('Margaret Moran');
  });

  it('GIVEN a sentence the splitter left joined after a quote THEN its opening adjective is not part of a name', () => {
    const table = tableOf('He called it "an excellent job". Former Conservative leader Iain Duncan Smith disagreed.');
    expect(table.find('Former Conservative')).toBeUndefined();
    expect([...must(table.find('Iain Duncan Smith'), 'Iain Duncan Smith').descriptors.keys()]).toEqual(['Former Conservative leader']);
  });
});

describe('kinds from the words around a name', () => {
  it('GIVEN a kind of company before a name THEN the kind is organisation, even with a role word in the phrase', () => {
    expect(tableOf('Profits rose at the German carmaker BMW last year.').find('BMW')?.kind).toBe('organisation');
    expect(tableOf('Creditors took control of the oil firm Yukos.').find('Yukos')?.kind).toBe('organisation');
  });

  it('GIVEN a party name THEN the kind is organisation', () => {
    expect(tableOf('Voters in Leeds backed Labour and the Liberal Democrats.').find('Labour')?.kind).toBe('organisation');
  });

  it('GIVEN a familiar given name the NLP word list reads as a noun THEN the name is still a person', () => {
    expect(tableOf('The speech was written for Bill Clinton in 1996.').find('Bill Clinton')?.kind).toBe('person');
  });
});

describe('a role with a complement before the name', () => {
  it('GIVEN "Labour’s deputy minister for women Jacqui Smith said …" THEN her descriptor is the whole role, not "women"', () => {
    const table = tableOf("Labour's deputy minister for women Jacqui Smith said the sums did not add up.");
    expect([...must(table.find('Jacqui Smith'), 'Jacqui Smith').descriptors.keys()]).toEqual(['deputy minister for women']);
  });

  it('GIVEN "lawyers for former WorldCom chief executive Mr Ebbers" THEN the lawyers are no part of his descriptor', () => {
    const table = tableOf('Lawyers for former WorldCom chief executive Mr Ebbers said he would appeal.');
    expect([...must(table.find('Ebbers'), 'Ebbers').descriptors.keys()].some((descriptor) => descriptor.includes('lawyers'))).toBe(false);
  });
});

describe('a surname the tagger reads as a verb', () => {
  it('GIVEN "Labour\'s Robin Cook and Tony Wright" THEN Robin Cook is named whole', () => {
    expect(names(tableOf("The group, including Labour's Robin Cook and Tony Wright, is confident its plan would win support."))).toContain('Robin Cook');
  });

  it('GIVEN "Gallery director Robin Broke said" THEN Robin Broke is named whole', () => {
    expect(names(tableOf('Gallery director Robin Broke said: "Visits were up by 10% this year."'))).toContain('Robin Broke');
  });

  it('GIVEN two articles naming Robin Cook and Robin Broke THEN they are two people, not one "Robin"', () => {
    const table = tableOf("The group, including Labour's Robin Cook and Tony Wright, is confident.", 'Gallery director Robin Broke said: "Visits were up."');
    expect(
      names(table)
        .filter((name) => name.startsWith('Robin'))
        .sort(),
    ).toEqual(['Robin Broke', 'Robin Cook']);
  });
});

describe('a given name alone after the full name', () => {
  it('GIVEN "Robin van Persie" then "the blame on Robin" THEN the bare given name is the same person', () => {
    const table = tableOf('The coach refused to blame Robin van Persie for the defeat. "No-one is putting the blame on Robin," he said.');
    expect(written(table.entities.find((entity) => entity.name === 'Robin van Persie'))).toEqual(['Robin van Persie', 'Robin']);
  });
});

describe('a royal named by a given name another person in the article has', () => {
  it('GIVEN "Prince Charles" in an article that names Charles Kennedy THEN the prince is not the Lib Dem leader', () => {
    const table = tableOf('Prince Charles and Camilla Parker Bowles are to marry in April. Liberal Democrat leader Charles Kennedy offered his congratulations.');
    expect(written(table.entities.find((entity) => entity.name === 'Charles Kennedy'))).toEqual(['Charles Kennedy']);
  });

  it('GIVEN "Prince Faisal bin Khalid" then "Prince Faisal" THEN the prince is one person', () => {
    const table = tableOf('Saudi investor Prince Faisal bin Khalid has bought a 5% stake in the bank. Prince Faisal said he was a long-term investor.');
    expect(written(table.entities.find((entity) => entity.name === 'Faisal bin Khalid'))).toContain('Faisal');
  });

  it('GIVEN "Sir Howard" after "Howard Stringer" THEN the knight is still the man named in full', () => {
    const table = tableOf('Sony chief Howard Stringer spoke in Tokyo. Sir Howard said the firm would cut costs.');
    expect(written(table.entities.find((entity) => entity.name === 'Howard Stringer'))).toContain('Howard');
  });
});

describe('an adjective alone beside a name it opens', () => {
  it('GIVEN "Royal Mail" and then "Royal rivals" THEN the adjective is not taken for the company', () => {
    expect(written(tableOf('Shares in Royal Mail fell. Royal rivals gained.').entities.find((entity) => entity.name === 'Royal Mail'))).toEqual(['Royal Mail']);
  });
});

describe('a line in title case', () => {
  it('GIVEN "Trump Calls On Obama To Resign" THEN a capitalised verb before another capital is not read as a surname', () => {
    expect(names(tableOf('Donald Trump spoke. Trump Calls On Obama To Resign.'))).not.toContain('Trump Calls');
  });
});
