import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a name with "and" inside it that ends in a capitalised Executive, Bill or Act', () => {
  it('GIVEN "The Food and Safety Executive said …" THEN the whole executive is the source', () => {
    const certainty = certaintyOf('The Food and Safety Executive said it had written to every restaurant in the borough.');
    expect(certainty.attributedTo).toEqual(['Food and Safety Executive']);
  });

  it('GIVEN "The Terrorism and Security Bill proposes …" THEN the whole bill is the source', () => {
    const certainty = certaintyOf('The Terrorism and Security Bill proposes house arrest for suspects who cannot be tried.');
    expect(certainty.attributedTo).toEqual(['The Terrorism and Security Bill']);
  });

  it('GIVEN "The Nationality and Asylum Act says …" THEN the whole act is the source', () => {
    const certainty = certaintyOf('The Nationality and Asylum Act says registrars must report any marriage they suspect is a sham.');
    expect(certainty.attributedTo).toEqual(['Nationality and Asylum Act']);
  });
});
