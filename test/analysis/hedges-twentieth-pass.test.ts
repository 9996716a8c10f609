import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a forecast that describes a noun the sentence acts on (qa32, qa33)', () => {
  it('GIVEN "to cut a record deficit projected to peak at $90bn" THEN the budget presented is stated, not hedged', () => {
    expect(certaintyOf('The minister presented his budget, raising taxes in a bid to cut a record deficit projected to peak at $90bn this year.').level).toBe('certain');
  });

  it('GIVEN "at a meeting expected to take place next month" THEN what must happen at it is not hedged by the date', () => {
    expect(certaintyOf('The loan must still be approved by the board at a meeting expected to take place next month.').level).toBe('certain');
  });

  it('GIVEN "with sales predicted to grow" THEN a forecast added by `with` still hedges the claim it adds', () => {
    expect(certaintyOf('The chain said it faced strong competition, with online sales predicted to grow by a fifth.').level).toBe('probable');
  });

  it('GIVEN "the campaigners were also expected to march" THEN the verb group is no noun phrase: still hedged', () => {
    expect(certaintyOf('Police said the campaigners were also expected to march through the town.').level).toBe('probable');
  });

  it('GIVEN "and the cheaper model expected to sell in Asia" THEN a forecast joined by `and` is a claim of its own: still hedged', () => {
    expect(certaintyOf('The firm makes two phones, the dearer one aimed at business users and the cheaper model expected to sell in Asia.').level).toBe('probable');
  });

  it('GIVEN "the vote - expected to fall on 5 May - will" THEN an aside set off by dashes is left as it was', () => {
    expect(certaintyOf('The chancellor said the vote - expected to fall on 5 May - will settle the question.').level).toBe('probable');
  });
});

describe('modals that guess nothing (qa33)', () => {
  it('GIVEN "before it would become accepted" THEN a time clause\'s `would` places one event after another', () => {
    expect(certaintyOf('Shops must explain the tags to customers before they would accept them.').level).toBe('certain');
  });

  it('GIVEN "before an engineer would call" THEN a determiner and noun as the time clause\'s subject read the same', () => {
    expect(certaintyOf('Customers waited for a week before an engineer would call.').level).toBe('certain');
  });

  it('GIVEN "To qualify, a player must have played ten games" THEN a condition to meet is no inference', () => {
    expect(certaintyOf('To qualify for the award a player must have played at least ten games this season.').level).toBe('certain');
  });

  it('GIVEN "He must have played ten games by now" THEN `must have` of inference still hedges', () => {
    expect(certaintyOf('He must have played at least ten games for them.').level).toBe('possible');
  });

  it('GIVEN "could be this year\'s must-have" THEN the hyphened noun is no modal (the `could` alone hedges)', () => {
    const certainty = certaintyOf("The new handheld could be this year's must-have.");
    expect(certainty.cues.filter((cue) => cue.kind === 'hedge').map((cue) => cue.text)).toEqual(['could']);
  });
});
