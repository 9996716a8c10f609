import { lexiconTags } from '../text/compromise.ts';
import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import type { Model } from 'wink-nlp';
import type { Article, Sentence, Span } from '../model/article.ts';
import { findQuotedSpans } from './quotations.ts';
import {
  TITLE_PREPOSITIONS,
  GIVEN_NAME_TITLES,
  HONORIFICS,
  PEERAGE_HONORIFICS,
  PEERAGE_OFFICE_WORDS,
  NAME_DESCRIBER_ENTRIES,
  NAME_DESCRIBERS,
  NOT_NAME_WORDS,
  NUMBERED_NAME_HEADS,
  OF_HEADS,
  ORGANISATION_NAMES,
  ORGANISATION_NOUNS,
  ORGANISATION_WORDS_AS_WRITTEN,
  PLACE_NAMES,
  PORTFOLIO_WORDS,
  POSTNOMINALS,
  POSSESSIVES_INSIDE_NAMES,
  ROLE_WORDS,
  SURNAME_PREFIXES,
  TITLE_QUALIFIERS,
  TITLE_WORDS,
} from '../text/lexicons/entities.ts';
import { GIVEN_NAME_VARIANTS } from '../text/lexicons/given-name-variants.ts';
import { GIVEN_NAMES as GIVEN_NAME_LIST } from '../text/lexicons/given-names.ts';
import { MEDIA_OUTLETS } from '../text/lexicons/media-outlets.ts';
import { CALENDAR_NAMES } from '../text/lexicons/calendar.ts';
import { PLAIN_SPEECH, REPORTING_VERBS } from '../text/lexicons/reporting-verbs.ts';
import { STOP_WORDS } from '../text/lexicons/stop-words.ts';
import { SUBJECT_PRONOUNS } from '../text/lexicons/source-grammar.ts';
import { readAt } from '../model/read-at.ts';
import { OPENS_LOWER_CASE } from '../text/word-shapes.ts';
import { foldText } from '../text/normalise.ts';
import { REFERENCE_PADDING, decodeLetterReferences, readableLetterReferences } from '../text/character-references.ts';

/** What an entity is: `media` is an outlet or agency, kept apart from other organisations because it relays what others say. */
export type EntityKind = 'person' | 'organisation' | 'place' | 'media' | 'other';

/**
 * Numbers per mention in `ArticleEntity.mentions`: the sentence's index in its article, the
 * name's start and end, the descriptor's start and end (-1 when none), and 1 when the mention is
 * a nominal reference ("the chancellor") rather than a name.
 */
export const MENTION_FIELDS = 6;

/** One entity as one article names it: plain numbers, so a read worker can post it. */
export interface ArticleEntity {
  /** The fullest form the article writes ("Gordon Brown", not "Mr Brown"). */
  name: string;
  kind: EntityKind;
  /** Short forms the article gives in parentheses after the name ("Donetsk People’s Republic (KNR)"). */
  aliases: string[];
  /** MENTION_FIELDS numbers per mention, offsets into the article's text. */
  mentions: number[];
  /**
   * Set for a word read as a name only where a capital says nothing (opening sentences): the
   * entity table keeps it only if another article names it too.
   */
  tentative?: true;
}

/** The entities one article names, each with every mention the article links to it. */
export interface ArticleEntities {
  articleId: string;
  entities: ArticleEntity[];
}

interface Token {
  text: string;
  start: number;
  end: number;
  pos: string;
}

interface LocalEntity {
  name: string;
  tentative?: true;
  aliases: string[];
  words: string[];
  kind: EntityKind;
  mentions: number[];
  /** Heads of its descriptors ("chancellor", "boss"), which "the <head>" later refers back to. */
  roles: Set<string>;
}

type Reader = ReturnType<typeof winkNLP>;
let reader: Reader | undefined;

/**
 * The part-of-speech tagger, loaded on first use: its model takes about 80 ms and 40 MB, which
 * a process whose read workers read every article's entities never needs to spend.
 */
function tagger(): Reader {
  if (!reader) {
    const require = createRequire(import.meta.url);
    const load = require('wink-nlp') as typeof winkNLP;
    reader = load(require('wink-eng-lite-web-model') as Model, ['pos']);
  }
  return reader;
}

/** Each word's tags in compromise's list, by the word as written: the same few thousand words recur. */
const tagsByWord = new Map<string, readonly string[]>();

function hasTag(word: string, tags: ReadonlySet<string>): boolean {
  let found = tagsByWord.get(word);
  if (found === undefined) {
    // compromise's word list: given names, places, organisations, honorifics and actor nouns, by lower-case word.
    found = lexiconTags(word.toLowerCase());
    if (tagsByWord.size < 200_000) tagsByWord.set(word, found);
  }
  for (const one of found) if (tags.has(one)) return true;
  return false;
}

/** A token's word without a possessive ending, unless the possessive belongs to the name ("Moody's"). */
function wordOf(token: Token): string {
  const text = token.text;
  if (APOSTROPHE_S.test(text)) return text;
  return text.replace(TRAILING_POSSESSIVE, (suffix) => (POSSESSIVES_INSIDE_NAMES.has(text.slice(0, -suffix.length)) ? suffix : ''));
}

/** Where a token's word ends in the text, a possessive ending aside: from its end, since a letter written as a reference (`Pel&#233;`) is longer in the text than in the word. */
function endOfWord(token: Token): number {
  return token.end - (token.text.length - wordOf(token).length);
}

/**
 * A name's words, tokens written together counting as one: "Kilroy-Silk" is one surname, so "Mr
 * Kilroy-Silk" is the Robert Kilroy-Silk the article named, never a "Silk" of its own.
 */
function wordsOf(tokens: readonly Token[]): string[] {
  const words: string[] = [];
  let end = -1;
  for (const token of tokens) {
    const word = wordOf(token);
    if (token.start === end && words.length > 0) words[words.length - 1] += word;
    else words.push(word);
    end = token.end;
  }
  return words;
}

const GIVEN_NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);
const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place']);
const ORGANISATION_TAGS = new Set(['Organization', 'SportsTeam']);
const ACTOR_TAGS = new Set(['Actor']);
const LAST_NAME_TAGS = new Set(['LastName']);
/** Given names from our lexicon of their forms ("Bill", "Guy" is in compromise's as a noun only). */
const GIVEN_NAMES = new Set(GIVEN_NAME_VARIANTS.flatMap((variant) => [variant.form, variant.name]));
/** Given names by sex, in lower case: the list the attribution reader uses for `he` and `she` ("frank", "rose"). */
const SEXED_GIVEN_NAMES = new Set(GIVEN_NAME_LIST.map((entry) => entry.phrase));

function isGivenName(word: string): boolean {
  // "Jean-Claude": a double given name is a given name by its first part.
  const first = word.split('-', 1)[0] ?? word;
  return GIVEN_NAMES.has(first) || hasTag(first, GIVEN_NAME_TAGS);
}
/**
 * True for a word that may open a title though it is no name ("Former", "Shadow", "Lib"): an
 * adjective, or a word compromise does not know; not a date or an adverb ("Yesterday General
 * Motors …").
 */
function isTitleModifier(word: string): boolean {
  const tags = lexiconTags(word.toLowerCase());
  return tags.length === 0 || tags.includes('Adjective');
}

/**
 * True when `word`, written alone, may be a person's surname and nothing else: neither a given
 * name ("Charles" alone is as likely a prince as Ray Charles) nor a word compromise knows as a
 * common word ("Plan", "White", "Street").
 */
export function mayBeSurnameAlone(word: string): boolean {
  return !isGivenName(word) && !SEXED_GIVEN_NAMES.has(word.toLowerCase()) && !hasTag(word.toLowerCase(), COMMON_WORD_TAGS) && !hasTag(word.toLowerCase(), NAME_TAGS_NOT_SURNAME);
}

/**
 * True for the adjective of a people or place ("Russian", "Irish": compromise's demonyms or our place list), not a place's
 * own name ("Wales") nor a word that is also a given name ("Norman").
 */
function isPeoplesAdjective(word: string): boolean {
  return (hasTag(word.toLowerCase(), DEMONYM_TAGS) || (PLACE_NAMES.has(word) && !hasTag(word.toLowerCase(), PLACE_TAGS))) && !isGivenName(word) && !isPlural(word);
}

/** The nouns for a person of a people that NAME_DESCRIBER_ENTRIES lists ("Briton", "Scot"). */
const NAME_DESCRIBER_PEOPLE: ReadonlySet<string> = new Set(NAME_DESCRIBER_ENTRIES.filter((entry) => entry.category === 'people').map((entry) => entry.word));
/** "Frenchman", "Welshwoman": a people's adjective made a noun for one of them. */
const PEOPLES_NOUN = /^(\p{Lu}\p{Ll}+?)(?:man|woman)$/u;
/** "Blairite", "Thatcherite", "Trotskyist": a follower of a person or a creed, by a capitalised stem and its ending. */
const FOLLOWERS_ADJECTIVE = /^\p{Lu}\p{Ll}{3,}(?:ite|ist)$/u;

/**
 * True for a capitalised word that, right before a person's full name, describes the person and is no word of the name: a
 * party or a people (NAME_DESCRIBERS: "Tory", "Democrat", "Briton"), a people's adjective or its noun ("Russian",
 * "Frenchman"), a follower's adjective ("Blairite") or a role noun ("Producer", "Veteran"). A word that is also a given name
 * is one only by the lexicon ("Scot Kathy Butler"): "Hunter Davies" opens with one.
 */
function describesPerson(word: string): boolean {
  if (NAME_DESCRIBERS.has(word) || isPeoplesAdjective(word)) return true;
  if (isGivenName(word) || SEXED_GIVEN_NAMES.has(word.toLowerCase()) || TITLE_WORDS.has(word) || HONORIFICS.has(word) || GIVEN_NAME_TITLES.has(word)) return false;
  return namesPeople(word) || FOLLOWERS_ADJECTIVE.test(word) || isRoleWord(word);
}

/** True for a describing word of a people ("Russian", "Frenchman", "Briton"), which stands before their own names more than any body's. */
function namesPeople(word: string): boolean {
  const stem = PEOPLES_NOUN.exec(word)?.[1];
  return isPeoplesAdjective(word) || NAME_DESCRIBER_PEOPLE.has(word) || (stem !== undefined && isPeoplesAdjective(stem));
}

/** "Americans", "Kenyans": a plural people before a list of names says what they all are, no one's own descriptor. */
function isPlural(word: string): boolean {
  return word.endsWith('s') && (hasTag(word.slice(0, -1).toLowerCase(), DEMONYM_TAGS) || PLACE_NAMES.has(word.slice(0, -1)));
}

/** True when the run at `first` is the title of an office that opens with "Lord" or "Lady" ("Lord Chancellor", "Lord Chief Justice"). */
function opensPeerageOffice(tokens: readonly Token[], first: number): boolean {
  const next = tokens[first + 1];
  return PEERAGE_HONORIFICS.has(wordOf(readAt(tokens, first, 'tokens'))) && next !== undefined && PEERAGE_OFFICE_WORDS.has(wordOf(next));
}

/** True when compromise knows `word` as an adjective ("Royal", "New"): alone, it is no given name of a full name it opens. */
export function isAdjectiveWord(word: string): boolean {
  return hasTag(word.toLowerCase(), ADJECTIVE_TAG);
}

const ADJECTIVE_TAG: ReadonlySet<string> = new Set(['Adjective']);

/** True when compromise knows `word` as a common word of any kind ("Steel", "United", "Jet"): a capital opening a sentence says nothing of it. */
export function isCommonWord(word: string): boolean {
  return hasTag(word.toLowerCase(), COMMON_WORD_TAGS);
}

/** True when a person's full name opens with a given name ("Alan Greenspan"), not a title or a word read into it ("Century Fagin"). */
export function opensWithGivenName(name: string): boolean {
  const first = name.split(/\s+/u, 1)[0] ?? '';
  return isGivenName(first) || SEXED_GIVEN_NAMES.has(first.toLowerCase());
}

/**
 * True when a given name that is also a common word ("Frank", "Rose", "Bill"), which the tagger
 * reads as an adjective, verb or noun, stands right before a capitalised proper noun: "Frank
 * Brown" is a person's full name. An auxiliary ("Will", "May") is left alone ("Will Brown resign?")
 * unless `auxiliaryAsName` says it cannot be one there (see ArticleReading's #opensFullName).
 */
function opensFullName(tokens: readonly Token[], at: number, auxiliaryAsName = false): boolean {
  const token = tokens[at];
  const next = tokens[at + 1];
  return (
    token !== undefined &&
    next !== undefined &&
    (token.pos !== 'AUX' || auxiliaryAsName) &&
    next.pos === 'PROPN' &&
    next.start === token.end + 1 &&
    isCapitalised(next.text) &&
    (isGivenName(token.text) || SEXED_GIVEN_NAMES.has(token.text.toLowerCase()))
  );
}

/** A numeral of one to four digits ("4", "11", "2000"), not a figure with a point, a sign or a comma. */
const NUMERAL = /^\d{1,4}$/u;
/** A numeral that may open a name ("50 Cent", "60 Minutes"): of four digits it is a year or a time ("1200 GMT"). */
const NUMERAL_OF_NAME = /^\d{1,3}$/u;

/**
 * True when the token at `at` is a numeral that ends the name before it: the word before is a head that takes a number
 * ("Radio 4", "Channel 4", "Chapter 11", "FTSE 100"; NUMBERED_NAME_HEADS), one space away, and no figure goes on after it
 * ("Radio 4-5", "Chapter 11%").
 */
function numeralEndsName(tokens: readonly Token[], at: number): boolean {
  const token = readAt(tokens, at, 'tokens');
  const head = tokens[at - 1];
  const next = tokens[at + 1];
  return (
    NUMERAL.test(token.text) &&
    head !== undefined &&
    NUMBERED_NAME_HEADS.has(head.text) &&
    token.start === head.end + 1 &&
    !(next !== undefined && next.start === token.end && /^[-–%/]/u.test(next.text))
  );
}

/**
 * True when the proper noun at `at`, opening a run of names at the start of a sentence, is a word compromise's list does not
 * know at all and a proper noun that is no given name follows it ("Shailendra Singh, the founder of …"): a given name the
 * lists lack, not a common word glued onto a name ("Since Yukos", "Former Conservative leader …", which the list knows) nor
 * a role before a full name ("Striker Didier Drogba"). The caller asks the article for evidence of a person too.
 */
function opensUnknownName(tokens: readonly Token[], at: number, last: number): boolean {
  const token = tokens[at];
  const next = tokens[at + 1];
  return (
    token !== undefined &&
    next !== undefined &&
    at < last &&
    token.pos === 'PROPN' &&
    next.pos === 'PROPN' &&
    next.start === token.end + 1 &&
    UNKNOWN_NAME_WORD.test(token.text) &&
    // "Striker Didier Drogba", "Sprinter Kelly Holmes": before a given name, an unknown word is a role, not one.
    !isGivenName(next.text) &&
    !SEXED_GIVEN_NAMES.has(next.text.toLowerCase()) &&
    !isRoleWord(token.text) &&
    !PLURAL_OF_PEOPLE.test(token.text) &&
    !STOP_WORDS.has(token.text.toLowerCase()) &&
    !NOT_NAME_WORDS.has(token.text) &&
    lexiconTags(token.text.toLowerCase()).length === 0
  );
}

/** Endings of a plural that names a group of people ("Sprinters", "Irishmen", "Guitarists", "Brazilians"), never a given name. */
const PLURAL_OF_PEOPLE = /(?:ers|men|ists|ians)$/u;
/** A word written as a name is: a capital, then small letters ("Shailendra"); not an acronym or a possessive. */
const UNKNOWN_NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * True when the capitalised word at `at`, right after a proper noun that opens the run at `start`, is that person's surname
 * though the tagger reads it as a verb ("Labour's Robin Cook and …", "director Robin Broke said"): in sentence-case copy a verb
 * is not capitalised mid-sentence. Not when a capitalised word follows it too ("Pence Announces Plans", a title-case line).
 */
function surnameReadAsVerb(tokens: readonly Token[], at: number, start: number): boolean {
  const token = tokens[at];
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  return (
    start >= 0 &&
    start === at - 1 &&
    token !== undefined &&
    before !== undefined &&
    token.pos === 'VERB' &&
    before.pos === 'PROPN' &&
    token.start === before.end + 1 &&
    (after === undefined || !isCapitalised(after.text))
  );
}

/** Tags of words compromise knows as common words: such a word opening a sentence is no name. */
const COMMON_WORD_TAGS = new Set([
  'Adjective',
  'Plural',
  'Singular',
  'PresentTense',
  'PastTense',
  'Infinitive',
  'Gerund',
  'Adverb',
  'Actor',
  'Comparative',
  'Superlative',
  'Uncountable',
  'Noun',
  'Verb',
  'Participle',
  'Expression',
  'Preposition',
  'Conjunction',
  'Determiner',
  'Pronoun',
  'Month',
  'WeekDay',
  'Date',
  'Demonym',
]);
const DEMONYM_TAGS = new Set(['Demonym']);
/** compromise's tags for a number word (`Six`, `One`). */
const COUNT_TAGS = new Set(['Value', 'Cardinal', 'Ordinal', 'TextValue', 'NumericValue']);
/** compromise's tags for a name that is no surname: a place ("Scotland"), a body. */
const NAME_TAGS_NOT_SURNAME = new Set(['Country', 'City', 'Region', 'Place', 'Organization', 'SportsTeam', 'Demonym']);
/** compromise's tags for a word that opens a clause or a contrast after a name's comma (", became …", ", not Mr Farage,"), never a description. */
const CLAUSE_OPENING_TAGS = new Set(['PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary', 'Negative']);
/** Words compromise knows as a name of some kind: a clause-initial word that is one is kept. */
const NAME_TAGS = new Set([...GIVEN_NAME_TAGS, ...PLACE_TAGS, ...ORGANISATION_TAGS, 'LastName', 'Person', 'ProperNoun', 'Honorific']);
/** Outlet names as a name run reads them: "The Times" is read as "Times". */
const MEDIA_NAMES = new Set(MEDIA_OUTLETS.filter((outlet) => outlet.category !== 'generic').map((outlet) => outlet.phrase.replace(/^The /u, '')));
/** Broadcasters' names ("BBC", "ITV", "Sky", "BBC Radio 4"), which open the names of their channels, stations and desks. */
const BROADCASTER_NAMES: readonly string[] = MEDIA_OUTLETS.filter((outlet) => outlet.category === 'broadcaster').map((outlet) => outlet.phrase);

/**
 * True when `words` name a channel, station or desk of a broadcaster: the broadcaster's name, then words that are no
 * person's name and no prize ("BBC Three", "BBC Scotland", "ITV Wales", "Sky One", "BBC Radio Leicester"; not "BBC Four World
 * Cinema Award", not "BBC Michael Howard").
 */
function isBroadcastersOwn(name: string, words: readonly string[]): boolean {
  if (!BROADCASTER_NAMES.some((broadcaster) => name.startsWith(`${broadcaster} `))) return false;
  return !words.slice(1).some((word) => isGivenName(word) || SEXED_GIVEN_NAMES.has(word.toLowerCase()) || PRIZE_WORDS.has(word) || ORGANISATION_NAMES.has(word));
}

/** Words that make a broadcaster's name into a prize it gives. */
const PRIZE_WORDS: ReadonlySet<string> = new Set(['Award', 'Awards', 'Prize', 'Prizes', 'Trophy']);

/**
 * Outlet names of several words whose words the tagger may not read as one name ("Five Live": a numeral and a verb), by
 * their first word, longest first: a run that meets one takes it whole. Only names that end in a capital or a numeral.
 */
const OUTLETS_BY_FIRST_WORD = new Map<string, string[]>();
for (const name of [...MEDIA_NAMES].sort((a, b) => b.length - a.length)) {
  const first = name.split(' ', 1)[0] ?? '';
  if (!name.includes(' ') || !/(?:^|\s)(?:\p{Lu}|\d)\S*$/u.test(name)) continue;
  OUTLETS_BY_FIRST_WORD.set(first, [...(OUTLETS_BY_FIRST_WORD.get(first) ?? []), name]);
}

/** The index of the last token of a known outlet's name that starts at token `at` ("Radio Five Live") and is not the start of a longer name, or -1. */
function outletEndingAt(text: string, tokens: readonly Token[], at: number): number {
  const token = readAt(tokens, at, 'tokens');
  for (const name of OUTLETS_BY_FIRST_WORD.get(token.text) ?? []) {
    if (!text.startsWith(name, token.start) || /[\p{L}\p{N}]/u.test(text.charAt(token.start + name.length))) continue;
    const end = token.start + name.length;
    // "Financial Times Deutschland", "BBC News Online": a name that goes on past the outlet's is another name.
    const goesOn = /^[ \u00A0](?:\p{Lu}|&)/u.test(text.slice(end, end + 2));
    for (let j = at + 1; j < tokens.length && readAt(tokens, j, 'tokens').start < end && !goesOn; j++) if (readAt(tokens, j, 'tokens').end === end) return j;
  }
  return -1;
}

const NAME_TAGS_OF_RUN = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'X']);
const CONNECTORS = new Set(['of', 'de', 'al', 'van', 'von', 'bin', 'da', 'la', 'del', '&']);
const APOSTROPHE_S = /^['’]s$/u;
/** Words a title holds between its title word and a closing portfolio ("Secretary of State", "Minister of State"). */
const TITLE_INSIDE: ReadonlySet<string> = new Set([...TITLE_WORDS, ...PORTFOLIO_WORDS, 'of', 'the']);
/** A word with a possessive ending ("Smith's"). */
const POSSESSIVE_ENDING = /\p{L}['’]s$/u;
/** "I'm", "We've": a pronoun with its verb, never a name. */
const CONTRACTION = /['’](?:m|re|ve|ll|d)$/iu;
const TRAILING_POSSESSIVE = /['’]s?$/u;
const CAPITAL = /^\p{Lu}/u;
const ACRONYM = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\p{Ll}&]{2,8}$/u;
const PARENTHESIS = /^\s*\(([^()]{1,80})\)/u;
const ORG_GLOSS_AFTER = /^\s+(news agency|agency|newspaper|broadcaster|state media|television|radio)\b/u;
const MEDIA_GLOSS = new Set(['news agency', 'newspaper', 'broadcaster', 'state media', 'television', 'radio']);
/**
 * ", the chief executive of Yukos," or ", a former adviser, said" or ", chief economist at
 * Lehman Brothers.": an apposition after a name, with or without its article.
 */
/** Months and weekdays, lower case: "In October Tory leader …" dates the sentence, it does not describe the leader. */
/** One-word verbs of saying (reporting-verbs.ts): after a name's comma they open a clause (", warned the …"), not a description. */
const CLAUSE_VERBS: ReadonlySet<string> = new Set(REPORTING_VERBS.filter((verb) => verb.category === 'speech' && !verb.phrase.includes(' ')).map((verb) => verb.phrase));
/** Words that open a relay of someone's words (`, according to his club's manager Rob Andrew`, `, citing a spokesman`): no description of the name before. */
/** Finite forms of "be" and "have", which make a clause of the words before them. */
const FINITE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);
/** Words that open a relative clause, whose verb describes the noun before it ("a market where drivers have adopted it"). */
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when']);

/**
 * True when the name whose run opens at `first` opens a clause though no mark stands before it: after a comma ("On its plans,
 * Andrew Burke, chief of BT's new unit told …"), a verb of speech ("said Jo Hale, a farmer from Kano told …") or a conjunction that
 * opens a clause ("but Jo Hale, head of the division at the firm says …"); "and" and "or" join names in a list.
 */
function startsClause(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  return before !== undefined && (before.text === ',' || PLAIN_SPEECH.test(before.text) || (before.pos === 'CCONJ' && before.text !== 'and' && before.text !== 'or'));
}

/**
 * Where, between `start` and `end`, the first finite verb stands: a finite "be" or "have", or a verb in the third person
 * singular ("believes", "shows"); `end` when none does, or a relative word comes first.
 */
function finiteVerbAt(tokens: readonly Token[], start: number, end: number): number {
  for (const token of tokens) {
    if (token.start < start || token.start >= end) continue;
    const word = token.text.toLowerCase();
    if (RELATIVE_WORDS.has(word)) return end;
    // ("Alcohol Focus Scotland", "North East Says No": a capitalised word is a name's, whatever its tag.)
    const finite = (token.pos === 'AUX' && FINITE_AUXILIARIES.has(word)) || (token.pos === 'VERB' && /[^s]s$/u.test(word) && !isCapitalised(token.text));
    if (finite) return token.start;
  }
  return end;
}

const RELAY_OPENINGS: ReadonlySet<string> = new Set(['according', 'citing', 'quoting', 'speaking', 'talking']);
/** compromise's tag of a plural noun ("men", "people"). */
const PLURAL_TAGS: ReadonlySet<string> = new Set(['Plural']);
/** The closing comma of a name set off after its role, or the first word after the name (a verb of speech in PLAIN_SPEECH). */
const CLOSED_APPOSITION = /^(?:,|\s+(\p{L}+))/u;
const APPOSITION_AFTER = /^,\s+((?:(?:the|a|an|its|his|her|their)\s+)?[^,;:()"“”]{2,80}?)(?=,|\s+(?:said|says|told|added|has|had|is|was)\b|\.$)/u;
const OPENING_QUOTES = new Set(["'", '"', '‘', '“', '(']);
const CLAUSE_OPENERS = new Set([':', ';', '-', '–', '—', ...OPENING_QUOTES]);

/** "ex-Home": a former holder's prefix on a portfolio or title, which starts no name of its own. */
const FORMER_PREFIX = /^ex-(?=\p{Lu})/u;

/**
 * A portfolio before a title ("Home Secretary", "Foreign Minister", "ex-Home Secretary"), which
 * the tagger may read as a common noun, or a former holder's title ("ex-Chancellor").
 */
function opensTitle(tokens: readonly Token[], at: number): boolean {
  const token = readAt(tokens, at, 'tokens');
  const word = token.text.replace(FORMER_PREFIX, '');
  const next = tokens[at + 1];
  if (word !== token.text && TITLE_WORDS.has(word)) return true;
  return PORTFOLIO_WORDS.has(word) && next !== undefined && next.start === token.end + 1 && TITLE_WORDS.has(next.text);
}

/**
 * "Work and Pensions Secretary", "Trade and Industry Secretary": "and" between two portfolio
 * words with a title right after, never between two people ("Gordon Brown and Prime Minister …").
 */
function joinsPortfolio(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  const after = tokens[at + 2];
  return (
    readAt(tokens, at, 'tokens').text === 'and' &&
    next !== undefined &&
    after !== undefined &&
    PORTFOLIO_WORDS.has(readAt(tokens, at - 1, 'tokens').text) &&
    PORTFOLIO_WORDS.has(next.text) &&
    TITLE_WORDS.has(after.text)
  );
}

/** "Chancellor of the Exchequer Gordon Brown", "Leader of the House Peter Hain": "of the" inside a title, a portfolio after it. */
function joinsOfThe(tokens: readonly Token[], at: number): boolean {
  const token = readAt(tokens, at, 'tokens');
  const [title, of, the, portfolio] = token.text === 'of' ? [tokens[at - 1], token, tokens[at + 1], tokens[at + 2]] : [tokens[at - 2], tokens[at - 1], token, tokens[at + 1]];
  return of?.text === 'of' && the?.text === 'the' && title !== undefined && TITLE_WORDS.has(title.text) && portfolio !== undefined && PORTFOLIO_WORDS.has(portfolio.text);
}

/**
 * A post-nominal title written before a name, as a title ("East Midlands MEP Robert Kilroy-Silk",
 * "Labour MP Diane Abbott"): it ends the descriptor, not the name. Singular titles only: "Labour
 * MPs Diane Abbott and …" describes a group.
 */
function titleBeforeName(tokens: readonly Token[], at: number, last: number): boolean {
  const word = readAt(tokens, at, 'tokens').text;
  const next = tokens[at + 1];
  return at < last && POSTNOMINALS.has(word) && !word.endsWith('s') && next !== undefined && isCapitalised(next.text) && !POSTNOMINALS.has(next.text);
}

/**
 * The first portfolio of a list the run's title closes with "and" ("Culture, Media and Sport
 * Secretary", where the run starts at "Media"): a comma cuts no portfolio off the title.
 */
function listedPortfolioStart(tokens: readonly Token[], first: number, titleEnd: number): number {
  if (!PORTFOLIO_WORDS.has(readAt(tokens, first, 'tokens').text) || !tokens.slice(first, titleEnd).some((token) => token.text === 'and')) return first;
  let start = first;
  for (;;) {
    const comma = tokens[start - 1];
    const portfolio = tokens[start - 2];
    if (!comma || !portfolio || comma.text !== ',' || comma.start !== portfolio.end || !PORTFOLIO_WORDS.has(portfolio.text)) return start;
    start -= 2;
  }
}

/**
 * Where a title opening a run at `first` starts with the lower-case qualifiers right before it
 * ("former Labour MP", "the then Home Secretary", "then deputy Conservative Chairman"; TITLE_QUALIFIERS).
 */
function qualifiedStart(tokens: readonly Token[], first: number): number {
  let start = first;
  for (;;) {
    const before = tokens[start - 1];
    if (!before || before.end !== readAt(tokens, start, 'tokens').start - 1 || !TITLE_QUALIFIERS.has(before.text)) return readAt(tokens, start, 'tokens').start;
    start--;
  }
}

/**
 * The first token of the hyphenated word that token `at` ends ("director-general",
 * "editor-in-chief", "co-founder", "vice-president"): a title with a hyphen is one word, never cut
 * at it ("general").
 */
function hyphenatedStart(tokens: readonly Token[], at: number): number {
  let start = at;
  for (;;) {
    const hyphen = tokens[start - 1];
    const part = tokens[start - 2];
    if (!hyphen || !part || hyphen.text !== '-' || hyphen.end !== readAt(tokens, start, 'tokens').start || part.end !== hyphen.start || !/^\p{L}+$/u.test(part.text)) return start;
    start -= 2;
  }
}

/** The quotation marks that may open and close a quoted nickname ("Chief Yahoo"). */
const NICKNAME_QUOTES: readonly [string, string][] = [
  ['"', '"'],
  ['“', '”'],
  ['‘', '’'],
  ["'", "'"],
];

/**
 * True for an apposition's words that name a body in capitals and then a role in it in lower case ("CBI director general", "BBC
 * political editor"): what a person is there, not the next name of a list.
 */
function roleAfterItsBody(words: readonly string[]): boolean {
  const body = words.findIndex((word) => !/^\p{Lu}/u.test(word));
  if (body < 1) return false;
  const role = words.slice(body);
  return role.every((word) => /^\p{Ll}[\p{Ll}-]*$/u.test(word)) && isRoleWord(readAt(role, role.length - 1, 'role'));
}

/** True when a quotation holds the text from `start` to `end` whole: a quote mark right before it and its closing mark right after. */
function quotedWhole(text: string, start: number, end: number): boolean {
  return NICKNAME_QUOTES.some(([open, close]) => text[start - 1] === open && text[end] === close);
}

function isRoleWord(word: string): boolean {
  // "co-founder", "vice-chairman", which the tagger keeps as one word: a role by its last part.
  const lower = word.toLowerCase().replace(/^\p{L}+-(?=\p{L}{3,}$)/u, '');
  return ROLE_WORDS.has(lower) || TITLE_WORDS.has(word) || hasTag(lower, ACTOR_TAGS);
}

/** "McClaren", "DiCaprio": a surname prefix (SURNAME_PREFIXES) before a capitalised name. */
const PREFIXED_SURNAME = new RegExp(`^(?:${SURNAME_PREFIXES.join('|')})\\p{Lu}\\p{Ll}{2,}$`, 'u');

function isAcronym(text: string): boolean {
  return ACRONYM.test(text) && !/^\p{Lu}\p{Ll}+$/u.test(text) && !PREFIXED_SURNAME.test(text);
}

/**
 * A capital after a sentence's first word: a sentence without one names nothing the tagger could find. Anchored at the
 * sentence's first character that is no space, quote or bracket: a match from any later one also matches from there,
 * and unanchored, a sentence with no capital inside was scanned to its end from every one of its characters.
 */
const CAPITAL_INSIDE = /^[\s"'“‘(]*[^\s"'“‘(][\s\S]*?\s["'“‘(]?\p{Lu}/u;

const FIRST_WORD = /^[\s"'“‘(]*([\p{L}]+)/u;

function opensWithFunctionWord(text: string): boolean {
  const word = FIRST_WORD.exec(text)?.[1];
  return word !== undefined && (STOP_WORDS.has(word.toLowerCase()) || NOT_NAME_WORDS.has(word));
}

/**
 * The article's text from `from` to `to`, with the sentences that can name no one blanked out
 * (same length, so offsets hold): those that open with a function word and hold no capital
 * after it. Tagging costs by the word.
 */
function taggedText(article: Article, from: number, to: number): string {
  let text = '';
  let at = from;
  for (const sentence of article.sentences) {
    if (CAPITAL_INSIDE.test(sentence.text) || !opensWithFunctionWord(sentence.text)) continue;
    text += article.text.slice(at, sentence.start) + ' '.repeat(sentence.end - sentence.start);
    at = sentence.end;
  }
  return text + article.text.slice(at, to);
}

const SPACES = /\s*/uy;
const PLAIN_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Tokens of `text` (which starts at `offset` of the article's text), with their parts of speech and offsets into the article's text. */
function tokensOf(written: string, offset: number): Token[] {
  const { its } = tagger();
  // `Jos&#233; Manuel Barroso`: a letter written as a reference is read as the letter, one word with the rest of the name.
  const text = readableLetterReferences(written);
  const doc = tagger().readDoc(text);
  const values = doc.tokens().out();
  const tags = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = readAt(values, i, 'values');
    // Tokens follow each other with only white space between (blanked sentences included); a
    // token the tagger wrote otherwise than the text is looked for a little further on, else skipped.
    // (`test`, not `exec`: only where the match ends is wanted, and `exec` built a match for every token.)
    SPACES.lastIndex = cursor;
    SPACES.test(text);
    let at = text.startsWith(value, SPACES.lastIndex) ? SPACES.lastIndex : text.indexOf(value, cursor);
    if (at - cursor > 40 && text.slice(cursor, at).trim() !== '') at = -1;
    if (at < 0) continue;
    // Looked for before it is replaced: few words hold the padding, and replacing in every one cost a quarter of a
    // microsecond a token, 1% of an article's analysis.
    const word = value.includes(REFERENCE_PADDING) ? value.replaceAll(REFERENCE_PADDING, '') : value;
    tokens.push({ text: word, start: offset + at, end: offset + at + value.length, pos: readAt(tags, i, 'tags') });
    cursor = at + value.length;
  }
  return tokens;
}

/** A full stop that ends a sentence the splitter left joined: after a closing quote or a lower-case word ("job\". Former …"). */
const MISSED_BOUNDARY = /(?:["”’']|[^.\s]\p{Ll}{2})[.!?]["”’']?$/u;

/** True for a word whose first letter is a capital: ASCII by its code, the rest by the Unicode property. */
function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  return first < 0x80 ? first >= 0x41 && first <= 0x5a : CAPITAL.test(word);
}

function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || (code > 0x2000 && code <= 0x200a);
}

/** True for a token that opens its sentence or a quotation in it, where a capital says nothing. */
function opensClause(text: string, sentence: Sentence, token: Token): boolean {
  let at = token.start - 1;
  while (at >= sentence.start && isSpace(text.charCodeAt(at))) at--;
  if (at < sentence.start || CLAUSE_OPENERS.has(readAt(text, at, 'text'))) return true;
  const mark = readAt(text, at, 'text');
  return (mark === '.' || mark === '!' || mark === '?' || mark === '"' || mark === '”') && MISSED_BOUNDARY.test(text.slice(Math.max(sentence.start, at - 5), at + 1));
}

/**
 * Read the people, organisations, places and media an article names, and link the mentions the
 * article itself links: "Gordon Brown", then "Mr Brown" and "Brown", and "the chancellor" after
 * a descriptor that says he is one. Names are runs of proper nouns by the wink-nlp tagger, never
 * glued to the word before them ("Since Yukos"); kinds come from compromise's name lists, the
 * entity lexicons and titles. Pure and per article, so read workers can run it.
 */
export function readEntityMentions(article: Article): ArticleEntities {
  const text = article.text;
  if (article.sentences.length === 0) return { articleId: article.id, entities: [] };
  const from = readAt(article.sentences, 0, 'sentences').start;
  const to = readAt(article.sentences, article.sentences.length - 1, 'sentences').end;
  const tokens = tokensOf(taggedText(article, from, to), from);
  const bySentence: Token[][] = article.sentences.map(() => []);
  let s = 0;
  for (const token of tokens) {
    while (s < article.sentences.length && token.start >= readAt(article.sentences, s, 'sentences').end) s++;
    if (s < article.sentences.length && token.start >= readAt(article.sentences, s, 'sentences').start) readAt(bySentence, s, 'bySentence').push(token);
  }
  // Sentences left untagged still hold "the chancellor": their words, untagged, are enough for that.
  article.sentences.forEach((sentence, i) => {
    if (readAt(bySentence, i, 'bySentence').length > 0) return;
    for (const match of sentence.text.matchAll(PLAIN_WORD))
      readAt(bySentence, i, 'bySentence').push({ text: match[0], start: sentence.start + match.index, end: sentence.start + match.index + match[0].length, pos: 'X' });
  });
  const capitalisedMidSentence = new Set<string>();
  article.sentences.forEach((sentence, i) => {
    for (const token of readAt(bySentence, i, 'bySentence')) if (isCapitalised(token.text) && !opensClause(text, sentence, token)) capitalisedMidSentence.add(token.text);
  });
  const surnamesAfterHonorifics = new Set<string>();
  const wordsAlone = new Set<string>();
  for (const sentenceTokens of bySentence)
    sentenceTokens.forEach((token, i) => {
      const next = sentenceTokens[i + 1];
      const before = sentenceTokens[i - 1];
      if (next && HONORIFICS.has(token.text) && isCapitalised(next.text)) surnamesAfterHonorifics.add(next.text);
      if (isCapitalised(token.text) && !(before && isCapitalised(before.text)) && !(next && isCapitalised(next.text))) wordsAlone.add(token.text);
    });
  const reading = new ArticleReading(article, capitalisedMidSentence, surnamesAfterHonorifics, wordsAlone);
  article.sentences.forEach((sentence, i) => reading.readSentence(sentence, readAt(bySentence, i, 'bySentence')));
  reading.linkNominals(bySentence);
  return {
    articleId: article.id,
    entities: reading.entities
      .filter((entity) => entity.mentions.length > 0)
      .map(({ name, kind, aliases, mentions, tentative }) => ({ name, kind, aliases, mentions, ...(tentative ? { tentative } : {}) })),
  };
}

class ArticleReading {
  readonly entities: LocalEntity[] = [];
  readonly #byName = new Map<string, LocalEntity>();
  /** Where each person was last named, to link "Mr Brown" to the nearest "Gordon Brown" before it. */
  readonly #lastNamed = new Map<LocalEntity, number>();
  readonly #article: Article;
  readonly #capitalisedMidSentence: ReadonlySet<string>;
  /** Spans already read as descriptors, so "Brown, the chancellor," is not also a nominal mention. */
  readonly #descriptorStarts = new Set<number>();
  /** Lone proper nouns opening a sentence, kept only with evidence that they are names. */
  readonly #tentative: { sentence: Sentence; start: number; end: number; word: string }[] = [];
  /** Mentions still to link: surnames met before the full name. */
  readonly #pending: { words: string[]; mention: number[]; honorific: boolean; at: number }[] = [];

  /** Words the article writes right after an honorific ("Mr Singh"): surnames of people. */
  readonly #surnamesAfterHonorifics: ReadonlySet<string>;

  /** Capitalised words the article writes with no capitalised word beside them ("Safin won …"): a surname is written so. */
  readonly #wordsAlone: ReadonlySet<string>;

  constructor(article: Article, capitalisedMidSentence: ReadonlySet<string>, surnamesAfterHonorifics: ReadonlySet<string>, wordsAlone: ReadonlySet<string>) {
    this.#article = article;
    this.#capitalisedMidSentence = capitalisedMidSentence;
    this.#surnamesAfterHonorifics = surnamesAfterHonorifics;
    this.#wordsAlone = wordsAlone;
  }

  /**
   * How many words from `from` describe the person whose full name is the rest of the run to `last` ("Russian Marat Safin",
   * "Tory Liam Fox", "Lib Dem Norman Baker", "Blairite Alan Milburn"; see describesPerson): 0 unless the rest, two words or
   * more, is a person's name by the lexicons and opens with a known given name or ends with a word the article writes after
   * an honorific, or, after a people's word only, alone ("Safin won …"). Not "American Eagle Outfitters", "English National
   * Ballet", "West Bromwich Albion": no given name, no word of them written alone. The most words that leave such a name are
   * taken ("Lib Dem | Norman Baker"), fewer when the last of them opens the name ("Tory | Scot Gemmill").
   */
  #describersBeforePerson(tokens: readonly Token[], from: number, last: number): number {
    let count = 0;
    while (from + count < last && describesPerson(wordOf(readAt(tokens, from + count, 'tokens')))) count++;
    for (; count > 0; count--) {
      const start = from + count;
      // ("Children's Bafta", "Women's Hour": a possessive ends the word before, no name follows it.)
      if (last - start < 1 || !isCapitalised(readAt(tokens, start, 'tokens').text)) continue;
      const words = wordsOf(tokens.slice(start, last + 1));
      const given = readAt(words, 0, 'words');
      const surname = wordOf(readAt(tokens, last, 'tokens'));
      // ("the Republican National Convention … at the Convention": a party opens bodies' names as often as it describes a person,
      // so after one only a given name or an honorific elsewhere shows a person; a people's word may rest on a surname written alone.)
      const surnameShown = this.#surnamesAfterHonorifics.has(surname) || (this.#wordsAlone.has(surname) && tokens.slice(from, start).every((token) => namesPeople(wordOf(token))));
      const evidence = isGivenName(given) || SEXED_GIVEN_NAMES.has(given.toLowerCase()) || surnameShown;
      if (evidence && classify(this.#runText(tokens, start, last, false), words) === 'person') return count;
    }
    return 0;
  }

  /**
   * The words that end a title before a person's full name closing the run, when the title takes them after "for", "of" or
   * "to" ("Minister for Work | Jane Kennedy", "Shadow leader of the Commons | Oliver Heald", "Chief Secretary to the Treasury
   * | Paul Boateng", "Mayor of London | Ken Livingstone"): the run starts after the lower-case preposition, or the title
   * inside it ends with "of", so the words before the given name were read into the name. `titleStart` is where the title
   * opens when it stands before the run. Undefined unless one to three capitalised words, none a given name, come before a
   * given name and a surname that end the run and make a person's name, and the words are a portfolio or a body or place
   * the lexicons know ("Work", "Treasury", "Microsoft", "London") or the article writes the surname as a person's ("Mr
   * Heald"): "managing director of CB Richard Ellis" names a firm.
   */
  #titleComplement(tokens: readonly Token[], first: number, titleEnd: number, last: number): { words: number; titleStart?: number } | undefined {
    const from = titleEnd + 1;
    const given = last - 1;
    const words = given - from;
    if (words < 1 || words > 3) return undefined;
    const inside = titleEnd >= first && (readAt(tokens, titleEnd, 'tokens').text === 'of' || readAt(tokens, titleEnd, 'tokens').text === 'the');
    const titleStart = inside ? undefined : this.#titleBeforeComplement(tokens, first);
    if (!inside && (titleEnd >= first || titleStart === undefined)) return undefined;
    const leading = tokens.slice(from, given);
    if (leading.some((token) => !isCapitalised(token.text) || opensWithGivenName(wordOf(token)) || HONORIFICS.has(wordOf(token)))) return undefined;
    const givenWord = wordOf(readAt(tokens, given, 'tokens'));
    const surname = wordOf(readAt(tokens, last, 'tokens'));
    if (!opensWithGivenName(givenWord) || !isCapitalised(surname)) return undefined;
    if (classify(this.#runText(tokens, given, last, false), [givenWord, surname]) !== 'person') return undefined;
    const leadingText = this.#runText(tokens, from, given - 1, false);
    // (Not a body known only by its capitals: "CB Richard Ellis", "J Walter Thompson" are firms named for people.)
    const known =
      leading.every((token) => PORTFOLIO_WORDS.has(wordOf(token))) ||
      MEDIA_NAMES.has(leadingText) ||
      PLACE_NAMES.has(leadingText) ||
      ORGANISATION_NAMES.has(leadingText) ||
      leading.some((token) => ORGANISATION_WORDS_AS_WRITTEN.has(wordOf(token))) ||
      hasTag(leadingText.toLowerCase(), NAME_TAGS_NOT_SURNAME);
    if (!known && !this.#surnamesAfterHonorifics.has(surname) && !this.#wordsAlone.has(surname)) return undefined;
    return { words, ...(titleStart === undefined ? {} : { titleStart }) };
  }

  /**
   * Where the title opens whose preposition stands right before the run at `first` ("Minister for", "Shadow leader of the",
   * "Chief Secretary to the", "Secretary of State for"): a role word or a portfolio closing a title must stand before "for",
   * "of" or "to". Undefined when none does ("the defection to Labour …", "managing director, of …").
   */
  #titleBeforeComplement(tokens: readonly Token[], first: number): number | undefined {
    let at = first - 1;
    if (tokens[at]?.text === 'the') at--;
    const preposition = tokens[at];
    const role = tokens[at - 1];
    const spaced = (left: Token, right: Token): boolean => right.start === left.end + 1;
    if (!preposition || !role || !TITLE_PREPOSITIONS.has(preposition.text) || !spaced(role, preposition) || !spaced(readAt(tokens, first - 1, 'tokens'), readAt(tokens, first, 'tokens')))
      return undefined;
    if (isRoleWord(role.text) && !role.text.endsWith('s')) return this.#roleBefore(tokens, at)?.start ?? role.start;
    if (!PORTFOLIO_WORDS.has(role.text)) return undefined;
    // "Secretary of State for Trade": back over the title the portfolio closes.
    let start = at - 1;
    while (start > 0 && spaced(readAt(tokens, start - 1, 'tokens'), readAt(tokens, start, 'tokens')) && TITLE_INSIDE.has(readAt(tokens, start - 1, 'tokens').text)) start--;
    return TITLE_WORDS.has(readAt(tokens, start, 'tokens').text) ? qualifiedStart(tokens, start) : undefined;
  }

  /**
   * True when the article says the run ending at `last` names a person: it writes the run's last word after an honorific
   * elsewhere ("… said Mr Singh"), or an apposition with a role follows the run (", the founder of India's Percept Films,").
   */
  #namesPerson(sentence: Sentence, tokens: readonly Token[], last: number): boolean {
    const end = readAt(tokens, last, 'tokens').end;
    const after = this.#article.text.slice(end, Math.min(end + 120, sentence.end));
    return this.#surnamesAfterHonorifics.has(readAt(tokens, last, 'tokens').text) || this.#apposition(after, end, true, { tokens, opens: true }) !== undefined;
  }

  /**
   * opensFullName, taking a given name the tagger reads as an auxiliary ("Will", "May") for one where no auxiliary can stand:
   * capitalised inside its sentence ("among them Will Smith, Kevin Spacey …", "has ended Will Smith's reign"), where
   * sentence-case copy writes a verb small, or opening it before a possessive ("Will Smith's first romantic comedy"). Opening
   * a sentence before anything else, it may ask a question ("Will Tory tax cuts lift spirits?"); after a subject pronoun it is a verb.
   */
  #opensFullName(sentence: Sentence, tokens: readonly Token[], at: number): boolean {
    const token = tokens[at];
    const next = tokens[at + 1];
    const after = tokens[at + 2];
    // The tagger writes "Smith's" as one token or two, depending on the words it has met.
    const possessive = next !== undefined && (POSSESSIVE_ENDING.test(next.text) || (after !== undefined && APOSTROPHE_S.test(after.text) && after.start === next.end));
    // ("We Will Rock You", "I Will Survive": after a subject pronoun it is the verb of a title written in capitals; "among
    // them Will Smith" is no such.)
    const afterPronoun = SUBJECT_PRONOUNS.has(tokens[at - 1]?.text.toLowerCase() ?? '');
    const auxiliaryAsName = token !== undefined && token.pos === 'AUX' && !afterPronoun && (!opensClause(this.#article.text, sentence, token) || possessive);
    return opensFullName(tokens, at, auxiliaryAsName);
  }

  readSentence(sentence: Sentence, tokens: Token[]): void {
    for (const run of this.#runsOf(sentence, tokens)) this.#readRun(sentence, tokens, run);
  }

  /**
   * True for a capitalised word inside a sentence that the tagger reads as a verb but compromise's list knows as a name
   * ("GM and Ford blamed …": `Ford` is a carmaker, not "to ford"): in sentence-case copy a verb is not capitalised there.
   */
  #nameReadAsVerb(sentence: Sentence, token: Token): boolean {
    return token.pos === 'VERB' && hasTag(token.text.toLowerCase(), NAME_TAGS) && !opensClause(this.#article.text, sentence, token);
  }

  /**
   * True when the numeral at `at` is the first word of a name ("50 Cent", "19 Management", "60 Minutes"): a numeral of up
   * to three digits, with no capitalised word or figure glued before it (no "Fathers 4 Justice" cut in two, no "P-3"),
   * right before a proper noun that is no given name, place, people, date or count, and that the article never writes
   * without that numeral before it ("32 Labour MPs": the article writes "Labour" alone too).
   */
  #numeralOpensName(tokens: readonly Token[], at: number): boolean {
    const token = readAt(tokens, at, 'tokens');
    const next = tokens[at + 1];
    const before = tokens[at - 1];
    if (!NUMERAL_OF_NAME.test(token.text) || next === undefined || next.pos !== 'PROPN' || next.start !== token.end + 1) return false;
    // ("Chart-topper 50 Cent, real name …": a capitalised common noun opening the sentence is no part of a name.)
    const nameBefore = before !== undefined && isCapitalised(before.text) && (at > 1 || before.pos === 'PROPN');
    if (before !== undefined && (before.end === token.start || nameBefore || /^[\d£$€(#-]/u.test(before.text))) return false;
    // ("10 Gaston Gaudio" in a list of seeds, "30 Airbus A320s": a numeral before a name of several words counts or ranks it.)
    const after = tokens[at + 2];
    if (after !== undefined && after.start === next.end + 1 && isCapitalised(after.text)) return false;
    const word = next.text;
    const lower = word.toLowerCase();
    // ("41 Grammy nominations", "34 Grosvenor casinos", "440 Britons were", "from 14 Tests": a count of things; "CBS's 60 Minutes
    // show", "21 Grams actress": a title before the noun it names.)
    const following = after !== undefined && after.pos === 'NOUN' && !isCapitalised(after.text) ? after.text : undefined;
    if (following?.endsWith('s') || (word.endsWith('s') && (following === undefined || following.endsWith('s')))) return false;
    if (!isCapitalised(word) || /\d/u.test(word) || isAcronym(word) || isGivenName(word) || SEXED_GIVEN_NAMES.has(lower) || PLACE_NAMES.has(word) || CALENDAR_NAMES.has(lower) || isPlural(word))
      return false;
    // ("34 Labour MPs", "54 Boeing jets", "41 Grammy nominations", "34 Grosvenor Square": a body, a surname or a place counted or numbered.)
    if (ORGANISATION_NAMES.has(word) || hasTag(lower, ORGANISATION_TAGS) || hasTag(word, LAST_NAME_TAGS) || hasTag(lower, PLACE_TAGS) || hasTag(lower, DEMONYM_TAGS) || hasTag(lower, COUNT_TAGS))
      return false;
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    const alone = new RegExp(`(?<!${token.text} )(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u');
    return !alone.test(this.#article.text);
  }

  /** Runs of capitalised proper nouns, joined by "of", "&" and hyphens; a possessive ends a run. */
  #runsOf(sentence: Sentence, tokens: Token[]): [number, number][] {
    const runs: [number, number][] = [];
    const text = this.#article.text;
    let start = -1;
    const close = (end: number): void => {
      let last = end;
      const insideName = (at: number): boolean => APOSTROPHE_S.test(readAt(tokens, at, 'tokens').text) && at > start && POSSESSIVES_INSIDE_NAMES.has(readAt(tokens, at - 1, 'tokens').text);
      while (last >= start && ((!isCapitalised(readAt(tokens, last, 'tokens').text) && !insideName(last)) || readAt(tokens, last, 'tokens').pos === 'PUNCT')) last--;
      if (start >= 0 && last >= start) runs.push([start, last]);
      start = -1;
    };
    for (let i = 0; i < tokens.length; i++) {
      const token = readAt(tokens, i, 'tokens');
      if (start < 0 && this.#numeralOpensName(tokens, i)) {
        start = i;
        continue;
      }
      const nameWord =
        (isCapitalised(token.text) || (FORMER_PREFIX.test(token.text) && opensTitle(tokens, i))) &&
        (token.pos === 'PROPN' ||
          (start >= 0 && NAME_TAGS_OF_RUN.has(token.pos)) ||
          surnameReadAsVerb(tokens, i, start) ||
          this.#nameReadAsVerb(sentence, token) ||
          this.#opensFullName(sentence, tokens, i) ||
          opensTitle(tokens, i) ||
          (start < 0 && !isCapitalised(tokens[i + 2]?.text ?? '') && this.#nameOfTheCommonWord(tokens, i, i + 1))) &&
        (!STOP_WORDS.has(token.text.toLowerCase()) || HONORIFICS.has(token.text) || (token.pos === 'AUX' && this.#opensFullName(sentence, tokens, i))) &&
        !CONTRACTION.test(token.text);
      const gap = start >= 0 ? token.start - readAt(tokens, i - 1, 'tokens').end : -1;
      const joined = gap === 0 || (gap === 1 && (text.charCodeAt(token.start - 1) === 0x20 || text.charCodeAt(token.start - 1) === 0xa0));
      // "Radio Five Live", "Five Live": an outlet the lexicon names is one name, whatever the tagger makes of its words.
      const outletEnd = isCapitalised(token.text) ? outletEndingAt(text, tokens, i) : -1;
      if (outletEnd > i) {
        if (start >= 0 && !joined) close(i - 1);
        runs.push([start >= 0 ? start : i, outletEnd]);
        start = -1;
        i = outletEnd;
        continue;
      }
      if (nameWord) {
        if (start >= 0 && !joined) close(i - 1);
        if (start < 0) start = i;
        if (TRAILING_POSSESSIVE.test(token.text) && !POSSESSIVES_INSIDE_NAMES.has(token.text.replace(TRAILING_POSSESSIVE, ''))) close(i);
        continue;
      }
      const next = tokens[i + 1];
      // "Radio 4", "Chapter 11": a numeral after a head that takes one ends the name (and the run).
      if (start >= 0 && joined && numeralEndsName(tokens, i)) {
        runs.push([start, i]);
        start = -1;
        continue;
      }
      // "Donetsk People’s Republic": a possessive inside a name does not end it.
      if (start >= 0 && APOSTROPHE_S.test(token.text) && token.start === readAt(tokens, i - 1, 'tokens').end && POSSESSIVES_INSIDE_NAMES.has(readAt(tokens, i - 1, 'tokens').text)) {
        if (next && isCapitalised(next.text)) continue;
        close(i);
        continue;
      }
      const tight = token.start === tokens[i - 1]?.end && next?.start === token.end;
      // "Bank of England", "Minister of Defense", but not "Nestor Kirchner of Argentina".
      const head = tokens[i - 1]?.text ?? '';
      const connects = CONNECTORS.has(token.text) && (token.text !== 'of' || ORGANISATION_WORDS_AS_WRITTEN.has(head) || TITLE_WORDS.has(head) || PORTFOLIO_WORDS.has(head) || OF_HEADS.has(head));
      if (start >= 0 && joined && next && isCapitalised(next.text) && ((connects && next.pos === 'PROPN') || (token.text === '-' && tight) || joinsPortfolio(tokens, i))) continue;
      if (start >= 0 && joined && joinsOfThe(tokens, i)) continue;
      if (start >= 0) close(i - 1);
    }
    if (start >= 0) close(tokens.length - 1);
    return runs;
  }

  /**
   * True when a common word opening a sentence and a two-word name (`Sun Microsystems has launched …`) is the name's first
   * word: the article writes the word alone, capitalised, inside a sentence too (`maintained by Sun`), so it uses it as a
   * name, and the word after it is no person's name (`Mr Letwin`, or a word the article writes alone: `Witherspoon said`).
   * A people's word, a date or a count (`French`, `January`, `Six`) describes what follows and stays out.
   */
  #nameOfTheCommonWord(tokens: Token[], first: number, last: number): boolean {
    if (last !== first + 1) return false;
    const word = wordOf(readAt(tokens, first, 'tokens'));
    const next = tokens[last];
    if (next === undefined || !isCapitalised(next.text) || next.start !== readAt(tokens, first, 'tokens').end + 1) return false;
    const rest = wordOf(next);
    if (!this.#capitalisedMidSentence.has(word) || !this.#wordsAlone.has(word) || ORGANISATION_WORDS_AS_WRITTEN.has(word)) return false;
    // Only a word read as a common one, which would otherwise be dropped (`Reese Witherspoon` opens with a name).
    if (readAt(tokens, first, 'tokens').pos === 'PROPN' && !hasTag(word.toLowerCase(), COMMON_WORD_TAGS)) return false;
    // (`January Cellnet`, `Monday Doherty`, `Six Nations`, `One Night`: a date or a count before a name is no word of it.)
    if (hasTag(word.toLowerCase(), DEMONYM_TAGS) || hasTag(word.toLowerCase(), COUNT_TAGS) || CALENDAR_NAMES.has(word.toLowerCase()) || isGivenName(word) || SEXED_GIVEN_NAMES.has(word.toLowerCase()))
      return false;
    // (`Reese Witherspoon … Witherspoon said`: a second word the article writes alone is a surname.)
    return (
      !isGivenName(rest) &&
      !SEXED_GIVEN_NAMES.has(rest.toLowerCase()) &&
      !this.#surnamesAfterHonorifics.has(rest) &&
      !this.#wordsAlone.has(rest) &&
      !TITLE_WORDS.has(rest) &&
      !ORGANISATION_WORDS_AS_WRITTEN.has(rest)
    );
  }

  #readRun(sentence: Sentence, tokens: Token[], [first, last]: [number, number]): void {
    const text = this.#article.text;
    const commonWordName = this.#nameOfTheCommonWord(tokens, first, last);
    // No function word opens a name, and a capital that opens a clause makes no name unless the
    // word is a known name or the article capitalises it elsewhere ("Shares in Yukos" → "Yukos").
    // A modifier so dropped right before a title still belongs to the title ("Shadow | Home Secretary").
    let modifierStart: number | undefined;
    // A known outlet's whole name ("Five Live") opening a sentence is a name though its first word is a numeral.
    const outlet = MEDIA_NAMES.has(text.slice(readAt(tokens, first, 'tokens').start, readAt(tokens, last, 'tokens').end));
    // ("50 Cent appeared …": a numeral opens a run only as the name's first word, #numeralOpensName.)
    const numeralName = NUMERAL.test(readAt(tokens, first, 'tokens').text);
    while (first <= last && !outlet && !numeralName) {
      const token = readAt(tokens, first, 'tokens');
      const word = wordOf(token);
      // "Home Secretary Charles Clarke" opening a sentence: the portfolio is part of the title.
      const title =
        TITLE_WORDS.has(word) || HONORIFICS.has(word) || opensTitle(tokens, first) || (PORTFOLIO_WORDS.has(word) && first < last && TITLE_WORDS.has(wordOf(readAt(tokens, first + 1, 'tokens'))));
      // "Former Conservative …", "Shadow chancellor …": a common adjective or noun opening a run
      // is no part of the name, unless compromise knows the whole run as one ("New York").
      // ("Transport 2000 said …": a head with its numeral is the whole name.)
      const numbered = last === first + 1 && numeralEndsName(tokens, last);
      if (commonWordName) break;
      if (
        !title &&
        !numbered &&
        first < last &&
        opensClause(text, sentence, token) &&
        hasTag(word, COMMON_WORD_TAGS) &&
        !hasTag(word, NAME_TAGS) &&
        !hasTag(this.#runText(tokens, first, last), NAME_TAGS) &&
        !this.#opensFullName(sentence, tokens, first)
      ) {
        modifierStart = isTitleModifier(word) ? (modifierStart ?? token.start) : undefined;
        first++;
        continue;
      }
      // ("Will Smith": an auxiliary read as a given name is no function word.)
      const givenAuxiliary = token.pos === 'AUX' && this.#opensFullName(sentence, tokens, first);
      const functionWord =
        !title &&
        !givenAuxiliary &&
        (STOP_WORDS.has(word.toLowerCase()) || NOT_NAME_WORDS.has(word) || (token.pos !== 'PROPN' && !this.#opensFullName(sentence, tokens, first) && !this.#nameReadAsVerb(sentence, token)));
      const unsupported =
        opensClause(text, sentence, token) &&
        !title &&
        !numbered &&
        !this.#capitalisedMidSentence.has(token.text) &&
        !hasTag(word, NAME_TAGS) &&
        !isAcronym(word) &&
        // "McCain said …": a capital inside the word says it is a name wherever it stands, as an acronym's do.
        !PREFIXED_SURNAME.test(word) &&
        !this.#opensFullName(sentence, tokens, first) &&
        !(opensUnknownName(tokens, first, last) && this.#namesPerson(sentence, tokens, last));
      if (!functionWord && !unsupported) break;
      // "Shadow Home Secretary David Davis", "Lib Dem MP Lembit Opik" opening a sentence: such a
      // word is no name, but it may be the title's, if a title follows.
      modifierStart = !functionWord && isTitleModifier(word) ? (modifierStart ?? token.start) : undefined;
      // A lone proper noun opening a sentence ("Ebbers denied …") may be a name the article never
      // writes mid-sentence: the table keeps it when other articles name it.
      if (!functionWord && first === last && !hasTag(word, COMMON_WORD_TAGS)) {
        this.#tentative.push({ sentence, start: token.start, end: endOfWord(token), word });
        return;
      }
      first++;
    }
    if (first > last) return;
    // A run's last title word splits it into a descriptor and a name: "Kursk Governor | Alexander
    // Khinstsen", "Deputy Minister of Defense | Viktor Goremykin", "Mr | Brown".
    let titleEnd = first - 1;
    for (let i = first; i <= last; i++) {
      const word = wordOf(readAt(tokens, i, 'tokens'));
      if (TITLE_WORDS.has(word.replace(FORMER_PREFIX, '')) || HONORIFICS.has(word) || titleBeforeName(tokens, i, last)) titleEnd = i;
      else if (titleEnd === i - 1 && titleEnd >= first && (PORTFOLIO_WORDS.has(word) || ((word === 'of' || (word === 'the' && tokens[i - 1]?.text === 'of')) && i < last))) titleEnd = i;
    }
    if (titleEnd >= first && titleEnd < last && tokens.slice(titleEnd + 1, last + 1).some((token) => ORGANISATION_WORDS_AS_WRITTEN.has(wordOf(token)))) titleEnd = first - 1;
    // Surnames that are also titles: "Mr King", "Mervyn King", "John Major"; not an office whose title opens with "Lord"
    // ("the Lord Chancellor"), which stays titles only.
    if (titleEnd === last && first < last && HONORIFICS.has(wordOf(readAt(tokens, first, 'tokens'))) && !opensPeerageOffice(tokens, first)) titleEnd = first;
    else if (titleEnd === last && first < last && isGivenName(wordOf(readAt(tokens, first, 'tokens')))) titleEnd = first - 1;
    // "Russian Marat Safin", "Tory Liam Fox", "Assistant Chief Constable David Warcup": a word that describes the person
    // whose full name follows is no word of his name; it is his descriptor, or part of the title before it.
    const describers = titleEnd >= first && HONORIFICS.has(wordOf(readAt(tokens, titleEnd, 'tokens'))) ? 0 : this.#describersBeforePerson(tokens, titleEnd + 1, last);
    const describedOnly = titleEnd < first && describers > 0;
    titleEnd += describers;
    // "Minister for Work Jane Kennedy", "Mayor of London Ken Livingstone": the words a title's "for", "of" or "to" takes end the
    // title, not open the name.
    const complement = describers === 0 ? this.#titleComplement(tokens, first, titleEnd, last) : undefined;
    if (complement) titleEnd += complement.words;
    // Only titles ("the Chancellor"): a nominal reference, read by linkNominals.
    if (titleEnd >= last) return;
    // "the firm's "Chief Yahoo"", "mocked him as "Lord Spendalot"": a titled name a quotation
    // holds whole is a nickname, no person's title and name.
    if (titleEnd >= first && quotedWhole(text, readAt(tokens, first, 'tokens').start, readAt(tokens, last, 'tokens').end)) return;
    // "Margaret Moran MP": a title after the name is no part of it.
    while (last > titleEnd + 1 && POSTNOMINALS.has(readAt(tokens, last, 'tokens').text)) last--;
    const nameTokens = tokens.slice(titleEnd + 1, last + 1);
    const nameStart = readAt(nameTokens, 0, 'nameTokens').start;
    const lastToken = readAt(nameTokens, nameTokens.length - 1, 'nameTokens');
    const nameEnd = endOfWord(lastToken);
    // The name as the reader reads it (`José Manuel Barroso`); the mention's offsets keep what the text writes.
    const name = decodeLetterReferences(text.slice(nameStart, nameEnd));
    const words = wordsOf(nameTokens);
    const honorific = titleEnd >= first && HONORIFICS.has(wordOf(readAt(tokens, titleEnd, 'tokens')));
    // Before an honorific only a title is a descriptor ("Chancellor Mr Brown"); "deal with Tanzania
    // Mr Brown" puts a place, not a title, before him.
    const titledBeforeHonorific = tokens.slice(first, titleEnd).every((token) => TITLE_WORDS.has(wordOf(token)) || PORTFOLIO_WORDS.has(wordOf(token)) || wordOf(token) === 'of');
    const titles =
      titleEnd >= first && !(honorific && (titleEnd === first || !titledBeforeHonorific))
        ? {
            start: complement?.titleStart ?? modifierStart ?? qualifiedStart(tokens, listedPortfolioStart(tokens, first, titleEnd)),
            end: honorific ? readAt(tokens, titleEnd - 1, 'tokens').end : readAt(tokens, titleEnd, 'tokens').end,
          }
        : undefined;
    const after = text.slice(nameEnd, Math.min(nameEnd + 120, sentence.end));
    // (`Sun Microsystems`, `Sky Movies`: a common word and another are a firm's or a product's name as often as a person's.)
    const classified = classify(name, words);
    const known = commonWordName && classified === 'person' ? 'other' : classified;
    // "Russian Oleg Petrenko, the player he beat in the final,": an apposition says more of him than his nationality.
    let apposition: { start: number; end: number } | undefined;
    const clause = { tokens, opens: opensClause(text, sentence, readAt(tokens, first, 'tokens')) || startsClause(tokens, first) };
    const descriptor = describedOnly
      ? ((apposition = this.#apposition(after, nameEnd, true, clause)) ?? titles)
      : (titles ??
        this.#roleBefore(tokens, first) ??
        (apposition = this.#apposition(after, nameEnd, honorific || known === 'person', clause)) ??
        (honorific || known === 'person' ? this.#roleSetOffBefore(tokens, first, after) : undefined));
    // `"Lib Dems, good people, reasonable ideas …"`: an apposition inside a quotation is the speaker's word for the name, no
    // description the article gives; it still says what kind of name it is, but is not kept as what the articles call it.
    const described = descriptor && descriptor === apposition && this.#quoted(descriptor.start, descriptor.end) ? undefined : descriptor;
    // "South Korean news agency Yonhap": after a place or its adjective, the gloss is the next name's.
    const gloss = PLACE_NAMES.has(name) || hasTag(name, PLACE_TAGS) || hasTag(name, DEMONYM_TAGS) ? null : ORG_GLOSS_AFTER.exec(after);
    const glossSpan = gloss ? { start: nameEnd + gloss[0].length - readAt(gloss, 1, 'gloss').length, end: nameEnd + gloss[0].length } : undefined;
    const hasOrganisationWord = words.some((word) => ORGANISATION_WORDS_AS_WRITTEN.has(word));
    // A title or role beside a name makes a person only when the lexicons do not know the name as
    // a body or a place ("German carmaker BMW"); an honorific always does.
    const organisationBefore = ORGANISATION_NOUNS.has(tokens[first - 1]?.text.toLowerCase() ?? '');
    const kind: EntityKind =
      gloss && MEDIA_GLOSS.has(readAt(gloss, 1, 'gloss'))
        ? 'media'
        : honorific
          ? 'person'
          : organisationBefore && known !== 'media'
            ? 'organisation'
            : descriptor && !hasOrganisationWord && !glossSpan && (known === 'other' || known === 'person')
              ? 'person'
              : known;
    const mention = [sentence.index, nameStart, nameEnd, described?.start ?? glossSpan?.start ?? -1, described?.end ?? glossSpan?.end ?? -1, 0];
    if (descriptor) this.#descriptorStarts.add(descriptor.start);
    // "James Ford … the website Ford did not deserve …": a name read from a verb (#nameReadAsVerb) is the surname of a
    // person the article names, if one, before it is the carmaker compromise's list knows.
    const verbRead = nameTokens.length === 1 && this.#nameReadAsVerb(sentence, readAt(nameTokens, 0, 'nameTokens')) && this.#personEndingWith(name, nameStart) !== undefined;
    const entity = this.#place(name, words, verbRead ? 'person' : kind, mention, honorific, nameStart);
    if (descriptor && entity) {
      const head = headOf(text.slice(descriptor.start, descriptor.end));
      if (head) entity.roles.add(head);
    }
    const parenthesis = PARENTHESIS.exec(after);
    if (parenthesis && entity) this.#readParenthesis(sentence, entity, parenthesis, nameEnd, nameStart);
  }

  #quotedSpans: readonly Span[] | undefined;

  /** True when a quotation of the article (read as the analysis reads them) holds the text from `start` to `end` whole. */
  #quoted(start: number, end: number): boolean {
    this.#quotedSpans ??= findQuotedSpans(this.#article.text, this.#article.paragraphs).map((quoted) => quoted.outer);
    return this.#quotedSpans.some((span) => span.start <= start && end <= span.end);
  }

  #runText(tokens: readonly Token[], first: number, last: number, lower = true): string {
    const text = this.#article.text.slice(readAt(tokens, first, 'tokens').start, readAt(tokens, last, 'tokens').end);
    return lower ? text.toLowerCase() : text;
  }

  /**
   * "former WorldCom boss Bernie Ebbers", "lawyers for former Worldcom chief executive Mr
   * Ebbers": the words before a name, ending in a role noun.
   */
  #roleBefore(tokens: readonly Token[], first: number): { start: number; end: number } | undefined {
    const before = tokens[first - 1];
    if (!before || before.end !== readAt(tokens, first, 'tokens').start - 1 || HONORIFICS.has(before.text) || !isRoleWord(before.text) || (before.pos === 'PROPN' && !TITLE_WORDS.has(before.text)))
      return undefined;
    // "to powerfully head Lampard's corner goalwards": a role word the tagger reads as a verb is no title.
    if (before.pos === 'VERB') return undefined;
    // "will host Mr Brown's speech": before an honorific, only a noun is a role ("executive Mr Ebbers").
    if (HONORIFICS.has(readAt(tokens, first, 'tokens').text) && (before.pos !== 'NOUN' || tokens[first - 2]?.pos === 'AUX')) return undefined;
    let start = first - 1;
    // "In October Tory leader …" and "to attack Tory leader …": a date or a verb after "to" is no part of the role.
    const partOfRole = (at: number): boolean => {
      const token = readAt(tokens, at, 'tokens');
      const next = readAt(tokens, at + 1, 'tokens');
      return (
        // ("Defending champion Joice Maduaka": a qualifier the tagger reads as a verb is part of the role, unless it follows
        // its subject: "Lawyers defending former WorldCom chief …", "games defending champions …".)
        (['NOUN', 'PROPN', 'ADJ'].includes(token.pos) || (TITLE_QUALIFIERS.has(token.text.toLowerCase()) && !['NOUN', 'PROPN', 'PRON'].includes(tokens[at - 1]?.pos ?? ''))) &&
        token.end === next.start - 1 &&
        // "… changed its name to MCI Inc. Former WorldCom chief …": a full stop ends what came before.
        !token.text.endsWith('.') &&
        !CALENDAR_NAMES.has(token.text.toLowerCase()) &&
        // "never attack Tory leader …": a common noun before a capitalised modifier is no part of a
        // role ("former Tory leader", an adjective, is).
        !(token.pos === 'NOUN' && !isCapitalised(token.text) && isCapitalised(next.text)) &&
        tokens[at - 1]?.text.toLowerCase() !== 'to'
      );
    };
    // "60m champion", "10,000m champion": a figure written onto the role's first word is part of it, never cut off.
    const gluedFigure = (at: number): boolean => /^\d[\d,.]*$/u.test(readAt(tokens, at, 'tokens').text) && readAt(tokens, at, 'tokens').end === readAt(tokens, at + 1, 'tokens').start;
    start = hyphenatedStart(tokens, start);
    while (start > 0 && first - start < 5 && (gluedFigure(start - 1) || partOfRole(start - 1))) start = hyphenatedStart(tokens, start - 1);
    // "British and Irish Lions coach": two peoples' adjectives joined by "and" open one name.
    const and = tokens[start - 1];
    const people = tokens[start - 2];
    const ofPlace = (word: string): boolean => PLACE_NAMES.has(word) || hasTag(word, DEMONYM_TAGS);
    if (and?.text === 'and' && people && isCapitalised(people.text) && ofPlace(people.text) && ofPlace(readAt(tokens, start, 'tokens').text) && people.end === and.start - 1) start -= 2;
    // "deputy minister for women Jacqui Smith": a role's complement runs back through "for" or "of" to the role itself.
    const joiner = tokens[start - 1]?.text.toLowerCase();
    // Only a singular role and a complement in lower case ("lawyers for former WorldCom chief executive Mr Ebbers" act for him).
    const role = tokens[start - 2];
    const lowerComplement = tokens.slice(start, first).every((token) => !isCapitalised(token.text));
    if ((joiner === 'for' || joiner === 'of') && role && isRoleWord(role.text) && !isCapitalised(role.text) && !role.text.endsWith('s') && lowerComplement) {
      start -= 2;
      while (start > 0 && first - start < 8 && partOfRole(start - 1)) start--;
    }
    // "how good a prime minister Gordon Brown will make": after "a", the role is said of him, not his title.
    const article = tokens[start - 1]?.text.toLowerCase();
    if (article === 'a' || article === 'an') return undefined;
    return { start: readAt(tokens, start, 'tokens').start, end: before.end };
  }

  /**
   * "The chancellor, Gordon Brown, said", "told the shadow foreign secretary, Michael Ancram, that": a definite role set off
   * by a comma before a name the comma after it closes (or a verb of speech follows) is the name's descriptor, as a title
   * written right before it is. Without "the" (`As chairman, John Smith …`) the role is what he acts as, and a name the
   * sentence goes on listing (`the chancellor, Gordon Brown and …`) is no apposition.
   */
  #roleSetOffBefore(tokens: readonly Token[], first: number, after: string): { start: number; end: number } | undefined {
    const comma = tokens[first - 1];
    const role = tokens[first - 2];
    if (comma?.text !== ',' || !role || !isRoleWord(role.text) || role.pos === 'VERB' || (role.pos === 'PROPN' && !TITLE_WORDS.has(role.text))) return undefined;
    // "One of the men, David Redvers, …": a plural names the group he is one of, no role of his.
    if (role.text.endsWith('s') || hasTag(role.text.toLowerCase(), PLURAL_TAGS)) return undefined;
    const close = CLOSED_APPOSITION.exec(after);
    if (!close || (close[1] !== undefined && !PLAIN_SPEECH.test(close[1]))) return undefined;
    let start = first - 2;
    while (start > 0 && first - start < 6 && ['NOUN', 'ADJ', 'PROPN'].includes(readAt(tokens, start - 1, 'tokens').pos) && !readAt(tokens, start - 1, 'tokens').text.endsWith('.')) start--;
    if (
      start === 0 ||
      readAt(tokens, start - 1, 'tokens').text.toLowerCase() !== 'the' ||
      tokens[start - 2]?.text.toLowerCase() === 'of' ||
      tokens.slice(start, first - 1).some((token, at) => HONORIFICS.has(token.text) && !opensPeerageOffice(tokens, start + at))
    )
      return undefined;
    return { start: readAt(tokens, start, 'tokens').start, end: role.end };
  }

  /**
   * ", the chief executive of Yukos," after a name, without its article. `clause`: the sentence's tokens, and whether the name (with any
   * title before it) opens its sentence or clause, so a verb after the phrase may be the name's own ("Jo Hale, an analyst at Ovum believes …").
   */
  #apposition(after: string, at: number, person: boolean, clause: { tokens: readonly Token[]; opens: boolean }): { start: number; end: number } | undefined {
    const match = APPOSITION_AFTER.exec(after);
    if (!match) return undefined;
    const whole = readAt(match, 1, 'match').replace(/^(?:the|a|an)\s+/u, '');
    // Where the phrase starts in the text (the whole phrase's start, whatever is cut from its end).
    const phraseStart = at + match[0].length - whole.length;
    // ", the German co-head of EADS will also step down …", ", an analyst at Informa Media believes …": a phrase the
    // sentence's verb runs on from ends before it.
    const beforeModal = whole.replace(/\s+(?:will|would|could|can|may|might|must|should)\s.*$/u, '');
    const verbAt = finiteVerbAt(clause.tokens, phraseStart, phraseStart + beforeModal.length);
    // (", sales director for Arbor Networks which has …": a relative word the phrase ends on opens the clause cut off.)
    const beforeVerb = beforeModal.slice(0, verbAt - phraseStart);
    const phrase = beforeVerb.trimEnd().replace(/\s+(?:who|which|that)$/u, '');
    // "In Leeds, nearly 400 people were injured", "Before Christmas, parents are expected to …": after a name that does not
    // open its clause, a phrase a verb runs on from is the next clause's subject, not a description of the name.
    // (After a relative word the verb is the relative clause's.)
    const verbFollows =
      !beforeVerb.split(/\s+/u).some((word) => RELATIVE_WORDS.has(word)) &&
      (beforeModal !== whole || verbAt < phraseStart + beforeModal.length || (after[match[0].length] !== ',' && after.slice(match[0].length).trim() !== '.'));
    if (!clause.opens && verbFollows) return undefined;
    const words = phrase.split(/\s+/u);
    const opening = readAt(words, 0, 'words').toLowerCase();
    // "Mr Howard, whose grandmother died in Auschwitz, said …": a whole relative clause on the
    // name describes the person; one cut short before a verb ("whose father was …") does not.
    // A company's "whose" clause is about its people ("Yukos, whose chief executive …"): only a person's is kept.
    if (opening === 'whose') {
      if (!person || phrase !== whole) return undefined;
      return after[match[0].length] === ',' && words.length >= 3 ? { start: phraseStart, end: phraseStart + phrase.length } : undefined;
    }
    // Without an article, the phrase must open in lower case ("chief economist at …"), not be
    // the next name of a list ("Brown, Blair and Prescott"); or be closed by a comma and end on a role in lower case after the
    // body it is held in ("Sir Digby Jones, CBI director general, warned", "Jo Hale, BBC political editor, said").
    if (whole === match[1] && !OPENS_LOWER_CASE.test(phrase) && !(phrase === whole && after[match[0].length] === ',' && roleAfterItsBody(words))) return undefined;
    // ", but did not believe …", ", who married …", ", said …", ", became …": a clause, not a
    // description; ", not Mr Farage," sets another person against this one.
    if (STOP_WORDS.has(opening) || CLAUSE_VERBS.has(opening) || RELAY_OPENINGS.has(opening) || hasTag(opening, CLAUSE_OPENING_TAGS)) return undefined;
    if (!words.some((word) => isRoleWord(word))) return undefined;
    // "from Bosch, the carmaker's chief executive Helmut Panke said": a role right before a name is
    // that person's title, not a description of the name before the comma.
    let named = words.length;
    while (named > 0 && isCapitalised(readAt(words, named - 1, 'words'))) named--;
    // A body after a preposition is the person's employer ("analyst at brokers Jefferies"), and one word is no person's full name.
    const ownName = words.length - named >= 2 && named > 0 && isRoleWord(readAt(words, named - 1, 'words'));
    if (ownName && !words.slice(0, named).some((word) => STOP_WORDS.has(word.toLowerCase()))) return undefined;
    // "The Squid and the Whale, an autobiographical film by writer-director Noah Baumbach": after "by", the role is the maker's.
    if (ownName && words[named - 2]?.toLowerCase() === 'by') return undefined;
    return { start: phraseStart, end: phraseStart + phrase.length };
  }

  /** Put a mention on the entity it names in this article, linking surnames to the full name. */
  #place(name: string, words: string[], kind: EntityKind, mention: number[], honorific: boolean, at: number): LocalEntity | undefined {
    const known = this.#byName.get(name);
    if (known) return this.#add(known, mention, kind, at);
    if (words.length === 1 && (kind === 'person' || kind === 'other')) {
      const owner = this.#personEndingWith(readAt(words, 0, 'words'), at);
      if (owner) return this.#add(owner, mention, 'person', at);
      this.#pending.push({ words, mention, honorific, at });
      return undefined;
    }
    // "Mr Baez Silva", "Mr De Vido" after "Carlos Baez Silva", "Julio De Vido": a surname of several words after an honorific
    // is the person this article named in full with it, as a surname of one word is.
    const owner = honorific && kind === 'person' ? this.#personEndingWith(words, at) : undefined;
    if (owner) return this.#add(owner, mention, 'person', at);
    const entity: LocalEntity = { name, words, kind, aliases: [], mentions: [], roles: new Set() };
    this.entities.push(entity);
    this.#byName.set(name, entity);
    return this.#add(entity, mention, kind, at);
  }

  #add(entity: LocalEntity, mention: number[], kind: EntityKind, at: number): LocalEntity {
    entity.mentions.push(...mention);
    if (entity.kind === 'other' && kind !== 'other') entity.kind = kind;
    if (entity.kind === 'person') this.#lastNamed.set(entity, at);
    return entity;
  }

  /** The person this article last named whose full name ends with `surname` (a word, or the words of a surname of several); else the one it names first after. */
  #personEndingWith(surname: string | readonly string[], at: number): LocalEntity | undefined {
    const tail = typeof surname === 'string' ? [surname] : surname;
    let best: LocalEntity | undefined;
    let bestAt = -1;
    for (const entity of this.entities) {
      if (entity.words.length <= tail.length || entity.kind !== 'person' || !tail.every((word, i) => entity.words[entity.words.length - tail.length + i] === word)) continue;
      const last = this.#lastNamed.get(entity) ?? readAt(entity.mentions, 1, 'mentions');
      if (last <= at && last > bestAt) {
        best = entity;
        bestAt = last;
      }
    }
    return best;
  }

  #readParenthesis(sentence: Sentence, entity: LocalEntity, parenthesis: RegExpExecArray, nameEnd: number, nameStart: number): void {
    const inner = readAt(parenthesis, 1, 'parenthesis').trim();
    const start = nameEnd + parenthesis[0].indexOf(inner);
    // "Andy Roddick (US)", "Jane Smith (Lab)": after a person, letters in parentheses are a country or a party, no other name of hers.
    if (entity.kind === 'person') return;
    if (isAcronym(inner)) {
      const acronym = this.#byName.get(inner) ?? { name: inner, words: [inner], kind: entity.kind === 'media' ? 'media' : 'organisation', aliases: [], mentions: [], roles: new Set<string>() };
      if (!this.#byName.has(inner)) {
        this.entities.push(acronym);
        this.#byName.set(inner, acronym);
      }
      acronym.mentions.push(sentence.index, start, start + inner.length, nameStart, nameEnd, 0);
      if (!entity.aliases.includes(inner)) entity.aliases.push(inner);
    } else {
      entity.mentions.push(sentence.index, nameStart, nameEnd, start, start + inner.length, 0);
    }
  }

  /**
   * Surnames met before any full name that ends with them ("Brown" in a headline) go to the
   * first such name after them; "the chancellor" goes to the person last named with that role.
   */
  linkNominals(bySentence: readonly Token[][]): void {
    for (const { words, mention, at } of this.#pending) {
      const owner = this.#personEndingWith(readAt(words, 0, 'words'), Number.MAX_SAFE_INTEGER) ?? this.#firstPersonEndingWith(readAt(words, 0, 'words'));
      if (owner) {
        owner.mentions.push(...mention);
        if (owner.kind === 'other') owner.kind = 'person';
        continue;
      }
      const name = decodeLetterReferences(this.#article.text.slice(readAt(mention, 1, 'mention'), readAt(mention, 2, 'mention')));
      const entity = this.#byName.get(name) ?? { name, words, kind: classify(name, words), aliases: [], mentions: [], roles: new Set<string>() };
      if (!this.#byName.has(name)) {
        this.entities.push(entity);
        this.#byName.set(name, entity);
      }
      if (readAt(mention, 3, 'mention') >= 0 || this.#pending.some((other) => other.honorific && other.words[0] === words[0])) entity.kind = 'person';
      entity.mentions.push(...mention);
      void at;
    }
    this.#pending.length = 0;
    for (const { sentence, start, end, word } of this.#tentative) {
      const mention = [sentence.index, start, end, -1, -1, 0];
      const owner = this.#byName.get(word) ?? this.#firstPersonEndingWith(word);
      if (owner) owner.mentions.push(...mention);
      else this.entities.push({ name: word, words: [word], kind: classify(word, [word]), aliases: [], mentions: mention, roles: new Set(), tentative: true });
    }
    const roles = new Map<string, LocalEntity[]>();
    for (const entity of this.entities) {
      if (entity.kind !== 'person') continue;
      for (const role of entity.roles) roles.set(role, [...(roles.get(role) ?? []), entity]);
    }
    if (roles.size === 0) return;
    this.#article.sentences.forEach((sentence, s) => {
      const tokens = readAt(bySentence, s, 'bySentence');
      for (let i = 0; i + 1 < tokens.length; i++) {
        if (readAt(tokens, i, 'tokens').text !== 'the' && readAt(tokens, i, 'tokens').text !== 'The') continue;
        const skip = readAt(tokens, i + 1, 'tokens').text === 'new' ? 1 : 0;
        // "the shadow chancellor", "the former chairman": the qualifier is part of the role looked for (see headOf).
        const qualifier = tokens[i + 1 + skip];
        const qualified = qualifier !== undefined && TITLE_QUALIFIERS.has(qualifier.text) ? 1 : 0;
        const role = tokens[i + 1 + skip + qualified];
        const people = role && roles.get(qualified ? `${qualifier?.text} ${role.text.toLowerCase()}` : role.text.toLowerCase());
        const next = tokens[i + 2 + skip + qualified];
        // "the chancellor of Germany" names another holder of the role, not the one named before.
        if (!people || this.#descriptorStarts.has(role.start) || (qualified && this.#descriptorStarts.has(qualifier?.start ?? -1)) || (next && ['of', 'for', 'at'].includes(next.text))) continue;
        const start = readAt(tokens, i, 'tokens').start;
        const owner = this.#nearestWithRole(people, start);
        if (owner) owner.mentions.push(sentence.index, start, role.end, -1, -1, 1);
      }
    });
  }

  #firstPersonEndingWith(surname: string): LocalEntity | undefined {
    return this.entities.find((entity) => entity.words.length > 1 && entity.words.at(-1) === surname && entity.kind === 'person');
  }

  /** Of the people with this role, the one whose first mention comes last before `at`. */
  #nearestWithRole(people: LocalEntity[], at: number): LocalEntity | undefined {
    let best: LocalEntity | undefined;
    let bestAt = -1;
    for (const person of people) {
      for (let i = 0; i < person.mentions.length; i += MENTION_FIELDS) {
        const start = readAt(person.mentions, i + 1, 'mentions');
        if (start < at && start > bestAt && person.mentions[i + 5] === 0) {
          best = person;
          bestAt = start;
        }
      }
    }
    return best;
  }
}

/**
 * The role noun a descriptor ends with before any "of" ("chief executive of Yukos" → "executive"), lower case, with the
 * qualifier right before it that makes it another office or another holder (TITLE_QUALIFIERS: "shadow chancellor",
 * "former chairman"): "the chancellor" is not the shadow chancellor named before, nor the former one.
 */
function headOf(descriptor: string): string | undefined {
  // A split gives at least one part, so neither `?? ''` applies.
  const words = (descriptor.split(/\s+(?:of|for|at|to|in)\s+/u)[0] ?? '').split(/\s+/u);
  const last = words.at(-1) ?? '';
  const head = last.toLowerCase();
  if (!isRoleWord(head) || HONORIFICS.has(last)) return undefined;
  const qualifier = words.at(-2)?.toLowerCase() ?? '';
  return TITLE_QUALIFIERS.has(qualifier) ? `${qualifier} ${head}` : head;
}

const classified = new Map<string, EntityKind>();

/** The kind of a name read without a title or gloss beside it, from the lexicons and compromise's name lists. */
function classify(name: string, words: readonly string[]): EntityKind {
  let kind = classified.get(name);
  if (kind) return kind;
  const lower = name.toLowerCase();
  if (MEDIA_NAMES.has(name) || isBroadcastersOwn(name, words)) kind = 'media';
  // (`São Paulo`: compromise's list writes its places without accents.)
  else if (PLACE_NAMES.has(name) || hasTag(lower, PLACE_TAGS) || hasTag(foldText(lower), PLACE_TAGS)) kind = 'place';
  else if (ORGANISATION_NAMES.has(name) || words.some((word) => ORGANISATION_WORDS_AS_WRITTEN.has(word)) || hasTag(lower, ORGANISATION_TAGS) || isAcronym(name) || /['’]s$/u.test(name))
    kind = 'organisation';
  // "Chapter 11", "Radio 1", "Airbus A380", "60 Minutes": a name that ends or opens with a figure is no person's by its words.
  else if (/\d/u.test(readAt(words, words.length - 1, 'words')) || /^\d/u.test(readAt(words, 0, 'words'))) kind = 'other';
  else if (
    words.length > 1 &&
    (isGivenName(readAt(words, 0, 'words')) || SEXED_GIVEN_NAMES.has(readAt(words, 0, 'words').toLowerCase()) || hasTag(readAt(words, words.length - 1, 'words'), LAST_NAME_TAGS))
  )
    kind = 'person';
  else if (words.length > 1 && words.some((word) => PLACE_NAMES.has(word) || hasTag(word, PLACE_TAGS))) kind = 'other';
  // Two or three unknown words may be a person's name ("Viktor Yushchenko"), but not with an
  // acronym, a party or a common word among them ("SRX SUVs", "Old Labour", "Mitsui Financial").
  else if (words.length > 1 && words.length <= 3 && !name.includes('-') && !words.some((word) => isAcronym(word) || ORGANISATION_NAMES.has(word) || hasTag(word, COMMON_WORD_TAGS))) kind = 'person';
  else kind = 'other';
  if (classified.size < 100_000) classified.set(name, kind);
  return kind;
}
