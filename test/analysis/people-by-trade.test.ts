import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('"he" after a speaker described by trade goes to that speaker, not to a man named before', () => {
  it('GIVEN a named analyst, then "said one London-based broker", THEN "He forecast …" is the broker', () => {
    const certainty = certaintyOf(
      'He forecast the bid would succeed.',
      '"It is a fair price," said Tom Hale, an analyst at Rivers Securities. "I do not think it will make much difference," said one London-based broker.',
    );
    expect(certainty.attributedTo).toEqual(['one London-based broker']);
  });

  it('GIVEN a named economist, then "One leading Karachi dealer said …", THEN "…, he says, …" is the dealer', () => {
    const certainty = certaintyOf(
      'A lot of Gulf money, he says, has already gone to Malaysia.',
      '"Growth will hold up," says Mr Qureshi, an economist at Habib Capital. One leading Karachi dealer said the real reasons may be political.',
    );
    expect(certainty.attributedTo).toEqual(['One leading Karachi dealer']);
  });
});

describe('a name after a word for a trade that opens the sentence is its subject', () => {
  it('GIVEN "Lib Dem MP Tom Hole said …", then "North Somerset landowner Giles Pratt was put in contact with …", THEN "He had asked …" is the landowner', () => {
    const certainty = certaintyOf(
      'He had asked whether using his dogs to chase away deer would be outlawed.',
      'Lib Dem MP Tom Hole said ministers had invented a new kind of hunting. North Somerset landowner Giles Pratt was put in contact with the group after he had been in touch with Defra.',
    );
    expect(certainty.attributedTo).toEqual(['Giles Pratt']);
  });
});
