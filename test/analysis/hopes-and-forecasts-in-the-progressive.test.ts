import { describe, expect, it } from 'vitest';
import { analysisOf } from '../support/analysis-of.ts';
import { certaintyOf } from '../support/certainty-of.ts';

describe("a forecast in the progressive is its maker's", () => {
  it('GIVEN "It is expecting annual sales growth of 4%" after the firm spoke THEN the firm is the source', () => {
    const analysis = analysisOf('Shoe retailer Harwood Brothers said its Christmas sales rose 3% on the year before.', 'It is expecting annual sales growth of about 4% in the coming year.');
    expect(analysis.sentences[1]?.attributedTo).toEqual(['Harwood Brothers']);
  });

  it('GIVEN "the group is anticipating a quiet start to the year" THEN the group is the source', () => {
    const certainty = certaintyOf('Looking ahead, the group is anticipating a quiet start to the year, with trade picking up by the summer.');
    expect(certainty.attributedTo).toEqual(['the group']);
  });

  it('GIVEN "are expecting to" and a verb THEN it is a plan described, and no one is the source', () => {
    const certainty = certaintyOf('The engineers are expecting to ship the first working models in the spring.');
    expect(certainty.sourcing).toBe('none');
  });
});

describe("a hope held with its clause, in the progressive, is its holder's", () => {
  it('GIVEN "The club is hoping that its creditors will agree …" THEN the club is the source', () => {
    const certainty = certaintyOf('The club is hoping that its creditors will agree to wait another year for their money.');
    expect(certainty.attributedTo).toEqual(['The club']);
  });
});
