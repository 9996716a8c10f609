import { describe, expect, it } from 'vitest';
import { lexiconTags } from '../../src/text/compromise.ts';

describe("compromise's lexicon tags", () => {
  it("GIVEN a role word THEN its tags are the lexicon's", () => {
    expect(lexiconTags('bankers')).toContain('Actor');
  });

  it('GIVEN "constructor" or "__proto__", names of an object\'s own members THEN they have no tags', () => {
    expect(lexiconTags('constructor')).toEqual([]);
    expect(lexiconTags('__proto__')).toEqual([]);
  });
});
