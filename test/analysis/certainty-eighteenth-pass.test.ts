import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('plans acted on (qa28)', () => {
  it('GIVEN "Finance ministers have backed plans to cancel the debts" THEN the backing is stated as fact', () => {
    expect(certaintyOf('Finance ministers have backed plans to cancel the debts of the poorest countries.').level).toBe('certain');
  });

  it('GIVEN "The board approved plans to close two plants" THEN the noun `plans` names no one\'s intention', () => {
    const certainty = certaintyOf('The board approved plans to close two plants.');
    expect(certainty.level).toBe('certain');
    expect(certainty.sourcing).toBe('none');
  });

  it('GIVEN "The firm plans to close two plants" THEN the verb still states the firm\'s plan', () => {
    const certainty = certaintyOf('The firm plans to close two plants.');
    expect(certainty.level).toBe('probable');
    expect(certainty.attributedTo).toEqual(['The firm']);
  });
});

describe('what an inquiry looks into (qa28)', () => {
  it('GIVEN "The question of possible state aid was raised by rival airlines" THEN the possibility is what was raised, no doubt of the claim', () => {
    expect(certaintyOf('The question of possible state aid was raised by three rival airlines.').level).toBe('certain');
  });

  it('GIVEN "Unions warned of possible job cuts" THEN a possibility warned of still hedges', () => {
    expect(certaintyOf('Unions warned of possible job cuts.').level).toBe('possible');
  });

  it('GIVEN "a panel to look into claims by Mr Vale" THEN the claims are the panel\'s object: no source, no hedge', () => {
    const certainty = certaintyOf('The sports body has set up a panel to look into claims by Victor Vale, of Vale Laboratories.');
    expect(certainty.sourcing).toBe('none');
    expect(certainty.level).toBe('certain');
  });

  it('GIVEN "The firm rejected claims by the union that …" THEN the union\'s claim is still read', () => {
    expect(certaintyOf('The firm rejected claims by the union that jobs were at risk.').attributedTo).toEqual(['the union']);
  });

  it('GIVEN "requires websites to disclose whether …" THEN a duty to disclose leaves nothing open', () => {
    expect(certaintyOf('The law requires websites to disclose whether their software will install spyware.').level).toBe('certain');
  });

  it('GIVEN "It is not clear whether the deal will go ahead" THEN an open question stays open', () => {
    expect(certaintyOf('It is not clear whether the deal will go ahead.').level).toBe('unknown');
  });
});

describe('to appear, to come into being (qa28)', () => {
  it('GIVEN "many of the big names had yet to appear." THEN nothing is hedged', () => {
    expect(certaintyOf('Back then, most websites were plain text and many of the big names had yet to appear.').level).toBe('certain');
  });

  it('GIVEN "The plan appears to have failed" THEN an appearance still hedges', () => {
    expect(certaintyOf('The plan appears to have failed.').level).toBe('probable');
  });
});
