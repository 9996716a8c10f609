import { describe, expect, it } from 'vitest';
import { analyseSentenceText } from '../../src/analysis/certainty.ts';

const levelOf = (text: string) => analyseSentenceText(text).level;

describe('an expectation in a clause with its relative word left out, on a noun after a preposition', () => {
  it('GIVEN "gave no figure for the extent of profits it expected" THEN the expectation says which profits, no hedge', () => {
    expect(levelOf('The retailer did not give a figure for the extent of profits it expected to make next year.')).toBe('certain');
  });

  it('GIVEN "no figure for the profit it had forecast" THEN the forecast says which profit, no hedge', () => {
    expect(levelOf('The carmaker gave no figure for the profit it had forecast for its Chinese venture.')).toBe('certain');
  });

  it('GIVEN "said in a statement it expected" THEN the expectation is what was said, and it hedges', () => {
    expect(levelOf('The airline said in a statement it expected fuel costs to rise again.')).toBe('probable');
  });

  it('GIVEN a sentence that opens with "Despite the setback at the plant it expects" THEN the expectation is the main clause, and it hedges', () => {
    expect(levelOf('Despite the setback at the plant it expects a return to profit next year.')).toBe('probable');
  });

  it('GIVEN a sentence that opens with "But when the bank cut the rate it expected" THEN the expectation is the main clause, and it hedges', () => {
    expect(levelOf('But when the bank cut the rate it expected a rise in lending.')).toBe('probable');
  });
});
