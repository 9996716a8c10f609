import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a stance aired in words: expressed or voiced concern, doubts, hope, disappointment', () => {
  it('GIVEN "Brokers expressed concern at the fall in margins" THEN the brokers stand behind it, an unnamed group', () => {
    const certainty = certaintyOf('Brokers expressed concern at the sudden fall in margins.');
    expect(certainty.attributedTo).toEqual(['Brokers']);
    expect(certainty.sourcing).toBe('vague');
  });

  it('GIVEN "ministers voiced their concern that the currency was hurting exports" THEN a determiner between verb and noun keeps the cue', () => {
    expect(certaintyOf('Meeting in Paris, trade ministers voiced their concern that the strong currency was hurting exports.').attributedTo).toEqual(['trade ministers']);
  });

  it('GIVEN "Norway, a key oil producer, also expressed reservations" THEN a stance with no complement is still its holder\'s', () => {
    expect(certaintyOf('Norway, a key oil producer, also expressed reservations.').attributedTo).toEqual(['Norway']);
  });

  it('GIVEN "The director expressed the hope that the film would find an audience" THEN the hope is the director\'s', () => {
    expect(certaintyOf('The director expressed the hope that the film would find a wider audience abroad.').sourcing).toBe('named');
  });

  it('GIVEN "Even as the MPs were expressing their fears, it emerged that …" THEN a time clause\'s stance is not the sentence\'s source', () => {
    expect(certaintyOf('Even as the MPs were expressing their fears it emerged that the minister would speak on Monday.').attributedTo).toEqual([]);
  });

  it('GIVEN "The Communists … they have expressed their displeasure" THEN `they` is the party spoken of as its members', () => {
    const certainty = certaintyOf(
      'In recent months, they have expressed their displeasure at the reform plans.',
      'India is growing fast, a survey said. India needs investment. The minister is under pressure from the Communist parties. The Communists are hostile to foreign investment.',
    );
    expect(certainty.attributedTo).toEqual(['Communists']);
  });
});
