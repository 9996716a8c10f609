import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a forecast that describes a noun keeps the sentence hedged (qa32, qa33 asked otherwise)', () => {
  it('GIVEN "to cut a record deficit projected to peak at $90bn" THEN the projected figure keeps the sentence hedged, for a reader citing it for that figure', () => {
    expect(certaintyOf('The minister presented his budget, raising taxes in a bid to cut a record deficit projected to peak at $90bn this year.').level).toBe('probable');
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

describe('a wish put politely (qa35)', () => {
  it('GIVEN "I should like to thank the chairman" THEN the speaker\'s own wish is no hedge', () => {
    expect(certaintyOf('"I should like to thank the chairman for his understanding."').level).toBe('certain');
  });

  it('GIVEN "Voters should like the plan" THEN a forecast of what others will like still hedges', () => {
    expect(certaintyOf('Voters should like the new plan, the minister said.').level).toBe('probable');
  });
});
