import type { Article, Sentence, TextSpan } from '../model/article.ts';
import { readAt } from '../model/read-at.ts';
import { textLengthOf } from '../model/text-on-demand.ts';

/** One place an entity is named: the name as written and, if any, the title or gloss given with it. */
export interface Mention {
  sentence: Sentence;
  name: TextSpan;
  descriptor?: TextSpan;
  /** Set when the article refers to the entity by a role ("the chancellor") rather than a name. */
  nominal?: true;
}

/**
 * Numbers kept per mention: the sentence's position among all the articles' sentences, the
 * name's start and end, the descriptor's (-1 when none), and 1 for a nominal reference. The same
 * six a snapshot saves (see EntitySnapshot).
 */
export const MENTION_NUMBERS = 6;

/**
 * The articles' sentences by position (every article's sentences in article order), for mentions
 * kept as numbers: the sentence and the article text a position stands for.
 */
export class SentencePlaces {
  readonly #articles: readonly Article[];
  /** The position of each article's first sentence; one more entry, the count of all sentences. */
  readonly #first: Int32Array;
  /** Each position's article, by its place in `#articles`. */
  readonly #articleAt: Int32Array;

  constructor(articles: readonly Article[]) {
    this.#articles = articles;
    this.#first = new Int32Array(articles.length + 1);
    articles.forEach((article, a) => {
      this.#first[a + 1] = (this.#first[a] ?? 0) + article.sentences.length;
    });
    this.#articleAt = new Int32Array(this.#first[articles.length] ?? 0);
    articles.forEach((_, a) => this.#articleAt.fill(a, this.#first[a], this.#first[a + 1]));
  }

  get count(): number {
    return this.#articleAt.length;
  }

  /** The position of the `index`-th sentence of the `article`-th article. */
  positionOf(article: number, index: number): number {
    return readAt(this.#first, article, 'first sentence positions') + index;
  }

  sentence(position: number): Sentence {
    const a = readAt(this.#articleAt, position, 'articles by position');
    return readAt(readAt(this.#articles, a, 'articles').sentences, position - readAt(this.#first, a, 'first sentence positions'), 'sentences');
  }

  articleText(position: number): string {
    return this.#articleOf(position).text;
  }

  /**
   * The id of the article a position stands in, without making its sentences (see
   * withSentencesOnDemand): listing every article's written names read each mention's article id
   * through its sentence, which made all 417,000 sentences of a library started from its snapshot
   * (46 MB at BBC ×10) for the few that commands show.
   */
  articleId(position: number): string {
    return this.#articleOf(position).id;
  }

  #articleOf(position: number): Article {
    return readAt(this.#articles, readAt(this.#articleAt, position, 'articles by position'), 'articles');
  }

  /** The length of articleText, without reading a text not read yet (see withTextOnDemand). */
  articleTextLength(position: number): number {
    return textLengthOf(this.#articleOf(position));
  }
}

/**
 * Numbers read from disk a page at a time (see openIntPages in src/library/snapshot.ts): each page
 * is read and checked against its CRC-32 the first time one of its numbers is asked for, then kept.
 */
export interface PagedInts {
  readonly length: number;
  /** Numbers a page holds (the last page may hold fewer). */
  readonly perPage: number;
  /** Page `page`'s numbers; throws when the page is damaged on disk. */
  page(page: number): Int32Array;
  /**
   * Whether the pages read from now on are kept for later questions (true at first): a pass over every page, such as the
   * list of written names a start reads ahead, turns it off so that it holds one page at a time, not all of them.
   */
  keepPages(keep: boolean): void;
}

/**
 * A snapshot's mentions of every entity (MENTION_NUMBERS numbers each), read a page at a time: a
 * question reads the mentions of the sentences it shows, a few pages of the 16 MB at BBC ×10, which
 * a start read and checked whole. Each page's mentions are checked (`check`, the checks a restore
 * made of them all) the first time the page is read, so a mention that does not fit its article is
 * refused when read, never given out.
 */
export class MentionPages {
  readonly #pages: PagedInts;
  readonly #check: (numbers: Int32Array) => void;
  readonly #checked: Uint8Array;

  constructor(pages: PagedInts, check: (numbers: Int32Array) => void) {
    if (pages.perPage <= 0 || pages.perPage % MENTION_NUMBERS !== 0) throw new Error('crosscheck: a page of mentions must hold whole mentions');
    this.#pages = pages;
    this.#check = check;
    this.#checked = new Uint8Array(Math.ceil(pages.length / pages.perPage));
  }

  get length(): number {
    return this.#pages.length;
  }

  at(i: number): number {
    const { perPage } = this.#pages;
    const page = Math.floor(i / perPage);
    const numbers = this.#pages.page(page);
    if (this.#checked[page] === 0) {
      this.#check(numbers);
      this.#checked[page] = 1;
    }
    return readAt(numbers, i - page * perPage, 'a page of mention numbers');
  }

  /** See PagedInts.keepPages. */
  keepPages(keep: boolean): void {
    this.#pages.keepPages(keep);
  }

  /** Numbers `start` to `end` (one entity's), read through these pages. */
  run(start: number, end: number): MentionRun {
    return new MentionRun(this, start, end);
  }
}

/** One entity's numbers in a MentionPages. */
class MentionRun {
  readonly #pages: MentionPages;
  readonly #start: number;
  readonly length: number;

  constructor(pages: MentionPages, start: number, end: number) {
    this.#pages = pages;
    this.#start = start;
    this.length = end - start;
  }

  at(i: number): number {
    if (!(i >= 0 && i < this.length)) throw new Error(`crosscheck: mention numbers[${i}] is out of range (length ${this.length}), which the code reading it rules out`);
    return this.#pages.at(this.#start + i);
  }
}

/**
 * An entity's mentions, kept as MENTION_NUMBERS numbers each rather than as objects: at BBC ×10
 * the table holds about 700,000 mentions, and as objects (a mention, its name span, the name's
 * text) they took about 110 MB; as numbers 17 MB. A mention is made an object only when read.
 * Appended to while the table is built, then packed once the table is whole (see EntityTable).
 */
export class MentionList implements Iterable<Mention> {
  readonly #places: SentencePlaces;
  #numbers: number[] | Int32Array | MentionRun;

  constructor(places: SentencePlaces, numbers: number[] | Int32Array | MentionRun = []) {
    this.#places = places;
    this.#numbers = numbers;
  }

  get length(): number {
    return this.#numbers.length / MENTION_NUMBERS;
  }

  /** Add one mention; only while the table is being built (a packed list throws). */
  push(position: number, name: { start: number; end: number }, descriptor: { start: number; end: number } | undefined, nominal: boolean): void {
    this.#growable().push(position, name.start, name.end, descriptor?.start ?? -1, descriptor?.end ?? -1, nominal ? 1 : 0);
  }

  /** Add every mention of `other` (a merge), leaving `other` as it was. */
  append(other: MentionList): void {
    const numbers = this.#growable();
    for (let i = 0; i < other.#numbers.length; i++) numbers.push(other.#numberAt(i));
  }

  #growable(): number[] {
    if (!Array.isArray(this.#numbers)) throw new Error('crosscheck: a packed mention list cannot grow');
    return this.#numbers;
  }

  /** Copy the numbers into `into` at `at` (a snapshot's numbers); returns where the next list goes. */
  copyInto(into: Int32Array, at: number): number {
    const numbers = this.#numbers;
    if (numbers instanceof MentionRun) for (let i = 0; i < numbers.length; i++) into[at + i] = numbers.at(i);
    else into.set(numbers, at);
    return at + numbers.length;
  }

  /** Copy the numbers into `into` at `at` and keep a view of them there; returns where the next list goes. */
  packInto(into: Int32Array, at: number): number {
    const end = this.copyInto(into, at);
    this.#numbers = into.subarray(at, end);
    return end;
  }

  #number(i: number, field: number): number {
    return this.#numberAt(i * MENTION_NUMBERS + field);
  }

  #numberAt(k: number): number {
    const numbers = this.#numbers;
    return numbers instanceof MentionRun ? numbers.at(k) : readAt(numbers, k, 'mention numbers');
  }

  sentenceAt(i: number): Sentence {
    return this.#places.sentence(this.#number(i, 0));
  }

  articleIdAt(i: number): string {
    return this.#places.articleId(this.#number(i, 0));
  }

  isNominalAt(i: number): boolean {
    return this.#number(i, 5) === 1;
  }

  /** The name as written, without making the mention. */
  nameTextAt(i: number): string {
    return this.#places.articleText(this.#number(i, 0)).slice(this.#number(i, 1), this.#number(i, 2));
  }

  at(i: number): Mention {
    const position = this.#number(i, 0);
    const text = this.#places.articleText(position);
    const span = (start: number, end: number): TextSpan => ({ start, end, text: text.slice(start, end) });
    const mention: Mention = { sentence: this.#places.sentence(position), name: span(this.#number(i, 1), this.#number(i, 2)) };
    const descriptorStart = this.#number(i, 3);
    if (descriptorStart >= 0) mention.descriptor = span(descriptorStart, this.#number(i, 4));
    if (this.isNominalAt(i)) mention.nominal = true;
    return mention;
  }

  *[Symbol.iterator](): Iterator<Mention> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }

  some(test: (mention: Mention) => unknown): boolean {
    for (const mention of this) if (test(mention)) return true;
    return false;
  }

  filter(test: (mention: Mention) => unknown): Mention[] {
    const kept: Mention[] = [];
    for (const mention of this) if (test(mention)) kept.push(mention);
    return kept;
  }

  map<T>(make: (mention: Mention) => T): T[] {
    const made: T[] = [];
    for (const mention of this) made.push(make(mention));
    return made;
  }
}
