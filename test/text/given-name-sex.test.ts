import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { compromise } from '../../src/text/compromise.ts';
import { COMPROMISE_GIVEN_NAMES, type CompromiseGivenNameTag } from '../../src/text/lexicons/compromise-given-names.ts';
import { isGivenName, sexOfGivenName } from '../../src/text/given-name-sex.ts';

/** The words compromise's own lexicon files under `tag`, in order. */
function lexiconWordsTagged(tag: CompromiseGivenNameTag): string[] {
  const lexicon = (compromise() as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
  return Object.entries(lexicon)
    .filter(([, tags]) => (typeof tags === 'string' ? tags === tag : tags.includes(tag)))
    .map(([word]) => word)
    .sort();
}

describe('given names', () => {
  it.each(['MaleName', 'FemaleName', 'FirstName'] as const)('GIVEN the compromise installed THEN the copy of its given names holds exactly the words its lexicon tags %s', (tag) => {
    expect([...COMPROMISE_GIVEN_NAMES[tag]].sort()).toEqual(lexiconWordsTagged(tag));
  });

  it('GIVEN names only compromise’s lexicon knows THEN they are given names of the sex it files them under, and a name it files under either sex marks none', () => {
    expect([isGivenName('mervyn'), sexOfGivenName('mervyn')]).toEqual([true, 'male']);
    expect([isGivenName('justine'), sexOfGivenName('justine')]).toEqual([true, 'female']);
    expect([isGivenName('cheyenne'), sexOfGivenName('cheyenne')]).toEqual([true, undefined]);
    expect([isGivenName('mihkail'), sexOfGivenName('mihkail')]).toEqual([false, undefined]);
  });

  it('GIVEN a word that names a property of every object THEN it is no given name and marks no sex', () => {
    for (const word of ['constructor', '__proto__']) expect([isGivenName(word), sexOfGivenName(word)]).toEqual([false, undefined]);
  });

  it('GIVEN a fresh process THEN reading given names and their sex does not load compromise', async () => {
    const script = [
      "import { createRequire } from 'node:module';",
      "const { isGivenName, sexOfGivenName } = await import('./src/text/given-name-sex.ts');",
      "const read = [isGivenName('mervyn'), sexOfGivenName('justine'), isGivenName('mihkail')];",
      "const compromise = Object.keys(createRequire(import.meta.url).cache).some((path) => path.includes('/compromise/'));",
      'console.log(JSON.stringify({ read, compromise }));',
    ].join('\n');
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script]);
    expect(JSON.parse(stdout)).toEqual({ read: [true, 'female', false], compromise: false });
  }, 60_000);
});
