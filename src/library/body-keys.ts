import { createHash } from 'node:crypto';
import type { Article } from '../model/article.ts';
import { sentenceTextsOf } from '../model/sentences-on-demand.ts';
import { foldText } from '../text/normalise.ts';

/**
 * What makes two articles the same text: their sentences, folded for case, accents, quote marks
 * and spacing. Headers, front matter and file format do not count, so a seed `.txt` and the same
 * story pasted again match. Made once per article: an article's text never changes while it is held.
 */
export function bodyKeyOf(article: Article): string {
  let key = bodyKeys.get(article);
  if (key === undefined) {
    const text = foldText(sentenceTextsOf(article.sentences).join(' ')).replace(/\s+/gu, ' ').trim();
    key = createHash('sha256').update(text).digest('hex');
    bodyKeys.set(article, key);
  }
  return key;
}

/** Each held article's body key, made once. */
const bodyKeys = new WeakMap<Article, string>();

/**
 * Make the body keys of `articles` ahead of the first /add's duplicate check, `slice` articles at a
 * time: the caller turns the event loop at each step. Made on that first /add, they held its answer
 * 0.66 s at BBC ×10 (load 2); a library reads them ahead after a start instead (see Library.warmUp).
 */
export function* makeBodyKeysInSlices(articles: readonly Article[], slice: number): Generator<void> {
  for (let i = 0; i < articles.length; i += slice) {
    for (const article of articles.slice(i, i + slice)) bodyKeyOf(article);
    yield;
  }
}
