import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a plan in the passive, `is to be` and a participle', () => {
  it('GIVEN "The first phase of the scheme is to be finished by 2008" THEN the note says it is about the future', () => {
    expect(certaintyOf('The first phase of the scheme is to be finished by 2008.').note).toMatch(/^About the future \('is to'\)/u);
  });

  it('GIVEN "Payouts on the older policies are to be cut" THEN a noun of aim inside the subject makes no aim\'s content of it', () => {
    expect(certaintyOf('Annual payouts on the older savings policies are to be cut from 3% to 2% next year.').note).toMatch(/^About the future \('are to'\)/u);
  });

  it('GIVEN "The aim is to be seen as a leader" THEN an aim\'s content is no plan', () => {
    expect(certaintyOf('The aim is to be seen as a leader in the field.').note).not.toMatch(/future/u);
  });
});
