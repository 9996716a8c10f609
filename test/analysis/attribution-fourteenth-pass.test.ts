import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a judgement passed in the progressive', () => {
  it('GIVEN "…, with the shadow chancellor Tom Marsh branding the levy a "stealth tax"" THEN he is the source', () => {
    expect(certaintyOf('The row grew on Monday, with shadow chancellor Tom Marsh branding the levy a "stealth tax".').attributedTo).toEqual(['Tom Marsh']);
  });

  it('GIVEN "The firm spent £2m on new branding." THEN the noun is no judgement', () => {
    expect(certaintyOf('The firm spent £2m on new branding.').sourcing).toBe('none');
  });
});

describe('a plural role that opens the sentence', () => {
  it('GIVEN "Bankers said …" THEN bankers are a vague group, as they are mid-sentence', () => {
    expect(certaintyOf('Bankers said the rate rise had come too late.').sourcing).toBe('vague');
  });

  it('GIVEN "Consultants warned …" THEN consultants are a vague group', () => {
    expect(certaintyOf('Consultants warned that the project would overrun.').sourcing).toBe('vague');
  });

  it('GIVEN "Rangers said …" THEN a club\'s name that is no role stays named', () => {
    expect(certaintyOf('Rangers said the striker would be fit on Saturday.').sourcing).toBe('named');
  });
});

describe('a group referred back to by its own noun', () => {
  it('GIVEN senators who spoke, then "…, the unions said" THEN the unions are not the senators', () => {
    const certainty = certaintyOf('The deal is dead, the unions said.', 'The bill will pass next week, senators said.');
    expect(certainty.attributedTo).toEqual(['the unions']);
  });

  it('GIVEN senators, then "Workers at the plant said …", then "The workers added …" THEN the workers are the ones who spoke before', () => {
    const certainty = certaintyOf('The workers added that a strike was likely.', 'Senators said the bill would pass. Workers at the plant said pay talks had failed.');
    expect(certainty.attributedTo).toEqual(['Workers at the plant']);
  });
});

describe('a restrictive clause that says which people a sentence is about', () => {
  it('GIVEN "Investors who expect rates to rise may be disappointed." THEN the investors are no source', () => {
    expect(certaintyOf('Investors who expect rates to rise may be disappointed.').attributedTo).toEqual([]);
  });

  it('GIVEN "Critics who say the plan will fail are wrong, the minister said." THEN only the minister is the source', () => {
    expect(certaintyOf('Critics who say the plan will fail are wrong, the minister said.').attributedTo).toEqual(['the minister']);
  });

  it('GIVEN "The man who said he had found the site has been sacked." THEN the man described is no source', () => {
    expect(certaintyOf('The man who said he had found the site has been sacked.').sourcing).toBe('none');
  });

  it('GIVEN "Voters who watched the debate said …" THEN the voters speak, the clause only says which', () => {
    expect(certaintyOf('Voters who watched the debate said Mr Hale had won.').attributedTo).toEqual(['Voters']);
  });

  it('GIVEN "But analysts who had warned of a slowdown said …" THEN the analysts speak, not the slowdown they spoke of', () => {
    expect(certaintyOf('But analysts who had warned of a slowdown said the figures were a relief.').attributedTo).toEqual(['analysts']);
  });

  it('GIVEN "…file-sharers who it says infringe copyright" THEN the "it" of the clause still speaks', () => {
    const certainty = certaintyOf('Studios are clamping down on file-sharers who it says infringe copyright.', 'The Motion Picture Association of America is suing hundreds of people.');
    expect(certainty.sourcing).not.toBe('none');
  });
});

describe('an opening phrase with no comma before the name it ends in', () => {
  it('GIVEN "After the ruling Carla Ferstman, legal director of Redress, said: …" THEN she is the source', () => {
    expect(certaintyOf('After the ruling Nora Bell, legal director of the rights group Justicia, said: "It is not enough."').attributedTo).toEqual(['Nora Bell']);
  });

  it('GIVEN "After talks with Gordon Brown, Tesco, the largest grocer, said …" THEN the body after the comma speaks, not the man in the opening phrase', () => {
    expect(certaintyOf('After talks with Gordon Brown, Tesco, the largest grocer, said the deal was close.').attributedTo).toEqual(['Tesco']);
  });
});

describe('people named by their role in the plural, with words before it', () => {
  it('GIVEN "Union leaders at the plant said …" in an article that writes "union" in lower case THEN a vague group, whole', () => {
    const certainty = certaintyOf('Union leaders at the plant said pay talks had failed.', 'The union wants a 5% rise.');
    expect(certainty.sourcing).toBe('vague');
    expect(certainty.attributedTo).toEqual(['Union leaders at the plant']);
  });

  it('GIVEN "…, pro-hunt MPs say." THEN MPs no one names are a vague group, not a name', () => {
    const certainty = certaintyOf('The new law is "so poorly drafted" no one can define the offence, pro-hunt MPs say.');
    expect(certainty.sourcing).toBe('vague');
    expect(certainty.attributedTo).toEqual(['pro-hunt MPs']);
  });

  it('GIVEN "Workers at the plant said …" THEN the capital that opens the sentence makes no name', () => {
    expect(certaintyOf('Workers at the plant said pay talks had failed.').sourcing).toBe('vague');
  });

  it('GIVEN "Thames Valley police said …" THEN a force is still a named body', () => {
    expect(certaintyOf('Thames Valley police said a man had been arrested.').sourcing).toBe('named');
  });

  it('GIVEN "law lords ruled that …" THEN the court the lexicon knows stays named', () => {
    expect(certaintyOf('It comes after law lords ruled that the detention breached human rights.').sourcing).toBe('named');
  });

  it('GIVEN "The union is to ballot its 290,000 members … at government plans to …" THEN words that are no group make no source', () => {
    expect(certaintyOf('The biggest civil service union is to ballot its 290,000 members on strikes in protest at government plans to extend their pension age.').attributedTo).not.toContainEqual(
      expect.stringContaining('ballot'),
    );
  });
});

describe('"the government" is the government', () => {
  it('GIVEN a union that spoke, then "The government says …" THEN the government is the source, not the union', () => {
    const certainty = certaintyOf('The government says unions will be consulted before any changes are made.', 'Mark Hale of the Public Services Union said members were angry.');
    expect(certainty.attributedTo).toEqual(['The government']);
  });

  it('GIVEN "…, the government has said." after a chamber of commerce spoke THEN the government, not the chamber', () => {
    const certainty = certaintyOf('The decision will have no impact on the pension age, the government has said.', 'The Leeds Chamber of Commerce said the change was welcome.');
    expect(certainty.attributedTo).toEqual(['the government']);
  });

  it('GIVEN "The Blair government said …" before THEN "The government added …" is that government', () => {
    const certainty = certaintyOf('The government added that the bill would pass.', 'The Blair government said it would act.');
    expect(certainty.attributedTo).toEqual(['Blair government']);
  });
});

describe('the one told is no subject of the words told', () => {
  it('GIVEN "the legal team told a court the men did not want bail" THEN the team is the source and "a court the men" is none', () => {
    const certainty = certaintyOf('The legal team for two suspects told a court the men did not want bail if it meant house arrest.');
    expect(certainty.attributedTo).toEqual(['The legal team for two suspects']);
  });
});

describe('the first person with its auxiliary run in', () => {
  it('GIVEN "We\'ve called for the pension to be increased." THEN "We\'ve" is no name', () => {
    expect(certaintyOf("We've called for the state pension to be increased.").attributedTo).not.toContain("We've");
  });
});

describe('a dismissal of no words before a participle of speech', () => {
  it('GIVEN "Mr Brown also dismissed the figures insisting that …" THEN he speaks in "insisting", not the figures', () => {
    expect(certaintyOf('Mr Dunn also dismissed the figures insisting that the typical family was better off.').attributedTo).toEqual(['Dunn']);
  });
});

describe('a subject whose noun comes after words that describe it', () => {
  it('GIVEN "Animal welfare groups have welcomed the ban, saying …" THEN the groups, whole, speak in "saying"', () => {
    const certainty = certaintyOf('Animal welfare groups have welcomed the ban, saying hunting is cruel.', 'The law protects animal welfare.');
    expect(certainty.attributedTo).toEqual(['Animal welfare groups']);
    expect(certainty.sourcing).toBe('vague');
  });
});

describe('an office whose title holds "and"', () => {
  it('GIVEN "announced by the Trade and Industry Secretary Patricia Hewitt" THEN she is the source, not "Trade"', () => {
    expect(certaintyOf('Pay is to rise under proposals announced by the Trade and Industry Secretary Patricia Hewitt.').attributedTo).toEqual(['Patricia Hewitt']);
  });

  it('GIVEN "criticised by Tony Blair and Home Secretary Charles Clarke" THEN two people, not one office', () => {
    expect(certaintyOf('The plan was criticised by Tony Blair and Home Secretary Charles Clarke.').attributedTo).toEqual(['Tony Blair', 'Charles Clarke']);
  });
});

describe('a group that answers for itself is no "he"', () => {
  it('GIVEN Lord Woolf speaking, then "Ministers think …, he said." THEN "he" is Lord Woolf, not the ministers', () => {
    expect(certaintyOf('Ministers think the law is clear, he said.', 'Lord Woolf said the courts were busy.').attributedTo).toEqual(['Woolf']);
  });
});

describe('a verb of choosing before the verb of speech', () => {
  it('GIVEN "He preferred to state that …" THEN he is the source', () => {
    expect(certaintyOf('He preferred to state that the instinct was authoritarian.', 'Liberal leader Carl Moss avoided the question.').attributedTo).toEqual(['Carl Moss']);
  });

  it('GIVEN "He was keen to know if …" THEN a question asked is no claim', () => {
    expect(certaintyOf('He was keen to know if inmates would still be allowed to smoke.', 'Opposition leader Carl Moss spoke first.').attributedTo).toEqual([]);
  });
});

describe('states of a union', () => {
  it('GIVEN "Member states that have signed the treaty must act." THEN "states" is no verb and "Member" no source', () => {
    expect(certaintyOf('Member states that have signed the treaty must act.').sourcing).toBe('none');
  });
});

describe('an outlet is no body the article means', () => {
  it('GIVEN "told the BBC News website", then "The committee said …" THEN the committee is not BBC News', () => {
    const certainty = certaintyOf('The committee said the plans were wrong.', 'Mr Hart told the BBC News website the sentence was too short. MPs criticised the minister last year.');
    expect(certainty.attributedTo).toEqual(['The committee']);
  });
});

describe('a person introduced by the role "is" gives them', () => {
  it('GIVEN the chancellor quoted, then "Piers Fell is senior benefit officer …" and "He said: …" THEN he is the man just introduced', () => {
    const certainty = certaintyOf(
      'He said: "Most people have decided not to come in."',
      'Chancellor Gordon Brown announced the cuts. The chancellor has said the cuts will pay for more teachers. Piers Fell is senior benefit officer on the picket line in Cardiff.',
    );
    expect(certainty.attributedTo).toEqual(['Piers Fell']);
  });
});
