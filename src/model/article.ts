/**
 * The shapes the loader produces. Every offset is a JavaScript string index (UTF-16 code units)
 * into `Article.text`, so `article.text.slice(start, end)` is always the exact source text.
 */

/** A half-open range `[start, end)` into an article's text. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the exact text it covers. */
export interface TextSpan extends Span {
  text: string;
}

export type ArticleFormat = 'txt' | 'md' | 'json';

/** What the loader found in the file, and only that: a field the file does not hold is absent. */
export interface ArticleMeta {
  headline?: string;
  outlet?: string;
  /** ISO calendar date (`2025-12-02`) when the file gives a full date. */
  date?: string;
  /** The dateline or date field exactly as written (`Dec 2, 2025 World News`). */
  dateText?: string;
  url?: string;
  author?: string;
  /** A trailing tag line exactly as written; tags run together in some exports, so it is not split. */
  tagLine?: string;
}

export interface Paragraph extends Span {
  /** 1-based position among the body's paragraphs, as a reader would count them. */
  number: number;
}

/**
 * A sentence's id, `<articleId>#<index>`, as one string. Written with `+` or a template literal,
 * it is a chain of strings (the article id and `#` joined, then the number) that V8 keeps as three
 * objects; an array's `join` writes one flat string: 27 bytes less for each sentence, 11 MB at
 * BBC ×10 (417,000 sentences).
 */
export function sentenceIdOf(articleId: string, index: number): string {
  return [articleId, index].join('#');
}

export interface Sentence extends TextSpan {
  /** `<articleId>#<index>`: stable for the same file content. */
  id: string;
  articleId: string;
  /** 0-based position among the article's sentences. */
  index: number;
  /** 1-based number of the paragraph that holds it. */
  paragraph: number;
}

export interface Article {
  /** The file name without its extension (`003_3efcfc92afac0b08`). */
  id: string;
  /** The file name inside the articles folder. */
  file: string;
  format: ArticleFormat;
  /**
   * The text the offsets point into: the file's exact decoded text for `.txt` and `.md`
   * (front matter included), the `body` string for `.json`.
   */
  text: string;
  meta: ArticleMeta;
  /** Where the body starts in `text` (after any front matter, headline, outlet and dateline lines). */
  body: Span;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** SHA-256 of the file's bytes, hex. */
  contentHash: string;
}

/** A file that was not loaded, and why. */
export interface LoadWarning {
  file: string;
  reason: string;
  /**
   * Set when the library keeps the file's last good version instead (hot reload): when that
   * version was read, as an ISO time.
   */
  keptFrom?: string;
}

/** True when two articles split into the same sentences, text for text: an article filed twice (BBC ×10's ten of each). */
function sameSentences(first: Article, second: Article): boolean {
  return first.sentences.length === second.sentences.length && first.sentences.every((sentence, i) => sentence.text === second.sentences[i]?.text);
}

/** Each list of articles' first copies (see firstCopies), worked out once for every reader of the list. */
const firstCopiesOf = new WeakMap<readonly Article[], Int32Array>();

/**
 * For each article of `articles`, the place of the first article of the list with the same format and
 * bytes that splits into the same sentences, text for text (a story filed twice; BBC ×10's ten of
 * each), or its own place when there is none. The index takes a copy's tokens from its first, and the
 * alignment judges a sentence once against the copies of a story; both read the one list, made once
 * per list of articles (a list is never changed once a library is built from it).
 */
export function firstCopies(articles: readonly Article[]): Int32Array {
  const known = firstCopiesOf.get(articles);
  if (known && known.length === articles.length) return known;
  const first = new Int32Array(articles.length);
  const firstWithBytes = new Map<string, number>();
  articles.forEach((article, a) => {
    const key = `${article.format}:${article.contentHash}`;
    const earlier = firstWithBytes.get(key);
    const earlierArticle = earlier === undefined ? undefined : articles[earlier];
    if (earlier !== undefined && earlierArticle && sameSentences(earlierArticle, article)) {
      first[a] = earlier;
      return;
    }
    if (earlier === undefined) firstWithBytes.set(key, a);
    first[a] = a;
  });
  firstCopiesOf.set(articles, first);
  return first;
}

/** By article id, then position: the order a claim lists its sentences in, and a dispute its quotations. */
export function bySentence(a: Sentence, b: Sentence): number {
  return a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.index - b.index;
}
