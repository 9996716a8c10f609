import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a forecast written as tipped', () => {
  it('GIVEN "Interest rates are tipped to rise …" THEN the sentence is hedged, as "expected to rise" is', () => {
    const certainty = certaintyOf('Interest rates are widely tipped to rise by a quarter of a point at next week’s meeting.');
    expect(certainty.level).toBe('probable');
    expect(certainty.cues.map((cue) => cue.text)).toContain('tipped to');
  });

  it('GIVEN "The band has been tipped as …" THEN the sentence is hedged', () => {
    expect(certaintyOf('The band has been tipped as this year’s Christmas number one.').level).toBe('probable');
  });

  it('GIVEN a bottle tipped to one side THEN nothing is forecast and the sentence stays a fact', () => {
    expect(certaintyOf('The barman tipped the bottle towards the glass and poured.').level).toBe('certain');
  });
});

describe('newspapers named for the day they come out', () => {
  it('GIVEN "According to the Mail on Sunday, …" THEN the source is the whole title, a media source', () => {
    const certainty = certaintyOf('According to the Mail on Sunday, the chancellor has set aside £2bn for the scheme.');
    expect(certainty.attributedTo).toEqual(['Mail on Sunday']);
    expect(certainty.sourcing).toBe('media');
  });

  it('GIVEN "A poll for the Independent on Sunday found …" THEN the day is part of the paper’s name, not cut off as a time', () => {
    expect(certaintyOf('A poll for the Independent on Sunday found support for the party unchanged.').attributedTo).toEqual(['Independent on Sunday']);
  });

  it('GIVEN "The minister said on Sunday …" THEN a day after a speaker is still when they spoke', () => {
    expect(certaintyOf('The minister said on Sunday that the scheme would go ahead.').attributedTo).toEqual(['The minister']);
  });
});

describe('British titles as media sources', () => {
  it('GIVEN "…, the Daily Record reported." THEN the sentence is second-hand, from a newspaper', () => {
    const certainty = certaintyOf('The striker is set to sign a new two-year contract, the Daily Record reported.');
    expect(certainty.sourcing).toBe('media');
    expect(certainty.attributedTo).toEqual(['Daily Record']);
  });
});
