import { describe, expect, it } from 'vitest';
import { sentenceIdOf } from '../../src/model/article.ts';

describe('sentenceIdOf', () => {
  it('GIVEN an article id and a sentence index THEN the id is the two joined by #', () => {
    expect(sentenceIdOf('business_042', 7)).toBe('business_042#7');
  });

  it('GIVEN an article id holding a # itself THEN the index still follows the last #', () => {
    expect(sentenceIdOf('notes#2', 0)).toBe('notes#2#0');
  });
});
