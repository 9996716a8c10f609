import { describe, expect, it } from 'vitest';
import { analysisOf, speakerOf } from '../support/analysis-of.ts';

describe('a sentence that is all quotation, right after someone is reported speaking, is theirs', () => {
  it('GIVEN "Mr Tom Hale said the survey showed … . "…"" in one paragraph THEN the quotation is Tom Hale\'s, not the survey\'s or no one\'s', () => {
    const analysis = analysisOf('Mr Tom Hale said the survey showed the budget was far too small. "We cannot run a hospital on promises."');
    expect(speakerOf(analysis, 'We cannot run a hospital on promises.')).toBe('Tom Hale');
    expect(analysis.sentences[1]?.attributedTo).toEqual(['Tom Hale']);
  });

  it('GIVEN "Ms Ruth Adler told the BBC that while she believes …, she does not expect …" then a paragraph that opens with a quotation THEN it is hers', () => {
    const analysis = analysisOf(
      'Ms Ruth Adler told the BBC that while she believes the league should adopt the idea, she does not expect it to change the title race.',
      '"I just think it is very hard to say that a rested team will win."',
    );
    expect(speakerOf(analysis, 'I just think it is very hard to say that a rested team will win.')).toBe('Ruth Adler');
  });
});
