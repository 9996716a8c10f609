import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a name, then a role of a body with its closing comma missing, then the verb', () => {
  it('GIVEN "Chris Hale, managing director of Acme Online said …" THEN Chris Hale is the source, not the role', () => {
    const certainty = certaintyOf('Chris Hale, managing director of Acme Online said the ruling made the rules clearer.');
    expect(certainty.attributedTo).toEqual(['Chris Hale']);
  });

  it('GIVEN "Ana Reyes, spokeswoman for the Disaster Relief Fund said …" THEN Ana Reyes is the source', () => {
    const certainty = certaintyOf('Ana Reyes, spokeswoman for the Disaster Relief Fund said the charity had reported the site to police.');
    expect(certainty.attributedTo).toEqual(['Ana Reyes']);
  });
});

describe('"think tank" written open is a noun, not a verb of belief', () => {
  it('GIVEN "Dr Hale, head of a think tank, the Policy Group, reviewed the studies" THEN nobody is read as thinking it', () => {
    const certainty = certaintyOf('Dr Hale, head of the social policy think tank, the Policy Group, reviewed the studies on the issue.');
    expect(certainty.sourcing).toBe('none');
  });
});
