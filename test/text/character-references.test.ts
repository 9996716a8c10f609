import { describe, expect, it } from 'vitest';
import { decodeLetterReferences, readableLetterReferences } from '../../src/text/character-references.ts';

describe('letters written as HTML character references', () => {
  it('GIVEN "Pel&#233;" and "S&#xE3;o" THEN they read as the letters', () => {
    expect(decodeLetterReferences('Pel&#233; scored in S&#xE3;o Paulo')).toBe('Pelé scored in São Paulo');
  });

  it('GIVEN a reference to a mark, not a letter THEN it is left as written', () => {
    expect(decodeLetterReferences('Mr Blair&#191;s government')).toBe('Mr Blair&#191;s government');
  });

  it('GIVEN a text for the tagger THEN its length, and so every offset, is kept', () => {
    const text = 'EC President Jos&#233; Manuel Barroso said';
    const readable = readableLetterReferences(text);
    expect(readable).toHaveLength(text.length);
    expect(readable.indexOf('Manuel')).toBe(text.indexOf('Manuel'));
  });
});
