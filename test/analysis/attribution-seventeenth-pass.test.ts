import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a saying inside a claim someone denies', () => {
  it('GIVEN "Mr Lane also rejects a suggestion that he had once told a colleague …" THEN the telling is what the suggestion alleges, no source of the sentence', () => {
    const before = 'Defence lawyer Carl Rees has attacked the evidence.';
    const certainty = certaintyOf('Mr Lane also rejects a suggestion that he had once told a colleague that the chairman knew nothing of the losses.', before);
    expect(certainty.sourcing).toBe('none');
    expect(certainty.contested).toBe(true);
  });

  it('GIVEN "… refused to deny the claim that he told the chairman …" THEN a denial withheld leaves the saying read', () => {
    const certainty = certaintyOf('Once again he refused to deny the claim that he told the chairman he would quit.', 'Mr Dale launched the poster.');
    expect(certainty.attributedTo).toEqual(['Dale']);
  });

  it('GIVEN "Mr Blair said that he had told aides …" THEN a saying inside plain reported speech is still read', () => {
    expect(certaintyOf('Mr Blair said that he had told aides to stay calm.').attributedTo).toEqual(['Blair']);
  });
});

describe('the team of a named party', () => {
  it('GIVEN "Mr Hale\'s lawyers said …" THEN his lawyers are a particular team, not a vague group', () => {
    const certainty = certaintyOf("Mr Hale's lawyers said he would appeal.");
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(["Mr Hale's lawyers"]);
  });

  it('GIVEN "Mr Hale\'s main backers said …" THEN a plural of people by what they do after a possessive name is that team', () => {
    expect(certaintyOf("Mr Hale's main backers said they were ready to fund a bid.").attributedTo).toEqual(["Mr Hale's main backers"]);
  });

  it('GIVEN "Ukrainian officials said …" THEN people named only by their job stay a vague group', () => {
    expect(certaintyOf('Ukrainian officials said the talks had stalled.').sourcing).toBe('vague');
  });
});

describe('an aside of examples after the subject', () => {
  it('GIVEN "X\'s backers, including Y, the US bank have said" THEN the backers speak, not the apposition of the bank that ends the aside', () => {
    const certainty = certaintyOf("Mr Hale's financial backers, including Bank Corp, the US investment bank have said they will not back a bid.");
    expect(certainty.attributedTo).toEqual(["Mr Hale's financial backers"]);
  });

  it('GIVEN "The club\'s lenders, including Barclays have said" THEN the lenders speak, not the example with no comma after it', () => {
    expect(certaintyOf("The club's lenders, including Barclays have said they are ready.").attributedTo).toEqual(["The club's lenders"]);
  });

  it('GIVEN "In a blow to the plan, several banks, including Barclays said" THEN the banks after the opening phrase speak', () => {
    expect(certaintyOf('In a blow to the plan, several banks, including Barclays said they would not lend.').attributedTo).toEqual(['several banks']);
  });

  it('GIVEN "Prices rose sharply, including food, the ONS said" THEN a clause before the examples leaves the trailing source', () => {
    expect(certaintyOf('Prices rose sharply, including food, the ONS said.').attributedTo).toEqual(['ONS']);
  });
});

describe('verbs of saying in the plural present', () => {
  it('GIVEN "Prosecutors allege that …" THEN the prosecutors stand behind the sentence', () => {
    expect(certaintyOf('Prosecutors allege that the broker may have fixed bids for cover.').attributedTo).toEqual(['Prosecutors']);
  });

  it('GIVEN "Economists point out that …" THEN the economists stand behind the sentence', () => {
    expect(certaintyOf('Economists point out that a weaker pound helps exporters.').attributedTo).toEqual(['Economists']);
  });

  it('GIVEN "Analysts reckon that …" THEN a vague group stands behind the sentence', () => {
    expect(certaintyOf('Analysts reckon that other banks may follow suit.').sourcing).toBe('vague');
  });
});

describe('a text read out', () => {
  it('GIVEN \'"…," a council statement read\' THEN the statement is the source', () => {
    expect(certaintyOf('"The hall will stay shut until the roof is mended," a council statement read.').sourcing).not.toBe('none');
  });

  it('GIVEN "A third of them read junk e-mail" THEN reading is no saying', () => {
    expect(certaintyOf('A third of them read junk e-mail every week.').sourcing).toBe('none');
  });

  it('GIVEN "Read said …" THEN a man named Read still speaks', () => {
    expect(certaintyOf('Read said all the money raised would go to the appeal.').attributedTo).toEqual(['Read']);
  });
});

describe('a definite noun for a body', () => {
  it('GIVEN "The financial regulator said Acme Corp would …" after the commission spoke THEN the regulator is not the firm it names', () => {
    const before =
      'Two bosses at Acme Corp have resigned. Acme Corp was criticised by regulators and could have to restate its earnings. Last week, the firm was admonished by the Securities and Exchange Commission.';
    expect(certaintyOf('The financial regulator said Acme Corp would have to raise new capital.', before).attributedTo).not.toContain('Acme Corp');
  });

  it('GIVEN "… says the watchdog" in a story about the Electoral Commission THEN the watchdog is the commission', () => {
    const before = 'The Electoral Commission published its review of the rules.';
    expect(certaintyOf('Candidates should get a free mailshot, says the watchdog.', before).attributedTo).toEqual(['Electoral Commission']);
  });

  it('GIVEN "The German company said" after an association spoke THEN the association is no company', () => {
    const before = 'The Mobile Suppliers Association praised the move. At the fair, Siemens showed off a new system.';
    expect(certaintyOf('The German company said data could be sent faster.', before).attributedTo).not.toContain('Mobile Suppliers Association');
  });

  it('GIVEN "the trade and industry secretary has said" THEN the whole office speaks, as one named office-holder', () => {
    const certainty = certaintyOf('Violent games should carry larger warnings, the trade and industry secretary has said.');
    expect(certainty.attributedTo).toEqual(['the trade and industry secretary']);
    expect(certainty.sourcing).toBe('named');
  });
});

describe('texts as speakers', () => {
  it('GIVEN "Thursday\'s report was drawn up by two committees scrutinising the work of the Office of …" THEN "It said" is the report', () => {
    const before = "Thursday's report was drawn up by two committees scrutinising the work of the Office of the Deputy Prime Minister.";
    expect(certaintyOf('It said there was a strong case for change.', before).attributedTo).toEqual(["Thursday's report"]);
  });

  it('GIVEN "…, while staff get a pension, the adverts say." THEN the adverts are the source', () => {
    expect(certaintyOf('Pay is twice the minimum wage, while staff get a pension, the adverts say.').attributedTo).toEqual(['the adverts']);
  });

  it('GIVEN "The chain\'s new adverts say …" THEN the next "They urge" is the adverts', () => {
    expect(certaintyOf('They urge shoppers to stay loyal.', "The chain's new adverts say prices are low.").attributedTo).toEqual(["The chain's new adverts"]);
  });
});

describe('an -s form after a preposition', () => {
  it('GIVEN "The minister was speaking amid claims that …" THEN the claims are not the minister\'s', () => {
    expect(certaintyOf('The minister was speaking amid claims that the plan had failed.').sourcing).toBe('none');
  });

  it('GIVEN "What this is about, believes Mr Hale, is …" THEN a verb set off by commas after a preposition still speaks', () => {
    expect(certaintyOf('What this is really about, believes Mr Hale, is the plan.').attributedTo).toEqual(['Hale']);
  });
});

describe('a pronoun in a clause set before the main clause', () => {
  it('GIVEN "In November, when he surprised MPs by announcing …, Mr Jones said:" after another man spoke THEN the "he" is Mr Jones', () => {
    const before = 'Tory spokesman David Wells said families would wonder why.';
    const certainty = certaintyOf('In November, when he surprised MPs by announcing the departure, Mr Jones said the chief had decided to go.', before);
    expect(certainty.attributedTo).toEqual(['Jones']);
  });
});

describe('groups named by what they do', () => {
  it('GIVEN "Academics point out that …" THEN academics are a vague group, as "Scientists say" is', () => {
    expect(certaintyOf('Academics point out that no study links the games with violence.').sourcing).toBe('vague');
  });

  it('GIVEN "Academics from the Institute of Education at London University found …" THEN people of a named body speak for it', () => {
    expect(certaintyOf('Academics from the Institute of Education at London University found that games help children read.').sourcing).toBe('named');
  });

  it('GIVEN "Analysts at City firms said …" THEN people of bodies no one names stay a vague group', () => {
    expect(certaintyOf('Analysts at City firms said shares would fall.').sourcing).toBe('vague');
  });
});

describe('a verb of speech inverted with its comma left out', () => {
  it('GIVEN "… is altering the high street thinks Mr Vaughan." THEN Mr Vaughan stands behind the sentence', () => {
    expect(certaintyOf('The spread of gadgets is altering the role of the high street thinks Mr Vaughan.').attributedTo).toEqual(['Vaughan']);
  });
});

describe('a text, then whom it comes from', () => {
  it('GIVEN \'The letter, from the Home Office, says: "…"\' THEN the letter is the source', () => {
    expect(certaintyOf('The letter, from the Home Office, says: "We will review the case."').attributedTo).toEqual(['The letter']);
  });
});
