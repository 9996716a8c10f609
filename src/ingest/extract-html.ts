import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/**
 * What the page's metadata says about the article; a field the page does not give is absent.
 * The site name and the canonical URL are the page's own claims: any page can say it is any
 * outlet at any address, so they are kept apart from `url`, where the page was really read.
 */
export interface PageMeta {
  headline?: string;
  /** The name the page gives its site (`og:site_name`): a claim, not a credit. */
  siteName?: string;
  /** The publication date exactly as the page gives it (`2025-12-02T10:00:00Z`). */
  date?: string;
  author?: string;
  /** The address the page gives as its own (canonical link, `og:url`), http(s) only: a claim. */
  canonicalUrl?: string;
  /** The URL the page was fetched from, after redirects. */
  url: string;
}

/** An article taken out of a web page: its metadata and its body as plain-text paragraphs. */
export interface ExtractedArticle {
  meta: PageMeta;
  paragraphs: string[];
}

/** Less body text than this is a cookie wall, an index page or an error page, not an article. */
export const MIN_ARTICLE_CHARS = 200;

/** More elements than this is no article page (a long feature has a few thousand); refused before Readability reads it. */
export const MAX_ELEMENTS = 20_000;

/**
 * Elements nested deeper than this are no article page either: real pages stay under about 60.
 * Readability's cost grows with the square of the depth and more (a 16 KB page nested 1,500 deep
 * took 44 s), so the depth is measured and refused first.
 */
export const MAX_DEPTH = 150;

/** Why a page gave no article, in words for the /add answer. */
export type ExtractResult = { ok: true; article: ExtractedArticle } | { ok: false; reason: string };

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
 * How many elements the document holds and how deep they nest, counting no further than the caps.
 * Walked by hand: linkedom's `getElementsByTagName('*')` returns nothing, so a cap built on it
 * never fires.
 */
function measureDocument(document: Document): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  const stack: Array<[Element, number]> = document.documentElement ? [[document.documentElement, 1]] : [];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [element, level] = top;
    elements++;
    depth = Math.max(depth, level);
    if (elements > MAX_ELEMENTS || depth > MAX_DEPTH) break;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, level + 1]);
  }
  return { elements, depth };
}

/**
 * The article in an HTML page, found by Mozilla's Readability (the Firefox Reader View engine)
 * on a linkedom DOM, with headline, site name, date, author and canonical URL from the page's
 * metadata, or why there is none. A page too big or too deeply nested to be an article is refused
 * before Readability reads it.
 */
export function extractPage(html: string, pageUrl: string): ExtractResult {
  const { document } = parseHTML(html);
  const shape = measureDocument(document);
  if (shape.elements > MAX_ELEMENTS) return { ok: false, reason: `the page has more than ${MAX_ELEMENTS.toLocaleString('en')} elements, far more than any article page` };
  if (shape.depth > MAX_DEPTH) return { ok: false, reason: `the page nests its elements more than ${MAX_DEPTH} deep, which no article page does` };
  // Read before Readability runs: it strips the DOM it parses, time elements included.
  const canonical = httpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), pageUrl) ?? httpUrl(firstContent(document, ['meta[property="og:url"]']), pageUrl);
  const metaDate = firstContent(document, DATE_SELECTORS) ?? (collapse(document.querySelector('time[datetime]')?.getAttribute('datetime')) || undefined);
  const metaAuthor = firstContent(document, ['meta[name="author"]', 'meta[property="article:author"]', 'meta[name="byl"]']);
  const metaSiteName = firstContent(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);

  let parsed: ReturnType<Readability['parse']>;
  try {
    parsed = new Readability(document, { maxElemsToParse: MAX_ELEMENTS }).parse();
  } catch {
    // Readability gives up on documents past maxElemsToParse by throwing.
    return { ok: false, reason: 'the page is too large to read as an article' };
  }
  const noArticle = { ok: false, reason: 'the page holds no article text that could be picked out from menus and links' } as const;
  if (!parsed?.content) return noArticle;
  const siteName = collapse(parsed.siteName) || metaSiteName;
  const headline = cleanHeadline(parsed.title, siteName);
  const author = cleanAuthor(parsed.byline) ?? cleanAuthor(metaAuthor);
  const paragraphs = paragraphsOf(parsed.content).filter((text, i) => !(i === 0 && (text === headline || (author && cleanAuthor(text) === author))));
  if (paragraphs.join(' ').length < MIN_ARTICLE_CHARS) return noArticle;

  const meta: PageMeta = { url: pageUrl };
  if (headline) meta.headline = headline;
  if (siteName) meta.siteName = siteName;
  const date = collapse(parsed.publishedTime) || metaDate;
  if (date) meta.date = date;
  if (author) meta.author = author;
  if (canonical && canonical !== pageUrl) meta.canonicalUrl = canonical;
  return { ok: true, article: { meta, paragraphs } };
}

/** The article in an HTML page (see extractPage), or `undefined` when there is none. */
export function extractArticle(html: string, pageUrl: string): ExtractedArticle | undefined {
  const result = extractPage(html, pageUrl);
  return result.ok ? result.article : undefined;
}
