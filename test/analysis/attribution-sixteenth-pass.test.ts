import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a participle after the head of a speaking subject', () => {
  it('GIVEN "The three unions meeting Ms Kelly want …" THEN the unions speak, not the minister they meet', () => {
    expect(certaintyOf('The three unions meeting Ms Kelly want the government to drop the plans.').attributedTo).toEqual(['The three unions']);
  });

  it('GIVEN "Analysts covering Tesco said …" THEN the analysts speak, not the company they follow', () => {
    expect(certaintyOf('Analysts covering Tesco said sales would rise.').attributedTo).toEqual(['Analysts']);
  });

  it('GIVEN "Lawyers representing Mr Ebbers said …" THEN the man they act for still answers through them', () => {
    expect(certaintyOf('Lawyers representing Mr Ebbers said he would appeal.').attributedTo).toEqual(['Ebbers']);
  });

  it('GIVEN "Newspapers including El Khabar reported …" THEN the paper named among them is still the source', () => {
    expect(certaintyOf('Newspapers including El Khabar reported that roads were blocked.').attributedTo).toEqual(['El Khabar']);
  });

  it('GIVEN "the legal team for two suspects being held without trial told a court" THEN a participle inside "for …" leaves the team speaking', () => {
    const certainty = certaintyOf('On Monday, the legal team for two suspects being held without trial told a court the men did not want bail if it meant house arrest.');
    expect(certainty.attributedTo).toEqual(['the legal team for two suspects being held without trial']);
  });
});

describe('a role word capitalised only because it opens the sentence', () => {
  it('GIVEN "Songwriter Alan Price, who has worked with singers including Tom Jones, has backed …" THEN "He said" is Alan Price', () => {
    const before = 'Songwriter Alan Price, who has worked with singers including Tom Jones, has thrown his support behind the scheme.';
    expect(certaintyOf('He said the lessons would help children learn to play.', before).attributedTo).toEqual(['Alan Price']);
  });

  it('GIVEN "Keeper Tony Hart echoed his manager\'s words" THEN the quotation "…," he added is the keeper\'s', () => {
    const before = '"We want the boss to stay," said striker Jim Hale. Keeper Tony Hart echoed his manager\'s words.';
    expect(certaintyOf('"We all want him to stay," he added.', before).attributedTo).toEqual(['Tony Hart']);
  });
});

describe('a group that opens a sentence as its subject', () => {
  it('GIVEN "Five teaching unions will hold talks … at Labour\'s spring conference" THEN the next "They want" is the unions, not Labour', () => {
    const before = "Five teaching unions will hold talks with Education Secretary Ruth Kelly at Labour's spring conference in Brighton.";
    expect(certaintyOf('They want the government to drop plans to raise class sizes.', before).attributedTo).toEqual(['Five teaching unions']);
  });

  it('GIVEN "But the clubs have agreed a fee" THEN "They said" is the clubs, without the "But"', () => {
    expect(certaintyOf('They said the deal would be signed on Monday.', 'But the clubs have agreed a fee for the striker.').attributedTo).toEqual(['the clubs']);
  });

  it('GIVEN "The rule hits firms that …" THEN the object of a verb is no subject a "They said" goes back to', () => {
    const certainty = certaintyOf('They said the rules were too vague.', 'The rule hits firms that trade abroad.');
    expect(certainty.attributedTo.some((source) => source.includes('hits'))).toBe(false);
  });

  it('GIVEN "The rule will hurt firms that …" THEN the object after an auxiliary is no subject a "They said" goes back to', () => {
    const certainty = certaintyOf('They said the rules were too vague.', 'The rule will hurt firms that trade abroad.');
    expect(certainty.attributedTo.some((source) => source.includes('hurt'))).toBe(false);
  });

  it('GIVEN an opening group, then "More than half of those asked said they thought …" THEN the "they" inside the sentence adds no earlier group', () => {
    const certainty = certaintyOf('More than half of those asked said they thought the results were fair.', 'Search engine users trust the results they are shown.');
    expect(certainty.attributedTo).not.toContain('Search engine users');
  });

  it('GIVEN five unions, then "Other teaching unions have pledged …", then "The five unions … want" THEN the five are the unions counted five', () => {
    const before = 'Five teaching unions will hold talks with Ms Kelly on Friday. Other teaching unions have pledged to follow.';
    expect(certaintyOf('The five unions meeting Ms Kelly want the plans dropped.', before).attributedTo).toEqual(['Five teaching unions']);
  });
});

describe('a capitalised plural that opens a sentence and is read as a name', () => {
  it('GIVEN "Authorities will decide …" THEN a "they" inside a later clause still finds them, as it did before groups were read', () => {
    const before = 'Council tax is set to rise by 4%. Authorities will decide the final figures on Thursday.';
    const certainty = certaintyOf('The minister has criticised the rises but they have warned that services will suffer.', before);
    expect(certainty.attributedTo).toEqual(['The minister', 'Authorities']);
  });
});

describe('a verb of speech written with a capital inside a name', () => {
  it('GIVEN "Williams has won three Grand Slams, …" THEN "Slams" is part of a name, not a verb with "Grand" as its speaker', () => {
    expect(certaintyOf('Williams has won three Grand Slams, the 2002 US Open, Wimbledon in 2003 and the 2005 Australian Open.').sourcing).toBe('none');
  });

  it('GIVEN a song called "Do They Know It\'s Christmas" THEN its title quotes no one', () => {
    expect(certaintyOf("The charity's remake of Do They Know It's Christmas went straight in at number one.").sourcing).toBe('none');
  });
});

describe('a document and its author after "according to"', () => {
  it('GIVEN "according to a recent report from analysts IDC" THEN the source is IDC, not an anonymous "a recent"', () => {
    expect(certaintyOf('Sales of laptops passed 10 million in the second quarter, according to a recent report from analysts IDC.').attributedTo).toEqual(['IDC']);
  });

  it('GIVEN "according to studio estimates" THEN a relay before a noun with no author of its own still names the studio', () => {
    expect(certaintyOf('The film took $40m in weekend ticket sales, according to studio estimates.').attributedTo).toEqual(['studio']);
  });

  it('GIVEN "Research by phone maker Siemens shows that …" THEN the research is the source', () => {
    expect(certaintyOf('Research by phone maker Siemens shows that more people are using mobiles for every call.').attributedTo).toEqual(['Research by phone maker Siemens']);
  });

  it('GIVEN "A survey by the CBI shows that …" THEN the body that carried out the survey reports its finding', () => {
    expect(certaintyOf('A survey by the CBI shows that orders fell for a third month.').attributedTo).toEqual(['CBI']);
  });
});

describe('media that report at the end of a sentence', () => {
  it('GIVEN "…, state media report." THEN the state media are the source', () => {
    const certainty = certaintyOf("Beijing's efforts to cool the economy will continue into next year, state media report.");
    expect([certainty.sourcing, certainty.attributedTo]).toEqual(['media', ['state media']]);
  });

  it('GIVEN "Analysts report strong demand." THEN a plural "report" with no outlet before it is read as it was', () => {
    expect(certaintyOf('Analysts report strong demand for the new phones.').sourcing).toBe('none');
  });
});

describe('"denied" in the passive', () => {
  it('GIVEN "his side were denied two tries" THEN the side was kept from something and nothing is disputed', () => {
    expect(certaintyOf('The coach said he was furious after his side were denied two tries in the defeat.').contested).toBe(false);
  });

  it('GIVEN "The claims were denied by the company." THEN a claim denied by someone is still disputed', () => {
    expect(certaintyOf('The claims were denied by the company.').contested).toBe(true);
  });
});

describe('an expectation an outcome is compared with', () => {
  it('GIVEN "far wider than the $50bn widely expected" THEN the outcome is stated as fact', () => {
    expect(certaintyOf('The trade gap - far wider than the $50bn widely expected by economists - hit the dollar.').level).toBe('certain');
  });
});

describe('"even if" before a concession made', () => {
  it('GIVEN "even if the coach admitted the ground was a hostile place" THEN nothing is supposed: the sentence stays certain', () => {
    expect(certaintyOf('Smith won praise from the coach, even if he admitted the ground was a "hostile place" for a young player.').level).toBe('certain');
  });

  it('GIVEN "even if shareholders object" THEN a condition still lowers the sentence', () => {
    expect(certaintyOf('The deal will go ahead even if shareholders object.').level).toBe('possible');
  });
});

describe('a title with the name in apposition after it', () => {
  it('GIVEN "The Foreign Secretary, Jack Straw, has rejected …" THEN "He has said" is Jack Straw, not "Secretary"', () => {
    expect(certaintyOf('He has said the matter is closed.', 'The Foreign Secretary, Jack Straw, has rejected calls for an inquiry.').attributedTo).toEqual(['Jack Straw']);
  });

  it('GIVEN a speaker, then "The Attorney General, Lord Goldsmith, has …" THEN the next "He said" is the one the title opened the sentence for', () => {
    const before =
      'But Simon Hart of the Countryside Alliance has questioned how police will act. "You can hunt a rat, but not a mouse," he said. ' +
      'The Attorney General, Lord Goldsmith, has issued no instructions to police.';
    expect(certaintyOf('He said he will consult the police.', before).attributedTo).toEqual(['Goldsmith']);
  });

  it('GIVEN "The Prime Minister has rejected …" with no name THEN "He has said" is the office as written', () => {
    expect(certaintyOf('He has said the matter is closed.', 'The Prime Minister has rejected calls for an inquiry.').attributedTo).toEqual(['The Prime Minister']);
  });

  it('GIVEN "Ms King was elected …" THEN a surname that is also a title is still the woman\'s surname', () => {
    expect(certaintyOf('She said: "I am delighted."', 'Ms King was elected in 2001.').attributedTo).toEqual(['King']);
  });
});

describe('a web address in a source', () => {
  it('GIVEN "Marco Fanlo, chief revenue officer at Shopping.com, said that …" THEN the full stop inside the address ends nothing', () => {
    expect(certaintyOf('Marco Fanlo, chief revenue officer at Shopping.com, said that broadband was driving interest.').attributedTo).toEqual(['Marco Fanlo']);
  });
});

describe('a speaker after a phrase of place or occasion', () => {
  it('GIVEN "At the Electronics Show in Las Vegas Microsoft boss Bill Gates said" THEN the speaker is the man, not the show', () => {
    expect(certaintyOf('At the Electronics Show in Las Vegas Microsoft boss Bill Gates said the console would be part of it.').attributedTo).toEqual(['Bill Gates']);
  });

  it('GIVEN "The Institute also cited the death of actor Marlon Brando" THEN a role and name after "of" are what was cited, no source', () => {
    expect(certaintyOf('The Institute also cited the death of actor Marlon Brando and the changing landscape of TV news.').attributedTo).toEqual(['Institute']);
  });
});

describe('a line in title case', () => {
  it('GIVEN "Minister Says Rates Will Rise Next Year" THEN its capitalised verb of speech is still read', () => {
    expect(certaintyOf('Minister Says Rates Will Rise Next Year.').sourcing).not.toBe('none');
  });
});

describe('a role word opening the sentence before a name whose first word is also a common word', () => {
  it('GIVEN "Songwriter Guy Chambers, who has worked with … Robbie Williams, has …" THEN "He said" is Guy Chambers', () => {
    const before = 'Songwriter Guy Chambers, who has worked with stars including Robbie Williams, has thrown his support behind the scheme.';
    expect(certaintyOf('He said the lessons would help children.', before).attributedTo).toEqual(['Guy Chambers']);
  });
});

describe('a magazine as a source (qa24)', () => {
  it('GIVEN "The magazine says the gadget will sell well." THEN the magazine is a media source', () => {
    const certainty = certaintyOf('The magazine says the gadget will sell well.');
    expect([certainty.sourcing, certainty.attributedTo]).toEqual(['media', ['magazine']]);
  });

  it('GIVEN "Vibe magazine president Kenard Gibbs said" THEN the man who runs the magazine speaks, by name', () => {
    expect(certaintyOf('Vibe magazine president Kenard Gibbs said the attack was "sickening".').attributedTo).toEqual(['Kenard Gibbs']);
  });

  it('GIVEN "according to Q magazine editor Paul Rees", then a quotation and "He added:" THEN the editor is the "he"', () => {
    const before = 'Drummer Larry Mullen Jr echoed those sentiments. The band have stayed the biggest in the world, according to Q magazine editor Paul Rees. "This makes them hugely determined."';
    expect(certaintyOf('He added: "They are equally determined."', before).attributedTo).toEqual(['Paul Rees']);
  });
});

describe('wishes, proposals and words not said yet (qa24)', () => {
  it('GIVEN "Its leaders want to make the party a force" THEN a wish described is no claim of theirs', () => {
    expect(certaintyOf('Its leaders want to make the party a force in the north.').sourcing).toBe('none');
  });

  it('GIVEN "They want the government to withdraw the rules" THEN a demand made of someone is still theirs', () => {
    expect(certaintyOf('They want the government to withdraw the rules.', 'Five teaching unions met the minister on Friday.').attributedTo).toEqual(['Five teaching unions']);
  });

  it('GIVEN "The firm had initially hoped to launch the drug" THEN a hope described is no claim of the firm\'s', () => {
    expect(certaintyOf('The firm had initially hoped to launch the drug next year.').sourcing).toBe('none');
  });

  it('GIVEN "Jake Bratman proposed to Christina Lane" THEN a proposal of marriage carries no words', () => {
    expect(certaintyOf("Singer Jake Bratman proposed to Christina Lane on Valentine's Day.").sourcing).toBe('none');
  });

  it('GIVEN "The minister proposed to Parliament that …" THEN a proposal made to a body is still the minister\'s', () => {
    expect(certaintyOf('The minister proposed to Parliament that the tax be cut.').attributedTo).toEqual(['The minister']);
  });

  it('GIVEN "is reportedly close to confirming X as his coach" THEN he has said nothing yet', () => {
    expect(certaintyOf('Andy Roddick is reportedly close to confirming Dean Goldfine as his new coach.').attributedTo).toEqual(["people not named ('reportedly')"]);
  });

  it('GIVEN "Hopefully, we can get to that final," he said THEN the hope lowers the certainty', () => {
    expect(certaintyOf('"Hopefully, we can get to that final," he said.').level).toBe('possible');
  });
});

describe('a quotation after a clause and a colon', () => {
  it('GIVEN "Mr Blair set out his plan: \\"…\\"" THEN the speaker is Blair, not the words of the clause', () => {
    expect(certaintyOf('Mr Blair set out his plan: "We will cut taxes."').attributedTo).toEqual(['Blair']);
  });

  it('GIVEN "Mr Smith\'s lawyer read a statement: \\"…\\"" THEN a man named in a possessive is no speaker, and no clause is one', () => {
    expect(certaintyOf('Mr Smith\'s lawyer read a statement: "He is innocent."').attributedTo).toEqual([]);
  });
});
