import { describe, expect, it } from 'vitest';
import { carryOneClaim } from '../crosscheck/library-of.ts';

/** Articles that use the quoted words elsewhere, so that the names the two sentences share weigh as in a real library. */
const QUOTED_WORDS_ELSEWHERE: Record<string, string> = {
  design_school: 'Design school opens\n\nThe new design school will give students the freedom to shape their own future, its founders said.',
  gallery: 'Artists win freedom\n\nPainters now have absolute freedom over the designs of the new gallery, the council said.',
  port: 'Future of the port\n\nThe port authority said it would design a new future for the docks with freedom for traders.',
};

describe('claim identity: a sentence that quotes, then names its speaker', () => {
  it('GIVEN "\\"We now have absolute freedom …,\\" said Nordwerk chief executive Anna Pohl" and "Anna Pohl has replaced Karl Brandt as chief executive of Nordwerk Auto" THEN the speaker and her post are who spoke, not what she said: two claims', () => {
    expect(
      carryOneClaim(
        QUOTED_WORDS_ELSEWHERE,
        '"We now have absolute freedom to design our own future," said Nordwerk chief executive Anna Pohl.',
        'Anna Pohl has replaced Karl Brandt as chief executive of Nordwerk Auto, with Mr Brandt leaving the company.',
      ),
    ).toBe(false);
  });

  it('GIVEN the same words quoted in two articles with their speaker THEN they are one claim', () => {
    expect(
      carryOneClaim(
        QUOTED_WORDS_ELSEWHERE,
        '"We now have absolute freedom to design our own future," said Nordwerk chief executive Anna Pohl.',
        '"We now have absolute freedom to design our own future," Ms Pohl told reporters in Turin.',
      ),
    ).toBe(true);
  });

  it('GIVEN a quotation, its speaker and then a clause of its own where a full stop was left out THEN the clause is what the sentence tells too', () => {
    expect(
      carryOneClaim(
        QUOTED_WORDS_ELSEWHERE,
        '"The risks are real," said analyst Vadim Kroll The dispute with the tax authorities is partly driven by the Kremlin\'s clampdown on the oil firm\'s owner.',
        "The dispute with the tax authorities is partly driven by the Kremlin's clampdown on the oil firm's owner, who is in jail.",
      ),
    ).toBe(true);
  });
});
