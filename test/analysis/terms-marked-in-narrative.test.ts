import { describe, expect, it } from 'vitest';
import { analysisOf, speakerOf } from '../support/analysis-of.ts';

describe('a term quoted in narrative that takes up again after a speaker is no one’s words', () => {
  it('GIVEN a quoted speaker, a sentence of narrative, then a sentence with a word in quotation marks THEN the word has no speaker', () => {
    const analysis = analysisOf(
      '"We sell more headsets every month," said Dana Whitlow, head of sales at Orbis. The devices went on sale in Europe last spring. Each one wraps the listener in a silent "cocoon" that blocks street noise.',
    );
    expect(speakerOf(analysis, 'cocoon')).toBeNull();
    expect(analysis.sentences[2]?.sourcing).toBe('none');
  });

  it('GIVEN the same word right after the speaker’s sentence, with no narrative between THEN it still goes on with the speaker', () => {
    const analysis = analysisOf('"We sell more headsets every month," said Dana Whitlow, head of sales at Orbis. Each one wraps the listener in a silent "cocoon".');
    expect(speakerOf(analysis, 'cocoon')).toBe('Dana Whitlow');
  });

  it('GIVEN a quoted judgement after a form of "be", past a sentence of narrative THEN it stays the speaker’s report going on', () => {
    const analysis = analysisOf(
      'According to the survey, "fewer than half" of the firms had a plan for the winter. Smaller firms were asked separately. The number of them with a plan was "rising only slowly".',
    );
    expect(speakerOf(analysis, 'rising only slowly')).toBe('the survey');
  });

  it('GIVEN a paragraph of quotation after such a term THEN it goes on with the speaker quoted before the term', () => {
    const analysis = analysisOf(
      '"We sell more headsets every month," said Dana Whitlow, head of sales at Orbis. The devices went on sale in Europe last spring. Each one wraps the listener in a silent "cocoon".',
      '"Commuters tell us they cannot go back to the old ones."',
    );
    expect(speakerOf(analysis, 'Commuters tell us they cannot go back to the old ones.')).toBe('Dana Whitlow');
  });
});
