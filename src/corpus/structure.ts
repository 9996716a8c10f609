import { readLeadingDate } from './dates.ts';
import { splitLines, splitParagraphs, splitParagraphSentences, type Line } from './segment.ts';
import type { ArticleMeta, Paragraph, Sentence, Span } from '../model/article.ts';

/** The most a headline, outlet or tag line may be; a longer line is body text. */
const MAX_HEADER_LINE_CHARS = 200;
const MAX_HEADLINE_WORDS = 30;
const MAX_OUTLET_WORDS = 6;
/** How many non-blank lines at the top may be header lines (outlet, headline, dateline, byline). */
const MAX_HEADER_LINES = 4;

const ENDS_LIKE_A_SENTENCE = /[.!?…:;,][\u2019\u201D'")\]]*\s*$/u;
const BYLINE = /^By\s+(\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|de|van|von|da|al))*(?:\s+and\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)*)?)\s*$/u;
const LABELLED = /^(Outlet|Source|Publisher|Date|Published|URL|Link|Author|By(?:line)?)\s*:\s*(.+)$/i;

function wordCount(text: string): number {
  return text.trim().split(/\s+/u).filter(Boolean).length;
}

/** A short line with no sentence-ending punctuation: a headline, outlet, section or tag line. */
function isTitleLike(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length <= MAX_HEADER_LINE_CHARS && wordCount(trimmed) <= MAX_HEADLINE_WORDS && !ENDS_LIKE_A_SENTENCE.test(trimmed);
}

/** The most words a headline asked as a question may have (`Could Yukos be a blessing in disguise?`). */
const MAX_QUESTION_HEADLINE_WORDS = 12;

/**
 * A first line that asks or exclaims in a few words and nothing more (`Could Yukos be a blessing in disguise?`, `Will Tory
 * tax cuts lift spirits?`): a headline, which news writes as a question as often as a statement. A line that holds a
 * second sentence, or runs long, is body text.
 */
function isQuestionHeadline(text: string): boolean {
  const trimmed = text.trim();
  return /[?!][\u2019\u201D'")\]]*$/u.test(trimmed) && !/[.!?…][\u2019\u201D'")\]]*\s/u.test(trimmed) && wordCount(trimmed) <= MAX_QUESTION_HEADLINE_WORDS;
}

export interface BodyStructure {
  meta: ArticleMeta;
  body: Span;
  paragraphs: Paragraph[];
  sentences: Omit<Sentence, 'id' | 'articleId'>[];
}

/**
 * Read a plain-text article: header lines at the top (outlet, headline, dateline, byline,
 * `Outlet:`/`Date:`/`URL:` labels), a tag line at the bottom, and the body between, split into
 * paragraphs and sentences. `region` limits the reading to part of `text` (after front matter).
 * `known` fields (from front matter or JSON) are kept and never overwritten by what the text
 * seems to say.
 */
export function readPlainText(text: string, region: Span, known: ArticleMeta = {}): BodyStructure {
  const lines = splitLines(text).filter((line) => line.start >= region.start && line.end <= region.end);
  const content = lines.filter((line) => line.text.trim() !== '');
  const found: ArticleMeta = {};
  let headerCount = readHeader(content, found);
  // With nothing after them, header-like lines are the body: never leave an empty body.
  if (headerCount >= content.length) headerCount = 0;
  const meta: ArticleMeta = headerCount > 0 ? { ...found, ...definedFields(known) } : { ...known };

  let bodyLines = content.slice(headerCount);
  const last = bodyLines.at(-1);
  if (bodyLines.length > 1 && last && isTitleLike(last.text) && meta.tagLine === undefined) {
    meta.tagLine = last.text.trim();
    bodyLines = bodyLines.slice(0, -1);
  }
  const first = bodyLines[0];
  const final = bodyLines.at(-1);
  const body: Span = first && final ? { start: first.start, end: final.end } : { start: region.end, end: region.end };
  const bodyText = splitLines(text).filter((line) => line.start >= body.start && line.end <= body.end);

  const paragraphs: Paragraph[] = splitParagraphs(bodyText).map((span, i) => ({ ...span, number: i + 1 }));
  const sentences: BodyStructure['sentences'] = [];
  for (const paragraph of paragraphs) {
    for (const span of splitParagraphSentences(text, paragraph)) {
      sentences.push({ ...span, text: text.slice(span.start, span.end), index: sentences.length, paragraph: paragraph.number });
    }
  }
  return { meta, body, paragraphs, sentences };
}

function definedFields(meta: ArticleMeta): ArticleMeta {
  return Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== undefined));
}

/** Fill `meta` from the header lines at the top and return how many lines they take. */
function readHeader(content: Line[], meta: ArticleMeta): number {
  let count = 0;
  const titleLines: string[] = [];
  for (const line of content.slice(0, MAX_HEADER_LINES)) {
    const text = line.text.trim();
    const labelled = LABELLED.exec(text);
    if (labelled) {
      const [, label = '', value = ''] = labelled;
      applyLabel(meta, label.toLowerCase(), value.trim());
      count++;
      continue;
    }
    const date = readLeadingDate(text);
    if (date && text.length <= MAX_HEADER_LINE_CHARS) {
      meta.date ??= date.iso;
      meta.dateText ??= text;
      count++;
      continue;
    }
    const byline = BYLINE.exec(text);
    if (byline) {
      meta.author ??= byline[1];
      count++;
      continue;
    }
    if (!isTitleLike(text) && !(count === 0 && content.length > 1 && isQuestionHeadline(text))) break;
    titleLines.push(text);
    count++;
  }
  const [firstTitle] = titleLines;
  if (titleLines.length === 1) {
    meta.headline = firstTitle;
  } else if (firstTitle !== undefined) {
    // Two title-like lines on top: a short first one names the outlet (`KPBI Palm Beach International`).
    const outletFirst = wordCount(firstTitle) <= MAX_OUTLET_WORDS && !isQuestionHeadline(firstTitle);
    if (outletFirst) meta.outlet ??= firstTitle;
    meta.headline = titleLines.slice(outletFirst ? 1 : 0).join(' ');
  }
  return count;
}

/**
 * Whether a value may stand as an article's URL: an absolute http or https address. A
 * `javascript:`, `file:` or `data:` link in a file would become a clickable link in every answer
 * that cites the article, so it is dropped.
 */
export function isWebUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function applyLabel(meta: ArticleMeta, label: string, value: string): void {
  if (label === 'outlet' || label === 'source' || label === 'publisher') meta.outlet ??= value;
  else if (label === 'url' || label === 'link') {
    if (isWebUrl(value)) meta.url ??= value;
  } else if (label === 'author' || label === 'by' || label === 'byline') meta.author ??= value;
  else {
    const date = readLeadingDate(value);
    if (date) meta.date ??= date.iso;
    meta.dateText ??= value;
  }
}
