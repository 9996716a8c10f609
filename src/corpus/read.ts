/**
 * Reading article files on this thread: a file's bytes into an Article (or the reason it is
 * skipped), and a list of files in order. `parallel-read.ts` runs the same reading in worker
 * threads; `load.ts` picks between them for a folder.
 */
import { createHash } from 'node:crypto';
import { basename, extname, join } from 'node:path';
import { z } from 'zod';
import type { ArticleAnalysis } from '../analysis/certainty.ts';
import type { ArticleEntities } from '../analysis/entity-mentions.ts';
import { readDateValue } from './dates.ts';
import { yaml } from './yaml.ts';
import { readRegularFile, readRegularFileSync } from './safe-read.ts';
import { isWebUrl, readPlainText } from './structure.ts';
import type { Article, ArticleFormat, ArticleMeta, LoadWarning } from '../model/article.ts';

/** A file larger than this is skipped: no news article is, and reading it would stall the bot. */
export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

/**
 * A folder of articles often ships its own read-me (the BBC set's `SOURCE_README.TXT`): read as an
 * article, its licence and citation lines would be cited as news. A file whose name holds `readme`
 * as a word of its own is skipped, with a warning naming it. `/add` never writes such a name.
 */
const READ_ME_NAME = /(?:^|[\s._-])read[\s_-]?me(?:$|[\s._-])/i;

const FORMATS: Record<string, ArticleFormat> = { '.txt': 'txt', '.md': 'md', '.markdown': 'md', '.json': 'json' };

const JsonArticle = z.object({
  title: z.string().optional(),
  outlet: z.string().optional(),
  date: z.string().optional(),
  url: z.string().optional(),
  author: z.string().optional(),
  body: z.string().refine((body) => body.trim() !== '', 'body is empty'),
});

/** The article formats the loader reads, by file extension. */
export function articleFormatOf(file: string): ArticleFormat | undefined {
  return FORMATS[extname(file).toLowerCase()];
}

/**
 * What reading one file gave: an article, or the reason it was skipped. A worker thread that read
 * the article may also have run its certainty analysis (see readInWorkers).
 */
export type ReadResult = { ok: true; article: Article; analysis?: ArticleAnalysis; entities?: ArticleEntities } | { ok: false; warning: LoadWarning };

function skipped(file: string, reason: string): ReadResult {
  return { ok: false, warning: { file, reason } };
}

/**
 * Turn one file's bytes into an Article. Never throws: a file that cannot be read as an article
 * comes back as a warning naming the file and the reason. With `earlier` (the articles read so far,
 * by format and SHA-256), a file of the same format and bytes as one of them is that article under
 * its own name, not read again: at BBC ×10 each read worker split every story into sentences ten
 * times, once for each copy. A file that is read is added to it.
 */
export function readArticle(file: string, bytes: Uint8Array, earlier?: Map<string, Article>): ReadResult {
  const format = articleFormatOf(file);
  if (!format) return skipped(file, `not an article file (expected .txt, .md or .json)`);
  if (READ_ME_NAME.test(basename(file, extname(file)))) return skipped(file, "a folder's read-me, not an article");
  const id = file.slice(0, file.length - extname(file).length);
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  const same = earlier?.get(`${format}:${contentHash}`);
  if (same) return { ok: true, article: copyOfArticle(same, id, file) };
  if (bytes.length === 0) return skipped(file, 'the file is empty');
  if (bytes.length > MAX_ARTICLE_BYTES) return skipped(file, `the file is larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB`);
  if (bytes.includes(0)) return skipped(file, 'the file is binary (it contains NUL bytes)');
  let text: string;
  try {
    // ignoreBOM keeps a byte-order mark in the text, so offsets count it like any character.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return skipped(file, 'the file is not valid UTF-8 text');
  }
  const parsed = format === 'json' ? readJson(text) : format === 'md' ? readMarkdown(text) : readTxt(text);
  if ('error' in parsed) return skipped(file, parsed.error);
  if (parsed.sentences.length === 0) return skipped(file, 'the file has no body text');
  const sentences = parsed.sentences.map((sentence) => ({ ...sentence, id: `${id}#${sentence.index}`, articleId: id }));
  const article: Article = { id, file, format, text: parsed.text, meta: parsed.meta, body: parsed.body, paragraphs: parsed.paragraphs, sentences, contentHash };
  earlier?.set(`${format}:${contentHash}`, article);
  return { ok: true, article };
}

/**
 * The article of another file with the same format and bytes as `first`'s, under its own name: everything read from the
 * bytes is the same (the read looks at the name only for its format and whether it is a read-me), so the text, metadata,
 * body and paragraphs are shared and only the ids are the copy's own.
 */
function copyOfArticle(first: Article, id: string, file: string): Article {
  const sentences = first.sentences.map((sentence) => ({ ...sentence, id: `${id}#${sentence.index}`, articleId: id }));
  return { ...first, id, file, sentences };
}

type Parsed = ReturnType<typeof readPlainText> & { text: string };

function readTxt(text: string): Parsed | { error: string } {
  if (text.trim() === '') return { error: 'the file is empty' };
  return { ...readPlainText(text, { start: 0, end: text.length }), text };
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function readMarkdown(text: string): Parsed | { error: string } {
  const match = FRONT_MATTER.exec(text);
  let known: ArticleMeta = {};
  let bodyStart = 0;
  if (match) {
    let fields: unknown;
    try {
      fields = yaml().parse(match[1] ?? '');
    } catch (error) {
      return { error: `its front matter is not valid YAML (${(error as Error).message.split('\n')[0]})` };
    }
    if (fields !== null && (typeof fields !== 'object' || Array.isArray(fields))) return { error: 'its front matter is not a set of fields' };
    known = metaFromFields((fields ?? {}) as Record<string, unknown>);
    bodyStart = match[0].length;
  }
  const headingMatch = /^[ \t]*#[ \t]+(.+?)[ \t#]*$/m.exec(text.slice(bodyStart));
  if (headingMatch && text.slice(bodyStart, bodyStart + headingMatch.index).trim() === '') {
    known.headline ??= headingMatch[1];
    bodyStart += headingMatch.index + headingMatch[0].length;
  }
  if (text.slice(bodyStart).trim() === '') return { error: 'the file has no body text' };
  return { ...readPlainText(text, { start: bodyStart, end: text.length }, known), text };
}

function readJson(text: string): Parsed | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: `it is not valid JSON (${(error as Error).message})` };
  }
  const result = JsonArticle.safeParse(value);
  if (!result.success) {
    const [issue] = result.error.issues;
    return { error: `it is not an article object: ${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'not valid'}` };
  }
  const { body, ...fields } = result.data;
  const structure = readPlainText(body, { start: 0, end: body.length }, metaFromFields(fields));
  // The JSON title is the headline; a short first line of the body is body text, not a second headline.
  return { ...structure, text: body };
}

function metaFromFields(fields: Record<string, unknown>): ArticleMeta {
  const text = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      const value = fields[key];
      if (typeof value === 'string' && value.trim() !== '') return value.trim();
    }
    return undefined;
  };
  const meta: ArticleMeta = {};
  const headline = text('title', 'headline');
  const outlet = text('outlet', 'source', 'site', 'publisher');
  const url = text('url', 'link');
  const author = text('author', 'byline');
  const rawDate = fields.date ?? fields.published;
  const date = readDateValue(rawDate);
  if (headline) meta.headline = headline;
  if (outlet) meta.outlet = outlet;
  if (url && isWebUrl(url)) meta.url = url;
  if (author) meta.author = author;
  if (date) meta.date = date;
  if (typeof rawDate === 'string' && rawDate.trim() !== '') meta.dateText = rawDate.trim();
  else if (rawDate instanceof Date && date) meta.dateText = date;
  return meta;
}

/** Read and parse the named files on this thread, in order. */
export async function readArticleFiles(dir: string, names: readonly string[]): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for (const name of names) results.push(await readArticleFile(dir, name));
  return results;
}

async function readArticleFile(dir: string, name: string): Promise<ReadResult> {
  const read = await readRegularFile(join(dir, name), MAX_ARTICLE_BYTES);
  return read.ok ? readArticle(name, read.bytes) : skipped(name, read.reason);
}

/**
 * Read and parse the named files, in order, with blocking reads: for a worker thread, where
 * nothing else waits on the thread and a synchronous read costs a tenth of the CPU of a
 * promise-based one (about 1.5 s less per 11,000 files). `earlier` holds the articles read so far
 * by format and SHA-256, across calls: a file with the same bytes as one of them is not split into
 * sentences again (see readArticle).
 */
export function readArticleFilesSync(dir: string, names: readonly string[], earlier?: Map<string, Article>): ReadResult[] {
  return names.map((name) => {
    const read = readRegularFileSync(join(dir, name), MAX_ARTICLE_BYTES);
    return read.ok ? readArticle(name, read.bytes, earlier) : skipped(name, read.reason);
  });
}
