import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analysis/certainty.ts';
import { readArticle } from '../../src/corpus/load.ts';

/** Who each sentence of a one-paragraph article is attributed to, in order. */
function sourcesOf(body: string): string[][] {
  const result = readArticle('it.txt', new TextEncoder().encode(`A headline\n\n${body}\n`));
  if (!result.ok) throw new Error('the loader refused the passage');
  return analyseArticle(result.article).sentences.map((sentence) => sentence.attributedTo);
}

describe('"it" opening a relative clause on what the sentence\'s own subject does or makes', () => {
  it('GIVEN "British Airways will suspend the flights - which it says will remain under review -" THEN "it" is British Airways', () => {
    expect(sourcesOf('British Airways will now suspend the Gulf flights - which it says will remain "under review" - from 1 May.')).toEqual([['British Airways']]);
  });
});
