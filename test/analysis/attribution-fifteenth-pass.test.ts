import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analysis/certainty.ts';
import { readArticle } from '../../src/corpus/load.ts';
import type { Certainty } from '../../src/model/answer.ts';
import { certaintyOf } from '../support/certainty-of.ts';

/** Every sentence's certainty in a one-paragraph article under `headline`. */
function analyseWithHeadline(headline: string, body: string): Certainty[] {
  const result = readArticle('story.txt', new TextEncoder().encode(`${headline}\n\n${body}\n`));
  if (!result.ok) throw new Error('the loader refused the story');
  return analyseArticle(result.article).sentences;
}

describe('a body whose name runs on through "of" or "for"', () => {
  it('GIVEN "The Institute of Directors survey was gloomy …" THEN a later "It said" is the Institute of Directors', () => {
    const certainty = certaintyOf('It said growth would slow next year.', 'The Institute of Directors survey was gloomy about the state of the economy.');
    expect(certainty.attributedTo).toEqual(['Institute of Directors']);
  });

  it('GIVEN "Profits at the Royal Bank of Scotland rose" THEN a later "It said" is the bank, named whole', () => {
    expect(certaintyOf('It said bad debts had fallen.', 'Profits at the Royal Bank of Scotland rose by 10% last year.').attributedTo).toEqual(['Royal Bank of Scotland']);
  });

  it('GIVEN "… the Bank of England Governor Mervyn King spoke" THEN the title is no part of the bank\'s name', () => {
    expect(certaintyOf('He said rates would rise.', 'Bank of England Governor Mervyn King spoke on Monday.').attributedTo).toEqual(['Mervyn King']);
  });

  it('GIVEN "The Association of British insurers warned …" THEN a name cut after its demonym is not read as "Association of British"', () => {
    const certainty = certaintyOf('It said lost luggage was usually covered.', 'The Association of British insurers warned that most policies exclude the cost of cutting a trip short.');
    expect(certainty.attributedTo).not.toContain('Association of British');
  });

  it('GIVEN "the Department of Trade and Industry said" THEN the department is one source, not "Industry"', () => {
    expect(certaintyOf('In a statement, the Department of Trade and Industry said the new policy would cut shipments.').attributedTo).toEqual(['Department of Trade and Industry']);
  });

  it('GIVEN "The IMF and World Bank said" THEN two bodies joined by "and" still read as they did', () => {
    expect(certaintyOf('The IMF and World Bank said growth would slow.').attributedTo).toEqual(['IMF and World Bank']);
  });
});

describe('"it" after a company its name did not say was one', () => {
  it('GIVEN a news agency that reported, then "Silver Jet … plans to …", then "It said" THEN it is the airline that spoke last', () => {
    const before =
      'On Tuesday, Agence France Presse reported that a group led by a German firm had won the contract for the new airport. ' +
      'The state will own 13% of the hub. Silver Jet, set up by a former pilot, plans to increase its fleet to 60 aircraft. ' +
      'When it was set up the firm offered tickets that were half the price of its rivals.';
    expect(certaintyOf('It said it was basing its business model on European low-cost carriers.', before).attributedTo).toEqual(['Silver Jet']);
  });

  it('GIVEN a man named by an unfamiliar given name and a role, then "It is concerned …" THEN "it" is never that man', () => {
    const before = '"We have no other name for this cheese," Arne Vestergaard, a spokesman for the dairy board, told reporters. Denmark exports most of its output.';
    expect(certaintyOf('It is concerned that the ruling could threaten other cheeses.', before).attributedTo).not.toContain('Arne Vestergaard');
  });

  it('GIVEN "Creditors agreed …" then "It estimated …" THEN a plural of people opening a sentence is no company "it" means', () => {
    const certainty = certaintyOf('It estimated that it needs 30m euros until June.', 'Creditors agreed on Friday to suspend interest payments until 2007.');
    expect(certainty.attributedTo).not.toContain('Creditors');
  });
});

describe('"the group" in a story that only mentions an institution', () => {
  it('GIVEN a forecaster that spoke and the Bank of England only mentioned THEN "the group noted" is not the Bank of England', () => {
    const before =
      'Business confidence rose in January, say researchers at Hadley Stoke. The Bank of England is expected to keep rates on hold this week. ' +
      'The only thing blighting optimism this year will be the election, Hadley said.';
    expect(certaintyOf('However, output is being held back by high oil prices, the group noted.', before).attributedTo).not.toContain('Bank of England');
  });
});

describe('a given name compromise knows, though our own list does not', () => {
  it('GIVEN "Adrian Mutu" named, then "Mutu has hit out …", then "He told a newspaper: …" THEN the quotation is his', () => {
    const before = "The manager Arsene Wenger would consider signing Adrian Mutu once his ban is over. But Mutu has hit out at the club's decision.";
    expect(certaintyOf('He told a Sunday newspaper: "I do not know what I am going to do."', before).attributedTo).toEqual(['Mutu']);
  });

  it('GIVEN "… the new stadium in Stanley Park" THEN a place named for a man is no speaker a later "He said" means', () => {
    const before = 'The club chief executive Rick Parry is raising money for the new stadium in Stanley Park, which opens in 2007.';
    expect(certaintyOf('He said: "The deals in the past were far too cheap."', before).attributedTo).not.toContain('Stanley Park');
  });
});

describe('a headline that took a surname for a body', () => {
  it('GIVEN the headline "Wenger offers Mutu hope" and Adrian Mutu named in full THEN "Mutu … He told" is still the man', () => {
    const result = analyseWithHeadline(
      'Wenger offers Mutu hope',
      'The manager would consider signing Adrian Mutu once his ban is over. Mutu has hit out at the club. He told a Sunday newspaper: "My career is in ruins."',
    );
    expect(result.at(-1)?.attributedTo).toEqual(['Mutu']);
  });
});

describe('"denied" someone something', () => {
  it('GIVEN "The rapper has denied the King his fourth number one of the year" THEN no claim is contested', () => {
    expect(certaintyOf('The rapper has denied Presley his fourth number one of the year.').contested).toBe(false);
  });

  it('GIVEN "The rapper has denied Presley his fourth number one" THEN the rapper is no source: a chart fact, no words', () => {
    expect(certaintyOf('The rapper has denied Presley his fourth number one of the year.').sourcing).toBe('none');
  });

  it('GIVEN "The board denied him a place on the committee" THEN no claim is contested', () => {
    expect(certaintyOf('The board denied him a place on the committee.').contested).toBe(false);
  });

  it('GIVEN "She denied BBC reports that she would quit" THEN the reports are still disputed', () => {
    expect(certaintyOf('She denied BBC reports that she would quit.').contested).toBe(true);
  });
});

describe('a company named for a person', () => {
  it('GIVEN "Eli Lilly is launching adverts … about its drug" THEN a later "the company says" is Eli Lilly', () => {
    const before = 'Meanwhile Eli Lilly is launching a series of adverts to present the facts about its anti-depressant drug.';
    expect(certaintyOf('In the adverts, the company says the article spreads needless fear.', before).attributedTo).toEqual(['Eli Lilly']);
  });

  it('GIVEN "accountancy firm Ernst & Young said …" then "It claimed …" THEN the firm joined by an ampersand is the body meant', () => {
    const before = 'The Treasury said its plans were on track. Earlier this month, accountancy firm Ernst & Young said the forecasts were too optimistic.';
    expect(certaintyOf('It claimed revenues would be £6bn lower than planned.', before).attributedTo).toEqual(['Ernst & Young']);
  });
});

describe('verbs of saying in the plural present, and a belief held', () => {
  it('GIVEN "Officials accuse the retailer of …" THEN the officials are the source', () => {
    expect(certaintyOf('Officials accuse the retailer of paying staff less than its rivals do.').attributedTo).toEqual(['Officials']);
  });

  it('GIVEN "Anti-virus firms report that …" THEN the firms are the source', () => {
    expect(certaintyOf('Anti-virus firms report that real e-mail has shrunk to less than 30% of messages.').attributedTo).toEqual(['Anti-virus firms']);
  });

  it('GIVEN "The sprinter is confident she will not be punished" THEN the belief is hers', () => {
    expect(certaintyOf('The sprinter is confident she will not be punished for missing the tests.').attributedTo).toEqual(['The sprinter']);
  });
});

describe('a document and who made it', () => {
  it('GIVEN "according to a round-up of gizmos compiled by Stuff Magazine" THEN the magazine is in the chain', () => {
    const certainty = certaintyOf('The phone is the top gadget of the year, according to a round-up of gizmos compiled by Stuff Magazine.');
    expect(certainty.attributedTo).toContain('Stuff Magazine');
  });

  it('GIVEN "The raid was conducted by police" THEN the police are no source of the sentence', () => {
    expect(certaintyOf('The raid was conducted by police on Monday morning.').sourcing).toBe('none');
  });
});

describe('"report that" as a noun, and a role in apposition', () => {
  it('GIVEN "despite a government report that showed …" THEN the report is no plural subject reporting', () => {
    expect(certaintyOf('Prices rose despite a government report that showed supplies were rising.').attributedTo).not.toContain('a government');
  });

  it('GIVEN "Nefzi, a chemistry professor and a member of the board, spoke" THEN a later "he said" is his, not an earlier man\'s', () => {
    const before = "Omar Hadley had visited the mosque. Nefzi, a chemistry professor and a member of the mosque's board, spoke to reporters.";
    expect(certaintyOf('"It is our bad luck," he said.', before).attributedTo).toEqual(['Nefzi']);
  });

  it('GIVEN "In a speech in Edinburgh, the prime minister said" THEN the place before the comma is no person', () => {
    expect(certaintyOf('In a speech in Edinburgh, the prime minister said the report was good news.').attributedTo).toEqual(['the prime minister']);
  });
});

describe('two given names before one surname', () => {
  it('GIVEN "Jackie Stallone" evicted, then "Sylvester Stallone\'s ex-wife Brigitte Nielsen nominated …", then "She said" THEN it is Brigitte Nielsen', () => {
    const before =
      "Jackie Stallone, the actor's mother, was the first to be evicted on Monday. Bez reacted badly to the news that he had been nominated. " +
      "Johnny received four votes against him. Sylvester Stallone's ex-wife Brigitte Nielsen nominated both men.";
    expect(certaintyOf('She said: "He is a difficult human being."', before).attributedTo).toEqual(['Brigitte Nielsen']);
  });
});

describe('a time after a speaker who follows the quotation', () => {
  it('GIVEN \'"You cannot win them all," said Gardener afterwards.\' THEN Gardener is the source', () => {
    expect(certaintyOf('"You cannot win them all," said Gardener afterwards.').attributedTo).toEqual(['Gardener']);
  });

  it('GIVEN that quotation, then a second quoted sentence THEN the second is his too', () => {
    expect(certaintyOf('"And I was very disappointed."', '"You cannot win them all," said Gardener afterwards.').attributedTo).toEqual(['Gardener']);
  });

  it('GIVEN \'"…," said the club later.\' THEN the club is the source', () => {
    expect(certaintyOf('"We will appeal against the ban," said the club later.').attributedTo).toEqual(['the club']);
  });
});

describe("a name after its club's or party's possessive", () => {
  it('GIVEN "Chelsea\'s Frank Lampard scored twice", then \'He said: "…"\' THEN he is Frank Lampard', () => {
    expect(certaintyOf('He said: "It was a great day for the club."', "Chelsea's Frank Lampard scored twice on Saturday.").attributedTo).toEqual(['Frank Lampard']);
  });

  it('GIVEN "Prime Minister\'s Questions was rowdy", then "He said" THEN the title\'s possession is no person', () => {
    expect(certaintyOf('He said it was fine.', "Prime Minister's Questions was rowdy on Wednesday.").attributedTo).not.toContain('Questions');
  });
});

describe('"and he said" after the sentence\'s subject', () => {
  it('GIVEN "Villa\'s Thomas Hollis waits on David Leary", then "Leary has been in talks and he said:" THEN he is Leary', () => {
    const before = "Aston Villa's Thomas Hollis is waiting to learn the future of manager David Leary before signing.";
    expect(certaintyOf('Leary has been in talks over a new deal and he said: "I had a message from his agent."', before).attributedTo).toEqual(['Leary']);
  });
});
