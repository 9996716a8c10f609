import { describe, expect, it } from 'vitest';
import { wholeWordsOf } from '../../src/crosscheck/whole-words.ts';

const shown = (text: string): string[] => wholeWordsOf(text).map((word) => text.slice(word.start, word.end));

describe('wholeWordsOf', () => {
  it('GIVEN a sum with its currency and multiplier, and a conversion in brackets THEN each is one word, sign and all', () => {
    expect(shown('Baikal paid $9.37bn (£4.8bn) for the unit.')).toEqual(['Baikal', 'paid', '$9.37bn', '£4.8bn', 'unit']);
  });

  it('GIVEN a share and a sum in US dollars THEN the per cent sign and the “US$” stay with their figures', () => {
    expect(shown('It sold a 3.5% stake for US$1.2m.')).toEqual(['sold', '3.5%', 'stake', 'US$1.2m']);
  });

  it('GIVEN “$9.37bn” and “$9.3bn” THEN their terms differ, so each is a detail of its own', () => {
    const [first] = wholeWordsOf('$9.37bn');
    const [second] = wholeWordsOf('$9.3bn');
    expect(first?.term).not.toBe(second?.term);
  });
});
