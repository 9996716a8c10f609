import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a document whose noun is written with a hyphen ("round-up", "e-mail") is read as a document', () => {
  it('GIVEN "according to a round-up of the best gadgets" THEN an unnamed document, vague, not an anonymous person', () => {
    const certainty = certaintyOf("Sony's new console is the top gadget of the year, according to a round-up of the best gadgets.");
    expect(certainty.sourcing).toBe('vague');
    expect(certainty.attributedTo).toEqual(['a round-up of the best gadgets']);
  });

  it('GIVEN "Mr Hale\'s e-mail, which was meant for a colleague, suggested they should hire Jo Marsh" THEN the e-mail is the source, not Jo Marsh', () => {
    const certainty = certaintyOf("Mr Hale's e-mail, which was meant for a colleague, suggested they should hire Jo Marsh, the agency's boss, to run the campaign.");
    expect(certainty.attributedTo).toEqual(["Mr Hale's e-mail"]);
  });
});
