import { ANONYMITY_PHRASES, type AnonymityPhrase } from '../text/lexicons/anonymity.ts';
import { MEDIA_OUTLETS, type MediaOutlet } from '../text/lexicons/media-outlets.ts';
import { type PhraseMatch, PhraseMatcher, type Token } from '../text/phrase-matcher.ts';
import {
  AUTHOR_LINKS,
  MAKER_AFTER_TIME,
  CONTAINER_LINKS,
  DETERMINERS,
  FRACTIONS,
  INDEFINITE,
  DOCUMENT_TOPICS,
  LEADING_ADVERBS,
  MADE_FOR_OR_BY,
  NAME_CONNECTORS,
  OUTLET_FINDINGS,
  NUMBER_WORDS,
  PERSONAL,
  POLLED,
  SHARE_OPENERS,
  CLAUSE_VERBS,
  POLL_DESCRIPTIONS,
  POSSESSIVES,
  PREPOSITIONS,
  ADJECTIVE_PREPOSITIONS,
  QUANTIFIERS,
  NEWS_AGENCY_WORDS,
  SHARE_DETERMINERS,
  SHARES_OF_PEOPLE,
} from '../text/lexicons/source-grammar.ts';
import { MONTH_NAMES, PERIOD_PART_MARKERS, PUBLISHED_WHEN } from '../text/lexicons/calendar.ts';
import { HONORIFICS, NOT_FIRM_WORDS, ORGANISATION_WORDS, PLACE_NAMES, POSTNOMINALS } from '../text/lexicons/entities.ts';
import {
  BODY_PARTS,
  BUSINESS_NOUN_SET,
  EDITORIAL_PARTS,
  MARKET_RANKS,
  NAMED_GROUPS,
  OPINION_ROLES,
  NEWS_AGENCY_MODIFIERS,
  OVERSEEING_BODIES,
  PERSON_DEMONYMS,
  RECORDS_OF_A_BODY,
  SELF_IDENTIFYING_BODIES,
  BODIES_OF_SEVERAL,
} from '../text/lexicons/source-nouns.ts';
import { lexiconTags } from '../text/compromise.ts';
import { isGivenName } from '../text/given-name-sex.ts';
import { STOP_WORDS } from '../text/lexicons/stop-words.ts';
import {
  ANAPHORIC_MEDIA,
  COMPANY_HEADS,
  DOCUMENT_HEADS,
  HEARING_BODIES,
  NOT_NAMES,
  PARTY_AFFILIATIONS,
  PEOPLE_WORDS,
  PERSON_REPORTERS,
  SEX_OF_TITLE,
  SOURCE_HEADS,
  SPOKES,
  SPOKESPEOPLE,
  TITLES,
} from '../text/lexicons/source-names.ts';
import { endsWithSurname, type SourceLink } from './source-links.ts';
import {
  type Context,
  findBodyReadAsPerson,
  findCentralBody,
  findOnlyBusiness,
  findRoleHolder,
  findReferent,
  namesBusiness,
  relayedChain,
  resolvePair,
  resolvePronoun,
  roleFits,
  sexOf,
  type SourceMemory,
  usesAsName,
} from './source-memory.ts';
import { AGENT_ENDING, boundaryAfter, isAcronym, isCapitalised, LOWER_WORD, isInitial, isProperName, pronounOf, NOUNS, spanOf, VAGUE, VAGUE_HEADS, wordsBetween } from './source-tokens.ts';
import { readAt } from '../model/read-at.ts';
import { OPENS_CAPITAL } from '../text/word-shapes.ts';
import { DOUBLE_QUOTE_MARKS } from '../text/quote-marks.ts';
import { CURRENCY_MARKS } from '../text/lexicons/claim-synonyms.ts';

/** A possessive's ending, straight or curly (`Microsoft's`). */
const POSSESSIVE_ENDING = /['\u2019]s$/u;
const OUTLETS = new PhraseMatcher(MEDIA_OUTLETS, true);

const ANONYMITY = new PhraseMatcher(ANONYMITY_PHRASES);

/** How far after a source a clause such as `who spoke on condition of anonymity` is looked for. */
const RELATIVE_CLAUSE_REACH = 12;

/** `according to the state's business records`, `a statement from the palace`: whatever follows a relay is the source, named when definite or capitalised. */
export function asWritten(context: Context, phrase: [number, number]): SourceLink {
  const { text, tokens } = context;
  const definite =
    readAt(tokens, phrase[0], 'tokens').norm === 'the' ||
    POSSESSIVES.has(readAt(tokens, phrase[0], 'tokens').norm) ||
    tokens.slice(phrase[0], phrase[1] + 1).some((token) => isCapitalised(token) && !NOT_NAMES.has(token.norm));
  return { name: text.slice(readAt(tokens, phrase[0], 'tokens').start, readAt(tokens, phrase[1], 'tokens').end), kind: definite ? 'named' : 'vague', person: false, role: 'document' };
}

/**
 * The body a spokesperson speaks for, if the article makes it plain: `a spokesman for the firm` (the named body `the firm`
 * refers to), `a company spokesman` (the company the article means, as `the company` would be), and a bare `A spokesperson`
 * right after a body spoke (`Sky denied the claims. A spokesperson said: …`), whose spokesperson it is.
 */
function bodySpokenFor(context: Context, first: number, head: number, last: number): SourceLink | undefined {
  const { tokens, memory } = context;
  const namedBody = (body: SourceLink | undefined): SourceLink | undefined =>
    body && body.kind === 'named' && !body.person && body.role === 'organisation' && OPENS_CAPITAL.test(body.name) ? body : undefined;
  if (tokens[head + 1]?.norm === 'for' && tokens[head + 2]?.norm === 'the' && head + 3 === last) {
    const links = classifySource(context, head + 2, last);
    return namedBody(links?.length === 1 ? links[0] : undefined);
  }
  if (head !== last) return undefined;
  const before = readAt(tokens, head - 1, 'tokens');
  if (head === first + 2 && NOUNS.get(before.norm) === 'organisation' && !isCapitalised(before) && !before.norm.endsWith('s')) {
    // `… the People's Bank's customers …, a bank spokesman told Reuters`: a body of that kind the sentence names comes first;
    // else the one `the bank` would mean, when its name says it is one (`A party spokesman` is no spokesman of a radio station).
    const business = COMPANY_HEADS.has(before.norm);
    const fits = (link: SourceLink): boolean => namesBodyWith(link.name, before.norm) || (business && namesBusiness(link.name));
    const inSentence = context.mentions.find((mention) => mention.link.role === 'organisation' && !mention.link.person && fits(mention.link))?.link;
    // (A body of that kind the sentence names but this reading cannot make out, `the state-owned People's Bank's customers`,
    // leaves the spokesman unresolved rather than given to another bank.)
    const kindNamed = tokens.some((token) => isCapitalised(token) && token.norm.replace(POSSESSIVE_ENDING, '') === before.norm);
    const meant = inSentence ?? (kindNamed ? undefined : bodyMeant(context, first, head - 1));
    return meant && (business || namesBodyWith(meant.name, before.norm)) ? namedBody(meant) : undefined;
  }
  if (head === first + 1 && SPOKESPEOPLE.has(readAt(tokens, head, 'tokens').norm))
    return findReferent(memory, (link) => link.role === 'organisation' && !link.person && (link.kind === 'named' || link.kind === 'media') && OPENS_CAPITAL.test(link.name), 1, true);
  return undefined;
}

/**
 * Where a person's name starts after a body's possessive within `[from, last]` (`Save the Children's Jo Hale` → `Jo`): the
 * possessive is followed by a given name and capitalised words only, up to `last`. Undefined when there is no such name.
 */
function possessedPersonAfter(tokens: readonly Token[], from: number, last: number): number | undefined {
  for (let i = from; i < last - 1; i++) {
    if (!POSSESSIVE_ENDING.test(readAt(tokens, i, 'tokens').raw) || !isCapitalised(readAt(tokens, i, 'tokens'))) continue;
    const given = readAt(tokens, i + 1, 'tokens');
    if (isGivenName(given.norm) && tokens.slice(i + 1, last + 1).every((token) => isCapitalised(token))) return i + 1;
  }
  return undefined;
}

/** True when `name` is a body's spokesperson of the word `head` (`A spokesman for the Home Office`, `a BaFin spokeswoman`). */
function spokespersonOfBody(name: string, head: string): boolean {
  const words = name.toLowerCase().split(/\s+/u);
  return words.includes(head) && words.length > 2;
}

/** How many sentences back `the source` may find the unnamed source it goes back to. */
const UNNAMED_REACH = 3;

/** True when a word is the plural of a noun for people by their job: `aides`, `spokesmen`, `officials`. */
export function isPeoplePlural(norm: string): boolean {
  return (norm.endsWith('s') && PEOPLE_WORDS.has(norm.slice(0, -1))) || /(?:spokes|chair|congress|business)(?:wo)?men$/.test(norm) || NOUNS.get(norm) === 'people';
}

/** True when a word is the plural of a role people have (`bankers`, `consultants`) in compromise's lexicon, not an acronym. */
function isRolePlural(token: Token): boolean {
  if (isAcronym(token)) return false;
  const tags = lexiconTags(token.norm);
  return tags.includes('Plural') && tags.includes('Actor');
}

/** True when a word may describe a noun after it: no function word, possessive or figure (`its 290,000 members`, `strength through`). */
function isPlainModifier(token: Token): boolean {
  // (The stop words hold every possessive; `one`, `another` and `close`, `near` are read apart.)
  return !STOP_WORDS.has(token.norm) && !DETERMINERS.has(token.norm) && !PREPOSITIONS.has(token.norm) && !token.norm.endsWith("'s") && !/\d/u.test(token.raw);
}

/** True for a place or the adjective of a place or a people (`US`, `European`, `Scottish`), as a modifier says where from. */
function describesPlace(token: Token): boolean {
  return PLACE_NAMES.has(token.raw) || lexiconTags(token.norm).some((tag) => tag === 'Demonym' || PLACE_TAGS.has(tag));
}

/** `Cash-strapped`, `Low-cost`: a word hyphened to one in lower case is half of a compound of common words; a name capitalises each part (`Rolls-Royce`). */
function isLowerCompound(text: string, tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  return next !== undefined && text.slice(readAt(tokens, at, 'tokens').end, next.start) === '-' && LOWER_WORD.test(next.raw);
}

/**
 * What `the agency` or `the paper` stands for after an outlet's last report: the outlet and the bodies its reports cite
 * (`Yonhap citing the National Intelligence Service`), not a person it quoted or reported then (`the paper quoted Mr Chernin
 * as saying`, `According to the Financial Times, Peter Chernin said`), whose words were that sentence's alone.
 */
function outletsReport(chain: readonly SourceLink[]): SourceLink[] {
  const spoke = chain.findIndex((link, i) => i > 0 && (link.joinedBy === 'quoting' || (link.person && link.kind === 'named')));
  return spoke === -1 ? [...chain] : chain.slice(0, spoke);
}

/** True when the article writes `word` (lower case) in lower case somewhere, as a word of its own. */
function writtenInLowerCase(text: string, word: string): boolean {
  return /^[\p{Ll}-]+$/u.test(word) && new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u').test(text);
}

/** `the 46-year-old`: a person named by their age. */
function isAge(tokens: readonly Token[], head: number): boolean {
  return (
    (readAt(tokens, head, 'tokens').norm === 'old' || readAt(tokens, head, 'tokens').norm === 'olds') &&
    head > 1 &&
    readAt(tokens, head - 1, 'tokens').norm === 'year' &&
    /^\d+$/.test(readAt(tokens, head - 2, 'tokens').norm)
  );
}

/**
 * Where a person's name of two words or more starts at the end of a role phrase that holds a preposition (`the minister
 * for civil aviation Praful Patel`): right after a lower-case word of the office (not `of`, `for`, `the`: `the chairman
 * of the Commission for Racial Equality` ends in a body's name). Undefined for any other phrase.
 */
function nameAfterOffice(tokens: readonly Token[], first: number, last: number): number | undefined {
  // `the minister for …`, or with no determiner after an inverted verb: `said master of ceremonies Asab Al-Tabchi`.
  const opening = readAt(tokens, first, 'tokens');
  const role = DETERMINERS.has(opening.norm) ? first + 1 : !isCapitalised(opening) && AGENT_ENDING.test(opening.norm) ? first : undefined;
  if (role === undefined || last - role < 3 || (role > first && NOUNS.get(readAt(tokens, role, 'tokens').norm) !== 'person-role')) return undefined;
  let start = last;
  while (start > first && isCapitalised(readAt(tokens, start - 1, 'tokens'))) start--;
  if (last - start < 1 || start - role < 2) return undefined;
  const before = readAt(tokens, start - 1, 'tokens');
  if (PREPOSITIONS.has(before.norm) || DETERMINERS.has(before.norm) || NAME_CONNECTORS.has(before.norm) || NOUNS.get(before.norm) === 'person-role') return undefined;
  for (let i = role + 1; i < start; i++) if (PREPOSITIONS.has(readAt(tokens, i, 'tokens').norm)) return start;
  return undefined;
}

/**
 * Where `boss Bill Gates` starts when it ends a phrase after a preposition (`… Show in Las Vegas Microsoft boss Bill Gates`): a
 * name of two words or more after a role word in lower case. Undefined when the phrase holds no preposition before them, a
 * preposition governs them, or it does not end so.
 */
function roleAndNameAtEnd(tokens: readonly Token[], first: number, last: number): number | undefined {
  let start = last;
  while (start > first && isCapitalised(readAt(tokens, start - 1, 'tokens'))) start--;
  const role = start - 1;
  if (last - start < 1 || role <= first || isCapitalised(readAt(tokens, role, 'tokens')) || NOUNS.get(readAt(tokens, role, 'tokens').norm) !== 'person-role') return undefined;
  // (`the death of actor Marlon Brando`: a role and name right after a preposition are its object.)
  if (PREPOSITIONS.has(readAt(tokens, role - 1, 'tokens').norm)) return undefined;
  for (let i = first; i < role; i++) if (PREPOSITIONS.has(readAt(tokens, i, 'tokens').norm)) return role;
  return undefined;
}

/** Words that tie people to the body they work for (`economists at HSBC`, `analysts from Barclays`). */
const STAFF_LINKS: ReadonlySet<string> = new Set(['at', 'from', 'with']);

/** True for `economists at HSBC`: a plural of people, with no quantifier, tied by `at` to a name that ends the phrase. */
function staffOfNamedBody(tokens: readonly Token[], first: number, head: number, last: number): boolean {
  const headToken = readAt(tokens, head, 'tokens');
  if (head + 2 > last || !STAFF_LINKS.has(readAt(tokens, head + 1, 'tokens').norm) || QUANTIFIERS.has(readAt(tokens, first, 'tokens').norm)) return false;
  if (!/[^s]s$/.test(headToken.norm) || !(AGENT_ENDING.test(headToken.norm) || isPeoplePlural(headToken.norm))) return false;
  let body = head + 2;
  if (readAt(tokens, body, 'tokens').norm === 'the' && body < last) body++;
  // (`Academics from the Institute of Education at London University`: the body's name may be followed by where it is.)
  let end = body;
  while (end < last && (isCapitalised(readAt(tokens, end + 1, 'tokens')) || NAME_CONNECTORS.has(readAt(tokens, end + 1, 'tokens').norm))) end++;
  return isProperName(tokens, body, end) && (end === last || PLACE_LINKS.has(readAt(tokens, end + 1, 'tokens').norm));
}

/** Words that join a body's name to where it is (`the Institute of Education at London University`). */
const PLACE_LINKS: ReadonlySet<string> = new Set(['at', 'in']);

/** First-person subjects: outside a quotation, the article's writer. */
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'we']);

/**
 * `the BBC's Elizabeth Blunt`, `the BBC's political editor`: an outlet in the possessive before its journalist (a given name or a
 * word for a reporter) is the outlet the journalist reports for; `the BBC's Politics Show` or `the agency's chief executive` is not.
 */
function outletOfJournalist(tokens: readonly Token[], first: number, last: number): PhraseMatch<MediaOutlet> | undefined {
  const at = tokens.slice(first, last).findIndex((token) => POSSESSIVE_ENDING.test(token.raw)) + first;
  if (at < first) return undefined;
  const journalist = tokens.slice(at + 1, last + 1).some((token) => PERSON_REPORTERS.has(token.norm) && !SPOKES.has(token.norm)) || sexOf(tokens, at + 1, at + 1, last) !== undefined;
  if (!journalist) return undefined;
  const bare = tokens.map((token, i) => (i === at ? { ...token, norm: token.norm.slice(0, -2), raw: token.raw.slice(0, -2) } : token));
  return OUTLETS.findAll(bare, first, at + 1).find((match) => match.entry.category !== 'generic' && match.last === at);
}

/** Lower-case words inside an owner's name (`The Mail on Sunday`, `Bank of England`, `Marks and Spencer`). */
const OWNER_CONNECTORS: ReadonlySet<string> = new Set(['on', 'of', 'for', 'and', 'the']);

/**
 * `The Mail on Sunday's Financial Mail`, `BBC Radio 4's Today programme`, `Channel 4's Dispatches programme`, `The Observer's
 * business section`, `Deutsche Bank's research unit`: a part of an outlet or a body after its owner's possessive speaks as
 * that part, named whole (its owner kept, a leading `the` dropped); an outlet's editorial part is media. The part is a word for
 * one (EDITORIAL_PARTS, BODY_PARTS) or, of an outlet, a title in capitals. A person after the possessive (`the BBC's political editor`,
 * `Oxfam's Barbara Stocking`, `the agency's chief executive`) is read elsewhere. Undefined for any other phrase.
 */
function partOfOwner(text: string, tokens: readonly Token[], first: number, last: number): SourceLink | undefined {
  const at = tokens.slice(first, last).findIndex((token) => POSSESSIVE_ENDING.test(token.raw) || (/s$/u.test(token.raw) && /^['\u2019](?!\p{L})/u.test(text.slice(token.end))));
  if (at < 0) return undefined;
  const owner = first + at;
  const rest = tokens.slice(owner + 1, last + 1);
  const editorial = EDITORIAL_PARTS.has(readAt(tokens, last, 'tokens').norm);
  const partWord = editorial || BODY_PARTS.has(readAt(tokens, last, 'tokens').norm);
  // (`The Financial Times' Lex column`: a word that is also a given name is the part's title when a word for a part ends it.)
  if (
    rest.some(
      (token) =>
        NOUNS.get(token.norm) === 'person-role' || PERSON_REPORTERS.has(token.norm) || SPOKESPEOPLE.has(token.norm) || (isGivenName(token.norm) && !partWord) || POSSESSIVE_ENDING.test(token.raw),
    )
  )
    return undefined;
  const bare = tokens.map((token, i) => (i === owner ? { ...token, norm: token.norm.replace(/['\u2019]s$/u, ''), raw: token.raw.replace(POSSESSIVE_ENDING, '') } : token));
  const opening = readAt(tokens, first, 'tokens').norm === 'the' ? first + 1 : first;
  // (`BBC Radio 4's Today programme`: the outlet may be named with its station.)
  const outlet = OUTLETS.findAll(bare, first, owner + 1).some((match) => match.entry.category !== 'generic' && match.first <= opening);
  const title = rest.every(isCapitalised);
  if (!(partWord || (outlet && title)) || !tokens.slice(opening, owner + 1).every((token) => isCapitalised(token) || /^\d/u.test(token.raw) || OWNER_CONNECTORS.has(token.norm))) return undefined;
  const name = text.slice(readAt(tokens, opening, 'tokens').start, readAt(tokens, last, 'tokens').end);
  return { name, kind: outlet && (editorial || !partWord) ? 'media' : 'named', person: false, role: 'organisation' };
}

/** True for the name of a place (`Turkey`, `Moscow`), not its adjective (`Russian`, `German`, `Chinese`, `British`). */
function isPlaceNoun(name: string): boolean {
  if (!PLACE_NAMES.has(name) || /(?:ese|ish|ic)$/u.test(name)) return false;
  // `Russian` (Russia), `German` (Germany), `Italian` (Italy) are adjectives of places in the list.
  return !PLACE_NAMES.has(name.slice(0, -1)) && !PLACE_NAMES.has(`${name}y`) && !(name.endsWith('ian') && PLACE_NAMES.has(`${name.slice(0, -3)}y`));
}

/**
 * True when `name` is a body's proper name of two words or more that holds `noun` (`Bank of America` for `the bank`, `Police
 * Federation` for `the federation`), not a description as written (`The South Yorkshire company`, `the firm`).
 */
function namesBodyWith(name: string, noun: string): boolean {
  const words = name.split(/\s+/u);
  // (`the airline` ~ `Kingfisher Airlines`: a name may hold the noun in the plural.)
  return words.length > 1 && OPENS_CAPITAL.test(name) && !/^(?:the|a|an)$/iu.test(words[0] ?? '') && words.some((word) => word.toLowerCase() === noun || word.toLowerCase() === `${noun}s`);
}

/** True when a group's name holds `noun`, in the singular or the plural (`the workers` ~ `5,000 workers`, `the unions` ~ `union leaders`). */
function namesGroupWith(name: string, noun: string): boolean {
  const singular = noun.endsWith('s') ? noun.slice(0, -1) : noun;
  return name
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((word) => word === noun || word === singular);
}

/** Courtesy titles written only before a person's surname or name, never before an office (`Ms King`, not `Lord Chancellor`). */
const SURNAME_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr']);

/** Nouns that count a group (`a number of`, `a handful of`): what follows `of` is who, and no one of them. */
const COUNTED_GROUPS: ReadonlySet<string> = new Set(['number', 'handful', 'host', 'majority', 'minority', 'series', 'raft', 'string', 'group', 'couple']);

/** Words a number after them makes a part of a text (`Section 404 of the Act calls for`), not a body's name. */
const PARTS_OF_TEXT: ReadonlySet<string> = new Set(['section', 'article', 'clause', 'chapter', 'paragraph', 'schedule', 'rule', 'part', 'page', 'amendment', 'resolution', 'directive', 'regulation']);

/** Words before a plural that pick out or refer back rather than say what kind of body (`such groups`, `other parties`). */
const NOT_KIND_WORDS: ReadonlySet<string> = new Set(['such', 'other', 'among', 'these', 'those', 'both', 'all', 'many', 'some', 'several', 'few']);

/** `Friends of the Earth`: a capitalised relation word before `of the` and a capital names a body, not anyone's friends. */
function namesBodyOf(tokens: readonly Token[], match: PhraseMatch<AnonymityPhrase>): boolean {
  const after = tokens[match.last + 2];
  return (
    readAt(tokens, match.last, 'tokens').norm === 'of' && isCapitalised(readAt(tokens, match.first, 'tokens')) && tokens[match.last + 1]?.norm === 'the' && after !== undefined && isCapitalised(after)
  );
}

/** What kind of source the words `tokens[first..last]` name, as a chain; undefined if they name none. */
/**
 * True when the phrase `first..last` is a finding (OUTLET_FINDINGS) made for or by the outlet `outlet` names: the finding's word
 * before it, with `for` or `by` right before the outlet (`A second poll for the Independent on Sunday`, `A survey of 1,000
 * adults conducted by PC Pro Magazine`), or right after it (`The Mail on Sunday survey`).
 */
function outletFinding(tokens: readonly Token[], first: number, last: number, outlet: PhraseMatch<MediaOutlet>): boolean {
  if (outlet.last < last && OUTLET_FINDINGS.has(readAt(tokens, outlet.last + 1, 'tokens').norm)) return true;
  const link = outlet.first > first && readAt(tokens, outlet.first - 1, 'tokens').norm === 'the' ? outlet.first - 2 : outlet.first - 1;
  if (link <= first || !MADE_FOR_OR_BY.has(readAt(tokens, link, 'tokens').norm)) return false;
  return tokens.slice(first, link).some((token) => OUTLET_FINDINGS.has(token.norm));
}

export function classifySource(context: Context, first: number, last: number): SourceLink[] | undefined {
  const { text, tokens, memory, titles } = context;
  while (first < last && LEADING_ADVERBS.has(readAt(tokens, first, 'tokens').norm)) first++;
  // `one of two witnesses`, `some of his aides`: the head is the noun after `of`.
  const partitive =
    first + 1 < last &&
    readAt(tokens, first + 1, 'tokens').norm === 'of' &&
    (QUANTIFIERS.has(readAt(tokens, first, 'tokens').norm) || readAt(tokens, first, 'tokens').norm === 'one' || readAt(tokens, first, 'tokens').norm === 'none');
  // `the minister for civil aviation Praful Patel`: a role whose name follows the words of its office is that person.
  const named = nameAfterOffice(tokens, first, last);
  if (named !== undefined) return classifySource(context, named, last);
  // `the Consumer Electronics Show in Las Vegas Microsoft boss Bill Gates`: a phrase of place or occasion the subject reader
  // ran back into ends in the speaker, a role and a name.
  const roleNamed = roleAndNameAtEnd(tokens, first, last);
  if (roleNamed !== undefined) return classifySource(context, roleNamed, last);
  let head = last;
  for (let i = partitive ? first + 3 : first + 1; i <= last; i++) {
    // `an inside source`: right after a determiner, `inside` describes the source.
    if (i === first + 1 && INDEFINITE.has(readAt(tokens, first, 'tokens').norm) && readAt(tokens, i, 'tokens').norm === 'inside') continue;
    const word = readAt(tokens, i, 'tokens').norm;
    // `An investigation into the crash`, `a book about the feud`: what a document is about comes after its head, the document.
    if (DOCUMENT_TOPICS.has(word) && NOUNS.get(readAt(tokens, i - 1, 'tokens').norm) === 'document') {
      head = i - 1;
      break;
    }
    if (!PREPOSITIONS.has(word)) continue;
    // `the Bank of England`, `Office for National Statistics`: a connector between capitalised words is inside the name.
    // `Friends of Mr Hale`, `Lawyers for Mr Ebbers`: a plural of people capitalised only because it opens the sentence is no part of a name.
    const openingPeople = i - 1 === 0 && /[^s]s$/.test(readAt(tokens, 0, 'tokens').norm) && (AGENT_ENDING.test(readAt(tokens, 0, 'tokens').norm) || isPeoplePlural(readAt(tokens, 0, 'tokens').norm));
    // `the Office of the Deputy Prime Minister`: `of the` between capitalised words is inside the name too.
    const ofThe = word === 'of' && tokens[i + 1]?.norm === 'the' && i + 1 < last && isCapitalised(readAt(tokens, i + 2, 'tokens'));
    const inName = NAME_CONNECTORS.has(word) && isCapitalised(readAt(tokens, i - 1, 'tokens')) && i < last && (isCapitalised(readAt(tokens, i + 1, 'tokens')) || ofThe) && !openingPeople;
    // `A close aide to the minister`: `close` before a noun describes it; the head is further on.
    const describing = ADJECTIVE_PREPOSITIONS.has(word) && tokens[i + 1]?.norm !== 'to' && tokens[i + 1]?.norm !== 'with';
    // `War on Want's Jo Hale`: a preposition between capitals of a name that a person's name then follows, after its possessive, is inside that name.
    const inOwnerName = isCapitalised(readAt(tokens, i - 1, 'tokens')) && i < last && isCapitalised(readAt(tokens, i + 1, 'tokens')) && possessedPersonAfter(tokens, i + 1, last) !== undefined;
    if (!describing && !inName && !inOwnerName && !roleComplementBeforeName(tokens, i, last)) {
      head = i - 1;
      break;
    }
  }
  const headToken = readAt(tokens, head, 'tokens');
  const words = (from: number, to: number): string => {
    const span = spanOf(tokens, [from, to], text);
    return text.slice(span.start, span.end);
  };
  const description = words(DETERMINERS.has(readAt(tokens, first, 'tokens').norm) && readAt(tokens, first, 'tokens').norm === 'the' ? Math.min(first + 1, last) : first, last);

  // `claims by the firm`: the words go on to who made them; `The report, by the Institute for Fiscal Studies, said`: an aside after a comma only describes it.
  if (DOCUMENT_HEADS.has(headToken.norm) && head === last && CONTAINER_LINKS.has(tokens[last + 1]?.norm ?? '') && !boundaryAfter(text, tokens, last)) return undefined;

  const condition = ANONYMITY.findAll(tokens, first, Math.min(tokens.length, last + 1 + RELATIVE_CLAUSE_REACH)).some(
    (match) => match.entry.category === 'condition' && (match.first <= last || relativeClauseJoins(text, tokens, last, match.first)),
  );
  if (condition) return [{ name: words(first, last), kind: 'anonymous', person: true, role: 'people' }];

  // `after the Sunday Times alleged`, `according to the Observer`: an outlet whose name opens with `The` is written `the` inside
  // a sentence; only when it is the whole phrase (`respondents in the Sunday Times poll` are a poll's).
  // (Tried only when the phrase opens `the` and a capital and names no outlet as written: most phrases copy no tokens.)
  // (`media watchdog Ofcom`, `the media regulator`: a word for a kind of outlet before a regulator's names the field it oversees.)
  // (`rating agency Fitch`, `a government agency`: a generic `agency` after a lower-case word for another business is a body.)
  const plainOutlets = OUTLETS.findAll(tokens, first, last + 1).filter(
    (match) => match.entry.category !== 'generic' || !(OVERSEEING_BODIES.has(tokens[match.last + 1]?.norm ?? '') || agencyOfAnotherBusiness(tokens, first, match)),
  );
  const lowerThe = readAt(tokens, first, 'tokens').raw === 'the' && first < last && isCapitalised(readAt(tokens, first + 1, 'tokens')) && plainOutlets.length === 0;
  const asWrittenOutlets = lowerThe
    ? OUTLETS.findAll(
        tokens.slice(0, last + 1).map((token, i) => (i === first ? { ...token, raw: 'The' } : token)),
        first,
        last + 1,
      )
    : [];
  const outlets = asWrittenOutlets.some((match) => match.first === first && match.last === last) ? asWrittenOutlets : plainOutlets;
  const part = partOfOwner(text, tokens, first, last);
  if (part) return [part];
  const specific = outlets.find((match) => match.entry.category !== 'generic') ?? outletOfJournalist(tokens, first, last);
  // `Ex-BBC presenter Robert Kilroy-Silk`, `former CNN anchor Jo Hale`: an outlet a named person has left relays nothing of what
  // they say now (`BBC political editor Nick Robinson` still reports for the BBC, so stays media).
  const formerly =
    specific !== undefined &&
    specific.last < last &&
    isCapitalised(headToken) &&
    (/\bex-$/iu.test(text.slice(Math.max(0, specific.start - 3), specific.start)) || (specific.first > first && /^(?:former|ex)$/u.test(readAt(tokens, specific.first - 1, 'tokens').norm)));
  // `BBC pundit Jo Hale believes`, `Evening Standard film critic Jo Hale said`: a named person whose job at the outlet is their
  // own opinion gives it, named.
  const ownOpinion = specific !== undefined && specific.last < last && isCapitalised(headToken) && tokens.slice(specific.last + 1, head).some((token) => OPINION_ROLES.has(token.norm));
  // `a BBC spokesman`, `The Sky spokeswoman`, `A spokesman for NBC`: an outlet's spokesperson speaks for it as a firm, of its own
  // affairs, relaying no one.
  const spokesFor = tokens[head + 1]?.norm === 'for' ? head + 2 : undefined;
  const spokesOfOutlet =
    SPOKESPEOPLE.has(headToken.norm) && outlets.some((match) => match.last < head || match.first === spokesFor || (match.first === head + 3 && readAt(tokens, head + 2, 'tokens').norm === 'the'));
  // `Some BBC News website users`, `BBC bosses`, `Sky viewers`: people the outlet's name only describes (its audience, its managers)
  // relay no report of it; only its journalists do (`BBC reporters`, `BBC political editor Nick Robinson`).
  const describedPeople =
    specific !== undefined &&
    specific.last < head &&
    head === last &&
    !isCapitalised(headToken) &&
    /[^s']s$/u.test(headToken.norm) &&
    !PERSON_REPORTERS.has(headToken.norm.slice(0, -1)) &&
    (isPeoplePlural(headToken.norm) || isRolePlural(headToken));
  // `A poll for the Independent on Sunday found`, `The Mail on Sunday survey found`: a finding made for or by the outlet is its own
  // document, read below as any other body's survey is.
  const outletsFinding = specific !== undefined && outletFinding(tokens, first, last, specific);
  if (specific && !formerly && !ownOpinion && !spokesOfOutlet && !describedPeople && !outletsFinding)
    return [{ name: text.slice(specific.start, specific.end).replace(POSSESSIVE_ENDING, ''), kind: 'media', person: false, role: 'organisation' }];

  const personal = PERSONAL.get(pronounOf(headToken.norm));
  if (first === last && personal) return resolvePair(context, headToken) ?? relayedChain(memory, resolvePronoun(context, headToken));
  // `"I am not shy," I said.`, `We asked our followers which …`: outside a quotation (a cue inside one is never read), the first
  // person is the article's writer, who stands behind the words as a named author does.
  // (`We've called for …`: the first person with its auxiliary run in is the first person still.)
  if (first === last && FIRST_PERSON.has(headToken.norm.replace(/['\u2019](?:ve|re|d|ll|m)$/u, ''))) return [{ name: `the writer ('${headToken.raw}')`, kind: 'named', person: true, role: 'writer' }];
  if (head === first + 1 && readAt(tokens, first, 'tokens').norm === 'the' && ANAPHORIC_MEDIA.has(headToken.norm) && memory.lastMediaChain) return outletsReport(memory.lastMediaChain);
  // `the agency` with no outlet reported before: the body the article has been following (`S&P … . But the agency made it
  // clear …`, `…, the FBI said. … , according to the agency`, the Child Support Agency), never a news agency it did not name.
  if (head === first + 1 && head === last && readAt(tokens, first, 'tokens').norm === 'the' && headToken.norm === 'agency' && !namesNewsAgency(memory))
    return [bodyMeant(context, first, head) ?? { name: words(first, last), kind: 'named', person: false, role: 'organisation' }];
  // `said our correspondent`, `our political editor says`: the publisher's own journalist, reporting for it. Cited with
  // `according to`, the journalist relays an account and is no speaker a later `he said` after a quotation goes back to.
  if (readAt(tokens, first, 'tokens').norm === 'our' && head === last && head - first <= 3 && PERSON_REPORTERS.has(headToken.norm) && !SPOKES.has(headToken.norm)) {
    const relayed = tokens[first - 1]?.norm === 'to' && tokens[first - 2]?.norm === 'according';
    return [{ name: words(first, last), kind: 'media', person: !relayed, role: 'person' }];
  }
  // `"…," the source told the paper` after `A Labour source told the Sunday Times …`, `the official said` after `An official
  // said`: a definite noun going back to an unnamed source who spoke just before is that source, still unnamed.
  // (Only a word for a person: `the message said` is a text, whose `It continued` goes on with it.)
  if (readAt(tokens, first, 'tokens').norm === 'the' && head === last && head === first + 1 && (headToken.norm === 'source' || NOUNS.get(headToken.norm) === 'person-role')) {
    const unnamed = findReferent(memory, (link) => link.kind === 'anonymous' && link.name.split(/\s+/u).at(-1)?.toLowerCase() === headToken.norm, UNNAMED_REACH, true);
    if (unnamed) return [unnamed];
    // `"…," said the spokesman` after `A spokesman for the Home Office said …`, `a BaFin spokeswoman said`: the spokesperson
    // who just spoke for a body the article named, whose body the note then names again.
    if (SPOKESPEOPLE.has(headToken.norm)) {
      const spokesperson = findReferent(memory, (link) => link.kind === 'named' && spokespersonOfBody(link.name, headToken.norm), UNNAMED_REACH, true);
      if (spokesperson) return [spokesperson];
    }
  }
  // `The Tory spokesman` after `Michael Ancram, the Tory foreign affairs spokesman,`, `The former cabinet secretary` after
  // `Lord Butler, who was cabinet secretary,`: a definite role goes to the one person the article gave it (`The foreign
  // secretary` is not `Shadow foreign secretary Michael Ancram`); with two who fit, it stays as written.
  if (readAt(tokens, first, 'tokens').norm === 'the' && head === last && head > first && NOUNS.get(headToken.norm) === 'person-role') {
    const phrase = { head: headToken.norm, words: new Set(tokens.slice(first + 1, head).map((token) => token.norm)) };
    const titled = head === first + 1 ? memory.personByTitle.get(headToken.norm) : undefined;
    const holder = findRoleHolder(memory, phrase, titled);
    if (holder === 'ambiguous') return [{ name: words(first, last), kind: 'named', person: true, role: 'person' }];
    if (holder) return [holder];
    // `The minister also confirmed …` after `Ms Kelly told the BBC …`: a role the article gave nobody, going on with `also`, is
    // the one who spoke in the sentence before, as news copy varies a speaker's name with their office.
    const sex = SEX_OF_TITLE.get(headToken.norm);
    const speaker =
      tokens[last + 1]?.norm === 'also'
        ? findReferent(
            memory,
            (link) => link.person && link.kind === 'named' && link.role === 'person' && !/^the\s/iu.test(link.name) && (sex === undefined || link.sex === undefined || link.sex === sex),
            1,
            true,
          )
        : undefined;
    if (speaker) return [speaker];
  }
  if (head === first + 1 && readAt(tokens, first, 'tokens').norm === 'the' && TITLES.has(headToken.norm)) {
    const person = memory.personByTitle.get(headToken.norm);
    // (Not a holder whose role as written makes it another office: `The mayor` after `Deputy Mayor Nicky Gavron`.)
    const roles = memory.roles.filter((role) => role.link === person && role.head === headToken.norm);
    if (person && (roles.length === 0 || roles.some((role) => roleFits({ head: headToken.norm, words: new Set() }, role)))) return [person];
  }
  const possessor =
    readAt(tokens, first, 'tokens').norm === 'the' && tokens[first + 1]?.norm.endsWith("'s") && ANAPHORIC_MEDIA.has(readAt(tokens, first + 1, 'tokens').norm.slice(0, -2))
      ? memory.lastMediaChain?.[0]
      : undefined;
  const unnamed = ANONYMITY.findAll(tokens, first, Math.min(tokens.length, last + 4)).find(
    // (`open-source projects`: a word hyphened to the one before it is half of another word.)
    (match) =>
      match.entry.category === 'unnamed-source' &&
      match.first <= last &&
      match.last >= head &&
      !namesBodyOf(tokens, match) &&
      !(match.first > 0 && text.slice(readAt(tokens, match.first - 1, 'tokens').end, match.start) === '-'),
  );
  if (unnamed || (headToken.norm === 'sources' && !isCapitalised(readAt(tokens, last, 'tokens')))) {
    const link: SourceLink = { name: words(first, last), kind: 'anonymous', person: true, role: 'people' };
    return possessor ? [possessor, link] : [link];
  }
  // `The Environment Agency`, `an anti-fraud agency`: an agency with a name or a field of its own is a public body, not a
  // news agency (`the agency` after Yonhap, `a news agency`, `the state agency` are).
  const bodyAgency =
    headToken.norm === 'agency' &&
    head > first &&
    (isCapitalised(readAt(tokens, head - 1, 'tokens')) ||
      /-/u.test(text.slice(readAt(tokens, head - 1, 'tokens').start - 1, readAt(tokens, head - 1, 'tokens').end)) ||
      INDEFINITE.has(readAt(tokens, first, 'tokens').norm)) &&
    !NEWS_AGENCY_WORDS.has(readAt(tokens, head - 1, 'tokens').norm);
  // (`Vibe magazine president Kenard Gibbs`, `Q magazine editor Paul Rees`: a role and a name after a kind of outlet, not a
  // named one, are a person who works there, read below.)
  const personAfterOutlet = isCapitalised(headToken) && tokens.slice((outlets[0]?.last ?? head) + 1, head).some((token) => NOUNS.get(token.norm) === 'person-role' || PERSON_REPORTERS.has(token.norm));
  if (outlets.length > 0 && head === last && !formerly && !ownOpinion && !bodyAgency && !personAfterOutlet && !spokesOfOutlet && !describedPeople && !outletsFinding)
    return [{ name: description, kind: 'media', person: false, role: 'organisation' }];

  // `economists at HSBC`, `researchers at BDO Stoy Hayward`: people of a body the sentence names speak for it, as its spokesman
  // does; `analysts at City firms` or `some analysts at HSBC` stay a group nobody in it answers for.
  if (staffOfNamedBody(tokens, first, head, last)) return [{ name: words(first, last), kind: 'named', person: false, role: 'people' }];
  // `Reports said`: a common noun capitalised only because it opens the sentence names no one.
  const vague = VAGUE.findAll(tokens, first, last + 1).some((match) => match.last === head);
  if (vague) return [{ name: description, kind: 'vague', person: false, role: 'people' }];

  const hasName = tokens
    .slice(first, last + 1)
    .some((token, i) => isCapitalised(token) && !NOT_NAMES.has(token.norm) && !(first + i === 0 && (NOUNS.has(token.norm) || SOURCE_HEADS.has(token.norm) || VAGUE_HEADS.has(token.norm))));
  const poll = pollSource(text, tokens, first, last, hasName);
  if (poll) return [poll];
  // (`a round-up of ultimate gizmos`: a document's noun written with a hyphen is read from both its halves.)
  const hyphened = head > first && text.slice(readAt(tokens, head - 1, 'tokens').end, headToken.start) === '-' ? NOUNS.get(`${readAt(tokens, head - 1, 'tokens').norm}-${headToken.norm}`) : undefined;
  const noun = NOUNS.get(headToken.norm) ?? (hyphened === 'document' ? hyphened : head > first ? NOUNS.get(`${readAt(tokens, head - 1, 'tokens').norm} ${headToken.norm}`) : undefined);
  if (noun === 'document') return [documentSource(context, first, last, hasName)];
  // `a study by the University of Leeds`, `a review published by Public Citizen`: a document and its author.
  for (let i = first; i < last; i++)
    // (`Research by phone maker Siemens shows`: capitalised only because it opens the sentence, still the word for a document.)
    if (NOUNS.get(readAt(tokens, i, 'tokens').norm) === 'document' && makerFollows(tokens, i, last) && (!isCapitalised(readAt(tokens, i, 'tokens')) || i === 0))
      return [documentSource(context, first, last, hasName)];

  // `a committee of MPs has warned`, `a firm in Leeds said`: a body the sentence does not name is no anonymous person but an
  // unnamed, vague source.
  if (INDEFINITE.has(readAt(tokens, first, 'tokens').norm) && head > first && noun === 'organisation') return [{ name: words(first, last), kind: 'vague', person: false, role: 'organisation' }];
  if (INDEFINITE.has(readAt(tokens, first, 'tokens').norm) && SOURCE_HEADS.has(headToken.norm)) {
    // `a spokesman for the firm`: the spokesman answers for the body the article means, when it can be told.
    const body = SPOKES.has(headToken.norm) && !hasName ? bodySpokenFor(context, first, head, last) : undefined;
    if (body) {
      // (`a company spokesman` is `a spokesman for T-Mobile`: the body's name stands for the word for it.)
      const spokenAs = NOUNS.get(readAt(tokens, head - 1, 'tokens').norm) === 'organisation' ? `${words(first, first)} ${words(head, head)}` : words(first, head);
      const spokesperson: SourceLink = { name: `${spokenAs} for ${body.name}`, kind: 'named', person: true, role: 'person' };
      const sex = SEX_OF_TITLE.get(headToken.norm);
      if (sex) spokesperson.sex = sex;
      return [spokesperson];
    }
    const kind = SPOKES.has(headToken.norm) && hasName ? 'named' : 'anonymous';
    // `A UKIP spokesman said … He argued`: a spokesman is a person a later `he` or `she` may refer to; a statement is not.
    const link: SourceLink = { name: words(first, last), kind, person: headToken.norm !== 'statement' || kind === 'anonymous', role: 'person' };
    const sex = SEX_OF_TITLE.get(headToken.norm);
    if (sex) link.sex = sex;
    return [link];
  }
  // `lawyers for Mr Ebbers`, `attorneys for the department`: people who act for a party the sentence names answer for it, as its spokesman does.
  // `Friends of Mr Hale said`: the friends speak, not Mr Hale; a capital that only opens the sentence makes no name.
  if (
    head < last &&
    (readAt(tokens, head + 1, 'tokens').norm === 'for' || (head === 0 && readAt(tokens, head + 1, 'tokens').norm === 'of')) &&
    (!isCapitalised(headToken) || head === 0) &&
    /[^s]s$/.test(headToken.norm) &&
    (AGENT_ENDING.test(headToken.norm) || isPeoplePlural(headToken.norm)) &&
    !QUANTIFIERS.has(readAt(tokens, first, 'tokens').norm)
  )
    return [{ name: words(first, last), kind: 'named', person: false, role: 'people' }];
  // `a growing number of companies`, `a handful of MPs`: a count of a group is the group, vague, never one person.
  if (INDEFINITE.has(readAt(tokens, first, 'tokens').norm) && COUNTED_GROUPS.has(headToken.norm) && tokens[head + 1]?.norm === 'of' && head < last)
    return [{ name: words(first, last), kind: 'vague', person: false, role: 'people' }];
  // `one trader`, `a man`: an individual the article does not name.
  if (INDEFINITE.has(readAt(tokens, first, 'tokens').norm) && head > first && !isCapitalised(headToken) && !headToken.norm.endsWith('s'))
    return [{ name: words(first, last), kind: 'anonymous', person: true, role: 'person' }];
  // `Rates will rise, official says`, `But expert says …`: a headline's bare role, with no article and no name, is one person it does not name.
  if (
    head === last &&
    last - first < 2 &&
    NOUNS.get(headToken.norm) === 'person-role' &&
    tokens.slice(first, last + 1).every((token) => LOWER_WORD.test(token.raw) && !DETERMINERS.has(token.norm) && !POSSESSIVES.has(token.norm))
  )
    return [{ name: words(first, last), kind: 'anonymous', person: true, role: 'person' }];
  // `Investors said`, `Lawyers said`: a plural common noun capitalised only because it opens the sentence is the same vague
  // group as `investors` mid-sentence; parties and bodies that answer for themselves (`Tories claim`, `Police said`) stay named.
  // (`Bankers said`, `Consultants warned`: a plural compromise's lexicon knows as people by their role is such a noun too.)
  const openingGroup = first === 0 && head === 0 && (NOUNS.get(headToken.norm) === 'people' || isRolePlural(headToken)) && !NAMED_GROUPS.has(headToken.norm);
  if (openingGroup) return [{ name: words(first, last), kind: 'vague', person: false, role: 'people' }];
  // `Ministers think …, he said`: a group that answers for itself is still many people, never a `he` or a `she`.
  if (first === 0 && head === 0 && first === last && NAMED_GROUPS.has(headToken.norm)) return [{ name: words(first, last), kind: 'named', person: false, role: 'people' }];
  // `Union leaders at the plant said`, `Trade union leaders`, `pro-hunt MPs say`, `Animal welfare groups`: people named only by
  // their role, or bodies only by their kind, in the plural, after words in lower case and no determiner, are a vague group; a capital that only opens the sentence on a word
  // the article writes in lower case elsewhere (`union`) names no one. A body's name before them (`Opec members`, `EU leaders`)
  // or a compound the lexicon knows (`law lords`) is left to the rules below, as `Thames Valley police` is a force.
  const modifiedGroup =
    head > first &&
    head - first < 4 &&
    (!isCapitalised(headToken) || MEMBER_PLURALS.has(headToken.norm)) &&
    (isPeoplePlural(headToken.norm) || isRolePlural(headToken) || (noun === 'organisation' && /[^s]s$/u.test(headToken.norm))) &&
    headToken.norm !== 'police' &&
    tokens.slice(first, head).every((token) => !NOT_KIND_WORDS.has(token.norm)) &&
    !NOUNS.has(`${readAt(tokens, head - 1, 'tokens').norm} ${headToken.norm}`) &&
    // (`Opposition parties`, `Campaign groups`: a word for a source that opens the sentence is capitalised only for that.)
    // (`European firms`, `US retailers`, `Cash-strapped US companies`: a place or a people says where the group is from, and
    // names no one in it; a place's office holders, `Scottish ministers`, `French police`, are its government's and answer for it.)
    tokens
      .slice(first, head)
      .every(
        (token, i) =>
          (describesPlace(token) && !NAMED_GROUPS.has(headToken.norm)) ||
          (isPlainModifier(token) && (!isCapitalised(token) || (first + i === 0 && (writtenInLowerCase(text, token.norm) || NOUNS.has(token.norm) || isLowerCompound(text, tokens, first + i))))),
      );
  // (`raised by "pro-choice" organisations`: the scare quotes are the writer's, no part of the group's name.)
  if (modifiedGroup) return [{ name: words(first, last).replace(DOUBLE_QUOTE_MARKS, ''), kind: 'vague', person: false, role: 'people' }];
  // `Some Democrats`, `Many Tory MPs`: a quantifier picks members of a group out without naming one; the capital names the
  // party, not who speaks.
  if (QUANTIFIERS.has(readAt(tokens, first, 'tokens').norm) && head > first && isCapitalised(headToken) && isPeoplePlural(headToken.norm))
    return [{ name: words(first, last), kind: 'vague', person: false, role: 'people' }];
  // `Yoo Ji-chang`: the lower-case half of a hyphenated given name ends the name as its capitalised half would.
  const hyphenatedName = head > first && !isCapitalised(headToken) && isCapitalised(readAt(tokens, head - 1, 'tokens')) && text.slice(readAt(tokens, head - 1, 'tokens').end, headToken.start) === '-';
  // `The WHO said`: a word in capitals is an acronym, whatever lower-case word it spells.
  // (`Next has said …`: a common word the article uses as a name elsewhere names the subject here too.)
  const namesOne = isCapitalised(headToken) && (!NOT_NAMES.has(headToken.norm) || isAcronym(headToken) || usesAsName(context.memory, headToken.norm));
  if (namesOne || hyphenatedName) return [nameLink(context, first, head, titles)];
  // `Environmental group Transport 2000 said`, `Number 10 said`: a number that closes a capitalised name is part of it, and a name
  // so numbered is a body's (`March 2004` is a date, no name).
  const numbered =
    head > first &&
    !PARTS_OF_TEXT.has(readAt(tokens, head - 1, 'tokens').norm) &&
    /^\d+$/u.test(headToken.raw) &&
    isCapitalised(readAt(tokens, head - 1, 'tokens')) &&
    !MONTH_NAMES.includes(readAt(tokens, head - 1, 'tokens').norm) &&
    !boundaryAfter(text, tokens, head - 1);
  if (numbered) {
    let start = head - 1;
    while (start > first && isCapitalised(readAt(tokens, start - 1, 'tokens')) && !boundaryAfter(text, tokens, start - 1)) start--;
    const name = text.slice(readAt(tokens, start, 'tokens').start, headToken.end);
    return [findReferent(memory, (link) => link.name === name) ?? { name, kind: 'named', person: false, role: 'organisation' }];
  }
  if (hasName && SOURCE_HEADS.has(headToken.norm)) return [{ name: description, kind: 'named', person: SPOKES.has(headToken.norm), role: SPOKES.has(headToken.norm) ? 'person' : 'organisation' }];
  // `after law lords ruled`: a noun of two words in the lexicon (`law lords`, `think tank`) names its body with no article.
  const compound = first === head - 1 && !NOUNS.has(headToken.norm) && noun !== undefined;
  if (compound && noun === 'people') return [{ name: words(first, last), kind: 'named', person: false, role: 'people' }];
  // (`Both firms said` after two firms were named: `both` points back at them as `the` does, no vague share of a group.)
  const opening = readAt(tokens, first, 'tokens').norm;
  if (noun && (POINTING_BACK.has(opening) || POSSESSIVES.has(opening) || hasName || compound)) return [nominalSource(context, first, last, head, noun)];
  // `multiple sources privy to the talks`, `several nations`, `other Republicans`: a group nobody in it answers for.
  if (QUANTIFIERS.has(readAt(tokens, first, 'tokens').norm) || readAt(tokens, first, 'tokens').norm === 'another') {
    const anonymous = tokens.slice(first, last + 1).some((token) => token.norm === 'sources' || token.norm === 'source');
    return [
      {
        name: words(first, last),
        kind: anonymous ? 'anonymous' : 'vague',
        person: readAt(tokens, first, 'tokens').norm === 'another',
        role: readAt(tokens, first, 'tokens').norm === 'another' ? 'person' : 'people',
      },
    ];
  }
  // `police said`: the force dealing with the case, a body that answers for what it says.
  if (first === last && headToken.norm === 'police') return [{ name: words(first, last), kind: 'named', person: false, role: 'organisation' }];
  if (first === last && noun === 'people') return [{ name: words(first, last), kind: 'vague', person: false, role: 'people' }];
  // `Mr Glazer's main backers said`, `Tesco's advisers said`: people of a named party's own team, in the plural, answer for
  // it as `his lawyers` do; the possessive name makes them particular, not a vague group.
  if (last - first < 6 && !isCapitalised(headToken) && /[^s']s$/u.test(headToken.norm) && (AGENT_ENDING.test(headToken.norm) || isPeoplePlural(headToken.norm)) && ownedByName(tokens, first, head))
    return [{ name: words(first, last), kind: 'named', person: false, role: 'people' }];
  // `security specialists say`: people named only by what they do, in the plural, are a vague group.
  if (
    last - first < 3 &&
    !isCapitalised(headToken) &&
    /s$/.test(headToken.norm) &&
    AGENT_ENDING.test(headToken.norm) &&
    !DETERMINERS.has(readAt(tokens, first, 'tokens').norm) &&
    !POSSESSIVES.has(readAt(tokens, first, 'tokens').norm)
  )
    return [{ name: words(first, last), kind: 'vague', person: false, role: 'people' }];
  // `campaign aides said`, `Pentagon spokesmen said`: people named only by their plural job, with a modifier and no determiner, are a vague group.
  if (
    last > first &&
    last - first < 3 &&
    !isCapitalised(headToken) &&
    isPeoplePlural(headToken.norm) &&
    !DETERMINERS.has(readAt(tokens, first, 'tokens').norm) &&
    !POSSESSIVES.has(readAt(tokens, first, 'tokens').norm)
  )
    return [{ name: words(first, last), kind: 'vague', person: false, role: 'people' }];
  // `green groups said`, `consumer organisations warned`: bodies named only by their kind, in the plural, with a modifier and no
  // determiner, are a vague group as `campaign aides` are (not `such groups`, `other parties`, nor a capital that opens the
  // sentence, read as a name).
  if (
    last > first &&
    last - first < 3 &&
    !isCapitalised(headToken) &&
    noun === 'organisation' &&
    /[^s]s$/.test(headToken.norm) &&
    tokens.slice(first, head).every((token) => LOWER_WORD.test(token.raw) && !DETERMINERS.has(token.norm) && !POSSESSIVES.has(token.norm) && !NOT_KIND_WORDS.has(token.norm))
  )
    // (`raised by "pro-choice" organisations`: the scare quotes are the writer's, no part of the group's name.)
    return [{ name: words(first, last).replace(DOUBLE_QUOTE_MARKS, ''), kind: 'vague', person: false, role: 'people' }];
  // `520 superdelegates have said`: a counted group, no one of whom is named (`4bn euros thought to be held …` counts money, no one).
  if (/^\d/.test(readAt(tokens, first, 'tokens').raw) && last > first && !isCapitalised(headToken) && headToken.norm.endsWith('s') && !CURRENCY_WORDS.has(headToken.norm))
    return [{ name: words(first, last), kind: 'vague', person: false, role: 'people' }];
  // `participants said`: a bare plural noun is a group nobody in it answers for.
  if (first === last && !isCapitalised(headToken) && /[^s]s$/.test(headToken.norm) && headToken.norm.length > 4) return [{ name: words(first, last), kind: 'vague', person: false, role: 'people' }];
  // `the self-described democratic socialist said`: a definite description means one particular source, kept as written.
  if (
    (readAt(tokens, first, 'tokens').norm === 'the' || readAt(tokens, first, 'tokens').norm === 'that' || readAt(tokens, first, 'tokens').norm === 'this') &&
    head > first &&
    wordsBetween(text, tokens, first, head) <= 5 &&
    !isCapitalised(headToken) &&
    (AGENT_ENDING.test(headToken.norm) || PEOPLE_WORDS.has(headToken.norm) || isAge(tokens, head))
  )
    return [{ name: words(first, last), kind: 'named', person: !headToken.norm.endsWith('s'), role: headToken.norm.endsWith('s') ? 'people' : 'person' }];
  return undefined;
}

/** The words of currencies written after a sum (`4bn euros`), from the claim identity's money marks. */
const CURRENCY_WORDS: ReadonlySet<string> = new Set(CURRENCY_MARKS.filter((mark) => mark.kind === 'word').map((mark) => mark.mark));

/** True for a word beside a share that makes it a share of a thing (`5% growth`, `growth of 5%`), not of people (`47% of voters`, `60% voters`). */
function sharesThing(next: Token): boolean {
  return next.norm !== 'of' && !isCapitalised(next) && !isPeoplePlural(next.norm) && !PEOPLE_WORDS.has(next.norm) && !AGENT_ENDING.test(next.norm);
}

/** True when the fraction at `at` is a part of a period (`the first quarter`, `the final quarter`), not a share of people. */
export function partOfPeriod(tokens: readonly Token[], at: number): boolean {
  return FRACTIONS.has(readAt(tokens, at, 'tokens').norm) && PERIOD_PART_MARKERS.has(readAt(tokens, at - 1, 'tokens').norm);
}

/** `72 percent of Democrats said`, `a Des Moines Register poll found`, `most voters say`: a poll, named when the sentence names who ran it or refers back to one. */
function pollSource(text: string, tokens: readonly Token[], first: number, last: number, hasName: boolean): SourceLink | undefined {
  let counted = false;
  let polled = false;
  // Where the share opens: who ran the poll is named after it (`Some 63% of respondents in the Sunday Times poll`); a capital
  // before it belongs to words the phrase was cut from (`the UK 69% of those questioned`, read from `In the UK 69% of …`).
  let shareAt: number | undefined;
  for (let i = first; i <= last; i++) {
    const token = readAt(tokens, i, 'tokens');
    // (`the 47% forecast by analysts`: a share with nothing after it counts no one; `47% of voters` and `Some 47% said` do.
    // `fly-half`: a fraction hyphened to a word before it that is no number (`Three-quarters`) is part of another word.)
    const hyphenedToWord = i > first && text.slice(readAt(tokens, i - 1, 'tokens').end, token.start) === '-' && !isNumber(readAt(tokens, i - 1, 'tokens'));
    // (`In the fourth quarter alone Ford reported`: a part of a period counts no one.)
    if (
      token.norm === 'percent' ||
      token.norm === 'cent' ||
      (FRACTIONS.has(token.norm) && !hyphenedToWord && !(i > first && partOfPeriod(tokens, i))) ||
      (/^\d/.test(token.raw) && text[token.end] === '%' && (i < last || i === first || !SHARE_DETERMINERS.has(readAt(tokens, i - 1, 'tokens').norm)))
    ) {
      counted = true;
      shareAt ??= i;
    }
    // (`with 5% growth forecast for 2005`: a share of a thing, written straight before it, counts no one.)
    // (`with growth of 5% forecast`: so does one written after the thing and `of`; not `a majority of 52%`.)
    if (counted && /^\d/.test(token.raw) && text[token.end] === '%') {
      const thing = i < last ? tokens[i + 1] : i - 2 >= first && tokens[i - 1]?.norm === 'of' && !SHARES_OF_PEOPLE.has(readAt(tokens, i - 2, 'tokens').norm) ? tokens[i - 2] : undefined;
      if (thing && sharesThing(thing)) return undefined;
    }
    if (POLLED.has(token.norm)) polled = true;
    // `one in five`, `nine out of 10`: a share of those asked.
    if (
      i > first &&
      i < last &&
      isNumber(readAt(tokens, i + 1, 'tokens')) &&
      ((token.norm === 'in' && isNumber(readAt(tokens, i - 1, 'tokens'))) ||
        (token.norm === 'of' && readAt(tokens, i - 1, 'tokens').norm === 'out' && i - 2 >= first && isNumber(readAt(tokens, i - 2, 'tokens'))))
    )
      counted = true;
  }
  // `most voters`, `a majority of Americans`: counted people, as a poll reports them.
  if (
    !counted &&
    (readAt(tokens, first, 'tokens').norm === 'most' || readAt(tokens, first, 'tokens').norm === 'majority') &&
    last > first &&
    (NOUNS.get(readAt(tokens, last, 'tokens').norm) === 'poll' || isCapitalised(readAt(tokens, last, 'tokens')))
  )
    counted = true;
  if (!counted && !polled) return undefined;
  // `explained the slogan was the reaction to polling which suggests`: a verb before the poll's word makes the words a clause
  // whose object the poll is, not the poll's phrase.
  const pollAt = tokens.slice(first, last + 1).findIndex((token) => POLLED.has(token.norm)) + first;
  if (!counted && tokens.slice(first, pollAt).some((token) => CLAUSE_VERBS.has(token.norm) && !isCapitalised(token))) return undefined;
  // `polling` is many polls taken together, never one a `the` refers back to (`The most recent polling in Ohio shows`).
  const definite = refersBackToPoll(text, tokens, first, last) && !tokens.slice(first, last + 1).some((token) => token.norm === 'polling');
  const named = polled && ((hasName && namesPollster(tokens, shareAt ?? first, last)) || definite);
  const span = spanOf(tokens, [first, last], text);
  return { name: text.slice(span.start, span.end), kind: named ? 'named' : 'vague', person: false, role: 'poll' };
}

/** Words that make a poll one the article has named before (`the survey`, `this poll`). */
const DEFINITE_POLL_WORDS: ReadonlySet<string> = new Set(['the', 'this']);

/**
 * True when a `the` or `this` of the phrase goes on, in lower case and with no share between, to the poll or the people it asked
 * (`The poll`, `the bosses polled for the survey`, `the 1,000 people interviewed`): a poll the article has named before. Not a
 * `the` of something else (`the UK 69% of those questioned`, `this liking for search sites half of those questioned`).
 */
function refersBackToPoll(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    if (!DEFINITE_POLL_WORDS.has(readAt(tokens, i, 'tokens').norm)) continue;
    for (let j = i + 1; j <= last; j++) {
      const token = readAt(tokens, j, 'tokens');
      if (POLLED.has(token.norm)) return true;
      if (isCapitalised(token) || FRACTIONS.has(token.norm) || text[token.end] === '%' || token.norm === 'of' || boundaryAfter(text, tokens, j)) break;
    }
  }
  return false;
}

/** compromise's tags for a place, which a poll is taken in (`polling in Ohio`), never a name of who ran it. */
const PLACE_TAGS: ReadonlySet<string> = new Set(['Country', 'City', 'Region', 'Place']);

/**
 * True when a capitalised word of a poll's phrase can name who ran it: not a word that opens the sentence and only says what
 * kind of poll it is (`Exit polls`, `Recent polling`: POLL_DESCRIPTIONS), nor the place it was taken in (`polling in Ohio`).
 */
function namesPollster(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const token = readAt(tokens, i, 'tokens');
    if (!isCapitalised(token) || NOT_NAMES.has(token.norm)) continue;
    if (i === 0 && (POLL_DESCRIPTIONS.has(token.norm) || SHARE_OPENERS.has(token.norm) || NOUNS.has(token.norm) || SOURCE_HEADS.has(token.norm) || VAGUE_HEADS.has(token.norm))) continue;
    if (i > first && readAt(tokens, i - 1, 'tokens').norm === 'in' && lexiconTags(token.norm).some((tag) => PLACE_TAGS.has(tag))) continue;
    return true;
  }
  return false;
}

/**
 * True when the preposition at `at` joins a role to its complement and a person's name closes the phrase (`deputy minister for
 * women Jacqui Smith`, `secretary of state for health Alan Milburn`): the name, not the role, is the phrase's head.
 */
function roleComplementBeforeName(tokens: readonly Token[], at: number, last: number): boolean {
  const word = readAt(tokens, at, 'tokens').norm;
  if ((word !== 'for' && word !== 'of') || at < 1 || last - at < 3 || last - at > 6) return false;
  if (NOUNS.get(readAt(tokens, at - 1, 'tokens').norm) !== 'person-role') return false;
  if (!isCapitalised(readAt(tokens, last, 'tokens')) || !isCapitalised(readAt(tokens, last - 1, 'tokens'))) return false;
  for (let i = at + 1; i < last - 1; i++) {
    const token = readAt(tokens, i, 'tokens');
    if (isCapitalised(token) || DETERMINERS.has(token.norm)) return false;
  }
  return true;
}

function isNumber(token: Token): boolean {
  return /^\d+$/.test(token.norm) || NUMBER_WORDS.has(token.norm);
}

/**
 * True when the document's noun at `at` goes on to its maker before `last`: right after it (`a study by`, `a review of`), or
 * after a time (`a report earlier this week from`), where only `by` or `from` names a maker.
 */
function makerFollows(tokens: readonly Token[], at: number, last: number): boolean {
  let link = at + 1;
  while (link < last && PUBLISHED_WHEN.has(readAt(tokens, link, 'tokens').norm)) link++;
  const word = readAt(tokens, link, 'tokens').norm;
  return link === at + 1 ? AUTHOR_LINKS.has(word) : MAKER_AFTER_TIME.has(word);
}

/**
 * A document as a source: named when the phrase names it or its author (`the Pentagon report`, `a
 * review published by Public Citizen`, `court papers`, `minutes`), or when `the report` refers back to one
 * named before; vague when nothing says whose it is (`a new book claims`, `documents show`).
 */
function documentSource(context: Context, first: number, last: number, hasName: boolean): SourceLink {
  const { text, tokens } = context;
  const name = text.slice(readAt(tokens, first, 'tokens').start, readAt(tokens, last, 'tokens').end);
  const definite = readAt(tokens, first, 'tokens').norm === 'the' || readAt(tokens, first, 'tokens').norm === 'this' || POSSESSIVES.has(readAt(tokens, first, 'tokens').norm);
  const official = tokens
    .slice(first, last + 1)
    .some((token) => HEARING_BODIES.has(token.norm) || token.norm === 'congressional' || token.norm === 'official' || token.norm === 'government' || RECORDS_OF_A_BODY.has(token.norm));
  if (hasName || official) return { name, kind: 'named', person: false, role: 'document' };
  if (definite) {
    const earlier = findReferent(context.memory, (link) => link.role === 'document' && link.kind === 'named');
    return earlier ?? { name, kind: 'named', person: false, role: 'document' };
  }
  return { name, kind: 'vague', person: false, role: 'document' };
}

/** The news agencies of the media lexicon (`Reuters`, `AP`, `Xinhua`), by name, and the words for one (`news agency`). */
const NEWS_AGENCY = new RegExp(
  `(?<![\\p{L}])(?:${MEDIA_OUTLETS.filter((outlet) => outlet.category === 'wire' || outlet.category === 'state')
    .map((outlet) => outlet.phrase.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('|')}|[Nn]ews agency)(?![\\p{L}])`,
  'u',
);

/**
 * True when the article names a news agency anywhere (`reported AP news agency`), which a later `the agency` may be. Read once
 * per article, on its first `the agency`.
 */
function namesNewsAgency(memory: SourceMemory): boolean {
  memory.namesNewsAgency ??= NEWS_AGENCY.test(memory.articleText ?? '');
  return memory.namesNewsAgency;
}

/** The body `the <noun>` (the noun at `head`, `first` its `the`) refers to: one whose name holds the noun, else the body the article is about. */
function bodyMeant(context: Context, first: number, head: number): SourceLink | undefined {
  const { tokens, memory } = context;
  // `… helped Renault boost its profits although the firm warned …`: with no body before the sentence, the one it named before the nominal.
  // `the bank said` after `Bank of America said`: a body that has spoken, whose own name holds the noun, is meant first.
  const headWord = readAt(tokens, head, 'tokens').norm;
  // `The alliance says` after `the Countryside Alliance failed in its attempt`: one only mentioned nearby comes next.
  // A capitalised word in the description must be in the name too: `The German exchange` is not the London Stock Exchange.
  const described = tokens.slice(first + 1, head).filter((token) => isCapitalised(token));
  const holdsHead = (link: SourceLink): boolean => link.role === 'organisation' && !link.person && namesBodyWith(link.name, headWord) && described.every((token) => link.name.includes(token.raw));
  // `The government says …` after a union spoke: a body the article need not name is no other body's referent.
  const onlyByName = SELF_IDENTIFYING_BODIES.has(headWord) || BODIES_OF_SEVERAL.has(headWord);
  // `The financial regulator said Fannie Mae would …`: a regulator, a court or a watchdog is a public body the article named, never its firm.
  const publicOnly = (link: SourceLink | undefined): SourceLink | undefined =>
    !OVERSEEING_BODIES.has(headWord) || (link && NOT_FIRM_WORDS.has(link.name.split(/\s+/u).at(-1)?.toLowerCase() ?? '')) ? link : undefined;
  const body =
    findReferent(memory, holdsHead, Number.POSITIVE_INFINITY, true) ??
    findReferent(memory, holdsHead) ??
    (onlyByName
      ? undefined
      : publicOnly(
          findCentralBody(memory, COMPANY_HEADS.has(headWord), COMPANY_HEADS.has(headWord) && headWord !== 'group') ??
            [...context.mentions].reverse().find((mention) => mention.first < first && mention.link.role === 'organisation')?.link ??
            // `Tesco said it would … . The firm said …`: a business that spoke, its name read as a person's.
            (COMPANY_HEADS.has(headWord) ? findBodyReadAsPerson(memory) : undefined),
        ));
  // `The committee said` after `told the BBC News website`: an outlet is no committee, firm or union the article means.
  return body && (body.kind !== 'media' || ANAPHORIC_MEDIA.has(headWord)) ? body : undefined;
}

/**
 * `the firm`, `the minister`, `his former adviser`: a definite mention of a body or a role,
 * resolved to the nearest earlier body or person that fits; kept as written when none does, since
 * the article means one particular firm or minister even where the analysis cannot tell which.
 */
function nominalSource(context: Context, first: number, last: number, head: number, noun: string): SourceLink {
  const { text, tokens, memory } = context;
  const written = text.slice(readAt(tokens, first, 'tokens').start, readAt(tokens, last, 'tokens').end);
  const definiteThe = readAt(tokens, first, 'tokens').norm === 'the' && head - first <= 2;
  // `Europe's biggest drugmaker says`, `The UK's biggest mortgage lender said`: a business ranked in its market is the one
  // business the article has named, as `the company` would be; with two or more named, the phrase does not say which, and it
  // is kept as written.
  if (noun === 'organisation' && ranksBusiness(tokens, first, head)) {
    const body = findOnlyBusiness(memory, [...context.mentions.filter((mention) => mention.first < first && mention.opens).map((mention) => mention.link), ...openingName(context, first)]);
    if (body) return body;
  }
  // `the companies said`: several bodies, which one earlier name cannot stand for.
  if (definiteThe && noun === 'organisation' && !readAt(tokens, head, 'tokens').norm.endsWith('s')) {
    const body = bodyMeant(context, first, head);
    if (body) return body;
  }
  if (definiteThe && noun === 'person-role') {
    const titled = memory.personByTitle.get(readAt(tokens, head, 'tokens').norm);
    // `The prime minister` is not `Deputy Prime Minister John Prescott`: a title holder fits only when a role the article gave
    // them fits the words written.
    const phrase = { head: readAt(tokens, head, 'tokens').norm, words: new Set(tokens.slice(first + 1, head).map((token) => token.norm)) };
    const roles = memory.roles.filter((role) => role.link === titled);
    if (titled && (roles.length === 0 || roles.some((role) => roleFits(phrase, role)))) return titled;
  }
  if (definiteThe && noun === 'people') {
    // `the unions said` after `Senators said`: a group is meant by its own noun (`the workers` → `5,000 workers at the plant`),
    // never by another group's.
    // A count in the phrase must be the group's (`The five unions` is not `Other public sector unions`), and a group picked
    // out as others or some of a kind (`Other unions`, `Some delegates`) is no group `the` refers back to.
    const headWord = readAt(tokens, head, 'tokens').norm;
    const counts = tokens.slice(first + 1, head).filter((token) => NUMBER_WORDS.has(token.norm) || /^\d/u.test(token.raw));
    const fitsGroup = (link: SourceLink): boolean => {
      const words = link.name.toLowerCase().split(/\s+/u);
      return !NOT_KIND_WORDS.has(words[0] ?? '') && counts.every((count) => words.includes(count.norm));
    };
    const group = findReferent(memory, (link) => link.role === 'people' && namesGroupWith(link.name, headWord) && fitsGroup(link));
    if (group) return group;
  }
  const role = noun === 'person-role' ? 'person' : noun === 'people' ? 'people' : 'organisation';
  // `Ukrainian officials`, `some analysts`: people named only by their job are vague; `the lawyers`, `his lawyers`, `the firm's
  // executives` are the particular team of a party the article names.
  const owned = POINTING_BACK.has(readAt(tokens, first, 'tokens').norm) || POSSESSIVES.has(readAt(tokens, first, 'tokens').norm) || ownedByName(tokens, first, head);
  return { name: written, kind: noun === 'people' && !owned ? 'vague' : 'named', person: role === 'person', role };
}

/**
 * The name that opens the sentence before the phrase at `first` (`GlaxoSmithKline saw its profits fall …, but Europe's biggest
 * drugmaker says …`), as a body: the sentence's first capitalised words, none a word the lexicon knows (`Shares`, `But`).
 */
function openingName(context: Context, first: number): SourceLink[] {
  const { text, tokens } = context;
  let end = 0;
  while (end < first && isCapitalised(readAt(tokens, end, 'tokens')) && !NOT_NAMES.has(readAt(tokens, end, 'tokens').norm) && lexiconTags(readAt(tokens, end, 'tokens').norm).length === 0) end++;
  return end === 0 ? [] : [{ name: text.slice(readAt(tokens, 0, 'tokens').start, readAt(tokens, end - 1, 'tokens').end), kind: 'named', person: false, role: 'organisation' }];
}

/** True when the phrase from `first` to its head is a business ranked in its market (`Europe's biggest drugmaker`, `the world's second-biggest insurer`). */
function ranksBusiness(tokens: readonly Token[], first: number, head: number): boolean {
  return BUSINESS_NOUN_SET.has(readAt(tokens, head, 'tokens').norm) && tokens.slice(first, head).some((token) => MARKET_RANKS.has(token.norm.split('-').at(-1) ?? ''));
}

/** True when a capitalised possessive stands before the head: `Mr Glazer's lawyers`, `Labour's election strategists`. */
function ownedByName(tokens: readonly Token[], first: number, head: number): boolean {
  for (let i = first; i < head; i++) if (POSSESSIVE_ENDING.test(readAt(tokens, i, 'tokens').norm) && isCapitalised(readAt(tokens, i, 'tokens'))) return true;
  return false;
}

/** True when the words between a source and a later phrase are a clause attached to the source. */
function relativeClauseJoins(text: string, tokens: readonly Token[], last: number, phraseFirst: number): boolean {
  const next = tokens[last + 1];
  if (!next) return false;
  return (
    (next.norm === 'who' || next.norm === 'speaking' || next.norm === 'on') &&
    phraseFirst - last <= RELATIVE_CLAUSE_REACH &&
    !text.slice(readAt(tokens, last, 'tokens').end, readAt(tokens, phraseFirst, 'tokens').start).includes('.')
  );
}

/** A member's letters (`MP`, `MEP`, `MSP`, `MLA`, `AM`), which stand between a party and a name. */
const MEMBER_LETTERS: ReadonlySet<string> = new Set(['mp', 'mep', 'msp', 'mla', 'am']);

/** Members named by their letters in the plural (`MPs`, `MEPs`): people by their role, though written in capitals. */
const MEMBER_PLURALS: ReadonlySet<string> = new Set([...MEMBER_LETTERS].map((letters) => `${letters}s`));

/** Titles only a person bears: the honorifics (`Mr`, `Dr`, `Sir`, `Lord`), as tokens read them, and `Baroness`. */
export const COURTESY_TITLES: ReadonlySet<string> = new Set([...[...HONORIFICS].map((title) => title.replace(/\.$/u, '').toLowerCase()), 'baroness']);

/** Titles a person is called by with their given name alone. */
const KNIGHTHOODS = new Set(['sir', 'dame']);

/**
 * A proper name ending at `head`, without the titles before it (`Kursk Governor Alexander
 * Khinstsen` → `Alexander Khinstsen`); a person's titles are added to `titles`, and the sex a
 * title or a given name marks is kept for resolving `he` and `she`.
 */
/**
 * `the Bank` after `the Bank of England`, `the Association` after `the British Bankers' Association`: one word for a body, after
 * `the`, is the one body the article named before whose name opens or ends with it; none when no body or two do.
 */
function bodyShortened(memory: Context['memory'], word: string): SourceLink | undefined {
  let found: SourceLink | undefined;
  for (const { link } of memory.referents) {
    if (link.role !== 'organisation' || link.name === word) continue;
    const words = link.name.split(' ');
    if (words.length < 2 || (words[0] !== word && words.at(-1) !== word)) continue;
    if (found && found.name !== link.name) return undefined;
    found ??= link;
  }
  return found;
}

/** Words that open a phrase pointing back at what the article named (`the firm`, `both firms`). */
const POINTING_BACK: ReadonlySet<string> = new Set(['the', 'both']);

/** A brand written with a lower-case letter before a capital (`eBay`, `iPod`, `iTunes`). */
const CAMEL_CASE_BRAND = /^\p{Ll}\p{Lu}\p{L}*$/u;

function nameLink(context: Context, first: number, head: number, titles: [string, SourceLink][]): SourceLink {
  const { text, tokens, memory, mentions } = context;
  // `said the American`, `the Scot admitted`: a person of a nation, described as written (whom the article named before).
  if (head > first && readAt(tokens, head - 1, 'tokens').norm === 'the' && PERSON_DEMONYMS.has(readAt(tokens, head, 'tokens').norm))
    return { name: text.slice(readAt(tokens, head - 1, 'tokens').start, readAt(tokens, head, 'tokens').end), kind: 'named', person: true, role: 'person' };
  let start = head;
  // `Jock A. Finlayson`: an initial is part of the name though it is spelt like the article; so is `AT` of `AT&T`, joined by its
  // ampersand, and a brand that opens in lower case (`eBay UK`, `iTunes Music Store`).
  while (
    start > first &&
    (CAMEL_CASE_BRAND.test(readAt(tokens, start - 1, 'tokens').raw) ||
      (isCapitalised(readAt(tokens, start - 1, 'tokens')) &&
        (!NOT_NAMES.has(readAt(tokens, start - 1, 'tokens').norm) ||
          isInitial(text, readAt(tokens, start - 1, 'tokens')) ||
          text.slice(readAt(tokens, start - 1, 'tokens').end, readAt(tokens, start, 'tokens').start) === '&')) ||
      NAME_CONNECTORS.has(readAt(tokens, start - 1, 'tokens').norm) ||
      // `Office of the Deputy Prime Minister`: the `the` of an `of the` inside a name.
      (readAt(tokens, start - 1, 'tokens').norm === 'the' &&
        start > first + 1 &&
        readAt(tokens, start - 2, 'tokens').norm === 'of' &&
        start - 2 > first &&
        isCapitalised(readAt(tokens, start - 3, 'tokens'))))
  )
    start--;
  while (start < head && NAME_CONNECTORS.has(readAt(tokens, start, 'tokens').norm)) start++;
  // `Microsoft's Bill Gates`, `War on Want's Jo Hale`: the person a body's possessive introduces is named from the given name on.
  start = possessedPersonAfter(tokens, start, head) ?? start;
  let afterTitle = start;
  for (let i = start; i < head; i++) if (TITLES.has(readAt(tokens, i, 'tokens').norm)) afterTitle = i + 1;
  // `Tory Liam Fox`, `Liberal Democrat Alan Beith`: a party before a name of two words or more is an affiliation, no part of it.
  while (afterTitle < head - 1 && PARTY_AFFILIATIONS.has(readAt(tokens, afterTitle, 'tokens').norm.replace(/'s$/u, ''))) {
    const next = readAt(tokens, afterTitle + 1, 'tokens');
    if (!isCapitalised(next)) break;
    afterTitle++;
    // `Tory MP Peter Luff`, `Green MSP Mark Ballard`: a member's letters after the party, before the name, go with it.
    if (afterTitle < head - 1 && MEMBER_LETTERS.has(readAt(tokens, afterTitle, 'tokens').norm) && isCapitalised(readAt(tokens, afterTitle + 1, 'tokens'))) afterTitle++;
    for (let i = afterTitle; i < head; i++) if (TITLES.has(readAt(tokens, i, 'tokens').norm)) afterTitle = i + 1;
  }
  // `Sir John`, `Dame Judi`: a knight is called by title and given name, which alone names nobody; it is the
  // person named in full before (`Sir John Bourn`), or the title and name as written.
  const knighted = afterTitle === head && afterTitle > start && KNIGHTHOODS.has(readAt(tokens, head - 1, 'tokens').norm);
  if (knighted) {
    const given = readAt(tokens, head, 'tokens').raw;
    const known =
      findReferent(memory, (link) => link.person && link.name.startsWith(`${given} `), Number.POSITIVE_INFINITY) ??
      mentions.find((mention) => mention.link.person && mention.link.name.startsWith(`${given} `))?.link;
    if (known) return known;
    afterTitle = head - 1;
  }
  // `The Lord Chancellor`, `the Prime Minister`: titles with no name after them are an office held by one person, named whole
  // (`Chancellor` alone would be another office's holder).
  // (`Ms King`: after a courtesy title that only ever comes before a surname, the word is the surname.)
  const surnameAfter = tokens.slice(start, head).some((token) => SURNAME_TITLES.has(token.norm));
  if (afterTitle === head && start < head && TITLES.has(readAt(tokens, head, 'tokens').norm) && !knighted && !surnameAfter) {
    const office = text.slice(readAt(tokens, start, 'tokens').start, readAt(tokens, head, 'tokens').end);
    return mentions.find((mention) => mention.link.name === office)?.link ?? { name: office, kind: 'named', person: true, role: 'person' };
  }
  // `Director of Public Prosecutions`: a title that runs on through `of` names a role in full, not a person called `of Public Prosecutions`.
  if (afterTitle > start && (readAt(tokens, afterTitle, 'tokens').raw === 'of' || readAt(tokens, afterTitle, 'tokens').raw === 'for')) afterTitle = start;
  // `the CBI`, `The Confederation of British Industry`: a capitalised name after `the` that is an acronym or runs through `of`
  // names a body; people take no article.
  const afterThe = start > 0 && readAt(tokens, start - 1, 'tokens').norm === 'the' && !TITLES.has(readAt(tokens, head, 'tokens').norm);
  const bodyAfterThe = afterThe && (/^[A-Z]{2,}$/.test(readAt(tokens, head, 'tokens').raw) || tokens.slice(start, head).some((token) => token.raw === 'of'));
  // `Labour's Mr Livingstone`: a courtesy title before the head makes the name a person's, whatever body is named before it.
  const courtesy = tokens.slice(start, head).some((token) => COURTESY_TITLES.has(token.norm));
  // `Labour MP Diane Abbott`: a party, then a given name, names a member of the party, not the party.
  const partyMember = PARTY_AFFILIATIONS.has(readAt(tokens, start, 'tokens').norm.replace(/'s$/u, '')) && afterTitle > start && sexOf(tokens, afterTitle, afterTitle, head) !== undefined;
  // `Turkey had insisted`, `Russia says`: a country or city that speaks is its government, a body.
  const place = start === head && isPlaceNoun(readAt(tokens, head, 'tokens').raw);
  // `Ernst & Young`, `Marks & Spencer`: an ampersand joins the names of a firm's founders, not a person's.
  const ampersand = text.slice(readAt(tokens, start, 'tokens').start, readAt(tokens, head, 'tokens').end).includes('&');
  // `BDO said`, `GM has warned`: a word in capitals alone is a body's initials; a person is named by a surname (`JK Rowling` has
  // two words). Not letters that follow a name (`Richard Mawrey, QC told`) nor a role in capitals (`its CEO said`).
  const initials = readAt(tokens, head, 'tokens');
  const initialsAlone = start === head && /^\p{Lu}{2,}$/u.test(initials.raw) && !POSTNOMINALS.has(initials.raw) && !TITLES.has(initials.norm) && NOUNS.get(initials.norm) !== 'person-role';
  const organisation =
    !courtesy && !partyMember && (bodyAfterThe || place || ampersand || initialsAlone || tokens.slice(start, head + 1).some((token) => ORGANISATION_WORDS.has(token.norm.replace(/'s$/, ''))));
  const nameStart = organisation ? start : afterTitle;
  const name = text.slice(readAt(tokens, nameStart, 'tokens').start, readAt(tokens, head, 'tokens').end);
  // (`the Bank` after `the Bank of England`: the body named in full before, rather than this sentence's own mention of it.)
  const shortFor = organisation && afterThe && start === head && ORGANISATION_WORDS.has(readAt(tokens, head, 'tokens').norm) ? bodyShortened(memory, name) : undefined;
  if (shortFor) return shortFor;
  // The same name mentioned earlier in the sentence or the article is the same referent, sex and all.
  const known =
    mentions.find((mention) => mention.link.name === name)?.link ?? findReferent(memory, (link) => link.name === name || (link.person && !organisation && endsWithSurname(link.name, name)));
  if (known && known.person === !organisation) return known.name === name ? known : { ...known, name };
  const link: SourceLink = { name, kind: 'named', person: !organisation, role: organisation ? 'organisation' : 'person' };
  if (!organisation) {
    const sex = sexOf(tokens, start, afterTitle, head);
    if (sex) link.sex = sex;
    for (let i = start; i < afterTitle; i++) if (TITLES.has(readAt(tokens, i, 'tokens').norm)) titles.push([readAt(tokens, i, 'tokens').norm, link]);
  }
  return link;
}

/** True when `match` is the single word `agency` after a lower-case word of the phrase that is no news word (NEWS_AGENCY_MODIFIERS). */
function agencyOfAnotherBusiness(tokens: readonly Token[], first: number, match: PhraseMatch<MediaOutlet>): boolean {
  if (match.first !== match.last || match.first <= first || readAt(tokens, match.first, 'tokens').norm !== 'agency') return false;
  const before = readAt(tokens, match.first - 1, 'tokens');
  // (The sentence's first word is capitalised whatever it is: `Rating agency Fitch said`. `the agency`, `an agency` say nothing of its business.)
  return (LOWER_WORD.test(before.raw) || match.first === 1) && !DETERMINERS.has(before.norm) && !NEWS_AGENCY_MODIFIERS.has(before.norm);
}
