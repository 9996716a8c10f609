import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a plural group described only by where it is from names no one in it', () => {
  it('GIVEN "French companies have warned …" THEN the source is vague, not named', () => {
    const certainty = certaintyOf('French companies have warned that the new emissions rules will cost thousands of jobs.');
    expect(certainty.sourcing).toBe('vague');
    expect(certainty.attributedTo).toEqual(['French companies']);
  });

  it('GIVEN "US banks said …" THEN a country before the group does not make it a named body', () => {
    expect(certaintyOf('US banks said the reforms had come too late to help smaller lenders.').sourcing).toBe('vague');
  });

  it('GIVEN "Debt-laden Italian clubs have argued …" THEN a hyphened lower-case word opening the sentence is no name either', () => {
    expect(certaintyOf('Debt-laden Italian clubs have argued that the television deal favours the richest sides.').sourcing).toBe('vague');
  });

  it('GIVEN "Welsh ministers insist …" THEN a place\'s office holders stay named: they answer for its government', () => {
    expect(certaintyOf('Welsh ministers insist they will keep the final say over new hospital closures.').sourcing).toBe('named');
  });
});
