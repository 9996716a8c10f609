import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('speech a speaker goes on to', () => {
  it('GIVEN "X went on to promise that …" THEN the promise is X\'s', () => {
    const certainty = certaintyOf('Mr Morgan went on to promise that Wales would meet its share of the cost.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['Morgan']);
  });

  it('GIVEN "X went on to signal that …" THEN the signal is X\'s', () => {
    expect(certaintyOf('Ms Kelly went on to signal that the review would report before the summer.').attributedTo).toEqual(['Kelly']);
  });
});

describe('a relative clause on the subject', () => {
  it('GIVEN "The unions which met Mr X want …" THEN the unions want it, not the person they met', () => {
    const certainty = certaintyOf('The three unions which met Mr Hale want the board to drop the pay freeze.');
    expect(certainty.attributedTo).toEqual(['The three unions']);
  });

  it('GIVEN "Mr X, whose party opposes the plan as "…" said …" with the closing comma missing THEN Mr X said it', () => {
    const certainty = certaintyOf('Earlier Mr Hale, whose party opposes the scheme as "costly and unfair" said ministers had lost the argument.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['Hale']);
  });
});

describe('a denial after a long opening phrase of time', () => {
  it('GIVEN "During … Mr X played down … and denied he …" THEN the denial is Mr X\'s, not a stated fact', () => {
    const certainty = certaintyOf('During his third day of evidence at the fraud trial Mr Hale played down his links with Mr Reed and denied he often phoned him at home.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['Hale']);
    expect(certainty.contested).toBe(true);
  });
});

describe('a denial inside a clause of concession', () => {
  it('GIVEN "X announced … although Y was forced to deny …" THEN the announcement is not contested', () => {
    const certainty = certaintyOf('On Monday the Liberal Democrats announced they would oppose the bill although their leader was forced to deny the party was divided over it.');
    expect(certainty.contested).toBe(false);
  });

  it('GIVEN "Whilst X has rejected the idea of …, the jury is still out" THEN the claim after the comma is not contested', () => {
    expect(certaintyOf('Whilst the council has rejected the idea of a congestion charge, the traffic in the city centre is still getting worse.').contested).toBe(false);
  });
});

describe('a denial after the claim it disputes', () => {
  it('GIVEN "X has suggested that …, something Y denies" THEN the claim is X\'s alone, and contested', () => {
    const certainty = certaintyOf('Mr Grant has suggested that his former partner is blaming him only to win a lighter sentence, something Mr Cole denies.');
    expect(certainty.attributedTo).toEqual(['Grant']);
    expect(certainty.contested).toBe(true);
  });

  it('GIVEN "X faced charges in court, which he denies" THEN the charges are no claim of his', () => {
    const certainty = certaintyOf('On Tuesday the singer faced assault charges at the magistrates court, which he denies.');
    expect(certainty.sourcing).toBe('none');
    expect(certainty.contested).toBe(true);
  });
});

describe('"it recommends" after a sentence that names a report', () => {
  it('GIVEN a think-tank named, then "… the Hale review …", then "it recommends" THEN the review recommends, not the think-tank', () => {
    const certainty = certaintyOf(
      'For example, it recommends raising the school leaving age to 18.',
      '"It is a bold plan," said Ann Cole, director of the Centre for Policy Studies, a London think-tank. But some teachers believe that the Hale review ignores the cost of its ideas.',
    );
    expect(certainty.attributedTo).toEqual(['the Hale review']);
  });
});

describe("a quotation named as someone's assessment", () => {
  it('GIVEN "\\"…,\\" is the dry assessment of X, leader of …" THEN the words are X\'s', () => {
    const certainty = certaintyOf('"Voters like the council more than its own members do," is the dry assessment of Jane Rowe, leader of the Labour group on Leeds council.');
    expect(certainty.attributedTo).toEqual(['Jane Rowe']);
  });
});
