import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe("a document's maker ends before the document's own verb", () => {
  it('GIVEN "Weak factory figures from Ohio triggered a fall in the dollar" THEN the figures cause it and no one is the source', () => {
    const certainty = certaintyOf('Weak factory figures from Ohio triggered a sharp fall in the dollar on Friday.');
    expect(certainty.sourcing).toBe('none');
  });

  it('GIVEN "a new report from Ashdown Research reflects …" THEN Ashdown Research, without the verb, is the source', () => {
    const certainty = certaintyOf('But a new report from Ashdown Research reflects the struggle phone firms face to sell video calls.');
    expect(certainty.attributedTo).toEqual(['Ashdown Research']);
  });

  it('GIVEN "data from the Bank of England showing a fall …" THEN the Bank, without what its data show, is the data\'s maker', () => {
    const certainty = certaintyOf('Dealers shrugged off data from the Bank of England showing a fall in mortgage lending.');
    expect(certainty.attributedTo).toEqual(['Bank of England']);
  });
});
