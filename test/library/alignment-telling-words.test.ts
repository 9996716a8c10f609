import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/corpus/load.ts';
import type { Article, Sentence } from '../../src/model/article.ts';
import { alignArticles, explainPairs } from '../../src/library/alignment.ts';

// Market reports make "shares", "stock market" and "trading" everyday words, as they are in a business library; a
// word counts as telling a claim only when few sentences use it (here, with `maxPosting` 3, at most three).
const TEXTS: Record<string, string> = {
  markets_mon: 'Shares rise\n\nShares rose on the stock market in London as trading resumed after the holiday.',
  markets_tue: "Banks lead\n\nTraders said firms' shares were trading higher on the stock market.",
  markets_wed: 'Miners fall\n\nThe stock market closed lower, with shares in mining firms trading down.',
  markets_thu: 'Banks lift index\n\nTrading in bank shares lifted the stock market on Friday.',
  rail_strike: 'Rail strike halted\n\nUnions were asked to suspend the rail strike while talks go on.',
  wine_stake: 'Brewer buys stake in winemaker\n\nAn Australian brewer has bought a large stake in a rival winemaker. Both firms asked the Sydney stock market to suspend trading in their shares.',
  wine_talks: 'Winemaker in talks\n\nThe brewer and the winemaker asked the Sydney stock market to suspend trading in their shares while talks go on.',
  media_listing:
    "Media group to move listing\n\nA media group is to move its main listing to New York. Analysts said the firm's shares trading in New York rather than Sydney was a blow to the stock market.",
};
const articles: Article[] = Object.entries(TEXTS).map(([id, text]) => {
  const read = readArticle(`${id}.txt`, new TextEncoder().encode(text));
  if (!read.ok) throw new Error(`${id}: ${read.warning.reason}`);
  return read.article;
});
const OPTIONS = { maxPosting: 3 };
const sentenceOf = (id: string, words: string): Sentence => {
  const found = articles.find((article) => article.id === id)?.sentences.find((sentence) => sentence.text.includes(words));
  if (!found) throw new Error(`${id} has no sentence with “${words}”`);
  return found;
};
/** Whether the alignment of these articles, less those left out, puts the two sentences in one claim. */
const together = (a: Sentence, b: Sentence, leftOut: readonly string[] = []): boolean => {
  const alignment = alignArticles(
    articles.filter((article) => !leftOut.includes(article.id)),
    OPTIONS,
  );
  const second = new Set(alignment.claimsOf(b));
  return alignment.claimsOf(a).some((claim) => second.has(claim));
};

describe('claim identity: a short sentence held by a longer one in everyday words', () => {
  const suspended = sentenceOf('wine_stake', 'suspend trading');
  const listing = sentenceOf('media_listing', 'rather than Sydney');

  it('GIVEN a request to suspend trading in Sydney and an analyst on shares trading in New York rather than Sydney THEN their cores overlap enough to be weighed', () => {
    const seen = explainPairs(articles, OPTIONS)(suspended, listing);
    expect(seen?.core.containment).toBeGreaterThanOrEqual(0.55);
  });

  it('GIVEN a request to suspend trading in Sydney and an analyst on shares trading in New York rather than Sydney THEN two claims: they share only the words of every market report', () => {
    expect(together(suspended, listing, ['wine_talks'])).toBe(false);
  });

  it('GIVEN two articles telling the same request to suspend trading THEN one claim', () => {
    expect(together(suspended, sentenceOf('wine_talks', 'suspend trading'))).toBe(true);
  });
});
