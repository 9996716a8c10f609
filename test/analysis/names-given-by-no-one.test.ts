import { describe, expect, it } from 'vitest';
import { analysisOf, speakerOf } from '../support/analysis-of.ts';

describe('a name given with a participle after a noun is cited, no one’s words', () => {
  it('GIVEN "the result is a tool called "…"" after a quoted speaker THEN the name has no speaker', () => {
    const analysis = analysisOf('"I wrote the first version in a weekend," said Lena Ruiz. She shared the code online and the result is a tool called "feedpuller".');
    expect(speakerOf(analysis, 'feedpuller')).toBeNull();
  });

  it('GIVEN "X said shoppers dubbed "…" spend most" THEN the shoppers are no speaker of the label', () => {
    const analysis = analysisOf('Ms Ruiz said shoppers dubbed "night owls" spend most after ten in the evening.');
    expect(speakerOf(analysis, 'night owls')).toBeNull();
  });
});
