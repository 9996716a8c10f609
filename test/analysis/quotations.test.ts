import { beforeAll, describe, expect, it } from 'vitest';
import { analyseArticle, type Quotation } from '../../src/analysis/certainty.ts';
import { loadArticles, readArticle } from '../../src/corpus/load.ts';
import type { Article } from '../../src/model/article.ts';
import { must } from '../support/must.ts';

let articles: Article[];
const quotationsOf = new Map<string, Quotation[]>();

beforeAll(async () => {
  ({ articles } = await loadArticles('seeds'));
  for (const article of articles) quotationsOf.set(article.id.slice(0, 3), analyseArticle(article).quotations);
});

function quotation(prefix: string, opening: string): Quotation {
  const found = must(quotationsOf.get(prefix), `the quotations of ${prefix}`).find((candidate) => candidate.text.startsWith(opening));
  expect(found, `no quotation in ${prefix} starts with "${opening}"`).toBeDefined();
  return must(found, `a quotation in ${prefix} starting "${opening}"`);
}

describe('quotations in the seed articles', () => {
  it('gives every quotation as a verbatim slice of its article, without its marks', () => {
    for (const article of articles) {
      for (const found of must(quotationsOf.get(article.id.slice(0, 3)), `the quotations of ${article.id}`)) {
        expect(article.text.slice(found.start, found.end)).toBe(found.text);
        expect(found.text).not.toMatch(/^['‘"“]|['’"”]$/u);
      }
    }
  });

  it('finds a quotation that runs across a line break', () => {
    expect(quotation('000', 'But we also fear').text).toBe('But we also fear what this means for the future.\nWe just want peace.');
  });

  it('keeps an apostrophe inside a curly single-quoted quotation', () => {
    expect(quotation('004', 'any unauthorized disclosure').text).toBe('any unauthorized disclosure would compromise the mission’s integrity.');
  });

  it('names Khinstsen as the speaker of "X, stating, \'...\'" and "\'...,\' X added"', () => {
    expect(quotation('000', 'An unprecedented scale').speaker).toBe('Khinstsen');
    expect(quotation('000', 'Every measure is being taken').speaker).toBe('Khinstsen');
  });

  it('names the speaker after "said" following the quotation', () => {
    expect(quotation('000', 'Every day, Russian forces').speaker).toBe("a spokesperson for Ukraine's Ministry of Defense");
  });

  it('gives a quotation with no speaker of its own the speaker of the one before it in the paragraph', () => {
    expect(quotation('000', 'Talks of peace are hollow').speaker).toBe("a spokesperson for Ukraine's Ministry of Defense");
    expect(quotation('000', 'But we also fear').speaker).toBe('one resident');
  });

  it('names an anonymous speaker by the description the article gives', () => {
    expect(quotation('000', 'This is a dangerous escalation').speaker).toBe('a European Union diplomat');
    expect(quotation('000', 'We understand the need for security').speaker).toBe('one resident');
  });

  it('names the outlet after "read a headline in"', () => {
    expect(quotation('000', 'Our people stand together').speaker).toBe('Korean Central News Agency');
  });

  it('names the speaker of "X stated only that \'...\'" and of "with X warning that \'...\'"', () => {
    expect(quotation('004', 'Russia values its partnerships').speaker).toBe('A Kremlin spokesperson');
    expect(quotation('004', 'any unauthorized disclosure').speaker).toBe('Khinstsen');
  });

  it('gives a speakerCue that is a verbatim slice of the article', () => {
    const article = must(
      articles.find((candidate) => candidate.id.startsWith('000')),
      'seed article 000',
    );
    for (const found of must(quotationsOf.get('000'), 'the quotations of 000')) {
      if (found.speakerCue) expect(article.text.slice(found.speakerCue.start, found.speakerCue.end)).toBe(found.speakerCue.text);
    }
  });

  it('gives null as the speaker of a quotation the article attributes to no one', () => {
    expect(quotation('000', 'unwavering support').speaker).toBeNull();
    expect(quotation('004', 'technical cooperation').speaker).toBeNull();
  });

  it('finds straight double quotes and ignores a plural possessive inside them', () => {
    const result = readArticle('x.txt', new TextEncoder().encode('Headline\n"The soldiers\' families are waiting," the mayor said.\n'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(analyseArticle(result.article).quotations.map((found) => found.text)).toEqual(["The soldiers' families are waiting"]);
  });
});
