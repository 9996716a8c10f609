import { describe, expect, it } from 'vitest';
import { readAt, readKey } from '../../src/model/read-at.ts';

describe('readAt', () => {
  it('GIVEN an index in range THEN it gives the item there', () => {
    expect(readAt(['Ministers', 'said', 'on', 'Monday'], 1, 'tokens')).toBe('said');
  });

  it('GIVEN an index past the end THEN it fails naming the list, the index and the length', () => {
    expect(() => readAt(['Ministers', 'said'], 2, 'tokens')).toThrow('tokens[2] is out of range (length 2)');
  });

  it('GIVEN a negative index THEN it fails rather than reading from the end', () => {
    expect(() => readAt(['Ministers', 'said'], -1, 'tokens')).toThrow('tokens[-1] is out of range');
  });

  it('GIVEN a string THEN it reads its characters as a list', () => {
    expect(readAt('Mr Brown', 3, 'text')).toBe('B');
  });
});

describe('readKey', () => {
  it('GIVEN a key the map holds THEN it gives its value', () => {
    expect(readKey(new Map([['he', 'person']]), 'he', 'the personal pronouns')).toBe('person');
  });

  it('GIVEN a key the map lacks THEN it fails naming the map and the key', () => {
    expect(() => readKey(new Map([['he', 'person']]), 'it', 'the personal pronouns')).toThrow('the personal pronouns has no entry for it');
  });
});
