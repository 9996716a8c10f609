import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a source named after the verb at the end, when the clause before the comma holds names of its own', () => {
  it('GIVEN "… the London Underground (LU) has fallen below 40%, say transport analysts." THEN the analysts are the source, not the name in brackets', () => {
    const certainty = certaintyOf('The share of commuters using the London Underground (LU) has fallen below 40%, say transport analysts.');
    expect(certainty.sourcing).toBe('vague');
    expect(certainty.attributedTo).toEqual(['transport analysts']);
  });

  it('GIVEN "By 2010, half of UK homes will own a digital radio, says a report." THEN the report is the source, not the opening time', () => {
    expect(certaintyOf('By 2010, half of all UK homes will own a digital radio, says a report.').attributedTo).toEqual(['a report']);
  });

  it('GIVEN "Digital Audio Broadcasting (DAB) radios are here to stay, and …, says a panel of industry experts." THEN the panel is the source', () => {
    expect(certaintyOf('Digital Audio Broadcasting (DAB) radios are here to stay, and are about to be sold in supermarkets, says a panel of industry experts.').attributedTo).toEqual([
      'a panel of industry experts',
    ]);
  });

  it('GIVEN "Ann Cole, a lawyer who has acted for the firm, said the deal was fair." THEN an apposition with a clause of its own still sets off the speaker', () => {
    expect(certaintyOf('Ann Cole, a lawyer who has acted for the firm, said the deal was fair.').attributedTo).toEqual(['Ann Cole']);
  });
});

describe('results a company posts are its accounts, not its words', () => {
  it('GIVEN "Telewest posted a $410m (£215m) loss" THEN a conversion in brackets does not hide the loss', () => {
    const certainty = certaintyOf('Cable firm Telewest posted a $410m (£215m) loss for the year.');
    expect(certainty.sourcing).toBe('none');
    expect(certainty.attributedTo).toEqual([]);
  });

  it('GIVEN "posted a 14% jump in half-year profits" THEN a jump is a figure of results', () => {
    expect(certaintyOf('Brewer Greene King posted a 14% jump in half-year profits.').sourcing).toBe('none');
  });

  it('GIVEN "posted a 9% slump in sales" THEN a slump is a figure of results', () => {
    expect(certaintyOf('The carmaker posted a 9% slump in European sales in November.').sourcing).toBe('none');
  });

  it('GIVEN "posted a loss that was bigger than analysts had expected" THEN a clause on the loss keeps it the accounts', () => {
    expect(certaintyOf('The bank posted a loss that was bigger than analysts had expected.').sourcing).toBe('none');
  });

  it('GIVEN "The chancellor added a rise in interest rates could not be ruled out" THEN a clause after the figure makes "added" speech', () => {
    expect(certaintyOf('The chancellor added a rise in interest rates could not be ruled out.').sourcing).toBe('named');
  });

  it('GIVEN "He added sales had been hit by the weather" after a named speaker THEN he added words', () => {
    expect(certaintyOf('He added sales had been hit by the weather.', 'Tesco boss Terry Leahy said the year had been hard.').attributedTo).toEqual(['Terry Leahy']);
  });
});

describe('a relative clause on the object tells of its own clause, not of the sentence', () => {
  it('GIVEN "Defence lawyers have tried to paint Mr Hart, who has admitted fraud, as a liar." THEN Mr Hart is no source', () => {
    const certainty = certaintyOf('Defence lawyers have tried to paint Mr Hart, who has admitted fraud, as a liar.');
    expect(certainty.sourcing).toBe('none');
    expect(certainty.attributedTo).toEqual([]);
  });

  it('GIVEN "The union accused Mr Reed, who says he was not consulted, of misleading staff." THEN the union is the only source', () => {
    expect(certaintyOf('The union accused Mr Reed, who says he was not consulted, of misleading staff.').attributedTo).toEqual(['The union']);
  });

  it('GIVEN "Campaigners have written to Ms Hale, who has argued for the cuts, about the closures." THEN Ms Hale is no source', () => {
    expect(certaintyOf('Campaigners have written to Ms Hale, who has argued for the cuts, about the closures.').attributedTo).toEqual([]);
  });

  it('GIVEN "The plan was attacked by Mr Reid, who said it was unfair to pensioners." THEN a relative that runs to the end is still the source', () => {
    expect(certaintyOf('The plan was attacked by Mr Reid, who said it was unfair to pensioners.').attributedTo).toEqual(['Reid']);
  });
});
