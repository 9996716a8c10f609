import type { Alignment } from './alignment.ts';
import type { Quotation } from '../analysis/certainty.ts';
import type { EntityTable, Mention } from '../analysis/entities.ts';
import { type Certainty, SOURCE_KINDS, type SourceKind } from '../model/answer.ts';
import type { Article, Sentence } from '../model/article.ts';
import { readAt } from '../model/read-at.ts';
import { checkAllBelow } from '../model/check-all-below.ts';
import { runToEnd } from '../model/run-to-end.ts';
import { termOf, tokenize } from '../text/normalise.ts';

/**
 * Lookups over the whole library that a command would otherwise rebuild, or scan every article
 * or sentence for, on each query. Built once with the library from its other parts, and saved in
 * the snapshot, all but the article names (built on first use: only `/source` and `/cite` read
 * them). Building the source cues and quoted speakers parses every article's certainty analysis,
 * which a restored library reads only when a command asks for it (see SavedAnalyses): 3 s at
 * 89,000 articles during which no other command was answered. Building each sentence's entity
 * mentions and the claims articles share took 0.7 s of a 4.7 s start from the snapshot through the
 * CLI at 22,250 articles; restored, they are typed arrays over the snapshot's bytes.
 */

/** An entity's mention, with the entity's place in the library's entity list. */
export interface EntityMention {
  entity: number;
  mention: Mention;
}

/** The kinds of source a profile lists (`ProfileSource['kind']`). */
export type SourceCueKind = SourceKind;

/** The parts of a library the lookups are built from. */
export interface LookupSources {
  articles: readonly Article[];
  entities: EntityTable;
  alignment: Alignment;
  certaintyOf(sentence: Sentence): Certainty | undefined;
  quotationsOf(articleId: string): readonly Quotation[];
}

/** What a snapshot keeps of the lookups: see Lookups. */
export interface LookupsSnapshot {
  sourceCues: SourceCuesPart;
  speakers: QuotedSpeakersPart;
  mentions: MentionsPart;
  shares: SharesPart;
}

/** Sentence p's entity mentions are mention `mention[i]` of entity `entity[i]`, for i from `first[p]` to `first[p + 1] - 1`. */
export interface MentionsPart {
  first: Int32Array;
  entity: Int32Array;
  mention: Int32Array;
}

/** Article a has `alone[a]` sentences no other article reports, and shares `count[i]` sentences with article `article[i]`, for i from `first[a]` to `first[a + 1] - 1`. */
export interface SharesPart {
  alone: Int32Array;
  first: Int32Array;
  article: Int32Array;
  count: Int32Array;
}

/** A quotation with its article. */
export interface QuotationInArticle {
  articleId: string;
  quotation: Quotation;
}

export class Lookups {
  readonly #places: Places;
  readonly #mentions: Mentions;
  readonly #shares: Shares;
  #names: ArticleNames | undefined;
  readonly #cues: SourceCues;
  readonly #speakers: QuotedSpeakers;
  readonly #sources: LookupSources;

  /**
   * Build the lookups, or restore the saved ones from a snapshot of these same articles; throws when it does not fit.
   * `restored` is only for restoreInSlices: the saved parts, restored and checked.
   */
  constructor(sources: LookupSources, saved?: LookupsSnapshot, restored?: RestoredLookups) {
    const parts = restored ?? (saved ? runToEnd(restoreParts(sources, saved)) : undefined);
    const { articles, entities, alignment } = sources;
    this.#sources = sources;
    this.#places = parts?.places ?? new Places(articles);
    this.#mentions = parts?.mentions ?? Mentions.build(this.#places, entities);
    this.#shares = parts?.shares ?? Shares.build(this.#places, alignment);
    this.#cues = parts?.cues ?? SourceCues.build(articles, sources.certaintyOf);
    this.#speakers = parts?.speakers ?? QuotedSpeakers.build(articles, sources.quotationsOf);
  }

  /**
   * The saved lookups restored as the constructor restores them, yielding after each part is
   * checked: a library handed over from the rebuild worker is restored while the bot answers, and
   * the parts together held other answers for about 0.1 s at BBC ×10.
   */
  static *restoreInSlices(sources: LookupSources, saved: LookupsSnapshot): Generator<void, Lookups> {
    return new Lookups(sources, saved, yield* restoreParts(sources, saved));
  }

  /** The lookups a snapshot keeps. */
  toSnapshot(): LookupsSnapshot {
    return { sourceCues: this.#cues.toPart(), speakers: this.#speakers.toPart(), mentions: this.#mentions.part, shares: this.#shares.part };
  }

  get #articleNames(): ArticleNames {
    this.#names ??= new ArticleNames(this.#places.articles);
    return this.#names.complete();
  }

  /**
   * Read the articles' names and headline words ahead, yielding after every `slice` articles (see Library.warmUp): built
   * on first use instead, they held the first `/source` after a start 0.18 s at BBC ×10, other answers waiting.
   */
  *prepareArticleNamesInSlices(slice: number): Generator<void> {
    this.#names ??= new ArticleNames(this.#places.articles);
    yield* this.#names.fillInSlices(slice);
  }

  /** The entity mentions in a sentence, in the order of the library's entity list; none for a sentence the library does not hold. */
  mentionsOf(sentence: Sentence): EntityMention[] {
    return this.#mentions.of(this.#places.positionOf(sentence));
  }

  /** How many of the article's sentences carry no claim (no other article reports them); 0 for an id the library does not hold. */
  sentencesAlone(articleId: string): number {
    return this.#shares.alone(this.#places.articleAt(articleId));
  }

  /**
   * Each other article that shares a claim with this one, and how many of this article's
   * sentences it shares one with; in no particular order. None for an id the library does not hold.
   */
  sentencesSharedWith(articleId: string): { articleId: string; sentences: number }[] {
    return this.#shares.sharedWith(this.#places.articleAt(articleId)).map(({ article, sentences }) => ({ articleId: this.#places.articleIn(article).id, sentences }));
  }

  /** The first article, in library order, whose lowercased id or file name is `name`. */
  articleNamed(name: string): Article | undefined {
    return this.#articleNames.named(name);
  }

  /** The articles whose lowercased id starts with `prefix`, in library order. */
  articlesWithIdPrefix(prefix: string): Article[] {
    return this.#articleNames.withIdPrefix(prefix);
  }

  /** The articles whose headline and outlet together hold every one of `terms` (search terms, as termsOf gives them), in library order. */
  articlesWithHeadlineTerms(terms: readonly string[]): Article[] {
    return this.#articleNames.withHeadlineTerms(terms);
  }

  /**
   * The kind of the first named, media, anonymous or vague cue, in article and sentence order,
   * whose lowercased text holds `name` (lowercase); undefined when none does.
   */
  sourceCueKindHolding(name: string): SourceCueKind | undefined {
    return this.#cues.kindHolding(name);
  }

  /**
   * The first `limit` quotations, in article order, whose speaker (as the article writes it)
   * `speaks` accepts. Each distinct speaker is asked once: at 22,000 articles asking for every
   * quotation took longer than the rest of /who. `inArticle`, when given, then decides each
   * quotation whose speaker `speaks` accepts, knowing its article: a short name ("Mr Clarke") is
   * someone only within the article that names them in full.
   */
  quotationsBy(speaks: (speaker: string) => boolean, limit: number, inArticle?: (articleId: string, speaker: string) => boolean): QuotationInArticle[] {
    const kept: QuotationInArticle[] = [];
    // Decided before the article's analysis is read: a restored library parses it on first use.
    for (const { article, quotation, speaker } of this.#speakers.quotationsBy(speaks, inArticle ? Number.POSITIVE_INFINITY : limit)) {
      if (kept.length >= limit) break;
      const { id } = this.#places.articleIn(article);
      if (inArticle && !inArticle(id, speaker)) continue;
      const found = this.#sources.quotationsOf(id)[quotation];
      if (!found) throw new Error(`crosscheck: the quoted speakers name quotation ${quotation} of ${id}, which its analysis does not hold`);
      kept.push({ articleId: id, quotation: found });
    }
    return kept;
  }
}

/** The saved lookups' parts, restored and checked (see Lookups.restoreInSlices). */
interface RestoredLookups {
  places: Places;
  mentions: Mentions;
  shares: Shares;
  cues: SourceCues;
  speakers: QuotedSpeakers;
}

/** The saved lookups' parts restored, each checked to fit, yielding after each; throws when one does not fit. */
function* restoreParts(sources: LookupSources, saved: LookupsSnapshot): Generator<void, RestoredLookups> {
  const places = new Places(sources.articles);
  yield;
  const mentions = Mentions.restore(saved.mentions, places, sources.entities);
  yield;
  const shares = Shares.restore(saved.shares, sources.articles.length);
  yield;
  const cues = SourceCues.restore(saved.sourceCues);
  yield;
  const speakers = QuotedSpeakers.restore(saved.speakers, sources.articles.length);
  return { places, mentions, shares, cues, speakers };
}

// Typed arrays and number lists read at an index in range take `?? 0`, which never applies (the
// fallback keeps the result a `!` gave); other lists are read with readAt, which names a miss.

/**
 * Entries grouped by the position each belongs to (`positionOf[entry]`, below `positions`), in
 * their own order within a position: position p's are `order[first[p]]` to `order[first[p + 1] - 1]`.
 * A counting sort, linear in entries and positions.
 */
function groupByPosition(positionOf: Int32Array, positions: number): { first: Int32Array; order: Int32Array } {
  const first = new Int32Array(positions + 1);
  for (const position of positionOf) first[position + 1] = (first[position + 1] ?? 0) + 1;
  for (let p = 0; p < positions; p++) first[p + 1] = (first[p + 1] ?? 0) + (first[p] ?? 0);
  const next = first.slice(0, positions);
  const order = new Int32Array(positionOf.length);
  positionOf.forEach((position, entry) => {
    const at = next[position] ?? 0;
    next[position] = at + 1;
    order[at] = entry;
  });
  return { first, order };
}

/** Where each article, and each sentence among all the articles' sentences, stands. */
class Places {
  readonly articles: readonly Article[];
  readonly sentences: number;
  readonly #byId = new Map<string, { article: number; first: number; count: number }>();

  constructor(articles: readonly Article[]) {
    this.articles = articles;
    let sentences = 0;
    articles.forEach((article, position) => {
      this.#byId.set(article.id, { article: position, first: sentences, count: article.sentences.length });
      sentences += article.sentences.length;
    });
    this.sentences = sentences;
  }

  /** The article at `position`, one the library's own parts name: a position it does not hold is a bug. */
  articleIn(position: number): Article {
    return readAt(this.articles, position, 'articles');
  }

  /** The article's position; -1 for an id the library does not hold. */
  articleAt(articleId: string): number {
    return this.#byId.get(articleId)?.article ?? -1;
  }

  /** The sentence's position among all the articles' sentences; -1 for a sentence the library does not hold. */
  positionOf(sentence: Sentence): number {
    const place = this.#byId.get(sentence.articleId);
    return place && sentence.index >= 0 && sentence.index < place.count ? place.first + sentence.index : -1;
  }

  #lastId: string | undefined;
  #lastPlace: { first: number; count: number } | undefined;

  /**
   * As positionOf, for a sentence one of the library's own parts names: one it does not hold is
   * a bug. Runs of sentences of one article (an entity's mentions) look the article up once.
   */
  heldPositionOf(sentence: Sentence): number {
    if (sentence.articleId !== this.#lastId) {
      this.#lastId = sentence.articleId;
      this.#lastPlace = this.#byId.get(sentence.articleId);
    }
    const place = this.#lastPlace;
    if (!place || sentence.index < 0 || sentence.index >= place.count) throw new Error(`crosscheck: the library's parts name sentence ${sentence.id}, which its articles do not hold`);
    return place.first + sentence.index;
  }
}

/** Each sentence's entity mentions, in entity order. */
class Mentions {
  readonly part: MentionsPart;
  readonly #entities: EntityTable;

  private constructor(part: MentionsPart, entities: EntityTable) {
    this.part = part;
    this.#entities = entities;
  }

  static build(places: Places, entities: EntityTable): Mentions {
    let total = 0;
    for (const entity of entities.entities) total += entity.mentions.length;
    const positions = new Int32Array(total);
    const entityOf = new Int32Array(total);
    const mentionOf = new Int32Array(total);
    let at = 0;
    entities.entities.forEach((entity, e) => {
      for (let m = 0; m < entity.mentions.length; m++, at++) {
        positions[at] = places.heldPositionOf(entity.mentions.sentenceAt(m));
        entityOf[at] = e;
        mentionOf[at] = m;
      }
    });
    // Listed in entity order, so each sentence's come out in entity order.
    const { first, order } = groupByPosition(positions, places.sentences);
    const entity = new Int32Array(total);
    const mention = new Int32Array(total);
    order.forEach((entry, k) => {
      entity[k] = entityOf[entry] ?? 0;
      mention[k] = mentionOf[entry] ?? 0;
    });
    return new Mentions({ first, entity, mention }, entities);
  }

  /** Throws when the part does not fit these sentences and entities. */
  static restore(part: MentionsPart, places: Places, entities: EntityTable): Mentions {
    const { first, entity, mention } = part;
    checkRuns(first, places.sentences, entity.length, 'entity mentions');
    if (mention.length !== entity.length) throw new Error('the lookups’ entity mentions do not fit together');
    entity.forEach((e, i) => {
      const held = entities.entities[e]?.mentions.length ?? 0;
      if (!((mention[i] ?? -1) >= 0 && (mention[i] ?? 0) < held)) throw new Error('the lookups name an entity mention the table does not hold');
    });
    return new Mentions(part, entities);
  }

  of(position: number): EntityMention[] {
    const found: EntityMention[] = [];
    if (position < 0) return found;
    const { first, entity, mention } = this.part;
    for (let i = first[position] ?? 0, end = first[position + 1] ?? 0; i < end; i++) {
      const e = entity[i] ?? 0;
      found.push({ entity: e, mention: readAt(this.#entities.entities, e, 'entities').mentions.at(mention[i] ?? 0) });
    }
    return found;
  }
}

/**
 * Checks that `first` splits `entries` entries into `runs` runs in order (one entry more than
 * runs, from 0 to `entries`, never falling), so every run read from it is in range.
 */
function checkRuns(first: Int32Array, runs: number, entries: number, what: string): void {
  if (first.length !== runs + 1 || first[0] !== 0 || first[runs] !== entries) throw new Error(`the lookups’ ${what} do not fit the library`);
  for (let i = 0; i < runs; i++) if ((first[i + 1] ?? 0) < (first[i] ?? 0)) throw new Error(`the lookups’ ${what} are out of order`);
}

/** Which claims each article shares with which other articles (the alignment, by article). */
class Shares {
  readonly part: SharesPart;

  private constructor(part: SharesPart) {
    this.part = part;
  }

  static build(places: Places, alignment: Alignment): Shares {
    const { articles } = places;
    // The claims of each sentence, by position.
    const claimArticles = alignment.claims.map((claim) => Int32Array.from(claim.articleIds, (id) => places.articleAt(id)));
    let total = 0;
    for (const claim of alignment.claims) total += claim.sentences.length;
    const positions = new Int32Array(total);
    const claimOf = new Int32Array(total);
    let s = 0;
    alignment.claims.forEach((claim, c) => {
      for (const sentence of claim.sentences) {
        positions[s] = places.heldPositionOf(sentence);
        claimOf[s++] = c;
      }
    });
    const { first: claimFirst, order } = groupByPosition(positions, places.sentences);
    const claimAt = new Int32Array(total);
    order.forEach((entry, k) => {
      claimAt[k] = claimOf[entry] ?? 0;
    });

    // Each article's sentences, each counted once for every other article one of its claims names.
    const alone = new Int32Array(articles.length);
    const first = new Int32Array(articles.length + 1);
    const shared = new Int32Array(articles.length);
    const lastSentence = new Int32Array(articles.length).fill(-1);
    const touched: number[] = [];
    const sharedArticle: number[] = [];
    const sharedCount: number[] = [];
    let p = 0;
    for (const [a, article] of articles.entries()) {
      for (const end = p + article.sentences.length; p < end; p++) {
        if (claimFirst[p] === claimFirst[p + 1]) alone[a] = (alone[a] ?? 0) + 1;
        for (let i = claimFirst[p] ?? 0, last = claimFirst[p + 1] ?? 0; i < last; i++) {
          for (const b of readAt(claimArticles, claimAt[i] ?? 0, 'claimArticles')) {
            if (b === a || b < 0 || lastSentence[b] === p) continue;
            lastSentence[b] = p;
            if (shared[b] === 0) touched.push(b);
            shared[b] = (shared[b] ?? 0) + 1;
          }
        }
      }
      for (const b of touched) {
        sharedArticle.push(b);
        sharedCount.push(shared[b] ?? 0);
        shared[b] = 0;
      }
      touched.length = 0;
      first[a + 1] = sharedArticle.length;
    }
    return new Shares({ alone, first, article: Int32Array.from(sharedArticle), count: Int32Array.from(sharedCount) });
  }

  /** Throws when the part does not fit these articles. */
  static restore(part: SharesPart, articles: number): Shares {
    const { alone, first, article, count } = part;
    checkRuns(first, articles, article.length, 'shared claims');
    if (alone.length !== articles || count.length !== article.length) throw new Error('the lookups’ shared claims do not fit together');
    checkAllBelow(article, articles, 'the lookups’ shared claims name an article the library does not hold');
    return new Shares(part);
  }

  alone(article: number): number {
    return article < 0 ? 0 : (this.part.alone[article] ?? 0);
  }

  sharedWith(article: number): { article: number; sentences: number }[] {
    const found: { article: number; sentences: number }[] = [];
    if (article < 0) return found;
    const { first, article: other, count } = this.part;
    for (let i = first[article] ?? 0, end = first[article + 1] ?? 0; i < end; i++) found.push({ article: other[i] ?? 0, sentences: count[i] ?? 0 });
    return found;
  }
}

/** Articles by id, file name, id prefix and headline words, as `/source` finds them. */
class ArticleNames {
  readonly #articles: readonly Article[];
  /** By lowercased id and file name: the first article that has either. */
  readonly #byName = new Map<string, Article>();
  /** Lowercased ids with the article's position, sorted by id, so the ids with one prefix are one stretch of it. */
  readonly #idsSorted: { id: string; position: number }[];
  /** For each headline or outlet term, the positions of the articles whose headline or outlet has it, ascending. */
  readonly #headlineTerms = new Map<string, number[]>();

  /** How many articles' names are read so far (see fillInSlices). */
  #filled = 0;
  /** A headline's words become terms as search reads them, each distinct word once. */
  readonly #terms = new Map<string, string | null>();

  constructor(articles: readonly Article[]) {
    this.#articles = articles;
    this.#idsSorted = articles.map((article, position) => ({ id: article.id.toLowerCase(), position })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.position - b.position));
  }

  /** Read the articles' names and headline words, yielding after every `slice` articles; until done, a query finishes the rest first. */
  *fillInSlices(slice: number): Generator<void> {
    const articles = this.#articles;
    while (this.#filled < articles.length) {
      const end = Math.min(articles.length, this.#filled + slice);
      for (let position = this.#filled; position < end; position++) this.#read(position);
      this.#filled = end;
      if (end < articles.length) yield;
    }
  }

  #read(position: number): void {
    const article = this.#articles[position];
    if (!article) return;
    for (const name of [article.id.toLowerCase(), article.file.toLowerCase()]) if (!this.#byName.has(name)) this.#byName.set(name, article);
    const own = new Set<string>();
    for (const { key } of tokenize(`${article.meta.headline ?? ''} ${article.meta.outlet ?? ''}`)) {
      let term = this.#terms.get(key);
      if (term === undefined) this.#terms.set(key, (term = termOf(key)));
      if (term === null || own.has(term)) continue;
      own.add(term);
      const list = this.#headlineTerms.get(term);
      if (list) list.push(position);
      else this.#headlineTerms.set(term, [position]);
    }
  }

  /** The names read whole, for a query. */
  complete(): this {
    for (const _ of this.fillInSlices(Number.POSITIVE_INFINITY));
    return this;
  }

  named(name: string): Article | undefined {
    return this.#byName.get(name);
  }

  withIdPrefix(prefix: string): Article[] {
    const ids = this.#idsSorted;
    let low = 0;
    let high = ids.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (readAt(ids, middle, 'idsSorted').id < prefix) low = middle + 1;
      else high = middle;
    }
    const positions: number[] = [];
    for (const { id, position } of ids.slice(low)) {
      if (!id.startsWith(prefix)) break;
      positions.push(position);
    }
    return positions.sort((a, b) => a - b).map((position) => readAt(this.#articles, position, 'articles'));
  }

  withHeadlineTerms(terms: readonly string[]): Article[] {
    if (terms.length === 0) return [...this.#articles];
    const [rarest = [], ...rest] = terms.map((term) => this.#headlineTerms.get(term) ?? []).sort((a, b) => a.length - b.length);
    const others = rest.map((list) => new Set(list));
    return rarest.filter((position) => others.every((set) => set.has(position))).map((position) => readAt(this.#articles, position, 'articles'));
  }
}

const SOURCE_CUE_KIND_LIST: readonly SourceCueKind[] = SOURCE_KINDS;
const SOURCE_CUE_KINDS: ReadonlySet<string> = new Set(SOURCE_CUE_KIND_LIST);

/** Between the cue texts in one searchable string: a name looked up there never holds it. */
const CUE_SEPARATOR = '\u0000';

/** SourceCues as a snapshot keeps them: the joined texts and each cue's kind, as its place in SOURCE_CUE_KIND_LIST. */
interface SourceCuesPart {
  joined: string;
  kinds: number[];
}

/** Every named, media, anonymous and vague cue of every sentence, lowercased, in article and sentence order. */
class SourceCues {
  /** The cue texts joined with separators, to search them all at once. */
  readonly #joined: string;
  /** Where each cue starts in `#joined`, and its kind. */
  readonly #start: Int32Array;
  readonly #kind: SourceCueKind[];

  /** Throws when `joined` does not hold one text for each of `kind`. */
  private constructor(joined: string, kind: SourceCueKind[]) {
    this.#joined = joined;
    this.#kind = kind;
    this.#start = new Int32Array(kind.length);
    let at = kind.length > 0 ? 0 : -1;
    for (let i = 0; i < kind.length; i++) {
      if (at < 0) throw new Error('the source cues have fewer texts than kinds');
      this.#start[i] = at;
      const separator = joined.indexOf(CUE_SEPARATOR, at);
      at = separator < 0 ? -1 : separator + 1;
    }
    if (at >= 0 || (kind.length === 0 && joined !== '')) throw new Error('the source cues have more texts than kinds');
  }

  static build(articles: readonly Article[], certaintyOf: (sentence: Sentence) => Certainty | undefined): SourceCues {
    const texts: string[] = [];
    const kinds: SourceCueKind[] = [];
    for (const article of articles) {
      for (const sentence of article.sentences) {
        for (const cue of certaintyOf(sentence)?.cues ?? []) {
          if (!SOURCE_CUE_KINDS.has(cue.kind)) continue;
          texts.push(cue.text.toLowerCase().replaceAll(CUE_SEPARATOR, ' '));
          kinds.push(cue.kind as SourceCueKind);
        }
      }
    }
    return new SourceCues(texts.join(CUE_SEPARATOR), kinds);
  }

  /** The cues a snapshot keeps; throws when the parts do not fit together. */
  static restore(part: SourceCuesPart): SourceCues {
    const kinds = part.kinds.map((kind) => SOURCE_CUE_KIND_LIST[kind]);
    if (typeof part.joined !== 'string' || kinds.some((kind) => kind === undefined)) throw new Error('the saved source cues name a kind there is not');
    return new SourceCues(part.joined, kinds as SourceCueKind[]);
  }

  toPart(): SourceCuesPart {
    return { joined: this.#joined, kinds: this.#kind.map((kind) => SOURCE_CUE_KIND_LIST.indexOf(kind)) };
  }

  kindHolding(name: string): SourceCueKind | undefined {
    // No cue text holds the separator (see build), so a name with it could only match across two.
    if (name.includes(CUE_SEPARATOR)) return undefined;
    const at = this.#joined.indexOf(name);
    if (at < 0 || this.#kind.length === 0) return undefined;
    // The cue that holds the first match is the last one to start at or before it.
    let low = 0;
    let high = this.#start.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.#start[middle] ?? 0) <= at) low = middle;
      else high = middle - 1;
    }
    return this.#kind[low];
  }
}

/** QuotedSpeakers as a snapshot keeps them: speaker i's quotations are entries `first[i]` to `first[i + 1] - 1`. */
interface QuotedSpeakersPart {
  speakers: string[];
  first: number[];
  /** Each entry's article, by its position in the library, and the quotation's place among the article's. */
  articles: number[];
  quotations: number[];
}

/** Every quotation with a speaker, by speaker as the article writes it, each speaker's in article order. */
class QuotedSpeakers {
  readonly #part: QuotedSpeakersPart;

  private constructor(part: QuotedSpeakersPart) {
    this.#part = part;
  }

  static build(articles: readonly Article[], quotationsOf: (articleId: string) => readonly Quotation[]): QuotedSpeakers {
    const bySpeaker = new Map<string, number[]>();
    articles.forEach((article, position) => {
      quotationsOf(article.id).forEach((quotation, place) => {
        if (quotation.speaker === null) return;
        let entries = bySpeaker.get(quotation.speaker);
        if (!entries) bySpeaker.set(quotation.speaker, (entries = []));
        entries.push(position, place);
      });
    });
    const part: QuotedSpeakersPart = { speakers: [...bySpeaker.keys()], first: [0], articles: [], quotations: [] };
    for (const entries of bySpeaker.values()) {
      for (let i = 0; i < entries.length; i += 2) {
        part.articles.push(entries[i] ?? 0);
        part.quotations.push(entries[i + 1] ?? 0);
      }
      part.first.push(part.articles.length);
    }
    return new QuotedSpeakers(part);
  }

  /** The speakers a snapshot keeps; throws when they do not fit a library of `articles` articles. */
  static restore(part: QuotedSpeakersPart, articles: number): QuotedSpeakers {
    const { speakers, first, articles: at, quotations } = part;
    const fits =
      first.length === speakers.length + 1 &&
      first[0] === 0 &&
      first[speakers.length] === at.length &&
      at.length === quotations.length &&
      first.every((entry, i) => i === 0 || entry >= (first[i - 1] ?? 0)) &&
      at.every((article) => Number.isInteger(article) && article >= 0 && article < articles) &&
      quotations.every((place) => Number.isInteger(place) && place >= 0);
    if (!fits) throw new Error('the saved quoted speakers do not fit the articles');
    return new QuotedSpeakers(part);
  }

  toPart(): QuotedSpeakersPart {
    return this.#part;
  }

  quotationsBy(speaks: (speaker: string) => boolean, limit: number): { article: number; quotation: number; speaker: string }[] {
    const { speakers, first, articles, quotations } = this.#part;
    const chosen: { article: number; quotation: number; speaker: string }[] = [];
    speakers.forEach((speaker, i) => {
      if (!speaks(speaker)) return;
      for (let entry = first[i] ?? 0, end = first[i + 1] ?? 0; entry < end; entry++) chosen.push({ article: articles[entry] ?? 0, quotation: quotations[entry] ?? 0, speaker });
    });
    return chosen.sort((a, b) => a.article - b.article || a.quotation - b.quotation).slice(0, limit);
  }
}
