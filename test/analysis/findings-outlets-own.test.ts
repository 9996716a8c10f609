import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a poll or survey made for or by an outlet is its own finding, not words it relays', () => {
  it('GIVEN "A poll for the Independent on Sunday found …" THEN the poll is a named source, not a second-hand one', () => {
    const certainty = certaintyOf('A new poll for the Independent on Sunday found that most voters back a cut in fuel duty.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['A new poll for the Independent on Sunday']);
  });

  it('GIVEN "The Mail on Sunday survey found …" THEN the survey is a named source', () => {
    const certainty = certaintyOf('The Mail on Sunday survey found that 58% of parents oppose the new school hours.');
    expect(certainty.sourcing).toBe('named');
  });

  it('GIVEN "A survey conducted by the Financial Times has revealed …" THEN the paper is named as the one that ran it', () => {
    const certainty = certaintyOf('A survey conducted by the Financial Times has revealed that fund managers are gloomy about the year ahead.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['Financial Times']);
  });

  it('GIVEN "A report in the Sunday Telegraph claims …" THEN the paper still relays its report, second-hand', () => {
    const certainty = certaintyOf('A report in the Sunday Telegraph claims the minister is ready to resign.');
    expect(certainty.sourcing).toBe('media');
  });
});
