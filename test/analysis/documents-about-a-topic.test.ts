import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a document followed by what it is about ("into", "about") is still the document, not an unnamed person', () => {
  it('GIVEN "A study into the collapse of the bridge found …" THEN an unnamed document, vague, as "a study found" is', () => {
    const certainty = certaintyOf('A study into the collapse of the bridge found that the steel had been weakened by rust.');
    expect(certainty.sourcing).toBe('vague');
    expect(certainty.attributedTo).toEqual(['A study into the collapse of the bridge']);
  });

  it('GIVEN "…, a new book about the singer claims." THEN the book is a vague source, not an anonymous one', () => {
    const certainty = certaintyOf('The band split up over money, a new book about the singer claims.');
    expect(certainty.sourcing).toBe('vague');
  });
});
