import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a judgement that holds only on some reckoning is hedged (qa36)', () => {
  it('GIVEN "making it by some counts the worst Christmas since 1981" THEN the sentence is hedged by the reckoning', () => {
    expect(certaintyOf('Sales fell again in December, making it by some counts the weakest festive season for twenty years.').note).toBe("Hedged ('by some counts'); no source given.");
  });

  it('GIVEN "by one estimate" opening the sentence THEN it hedges too', () => {
    expect(certaintyOf('By one estimate, a third of the loans will never be repaid.').level).toBe('probable');
  });
});

describe('a capacity named as a noun hedges nothing (qa36)', () => {
  it('GIVEN "finally fulfilled her potential by winning" THEN someone\'s potential is what they achieved', () => {
    expect(certaintyOf('The swimmer finally fulfilled her potential by taking two golds in Athens.').level).toBe('certain');
  });

  it('GIVEN "its potential to spread" THEN a possibility is still a hedge', () => {
    expect(certaintyOf('Doctors are worried by its potential to spread among children.').level).not.toBe('certain');
  });
});

describe('what a sentence reports about or after an allegation is no allegation of its own (qa37)', () => {
  it('GIVEN "are to leave after accusations of a conflict of interest" THEN the departure is reported, not hedged by the accusation', () => {
    expect(certaintyOf('Two directors of the airline quit on Monday after accusations of a conflict of interest.').level).toBe('certain');
  });

  it('GIVEN "following allegations that" THEN a cause named so reads alike', () => {
    expect(certaintyOf('The minister resigned following allegations that he had misled parliament.').level).toBe('certain');
  });
});

describe('what one has no right to ask is no forecast (qa37)', () => {
  it('GIVEN "they cannot expect the voters to back them" THEN `expect` hedges nothing', () => {
    expect(certaintyOf('Either the party settles its feud or it cannot expect the voters to back it.').note).not.toMatch(/expect/u);
  });
});

describe("a claim filed in law is no assertion in doubt (the new user's read)", () => {
  it('GIVEN "will hear arguments for the firm\'s bankruptcy claim to be thrown out" THEN the filing hedges nothing', () => {
    expect(certaintyOf("A US court will hear arguments for the oil firm's bankruptcy claim to be thrown out.").note).toBe("About the future ('will'); stated by the article, with no source given.");
  });
});
