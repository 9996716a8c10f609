import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('an article that opens a noun phrase of its own inside the words before the verb', () => {
  it('GIVEN "That\'s why the Lyons review recommends …" THEN the review is the source, not the words before it', () => {
    expect(certaintyOf("That's why the Lyons review recommends that the targets be cut to ten.").attributedTo).toEqual(['the Lyons review']);
  });

  it('GIVEN "Two weeks\' ago the airline announced …" THEN the time is no part of the source', () => {
    expect(certaintyOf("Two weeks' ago the airline announced it would close two routes.").attributedTo).toEqual(['the airline']);
  });

  it('GIVEN "According to Ms Walker the chancellor said: …" (no comma) THEN the chancellor is a source of his own, not part of her name', () => {
    expect(certaintyOf('According to Ms Walker the chancellor said: "We will not raise the rate."').attributedTo).toEqual(['Walker', 'the chancellor']);
  });

  it('GIVEN "the £2bn the Treasury had pledged." ending the sentence THEN the pledge is background and the Treasury no source of the sentence', () => {
    expect(certaintyOf('The new bill dwarfs the £2bn the Treasury had pledged.').sourcing).toBe('none');
  });

  it('GIVEN a kind of body before its name ("Pressure group the Ramblers Association said") THEN the body is named', () => {
    expect(certaintyOf('Pressure group the Ramblers Association said the path should stay open.').attributedTo).toEqual(['Ramblers Association']);
  });
});

describe('who issued the statement a participle reports', () => {
  it('GIVEN "Mr Dale and Mr Ross issued a statement late on Friday saying …" THEN both men are sources', () => {
    expect(certaintyOf('Mr Dale and Mr Ross issued a statement late on Friday saying they would keep their shares.').attributedTo).toEqual(['Dale', 'Ross']);
  });

  it('GIVEN "The unions and the employers issued a statement saying …" THEN the two sides are the sources, not the statement', () => {
    expect(certaintyOf('The unions and the employers issued a statement saying talks would resume.').attributedTo).toEqual(['The unions', 'the employers']);
  });

  it('GIVEN "The firm released a statement saying …" THEN the firm is the source', () => {
    expect(certaintyOf('The firm released a statement saying sales had fallen.').attributedTo).toEqual(['The firm']);
  });
});

describe('speech acts named by what they do', () => {
  it('GIVEN "Trade minister Mark Vale compared the bid to a raid …" THEN the minister is the source of the comparison', () => {
    expect(certaintyOf("Trade minister Mark Vale compared the firm's bid to a raid on the national interest.").attributedTo).toEqual(['Mark Vale']);
  });

  it('GIVEN "Profits were up 5% compared to 2003" THEN a comparison of figures has no source', () => {
    expect(certaintyOf('Profits were up 5% compared to 2003.').sourcing).toBe('none');
  });

  it('GIVEN "Sales compared with a year ago were up" THEN "compared with" is no speaker’s', () => {
    expect(certaintyOf('Sales compared with a year ago were up by a tenth.').sourcing).toBe('none');
  });

  it('GIVEN "the former finance chief implicated his colleague in the fraud" THEN the one who implicates is the source', () => {
    expect(certaintyOf('Giving evidence at the trial, former finance chief Tom Sallis implicated his colleague in the fraud.').attributedTo).toEqual(['Tom Sallis']);
  });

  it('GIVEN "echoed criticisms of the scheme" THEN the one who echoes them is the source', () => {
    expect(certaintyOf('Shadow health secretary Ann Lyle echoed criticisms of the way the scheme was run.').attributedTo).toEqual(['Ann Lyle']);
  });

  it('GIVEN "echoed the chant of the crowd" THEN an echo of no words said has no source', () => {
    expect(certaintyOf('The hall echoed the chant of the crowd outside.').sourcing).toBe('none');
  });

  it('GIVEN "has attempted to portray the witness as a liar" THEN the lawyer is the source of the portrayal', () => {
    expect(certaintyOf('Defence lawyer Ray Weiner has attempted to portray the witness as a liar.').attributedTo).toEqual(['Ray Weiner']);
  });

  it('GIVEN "The Greens are promising to scrap the tax" THEN a promise in the progressive is the party’s', () => {
    expect(certaintyOf('The Greens are promising to scrap the tax for first-time buyers.').attributedTo).toEqual(['Greens']);
  });

  it('GIVEN "Doctors have expressed concerns that the rules could …" THEN the doctors are a vague source', () => {
    const certainty = certaintyOf('Doctors have expressed concerns that the new rules could hamper research.');
    expect(certainty.sourcing).toBe('vague');
    expect(certainty.attributedTo).toEqual(['Doctors']);
  });
});

describe('nouns that look like verbs of speech', () => {
  it('GIVEN "The number of people filing initial jobless claims jumped" THEN "claims" is a noun and nobody is the source', () => {
    expect(certaintyOf('The number of people filing initial jobless claims jumped to 367,000.').sourcing).toBe('none');
  });

  it('GIVEN "sold to recover government tax claims" THEN "claims" is the object of "recover", a noun', () => {
    expect(certaintyOf('The unit was sold by the authorities to recover government tax claims against the firm.').sourcing).toBe('none');
  });

  it('GIVEN "A leading expert on the economy says …" THEN the expert still speaks', () => {
    expect(certaintyOf('A leading expert on the economy says that the plan is a desperate measure.').sourcing).toBe('anonymous');
  });
});

describe('an unnamed belief with words between its parts', () => {
  it('GIVEN "there are already suggestions he is set to quit" THEN the suggestion is vague', () => {
    expect(certaintyOf('He would not be drawn, but there are already suggestions he is set to quit.').sourcing).toBe('vague');
  });
});

describe('what a phrase of time, an event or an object takes from the source', () => {
  it('GIVEN "Last month Australia\'s competition watchdog said" THEN the time is no part of the source', () => {
    expect(certaintyOf("Last month Australia's competition watchdog said it would not oppose the purchase.").attributedTo).toEqual(["Australia's competition watchdog"]);
  });

  it('GIVEN "The strike, called by the union, was the biggest" THEN a strike called is an act and has no source', () => {
    expect(certaintyOf('The strike, called by the Public and Commercial Services Union, was the biggest in a decade.').sourcing).toBe('none');
  });

  it('GIVEN "criticised by the Public and Commercial Services Union" THEN the union is named whole, its "and" inside the name', () => {
    expect(certaintyOf('The plan was criticised by the Public and Commercial Services Union.').attributedTo).toEqual(['Public and Commercial Services Union']);
  });

  it('GIVEN "Dr Fox also underlined Tory promises to cut tax" THEN Dr Fox is the source and "promises" the noun he stressed', () => {
    expect(certaintyOf('Dr Fox also underlined Tory promises to cut tax by £4bn.').attributedTo).toEqual(['Fox']);
  });

  it('GIVEN "Mr Brown denied Conservative claims that …" THEN the claim is still the Conservatives\'', () => {
    expect(certaintyOf('Mr Brown denied Conservative claims that he had fiddled the figures.').attributedTo).toContain('Conservative');
  });

  it('GIVEN "She underlined the passage in red" THEN a line under words is no speech', () => {
    expect(certaintyOf('She underlined the passage in red.').sourcing).toBe('none');
  });
});

describe('who "he" is after a person introduced by a role of two words', () => {
  it('GIVEN "the comments by acting Opec secretary general Adnan Shihab-Eldin" before "He said" THEN he is Mr Shihab-Eldin', () => {
    const before = 'Following the comments by acting Opec secretary general Adnan Shihab-Eldin, US light crude fell 32 cents.';
    expect(certaintyOf('He said that high oil prices meant Opec was unlikely to stick to its plan.', before).attributedTo).toEqual(['Adnan Shihab-Eldin']);
  });
});

describe('the subject after an opening time with its comma left out', () => {
  it('GIVEN "However during the case on Tuesday Mr Ebbs denied the allegations." after another man spoke THEN the next "he told the court" is Mr Ebbs', () => {
    const before = 'Mr Sully told jurors he had met Mr Ebbs every week. However during the case on Tuesday Mr Ebbs denied the allegations.';
    expect(certaintyOf('"I was never told of anything wrong," he told the court.', before).attributedTo).toEqual(['Ebbs']);
  });
});

describe('concerns voiced in the passive', () => {
  it('GIVEN "Concerns have also been raised by Labour MPs that …" THEN the MPs are the source', () => {
    expect(certaintyOf('Concerns have also been raised by Labour MPs that the cost would rise.').attributedTo).toEqual(['Labour MPs']);
  });
});

describe('an outlet named by a common noun after its report', () => {
  it('GIVEN "…, local press reports." THEN the local press is a media source', () => {
    const certainty = certaintyOf('Protests broke out against plans to raise gas prices, local press reports.');
    expect(certainty.sourcing).toBe('media');
    expect(certainty.attributedTo).toEqual(['local press']);
  });

  it('GIVEN "The company publishes press reports." THEN "reports" is a noun', () => {
    expect(certaintyOf('The company publishes press reports every quarter.').sourcing).toBe('none');
  });
});

describe('"according to" before an outlet’s reports', () => {
  it('GIVEN "…, according to newspaper reports." THEN the source is the newspaper reports, "reports" their noun', () => {
    expect(certaintyOf('The airline could move 7,000 jobs abroad, according to newspaper reports.').attributedTo).toEqual(['newspaper reports']);
  });
});

describe('a verbal attack on someone for what they do', () => {
  it('GIVEN "Mr Howard will also attack the Lib Dems for wanting to abolish faith schools" THEN the attack is his words', () => {
    expect(certaintyOf('Mr Howard will also attack the Lib Dems for wanting to abolish faith schools.').attributedTo).toEqual(['Howard']);
  });

  it('GIVEN "Gunmen attacked Baghdad for a third day" THEN a raid lasting a time is no one’s words', () => {
    expect(certaintyOf('Gunmen attacked Baghdad for a third day.').sourcing).toBe('none');
  });
});

describe('bodies named only by their kind, and agents joined by "and"', () => {
  it('GIVEN "But green groups said …" THEN the groups are a vague source', () => {
    const certainty = certaintyOf('But green groups said the plan was flawed.');
    expect(certainty.sourcing).toBe('vague');
    expect(certainty.attributedTo).toEqual(['green groups']);
  });

  it('GIVEN "working with such groups which believed …" inside what a man said THEN "such groups" is no second source', () => {
    expect(certaintyOf('Mr Kerr said he had argued against working with such groups which believed the plan was wrong.').attributedTo).toEqual(['Kerr']);
  });

  it('GIVEN "criticised by environmental groups and the Liberal Democrats" THEN both are sources', () => {
    expect(certaintyOf('But the move has been criticised by environmental groups and the Liberal Democrats.').attributedTo).toEqual(['environmental groups', 'Liberal Democrats']);
  });

  it('GIVEN "criticised by the union and the talks ended" THEN the words after "and" are a clause, no second source', () => {
    expect(certaintyOf('The plan was criticised by the union and the talks ended.').attributedTo).toEqual(['the union']);
  });
});

describe('groups in scare quotes, and a body named by the noun of its name', () => {
  it('GIVEN "Concerns have also been raised by \\"pro-choice\\" organisations that …" THEN the organisations are a vague source, named without the marks', () => {
    const certainty = certaintyOf('Concerns have also been raised by "pro-choice" organisations that her views might affect policy.');
    expect(certainty.sourcing).toBe('vague');
    expect(certainty.attributedTo).toEqual(['pro-choice organisations']);
  });

  it('GIVEN "The alliance says" after the Countryside Alliance was only mentioned, and an outlet spoke to THEN the alliance is the Countryside Alliance', () => {
    const before = 'At the Court of Appeal, the Countryside Alliance failed to have the act ruled invalid. A farmer told BBC News the ban was ridiculous.';
    expect(certaintyOf('The alliance says supporters will test the law on Saturday.', before).attributedTo).toEqual(['Countryside Alliance']);
  });
});

describe('"it" opening a clause of time or cause after the main clause named a body', () => {
  it('GIVEN "Shares in Vance Group fell 19% after it said …" THEN it is Vance Group', () => {
    expect(certaintyOf('Shares in Vance Group fell as much as 19% after it said it would not make a profit.').attributedTo).toEqual(['Vance Group']);
  });

  it('GIVEN "Electra saw its shares rise on Tuesday after it said …" THEN it is the firm named first, not the day', () => {
    expect(certaintyOf('Electra saw its shares rise 14% on Tuesday after it said it would move its plants.').attributedTo).toEqual(['Electra']);
  });

  it('GIVEN "While it predicts a fall, it said …" THEN a clause that opens the sentence has no main clause before it to take a body from', () => {
    expect(certaintyOf('While it predicts a fall, it said it was making progress.').attributedTo).toEqual(["an unnamed speaker ('it')"]);
  });
});

describe('subjects that say no one spoke, and acronyms that spell a word', () => {
  it('GIVEN "Neither Mr Howard nor Mr Letwin would say how …" THEN a refusal makes no claim of theirs', () => {
    expect(certaintyOf('Neither Mr Howard nor Mr Letwin would say how the cuts would be funded.').sourcing).toBe('none');
  });

  it('GIVEN "…, the WHO said." THEN the World Health Organization’s acronym is the source, not a relative word', () => {
    expect(certaintyOf('A funding gap still stood in the way of the target, the WHO said.').attributedTo).toEqual(['WHO']);
  });
});

describe('an agent inside what someone said', () => {
  it('GIVEN "the chancellor said the cuts proposed by Oliver Letts were …" THEN the chancellor alone is the source', () => {
    expect(certaintyOf('The chancellor said the cuts proposed by shadow chancellor Oliver Letts were the equivalent of sacking every teacher.').attributedTo).toEqual(['The chancellor']);
  });

  it('GIVEN "according to figures revealed by the Electoral Commission" THEN the figures keep their author', () => {
    expect(certaintyOf('Labour spent £1.7m, according to figures revealed by the Electoral Commission on Wednesday.').attributedTo).toContain('Electoral Commission');
  });
});

describe('claims of others the sentence sets beside its speaker’s act', () => {
  it('GIVEN "Mr Milburn has defended the posters amid Tory claims they are anti-Semitic" THEN the Tories are a source too', () => {
    expect(certaintyOf("Mr Milburn has defended the party's posters amid Tory claims they are anti-Semitic.").attributedTo).toEqual(['Milburn', 'Tory']);
  });
});

describe('two subjects joined by "and" in an aside with "as"', () => {
  it('GIVEN "if, as Tony Blair and Ruth Kelly have suggested, …" THEN both are sources of the aside', () => {
    expect(certaintyOf('The plan could fail if, as Tony Blair and Ruth Kelly have suggested, the exams stay.').attributedTo).toEqual(['Tony Blair', 'Ruth Kelly']);
  });
});

describe('a plural after "a" and one noun', () => {
  it('GIVEN "In a move ministers say should keep costs down, …" THEN ministers are a vague source, not "a move ministers"', () => {
    const certainty = certaintyOf('In a move ministers say should keep costs down, the fees will rise.');
    expect(certainty.sourcing).toBe('vague');
    expect(certainty.attributedTo).toEqual(['ministers']);
  });

  it('GIVEN "A union official said" THEN one unnamed official is the source', () => {
    expect(certaintyOf('A union official said the plan was flawed.').sourcing).toBe('anonymous');
  });
});

describe('a demand voiced loudly', () => {
  it('GIVEN "many on the Tory benches have been crying out for tax cuts" THEN they are a vague source', () => {
    expect(certaintyOf('And many on the Tory benches have been crying out for tax cuts.').sourcing).toBe('vague');
  });

  it('GIVEN "The region is crying out for investment" THEN a place in need says nothing', () => {
    expect(certaintyOf('The region is crying out for investment.').sourcing).toBe('none');
  });
});

describe('a relative clause with no comma to close it', () => {
  it('GIVEN "George Galloway who won £150,000 in libel damages from the Daily Telegraph said …" THEN Galloway speaks, not the paper', () => {
    expect(certaintyOf('George Galloway who won £150,000 in libel damages from the Daily Telegraph said he would contest the seat.').attributedTo).toEqual(['George Galloway']);
  });
});

describe('adjectives of place joined by "and" (from the qa13 read)', () => {
  it('GIVEN "The German and Danish governments argue …" THEN both governments are one source, named whole', () => {
    expect(certaintyOf('The German and Danish governments argue that feta is a generic name.').attributedTo).toEqual(['The German and Danish governments']);
  });
});

describe('"he" after a spokesman for someone named in the possessive', () => {
  it('GIVEN "Tony Blair\'s official spokesman declined to say … . He said: …" THEN he is the spokesman, not Mr Blair', () => {
    const before = "On Monday, Tony Blair's official spokesman declined to say whether the prime minister backed the plans.";
    expect(certaintyOf('He said: "What is important is that there is a process going on."', before).attributedTo).toEqual(["Tony Blair's official spokesman"]);
  });
});

describe('a second verb of speech joined by "and" or "but"', () => {
  it('GIVEN "UK advertising giant WPP has posted profits and predicted that …" THEN WPP alone, not the place the description opens with', () => {
    expect(certaintyOf('UK advertising giant WPP has posted larger-than-expected annual profits and predicted that it will outperform the market.').attributedTo).toEqual(['WPP']);
  });

  it('GIVEN "But the Scottish National Party and the Tories say …" THEN both are sources, "But" outside the subject', () => {
    expect(certaintyOf('But the Scottish National Party and the Tories say the issue should be decided in Scotland.').attributedTo).toEqual(['Scottish National Party', 'Tories']);
  });
});

describe('words a document holds', () => {
  it('GIVEN "claims of infighting … detailed in a new book" THEN the new book is a vague source', () => {
    const certainty = certaintyOf('The trip follows claims of infighting between the two men detailed in a new book.');
    expect(certainty.sourcing).toBe('vague');
    expect(certainty.attributedTo).toEqual(['a new book']);
  });

  it('GIVEN "The drugs contained in the shipment were seized" THEN a cargo is no document', () => {
    expect(certaintyOf('The drugs contained in the shipment were seized.').sourcing).toBe('none');
  });
});
