import type { Article } from './article.ts';

/** The articles of withTextOnDemand whose text is not read yet, with its length and what reads it. */
const unread = new WeakMap<object, { length: number; read: () => string }>();

/**
 * The one getter of every article's text until it is read (see withTextOnDemand): a getter made for
 * each article gave each its own hidden class, about 1 KB an article at BBC ×10.
 */
function textNotRead(this: object): string {
  const pending = unread.get(this);
  const text = pending?.read() ?? '';
  unread.delete(this);
  Object.defineProperty(this, 'text', { value: text, writable: true, enumerable: true, configurable: true });
  return text;
}

/**
 * `article` with its text, `length` UTF-16 units long, read by `read` the first time it is asked
 * for, then kept as a plain property. A library restored from its snapshot holds 22,250 texts at
 * BBC ×10 (50 MB, and reading, checking and decoding them was a fifth of a start); a start that
 * answers one question reads those of a few dozen articles. `text` keeps its place among the
 * article's keys, so the article reads, spreads and copies as one made with its text.
 */
export function withTextOnDemand<T extends Pick<Article, 'text'>>(article: T, length: number, read: () => string): T {
  unread.set(article, { length, read });
  return Object.defineProperty(article, 'text', { get: textNotRead, enumerable: true, configurable: true });
}

/** The length of an article's text, without reading a text withTextOnDemand has not read yet. */
export function textLengthOf(article: Pick<Article, 'text'>): number {
  return unread.get(article)?.length ?? article.text.length;
}
