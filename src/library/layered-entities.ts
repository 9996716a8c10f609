import { EntityTable, type EntityRecord, type EntitySnapshot } from '../analysis/entities.ts';
import { MENTION_NUMBERS, MentionList, SentencePlaces } from '../analysis/mention-list.ts';
import type { Article } from '../model/article.ts';
import { runInTurns, runToEnd } from '../model/run-to-end.ts';

/**
 * The entity table of a library with a few articles added or removed since it was built, without
 * merging every article's names again (1.4 s at 2,225 articles, ten times that at BBC ×10): the
 * built table and a small table over the added articles, with each added entity that the built
 * table already knows by its name (same kind) merged into one record, its mentions from both. So
 * `/who Gordon Brown` right after an /add lists the new article beside the old ones, and an entity
 * only the new article names is found too. The removed articles are left out of `articleIdsOf`;
 * an article changed on disk is both: its built version removed, its new one added under the same id.
 *
 * What it may give otherwise than a whole table: the whole table's merging rules (surnames joined
 * to full names, slipped given names, the alias lexicon) run across all articles, and may join an
 * added name to an entity under another name; here only the name itself joins. A stopgap until
 * the article store's background rebuild swaps the whole library in.
 *
 * A subclass of EntityTable (over no articles of its own) so that it stands wherever a library's
 * entity table does; its `entities` list is the built table's (merged records in place) followed
 * by the entities only the added articles name (see positionOfAdded).
 */
export class LayeredEntities extends EntityTable {
  readonly #base: EntityTable;
  readonly #added: EntityTable;
  readonly #addedIds: ReadonlySet<string>;
  readonly #hidden: ReadonlySet<string>;
  /** Each record of either table that has a merged record, with that record. */
  readonly #merged = new Map<EntityRecord, EntityRecord>();
  /** Each added entity's place in `entities`, by its place in the added table's list. */
  readonly positionOfAdded: Int32Array;

  /**
   * `base` is built over `baseArticles` (in that order), `added` over `addedArticles`; `hidden`
   * holds the ids of removed articles that `base` still holds, and `namedInHidden` the records of
   * `base` that those articles name (their mentions there are left out). `merging` is what
   * mergeInSlices gave for these same arguments (layerEntities), made here when left out.
   */
  constructor(
    base: EntityTable,
    baseArticles: readonly Article[],
    added: EntityTable,
    addedArticles: readonly Article[],
    hidden: ReadonlySet<string>,
    namedInHidden: readonly EntityRecord[] = [],
    merging?: Merging,
  ) {
    super([]);
    this.#base = base;
    this.#added = added;
    this.#addedIds = new Set(addedArticles.map((article) => article.id));
    this.#hidden = hidden;
    const { merged, joins } = merging ?? runToEnd(mergeInSlices(base, baseArticles, added, addedArticles, hidden, namedInHidden));
    for (const [record, into] of merged) this.#merged.set(record, into);
    const baseAt = new Map<EntityRecord, number>();
    for (const record of base.entities) {
      baseAt.set(record, this.entities.length);
      this.entities.push(this.#mapped(record));
    }
    for (const [record, same] of joins) {
      const merged = this.#merged.get(same);
      if (merged) this.#merged.set(record, merged);
    }
    this.positionOfAdded = Int32Array.from(added.entities, (record) => {
      const same = joins.get(record);
      if (same) return baseAt.get(same) ?? -1;
      this.entities.push(record);
      return this.entities.length - 1;
    });
  }

  #mapped(record: EntityRecord): EntityRecord;
  #mapped(record: EntityRecord | undefined): EntityRecord | undefined;
  #mapped(record: EntityRecord | undefined): EntityRecord | undefined {
    return record && (this.#merged.get(record) ?? record);
  }

  /** Each record once, as merged, leaving out those only removed articles named. */
  #unique(records: readonly (EntityRecord | undefined)[]): EntityRecord[] {
    return [...new Set(records.map((record) => this.#mapped(record)))].filter((record): record is EntityRecord => record !== undefined && record.mentions.length > 0);
  }

  override find(name: string): EntityRecord | undefined {
    return this.#unique([this.#base.find(name)])[0] ?? this.#unique([this.#added.find(name)])[0];
  }

  override peopleWithSurname(name: string): readonly EntityRecord[] {
    return this.#unique([...this.#base.peopleWithSurname(name), ...this.#added.peopleWithSurname(name)]);
  }

  override peopleWithGivenName(name: string): readonly EntityRecord[] {
    return this.#unique([...this.#base.peopleWithGivenName(name), ...this.#added.peopleWithGivenName(name)]);
  }

  override namedAloneAs(name: string): readonly EntityRecord[] {
    return this.#unique([...this.#base.namedAloneAs(name), ...this.#added.namedAloneAs(name)]);
  }

  override similar(name: string, limit = 5): EntityRecord[] {
    return this.#unique([...this.#base.similar(name, limit), ...this.#added.similar(name, limit)]).slice(0, limit);
  }

  override entityWrittenIn(articleId: string, name: string): EntityRecord | undefined {
    if (this.#hidden.has(articleId) && !this.#addedIds.has(articleId)) return undefined;
    return this.#mapped(this.#addedIds.has(articleId) ? this.#added.entityWrittenIn(articleId, name) : this.#base.entityWrittenIn(articleId, name));
  }

  /** A hidden id that is added again (a file changed on disk) stands for the added article: the built one's mentions are gone already. */
  override articleIdsOf(entity: EntityRecord): string[] {
    return super.articleIdsOf(entity).filter((id) => !this.#hidden.has(id) || this.#addedIds.has(id));
  }

  override prepareNameSearch(): void {
    this.#base.prepareNameSearch();
    this.#added.prepareNameSearch();
  }

  override *prepareNameSearchInSlices(slice: number): Generator<void> {
    yield* this.#base.prepareNameSearchInSlices(slice);
    yield* this.#added.prepareNameSearchInSlices(slice);
  }

  override *listWrittenNamesInSlices(slice: number): Generator<void> {
    yield* this.#base.listWrittenNamesInSlices(slice);
    yield* this.#added.listWrittenNamesInSlices(slice);
  }

  /** Never asked: a library with layers is not saved, its whole rebuild is (see rebuildIntoSnapshot). */
  override toSnapshot(): EntitySnapshot & { mentions: Int32Array } {
    throw new Error('crosscheck: a layered entity table is not saved; build the library whole instead');
  }
}

/** The records LayeredEntities merges: each built record with its merged one, and the built record each added one joins. */
export interface Merging {
  merged: Map<EntityRecord, EntityRecord>;
  joins: Map<EntityRecord, EntityRecord>;
}

/**
 * The merged records of a LayeredEntities (see its constructor for the arguments), yielding after
 * numbering every article's sentences (a walk of 22,000 articles at BBC ×10), after finding the
 * hidden ones, and after each record: a record every article names (a country, a broadcaster) has thousands of mentions and
 * descriptors to copy, and an added article joins dozens of them.
 */
function* mergeInSlices(
  base: EntityTable,
  baseArticles: readonly Article[],
  added: EntityTable,
  addedArticles: readonly Article[],
  hidden: ReadonlySet<string>,
  namedInHidden: readonly EntityRecord[],
): Generator<void, Merging> {
  // Mentions are kept as sentence positions (see MentionList): the added articles' sentences
  // numbered after the built ones, so a merged list reads both through one set of places.
  const places = new SentencePlaces([...baseArticles, ...addedArticles]);
  yield;
  const offset = baseArticles.reduce((sum, article) => sum + article.sentences.length, 0);
  const merged = new Map<EntityRecord, EntityRecord>();
  // A removed article's mentions go: never cited, never counted.
  const hiddenAt = hiddenPositions(baseArticles, hidden);
  yield;
  for (const record of namedInHidden) {
    merged.set(record, withoutMentionsAt(record, hiddenAt, places, hidden));
    yield;
  }
  // The built record each added one joins, when the built table knows its name.
  const joins = new Map<EntityRecord, EntityRecord>();
  for (const record of added.entities) {
    const same = base.find(record.name);
    if (!same || same.kind !== record.kind) continue;
    // The built records' positions stand as they are on the joint places: their articles come first, in the same order.
    merged.set(same, mergeRecords(merged.get(same) ?? same, record, places, offset));
    joins.set(record, same);
    yield;
  }
  return { merged, joins };
}

/** A LayeredEntities (see its constructor), with a turn of the event loop after each record it merges. */
export async function layerEntities(
  base: EntityTable,
  baseArticles: readonly Article[],
  added: EntityTable,
  addedArticles: readonly Article[],
  hidden: ReadonlySet<string>,
  namedInHidden: readonly EntityRecord[] = [],
): Promise<LayeredEntities> {
  const merging = await runInTurns(mergeInSlices(base, baseArticles, added, addedArticles, hidden, namedInHidden));
  return new LayeredEntities(base, baseArticles, added, addedArticles, hidden, namedInHidden, merging);
}

/**
 * One record for an entity the built table (`into`) and an added article (`from`) both name: the
 * built record's name and kind, both records' aliases and descriptors, and both mention lists, the
 * added one's positions moved past the built articles' sentences by `offset`.
 */
function mergeRecords(into: EntityRecord, from: EntityRecord, places: SentencePlaces, offset: number): EntityRecord {
  const numbers = new Int32Array((into.mentions.length + from.mentions.length) * MENTION_NUMBERS);
  const at = into.mentions.copyInto(numbers, 0);
  from.mentions.copyInto(numbers, at);
  for (let i = at; i < numbers.length; i += MENTION_NUMBERS) numbers[i] = (numbers[i] ?? 0) + offset;
  const descriptors = new Map<string, Set<string>>();
  for (const [descriptor, ids] of [...into.descriptors, ...from.descriptors]) descriptors.set(descriptor, new Set([...(descriptors.get(descriptor) ?? []), ...ids]));
  const aliases = [...new Set([...into.aliases, ...from.aliases, ...(from.name === into.name ? [] : [from.name])])];
  return { name: into.name, kind: into.kind, aliases, descriptors, mentions: new MentionList(places, numbers) };
}

/** The sentence positions (see SentencePlaces) of the hidden articles among `articles`, as [start, end) ranges. */
function hiddenPositions(articles: readonly Article[], hidden: ReadonlySet<string>): [number, number][] {
  const ranges: [number, number][] = [];
  let at = 0;
  for (const article of articles) {
    if (hidden.has(article.id)) ranges.push([at, at + article.sentences.length]);
    at += article.sentences.length;
  }
  return ranges;
}

/** `record` without its mentions at the positions `hiddenAt`, nor descriptors only hidden articles use. */
function withoutMentionsAt(record: EntityRecord, hiddenAt: readonly [number, number][], places: SentencePlaces, hidden: ReadonlySet<string>): EntityRecord {
  const numbers = new Int32Array(record.mentions.length * MENTION_NUMBERS);
  record.mentions.copyInto(numbers, 0);
  const kept: number[] = [];
  for (let i = 0; i < numbers.length; i += MENTION_NUMBERS) {
    const position = numbers[i] ?? 0;
    if (!hiddenAt.some(([start, end]) => position >= start && position < end)) kept.push(...numbers.subarray(i, i + MENTION_NUMBERS));
  }
  const descriptors = new Map<string, Set<string>>();
  for (const [descriptor, ids] of record.descriptors) {
    const shown = [...ids].filter((id) => !hidden.has(id));
    if (shown.length > 0) descriptors.set(descriptor, new Set(shown));
  }
  return { ...record, descriptors, mentions: new MentionList(places, Int32Array.from(kept)) };
}
