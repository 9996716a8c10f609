import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a state of mind before a "that" clause is the holder’s belief', () => {
  it('GIVEN "Ministers are worried that the cuts will hit rural areas" THEN the worry is the ministers’', () => {
    const certainty = certaintyOf('Ministers are worried that the cuts will hit rural areas hardest.');
    expect(certainty.attributedTo).toEqual(['Ministers']);
  });

  it('GIVEN "The firm remains confident that sales will recover" THEN the confidence is the firm’s, the firm the article named', () => {
    const certainty = certaintyOf('The firm remains confident that sales will recover in the second half.', 'Shares in Harlow Foods fell 4% on Tuesday.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['Harlow Foods']);
  });

  it('GIVEN "Most economists are sceptical that the Bank will raise rates" THEN an unnamed group holds the doubt', () => {
    const certainty = certaintyOf('Most economists are sceptical that the Bank will raise rates this year.');
    expect(certainty.sourcing).toBe('vague');
    expect(certainty.attributedTo).toEqual(['Most economists']);
  });

  it('GIVEN a state of mind with no "that" ("Shareholders were worried by the fall") THEN it is a description, no source', () => {
    const certainty = certaintyOf('Shareholders were worried by the fall in profits.');
    expect(certainty.sourcing).toBe('none');
  });
});

describe('a fear, hope or rumour nobody is named for', () => {
  it('GIVEN "There are fears that the strike will spread" THEN the sourcing is vague', () => {
    const certainty = certaintyOf('There are fears that the strike will spread to other depots.');
    expect(certainty.sourcing).toBe('vague');
  });

  it('GIVEN "There was speculation the pair were trying to outdo each other" THEN the sourcing is vague', () => {
    expect(certaintyOf('There was speculation the two ministers were trying to outdo each other.').sourcing).toBe('vague');
  });

  it('GIVEN "It is hoped the new rules will cut crime" THEN the sourcing is vague', () => {
    expect(certaintyOf('It is hoped the new licensing rules will cut late-night crime.').sourcing).toBe('vague');
  });

  it('GIVEN "there were fears" inside a named speaker’s quotation THEN the speaker stays the source', () => {
    const certainty = certaintyOf('"There were fears that the plant would close," said Mr Jones.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['Jones']);
  });
});

describe('a quantifier before a party or a body’s members', () => {
  it('GIVEN "Some Democrats said …" THEN an unnamed, vague group, not a named source', () => {
    const certainty = certaintyOf('Some Democrats said the tactics could make it harder to unite the party.');
    expect(certainty.sourcing).toBe('vague');
  });

  it('GIVEN "Several Tory MPs have warned …" THEN vague', () => {
    expect(certaintyOf('Several Tory MPs have warned that the plan would lose votes.').sourcing).toBe('vague');
  });

  it('GIVEN the party itself ("The Conservatives said …") THEN it stays named', () => {
    expect(certaintyOf('The Conservatives said the plan would lose votes.').sourcing).toBe('named');
  });
});

describe('a body’s own record as a source', () => {
  it('GIVEN "…, minutes have shown" with no determiner THEN the minutes are named, as "the minutes" are', () => {
    expect(certaintyOf('The decision to hold rates was passed 7-2, minutes have shown.').sourcing).toBe('named');
    expect(certaintyOf('The decision to hold rates was passed 7-2, the minutes have shown.').sourcing).toBe('named');
  });

  it('GIVEN "Documents show …" THEN unnamed documents stay vague', () => {
    expect(certaintyOf('Documents show the firm knew of the fault in 2001.').sourcing).toBe('vague');
  });
});

describe('a rumour or speculation that is only the topic someone answers', () => {
  it('GIVEN "Commenting on speculation of a rate rise, he said …" THEN the speculation does not hedge what he said', () => {
    const certainty = certaintyOf('Commenting on speculation of an interest rate rise, he said the timing was a matter for the Bank.', 'Treasury minister Ed Balls was in Leeds.');
    expect(certainty.level).toBe('certain');
    expect(certainty.cues.map((cue) => cue.text)).not.toContain('speculation');
  });

  it('GIVEN "Asked about rumours of a merger, the chairman said …" THEN the rumours do not hedge what he said', () => {
    const certainty = certaintyOf('Asked about rumours of a merger, the chairman said the board had not met.');
    expect(certainty.cues.map((cue) => cue.text)).not.toContain('rumours');
  });

  it('GIVEN "Shares jumped on speculation that the firm would be taken over" THEN the speculation it carries still hedges', () => {
    expect(certaintyOf('Shares jumped on speculation that the firm would be taken over.').cues.map((cue) => cue.text)).toContain('speculation');
  });
});

describe('a company’s own account of its figures', () => {
  it('GIVEN "Shell reported an annual profit of $17.5bn" THEN the figure is the firm’s claim', () => {
    const certainty = certaintyOf('Last week, rival Shell reported an annual profit of $17.5bn.');
    expect(certainty.attributedTo).toEqual(['Shell']);
  });

  it('GIVEN "BP has announced a 26% rise in annual profits" THEN the rise is the firm’s claim', () => {
    expect(certaintyOf('Oil giant BP has announced a 26% rise in annual profits to $16.2bn.').attributedTo).toEqual(['BP']);
  });

  it('GIVEN "The economy added 292,000 jobs" THEN adding jobs is no saying', () => {
    expect(certaintyOf('The US economy added 292,000 jobs in March.').sourcing).toBe('none');
  });

  it('GIVEN "The bank posted a loss of £40m" THEN posting a loss stays an act', () => {
    expect(certaintyOf('The bank posted a loss of £40m in the third quarter.').sourcing).toBe('none');
  });
});

describe('judgements passed in words', () => {
  it('GIVEN "Simon Hughes branded Mr Howard "arrogant and wrong"" THEN the judgement is Hughes’s', () => {
    expect(certaintyOf('Lib Dem president Simon Hughes branded Mr Howard "arrogant and wrong".').attributedTo).toEqual(['Simon Hughes']);
  });

  it('GIVEN "The union condemned the decision" THEN the condemnation is the union’s', () => {
    expect(certaintyOf('The union condemned the decision to close the plant.').sourcing).toBe('named');
  });

  it('GIVEN "Financial analysts broadly welcomed the Fed’s move" THEN the welcome is the analysts’, a vague group', () => {
    expect(certaintyOf("Financial analysts broadly welcomed the Fed's move and shares traded flat.").sourcing).toBe('vague');
  });

  it('GIVEN "The hotel welcomed 2,000 guests" THEN a greeting is no judgement', () => {
    expect(certaintyOf('The hotel welcomed 2,000 guests last year.').sourcing).toBe('none');
  });

  it('GIVEN "The home secretary has apologised to MPs after …" THEN an apology is an act the article reports, with no claim of his behind it', () => {
    expect(certaintyOf('The home secretary has apologised to MPs after the department released the figures early.').attributedTo).not.toContain('The home secretary');
  });
});

describe('forecasts, hopes and judgements with nobody or a body behind them', () => {
  it('GIVEN "Asahi is predicting profits to rise 50%" THEN the forecast is Asahi’s', () => {
    expect(certaintyOf('Asahi is predicting profits to rise 50% in 2005.').attributedTo).toEqual(['Asahi']);
  });

  it('GIVEN "The club is hoping to increase its earnings" THEN the hope is the club’s', () => {
    expect(certaintyOf('The club is hoping to increase its matchday earnings.').sourcing).toBe('named');
  });

  it('GIVEN "that business is seen as less successful" THEN whose view it is goes unsaid: vague', () => {
    expect(certaintyOf('However, that business is seen as less successful.').sourcing).toBe('vague');
  });

  it('GIVEN "because it was thought the minister would …" THEN vague, as "it is thought" is', () => {
    expect(certaintyOf('The news was released because it was thought the minister would announce it in the Commons.').sourcing).toBe('vague');
  });

  it('GIVEN "…, the Public Accounts Committee found" THEN the committee is the source of what it found', () => {
    expect(certaintyOf('Staff were pushed to be quick rather than thorough, the Public Accounts Committee found.').attributedTo).toEqual(['Public Accounts Committee']);
  });

  it('GIVEN "The team found the keys" THEN finding a thing is no attribution', () => {
    expect(certaintyOf('The search team found the keys under a desk.').sourcing).toBe('none');
  });
});

describe('a feeling with no clause after it', () => {
  it('GIVEN "a speech urging voters who feel ignored to back the party" THEN feeling ignored is no belief and nobody is its source', () => {
    expect(certaintyOf('The leader will make a speech urging voters who feel ignored to back the party.').attributedTo).not.toContain('voters');
    expect(certaintyOf('The party is targeting voters who feel ignored by Labour.').sourcing).toBe('none');
  });

  it('GIVEN "Many voters feel the government has let them down" THEN the belief is theirs', () => {
    expect(certaintyOf('Many voters feel the government has let them down.').sourcing).toBe('vague');
  });
});

describe('a name after its role, then where the person works', () => {
  it('GIVEN "Health analyst Tony Beddow, from the Welsh Institute for Health, said …" THEN Tony Beddow is the source', () => {
    expect(certaintyOf('Health analyst Tony Beddow, from the Welsh Institute for Health, said the targets were reasonable.').attributedTo).toEqual(['Tony Beddow']);
  });

  it('GIVEN "Union leader Ann Hale, of the GMB, said …" THEN Ann Hale is the source', () => {
    expect(certaintyOf('Union leader Ann Hale, of the GMB, said the offer was an insult.').attributedTo).toEqual(['Ann Hale']);
  });

  it('GIVEN the name follows a quotation of another speaker THEN the new speaker is not the one before', () => {
    const certainty = certaintyOf(
      'Health analyst Tony Beddow, from the Welsh Institute for Health and Social Care, called the new targets "reasonably impressive".',
      'Dr Richard Lewis, Welsh secretary of the British Medical Association, welcomed the new targets "to make further progress".',
    );
    expect(certainty.attributedTo).toEqual(['Tony Beddow']);
  });
});

describe('words announced for a speech to come', () => {
  it('GIVEN "Mr Howard is expected to say that …" THEN the words are Howard’s, and only expected', () => {
    const certainty = certaintyOf('Mr Howard is expected to say that £6bn will be available for tax cuts.');
    expect(certainty.attributedTo).toEqual(['Howard']);
    expect(certainty.level).not.toBe('certain');
  });

  it('GIVEN "He will attack Labour’s record" THEN the attack is his words', () => {
    expect(certaintyOf("He will attack Labour's record on tax.", 'Michael Howard will speak in Leicester on Monday.').attributedTo).toEqual(['Michael Howard']);
  });

  it('GIVEN "Troops will attack the town at dawn" THEN a physical attack is no saying', () => {
    expect(certaintyOf('Troops will attack the town at dawn.').sourcing).toBe('none');
  });

  it('GIVEN "… a pitch for the ethnic vote urging people who feel "taken for granted" to vote Conservative" THEN the leader is the only source', () => {
    expect(certaintyOf('Michael Howard is to make a pitch for the ethnic vote urging people who feel "taken for granted" to vote Conservative.').attributedTo).toEqual(['Michael Howard']);
  });
});

describe('words that are judgements only as verbs of the past', () => {
  it('GIVEN "owning the Beringer and Wolf Blass brands" THEN brands are products, nobody’s words', () => {
    expect(certaintyOf("Foster's is one of Australia's largest wine producers, owning the Beringer and Wolf Blass brands among others.").sourcing).toBe('none');
  });

  it('GIVEN "The singer hails from Leeds" THEN coming from a place is no judgement', () => {
    expect(certaintyOf('The singer hails from Leeds.').sourcing).toBe('none');
  });
});

describe('what a body found out', () => {
  it('GIVEN "The CBI found some firms managed to raise prices" THEN the finding is the CBI’s', () => {
    expect(certaintyOf('The CBI found some firms managed to raise prices for the first time in nine years.').attributedTo).toEqual(['CBI']);
  });

  it('GIVEN "Police found that the door had been forced" THEN the finding is the police’s', () => {
    expect(certaintyOf('Police found that the door had been forced.').attributedTo).toEqual(['Police']);
  });

  it('GIVEN a person’s "she found that the door was locked" THEN it is narrative, no source', () => {
    expect(certaintyOf('She found that the door was locked.', 'Mrs Reed went back to the shop at noon.').sourcing).toBe('none');
  });

  it('GIVEN "The firm found a buyer for its steel unit" THEN finding a thing is no attribution', () => {
    expect(certaintyOf('The firm found a buyer for its steel unit.').sourcing).toBe('none');
  });
});

describe('a capitalised name after "the" that names a body', () => {
  it('GIVEN "The CBI said …" then "It added …" THEN "it" is the CBI', () => {
    expect(certaintyOf('It added that prices would rise.', 'The CBI said it was worried about costs.').attributedTo).toEqual(['CBI']);
  });

  it('GIVEN "The Queen said …" THEN a title after "the" stays a person', () => {
    expect(certaintyOf('She added that she was delighted.', 'The Queen said the visit had gone well.').attributedTo).toEqual(['Queen']);
  });
});

describe('shapes seen wrong reading the notes of the non-held-out BBC articles', () => {
  it('GIVEN "when a third of the baggage staff called in sick" THEN calling in sick is no saying', () => {
    expect(certaintyOf('Luggage piled up when a third of the baggage staff called in sick.').sourcing).toBe('none');
  });

  it('GIVEN "The union called off the strike" THEN calling off is an act', () => {
    expect(certaintyOf('The union called off the strike.').sourcing).toBe('none');
  });

  it('GIVEN "47% saw conditions improving, as against 36% who said …" THEN the source is the 36%, not "against 36"', () => {
    const certainty = certaintyOf("Some 47% saw their family's conditions improving, as against 36% who said they were getting worse.");
    expect(certainty.attributedTo).toContain('36%');
    expect(certainty.attributedTo.some((name) => name.startsWith('against'))).toBe(false);
  });
});

describe('more shapes seen wrong reading the non-held-out BBC notes', () => {
  it('GIVEN "Mr Wyatt argued: "By some way, …"" THEN the quotation’s "by" names no agent and Wyatt is the source', () => {
    expect(certaintyOf('But Mr Wyatt argued: "By some way, he is the figure in all of the polls that people trust."').attributedTo).toEqual(['Wyatt']);
  });

  it('GIVEN "Showbiz figures will also put in an appearance" THEN figures that are people put in no finding', () => {
    expect(certaintyOf('Showbiz figures will also put in an appearance.').sourcing).toBe('none');
  });

  it('GIVEN "Official figures put unemployment at 5%" THEN the figures are the source', () => {
    expect(certaintyOf('Official figures put unemployment at 5%.').sourcing).toBe('named');
  });

  it('GIVEN "A three-judge panel gave prosecution lawyers until Monday" THEN what a body gives is an act', () => {
    expect(certaintyOf('A three-judge panel gave prosecution lawyers until Monday to study the documents.').sourcing).toBe('none');
  });

  it('GIVEN "… the Guildford Four, for which Tony Blair recently apologised" THEN the apology adds no second source', () => {
    const certainty = certaintyOf('David Davis warned of miscarriages of justice like the Guildford Four, for which Tony Blair recently apologised.');
    expect(certainty.attributedTo).toEqual(['David Davis']);
  });
});

describe('names with "of the", pleas, and nouns after verbs that take them', () => {
  it('GIVEN "according to figures from the Office of the Deputy Prime Minister" THEN the office is named whole', () => {
    expect(certaintyOf('House prices fell 0.7% in December, according to figures from the Office of the Deputy Prime Minister.').attributedTo).toEqual(['Office of the Deputy Prime Minister']);
  });

  it('GIVEN "They urge voters not to …" THEN the plea is theirs', () => {
    expect(certaintyOf('They urge voters not to let the Tories take things backwards.', 'Labour posters went up on Monday.').sourcing).not.toBe('none');
  });

  it('GIVEN ""…?", implored campaigner Barry Lim" THEN the campaigner is the source', () => {
    expect(certaintyOf('"Don\'t you care about the Inuit?", implored campaigner Barry Lim.').attributedTo).toEqual(['Barry Lim']);
  });

  it('GIVEN "prompting analysts to raise questions over its future" THEN "questions" is a noun and no source phrase swallows the clause', () => {
    const certainty = certaintyOf('Phytopharm said its partner was likely to end a licensing deal, prompting analysts to raise questions over its future.');
    expect(certainty.attributedTo).toEqual(['Phytopharm']);
  });
});

describe('speakers before a colon and bodies not named', () => {
  it('GIVEN "The Tory leader went on: "…"" THEN the speaker is the Tory leader, not "The Tory leader went on"', () => {
    expect(certaintyOf('The Tory leader went on: "He does not stop there."').attributedTo).toEqual(['Tory leader']);
  });

  it('GIVEN "…, a committee of MPs has warned" THEN an unnamed body is vague, no anonymous person', () => {
    expect(certaintyOf('Anglers could be prosecuted under the plans, a committee of MPs has warned.').sourcing).toBe('vague');
  });
});

describe('a welcome of someone’s act or words', () => {
  it('GIVEN "Shadow home secretary David Davis welcomed his "gracious apology"" THEN the welcome is Davis’s', () => {
    expect(certaintyOf('Shadow home secretary David Davis welcomed his "gracious apology" and the review itself.').attributedTo).toEqual(['David Davis']);
  });
});

describe('the subject after an opening place or adverb, and a role aside whose closing comma is missing', () => {
  it('GIVEN "In Germany, the finance minister said …" THEN the finance minister, not "In Germany"', () => {
    expect(certaintyOf('In Germany, the finance minister said growth would slow.').attributedTo).toEqual(['the finance minister']);
  });

  it('GIVEN "In Sri Lanka, some economists have said …" THEN the economists, a vague group', () => {
    expect(certaintyOf('In Sri Lanka, some economists have said that growth may be lost.').sourcing).toBe('vague');
  });

  it('GIVEN "However, Matt Williams, a fund manager at Perpetual Trustees said …" THEN Matt Williams', () => {
    expect(certaintyOf('However, Matt Williams, a fund manager at Perpetual Trustees said the stake was a precursor to a takeover.').attributedTo).toEqual(['Matt Williams']);
  });

  it('GIVEN "Rhodri Glyn Thomas, Plaid Cymru health spokesman said …" THEN the name, not the role', () => {
    expect(certaintyOf('Rhodri Glyn Thomas, Plaid Cymru health spokesman said the target had failed.').attributedTo).toEqual(['Rhodri Glyn Thomas']);
  });

  it('GIVEN "In London, officials said …" THEN the officials, not the place', () => {
    expect(certaintyOf('In London, officials said the plan would fail.').sourcing).toBe('vague');
  });
});

describe('a party before a person’s name is an affiliation, not part of the name', () => {
  it('GIVEN "Tory MP Peter Luff said …" THEN the source is Peter Luff', () => {
    expect(certaintyOf('Tory MP Peter Luff said the plan was wrong.').attributedTo).toEqual(['Peter Luff']);
  });

  it('GIVEN "Liberal Democrat Alan Beith said …" THEN the source is Alan Beith', () => {
    expect(certaintyOf('Liberal Democrat Alan Beith said the claims were true.').attributedTo).toEqual(['Alan Beith']);
  });

  it('GIVEN "Labour MP Diane Abbott said …" THEN a member of the party, not the party', () => {
    expect(certaintyOf('Labour MP Diane Abbott said the plan was wrong.').attributedTo).toEqual(['Diane Abbott']);
  });

  it('GIVEN "Labour’s Mr Livingstone said …" THEN the source is Livingstone, a person', () => {
    expect(certaintyOf("Labour's Mr Livingstone said he was standing by his remarks.").attributedTo).toEqual(['Livingstone']);
  });

  it('GIVEN "The Labour Party said …" THEN the party stays whole', () => {
    expect(certaintyOf('The Labour Party said it would fight the plan.').attributedTo).toEqual(['Labour Party']);
  });
});

describe('a share of people as a source keeps its per cent sign', () => {
  it('GIVEN "In homes with broadband, 40% said …" THEN the source reads "40%", not "40"', () => {
    expect(certaintyOf('In homes with broadband, 40% said they were watching less TV.').attributedTo).toEqual(['40%']);
  });
});

describe('two groups joined before the verb speak together', () => {
  it('GIVEN "some historians and archivists are concerned that …" THEN both groups are the source', () => {
    expect(certaintyOf('But some historians and archivists are concerned that poor prints will be lost.').attributedTo).toEqual(['some historians and archivists']);
  });

  it('GIVEN "Shares and bonds fell, traders said" THEN things joined by "and" are no source', () => {
    expect(certaintyOf('Shares and bonds fell, traders said.').attributedTo).toEqual(['traders']);
  });
});

describe('a plea in court is no saying', () => {
  it('GIVEN "X and Y pleaded guilty to charges that they …" THEN no source, the charges only hedge', () => {
    expect(certaintyOf('William Trowbridge and Michael Chicoine pleaded guilty to charges that they infringed copyright.').sourcing).toBe('none');
  });

  it('GIVEN ""Please help us," pleaded his mother" THEN a plea in words is the speaker’s', () => {
    expect(certaintyOf('"Please help us," pleaded his mother.').sourcing).toBe('named');
  });
});

describe('"it" is one body', () => {
  it('GIVEN "The German and Danish governments argue …" then "It is concerned that …" THEN "it" is not the governments', () => {
    const certainty = certaintyOf('It is concerned that the ruling could threaten other cheeses.', 'The German and Danish governments argue that feta is a generic name.');
    expect(certainty.attributedTo.some((name) => name.endsWith('governments'))).toBe(false);
  });
});

describe('a role with a complement before the name it describes', () => {
  it('GIVEN "Labour’s deputy minister for women Jacqui Smith accused … and said …" THEN one source, Jacqui Smith, and no "Labour’s"', () => {
    const certainty = certaintyOf('Labour\'s deputy minister for women Jacqui Smith accused the Lib Dems of offering "false promises" to women and said their sums did not add up.');
    expect(certainty.attributedTo).toEqual(['Jacqui Smith']);
  });

  it('GIVEN "The secretary of state for health Alan Milburn said …" THEN Alan Milburn', () => {
    expect(certaintyOf('The secretary of state for health Alan Milburn said waiting lists were falling.').attributedTo).toEqual(['Alan Milburn']);
  });
});

describe('"it added that" after a firm named by one word', () => {
  it('GIVEN "Tesco said its sales rose. It added that profits would rise." THEN the firm added it', () => {
    expect(certaintyOf('It added that profits would rise.', 'Tesco said its sales rose 5% over Christmas.').attributedTo).toEqual(['Tesco']);
  });

  it('GIVEN "Yukos said it would appeal. It added that …" THEN "it" is Yukos, not an unnamed speaker', () => {
    expect(certaintyOf('It added that the tax bill was illegal.', 'Yukos said it would appeal.').attributedTo).toEqual(['Yukos']);
  });

  it('GIVEN "Mr Brown said … It added …" THEN "it" is never a man named with a title', () => {
    expect(certaintyOf('It added that the plan was costed.', 'Mr Brown said taxes would fall.').attributedTo).not.toContain('Brown');
  });
});

describe('subjects read across an adverb, a figure and a description', () => {
  it('GIVEN "Mr Ebbers, 63, has always insisted that …" THEN Ebbers', () => {
    expect(certaintyOf('Mr Ebbers, 63, has always insisted that he was unaware of any shortfalls.').attributedTo).toEqual(['Ebbers']);
  });

  it('GIVEN "The firm, which is to receive a payment of £24.5m, said …" THEN the firm (the point in a figure ends no sentence)', () => {
    expect(certaintyOf('The firm, which is to receive a payment of £24.5m, said it was pleased.').sourcing).toBe('named');
  });

  it('GIVEN "Manufacturers’ organisation, the EEF, said …" THEN the EEF', () => {
    expect(certaintyOf("Manufacturers' organisation, the EEF, said it expected rates to stay on hold.").attributedTo).toEqual(['EEF']);
  });
});

describe('makers written as one word', () => {
  it('GIVEN "…, but Europe’s biggest drugmaker says a recovery is on the way" THEN the drugmaker is the source', () => {
    expect(certaintyOf("GlaxoSmithKline saw its profits fall 9% last year, but Europe's biggest drugmaker says a recovery is on the way.").sourcing).toBe('named');
  });
});

describe('bodies named by what they are', () => {
  it('GIVEN "The alliance says hunt supporters will test the law" THEN the alliance is the source', () => {
    expect(certaintyOf('The alliance says hunt supporters will test the law on Saturday.', 'The Countryside Alliance held a rally.').sourcing).toBe('named');
  });
});

describe('speakers who say nothing', () => {
  it('GIVEN "Mr Livingstone said he would not apologise even if Mr Blair asked" THEN Blair, supposed by "if", is no second source', () => {
    expect(certaintyOf('Mr Livingstone said he would not apologise even if Mr Blair asked.').attributedTo).toEqual(['Livingstone']);
  });

  it('GIVEN "…, the Tories will attack." with nothing attacked THEN no source', () => {
    expect(certaintyOf('If the minister says the war was legal, the Tories will attack.').attributedTo).not.toContain('Tories');
  });
});
