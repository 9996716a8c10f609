import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a named person whose job at an outlet is their own opinion', () => {
  it('GIVEN "Olympic champion and BBC pundit Jim Reed believes …" THEN the pundit gives his own view, named, not the outlet relaying', () => {
    const certainty = certaintyOf('Olympic champion and BBC pundit Jim Reed believes Wales can win the title.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['Jim Reed']);
  });

  it('GIVEN "Evening Standard film critic Ann Lowe said …" THEN the critic speaks, named', () => {
    const certainty = certaintyOf('Evening Standard film critic Ann Lowe said the film was his finest.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['Ann Lowe']);
  });

  it('GIVEN "BBC political editor Nick Dunn said …" THEN a journalist still reports for the outlet, a media relay', () => {
    expect(certaintyOf('BBC political editor Nick Dunn said the vote would be close.').sourcing).toBe('media');
  });
});

describe('a stray comma between a subject and its verb after an opening clause', () => {
  it('GIVEN "Although details were scant, Mr Dorn, said …" THEN the name after the opening clause is the subject the comma was stray after', () => {
    const certainty = certaintyOf('Although details were scant, Mr Dorn, said the browser would block more viruses.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['Dorn']);
  });
});

describe('a heading over a list of names is nobody speaking', () => {
  it('GIVEN a squad list "Backs: Ian Reid (Bath, captain), Tom Ross (Leeds), …" THEN the heading is no speaker', () => {
    const certainty = certaintyOf('Backs: Ian Reid (Bath, captain), Tom Ross (Leeds), Ed Vale (Sale Sharks), Huw Pryce (Ospreys).');
    expect(certainty.sourcing).toBe('none');
    expect(certainty.attributedTo).toEqual([]);
  });

  it('GIVEN "Subs Not Used: Reid, Ross." THEN the words after the heading are names, nothing said', () => {
    expect(certaintyOf('Subs Not Used: Reid, Ross.').attributedTo).toEqual([]);
  });

  it('GIVEN "Mr Reid: Wales will win the title" THEN a headline speaker before a colon and a clause still speaks', () => {
    expect(certaintyOf('Mr Reid: Wales will win the title this year.').attributedTo).toEqual(['Reid']);
  });
});

describe('an aside between a speaker and their verb', () => {
  it('GIVEN "Mr Hale, accused by Ms Ray of lying, said …" THEN Mr Hale alone speaks; his accuser stands behind none of it', () => {
    expect(certaintyOf('Mr Hale, accused by Ms Ray of lying, said he had done nothing wrong.').attributedTo).toEqual(['Hale']);
  });

  it('GIVEN "Mr Hale, who Ms Ray says lied, said …" THEN the one named inside the `who` clause is no source of what Mr Hale said', () => {
    expect(certaintyOf('Mr Hale, who Ms Ray says lied, said he had done nothing wrong.').attributedTo).toEqual(['Hale']);
  });

  it('GIVEN "One in five drivers, the survey said, thought …" THEN a parenthetical cue still reports the clause around it', () => {
    expect(certaintyOf('One in five drivers, the survey said, thought the roads were worse.').attributedTo).toContain('the survey');
  });

  it('GIVEN "The survey, conducted by Ipsos, showed …" THEN the maker of a document set off by commas still stands behind it', () => {
    expect(certaintyOf('The survey, conducted by Ipsos, showed that sales rose.').attributedTo).toContain('Ipsos');
  });
});

describe('what someone may reasonably expect is no belief of theirs', () => {
  it('GIVEN "Dr Cole said people could not expect …" THEN the doctor speaks; the people she speaks of are no second, vague source', () => {
    const certainty = certaintyOf('Dr Ann Cole said people could not expect the new drug to work at once.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['Ann Cole']);
  });

  it('GIVEN "A driver hoping to race in Japan can expect to pay …" THEN the writer states the cost; the driver states nothing', () => {
    expect(certaintyOf('A driver hoping to race in Japan can expect to pay $2,000 for a licence.').sourcing).toBe('none');
  });

  it('GIVEN "Analysts expect profits to rise" THEN an expectation with no modal before it is still the analysts\' belief', () => {
    expect(certaintyOf('Analysts expect profits to rise this year.').attributedTo).toEqual(['Analysts']);
  });
});

describe('a worry or a doubt aired about something', () => {
  it('GIVEN "Critics raised doubts about the plan." THEN the critics are its vague source, not the article', () => {
    const certainty = certaintyOf('Critics raised doubts about the plan to sell the forests.');
    expect(certainty.sourcing).toBe('vague');
    expect(certainty.attributedTo).toEqual(['Critics']);
  });

  it('GIVEN "The minister voiced concern about …" THEN the minister is its named source', () => {
    expect(certaintyOf('The home secretary voiced concern about the rise in knife crime.').sourcing).toBe('named');
  });

  it('GIVEN "The fall of the pound has raised concerns about …" THEN a thing that raises concerns is no source', () => {
    expect(certaintyOf("The pound's fall has raised concerns about the cost of imports.").sourcing).toBe('none');
  });
});

describe('the `It` of a frame', () => {
  it('GIVEN "It is understood that the board … asked her to stay" THEN the frame is the vague source, and `It` is nobody who asked', () => {
    const certainty = certaintyOf(
      "It is understood that the board also considered Ann's resignation and asked her to reconsider her decision.",
      'Ann Rao, vice-chair of Tex Oil (TXO), stayed away from a meeting on Thursday. Her resignation was not accepted by her brother. The TXO board met in Delhi to discuss results.',
    );
    expect(certainty.sourcing).toBe('vague');
    expect(certainty.attributedTo).toEqual(['It is understood']);
  });
});

describe('makers and clients named with a participle', () => {
  it('GIVEN "According to a survey conducted by pollster Ipsos, …" THEN the survey is its maker\'s, named, not an unnamed survey relaying Ipsos', () => {
    const certainty = certaintyOf('According to a survey conducted by pollster Ipsos, a third of users have clicked on links in junk mail.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['a survey conducted by pollster Ipsos']);
  });

  it('GIVEN "A lawyer representing Mr Doe and Mr Roe said …" THEN both clients speak through their lawyer, not the second alone', () => {
    const certainty = certaintyOf('A lawyer representing Mr Doe and Mr Roe said outside court that the pair denied the charges.');
    expect(certainty.attributedTo).toEqual(['Doe', 'Roe']);
    expect(certainty.joinedBy).toEqual(['and']);
  });
});

describe('the one judged is no judge', () => {
  it('GIVEN "…, with Tom Hale criticised for his tackles" THEN the player criticised, with no object before `for`, is no source', () => {
    expect(certaintyOf('The press singled out the defence, with Tom Hale criticised for his tackles on the winger.').attributedTo).not.toContain('Tom Hale');
  });

  it('GIVEN "The paper criticised Tom Hale for his tackles" THEN the one who criticises someone for something still judges', () => {
    expect(certaintyOf('The paper criticised Tom Hale for his tackles on the winger.').attributedTo).toEqual(['The paper']);
  });
});

describe('a definite noun going back to an unnamed source', () => {
  it('GIVEN "A Labour source told the paper …" then "\\"…,\\" the source told the paper" THEN the source is still unnamed, not a named one', () => {
    const certainty = certaintyOf('"Now it is our turn," the source told the paper.', 'A Labour source told the Sunday Times Mr Hale would lead the campaign.');
    expect(certainty.sourcing).toBe('anonymous');
    expect(certainty.attributedTo).toEqual(['A Labour source']);
  });

  it('GIVEN "Mr Hale, an official, said …" then "the official said" THEN a named official stays named', () => {
    const certainty = certaintyOf('"It is over," the official said.', 'Mr Hale, an official at the ministry, said the plan was dead.');
    expect(certainty.sourcing).toBe('named');
  });
});

describe('a thing refused is no words denied (qa33)', () => {
  it('GIVEN "having been charged with fraud and repeatedly denied bail" THEN the man refused bail denies nothing: the article states it', () => {
    const certainty = certaintyOf("Mr Orlov, once the country's richest man, is in prison, having been charged with fraud and repeatedly denied bail.");
    expect(certainty.sourcing).toBe('none');
  });

  it('GIVEN "Mr Orlov has denied the charges" THEN a denial of what is said still speaks', () => {
    expect(certaintyOf('Mr Orlov has denied the charges against him.').attributedTo).toEqual(['Orlov']);
  });
});

describe('an adverb opening the sentence is no speaker (new-user read)', () => {
  it('GIVEN "Locally, too, say analysts, …" THEN the analysts after the verb speak, not the adverb', () => {
    const certainty = certaintyOf('Locally, too, say analysts, recent political changes have helped the market.');
    expect(certainty.sourcing).toBe('vague');
    expect(certainty.attributedTo).toEqual(['analysts']);
  });

  it('GIVEN "Connolly, the coach, said …" THEN a surname in -lly before a comma still speaks', () => {
    expect(certaintyOf('Connolly, the coach, said the side was ready.').attributedTo).toEqual(['Connolly']);
  });
});

describe('two bodies with their short forms in brackets (qa35)', () => {
  it('GIVEN "The Medical Fellowship (MFA) and the Lawyers\' Union (LU) said" THEN both bodies speak, not the second alone', () => {
    const certainty = certaintyOf("The Medical Fellowship (MFA) and the Lawyers' Union (LU) said the bill was flawed.");
    expect(certainty.attributedTo).toEqual(['Medical Fellowship', "Lawyers' Union"]);
  });
});

describe('a document described between its name and its verb (qa36)', () => {
  it('GIVEN "Her lawsuit, filed in a federal court, said …" THEN the lawsuit speaks, not the man quoted two sentences before', () => {
    const certainty = certaintyOf(
      'Her lawsuit, filed in a federal court in Boston, said the sprinter had passed a lie detector test.',
      '"I stand by what I said," Mr Cole said. She has won three titles.',
    );
    expect(certainty.attributedTo).toEqual(['Her lawsuit']);
  });
});
