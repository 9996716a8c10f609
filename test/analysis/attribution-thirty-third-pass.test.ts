import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analysis/certainty.ts';
import { readArticle } from '../../src/corpus/load.ts';
import { certaintyOf } from '../support/certainty-of.ts';

/** The speaker of each quotation of a one-paragraph article, in order. */
function speakersOf(body: string): (string | null)[] {
  const result = readArticle('quoted.txt', new TextEncoder().encode(`A headline\n\n${body}\n`));
  if (!result.ok) throw new Error('the loader refused the passage');
  return analyseArticle(result.article).quotations.map((quotation) => quotation.speaker);
}

describe('a quoted label after "what" and a pronoun with a verb of naming', () => {
  it('GIVEN "Writer Anne Hill quit the panel over what she called "…"" after another speaker THEN the label is hers, not the last speaker\'s', () => {
    const passage = '"We will win," said union leader Tom Barrow. Writer Anne Hill quit the panel last week over what she called "shabby" treatment by the organisers.';
    expect(speakersOf(passage)).toEqual(['Tom Barrow', 'Anne Hill']);
  });

  it('GIVEN "… what she called "…"" THEN the sentence is hers', () => {
    const certainty = certaintyOf('Writer Anne Hill quit the panel last week over what she called "shabby" treatment by the organisers.', '"We will win," said union leader Tom Barrow.');
    expect(certainty.attributedTo).toEqual(['Anne Hill']);
  });

  it('GIVEN "He mocked the plans - what he called a "…"" THEN the label is the one "he" stands for', () => {
    const passage =
      'Tory leader Michael Hale said the party would cap asylum numbers. Prime Minister Tony Blair ridiculed the Tory plans for quotas. He challenged the Tories on which country would house their centres - what he called a "fantasy island".';
    expect(speakersOf(passage)).toEqual(['Tony Blair']);
  });

  it('GIVEN "Jane Hart walked out over what she described as "…"" after another speaker THEN the words are hers', () => {
    const passage = '"Sales were strong," said chief executive Tom Reed. Shareholder adviser Jane Hart walked out of the meeting over what she described as "reckless" pay awards.';
    expect(speakersOf(passage)).toEqual(['Tom Reed', 'Jane Hart']);
  });
});

describe('the reason for a judgement after its agent in the passive', () => {
  it('GIVEN "was criticised by privacy campaigners for putting …" THEN the campaigners alone are the source', () => {
    const certainty = certaintyOf('The scheme was criticised by privacy campaigners for putting too much data in the hands of one firm.');
    expect(certainty.attributedTo).toEqual(['privacy campaigners']);
  });

  it('GIVEN "is often blamed by US lawmakers for job losses" THEN the lawmakers alone are the source', () => {
    expect(certaintyOf('Cheap imports from China are often blamed by US lawmakers for job losses in manufacturing.').attributedTo).toEqual(['US lawmakers']);
  });

  it('GIVEN "has been praised by police for "…"" THEN the police are the source and the quoted words theirs', () => {
    expect(speakersOf('Singer Ed Hale has been praised by police for "very courageously" tackling a burglar at his home.')).toEqual(['police']);
    expect(certaintyOf('Singer Ed Hale has been praised by police for "very courageously" tackling a burglar at his home.').attributedTo).toEqual(['police']);
  });

  it('GIVEN "by a spokesman for the council for being …" THEN the spokesman keeps whom he speaks for', () => {
    expect(certaintyOf('The plan was criticised by a spokesman for the council for being far too costly.').attributedTo).toEqual(['a spokesman for the council']);
  });
});

describe("a body's name with 'and' in it, read forwards to its short form in brackets", () => {
  it('GIVEN "according to the World Travel and Tourism Council (WTTC)" THEN the council is named whole', () => {
    const certainty = certaintyOf('Tourism provides jobs for 19 million people in the region, according to the World Travel and Tourism Council (WTTC).');
    expect(certainty.attributedTo).toEqual(['World Travel and Tourism Council']);
  });

  it('GIVEN "said the Transport and General Workers Union (TGWU)" THEN the union speaks', () => {
    expect(certaintyOf('About 400 jobs will go at the plant, said the Transport and General Workers Union (TGWU).').attributedTo).toEqual(['Transport and General Workers Union']);
  });

  it('GIVEN "according to the US Food and Drug Administration (FDA)" THEN the agency is named whole', () => {
    expect(certaintyOf('The drug is safe for adults, according to the US Food and Drug Administration (FDA).').attributedTo).toEqual(['US Food and Drug Administration']);
  });
});

describe('a role set off by a comma from the name after it', () => {
  it('GIVEN "said EEF chief economist, Steve Radley." THEN the economist is named', () => {
    const certainty = certaintyOf('"Output has now fallen for the fifth month running," said EEF chief economist, Steve Radley.');
    expect(certainty.attributedTo).toEqual(['Steve Radley']);
  });

  it('GIVEN "said its chairman, Sir Anthony Greener, who …" THEN the chairman is named', () => {
    expect(certaintyOf('Schools must do better, said its chairman, Sir Anthony Greener, who spoke in London.').attributedTo).toEqual(['Anthony Greener']);
  });

  it('GIVEN "said Opera spokeswoman, Berit Hanson." THEN the quoted words are hers', () => {
    expect(speakersOf('"We have no plans to charge for the browser," said Opera spokeswoman, Berit Hanson.')).toEqual(['Berit Hanson']);
  });

  it('GIVEN "were singled out by Ofsted chief, David Bell, for …" THEN the one who singled them out is named', () => {
    expect(certaintyOf('Independent faith schools were singled out by Ofsted chief, David Bell, for not doing enough.').attributedTo).toEqual(['David Bell']);
  });

  it('GIVEN "according to the firm\'s finance director, Jane Hart." THEN the director is named', () => {
    expect(certaintyOf("Sales fell by 4% in the first half, according to the firm's finance director, Jane Hart.").attributedTo).toEqual(['Jane Hart']);
  });
});

describe('a role with no article, set off by a comma before its holder, named again later', () => {
  it('GIVEN "… by Ofsted chief, David Bell, …" THEN a later "The Ofsted chief said" is David Bell', () => {
    const before = 'Independent faith schools were singled out by Ofsted chief, David Bell, for not doing enough.';
    expect(certaintyOf('The Ofsted chief said his annual report would name the schools.', before).attributedTo).toEqual(['David Bell']);
  });

  it('GIVEN "said EEF chief economist, Steve Radley." THEN a later "The EEF chief economist added" is Steve Radley', () => {
    const before = '"Output has fallen again," said EEF chief economist, Steve Radley.';
    expect(certaintyOf('The EEF chief economist added that rates should be cut.', before).attributedTo).toEqual(['Steve Radley']);
  });
});
