import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** What the page's metadata says about the article; a field the page does not give is absent. */
export interface PageMeta {
  headline?: string;
  outlet?: string;
  /** The publication date exactly as the page gives it (`2025-12-02T10:00:00Z`). */
  date?: string;
  author?: string;
  /** The canonical URL when the page names one, else the URL it was fetched from. */
  url?: string;
}

/** An article taken out of a web page: its metadata and its body as plain-text paragraphs. */
export interface ExtractedArticle {
  meta: PageMeta;
  paragraphs: string[];
}

/** Less body text than this is a cookie wall, an index page or an error page, not an article. */
export const MIN_ARTICLE_CHARS = 200;

/** Pages bigger than this many elements are cut short by Readability rather than stalling the bot. */
const MAX_ELEMENTS = 20_000;

const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre';

const DATE_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];

function collapse(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/gu, ' ').trim();
}

function firstContent(document: Document, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    const value = collapse(document.querySelector(selector)?.getAttribute('content'));
    if (value) return value;
  }
  return undefined;
}

function httpUrl(value: string | null | undefined, base: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** `By Jane Doe` → `Jane Doe`; a profile link instead of a name is dropped. */
function cleanAuthor(value: string | null | undefined): string | undefined {
  const author = collapse(value).replace(/^by\s+/i, '');
  return author && !/^https?:\/\//i.test(author) ? author : undefined;
}

/** `Troops mass at border | Daily Planet` → `Troops mass at border` when the outlet is known. */
function cleanHeadline(value: string | null | undefined, outlet: string | undefined): string | undefined {
  let headline = collapse(value);
  if (outlet) {
    const escaped = outlet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    headline = headline.replace(new RegExp(`\\s+[|\\-–—:·]\\s+${escaped}$`, 'i'), '').replace(new RegExp(`^${escaped}\\s+[|\\-–—:·]\\s+`, 'i'), '');
  }
  return headline || undefined;
}

/** The text of each block of the extracted content, outermost blocks only, blanks dropped. */
function paragraphsOf(contentHtml: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${contentHtml}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCKS)].filter((element) => !element.parentElement?.closest(BLOCKS));
  const texts = blocks.map((element) => collapse(element.textContent));
  if (texts.length === 0) texts.push(...(document.body.textContent ?? '').split(/\n\s*\n/u).map(collapse));
  return texts.filter((text) => text !== '');
}

/**
 * The article in an HTML page, found by Mozilla's Readability (the Firefox Reader View engine)
 * on a linkedom DOM, with headline, outlet, date, author and canonical URL from the page's
 * metadata. `undefined` when the page holds no article text worth storing.
 */
export function extractArticle(html: string, pageUrl: string): ExtractedArticle | undefined {
  const { document } = parseHTML(html);
  // Read before Readability runs: it strips the DOM it parses, time elements included.
  const canonical = httpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), pageUrl) ?? httpUrl(firstContent(document, ['meta[property="og:url"]']), pageUrl);
  const metaDate = firstContent(document, DATE_SELECTORS) ?? (collapse(document.querySelector('time[datetime]')?.getAttribute('datetime')) || undefined);
  const metaAuthor = firstContent(document, ['meta[name="author"]', 'meta[property="article:author"]', 'meta[name="byl"]']);
  const metaOutlet = firstContent(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);

  let parsed: ReturnType<Readability['parse']>;
  try {
    parsed = new Readability(document, { maxElemsToParse: MAX_ELEMENTS }).parse();
  } catch {
    // Readability gives up on documents past maxElemsToParse by throwing.
    return undefined;
  }
  if (!parsed?.content) return undefined;
  const outlet = collapse(parsed.siteName) || metaOutlet;
  const headline = cleanHeadline(parsed.title, outlet);
  const author = cleanAuthor(parsed.byline) ?? cleanAuthor(metaAuthor);
  const paragraphs = paragraphsOf(parsed.content).filter((text, i) => !(i === 0 && (text === headline || (author && cleanAuthor(text) === author))));
  if (paragraphs.join(' ').length < MIN_ARTICLE_CHARS) return undefined;

  const meta: PageMeta = {};
  if (headline) meta.headline = headline;
  if (outlet) meta.outlet = outlet;
  const date = collapse(parsed.publishedTime) || metaDate;
  if (date) meta.date = date;
  if (author) meta.author = author;
  meta.url = canonical ?? pageUrl;
  return { meta, paragraphs };
}
