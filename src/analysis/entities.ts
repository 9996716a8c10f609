import MiniSearch from 'minisearch';
import type { Article, TextSpan } from '../model/article.ts';
import { ALIASES } from '../text/lexicons/aliases.ts';
import { COMPANY_NAME_ENDINGS, GIVEN_NAME_TITLES, HONORIFICS, NAME_PARTICLES, REGNAL_TITLES, TITLE_WORDS } from '../text/lexicons/entities.ts';
import { GIVEN_NAME_VARIANTS, TRANSLITERATED_LETTERS } from '../text/lexicons/given-name-variants.ts';
import { isGivenName, sexOfGivenName } from '../text/given-name-sex.ts';
import { SEX_OF_TITLE, SEX_OF_WORD } from '../text/lexicons/source-names.ts';
import { foldText } from '../text/normalise.ts';
import { decodeLetterReferences } from '../text/character-references.ts';
import { isAdjectiveWord, isCommonWord, MENTION_FIELDS, mayBeSurnameAlone, opensWithGivenName, type ArticleEntities, type ArticleEntity, type EntityKind } from './entity-mentions.ts';
import { readEntityMentionsSafely } from './safe-reading.ts';
import { readAt, readKey } from '../model/read-at.ts';
import { MENTION_NUMBERS, MentionList, MentionPages, SentencePlaces, type PagedInts } from './mention-list.ts';
import { runToEnd } from '../model/run-to-end.ts';

export type { EntityKind } from './entity-mentions.ts';
export type { Mention } from './mention-list.ts';

/**
 * What a snapshot keeps of the entity table. A mention is six numbers (see MENTION_NUMBERS): the
 * sentence's position among all the articles' sentences, the name's start and end, the
 * descriptor's (-1 when none), and 1 for a nominal reference; their texts are sliced from the
 * articles again. Every entity's mentions are in one array, in entity order, so a snapshot saves
 * them as bytes and a restored table reads them in place: as JSON, parsing their 4 million
 * numbers at BBC ×10 was a large part of a start.
 */
export interface EntitySnapshot {
  entities: { name: string; kind: EntityKind; aliases: string[]; descriptors: [string, string[]][]; mentionCount: number }[];
  /** In memory, or read from disk a page at a time and each page's mentions checked when first read (see MentionPages). */
  mentions: Int32Array | PagedInts;
  keys: [string, number][];
}

/** A person, organisation, place or outlet, with every mention across the articles. */
export interface EntityRecord {
  name: string;
  kind: EntityKind;
  aliases: string[];
  /** Each descriptor as written, with the articles that use it. */
  descriptors: Map<string, Set<string>>;
  mentions: MentionList;
}

/** True when `start`–`end` is a span of a text `length` long. */
function spanWithin(start: number, end: number, length: number): boolean {
  return start >= 0 && end <= length && start <= end;
}

/** Given-name forms by their formal name, folded: "bernie" → "bernard". */
const FORMAL_GIVEN_NAME = new Map(GIVEN_NAME_VARIANTS.map((variant) => [foldText(variant.form), foldText(variant.name)]));
/** Endings that do not change which company is meant: "Deutsche Telekom AG", "WorldCom Inc". */
const COMPANY_SUFFIX = / (?:inc|plc|ltd|llc|corp|corporation|co|ag|sa|nv|group|holdings)$/u;

function keyOf(name: string): string {
  return foldText(decodeLetterReferences(name))
    .replace(/^the\s+/, '')
    .replace(/'s$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Honorifics folded as keys give them ("mr", "dr"), which do not tell two people apart. */
const HONORIFIC_KEYS = new Set([...HONORIFICS].map((title) => keyOf(title)));

/** The key without the honorifics before the name: "Mr Clarke" → "clarke". */
function untitledKeyOf(name: string): string {
  const words = keyOf(name).split(' ');
  let first = 0;
  while (first < words.length - 1 && HONORIFIC_KEYS.has(readAt(words, first, 'words'))) first++;
  return words.slice(first).join(' ');
}

/** True when `name` holds the whole of `short`, word for word, its honorifics aside: "Michael Howard" holds "Mr Howard". */
export function holdsWholeName(name: string, short: string): boolean {
  return ` ${keyOf(name)} `.includes(` ${untitledKeyOf(short)} `);
}

/** The key under which an article's written name is listed for `entityWrittenAmong`: its words without the honorifics. */
export function writtenNameKey(text: string): string {
  return untitledKeyOf(text);
}

/**
 * The entity `name` stands for among the names one article writes (`written`, each with its key, writtenNameKey), as
 * EntityTable.entityWrittenIn reads it.
 */
export function entityWrittenAmong(written: readonly { readonly key: string; readonly entity: EntityRecord }[], name: string): EntityRecord | undefined {
  const short = untitledKeyOf(name);
  const wanted = ` ${short} `;
  let best: EntityRecord | undefined;
  let bestLength = 0;
  let tied = false;
  for (const { key, entity } of written) {
    if (key.length < bestLength || !wanted.includes(` ${key} `)) continue;
    if (key.length > bestLength) {
      best = entity;
      bestLength = key.length;
      tied = false;
    } else if (entity !== best) tied = true;
  }
  if (best || tied || short === '') return tied ? undefined : best;
  // A speaker written shorter than any name the article gives ("Clarke" where it writes only
  // "Charles Clarke") is the one person there whose name ends so.
  const owners = new Set(written.filter(({ key, entity }) => entity.kind === 'person' && key.endsWith(` ${short}`)).map(({ entity }) => entity));
  return owners.size === 1 ? [...owners][0] : undefined;
}

/**
 * The key under which two articles' names are taken for one entity: a person's given name by its
 * formal form ("Bernie Ebbers" → "bernard ebbers"), an organisation's name without spaces,
 * hyphens or a company-form ending ("Wal-Mart", "Walmart" → "walmart").
 */
function identityKeyOf(name: string, kind: EntityKind): string {
  const key = keyOf(name);
  if (kind === 'person') {
    const words = key.split(' ');
    if (words.length > 1) words[0] = FORMAL_GIVEN_NAME.get(readAt(words, 0, 'words')) ?? readAt(words, 0, 'words');
    return words.join(' ');
  }
  if (kind !== 'place') return key.replace(COMPANY_SUFFIX, '').replace(/ /g, '');
  return key;
}

/**
 * The shortest given name read as a slip of another's spelling. Measured on the 2,225 BBC articles
 * (docs/entities.md, "Misspelt names"): every pair of people with one family name whose given
 * names are one slip apart and 5 letters or more was one person ("Mihkail"/"Mikhail", "Eliot"/
 * "Elliot", "Malcom"/"Malcolm"); every such pair of shorter names was two ("Tim"/"Kim Collins",
 * "Nick"/"Mick McCarthy", "Dan"/"Ian Brown").
 */
const MIN_SLIPPED_GIVEN_NAME = 5;

/** True when `a` becomes `b` by one slip: a letter replaced, added or dropped, or two neighbours swapped. */
function oneSlipApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length < long.length) return short.slice(i) === long.slice(i + 1);
  return short.slice(i + 1) === long.slice(i + 1) || (short[i] === long[i + 1] && short[i + 1] === long[i] && short.slice(i + 2) === long.slice(i + 2));
}

/** The fewest letters a short form must add to make the full given name ("Chris" / "Christopher"): "Ann" / "Anne" may be two women. */
const MIN_SHORT_FORM_GAIN = 2;
/** The fewest letters of a short form: "Al" and "Jo" stand for too many names. */
const MIN_SHORT_FORM = 3;

/** A folded given name with the letters of TRANSLITERATED_LETTERS rewritten and doubled letters single: "aleksey", "alexei" → "alexi". */
function transliterationOf(given: string): string {
  let letters = given;
  for (const { spelling, as, at } of TRANSLITERATED_LETTERS)
    letters = at === 'end' ? (letters.endsWith(spelling) ? letters.slice(0, -spelling.length) + as : letters) : letters.replaceAll(spelling, as);
  return letters.replace(/(\p{L})\1/gu, '$1');
}

/**
 * True when two folded given names may be one name written two ways, as far as their letters show: a short form that opens
 * the full one ("chris" / "christopher", "geoff" / "geoffrey") and stands for no other name by GIVEN_NAME_VARIANTS, both
 * names the name lists know, or two transliterations ("aleksey" / "alexei"), one of them known. The sexes are not compared
 * here: "Chris" may open "Christine" as well, which makes a form fit two people (see EntityTable#joinVariantNames).
 */
function givenNameVariants(a: string, b: string): boolean {
  if (a === b || !(isGivenName(a) || isGivenName(b))) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const listed = FORMAL_GIVEN_NAME.get(short);
  if (
    isGivenName(short) &&
    isGivenName(long) &&
    short.length >= MIN_SHORT_FORM &&
    long.length - short.length >= MIN_SHORT_FORM_GAIN &&
    long.startsWith(short) &&
    (listed === undefined || listed === long)
  )
    return true;
  return short.length >= MIN_SLIPPED_GIVEN_NAME && transliterationOf(a) === transliterationOf(b);
}

/**
 * True when two people's folded names (words) are one name written two ways: a given name written in one word and in two
 * ("dhirubhai ambani" / "dhiru bhai ambani"), a family name's particle written or dropped ("rodrigo de rato" / "rodrigo rato"),
 * or the same family name after given names that are variants of one (givenNameVariants). Never a middle name or initial
 * written or dropped: "George Bush" may be George W Bush's father, "Jerry Lewis" is no Jerry Lee Lewis.
 */
function nameVariants(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < 2 || b.length < 2 || a.join(' ') === b.join(' ') || a.at(-1) !== b.at(-1)) return false;
  if (a.join('') === b.join('')) return true;
  const withoutParticles = (words: readonly string[]): string => words.filter((word, i) => i === 0 || i === words.length - 1 || !NAME_PARTICLES.has(word)).join(' ');
  if (withoutParticles(a) === withoutParticles(b)) return true;
  return a.length === b.length && a.slice(1).join(' ') === b.slice(1).join(' ') && givenNameVariants(readAt(a, 0, 'a'), readAt(b, 0, 'b'));
}

/** How many times as many articles the spelling of one sex must have as a slip to the other's (see {@link slipOfTheOthersSex}). */
const SLIP_MAJORITY = 3;
/** The fewest articles a spelling must have to take in a slip to the other sex's spelling of its given name. */
const SLIP_OWNER_ARTICLES = 3;

/**
 * True when `variant`, whose given name marks the other sex than `owner`'s (`Justin`, `Justine`), is a slip of `owner`'s
 * spelling: they are the only two people of that family name in the library (`familyCount`), `owner` is in many articles and
 * at least SLIP_MAJORITY times as many as `variant`, and neither an honorific written with `variant` (`Mr Justin Keller`) nor a
 * word in its sentences (`his`, `brother`) marks the sex its spelling does. A reader then takes the few for a typing slip of
 * the many.
 */
function slipOfTheOthersSex(variant: { entity: EntityRecord; given: string; articles: number }, owner: { given: string; articles: number }, familyCount: number): boolean {
  if (familyCount !== 2 || owner.articles < SLIP_OWNER_ARTICLES || owner.articles < SLIP_MAJORITY * variant.articles) return false;
  const ownerSex = sexOfGivenName(owner.given);
  const honorific = honorificSexOf(variant.entity);
  if (honorific !== undefined && honorific !== ownerSex) return false;
  // `Her brother Justin Keller was watching`: a word of the spelling's own sex beside it says it is someone else.
  return !variant.entity.mentions.some((mention) => (mention.sentence.text.toLowerCase().match(/[\p{L}']+/gu) ?? []).some((word) => SEX_OF_WORD.has(word) && SEX_OF_WORD.get(word) !== ownerSex));
}

/** Honorifics that say nothing of rank: "Mr Greenspan" may be any Greenspan. */
const PLAIN_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr']);
const WORD_BEFORE = /([\p{L}.]+)\s+$/u;

/** The sex the honorifics before an entity's mentions mark (`Mrs Wilkinson`, `Sir John`), when they mark one sex only. */
function honorificSexOf(entity: EntityRecord): 'female' | 'male' | undefined {
  const sexes = new Set<string>();
  for (const mention of entity.mentions) {
    if (mention.nominal) continue;
    const before = WORD_BEFORE.exec(mention.sentence.text.slice(0, mention.name.start - mention.sentence.start))?.[1];
    const sex = before === undefined ? undefined : SEX_OF_TITLE.get(before.replace(/\.$/u, '').toLowerCase());
    if (sex === 'female' || sex === 'male') sexes.add(sex);
  }
  const [only] = sexes;
  return sexes.size === 1 && (only === 'female' || only === 'male') ? only : undefined;
}

/**
 * The titles an entity is written with, in lower case: title words right before a mention ("Lord
 * Archer", "President Carter") or in its descriptors ("Mr Justice"), plain honorifics aside; with
 * `anyDescriptorWord`, every word of its descriptors too ("Federal Reserve chairman").
 */
function titlesOf(entity: EntityRecord, anyDescriptorWord: boolean): Set<string> {
  const titles = new Set<string>();
  const add = (word: string): void => {
    const title = word.replace(/\.$/u, '').toLowerCase();
    if ((anyDescriptorWord || TITLE_WORDS.has(word)) && !PLAIN_HONORIFICS.has(title)) titles.add(title);
  };
  for (const mention of entity.mentions) {
    if (mention.nominal) continue;
    const before = WORD_BEFORE.exec(mention.sentence.text.slice(0, mention.name.start - mention.sentence.start))?.[1];
    if (before && TITLE_WORDS.has(before)) add(before);
    for (const word of mention.descriptor?.text.split(/\s+/u) ?? []) add(word);
  }
  for (const descriptor of entity.descriptors.keys()) for (const word of descriptor.split(/\s+/u)) add(word);
  return titles;
}

/**
 * One article's entities with each surname it writes alone ("Ebbers denied …" opening a
 * sentence, which the reading keeps apart) put on the one person of that article whose full name
 * ends with it: within its own article a surname is that person. A surname the article gives as a
 * person's ("Mr McManus") also claims a full name read as something else ("Irishmen JP McManus",
 * "married publisher Kimberly Quinn"), which is then a person. A given name alone goes the same
 * way to the one full name that opens with it ("Robin" after "Robin van Persie"). Left alone when
 * the article names no such name, or two.
 */
function surnamesOnFullNames(locals: readonly ArticleEntity[], text: string): ArticleEntity[] {
  const fullNames = locals.filter((local) => !local.tentative && local.kind !== 'place' && local.kind !== 'media' && /\s/u.test(local.name));
  if (fullNames.length === 0) return [...locals];
  const people = new Set<ArticleEntity>();
  const joined = locals.map((local) => {
    if (local.kind !== 'person' && local.kind !== 'other') return local;
    if (INITIAL_AND_SURNAME.test(local.name)) {
      // "R O'Gara" in a line-up, "Ronan O'Gara" in the report: the one full name of that surname with that initial.
      const [initial = '', surname] = local.name.split(/\s+/u);
      const owners = fullNames.filter((named) => {
        const words = named.name.split(/\s+/u);
        // Two words only: "C Jones" on Sale's bench is no "Chris Rhys Jones" of the report, whose surname may be "Rhys Jones".
        return named.kind === 'person' && words.length === 2 && words.at(-1) === surname && !INITIAL.test(words[0] ?? '') && words[0]?.startsWith(initial.replace('.', '')) === true;
      });
      const [owner] = owners;
      return owner && owners.length === 1 ? { name: owner.name, kind: 'person' as const, aliases: [], mentions: local.mentions } : local;
    }
    if (/\s/u.test(local.name)) return local;
    const owners = fullNames.filter(
      (named) =>
        named.name.split(/\s+/u).at(-1) === local.name && (named.kind === 'person' || (local.kind === 'person' && !local.tentative && (named.kind === 'other' || opensWithGivenName(named.name)))),
    );
    // `No-one is putting the blame on Robin` after `Robin van Persie`: a given name alone is the one person the article
    // names in full with it, when no one's surname it is.
    // (Not an adjective, which alone is something else: `Royal` beside `Royal Mail`.)
    // (Nor a word the article writes after a title that takes a surname, when it writes that full name's surname alone too:
    // `Mr Howard` beside `Howard Flight … Mr Flight` is someone else. `Mr Kim` beside `Kim Yungmin`, whose article never
    // writes `Yungmin` alone, is he: a family name written first.)
    const givenTo =
      owners.length === 0 && !local.tentative && !isAdjectiveWord(local.name)
        ? fullNames.filter((named) => named.name.split(/\s+/u)[0] === local.name && (named.kind === 'person' || named.kind === 'other'))
        : [];
    // How the article writes `local` is read once, not again for each full name it might be.
    const asSurname = givenTo.length > 0 && writtenAsSurname(local, text);
    const afterRegnal = givenTo.length > 0 && writtenAfter(local, text, isRegnal);
    const byGivenName = givenTo.filter(
      (named) =>
        !(asSurname && surnameWrittenAlone(named, text)) &&
        // `Prince Charles` beside `Charles Kennedy` is someone else; `Prince Alwaleed` after `Prince Alwaleed bin Talal` is he.
        !(afterRegnal && !writtenAfter(named, text, isRegnal)),
    );
    // (A first word alone says nothing of what the name is: `Amnesty` beside `Amnesty International` keeps its kind.)
    if (owners.length === 0) {
      const [named] = byGivenName;
      return named && byGivenName.length === 1 ? { name: named.name, kind: named.kind, aliases: [], mentions: local.mentions } : local;
    }
    const [owner] = owners;
    if (!owner || owners.length !== 1) return local;
    people.add(owner);
    return { name: owner.name, kind: 'person' as const, aliases: [], mentions: local.mentions };
  });
  return joined.map((local) => (people.has(local) && local.kind !== 'person' ? { ...local, kind: 'person' as const } : local));
}

/**
 * True when the article writes the one-word `local` after an honorific or title that takes a surname ("Mr Howard", "Lord
 * Howard", "President Bush"), not one that takes a given name ("Sir Howard", GIVEN_NAME_TITLES): the word is a surname there.
 */
function writtenAsSurname(local: ArticleEntity, text: string): boolean {
  return writtenAfter(local, text, (before) => (HONORIFICS.has(before) || TITLE_WORDS.has(before)) && !GIVEN_NAME_TITLES.has(before));
}

const isRegnal = (word: string): boolean => REGNAL_TITLES.has(word);

/** True when the article writes `local`, in its body, right after a word `titles` accepts. */
function writtenAfter(local: ArticleEntity, text: string, titles: (before: string) => boolean): boolean {
  const numbers = local.mentions;
  for (let i = 0; i < numbers.length; i += MENTION_FIELDS) {
    if (numbers[i + 5] === 1) continue;
    const start = readAt(numbers, i + 1, 'numbers');
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
    if (before !== undefined && titles(before)) return true;
  }
  return false;
}

/** True when the article writes the full name `named` by its last word alone ("Mr Flight" after "Howard Flight"). */
function surnameWrittenAlone(named: ArticleEntity, text: string): boolean {
  const surname = named.name.split(/\s+/u).at(-1);
  const numbers = named.mentions;
  for (let i = 0; i < numbers.length; i += MENTION_FIELDS) if (numbers[i + 5] !== 1 && text.slice(readAt(numbers, i + 1, 'numbers'), readAt(numbers, i + 2, 'numbers')) === surname) return true;
  return false;
}

/** The first word of a name ("Hyundai" of "Hyundai Motor"). */
function firstWordOf(name: string): string {
  return name.trim().split(/\s+/u, 1)[0] ?? '';
}

/** True when `name` is a company's short name and words COMPANY_NAME_ENDINGS lists ("Hyundai Motor", "Altria Group"). */
function endsAsCompany(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  return words.length > 1 && words.slice(1).every((word) => COMPANY_NAME_ENDINGS.has(word.replace(/\.$/u, '').toLowerCase()));
}

/** Where an article's entity is first written in its body, the headline aside; -1 when only the headline names it. */
function firstInBody(local: ArticleEntity, article: Article): number {
  let first = -1;
  for (let i = 0; i < local.mentions.length; i += MENTION_FIELDS) {
    const start = readAt(local.mentions, i + 1, 'mentions');
    if (local.mentions[i + 5] !== 1 && start >= article.body.start && (first < 0 || start < first)) first = start;
  }
  return first;
}

/** True when one of an entity's mentions stands inside its sentence, after another word, where a capital says it is a name. */
function writtenMidSentence(local: ArticleEntity, article: Article): boolean {
  for (let i = 0; i < local.mentions.length; i += MENTION_FIELDS) {
    const sentence = article.sentences[readAt(local.mentions, i, 'mentions')];
    if (sentence && /[\p{L}\p{N}]/u.test(article.text.slice(sentence.start, readAt(local.mentions, i + 1, 'mentions')))) return true;
  }
  return false;
}

/**
 * One article's entities with a company's short name ("Hyundai expects …") put on the one full name the article wrote
 * before it that opens with it and ends in legal forms or the company's trade ("South Korea's Hyundai Motor"; endsAsCompany),
 * which is then an organisation: the article names one firm in full, then short. Left alone:
 * - when two such full names open with it;
 * - when the body writes the short name first ("the well-known Kingfisher lager brand", then "Kingfisher Airlines"): it is
 *   then something the article names before the company, as a headline may ("Continental 'may run out of cash'");
 * - a common word written only where it opens sentences ("Steel prices rose" beside "Iron and Steel Co.");
 * - a place, a person or an outlet written alone.
 */
function shortCompanyNamesOnFullNames(locals: readonly ArticleEntity[], article: Article): ArticleEntity[] {
  const fullNames = new Map<string, ArticleEntity[]>();
  for (const local of locals) {
    if (local.tentative || local.kind === 'place' || local.kind === 'media' || !endsAsCompany(local.name)) continue;
    const short = firstWordOf(local.name);
    fullNames.set(short, [...(fullNames.get(short) ?? []), local]);
  }
  if (fullNames.size === 0) return [...locals];
  // "Mitsubishi Tokyo Financial Group" beside "Mitsubishi Motors": a short name other full names open with too is no one firm's.
  const opening = new Map<string, number>();
  for (const local of locals) if (!oneWord(local.name)) opening.set(firstWordOf(local.name), (opening.get(firstWordOf(local.name)) ?? 0) + 1);
  const companies = new Set<string>();
  const joined = locals.map((local) => {
    const owners = local.kind === 'organisation' || local.kind === 'other' ? fullNames.get(local.name) : undefined;
    const [owner] = owners ?? [];
    if (!owner || owners?.length !== 1 || opening.get(local.name) !== 1) return local;
    const shortFirst = firstInBody(local, article);
    const fullFirst = firstInBody(owner, article);
    if (fullFirst < 0 || (shortFirst >= 0 && shortFirst < fullFirst)) return local;
    if (isCommonWord(local.name) && !writtenMidSentence(local, article)) return local;
    companies.add(owner.name);
    return { name: owner.name, kind: 'organisation' as const, aliases: [], mentions: local.mentions };
  });
  return joined.map((local) => (companies.has(local.name) && local.kind !== 'organisation' ? { ...local, kind: 'organisation' as const } : local));
}

/** One capital, perhaps with a full stop: a given name written as its initial ("R", "J."). */
const INITIAL = /^\p{Lu}\.?$/u;
/** A person written by the initial of the given name and the surname, as team sheets write players ("R O'Gara", "J. Smith"). */
const INITIAL_AND_SURNAME = /^\p{Lu}\.?\s+\p{Lu}\S+$/u;

/** True for a name of one word ("Harrison", "Ford"). */
function oneWord(name: string): boolean {
  return !/\s/u.test(name.trim());
}

/** The surnames (keys) of the people some article names in full, opening with a given name ("Alan Greenspan" → "greenspan"). */
function surnamesOfFullNames(readings: readonly (readonly ArticleEntity[])[]): Set<string> {
  const surnames = new Set<string>();
  for (const locals of readings)
    for (const local of locals)
      if (local.kind === 'person' && !local.tentative && !oneWord(local.name) && opensWithGivenName(local.name)) surnames.add(keyOf(local.name.trim().split(/\s+/u).at(-1) ?? ''));
  return surnames;
}

/**
 * The people, organisations, places and media the articles name (read per article by
 * readEntityMentions, which links the mentions each article links itself), merged across
 * articles where the names are one: the same name, a familiar form of the same given name
 * ("Bernie"/"Bernard Ebbers"), two spellings of one company ("WorldCom"/"Worldcom"), and the
 * forms the alias lexicon ties together. A surname is joined to a full name only within an
 * article that writes both: an article that says only "Mr Clarke" never says which Clarke, so
 * its "Clarke" stays an entity of its own, even where the other articles name one Clarke alone.
 */
/** The readings restoreInSlices passes the constructor: it reads no article, the snapshot is restored after it. */
const RESTORED_LATER: readonly ArticleEntities[] = [];

export class EntityTable {
  readonly entities: EntityRecord[] = [];
  readonly #byKey = new Map<string, EntityRecord>();
  /** Every key that points at an entity, so a merge repoints its keys without scanning them all. */
  readonly #keysOf = new Map<EntityRecord, string[]>();
  /** The names spelt-alike search (see similar), built on first use or by prepareNameSearch. */
  #nameSearch: { names: MiniSearch<{ id: number; name: string }>; owners: (EntityRecord | undefined)[] } | undefined;
  /**
   * Each article's own reading (readEntityMentions), by article id, kept so that a table rebuilt
   * for changed articles reads only those again: reading is most of building the table (6 of 7.7 s
   * at 2,225 BBC articles). Empty for a table restored from a snapshot, which keeps only the merged
   * table; its first rebuild reads every article once.
   */
  readonly readings = new Map<string, ArticleEntities>();
  /** The sentences the mentions' positions stand for. */
  readonly #places: SentencePlaces;

  /**
   * Read the entities from the articles, or, given the snapshot of a table read from these same
   * articles, restore it. `readings` are articles' entities already read (by the read workers);
   * the others are read here. Throws when the snapshot does not fit.
   */
  constructor(articles: readonly Article[], snapshot?: EntitySnapshot, readings: readonly ArticleEntities[] = []) {
    this.#places = new SentencePlaces(articles);
    if (snapshot) runToEnd(this.#restoreInSlices(snapshot, Number.POSITIVE_INFINITY));
    else if (readings !== RESTORED_LATER) {
      this.#read(articles, readings);
      this.#packMentions();
    }
    this.#fileBySurname();
  }

  /**
   * The table the constructor restores from `snapshot`, yielding after about `slice` mentions
   * checked: a hand-over restores it between answers (100-200 ms in one step at BBC x10).
   */
  static *restoreInSlices(articles: readonly Article[], snapshot: EntitySnapshot, slice: number): Generator<void, EntityTable> {
    const table = new EntityTable(articles, undefined, RESTORED_LATER);
    yield* table.#restoreInSlices(snapshot, slice);
    table.#fileBySurname();
    return table;
  }

  #fileBySurname(): void {
    for (const entity of this.entities) {
      if (entity.kind !== 'person') continue;
      // The last word as written, so a hyphenated surname (`Kilroy-Silk`) is one surname; a split gives at least one part.
      const surname = this.#keyOf(entity.name.trim().split(/\s+/u).at(-1) ?? '');
      const people = this.#peopleBySurnameKey.get(surname);
      if (people) people.push(entity);
      else this.#peopleBySurnameKey.set(surname, [entity]);
    }
    this.#keys.clear();
  }

  /**
   * Build the search similar() reads, ahead of its first use: about 0.1 s at BBC ×10, which a
   * start from the snapshot no longer pays before its first answer (a library reads it ahead).
   */
  prepareNameSearch(): void {
    this.#searchOfNames();
  }

  /** prepareNameSearch, yielding after every `slice` names added: 0.1-0.25 s in one step at BBC x10, held between answers. */
  *prepareNameSearchInSlices(slice: number): Generator<void> {
    if (!this.#nameSearch) this.#nameSearch = yield* this.#nameSearchInSlices(slice);
  }

  #searchOfNames(): { names: MiniSearch<{ id: number; name: string }>; owners: (EntityRecord | undefined)[] } {
    this.#nameSearch ??= runToEnd(this.#nameSearchInSlices(Number.POSITIVE_INFINITY));
    return this.#nameSearch;
  }

  *#nameSearchInSlices(slice: number): Generator<void, { names: MiniSearch<{ id: number; name: string }>; owners: (EntityRecord | undefined)[] }> {
    const names = new MiniSearch<{ id: number; name: string }>({ fields: ['name'], storeFields: [], searchOptions: { fuzzy: 0.3, prefix: true } });
    // Not every name is a key (`Putin` among the aliases of `Vladimir Putin`): similar() skips those it finds.
    const owners: (EntityRecord | undefined)[] = [];
    // Each name's key is made in the slice that learns it: made for all names at once, the keys held the first turn 30-60 ms at BBC x10.
    let documents: { id: number; name: string }[] = [];
    for (const entity of this.entities) {
      for (const name of [entity.name, ...entity.aliases]) {
        documents.push({ id: owners.length, name });
        owners.push(this.#byKey.get(keyOf(name)));
        if (documents.length < slice) continue;
        names.addAll(documents);
        documents = [];
        yield;
      }
    }
    names.addAll(documents);
    return { names, owners };
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

  #read(articles: readonly Article[], readings: readonly ArticleEntities[]): void {
    const given = new Map(readings.map((reading) => [reading.articleId, reading]));
    const tentative: [number, ArticleEntity][] = [];
    const allLocals = articles.map((article) => {
      const reading = given.get(article.id) ?? readEntityMentionsSafely(article);
      this.readings.set(article.id, reading);
      return surnamesOnFullNames(shortCompanyNamesOnFullNames(reading.entities, article), article.text);
    });
    this.#sharedSurnames = surnamesOfFullNames(allLocals);
    allLocals.forEach((locals, a) => {
      this.#readArticle(
        articles,
        a,
        locals.filter((local) => !local.tentative),
      );
      for (const local of locals) if (local.tentative) tentative.push([a, local]);
    });
    // A word read only where it opens sentences is a name when some article names it elsewhere.
    for (const [a, local] of tentative)
      if (this.#byKey.has(identityKeyOf(local.name, local.kind)) || this.#byKey.has(this.#keyOf(local.name)) || this.#surnames().has(local.name)) this.#readArticle(articles, a, [local]);
    this.#applyAliasLexicon();
    this.#joinSlippedGivenNames();
    this.#joinVariantNames();
    this.#joinInitialsToFullNames();
    this.#joinShortCompanyNames();
    this.#joinSurnamesToFullNames();
    this.#dropMerged();
  }

  /**
   * A person some articles name by surname alone ("Greenspan", "Mr Kilroy-Silk") joins the one
   * person the articles name in full with that surname ("Alan Greenspan"), as a reader of the set
   * would take him. Kept apart, since the articles never say it is he:
   * - when they name two or more people in full with it ("Clarke": Charles, Ken and Andy Clarke);
   * - when the word may be something other than a surname (a given name, "Charles"; a common
   *   word, "White"), or the full name opens with no given name ("Century Fagin", a misreading);
   * - when the surname alone carries a title the full name never has ("Lord Archer", "President
   *   Carter", "Mr Justice Harrison" beside an analyst Howard Archer, a Matt Carter, a William
   *   Harrison), which says it is someone else;
   * - unless the full name is met in more articles than the surname alone: a surname written
   *   alone as often as the full name (an airline's "Mr Clarke, of the airline body" beside one
   *   article on Charles Clarke) may as well be someone the set never names in full.
   */
  #joinSurnamesToFullNames(): void {
    // Full-named people by each shorter ending of their key: "robert kilroy silk" under "kilroy silk" and "silk".
    const byEnding = new Map<string, Set<EntityRecord>>();
    for (const entity of this.entities) {
      if (entity.kind !== 'person' || this.#merged.has(entity) || !opensWithGivenName(entity.name)) continue;
      const words = this.#keyOf(entity.name).split(' ');
      for (let i = 1; i < words.length; i++) {
        const ending = words.slice(i).join(' ');
        const owners = byEnding.get(ending);
        if (owners) owners.add(entity);
        else byEnding.set(ending, new Set([entity]));
      }
    }
    const alone = (entity: EntityRecord): boolean => entity.kind === 'person' && !this.#merged.has(entity) && !opensWithGivenName(entity.name) && mayBeSurnameAlone(entity.name);
    // A surname alone may be several entities, one per title it is written with (#titledSurnameKey): the articles that
    // write it alone, with a title or none, as a person's or as a word of unknown kind, are counted together.
    const articlesAlone = new Map<string, Set<string>>();
    for (const entity of this.entities) {
      if ((entity.kind !== 'person' && entity.kind !== 'other') || this.#merged.has(entity) || !oneWord(entity.name)) continue;
      const key = this.#keyOf(entity.name);
      const ids = articlesAlone.get(key) ?? new Set<string>();
      for (const id of this.articleIdsOf(entity)) ids.add(id);
      articlesAlone.set(key, ids);
    }
    for (const entity of this.entities) {
      if (!alone(entity)) continue;
      const owners = byEnding.get(this.#keyOf(entity.name));
      if (owners?.size !== 1) continue;
      const [owner] = owners;
      const writtenAlone = articlesAlone.get(this.#keyOf(entity.name))?.size ?? this.articleIdsOf(entity).length;
      if (!owner || this.articleIdsOf(owner).length <= writtenAlone) continue;
      // `his dance teacher Mrs Wilkinson` is no Jonny Wilkinson: an honorific of one sex before the surname, a given name of the other.
      const ownerSex = sexOfGivenName(this.#keyOf(owner.name).split(' ')[0] ?? '');
      const honorificSex = honorificSexOf(entity);
      if (ownerSex !== undefined && honorificSex !== undefined && ownerSex !== honorificSex) continue;
      const titles = titlesOf(owner, true);
      if ([...titlesOf(entity, false)].every((title) => titles.has(title))) this.#merge(entity, owner);
    }
  }

  /**
   * A person written by initial and surname alone ("R O'Gara" on a team sheet) joins the one person named in full whom an
   * article writes both ways (surnamesOnFullNames put the initialled form on "Ronan O'Gara" there): the articles link the
   * two forms, so a team sheet that gives only the initial is he. Kept apart when no article links them (a line-up's "J
   * Smith" is no minister Jacqui Smith for sharing her initial) or when articles link the form to two people.
   */
  #joinInitialsToFullNames(): void {
    // A team sheet's "D Peel (Llanelli)" may be read as of unknown kind: the form alone says it is a person's.
    const initialled = (entity: EntityRecord): boolean => (entity.kind === 'person' || entity.kind === 'other') && INITIAL_AND_SURNAME.test(entity.name);
    const linkedTo = new Map<string, Set<EntityRecord>>();
    for (const entity of this.entities) {
      if (entity.kind !== 'person' || this.#merged.has(entity) || INITIAL_AND_SURNAME.test(entity.name)) continue;
      for (const alias of entity.aliases) {
        if (!INITIAL_AND_SURNAME.test(alias)) continue;
        const key = this.#keyOf(alias);
        linkedTo.set(key, new Set([...(linkedTo.get(key) ?? []), entity]));
      }
    }
    this.#mergeIntoLinked(linkedTo, initialled);
  }

  /** Each entity `joins` accepts put on the one entity its name is linked to in `linkedTo`; linked to two, it may be either and stays. */
  #mergeIntoLinked(linkedTo: ReadonlyMap<string, ReadonlySet<EntityRecord>>, joins: (entity: EntityRecord) => boolean): void {
    for (const entity of this.entities) {
      if (this.#merged.has(entity) || !joins(entity)) continue;
      const owners = linkedTo.get(this.#keyOf(entity.name));
      const [owner] = owners ?? [];
      if (owner && owners?.size === 1) this.#merge(entity, owner);
    }
  }

  /**
   * A company some article names by its short name alone ("Korea's Hyundai was another big gainer") joins the one company
   * an article names both ways ("South Korea's Hyundai Motor … Hyundai expects", put together by shortCompanyNamesOnFullNames):
   * that article links the two forms. Kept apart when articles link the short name to two companies, and when none links it:
   * an article's "Kraft" is not taken for the "Kraft Foods" of another on the letters alone.
   */
  #joinShortCompanyNames(): void {
    const linkedTo = new Map<string, Set<EntityRecord>>();
    // Every full name the short name opens ("Mitsubishi Motors", "Mitsubishi Tokyo Financial Group"): with two, an article's
    // "Mitsubishi" alone may be either.
    const opening = new Map<string, number>();
    for (const entity of this.entities) {
      if (this.#merged.has(entity) || oneWord(entity.name)) continue;
      const key = this.#keyOf(firstWordOf(entity.name));
      opening.set(key, (opening.get(key) ?? 0) + 1);
    }
    for (const entity of this.entities) {
      if (entity.kind !== 'organisation' || this.#merged.has(entity) || !endsAsCompany(entity.name)) continue;
      const short = firstWordOf(entity.name);
      if (!entity.aliases.includes(short) || opening.get(this.#keyOf(short)) !== 1) continue;
      const key = this.#keyOf(short);
      linkedTo.set(key, new Set([...(linkedTo.get(key) ?? []), entity]));
    }
    this.#mergeIntoLinked(linkedTo, (entity) => (entity.kind === 'organisation' || entity.kind === 'other') && oneWord(entity.name));
    // `/who Daiwa` finds "Daiwa Securities" when no article writes "Daiwa" alone but the one that links the forms.
    for (const [key, owners] of linkedTo) {
      const [owner] = owners;
      if (owner && owners.size === 1 && !this.#byKey.has(key)) this.#setKey(key, owner);
    }
  }

  /**
   * A person whose given name is a slip of the spelling of another's with the same family name
   * ("Mihkail Khodorkovsky" in one article, "Mikhail Khodorkovsky" in 18; "Eliot"/"Elliot
   * Spitzer") joins the one the articles name most: a reader takes them for one man. Kept apart:
   * - given names shorter than MIN_SLIPPED_GIVEN_NAME, where one letter makes another common name
   *   ("Tim"/"Kim Collins", "Ian"/"Iain": two spellings of one name, but also two people's);
   * - names that mark two sexes ("Justin"/"Justine", "Louis"/"Louise"): two people, unless the family name is borne by no one
   *   else, the other sex's spelling is a slip in a few articles against many, and no honorific of that sex is written with
   *   it ("Justin Henin-Hardenne" in 2 articles, "Justine Henin-Hardenne" in 12: see {@link slipOfTheOthersSex});
   * - a title in place of a given name ("President", "Minister"), which is no spelling of a name,
   *   and any pair where neither word is a given name the name lists know: "Sport Interactive" (a
   *   BBC service) and "Sports Interactive" (a games firm), read as people, are two firms;
   * - a spelling one slip from two others of that family name: which one it is cannot be told.
   */
  #joinSlippedGivenNames(): void {
    const byFamilyName = new Map<string, { entity: EntityRecord; given: string; articles: number }[]>();
    for (const entity of this.entities) {
      if (entity.kind !== 'person' || this.#merged.has(entity)) continue;
      const written = entity.name.trim().split(/\s+/u)[0] ?? '';
      const words = this.#keyOf(entity.name).split(' ');
      const given = words[0] ?? '';
      if (words.length < 2 || given.length < MIN_SLIPPED_GIVEN_NAME || TITLE_WORDS.has(written) || HONORIFIC_KEYS.has(given)) continue;
      const familyName = words.slice(1).join(' ');
      const people = byFamilyName.get(familyName) ?? [];
      people.push({ entity, given, articles: this.articleIdsOf(entity).length });
      byFamilyName.set(familyName, people);
    }
    for (const people of byFamilyName.values()) {
      if (people.length < 2) continue;
      // The spelling most articles use first, so a rarer one joins it and not the other way round.
      people.sort((a, b) => b.articles - a.articles || b.entity.mentions.length - a.entity.mentions.length);
      for (let i = people.length - 1; i > 0; i--) {
        const variant = readAt(people, i, 'people');
        const sex = sexOfGivenName(variant.given);
        const owners = people.filter((other) => other !== variant && !this.#merged.has(other.entity) && oneSlipApart(variant.given, other.given));
        const [owner] = owners;
        if (!owner || owners.length !== 1 || people.indexOf(owner) > i || !(opensWithGivenName(owner.entity.name) || opensWithGivenName(variant.entity.name))) continue;
        const ownerSex = sexOfGivenName(owner.given);
        if (sex !== undefined && ownerSex !== undefined && sex !== ownerSex && !slipOfTheOthersSex(variant, owner, people.length)) continue;
        this.#merge(variant.entity, owner.entity);
      }
    }
  }

  /**
   * A person whose name is another's written another way (nameVariants: "Chris" / "Christopher Leslie", "Aleksey" / "Alexei
   * Miller", "Rodrigo de Rato" / "Rodrigo Rato", "Dhiru Bhai" / "Dhirubhai Ambani") joins the one the articles name most. Only
   * the given name's form, its spacing or a particle may differ, never the family name, so two people who share a surname
   * stay apart unless their given names are one name; given names of two sexes stay apart ("Chris" / "Christine"); and a
   * form that fits two people of that family name ("Chris Hale" beside a Christopher and a Christine Hale) joins neither.
   */
  #joinVariantNames(): void {
    const bySurname = new Map<string, { entity: EntityRecord; words: string[]; articles: number }[]>();
    for (const entity of this.entities) {
      if (entity.kind !== 'person' || this.#merged.has(entity) || TITLE_WORDS.has(entity.name.trim().split(/\s+/u)[0] ?? '')) continue;
      const words = this.#keyOf(entity.name).split(' ');
      if (words.length < 2 || HONORIFIC_KEYS.has(readAt(words, 0, 'words'))) continue;
      const people = bySurname.get(readAt(words, words.length - 1, 'words')) ?? [];
      people.push({ entity, words, articles: this.articleIdsOf(entity).length });
      bySurname.set(readAt(words, words.length - 1, 'words'), people);
    }
    for (const people of bySurname.values()) {
      if (people.length < 2) continue;
      people.sort((a, b) => b.articles - a.articles || b.entity.mentions.length - a.entity.mentions.length);
      for (let i = people.length - 1; i > 0; i--) {
        const variant = readAt(people, i, 'people');
        const variantsOf = (person: (typeof people)[number]): (typeof people)[number][] =>
          people.filter((other) => other !== person && !this.#merged.has(other.entity) && nameVariants(person.words, other.words));
        const owners = variantsOf(variant);
        const [owner] = owners;
        // Each the other's only variant: "Christopher Hale" fits "Chris Hale" alone, but "Chris" fits a Christine Hale too.
        if (!owner || owners.length !== 1 || people.indexOf(owner) > i || variantsOf(owner).length !== 1) continue;
        // "Chris" / "Christine": a man's short form is no woman's name.
        const sexes = [variant, owner].map((person) => sexOfGivenName(readAt(person.words, 0, 'words')));
        if (sexes[0] !== undefined && sexes[1] !== undefined && sexes[0] !== sexes[1]) continue;
        this.#merge(variant.entity, owner.entity);
      }
    }
  }

  /** Surnames (keys) of the people the articles name in full (see #titledSurnameKey). */
  #sharedSurnames: ReadonlySet<string> = new Set();

  /**
   * The key of one word read as a person, a surname that people the articles name in full bear, written with a title
   * ("Mr Justice Harrison", "Lord Archer"; plain honorifics aside): it joins only the same surname with the same titles in
   * other articles, never one written without them or with others (a line-up's "Harrison", "Mr Archer"), as a title that
   * differs says it is someone else. Undefined for any other name, which is keyed by its name.
   */
  #titledSurnameKey(local: ArticleEntity, text: string): string | undefined {
    if (local.kind !== 'person' || !oneWord(local.name) || !this.#sharedSurnames.has(this.#keyOf(local.name))) return undefined;
    const titles = new Set<string>();
    const add = (word: string): void => {
      const title = word.replace(/\.$/u, '');
      if (TITLE_WORDS.has(word) && !PLAIN_HONORIFICS.has(title.toLowerCase())) titles.add(title.toLowerCase());
    };
    const numbers = local.mentions;
    for (let i = 0; i < numbers.length; i += MENTION_FIELDS) {
      if (numbers[i + 5] === 1) continue;
      const start = readAt(numbers, i + 1, 'numbers');
      const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
      if (before) add(before);
      const descriptorStart = readAt(numbers, i + 3, 'numbers');
      if (descriptorStart >= 0) for (const word of text.slice(descriptorStart, readAt(numbers, i + 4, 'numbers')).split(/\s+/u)) add(word);
    }
    return titles.size === 0 ? undefined : `${this.#keyOf(local.name)}\u0000${[...titles].sort().join(' ')}`;
  }

  /** One article's entities, each put on the entity of the same identity from earlier articles, or a new one. */
  #readArticle(articles: readonly Article[], a: number, locals: readonly ArticleEntity[]): void {
    const article = readAt(articles, a, 'articles');
    const text = article.text;
    for (const local of locals) {
      const identity = identityKeyOf(local.name, local.kind);
      const titled = this.#titledSurnameKey(local, text);
      let entity = titled === undefined ? (this.#byKey.get(identity) ?? this.#byKey.get(this.#keyOf(local.name))) : this.#byKey.get(titled);
      if (!entity) {
        entity = { name: local.name, kind: local.kind, aliases: [], descriptors: new Map(), mentions: new MentionList(this.#places) };
        this.entities.push(entity);
        this.#setKey(titled ?? this.#keyOf(local.name), entity);
      } else if (entity.kind === 'other' && local.kind !== 'other') {
        entity.kind = local.kind;
      }
      if (titled === undefined && !this.#byKey.has(identity)) this.#setKey(identity, entity);
      // "Rafa Benitez", put on "Rafael Benitez" by its identity key, is found by the form the article writes too.
      if (titled === undefined && !this.#byKey.has(this.#keyOf(local.name))) this.#setKey(this.#keyOf(local.name), entity);
      for (const alias of local.aliases) if (!entity.aliases.includes(alias)) entity.aliases.push(alias);
      const numbers = local.mentions;
      for (let i = 0; i < numbers.length; i += MENTION_FIELDS) {
        const index = readAt(numbers, i, 'numbers');
        const sentence = article.sentences[index];
        if (!sentence) continue;
        const start = readAt(numbers, i + 1, 'numbers');
        const end = readAt(numbers, i + 2, 'numbers');
        const descriptorStart = readAt(numbers, i + 3, 'numbers');
        const name = { start, end, text: text.slice(start, end) };
        const descriptor = descriptorStart >= 0 ? { start: descriptorStart, end: readAt(numbers, i + 4, 'numbers'), text: text.slice(descriptorStart, readAt(numbers, i + 4, 'numbers')) } : undefined;
        this.#mention(entity, this.#places.positionOf(a, index), sentence.articleId, name, descriptor, numbers[i + 5] === 1);
      }
    }
  }

  *#restoreInSlices(snapshot: EntitySnapshot, slice: number): Generator<void> {
    // Mentions read from disk are checked a page at a time as they are read, the others here.
    const mentions = snapshot.mentions instanceof Int32Array ? snapshot.mentions : new MentionPages(snapshot.mentions, (numbers) => this.#checkMentions(numbers, 0, numbers.length));
    if (mentions instanceof MentionPages) this.#mentionPages = mentions;
    let first = 0;
    let checked = 0;
    for (const saved of snapshot.entities) {
      if (checked >= slice) {
        checked = 0;
        yield;
      }
      checked += saved.mentionCount + 1;
      const end = first + saved.mentionCount * MENTION_NUMBERS;
      if (!(Number.isInteger(saved.mentionCount) && saved.mentionCount >= 0 && end <= mentions.length)) throw new Error('an entity’s mentions are cut short');
      if (mentions instanceof Int32Array) this.#checkMentions(mentions, first, end);
      const descriptors = new Map(saved.descriptors.map(([descriptor, ids]) => [descriptor, new Set(ids)]));
      const numbers = mentions instanceof Int32Array ? mentions.subarray(first, end) : mentions.run(first, end);
      this.entities.push({ name: saved.name, kind: saved.kind, aliases: saved.aliases, descriptors, mentions: new MentionList(this.#places, numbers) });
      first = end;
    }
    if (first !== mentions.length) throw new Error('the entity mentions do not fit their entities');
    yield;
    for (const [key, at] of snapshot.keys) {
      const entity = this.entities[at];
      if (!entity) throw new Error('an entity key names an entity the table does not have');
      this.#byKey.set(key, entity);
    }
  }

  /** Throws unless the mentions `numbers[start]` to `numbers[end - 1]` name sentences these articles have, and spans within their articles. */
  #checkMentions(numbers: Int32Array, start: number, end: number): void {
    for (let i = start; i < end; i += MENTION_NUMBERS) {
      const at = readAt(numbers, i, 'mentions');
      if (!(at >= 0 && at < this.#places.count)) throw new Error('an entity mention names a sentence the articles do not have');
      // A name or descriptor may run past its sentence (a parenthesis after it), never past its article.
      const length = this.#places.articleTextLength(at);
      const descriptorStart = readAt(numbers, i + 3, 'mentions');
      if (
        !spanWithin(readAt(numbers, i + 1, 'mentions'), readAt(numbers, i + 2, 'mentions'), length) ||
        (descriptorStart >= 0 && !spanWithin(descriptorStart, readAt(numbers, i + 4, 'mentions'), length))
      ) {
        throw new Error('an entity mention lies outside its article');
      }
    }
  }

  /** Everything needed to restore this table over the same articles without reading them again. */
  toSnapshot(): EntitySnapshot & { mentions: Int32Array } {
    const entityAt = new Map(this.entities.map((entity, i) => [entity, i]));
    let total = 0;
    for (const entity of this.entities) total += entity.mentions.length * MENTION_NUMBERS;
    const mentions = new Int32Array(total);
    let at = 0;
    for (const entity of this.entities) at = entity.mentions.copyInto(mentions, at);
    return {
      entities: this.entities.map((entity) => ({
        name: entity.name,
        kind: entity.kind,
        aliases: entity.aliases,
        descriptors: [...entity.descriptors].map(([descriptor, ids]) => [descriptor, [...ids]]),
        mentionCount: entity.mentions.length,
      })),
      mentions,
      keys: [...this.#byKey].map(([key, entity]) => [key, readKey(entityAt, entity, 'the entities by place')]),
    };
  }

  /**
   * Every entity's mentions copied into one array of numbers once the table is whole: a typed
   * array of each would cost more in headers than most entities' few mentions.
   */
  #packMentions(): void {
    let total = 0;
    for (const entity of this.entities) total += entity.mentions.length * MENTION_NUMBERS;
    const numbers = new Int32Array(total);
    let at = 0;
    for (const entity of this.entities) at = entity.mentions.packInto(numbers, at);
  }

  #mention(entity: EntityRecord, position: number, articleId: string, name: TextSpan, descriptor: TextSpan | undefined, nominal: boolean): void {
    entity.mentions.push(position, name, descriptor, nominal);
    if (descriptor) {
      const articles = entity.descriptors.get(descriptor.text) ?? new Set<string>();
      articles.add(articleId);
      entity.descriptors.set(descriptor.text, articles);
    }
    if (!nominal && name.text !== entity.name && !entity.aliases.includes(name.text) && this.#keyOf(name.text) !== this.#keyOf(entity.name)) entity.aliases.push(name.text);
  }

  #setKey(key: string, entity: EntityRecord): void {
    const previous = this.#byKey.get(key);
    if (previous === entity) return;
    if (previous) {
      const keys = readKey(this.#keysOf, previous, 'the keys by entity');
      keys.splice(keys.indexOf(key), 1);
    }
    this.#byKey.set(key, entity);
    const keys = this.#keysOf.get(entity);
    if (keys) keys.push(key);
    else this.#keysOf.set(entity, [key]);
  }

  #surnameSet: Set<string> | undefined;

  /** The last words of the full names of people read so far, once all articles are read. */
  #surnames(): Set<string> {
    this.#surnameSet ??= new Set(this.entities.filter((entity) => entity.kind === 'person').map((entity) => entity.name.split(/\s+/u).at(-1) ?? ''));
    return this.#surnameSet;
  }

  #applyAliasLexicon(): void {
    for (const forms of ALIASES) {
      const present = forms.map((form) => this.#byKey.get(this.#keyOf(form))).filter((entity): entity is EntityRecord => entity !== undefined);
      const unique = [...new Set(present)];
      if (unique.length === 0) continue;
      const target = readAt(unique, 0, 'unique');
      for (const other of unique.slice(1)) this.#merge(other, target);
      // Every form finds the entity, but only forms the articles write are shown as its aliases.
      const written = new Set<string>();
      for (let i = 0; i < target.mentions.length; i++) written.add(this.#keyOf(target.mentions.nameTextAt(i)));
      for (const form of forms) {
        if (form !== target.name && !target.aliases.includes(form) && written.has(this.#keyOf(form))) target.aliases.push(form);
        this.#setKey(this.#keyOf(form), target);
      }
      if (target.kind === 'other') target.kind = 'organisation';
    }
  }

  #merge(from: EntityRecord, into: EntityRecord): void {
    if (from === into) return;
    into.mentions.append(from.mentions);
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
  /**
   * People named in full by the key of their given name, for `/who Kylie`: filed on the first such question, since telling a
   * given name asks compromise's lexicon, which a start from the snapshot would otherwise load (0.3–0.5 s) before any answer.
   */
  #peopleByGivenNameKey: Map<string, EntityRecord[]> | undefined;

  #fileByGivenName(): Map<string, EntityRecord[]> {
    const byGivenName = new Map<string, EntityRecord[]>();
    for (const entity of this.entities) {
      if (entity.kind !== 'person' || !opensWithGivenName(entity.name)) continue;
      const given = keyOf(entity.name.trim().split(/\s+/u)[0] ?? '');
      const named = byGivenName.get(given);
      if (named) named.push(entity);
      else byGivenName.set(given, [entity]);
    }
    return byGivenName;
  }

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
    if (exact || key === '' || /\s/u.test(name.trim())) return exact;
    const bySurname = this.#peopleBySurnameKey.get(key);
    return bySurname?.length === 1 ? bySurname[0] : undefined;
  }

  /**
   * The people whose full names end with the one word `name` ("Brown" → Gordon Brown, Frank
   * Brown), other than a person named by that word alone; empty for a name of several words.
   */
  peopleWithSurname(name: string): readonly EntityRecord[] {
    const key = keyOf(name);
    if (key === '' || /\s/u.test(name.trim())) return [];
    return (this.#peopleBySurnameKey.get(key) ?? []).filter((entity) => keyOf(entity.name) !== key);
  }

  /** The people the articles name in full whose given name is the one word `name` ("Kylie" → Kylie Minogue); empty for a name of several words. */
  peopleWithGivenName(name: string): readonly EntityRecord[] {
    const key = keyOf(name);
    if (key === '' || /\s/u.test(name.trim())) return [];
    this.#peopleByGivenNameKey ??= this.#fileByGivenName();
    return (this.#peopleByGivenNameKey.get(key) ?? []).filter((entity) => /\s/u.test(entity.name.trim()));
  }

  /**
   * The people and words of unknown kind named by the one word `name` alone ("Harrison"): each article's surname alone kept
   * apart (#surnameAlone) and the entity the word finds, if it is one of these; empty for a name of several words.
   */
  namedAloneAs(name: string): readonly EntityRecord[] {
    const key = keyOf(name);
    if (key === '' || /\s/u.test(name.trim())) return [];
    const keyed = this.#byKey.get(key);
    const alone = (this.#peopleBySurnameKey.get(key) ?? []).filter((entity) => keyOf(entity.name) === key);
    return keyed && (keyed.kind === 'person' || keyed.kind === 'other') && !alone.includes(keyed) && keyOf(keyed.name) === key ? [keyed, ...alone] : alone;
  }

  /** Entities whose names are spelt like `name` (a misspelling, a prefix), best first. */
  similar(name: string, limit = 5): EntityRecord[] {
    const owners: EntityRecord[] = [];
    const search = this.#searchOfNames();
    for (const result of search.names.search(name)) {
      const owner = search.owners[result.id as number];
      if (owner && !owners.includes(owner)) owners.push(owner);
      if (owners.length >= limit) break;
    }
    return owners;
  }

  /** Each article's written names (keys) with the entity each names there; built on first use from the mentions. Entries are shared between articles: nothing may change one. */
  #writtenNames: Map<string, readonly { readonly key: string; readonly entity: EntityRecord }[]> | undefined;
  /** The pages a restored table reads its mentions from, when it reads them from disk (see MentionPages). */
  #mentionPages: MentionPages | undefined;

  /**
   * The entity `name` ("Clarke", "Mr Clarke", "Home Secretary Charles Clarke") stands for in
   * this article: the one whose longest name the article writes, as a whole-word part of `name`.
   * Undefined when the article writes none of its names, or when two entities' names fit equally
   * (two people the article calls "Mr Clarke"). A short name is read within its own article, so
   * an airline's "Mr Clarke" is never a minister of the same surname named elsewhere.
   */
  entityWrittenIn(articleId: string, name: string): EntityRecord | undefined {
    return entityWrittenAmong(this.#writtenNamesOf(articleId), name);
  }

  #writtenNamesOf(articleId: string): readonly { readonly key: string; readonly entity: EntityRecord }[] {
    if (!this.#writtenNames) for (const _ of this.#listWrittenNames(Number.POSITIVE_INFINITY));
    return this.#writtenNames?.get(articleId) ?? [];
  }

  /**
   * List, ahead of the first `entityWrittenIn`, the names each article writes, `slice` entities at
   * a time: the caller turns the event loop at each step. Listing them all took the first /sources
   * at BBC ×10 that compared sources 0.4 s; a library reads them ahead after a start instead.
   */
  *listWrittenNamesInSlices(slice: number): Generator<void> {
    yield* this.#listWrittenNames(slice);
  }

  *#listWrittenNames(slice: number): Generator<void> {
    if (this.#writtenNames) return;
    // Every entity's mentions are read once here: kept, they were 16 MB of pages at BBC ×10 that a question reads a few of.
    this.#mentionPages?.keepPages(false);
    try {
      yield* this.#listWrittenNamesOnce(slice);
    } finally {
      this.#mentionPages?.keepPages(true);
    }
  }

  *#listWrittenNamesOnce(slice: number): Generator<void> {
    const written = new Map<string, { key: string; entity: EntityRecord }[]>();
    // The same few thousand names recur in every article: each is folded once, and an entity's
    // name is listed once per article (its mentions come article by article).
    const keys = new Map<string, string>();
    let listed = 0;
    for (const entity of this.entities) {
      const places = new Set<string>();
      // One entry per name of the entity, shared by every article that writes it: at BBC ×10 the articles list about
      // 400,000 names of a few tens of thousands, and an entry for each took 15 MB of the library read ahead.
      const entries = new Map<string, { key: string; entity: EntityRecord }>();
      const { mentions } = entity;
      for (let i = 0; i < mentions.length; i++) {
        if (mentions.isNominalAt(i)) continue;
        const text = mentions.nameTextAt(i);
        let key = keys.get(text);
        if (key === undefined) keys.set(text, (key = untitledKeyOf(text)));
        const articleId = mentions.articleIdAt(i);
        const place = `${articleId}\u0000${key}`;
        if (key === '' || places.has(place)) continue;
        places.add(place);
        let names = written.get(articleId);
        if (!names) written.set(articleId, (names = []));
        let entry = entries.get(key);
        if (!entry) entries.set(key, (entry = { key, entity }));
        names.push(entry);
      }
      if (++listed % slice === 0) {
        yield;
        // Listed whole meanwhile, by a command that could not wait.
        if (this.#writtenNames) return;
      }
    }
    this.#writtenNames = written;
  }

  /** Article ids that mention the entity, in order. */
  articleIdsOf(entity: EntityRecord): string[] {
    const ids = new Set<string>();
    for (let i = 0; i < entity.mentions.length; i++) ids.add(entity.mentions.articleIdAt(i));
    return [...ids].sort();
  }
}
