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
 * `article` (made without a text so far) with its text, `length` UTF-16 units long, read by `read`
 * the first time it is asked for, then kept as a plain property. A library restored from its snapshot
 * holds 22,250 texts at BBC ×10 (50 MB, and reading, checking and decoding them was a fifth of a
 * start); a start that answers one question reads those of a few dozen articles. The caller adds the
 * keys after `text` once this returns, so the article lists them in their usual order. The getter is
 * added as a new key: turning a key the object has into a getter made V8 keep each article as a
 * dictionary of its own (10 µs and several hundred bytes an article).
 */
export function withTextOnDemand<T extends object>(article: T, length: number, read: () => string): T & Pick<Article, 'text'> {
  unread.set(article, { length, read });
  return Object.defineProperty(article, 'text', { get: textNotRead, enumerable: true, configurable: true }) as T & Pick<Article, 'text'>;
}

/** The length of an article's text, without reading a text withTextOnDemand has not read yet. */
export function textLengthOf(article: Pick<Article, 'text'>): number {
  return unread.get(article)?.length ?? article.text.length;
}
