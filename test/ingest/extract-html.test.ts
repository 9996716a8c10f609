import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extract-html.ts';
import { ARTICLE_PAGE, BARE_PAGE, NO_ARTICLE_PAGE } from '../helpers/local-server.ts';
import { must } from '../support/must.ts';

describe('taking the article out of a web page', () => {
  it('GIVEN a page with metadata THEN finds headline, date and author, keeps the URL it was fetched from, and its site name and canonical URL as claims', () => {
    const article = extractArticle(ARTICLE_PAGE, 'http://127.0.0.1:1/world/x?utm=1');
    expect(article?.meta).toEqual({
      headline: 'Border towns brace for winter as repairs stall',
      siteName: 'The Northern Ledger',
      date: '2025-12-03T08:15:00Z',
      author: 'Maria Lindqvist',
      canonicalUrl: 'https://ledger.example/world/border-towns-winter',
      url: 'http://127.0.0.1:1/world/x?utm=1',
    });
  });

  it('GIVEN a canonical link with another scheme THEN keeps no claimed URL', () => {
    const page = ARTICLE_PAGE.replace('https://ledger.example/world/border-towns-winter', 'javascript:alert(1)');
    expect(extractArticle(page, 'https://ledger.example/a')?.meta.canonicalUrl).toBeUndefined();
  });

  it('GIVEN a page with menus, a byline and a sidebar THEN keeps only the body paragraphs', () => {
    const paragraphs = must(extractArticle(ARTICLE_PAGE, 'https://ledger.example/')).paragraphs;
    expect(paragraphs[0]).toMatch(/^Residents of three border towns/);
    expect(paragraphs.at(-1)).toBe('The ministry did not respond to a request for comment.');
    expect(paragraphs.join('\n')).not.toMatch(/Sign in|Most read|All rights reserved|By Maria/);
  });

  it('GIVEN a page without metadata THEN keeps the text and only the URL it came from', () => {
    const article = extractArticle(BARE_PAGE, 'https://village.example/sea-wall');
    expect(article?.meta).toEqual({ url: 'https://village.example/sea-wall' });
    expect(article?.paragraphs).toHaveLength(3);
  });

  it('GIVEN a page with no article text THEN finds nothing', () => {
    expect(extractArticle(NO_ARTICLE_PAGE, 'https://ledger.example/login')).toBeUndefined();
    expect(extractArticle('', 'https://ledger.example/')).toBeUndefined();
  });
});
