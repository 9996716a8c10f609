import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a participle and its preposition that open a sentence name no speaker', () => {
  it('GIVEN "Turning to critics\' fears that …, Mr Blair refused …" THEN "Turning" is no source', () => {
    const certainty = certaintyOf("Turning to critics' fears that the US was poised for military action, Mr Blair refused to be drawn.");
    expect(certainty.attributedTo).not.toContain('Turning');
  });

  it('GIVEN "Responding to unions\' fears that …, the chairman said …" THEN the chairman alone is the source', () => {
    expect(certaintyOf("Responding to unions' fears that jobs would go, the chairman said the plant was safe.").attributedTo).toEqual(['the chairman']);
  });

  it('GIVEN "Commenting on the figures, Mr Hale said …" THEN the speaker is still Mr Hale', () => {
    expect(certaintyOf('Commenting on the figures, Mr Hale said the recovery was fragile.').attributedTo).toEqual(['Hale']);
  });
});
