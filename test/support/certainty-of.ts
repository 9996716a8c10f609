import { analyseArticle } from '../../src/analysis/certainty.ts';
import { readArticle } from '../../src/corpus/load.ts';
import type { Certainty } from '../../src/model/answer.ts';
import { must } from './must.ts';

/**
 * The certainty of `sentence`, read by the corpus reader and `analyseArticle` as the last sentence of a one-paragraph article
 * after `before` (so a pronoun or a carried speaker is read as a user's article would be), under `headline`.
 */
export function certaintyOf(sentence: string, before?: string, headline = 'A headline'): Certainty {
  const body = [before, sentence].filter((part) => part !== undefined).join(' ');
  const result = readArticle('sentence.txt', new TextEncoder().encode(`${headline}\n\n${body}\n`));
  if (!result.ok) throw new Error(`the loader refused: ${sentence}`);
  const { article } = result;
  const index = article.sentences.findIndex((candidate) => candidate.text.includes(sentence.slice(0, 40)));
  if (index < 0) throw new Error(`no sentence holds: ${sentence}`);
  return must(analyseArticle(article).sentences[index], `sentence ${index}`);
}
