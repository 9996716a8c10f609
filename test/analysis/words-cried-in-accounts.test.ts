import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analysis/certainty.ts';
import { readArticle } from '../../src/corpus/load.ts';

/** The speaker of each quotation of a one-paragraph article, in order. */
function speakersOf(body: string): (string | null)[] {
  const result = readArticle('cried.txt', new TextEncoder().encode(`A headline\n\n${body}\n`));
  if (!result.ok) throw new Error('the loader refused the passage');
  return analyseArticle(result.article).quotations.map((quotation) => quotation.speaker);
}

describe("words someone cried out, passed on in another speaker's account", () => {
  it('GIVEN "He said the man shouted: "…"" THEN the words are the man\'s, not the reporter\'s', () => {
    expect(speakersOf('Mr Dunne was walking home when he was stopped. He said the man shouted: "Hand over your phone now."')).toEqual(['the man']);
  });

  it('GIVEN "She said that a guard had whispered: "…"" THEN the words are the guard\'s', () => {
    expect(speakersOf('Ms Ortiz said that a guard had whispered: "Keep your head down and wait."')).toEqual(['a guard']);
  });
});
