import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a body named at the end of an unnamed source is no surname', () => {
  it('GIVEN "an unnamed executive at Marlow" before "Marlow said …" THEN the firm speaks, named, not the anonymous executive', () => {
    const certainty = certaintyOf('However, Marlow said it could not promise that a firm offer would be made.', 'A paper quoted an unnamed executive at Marlow as saying the group would bid.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['Marlow']);
  });

  it('GIVEN "The remaining members of the Cribs" before "he told a radio station" THEN `he` is the man named before, not the band', () => {
    const certainty = certaintyOf(
      '"I need a rest," he told a radio station in his home town.',
      'Guitarist Sam Drew has left the Cribs. The remaining members of the Cribs said they wished Drew well.',
    );
    expect(certainty.attributedTo).toEqual(['Sam Drew']);
  });
});

describe('two sources joined by `and`', () => {
  it('GIVEN "after Norway and Chile denied …" THEN both countries deny, the pair opening a clause after its conjunction', () => {
    expect(certaintyOf('The krone rose on Tuesday after Norway and Chile denied they would sell their reserves.').attributedTo).toEqual(['Norway', 'Chile']);
  });

  it('GIVEN "But both the Greens and the SNP said …" THEN `both` opens the subject and both parties speak', () => {
    expect(certaintyOf('But both the Greens and the SNP said the minister had to change course.').attributedTo).toEqual(['Greens', 'SNP']);
  });

  it('GIVEN "Retailers such as Boots and Argos said …" THEN each example of the plural speaks, as one example alone does', () => {
    expect(certaintyOf('Retailers such as Boots and Argos said sales would fall.').attributedTo).toEqual(['Boots', 'Argos']);
  });

  it('GIVEN "Campaign groups including Oxfam and Christian Aid said …" (no commas) THEN both named groups speak', () => {
    expect(certaintyOf('Campaign groups including Oxfam and Christian Aid said the rules were a barrier.').attributedTo).toEqual(['Oxfam', 'Christian Aid']);
  });

  it('GIVEN "SBC and AT&T said …" THEN a name with an ampersand and no spaces is one word, and the pair speaks', () => {
    expect(certaintyOf('SBC and AT&T said savings were the main reason for the merger.').attributedTo).toEqual(['SBC', 'AT&T']);
  });

  it('GIVEN "He met Ms Ray after the vote and Mr Lund said …" THEN a name inside the clause before `and` is no second source', () => {
    expect(certaintyOf('He met Ms Ray after the vote and Mr Lund said the plan was dead.').attributedTo).toEqual(['Lund']);
  });
});

describe('names joined by `and` after a role', () => {
  it('GIVEN "The MP for Bexley and Sidcup said …" THEN the member speaks, not the second place', () => {
    expect(certaintyOf('The MP for Bexley and Sidcup said the minister had tried hard.').attributedTo).toEqual(['MP for Bexley and Sidcup']);
  });

  it('GIVEN "The star of Top Gun and Cocktail said …" THEN the star speaks, not the second film', () => {
    expect(certaintyOf('The star of Top Gun and Cocktail said the industry was in trouble.').attributedTo).toEqual(['The star of Top Gun and Cocktail']);
  });
});
