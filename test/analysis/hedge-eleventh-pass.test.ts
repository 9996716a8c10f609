import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a suggestion denied is no hedge', () => {
  it('GIVEN "I don\'t suggest for one minute that …" THEN the speaker asserts, not hedges', () => {
    expect(certaintyOf('"I don\'t suggest for one minute that the mayor meant any harm," he said.').level).toBe('certain');
  });

  it('GIVEN "I am not suggesting there is any intent" THEN the sentence is not hedged by "suggesting"', () => {
    expect(certaintyOf('"I am not suggesting there is any deliberate intent," she said.').level).toBe('certain');
  });

  it('GIVEN "said it was wholly wrong to suggest that …" THEN the rejected suggestion is no hedge', () => {
    expect(certaintyOf('A spokesman said it was wholly wrong to suggest that the plan was to close the school.').level).toBe('certain');
  });

  it('GIVEN "Analysts suggest the deal is off" THEN a suggestion made still hedges', () => {
    expect(certaintyOf('Analysts suggest the deal is off.').level).toBe('probable');
  });
});

describe('an idiom of degree', () => {
  it('GIVEN "it was almost beyond belief that this happened" THEN "belief" holds no belief', () => {
    expect(certaintyOf('The leader said it was almost beyond belief that this had been allowed to happen.').level).toBe('certain');
  });
});
