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
