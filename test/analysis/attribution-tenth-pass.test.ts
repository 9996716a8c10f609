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
