import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe("a member's letters after 'the'", () => {
  it('GIVEN "The MEP said …, which he labelled …" THEN one person speaks, the MEP, and no man named before is a second source', () => {
    const certainty = certaintyOf('The MEP said he was ashamed to have joined the party, which he labelled a "shambles".', 'Former broadcaster Tom Hale has quit the party.');
    expect(certainty.attributedTo).toEqual(['The MEP']);
  });

  it('GIVEN "The MP said …" THEN the source is a person, not a body called MP', () => {
    expect(certaintyOf('The MP said the closure would cost 300 jobs.').note).toMatch(/attributed to The MP/u);
  });

  it('GIVEN "The CBI said …" THEN letters that are no member\'s still name a body', () => {
    expect(certaintyOf('The CBI said costs were rising.').attributedTo).toEqual(['CBI']);
  });
});
