import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a passive belief with a word between its verbs', () => {
  it('GIVEN "are also thought likely to" THEN the belief is held by people not named', () => {
    const certainty = certaintyOf('The Tories are also thought likely to propose a cut in stamp duty.');
    expect(certainty.sourcing).toBe('vague');
  });
});

describe('a "they" after a passive frame', () => {
  it('GIVEN "… is thought to favour …" then "They say …" THEN "They" is an unnamed speaker, not the frame\'s people not named', () => {
    const certainty = certaintyOf('They say it would help savers.', 'The minister is thought to favour a cut in the rate.');
    expect(certainty.attributedTo).toEqual(["an unnamed speaker ('They')"]);
  });
});
