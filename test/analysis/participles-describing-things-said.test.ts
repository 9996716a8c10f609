import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe("a reporting verb's participle after a thing, before a place or a time, describes the thing said", () => {
  it('GIVEN "sites selling the goods mentioned in spam e-mail" THEN the goods are no source', () => {
    const certainty = certaintyOf('The program sends data to web shops that sell the goods and services mentioned in spam e-mail.');
    expect(certainty.attributedTo).toEqual([]);
    expect(certainty.sourcing).toBe('none');
  });

  it('GIVEN "The damages claimed in 2004 eclipsed previous years" THEN the damages are no source', () => {
    expect(certaintyOf('The damages claimed in 2004 eclipsed all previous years for the insurers.').attributedTo).toEqual([]);
  });

  it('GIVEN "In a message posted on its website on Sunday, the site\'s owners said" THEN the owners alone are the source', () => {
    const certainty = certaintyOf("In a message posted on its website on Sunday, the site's owners said the service was closing down.");
    expect(certainty.attributedTo).toEqual(["the site's owners"]);
  });

  it('GIVEN "users who had tested the software reported on some sites that …" THEN the users still reported it', () => {
    const certainty = certaintyOf('But some users who had tested the new software reported on some technology sites that the program deleted their files.');
    expect(certainty.attributedTo).toEqual(['some users']);
  });

  it('GIVEN "The company reported in its results a rise of 5%" THEN a noun that can speak keeps its verb', () => {
    expect(certaintyOf('The company reported in its annual results a rise of 5% in sales.', 'Acme Foods had a good year.').sourcing).not.toBe('none');
  });
});
