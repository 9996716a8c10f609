import { describe, expect, it } from 'vitest';
import { analysisOf, speakerOf } from '../support/analysis-of.ts';
import { certaintyOf } from '../support/certainty-of.ts';

describe('someone quoted in or by an outlet "as saying" is the speaker, and the outlet relays them', () => {
  it('GIVEN "Ms Varga was quoted in the Guardian newspaper saying: …" THEN the paper relays Ms Varga, whose quotation it is', () => {
    const analysis = analysisOf('Ms Varga was quoted in the Guardian newspaper saying: "The council has lost its way."');
    expect(analysis.sentences[0]?.attributedTo).toEqual(['Guardian newspaper', 'Varga']);
    expect(speakerOf(analysis, 'The council has lost its way.')).toBe('Varga');
  });

  it('GIVEN "Finance director Omar Lind was quoted by the Financial Times as saying …" THEN the paper comes first, then him', () => {
    const certainty = certaintyOf('Finance director Omar Lind was quoted by the Financial Times as saying the airline could not afford new routes.');
    expect(certainty.attributedTo).toEqual(['Financial Times', 'Omar Lind']);
  });

  it('GIVEN "…," the Leeds manager is quoted as saying THEN the manager, not the last man named, is the speaker', () => {
    const analysis = analysisOf('Mr Price said his rival had nothing to teach him.', '"I have nothing more to say about him," the Leeds manager is quoted as saying.');
    expect(speakerOf(analysis, 'I have nothing more to say about him')).toBe('the Leeds manager');
  });
});
