import MiniSearch from 'minisearch';
import type { Article, Sentence, TextSpan } from '../model/article.ts';
import { ALIASES } from '../text/lexicons/aliases.ts';
import { NOT_NAME_WORDS, ORGANISATION_WORDS, PLACE_NAMES, PORTFOLIO_WORDS, POSSESSIVES_INSIDE_NAMES, TITLE_WORDS } from '../text/lexicons/entities.ts';
import { STOP_WORDS } from '../text/lexicons/stop-words.ts';
import { foldText } from '../text/normalise.ts';

export type EntityKind = 'person' | 'organisation' | 'place' | 'other';

/**
 * What a snapshot keeps of the entity table. A mention is five numbers: the sentence's position
 * among all the articles' sentences, the name's start and end, and the descriptor's (-1 when none);
 * their texts are sliced from the articles again.
 */
export interface EntitySnapshot {
  entities: { name: string; kind: EntityKind; aliases: string[]; descriptors: [string, string[]][]; mentions: number[] }[];
  keys: [string, number][];
}

/** One place an entity is named: the name as written and, if any, the title or gloss given with it. */
export interface Mention {
  sentence: Sentence;
  name: TextSpan;
  descriptor?: TextSpan;
}

/** A person, organisation or place, with every mention across the articles. */
export interface EntityRecord {
  name: string;
  kind: EntityKind;
  aliases: string[];
  /** Each descriptor as written, with the articles that use it. */
  descriptors: Map<string, Set<string>>;
  mentions: Mention[];
}

interface Word extends TextSpan {
  capitalised: boolean;
  possessive: boolean;
}

interface Run {
  sentence: Sentence;
  words: Word[];
  /** Text right after the run, to read a parenthesis: `Donetsk People’s Republic (KNR)`. */
  after: string;
  afterStart: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-.][\p{L}\p{M}\p{N}]+)*\.?(?:['’]s\b|(?<=s)['’](?!\p{L}))?/gu;
const CONNECTORS = new Set(['of', 'for', 'de', 'al', 'van', 'von', 'bin', 'da', 'la', 'del']);
const PARENTHESIS = /^\s*\(([^()]{1,80})\)/u;
const ACRONYM = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\p{Ll}]{2,8}$/u;
const ORG_DESCRIPTOR_AFTER = /^\s+(news agency|agency|newspaper|broadcaster|state media|television|radio)\b/u;

function keyOf(name: string): string {
  return foldText(name).replace(/^the\s+/, '').replace(/'s$/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function isAcronym(text: string): boolean {
  return ACRONYM.test(text) && text !== text.toLowerCase() && !/^\p{Lu}\p{Ll}+$/u.test(text);
}

/**
 * The people, organisations and places the articles name, read from capitalised runs of words,
 * with the titles they are given ("Deputy Defense Minister") and the short forms the articles or
 * the alias lexicon tie to them ("Goremykin" → "Viktor Goremykin", "KNR").
 */
export class EntityTable {
  readonly entities: EntityRecord[] = [];
  readonly #byKey = new Map<string, EntityRecord>();
  /** Every key that points at an entity, so a merge repoints its keys without scanning them all. */
  readonly #keysOf = new Map<EntityRecord, string[]>();
  readonly #names: MiniSearch<{ id: number; name: string }>;

  /**
   * Read the entities from the articles, or, given the snapshot of a table read from these same
   * articles, restore it. Throws when the snapshot does not fit.
   */
  constructor(articles: readonly Article[], snapshot?: EntitySnapshot) {
    if (snapshot) this.#restore(articles, snapshot);
    else this.#read(articles);
    for (const entity of this.entities) {
      if (entity.kind !== 'person') continue;
      const surname = this.#keyOf(entity.name).split(' ').at(-1)!;
      const people = this.#peopleBySurnameKey.get(surname);
      if (people) people.push(entity);
      else this.#peopleBySurnameKey.set(surname, [entity]);
    }
    this.#names = new MiniSearch({ fields: ['name'], storeFields: [], searchOptions: { fuzzy: 0.3, prefix: true } });
    const documents: { id: number; name: string }[] = [];
    for (const entity of this.entities) for (const name of [entity.name, ...entity.aliases]) documents.push({ id: documents.length, name });
    this.#nameOwners = documents.map((document) => this.#byKey.get(this.#keyOf(document.name))!);
    this.#names.addAll(documents);
    this.#keys.clear();
  }

  /** Keys of the names read while building: the same few thousand names recur in every article. */
  readonly #keys = new Map<string, string>();

  #keyOf(name: string): string {
    let key = this.#keys.get(name);
    if (key === undefined) {
      key = keyOf(name);
      this.#keys.set(name, key);
    }
    return key;
  }

  #read(articles: readonly Article[]): void {
    // A run's first word counts as a name when the articles capitalise it mid-sentence anywhere,
    // later articles included, so all the words are read before the runs. Reading them twice
    // costs less than holding every run of a large archive (millions of objects) until then.
    const capitalisedMidSentence = new Set<string>();
    for (const article of articles) {
      for (const sentence of article.sentences) {
        for (const word of wordsOf(sentence)) if (word.capitalised && !opensClause(sentence, word)) capitalisedMidSentence.add(word.text);
      }
    }
    for (const article of articles) {
      for (const sentence of article.sentences) for (const run of runsOf(sentence, wordsOf(sentence))) this.#readRun(run, capitalisedMidSentence);
    }
    this.#linkShortNames();
    this.#applyAliasLexicon();
    this.#dropMerged();
  }

  #restore(articles: readonly Article[], snapshot: EntitySnapshot): void {
    const sentences: Sentence[] = [];
    // Each sentence's article text by position: a look-up by article id for each of 700,000
    // mentions was a third of restoring them at 22,000 articles.
    const articleTexts: string[] = [];
    for (const article of articles) {
      for (const sentence of article.sentences) {
        sentences.push(sentence);
        articleTexts.push(article.text);
      }
    }
    // A name or descriptor may run past its sentence (a parenthesis after it), never past its article.
    const textOf = (at: number, start: number, end: number): TextSpan => {
      const text = articleTexts[at]!;
      if (!(start >= 0 && end <= text.length && start <= end)) throw new Error('an entity mention lies outside its article');
      return { start, end, text: text.slice(start, end) };
    };
    for (const saved of snapshot.entities) {
      const mentions: Mention[] = [];
      const numbers = saved.mentions;
      if (numbers.length % 5 !== 0) throw new Error('an entity’s mentions are cut short');
      for (let i = 0; i < numbers.length; i += 5) {
        const at = numbers[i]!;
        const sentence = sentences[at];
        if (!sentence) throw new Error('an entity mention names a sentence the articles do not have');
        const name = textOf(at, numbers[i + 1]!, numbers[i + 2]!);
        const descriptorStart = numbers[i + 3]!;
        mentions.push(descriptorStart < 0 ? { sentence, name } : { sentence, name, descriptor: textOf(at, descriptorStart, numbers[i + 4]!) });
      }
      const descriptors = new Map(saved.descriptors.map(([descriptor, ids]) => [descriptor, new Set(ids)]));
      this.entities.push({ name: saved.name, kind: saved.kind, aliases: saved.aliases, descriptors, mentions });
    }
    for (const [key, at] of snapshot.keys) {
      const entity = this.entities[at];
      if (!entity) throw new Error('an entity key names an entity the table does not have');
      this.#byKey.set(key, entity);
    }
  }

  /** Everything needed to restore this table over the same articles without reading them again. */
  toSnapshot(articles: readonly Article[]): EntitySnapshot {
    const sentenceAt = new Map<Sentence, number>();
    for (const article of articles) for (const sentence of article.sentences) sentenceAt.set(sentence, sentenceAt.size);
    const entityAt = new Map(this.entities.map((entity, i) => [entity, i]));
    return {
      entities: this.entities.map((entity) => ({
        name: entity.name,
        kind: entity.kind,
        aliases: entity.aliases,
        descriptors: [...entity.descriptors].map(([descriptor, ids]) => [descriptor, [...ids]]),
        mentions: entity.mentions.flatMap((mention) => [sentenceAt.get(mention.sentence)!, mention.name.start, mention.name.end, mention.descriptor?.start ?? -1, mention.descriptor?.end ?? -1]),
      })),
      keys: [...this.#byKey].map(([key, entity]) => [key, entityAt.get(entity)!]),
    };
  }

  readonly #nameOwners: EntityRecord[];

  #entity(name: string, kind: EntityKind): EntityRecord {
    const key = this.#keyOf(name);
    let entity = this.#byKey.get(key);
    if (!entity) {
      entity = { name, kind, aliases: [], descriptors: new Map(), mentions: [] };
      this.entities.push(entity);
      this.#setKey(key, entity);
    } else if (entity.kind === 'other' && kind !== 'other') {
      entity.kind = kind;
    }
    return entity;
  }

  #readRun(run: Run, capitalisedMidSentence: Set<string>): void {
    let words = run.words;
    while (words.length > 0 && (NOT_NAME_WORDS.has(words[0]!.text) || (opensClause(run.sentence, words[0]!) && !capitalisedMidSentence.has(words[0]!.text)))) words = words.slice(1);
    if (words.length === 0) return;
    const whole = spanOfWords(run.sentence, words, 0, words.length - 1);
    if (PLACE_NAMES.has(whole.text)) {
      this.#mention(this.#entity(whole.text, 'place'), run.sentence, whole);
      return;
    }
    let lastTitle = -1;
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!.text;
      if (TITLE_WORDS.has(word) || (lastTitle === i - 1 && (PORTFOLIO_WORDS.has(word) || (word === 'of' && i + 1 < words.length)))) lastTitle = i;
      else if (lastTitle >= 0 && i === lastTitle + 1 && PORTFOLIO_WORDS.has(word)) lastTitle = i;
    }
    if (lastTitle >= 0 && lastTitle < words.length - 1 && !words.slice(lastTitle + 1).some((word) => ORGANISATION_WORDS.has(word.text))) {
      const name = spanOfWords(run.sentence, words, lastTitle + 1, words.length - 1);
      const entity = this.#entity(name.text, 'person');
      this.#mention(entity, run.sentence, name, spanOfWords(run.sentence, words, 0, lastTitle));
      return;
    }
    if (lastTitle === words.length - 1) return;
    const organisation = words.some((word) => ORGANISATION_WORDS.has(word.text)) || isAcronym(whole.text);
    const placeLike = words.some((word) => word.text.split('-').some((part) => PLACE_NAMES.has(part)));
    const kind: EntityKind = organisation ? 'organisation' : words.length > 1 && !placeLike ? 'person' : 'other';
    const entity = this.#entity(whole.text, kind);
    const gloss = ORG_DESCRIPTOR_AFTER.exec(run.after);
    const descriptor = gloss ? { start: run.afterStart + gloss.index + gloss[0].length - gloss[1]!.length, end: run.afterStart + gloss[0].length, text: gloss[1]! } : undefined;
    if (descriptor) entity.kind = 'organisation';
    this.#mention(entity, run.sentence, whole, descriptor);
    const parenthesis = PARENTHESIS.exec(run.after);
    if (parenthesis) this.#readParenthesis(entity, run, parenthesis, whole);
  }

  /** `Rosgarde (a specialized Russian military unit)` glosses; `Donetsk People’s Republic (KNR)` abbreviates. */
  #readParenthesis(entity: EntityRecord, run: Run, parenthesis: RegExpExecArray, name: TextSpan): void {
    const inner = parenthesis[1]!.trim();
    const innerStart = run.afterStart + parenthesis[0].indexOf(inner);
    const innerSpan: TextSpan = { start: innerStart, end: innerStart + inner.length, text: inner };
    if (isAcronym(inner)) {
      const acronym = this.#entity(inner, 'organisation');
      this.#mention(acronym, run.sentence, innerSpan, name);
      if (!entity.aliases.includes(inner)) entity.aliases.push(inner);
    } else if (isAcronym(name.text) || entity.kind !== 'person') {
      this.#mention(entity, run.sentence, name, innerSpan);
    }
  }

  #mention(entity: EntityRecord, sentence: Sentence, name: TextSpan, descriptor?: TextSpan): void {
    entity.mentions.push({ sentence, name, ...(descriptor ? { descriptor } : {}) });
    if (descriptor) {
      const articles = entity.descriptors.get(descriptor.text) ?? new Set<string>();
      articles.add(sentence.articleId);
      entity.descriptors.set(descriptor.text, articles);
    }
    if (name.text !== entity.name && !entity.aliases.includes(name.text) && this.#keyOf(name.text) !== this.#keyOf(entity.name)) entity.aliases.push(name.text);
  }

  #setKey(key: string, entity: EntityRecord): void {
    const previous = this.#byKey.get(key);
    if (previous === entity) return;
    if (previous) {
      const keys = this.#keysOf.get(previous)!;
      keys.splice(keys.indexOf(key), 1);
    }
    this.#byKey.set(key, entity);
    const keys = this.#keysOf.get(entity);
    if (keys) keys.push(key);
    else this.#keysOf.set(entity, [key]);
  }

  /** "Goremykin" and "President Putin" are the person whose full name ends with that word. */
  #linkShortNames(): void {
    // Grouped by surname once: comparing every short name with every person is quadratic in the archive.
    const peopleBySurname = new Map<string, EntityRecord[]>();
    for (const entity of this.entities) {
      if (entity.kind !== 'person' || !entity.name.includes(' ')) continue;
      const surname = entity.name.split(/\s+/u).at(-1)!;
      const people = peopleBySurname.get(surname);
      if (people) people.push(entity);
      else peopleBySurname.set(surname, [entity]);
    }
    for (const entity of [...this.entities]) {
      if (entity.name.includes(' ') || entity.kind === 'organisation' || entity.kind === 'place') continue;
      const owners = peopleBySurname.get(entity.name);
      if (owners?.length === 1) this.#merge(entity, owners[0]!);
    }
  }

  #applyAliasLexicon(): void {
    for (const forms of ALIASES) {
      const present = forms.map((form) => this.#byKey.get(this.#keyOf(form))).filter((entity): entity is EntityRecord => entity !== undefined);
      const unique = [...new Set(present)];
      if (unique.length === 0) continue;
      const target = unique[0]!;
      for (const other of unique.slice(1)) this.#merge(other, target);
      // Every form finds the entity, but only forms the articles write are shown as its aliases.
      const written = new Set(target.mentions.map((mention) => this.#keyOf(mention.name.text)));
      for (const form of forms) {
        if (form !== target.name && !target.aliases.includes(form) && written.has(this.#keyOf(form))) target.aliases.push(form);
        this.#setKey(this.#keyOf(form), target);
      }
      if (target.kind === 'other') target.kind = 'organisation';
    }
  }

  #merge(from: EntityRecord, into: EntityRecord): void {
    if (from === into) return;
    for (const mention of from.mentions) into.mentions.push(mention);
    for (const [descriptor, articles] of from.descriptors) {
      const existing = into.descriptors.get(descriptor) ?? new Set<string>();
      for (const id of articles) existing.add(id);
      into.descriptors.set(descriptor, existing);
    }
    for (const alias of [from.name, ...from.aliases]) if (alias !== into.name && !into.aliases.includes(alias)) into.aliases.push(alias);
    for (const key of [...(this.#keysOf.get(from) ?? [])]) this.#setKey(key, into);
    this.#keysOf.delete(from);
    this.#merged.add(from);
  }

  readonly #merged = new Set<EntityRecord>();
  /** People by the key of their last name, for `/who Putin`; scanning every entity per query is too slow at scale. */
  readonly #peopleBySurnameKey = new Map<string, EntityRecord[]>();

  /** Merged entities leave the list in one pass at the end: splicing each one out is quadratic. */
  #dropMerged(): void {
    let kept = 0;
    for (const entity of this.entities) if (!this.#merged.has(entity)) this.entities[kept++] = entity;
    this.entities.length = kept;
    this.#merged.clear();
  }

  /** The entity a name refers to: its name, an alias or a person's surname, case and accents aside. */
  find(name: string): EntityRecord | undefined {
    const key = keyOf(name);
    const exact = this.#byKey.get(key);
    if (exact || key === '' || key.includes(' ')) return exact;
    const bySurname = this.#peopleBySurnameKey.get(key);
    return bySurname?.length === 1 ? bySurname[0] : undefined;
  }

  /** Entities whose names are spelt like `name` (a misspelling, a prefix), best first. */
  similar(name: string, limit = 5): EntityRecord[] {
    const owners: EntityRecord[] = [];
    for (const result of this.#names.search(name)) {
      const owner = this.#nameOwners[result.id as number];
      if (owner && !owners.includes(owner)) owners.push(owner);
      if (owners.length >= limit) break;
    }
    return owners;
  }

  /** Article ids that mention the entity, in order. */
  articleIdsOf(entity: EntityRecord): string[] {
    return [...new Set(entity.mentions.map((mention) => mention.sentence.articleId))].sort();
  }
}

/** The text of words `from` to `to` of a sentence, as a span of its article. */
function spanOfWords(sentence: Sentence, words: readonly Word[], from: number, to: number): TextSpan {
  const start = words[from]!.start;
  const end = words[to]!.end;
  return { start, end, text: sentence.text.slice(start - sentence.start, end - sentence.start) };
}

/** Opening quote marks: a capital right after one says nothing, as at the start of a sentence. */
const OPENING_QUOTES = new Set(["'", '"', '‘', '“']);
const CLAUSE_OPENERS = new Set([':', ';', ...OPENING_QUOTES]);
const WHITE_SPACE = /\s/u;

function isWhiteSpace(char: string): boolean {
  return char === ' ' || (char > ' ' ? char.charCodeAt(0) >= 0x80 && WHITE_SPACE.test(char) : char >= '\t' && char <= '\r');
}

/**
 * True for a word that opens the sentence or a quotation in it, where capitals say nothing: only
 * white space and quote marks before it, or a colon, semicolon or quote mark as the last thing
 * before it. Read backwards from the word, so a long sentence costs no more than a short one.
 */
function opensClause(sentence: Sentence, word: Word): boolean {
  const text = sentence.text;
  let at = word.start - sentence.start - 1;
  while (at >= 0 && isWhiteSpace(text[at]!)) at--;
  return at < 0 || CLAUSE_OPENERS.has(text[at]!);
}

const UPPERCASE_FIRST = /^\p{Lu}/u;
const INITIALS = /^(?:\p{Lu}\.)+$/u;

function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  return first < 0x80 ? first >= 0x41 && first <= 0x5a : UPPERCASE_FIRST.test(word);
}

const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2019;

function wordsOf(sentence: Sentence): Word[] {
  const words: Word[] = [];
  const text = sentence.text;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const whole = match[0];
    let raw = whole;
    // A trailing `'s` or `'` marks a possessive (`Russia’s`, `soldiers'`), except inside a name (`People's`).
    const last = raw.charCodeAt(raw.length - 1);
    const marked = isApostrophe(last) ? 1 : last === 0x73 && raw.length > 1 && isApostrophe(raw.charCodeAt(raw.length - 2)) ? 2 : 0;
    if (marked > 0) raw = raw.slice(0, raw.length - marked);
    const possessive = marked > 0 && !POSSESSIVES_INSIDE_NAMES.has(raw);
    if (marked > 0 && !possessive) raw = whole;
    // A final period is the sentence's, not the word's, except after initials (`U.S.`) and titles (`Gen.`).
    if (raw.endsWith('.') && !INITIALS.test(raw) && !TITLE_WORDS.has(raw)) raw = raw.slice(0, -1);
    const start = sentence.start + match.index;
    words.push({ text: raw, start, end: start + raw.length, capitalised: isCapitalised(raw), possessive });
  }
  return words;
}

/** Add `current` to `runs` without its trailing lowercase words (connectors), unless none is left. */
function closeRun(runs: Run[], sentence: Sentence, current: Word[]): void {
  while (current.length > 0 && !current[current.length - 1]!.capitalised) current.pop();
  if (current.length === 0) return;
  const end = current[current.length - 1]!.end;
  runs.push({ sentence, words: current, after: sentence.text.slice(end - sentence.start, end - sentence.start + 90), afterStart: end });
}

/** Capitalised runs of words ("Deputy Minister of Defense Viktor Goremykin"); a possessive ends a run. */
function runsOf(sentence: Sentence, words: Word[]): Run[] {
  const runs: Run[] = [];
  const text = sentence.text;
  let current: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const previous = current.length > 0 ? current[current.length - 1] : undefined;
    // Joined by exactly one space (or no-break space) to the run so far.
    const gap = previous ? text.charCodeAt(previous.end - sentence.start) : 0;
    const joins = previous !== undefined && word.start - previous.end === 1 && (gap === 0x20 || gap === 0xa0) && !previous.possessive;
    if (word.capitalised && !STOP_WORDS.has(word.text.toLowerCase()) || (word.capitalised && joins)) {
      if (!joins) {
        closeRun(runs, sentence, current);
        current = [];
      }
      current.push(word);
      if (word.possessive) {
        closeRun(runs, sentence, current);
        current = [];
      }
    } else if (joins && CONNECTORS.has(word.text) && words[i + 1]?.capitalised) {
      current.push(word);
    } else {
      closeRun(runs, sentence, current);
      current = [];
    }
  }
  closeRun(runs, sentence, current);
  return runs;
}
