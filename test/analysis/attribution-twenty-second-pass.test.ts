import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a player named by a sporting role after "said"', () => {
  it('GIVEN "…," said the top seed. THEN the top seed is the source', () => {
    const certainty = certaintyOf('"My serve was working well from the first game," said the top seed.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['the top seed']);
  });

  it('GIVEN "…," said the world number one. THEN the world number one is the source', () => {
    expect(certaintyOf('"I still have a lot to learn on clay," said the world number one.').attributedTo).toEqual(['the world number one']);
  });

  it('GIVEN "Top seed Tomas Brandt" named before THEN "said the top seed" is Brandt', () => {
    const certainty = certaintyOf('"I felt sharp from the start," said the top seed.', 'Top seed Tomas Brandt beat Ivo Kranjec in straight sets.');
    expect(certainty.attributedTo).toEqual(['Tomas Brandt']);
  });

  it('GIVEN "seventh seed Ivo Kranjec" named before THEN "said the top seed" is not the seventh seed', () => {
    const certainty = certaintyOf('"I played my best tennis of the week," said the top seed.', 'Tomas Brandt beat seventh seed Ivo Kranjec 6-2 6-3.');
    expect(certainty.attributedTo).toEqual(['the top seed']);
  });

  it('GIVEN "the champion is still hungry … before calling time on his career" THEN ending a career is no speech', () => {
    const certainty = certaintyOf('But the three-time world champion is still hungry for more titles before calling time on his career.');
    expect(certainty.sourcing).toBe('none');
  });

  it('GIVEN "The world number one … before claiming it 8-6" THEN a tie-break taken is no claim, and no one is its source', () => {
    const certainty = certaintyOf('The world number one saved two set points in the tie-break before claiming it 8-6.');
    expect(certainty.sourcing).toBe('none');
    expect(certainty.level).toBe('certain');
  });

  it('GIVEN "The seed was sown …" THEN a seed that is sown says nothing', () => {
    expect(certaintyOf('The seed was sown in a wet spring.').sourcing).toBe('none');
  });
});

describe('a role with a word that makes another office is not the plain role', () => {
  it('GIVEN "Deputy Mayor Ruth Okafor" named before THEN "The mayor accused …" is not the deputy', () => {
    const certainty = certaintyOf('The mayor accused the reporter of harassing him at a charity dinner.', 'Deputy Mayor Ruth Okafor defended the budget on Tuesday.');
    expect(certainty.attributedTo).not.toContain('Ruth Okafor');
  });

  it('GIVEN "London Mayor Sam Reeve" and later "Deputy Mayor Ruth Okafor" THEN "The mayor said …" is the mayor, not his deputy', () => {
    const certainty = certaintyOf('The mayor said the fares would be frozen.', 'London Mayor Sam Reeve opened the new line. Deputy Mayor Ruth Okafor defended the budget on Tuesday.');
    expect(certainty.attributedTo).toEqual(['Sam Reeve']);
  });

  it('GIVEN "Deputy Mayor Ruth Okafor" named before THEN "The deputy mayor said …" is still Okafor', () => {
    expect(certaintyOf('The deputy mayor said the budget was sound.', 'Deputy Mayor Ruth Okafor spoke on Tuesday.').attributedTo).toEqual(['Ruth Okafor']);
  });

  it('GIVEN "Mayor Sam Reeve" named before THEN "The mayor said …" is still Reeve', () => {
    expect(certaintyOf('The mayor said the fares would be frozen.', 'Mayor Sam Reeve opened the new line.').attributedTo).toEqual(['Sam Reeve']);
  });
});

describe('a court that dismisses what was alleged rules on it', () => {
  it('GIVEN "An employment tribunal dismissed X\'s allegations of …" THEN the ruling is stated, with no source', () => {
    const certainty = certaintyOf("An employment tribunal dismissed Carla Mendez's allegations of unequal pay.");
    expect(certainty.sourcing).toBe('none');
    expect(certainty.attributedTo).toEqual([]);
  });

  it('GIVEN "The minister dismissed the allegations" THEN a minister who dismisses them still speaks', () => {
    expect(certaintyOf('The minister dismissed the allegations as politically motivated.').attributedTo).toEqual(['The minister']);
  });
});
