import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('might, the noun', () => {
  it('GIVEN "the economic might of the US" THEN it names strength and hedges nothing', () => {
    expect(certaintyOf('Europe must learn to compete with the economic might of the United States and China.').level).toBe('certain');
  });

  it('GIVEN "military might is growing" THEN it names strength and hedges nothing', () => {
    expect(certaintyOf("Beijing's military might is growing year by year.").level).toBe('certain');
  });

  it('GIVEN "with all its might" THEN it names strength and hedges nothing', () => {
    expect(certaintyOf('The union threw all its might behind the campaign for a minimum wage.').level).toBe('certain');
  });

  it('GIVEN the modal "might rise" THEN the sentence is hedged as before', () => {
    expect(certaintyOf('Interest rates might rise again before the end of the year.').level).toBe('possible');
  });

  it('GIVEN the modal "might not survive" THEN the sentence is hedged as before', () => {
    expect(certaintyOf('The proposal might not survive a vote in the Commons.').level).toBe('possible');
  });
});
