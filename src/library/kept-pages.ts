/**
 * Pages of a snapshot part read on demand, of which only the `kept` most recently read stay in memory:
 * a page let go is read (and checked) again from disk when next asked for. A bot's read-ahead lists
 * the names every article writes through all 16 MB of BBC ×10's entity mentions, and a long-running
 * bot places hits on every page of the token places in time; kept whole, both stayed resident for the
 * process's life though a question reads a few pages of each, most of them one entity's run of
 * mentions or the places of its hits' sentences, read again together.
 */
export class KeptPages<T> {
  readonly #read: (page: number) => T;
  readonly #kept: number;
  /** The pages held, least recently read first (a Map keeps the order keys were set in). */
  readonly #pages = new Map<number, T>();
  #lastPage = -1;
  #last: T | undefined;

  /** `read(page)` reads and checks page `page` (throwing when it is damaged); `kept` is at least 1. */
  constructor(read: (page: number) => T, kept: number) {
    if (!(kept >= 1)) throw new Error(`crosscheck: a page cache must keep at least one page, not ${kept}`);
    this.#read = read;
    this.#kept = kept;
  }

  /** Page `page`, read now unless it is one of the pages kept. */
  get(page: number): T {
    // A token's place is read a byte at a time: most reads ask for the page just asked for.
    if (page === this.#lastPage && this.#last !== undefined) return this.#last;
    let value = this.#pages.get(page);
    if (value === undefined) {
      value = this.#read(page);
      if (this.#pages.size >= this.#kept) this.#pages.delete(this.#pages.keys().next().value as number);
    } else this.#pages.delete(page);
    this.#pages.set(page, value);
    this.#lastPage = page;
    this.#last = value;
    return value;
  }

  /** How many pages are held now. */
  get size(): number {
    return this.#pages.size;
  }
}
