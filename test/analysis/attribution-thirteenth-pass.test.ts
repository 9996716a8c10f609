import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('what a decision gives', () => {
  it('GIVEN "The Commission\'s 2002 ruling gave the carriers the right to …" THEN what a ruling gives is an act, no finding it reports', () => {
    expect(certaintyOf("The Commission's 2002 ruling gave the carriers the right to fly from any EU state.").sourcing).toBe('none');
  });

  it('GIVEN "The survey gave Labour a five-point lead" THEN what a survey gives is its finding', () => {
    expect(certaintyOf('The survey gave Labour a five-point lead.').attributedTo).toEqual(['The survey']);
  });
});

describe('a company named in apposition after "the company"', () => {
  it('GIVEN "The company, Larkfield, is to …" and later "The company says" THEN the company is Larkfield, not a word the article repeats', () => {
    const before =
      'One of the largest makers of HIV/Aids drugs has launched a plan against smuggling. The company, Larkfield, is to change the colour of its Aids pills. Larkfield believes the anti-Aids trade can be cut.';
    expect(certaintyOf('The company says that it will then be possible to trace the dealers.', before).attributedTo).toEqual(['Larkfield']);
  });
});

describe('a country is no business', () => {
  it('GIVEN an article that names India three times and no business, then "The company also said …" THEN the company is left as written, not India', () => {
    const before = 'India has opened its air show to foreign firms. India wants more jobs. Officials said India would buy jets.';
    expect(certaintyOf('The company also said it had sold 10 planes to a new airline.', before).attributedTo).toEqual(['The company']);
  });
});

describe('an agency that is a public body, not a news agency', () => {
  it('GIVEN "The Environment Agency said …" THEN the agency is a named body, not a media outlet', () => {
    const certainty = certaintyOf('The Environment Agency said the river had burst its banks.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['Environment Agency']);
  });

  it('GIVEN "…, an anti-fraud agency has said." THEN an agency the article does not name is vague, not media', () => {
    expect(certaintyOf('Fraudsters have moved to internet payments, an anti-fraud agency has said.').sourcing).toBe('vague');
  });

  it('GIVEN "…, a news agency reported." THEN a news agency is still media', () => {
    expect(certaintyOf('Troops crossed the border overnight, a news agency reported.').sourcing).toBe('media');
  });
});

describe('judgements and accounts named by what they do', () => {
  it('GIVEN "Mr Ambani has spoken of ownership issues" THEN he is the source', () => {
    expect(certaintyOf('Mr Ambani has spoken of ownership issues between the two brothers.').attributedTo).toEqual(['Ambani']);
  });
});

describe('names and groups joined by "and"', () => {
  it('GIVEN "A report by the Commons work and pensions committee called for …" THEN the committee is named whole', () => {
    expect(certaintyOf('A report by the Commons work and pensions committee called for the agency to be wound up.').attributedTo).toEqual(['Commons work and pensions committee']);
  });

  it('GIVEN "Union leaders and trade campaigners have been warning …" THEN both groups are sources', () => {
    expect(certaintyOf('Union leaders and trade campaigners have been warning that poorer nations could lose jobs.').attributedTo).toEqual(['Union leaders', 'trade campaigners']);
  });

  it('GIVEN "a scruffy little Austrian called Adolf Hitler" THEN naming after a nationality is no speech', () => {
    expect(certaintyOf('The mortal threat back then was a scruffy little Austrian called Adolf Hitler.').sourcing).toBe('none');
  });
});

describe('a title alone after an opening phrase', () => {
  it('GIVEN "On Friday, the Cardinal will ask …" after another man spoke THEN the next "he will say" is the Cardinal', () => {
    const before =
      'Cardinal Cormac Fitzgerald said the war was a waste. Dr Rowan Hale has since criticised the government, saying the failure had damaged faith. On Friday, the Cardinal will ask the congregation to search for peace.';
    expect(certaintyOf('"It is possible, it is real," he will say.', before).attributedTo).toEqual(['Cormac Fitzgerald']);
  });

  it('GIVEN "The archbishop added: …" after "Archbishop Desmond Kane" THEN the archbishop is Desmond Kane', () => {
    expect(certaintyOf('The archbishop added: "It is deeply distressing."', 'Archbishop Desmond Kane called for the release of the detainees.').attributedTo).toEqual(['Desmond Kane']);
  });
});

describe('a request or a question put to someone', () => {
  it('GIVEN "Rato was asked by G7 ministers to carry out a study" THEN the ministers\' request is no claim of theirs', () => {
    expect(certaintyOf('The fund chief was asked by G7 ministers to carry out a study into selling gold.').sourcing).toBe('none');
  });

  it('GIVEN "The plan was criticised by unions as a sham" THEN a passive with its agent still gives the source', () => {
    expect(certaintyOf('The plan was criticised by unions as a sham.').attributedTo).toEqual(['unions']);
  });
});
