import { extname } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ArticleStore } from '../library/article-store.ts';
import { bodyKeyOf } from '../library/body-keys.ts';
import { describeFolderError } from '../corpus/folder-errors.ts';
import { readArticle } from '../corpus/load.ts';
import type { Article } from '../model/article.ts';
import { renderArticleMarkdown, type StoredFields } from '../corpus/write.ts';
import type { Library } from '../library/library.ts';
import { extractInWorker, type PageExtractor } from './extract-in-worker.ts';
import type { FetchFailure, PageFetcher } from './fetch-page.ts';

/**
 * What someone asked to add, the same on every platform. Adapters fill it: a link typed after
 * /add, text pasted after it, or an uploaded file (Slack file share, Discord attachment) given
 * either as its text or as a URL the bot may fetch like any other link.
 */
export type AddSource = { kind: 'url'; url: string } | { kind: 'text'; text: string } | { kind: 'file'; name: string; content?: string; url?: string };

/** Why nothing was stored. Fetch failures keep their own codes. */
export type AddFailure =
  | FetchFailure
  | { ok: false; code: 'no_article'; reason: string }
  | { ok: false; code: 'unsupported_file'; name: string }
  | { ok: false; code: 'too_long'; bytes: number; maxBytes: number }
  | { ok: false; code: 'store_failed'; reason: string };

/** What a page said about itself (site name, own address), kept apart from where it was read. */
export interface PageClaims {
  outlet?: string;
  url?: string;
}

/** What /add did: stored a new article, found it already held, or stored nothing and why. */
export type AddOutcome = { status: 'added'; article: Article; library: Library; claims: PageClaims } | { status: 'duplicate'; existing: Article } | { status: 'failed'; failure: AddFailure };

/** What adding needs from outside: where to store, how to fetch, who is adding, and when. */
export interface AddDependencies {
  store: ArticleStore;
  fetchPage: PageFetcher;
  /** `slack:U123`, `discord:456`, `console`: written into the file for people who edit it later. */
  addedBy: string;
  now: Date;
  /** Where pages are taken apart; a worker thread with limits unless a test says otherwise. */
  extractPage?: PageExtractor;
}

/**
 * The most an added article may take on disk, front matter included: ten times the longest of
 * the 2,225 BBC articles (25 KB). Every later start reads, indexes and snapshots what is stored,
 * so one huge page would slow the bot for good.
 */
export const MAX_STORED_ARTICLE_BYTES = 256 * 1024;

/** An article before it has a file: its front-matter fields and its body text. */
interface Draft {
  fields: StoredFields;
  body: string;
}

type DraftResult = Draft | AddFailure;

const FILE_KINDS: Record<string, 'html' | 'md' | 'txt'> = { '.html': 'html', '.htm': 'html', '.md': 'md', '.markdown': 'md', '.txt': 'txt' };

/** Whether /add can read a file by this name; adapters check it before downloading anything. */
export function isReadableFileName(name: string): boolean {
  return FILE_KINDS[extname(name).toLowerCase()] !== undefined;
}

/**
 * Add an article from a link, pasted text or an uploaded file: fetch and extract it, write it
 * as Markdown with front matter into the store's folder, and return the article as the loader
 * reads it back from disk. Text already held (the same sentences) is not stored twice.
 */
export async function addArticle(source: AddSource, dependencies: AddDependencies): Promise<AddOutcome> {
  const draft = await draftFrom(source, dependencies.fetchPage, dependencies.extractPage ?? extractInWorker);
  if ('ok' in draft) return { status: 'failed', failure: draft };
  const text = renderArticleMarkdown({ ...draft.fields, added: dependencies.now.toISOString(), added_by: dependencies.addedBy }, draft.body);
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_STORED_ARTICLE_BYTES) return { status: 'failed', failure: { ok: false, code: 'too_long', bytes, maxBytes: MAX_STORED_ARTICLE_BYTES } };
  const candidate = readArticle('candidate.md', new TextEncoder().encode(text));
  if (!candidate.ok) return { status: 'failed', failure: { ok: false, code: 'no_article', reason: candidate.warning.reason } };

  const key = bodyKeyOf(candidate.article);
  const library = dependencies.store.library;
  const existing = await findByBodyKey(library.articles, key);
  if (existing) return { status: 'duplicate', existing };

  let change: Awaited<ReturnType<ArticleStore['add']>>;
  try {
    change = await dependencies.store.add(nextFileName(library, key), text);
  } catch (error) {
    const reason = describeFolderError(error, 'write');
    if (reason === undefined) throw error;
    return { status: 'failed', failure: { ok: false, code: 'store_failed', reason } };
  }
  if (!change.ok) return { status: 'failed', failure: { ok: false, code: 'store_failed', reason: change.message } };
  return { status: 'added', article: change.article, library: change.library, claims: { outlet: draft.fields.claimed_outlet, url: draft.fields.claimed_url } };
}

async function draftFrom(source: AddSource, fetchPage: PageFetcher, extract: PageExtractor): Promise<DraftResult> {
  if (source.kind === 'text') return draftFromText(source.text, 'txt');
  if (source.kind === 'url') {
    const page = await fetchPage(source.url);
    if (!page.ok) return page;
    if (page.kind === 'html') return draftFromHtml(page.text, page.url, extract);
    return creditFetchedText(draftFromText(page.text, 'txt'), page.url);
  }
  const kind = FILE_KINDS[extname(source.name).toLowerCase()];
  if (!kind) return { ok: false, code: 'unsupported_file', name: source.name };
  let content = source.content;
  if (content === undefined) {
    if (!source.url) return { ok: false, code: 'no_article', reason: `the file ${source.name} came with neither text nor a link` };
    const page = await fetchPage(source.url, { allowOctetStream: true });
    if (!page.ok) return page;
    content = page.text;
  }
  // An upload's link is the platform's file store (a CDN), not the article's source: no outlet, no URL.
  if (kind === 'html') return draftFromHtml(content, undefined, extract);
  return draftFromText(content, kind);
}

/** `www.bbc.co.uk` → `bbc.co.uk`: where the page was really read, the only outlet /add can vouch for. */
function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/**
 * A page's article, credited to where it was fetched from (after redirects). The page's own site
 * name and canonical URL are stored as its claims (`claimed_outlet`, `claimed_url`) and shown as
 * such, never as the credit: any page can say it is any outlet. An uploaded file was fetched from
 * nowhere, so it has neither outlet nor URL, only the claims.
 */
async function draftFromHtml(html: string, pageUrl: string | undefined, extract: PageExtractor): Promise<DraftResult> {
  // An uploaded file gets a made-up address, so that relative links in it resolve to nothing real.
  const extracted = await extract(html, pageUrl ?? 'https://uploaded-file.invalid/');
  if (!extracted.ok) return { ok: false, code: 'no_article', reason: extracted.reason };
  const { headline, siteName, date, author, canonicalUrl } = extracted.article.meta;
  const fields: StoredFields = { title: headline, date, author, claimed_outlet: siteName, claimed_url: canonicalUrl };
  if (pageUrl) Object.assign(fields, { outlet: hostOf(pageUrl), url: pageUrl });
  return { fields, body: extracted.article.paragraphs.join('\n\n') };
}

/**
 * A plain-text page credited, like an HTML page, to where it was fetched from: its own `Outlet:`
 * and `URL:` lines are what the page says about itself, kept as its claims. (Text an admin pastes
 * or uploads keeps them as the credit: they are the admin's own words.)
 */
function creditFetchedText(draft: DraftResult, pageUrl: string): DraftResult {
  if ('ok' in draft) return draft;
  const { outlet, url, ...fields } = draft.fields;
  return { ...draft, fields: { ...fields, outlet: hostOf(pageUrl), url: pageUrl, claimed_outlet: outlet, claimed_url: url === pageUrl ? undefined : url } };
}

/**
 * Pasted text and `.txt`/`.md` files are read by the loader itself, so `Outlet:`, `Date:` and
 * `URL:` lines, a dateline, a byline or front matter mean the same as in the articles folder.
 */
/** The fewest words of body text /add stores from pasted text or a text file. */
const MIN_PASTED_WORDS = 10;

function draftFromText(text: string, format: 'txt' | 'md'): DraftResult {
  const read = readArticle(`pasted.${format}`, new TextEncoder().encode(text));
  if (!read.ok) return { ok: false, code: 'no_article', reason: read.warning.reason };
  const { meta, text: full, body, sentences } = read.article;
  // A stray phrase typed after /add is not an article, however short a news brief may be.
  const words = sentences.reduce((sum, sentence) => sum + sentence.text.split(/\s+/u).filter(Boolean).length, 0);
  if (words < MIN_PASTED_WORDS) {
    return {
      ok: false,
      code: 'no_article',
      reason: `its text has ${words} ${words === 1 ? 'word' : 'words'}, and even a news brief has ${MIN_PASTED_WORDS} or more (put the headline on the first line and the article below it)`,
    };
  }
  return {
    fields: { title: meta.headline, outlet: meta.outlet, date: meta.dateText ?? meta.date, author: meta.author, url: meta.url },
    // To the end of the text, not of the body: a trailing tag line stays and is read as one again.
    body: full.slice(body.start),
  };
}

/** Articles whose body keys are made between two turns of the event loop: about 15 ms of folding and hashing. */
const BODY_KEY_SLICE = 500;

/**
 * The first article whose body key is `key`. Made in slices, with a turn of the event loop between
 * them: folding and hashing every body at BBC ×10 held other answers for 0.66 s on the first /add
 * (a library makes them ahead after a start, see Library.warmUp, so they are usually made already).
 */
async function findByBodyKey(articles: readonly Article[], key: string): Promise<Article | undefined> {
  for (let i = 0; i < articles.length; i += BODY_KEY_SLICE) {
    if (i > 0) await nextTurn();
    const found = articles.slice(i, i + BODY_KEY_SLICE).find((article) => bodyKeyOf(article) === key);
    if (found) return found;
  }
  return undefined;
}

/**
 * `NNN_<hash>.md`, numbered after the highest-numbered article, as the seed files are. Counted
 * in BigInt: a file named with a huge number (`100000000000000000000000_x.txt`) would otherwise
 * turn the next name into `1e+23_…`.
 */
function nextFileName(library: Library, key: string): string {
  const numbers = library.articles.map((article) => /^(\d+)_/.exec(article.id)?.[1]).filter((digits): digits is string => digits !== undefined);
  const next = numbers.reduce((highest, digits) => (BigInt(digits) > highest ? BigInt(digits) : highest), -1n) + 1n;
  return `${String(next).padStart(3, '0')}_${key.slice(0, 16)}.md`;
}
