import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analysis/certainty.ts';
import { readArticle } from '../../src/corpus/load.ts';
import { certaintyOf } from '../support/certainty-of.ts';
import { must } from '../support/must.ts';

describe('a subject the verb of speech was cut off from', () => {
  it('GIVEN "The hospital had earlier said that …" THEN "earlier" is an adverb and the hospital is the source', () => {
    const certainty = certaintyOf('Ashford General Hospital had earlier said that patients waiting longer would be moved.');
    expect(certainty.attributedTo).toEqual(['Ashford General Hospital']);
  });

  it('GIVEN "earlier claims" THEN "claims" stays a noun after "earlier"', () => {
    expect(certaintyOf('The minister rejected earlier claims about the contract.').sourcing).toBe('none');
  });

  it('GIVEN a source after "after" ("after the law lords said …") THEN the law lords are the source', () => {
    const certainty = certaintyOf('The rules were changed after the law lords said the old powers were discriminatory.');
    expect(certainty.attributedTo).toEqual(['the law lords']);
  });

  it('GIVEN "the Commons transport and environment committee said" THEN the committee is named whole', () => {
    const certainty = certaintyOf('The Commons transport and environment committee said the scheme had been badly run.');
    expect(certainty.attributedTo).toEqual(['Commons transport and environment committee']);
  });

  it('GIVEN "the unions and the committee said" THEN the words after "and" are a source of their own, not one body', () => {
    const certainty = certaintyOf('Talks stalled on Monday and the committee said it would meet again.');
    expect(certainty.attributedTo).toEqual(['the committee']);
  });

  it('GIVEN a hyphenated kind of firm ("The oil-and-gas firm said") THEN the firm is the source', () => {
    const certainty = certaintyOf('The oil-and-gas firm said it had found irregularities at a subsidiary.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['The oil-and-gas firm']);
  });

  it('GIVEN "Northern Rail management has said" THEN the management speaks for the firm', () => {
    expect(certaintyOf('Northern Rail management has said it may have to cut services.').attributedTo).toEqual(['Northern Rail management']);
  });
});

describe('names that end in a number, or are hyphenated', () => {
  it('GIVEN "Pressure group Transport 2000 said" THEN the group’s numbered name is the source, a body', () => {
    const certainty = certaintyOf('Pressure group Transport 2000 said the fuel duty freeze sent the wrong message.');
    expect(certainty.attributedTo).toEqual(['Transport 2000']);
    expect(certainty.sourcing).toBe('named');
  });

  it('GIVEN "Number 10 said" THEN Downing Street’s name is the source', () => {
    expect(certaintyOf('Number 10 said the matter should now be left to the palace.').attributedTo).toEqual(['Number 10']);
  });

  it('GIVEN "Section 12 of the act calls for" THEN a numbered part of a law is no speaker', () => {
    expect(certaintyOf('Section 12 of the act calls for all firms to publish their accounts.').sourcing).toBe('none');
  });

  it('GIVEN a quotation "…," said Kim Dae-sung, governor of a bank THEN the hyphenated name is the speaker', () => {
    const certainty = certaintyOf('"Lenders would seek sanctions against the group," said Kim Dae-sung, governor of the development bank.');
    expect(certainty.attributedTo).toEqual(['Kim Dae-sung']);
  });
});

describe('the publisher’s own correspondent', () => {
  it('GIVEN "…, said our correspondent" THEN the correspondent is a media source', () => {
    const certainty = certaintyOf('This would allow months of hard bargaining to follow, said our correspondent.');
    expect(certainty.sourcing).toBe('media');
    expect(certainty.attributedTo).toEqual(['our correspondent']);
  });

  it('GIVEN "Our correspondent said …" and then "…, he added" THEN the correspondent goes on speaking', () => {
    const certainty = certaintyOf('There was "some chance" of the strike being called off, he added.', 'Our correspondent said a deal was close.');
    expect(certainty.attributedTo).toEqual(['Our correspondent']);
  });

  it('GIVEN "according to our correspondent" and then a quotation "…," he said THEN "he" is the minister quoted before', () => {
    const certainty = certaintyOf(
      'Turning the agency around "was like turning a tanker", he said.',
      'Lord Hale said he was disappointed. The findings, according to our correspondent, hold few surprises.',
    );
    expect(certainty.attributedTo).toEqual(['Hale']);
  });
});

describe('a name behind an aside', () => {
  it('GIVEN "Lyon-based Vetra, owner of Maxell in Leeds, has also said" THEN the firm is the source', () => {
    expect(certaintyOf('Lyon-based Vetra, owner of Maxell in Leeds, has also said it is interested in bidding.').attributedTo).toEqual(['Vetra']);
  });

  it('GIVEN "One of the losing bidders, Swiss-based group Halvex, said" THEN the named group is the source', () => {
    expect(certaintyOf('One of the losing bidders, Swiss-based group Halvex, said it welcomed the news.').attributedTo).toEqual(['Halvex']);
  });

  it('GIVEN "The firm, led by new chief executive Ann Lowe, said" THEN the firm speaks, not the one who leads it', () => {
    const certainty = certaintyOf('The Leeds firm, led by new chief executive Ann Lowe, said it hoped to return to profit.');
    expect(certainty.attributedTo).toEqual(['The Leeds firm']);
  });

  it('GIVEN "The survey, carried out by pollster Jo Dunn, says" THEN the survey is the source, not its pollster alone', () => {
    expect(certaintyOf('The study, carried out by transport expert Jo Dunn, says lower limits would save lives.').sourcing).not.toBe('none');
  });

  it('GIVEN "Responding to the speech, shadow home secretary, Ann Hale, said" THEN a role with no article names the person after it', () => {
    expect(certaintyOf('Responding to the speech, shadow home secretary, Ann Hale, said the plans were uncosted.').attributedTo).toEqual(['Ann Hale']);
  });

  it('GIVEN "Lord Bates, Minister for Rail Safety, said" THEN the name speaks, not the last word of the office', () => {
    expect(certaintyOf('Lord Bates, Minister for Rail Safety, said he was disappointed with the delays.').attributedTo).toEqual(['Bates']);
  });

  it('GIVEN a union and its short form in brackets after the speaker’s role THEN the speaker is the person, not the short form', () => {
    const certainty = certaintyOf('However, Asha Rao, general secretary of the Federation of Dock Workers (FDW), said the move was wrong.');
    expect(certainty.attributedTo).toEqual(['Asha Rao']);
  });
});

describe('a document and what it is about', () => {
  it('GIVEN "An audit office report on the ten biggest projects says" THEN the report is the source', () => {
    expect(certaintyOf('A National Audit Office report on the ten biggest projects says costs have risen.').sourcing).not.toBe('none');
  });

  it('GIVEN "the 20 biggest projects" THEN "projects" is a noun, no verb of forecasting', () => {
    expect(certaintyOf('Costs on the 20 biggest projects rose by £1bn.').sourcing).toBe('none');
  });
});

describe('going on with a thing is no saying', () => {
  it('GIVEN "its management has continued talks with" THEN nothing is attributed', () => {
    expect(certaintyOf('A new offer is expected as its management has continued talks with the board.').sourcing).toBe('none');
  });

  it('GIVEN "The minister continued: …" THEN the minister still speaks', () => {
    expect(certaintyOf('The minister continued that the plans would go ahead.').sourcing).toBe('named');
  });
});

describe('a pronoun opening a clause on the main clause’s object', () => {
  it('GIVEN "Russia hit the firm with a tax bill it says the company owes" THEN the claim is Russia’s, not the firm’s', () => {
    expect(certaintyOf('Russia hit the oil firm with a $20bn tax bill it says the company owes.').attributedTo).toEqual(['Russia']);
  });

  it('GIVEN "The Russian government hit the firm with a bill it says …" THEN the government is the source', () => {
    expect(certaintyOf('The Russian government hit the oil firm with a $20bn tax bill it says the company owes.').attributedTo).toEqual(['Russian government']);
  });

  it('GIVEN "Prosecutors have frozen shares to cover the debt, which they claim is owed by the firm" THEN the prosecutors claim it', () => {
    expect(certaintyOf('Prosecutors have frozen the shares to cover the debt, which they claim is owed by the firm.').attributedTo).toEqual(['Prosecutors']);
  });

  it('GIVEN "…, it said" after a comma THEN "it" is no relative clause and is not read as the sentence’s subject', () => {
    expect(certaintyOf('State-owned lenders may be even worse hit, it said.').attributedTo).not.toEqual(['State']);
  });
});

describe('a country that speaks is its government', () => {
  it('GIVEN "Turkey had insisted …" and then "…, it added" THEN "it" is Turkey', () => {
    expect(certaintyOf('The talks would go on, it added.', 'Turkey had insisted it would not bow to pressure.').attributedTo).toEqual(['Turkey']);
  });

  it('GIVEN "Turkey had insisted …" and then "…, he said" THEN "he" is not Turkey', () => {
    expect(certaintyOf('"We will not move," he said.', 'Turkey had insisted it would not bow to pressure.').attributedTo).not.toEqual(['Turkey']);
  });
});

describe('a claim or an announcement whose maker is left out', () => {
  it('GIVEN "…, it has been claimed" THEN the sourcing is vague', () => {
    expect(certaintyOf('The minister’s remark has diverted attention from the real issues, it has been claimed.').sourcing).toBe('vague');
  });

  it('GIVEN "It was announced last July that three bodies would be abolished" THEN the sourcing is vague', () => {
    expect(certaintyOf('It was announced last July that three public bodies would be abolished.').sourcing).toBe('vague');
  });
});

describe('a role in the lead named only further on', () => {
  const leadOf = (body: string): string[] => {
    const result = readArticle('lead.txt', new TextEncoder().encode(`A headline\n\n${body}\n`));
    if (!result.ok) throw new Error('the loader refused the article');
    return must(analyseArticle(result.article).sentences[0], 'the lead').attributedTo;
  };

  it('GIVEN "The home secretary has defended …" and then "Home Secretary Jo Vale said" THEN the lead is Jo Vale’s', () => {
    expect(leadOf('The home secretary has defended his decision to hold the men.\n\nHome Secretary Jo Vale said they posed a threat.')).toEqual(['Jo Vale']);
  });

  it('GIVEN "The spokesman said …" in the lead and a spokesman of another body named later THEN the lead stays as written', () => {
    expect(leadOf('The spokesman said the plan was sound.\n\nBut Ann Ford, spokesman for the refugee council, said it was not.')).toEqual(['The spokesman']);
  });

  it('GIVEN a shadow home secretary named later too THEN the lead is the home secretary, not the shadow one', () => {
    const body = 'The home secretary has defended the plan.\n\nHome Secretary Jo Vale said it was needed.\n\nShadow home secretary Tim Bell said the home secretary was wrong.';
    expect(leadOf(body)).toEqual(['Jo Vale']);
  });
});

describe('a price that moves by a figure', () => {
  it('GIVEN "Brent crude rose, adding $1.89 to $48.62" THEN "adding" is the price’s move, no saying', () => {
    expect(certaintyOf('Brent crude also rose in London trading, adding $1.89 to $48.62 at the close.').sourcing).toBe('none');
  });

  it('GIVEN "…, adding that the plan was sound" THEN "adding" is still speech', () => {
    expect(certaintyOf('The minister spoke for an hour, adding that the plan was sound.').sourcing).toBe('named');
  });
});

describe('a body the sentence does not name', () => {
  it('GIVEN "branded inadequate by a leading retirement think-tank" THEN the think-tank is a vague source, not an anonymous person', () => {
    expect(certaintyOf('The pension system has been branded inadequate by a leading retirement think-tank.').sourcing).toBe('vague');
  });
});

describe('an outlet in the possessive before its journalist', () => {
  it('GIVEN "…, says the BBC’s Jane Hale in Rome" THEN the source is the BBC, a media source', () => {
    const certainty = certaintyOf('One reason for the result is the changeover to the euro, says the BBC’s Jane Hale in Rome.');
    expect(certainty.sourcing).toBe('media');
    expect(certainty.attributedTo).toEqual(['BBC']);
  });

  it('GIVEN "told the BBC’s Politics Show" THEN the programme is no journalist and the speaker stays the source', () => {
    expect(certaintyOf('On Sunday, Jo Gavron told the BBC’s Politics Show she believed he would say sorry.').attributedTo[0]).toBe('Jo Gavron');
  });

  it('GIVEN "The agency’s former chief executive Doug Smith quit, claiming" THEN "agency" is no outlet', () => {
    expect(certaintyOf('The agency’s former chief executive Doug Smith quit last autumn claiming he was disappointed.').sourcing).not.toBe('media');
  });
});

describe('a role going on with "also"', () => {
  it('GIVEN "Ms Vale told the BBC …" and then "The minister also confirmed …" THEN the minister is Ms Vale', () => {
    expect(certaintyOf('The minister also confirmed she had met the group.', 'Ms Vale told the BBC progress had been made.').attributedTo).toEqual(['Vale']);
  });

  it('GIVEN "The minister also …" with a minister of that office named earlier THEN that minister, not the last speaker', () => {
    const certainty = certaintyOf('The health minister also said the plan was sound.', 'Health Minister Tom Hale opened the ward. Ms Vale told the BBC progress had been made.');
    expect(certainty.attributedTo).toEqual(['Tom Hale']);
  });

  it('GIVEN "The minister confirmed …" with no "also" THEN the role stays as written', () => {
    expect(certaintyOf('The minister confirmed she had met the group.', 'Ms Vale told the BBC progress had been made.').attributedTo).toEqual(['The minister']);
  });
});

describe('a relative clause of speech after its source', () => {
  it('GIVEN "…Acceptance Corp (GMAC), which has said it may …" THEN the auxiliary does not hide the relative word', () => {
    expect(certaintyOf('It is widening the reach of Harlow Motors Credit Corp (HMCC), which has said it may enter the home loan market.').attributedTo).toEqual(['Harlow Motors Credit Corp']);
  });

  it('GIVEN "a medical journal article that claimed …" THEN the article is the source', () => {
    expect(certaintyOf('The move is a response to a British Medical Journal article that claimed the papers were missing.').sourcing).not.toBe('none');
  });

  it('GIVEN "a leader that believes …" THEN "that" after a person is no relative word of a source', () => {
    expect(certaintyOf('This is a party and a leader that believes it is on the way to something special.').sourcing).toBe('none');
  });

  it('GIVEN "Prosecutors argued the firms ignored research that highlighted problems" THEN the research is inside their claim, no second source', () => {
    expect(certaintyOf('Prosecutors had argued that the firms ignored research that highlighted problems.').attributedTo).toEqual(['Prosecutors']);
  });
});

describe('a verb of speech coordinated with the sentence’s first verb', () => {
  it('GIVEN "The BCC found the economy faced risks and warned that growth will slow" THEN the BCC warned', () => {
    expect(certaintyOf('The BCC found the economy still faced "major risks" and warned that growth will slow.').attributedTo).toEqual(['BCC']);
  });
});

describe('a verb of speech coordinated with the sentence’s own verb of speech', () => {
  it('GIVEN "He described the ban as "ridiculous" but said …" after "Farmer Tom Reed told BBC News …" THEN only the farmer speaks', () => {
    const certainty = certaintyOf('He described the ban as "ridiculous" but said it would be hard to defy.', 'Farmer Tom Reed told BBC News the ban was wrong.');
    expect(certainty.attributedTo).toHaveLength(1);
    expect(certainty.attributedTo[0]).toContain('Tom Reed');
  });
});

describe('a court’s ruling, a judgement in a name, an office with no name', () => {
  it('GIVEN "The High Court ruled that …" THEN the court is the source', () => {
    expect(certaintyOf('The High Court ruled that the case fell within the convention.').attributedTo).toEqual(['High Court']);
  });

  it('GIVEN "after law lords ruled last month that …" THEN the law lords are a named source', () => {
    const certainty = certaintyOf('The men were freed after law lords ruled last month that their detention was unlawful.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['law lords']);
  });

  it('GIVEN "The judge ruled out a retrial" THEN ruling something out is no finding', () => {
    expect(certaintyOf('The judge ruled out a retrial.').sourcing).toBe('none');
  });

  it('GIVEN "The Law Society dubbed the plan an "abuse of power"" THEN the judgement is the Law Society’s', () => {
    expect(certaintyOf('The Law Society dubbed the plan an "abuse of power".').attributedTo).toEqual(['Law Society']);
  });

  it('GIVEN "The Lord Chancellor has defended …" THEN the office is named whole, not "Chancellor"', () => {
    expect(certaintyOf('The Lord Chancellor has defended the plans.').attributedTo).toEqual(['Lord Chancellor']);
  });
});

describe('a norm is no forecast', () => {
  it('GIVEN "fallen "well below the standards expected"" THEN "expected" hedges nothing', () => {
    expect(certaintyOf('His conduct had fallen "well below the standards expected", the committee said.').level).toBe('certain');
  });

  it('GIVEN "The rise expected next year will be small" THEN the forecast still hedges', () => {
    expect(certaintyOf('The rise expected next year will be small.').level).not.toBe('certain');
  });
});

describe('a ruling as a noun, a surname that is a title word', () => {
  it('GIVEN "to overturn a court ruling that threw out its claim" THEN the noun "ruling" attributes nothing to the department', () => {
    expect(certaintyOf('The Justice Department is to try to overturn a court ruling that threw out its claim.').sourcing).toBe('none');
  });

  it('GIVEN "Ms King said" THEN "King" is her surname, no office', () => {
    expect(certaintyOf('Ms King said she was delighted at the chance.').attributedTo).toEqual(['King']);
  });
});

describe('"the committee", "the bank": the body that spoke whose name holds the noun', () => {
  it('GIVEN "The environment select committee said …" then "But the committee said …" THEN the committee, not a group named at the start', () => {
    const before = 'Anglers could be prosecuted under the plans. The Commons environment select committee said the wording was sloppy.';
    expect(certaintyOf('But the committee said an amendment was needed.', before).attributedTo).toEqual(['Commons environment select committee']);
  });

  it('GIVEN "Bank of America said …" then "the bank said" THEN Bank of America', () => {
    const before = 'Bank of America said it had lost tapes holding the records of 1.2 million staff. The US Secret Service is investigating.';
    expect(certaintyOf('The bank said the records had probably not been misused.', before).attributedTo).toEqual(['Bank of America']);
  });
});

describe('agreeing a thing is an act', () => {
  it('GIVEN "Three former executives agreed settlements with the SEC" THEN no source', () => {
    expect(certaintyOf('Three former executives agreed settlements with the regulator.').sourcing).toBe('none');
  });

  it('GIVEN "He agreed the plan was flawed" THEN agreeing to a claim is still his', () => {
    expect(certaintyOf('Mr Hale agreed the plan was flawed.').attributedTo).toEqual(['Hale']);
  });
});

describe('two sources joined by "and" at the head of the clause', () => {
  it('GIVEN "Mr Hale and Mr Dunn said …" THEN both men are sources', () => {
    expect(certaintyOf('Mr Hale and Mr Dunn said the plan was sound.').attributedTo).toEqual(['Hale', 'Dunn']);
  });

  it('GIVEN "The Tories and the Lib Dems have called for …" THEN both parties are sources', () => {
    expect(certaintyOf('The Tories and the Lib Dems have called for a second inquiry.').attributedTo).toEqual(['Tories', 'Lib Dems']);
  });

  it('GIVEN "Commentators and the firm itself claim …" THEN a vague group and the firm, and the sourcing is vague', () => {
    const certainty = certaintyOf('Commentators and Halvex itself claim the firm is the target of a campaign.');
    expect(certainty.attributedTo).toEqual(['Commentators', 'Halvex']);
    expect(certainty.sourcing).toBe('vague');
  });

  it('GIVEN "Trade and Industry Secretary Jo Vale said" THEN the "and" is inside her title: one source', () => {
    expect(certaintyOf('Trade and Industry Secretary Jo Vale said the plan was sound.').attributedTo).toEqual(['Jo Vale']);
  });

  it('GIVEN "The Health and Safety Executive said" THEN one body', () => {
    expect(certaintyOf('The Health and Safety Executive said it had launched an inquiry.').attributedTo).toHaveLength(1);
  });

  it('GIVEN a list "only Peru, Chile and the Philippines have accepted …, the bank said" THEN no list member is a source', () => {
    expect(certaintyOf('So far only Peru, Chile and the Philippines have accepted the offer, the bank said.').attributedTo).toEqual(['the bank']);
  });
});

describe('a body the lead leaves unnamed and the article names', () => {
  const leadOf = (body: string): string[] => {
    const result = readArticle('lead.txt', new TextEncoder().encode(`A headline\n\n${body}\n`));
    if (!result.ok) throw new Error('the loader refused the article');
    return must(analyseArticle(result.article).sentences[0], 'the lead').attributedTo;
  };

  it('GIVEN "…, a committee of MPs has warned" and then "the transport select committee said" THEN the lead is the committee’s', () => {
    expect(leadOf('Drivers could be fined twice under the plans, a committee of MPs has warned.\n\nThe transport select committee said the wording was sloppy.')).toEqual([
      'The transport select committee',
    ]);
  });

  it('GIVEN two committees that speak later THEN the lead stays a committee of MPs', () => {
    const body =
      'Drivers could be fined twice under the plans, a committee of MPs has warned.\n\nThe transport select committee said the wording was sloppy.\n\nThe Commons public accounts committee said the costs were unknown.';
    expect(leadOf(body)).toEqual(['a committee of MPs']);
  });
});

describe('a plural of people that opens the lead is no body', () => {
  it('GIVEN a lead opening "Anglers and fishermen could be prosecuted …" THEN a later "the committee said" is not the anglers', () => {
    const body = [
      'Anglers and fishermen could find themselves prosecuted under plans to crack down on animal cruelty, a committee of MPs has warned.',
      'Sloppy wording of the draft bill could leave anglers facing court, the environment select committee said. The MPs said they were concerned. They raised complex issues which needed to be resolved, MPs said.',
      'The committee made 101 recommendations after hearing evidence. "We accept that angling should not fall within the bill."',
      'But the committee said an amendment was needed.',
    ].join('\n\n');
    const result = readArticle('anglers.txt', new TextEncoder().encode(`Anglers could face prosecution\n\n${body}\n`));
    if (!result.ok) throw new Error('the loader refused the article');
    const sentences = analyseArticle(result.article).sentences;
    expect(must(sentences.at(-1), 'the last sentence').attributedTo).not.toEqual(['Anglers']);
  });
});

describe('a ruling reported after its content', () => {
  it('GIVEN "…, the Law Lords have ruled." THEN the Law Lords are the source', () => {
    expect(certaintyOf('The immigration rules discriminated against Roma, the Law Lords have ruled.').attributedTo).toEqual(['Law Lords']);
  });

  it('GIVEN "The House of Lords ruled by an eight to one majority in favour of …" THEN how the court ruled names no source', () => {
    expect(certaintyOf('The House of Lords ruled by an eight to one majority in favour of the men.').sourcing).toBe('none');
  });
});

describe('an outlet named with a lower-case "the"', () => {
  it('GIVEN "after the Sunday Times alleged …" THEN the paper, a media source, not "Times"', () => {
    const certainty = certaintyOf('The inquiry was launched after the Sunday Times alleged he took money.');
    expect(certainty.sourcing).toBe('media');
    expect(certainty.attributedTo).toEqual(['the Sunday Times']);
  });

  it('GIVEN "respondents in the Sunday Times poll" THEN the poll is not the paper', () => {
    expect(certaintyOf('Some 63% of respondents in the Sunday Times poll thought she acted vindictively.').sourcing).not.toBe('media');
  });
});

describe('a judgement in the passive whose agent has a clause of its own', () => {
  it('GIVEN "dubbed Britain’s Guantanamo Bay by civil rights campaigners opposed to the laws" THEN the campaigners, a vague source', () => {
    const certainty = certaintyOf('The prison has been dubbed Britain’s Guantanamo Bay by civil rights campaigners opposed to the new laws.');
    expect(certainty.sourcing).toBe('vague');
    expect(certainty.attributedTo).toEqual(['civil rights campaigners']);
  });
});

describe('states of mind with an adverb, counted groups', () => {
  it('GIVEN "The two opposition parties are particularly worried that …" THEN the parties hold the worry', () => {
    expect(certaintyOf('The two opposition parties are particularly worried that the orders would be imposed by a minister.').attributedTo).toEqual(['The two opposition parties']);
  });

  it('GIVEN "A number of large shareholders expressed unhappiness, saying …" THEN a vague group, no anonymous person', () => {
    expect(certaintyOf('A number of large shareholders expressed unhappiness at the decision, saying the offer was too low.').sourcing).toBe('vague');
  });

  it('GIVEN "The number of Americans filing claims jumped" THEN a count is no source', () => {
    expect(certaintyOf('The number of people filing jobless claims jumped to 367,000.').sourcing).not.toBe('vague');
  });
});
