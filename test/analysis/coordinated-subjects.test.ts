import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a verb of speech joined by "and" to the clause\'s first verb has the whole subject', () => {
  it('GIVEN "The Everton striker signed Morrison … and claims …" THEN the striker is the source, not the club', () => {
    const certainty = certaintyOf('The Everton striker signed Morrison to his label and claims he spent thousands of pounds on the album.');
    expect(certainty.attributedTo).toEqual(['The Everton striker']);
  });

  it('GIVEN "A Labour party spokesman played down … and said …" THEN the spokesman is the source, not the party', () => {
    const certainty = certaintyOf('A Labour party spokesman played down differences with the donor and said Mr Brown already had a role.');
    expect(certainty.attributedTo).toEqual(['A Labour party spokesman']);
  });

  it('GIVEN "The Tory leader supports a cut and has said …" THEN the leader is the source', () => {
    expect(certaintyOf('The Tory leader supports a cut in the limit and has said the rules are too loose.').attributedTo).toEqual(['Tory leader']);
  });

  it('GIVEN "Mr Begg\'s father, Azmat, said … and would say …" THEN the father named in the apposition is one source', () => {
    const certainty = certaintyOf(
      'Mr Begg\'s father, Azmat, said he had been told he could see his son for 20 minutes and would say he was "a hero".',
      'Jo Begg, Tom Marsh, Sam Reid and Ian Hale were held for three years, accused of links to the group.',
    );
    expect(certainty.attributedTo).toEqual(['Azmat']);
  });
});
