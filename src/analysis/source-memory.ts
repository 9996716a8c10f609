import { CALENDAR_NAMES, MONTH_NAMES, PERIODS, TIME_WORDS, WEEKDAYS } from '../text/lexicons/calendar.ts';
import { GIVEN_NAMES } from '../text/lexicons/given-names.ts';
import { isGivenName, sexOfGivenName } from '../text/given-name-sex.ts';
import { MEDIA_OUTLETS } from '../text/lexicons/media-outlets.ts';
import { BACKSHIFTED, CONTINUED_REPORTS } from '../text/lexicons/reported-speech.ts';
import { REPORTING_VERBS } from '../text/lexicons/reporting-verbs.ts';
import { BUSINESS_NOUN_SET, OFFICE_MODIFIERS, RANKS, ROLE_EPITHETS, SPEAKING_TEXTS, TEXT_VERBS } from '../text/lexicons/source-nouns.ts';
import { type Token, tokenize } from '../text/phrase-matcher.ts';
import {
  AUXILIARIES,
  CONTACT_SUBJECT_PRONOUNS,
  DETERMINERS,
  FRONTED_PHRASE_OPENERS,
  LEADING_ADVERBS,
  PERSONAL,
  POSSESSIVES,
  PREPOSITIONS,
  PROMPTING_TO_ACT,
  TIME_LEADS,
} from '../text/lexicons/source-grammar.ts';
import { ANSWERING, QUESTION_FRAMES, QUESTION_TOPICS } from '../text/lexicons/cue-scope.ts';
import { NOT_FIRM_WORDS, ORGANISATION_WORDS, PLACE_NAMES, PUBLIC_BODY_WORDS } from '../text/lexicons/entities.ts';
import { NAMED_DOING, NOT_NAMES, PEOPLE_BY_TRADE, PERSON_REPORTERS, PLACE_NAME_HEADS, PLACE_WORDS, SEX_OF_TITLE, SPOKESPEOPLE, TITLES } from '../text/lexicons/source-names.ts';
import { type Attribution, chainOf, endsWithSurname, namesNoOne, type Sex, type SourceLink } from './source-links.ts';
import { AGENT_ENDING, boundaryAfter, commaAfter, isCapitalised, LOWER_WORD, NOUNS, pronounOf } from './source-tokens.ts';
import { readAt, readKey } from '../model/read-at.ts';
import { lexiconTags } from '../text/compromise.ts';
import { HOLDS_CAPITAL, HOLDS_LETTER } from '../text/word-shapes.ts';

/** Someone or something an earlier sentence named, that `he`, `they`, `it` or `the firm` may refer back to. */
interface Referent {
  link: SourceLink;
  /** True when it was a source of the sentence that mentioned it. */
  spoke: boolean;
  /** Which sentence of the article last mentioned it (counted by `findAttributions` calls). */
  sentence: number;
  /** In how many sentences so far the article named it: how central it is to the story. */
  mentions: number;
  /** Which paragraph last mentioned it: `the company` means a body of the paragraph it stands in, or the one before. */
  paragraph: number;
  /** True when its last mention was a source or opened its sentence (most often as the subject). */
  salient: boolean;
}

/** What earlier sentences of the article named, for `he said` and `the agency claimed`. */
export interface SourceMemory {
  /** The chain of the last sentence that named a specific outlet, from that outlet on. */
  lastMediaChain?: SourceLink[];
  /**
   * The sentence in which an outlet last reported someone's words (`London's Evening Standard quoted Mr Clarke`), not one
   * someone only spoke to (`Speaking to RIA Novosti, X said`): its quoting carries on only to the next few sentences.
   */
  lastRelaySentence?: number;
  /** People by the titles they were named with (`governor` → Alexander Khinstsen). */
  personByTitle: Map<string, SourceLink>;
  /**
   * Every role the article gave a person, in order: in an apposition (`Michael Ancram, the Tory foreign affairs
   * spokesman,`, `the former cabinet secretary, Lord Butler,`), a relative clause (`Lord Butler, who was cabinet
   * secretary,`) or written before the name (`Tory leader Michael Howard`), so that `The Tory spokesman` finds him only
   * when its own words are among the role's, and finds no one when two people fit.
   */
  roles: RoleHolder[];
  /**
   * The last sentence opened by a surname the article never gave in full (`Safin admitted …`): a `he` or `she` right
   * after it is most often that person, whom the memory cannot name, so not someone named before.
   */
  unknownSubject?: number;
  /**
   * A role the last sentence named as its source with no name (`A senior Tory MP has criticised …`), which the next
   * sentence may name by giving someone that role (`Edward Leigh, the Tory MP for Gainsborough, said`).
   */
  pendingRole?: { role: Role; link: SourceLink; sentence: number };
  /** People, bodies and documents mentioned so far, the most salient last. */
  referents: Referent[];
  /** How many sentences have been read. */
  sentence: number;
  /**
   * The paragraph of the sentence being read, set by the caller before each sentence (0 when the
   * caller knows no paragraphs): a body named in it or the one before is what `the company` means.
   */
  paragraph: number;
  /**
   * People whose sex no title or given name gave, only a `he` or `she` resolved to them: a guess, which may be wrong, so
   * it does not make them findable by a bare surname past the reach of a pronoun.
   */
  guessedSex: WeakSet<SourceLink>;
  /**
   * Groups known only as the opening subject of a sentence (`Five public sector unions will hold talks`): the `they` that opens
   * a later sentence may mean them, a `they` inside one (`68% said they thought`) is left to its own sentence's people.
   */
  subjectGroups: WeakSet<SourceLink>;
  /** A text that opened a sentence as its subject (`Thursday's report was drawn up by …`), for an `It said` opening the next. */
  openingDocument?: { link: SourceLink; sentence: number };
  /**
   * Groups a sentence names, in lower case after a verb, as the ones who act on its `to` (`prompting unions representing 4.5m
   * workers to threaten united action`): the `they` opening the next sentence, or a clause after them in the same, means them
   * (see actingGroup). Kept for the sentence read and the one before it; dropped once a source speaks after them.
   */
  actingGroups: { link: SourceLink; sentence: number; index: number; start: number }[];
  /** The last text a sentence named anywhere outside quotation marks (`… believe that the Kok report falls short`), for an `it recommends` in the next. */
  namedDocument?: { link: SourceLink; sentence: number };
  /** The named source that ends the sentence just read (`… Sen. Marco Rubio (R-Fla.)`), for a next sentence that opens with its verb. */
  previousTail?: SourceLink[];
  /** The sentence being read, kept by `findMentions` for `remember`, which decides whether it goes on with reported speech. */
  reading?: { text: string; tokens: readonly Token[]; inQuotation: (offset: number) => boolean };
  /** The last sentence that reported someone's words in its own (`Mr Cable said 40% of pensioners were paying …`), which the next may go on with. */
  lastReport?: { sentence: number; paragraph: number; attribution: Attribution; tokens: readonly Token[] };
  /** The article's text, read for what it uses as a name (`usesAsName`). */
  articleText?: string;
  /** The words of `NOT_NAMES` the article uses as a name, lower case: found on the first question, see `usesAsName`. */
  namedCommonWords?: ReadonlySet<string>;
  /** Whether the article names a news agency anywhere: found on the first `the agency`, see `source-kinds.ts`. */
  namesNewsAgency?: boolean;
}

/** A role as the article words it: its head noun (`secretary`) and the words before it (`former`, `cabinet`). */
export interface Role {
  head: string;
  words: ReadonlySet<string>;
}

/** A person and a role the article gave them. */
interface RoleHolder extends Role {
  link: SourceLink;
}

/** An empty memory, for the first sentence of an article: `analyseArticle` keeps one per article, read in order. */
export function createSourceMemory(headline?: string, text?: string): SourceMemory {
  const memory: SourceMemory = {
    personByTitle: new Map(),
    roles: [],
    referents: [],
    sentence: 0,
    paragraph: 0,
    guessedSex: new WeakSet(),
    subjectGroups: new WeakSet(),
    actingGroups: [],
  };
  if (text !== undefined) memory.articleText = text;
  if (headline) rememberHeadline(headline, memory, text);
  return memory;
}

/** Month and weekday names, capitalised wherever they stand. */
/**
 * A word of `NOT_NAMES` that may name a firm or a channel, capitalised, with its possessive ending and the word in lower case
 * after it (month and weekday names are capitalised wherever they stand, and a pronoun is never a firm).
 */
const COMMON_WORD_AT = new RegExp(
  `(?<![\\p{L}'\u2019])(${[...NOT_NAMES]
    .filter((word) => /^\p{Ll}+$/u.test(word) && !CALENDAR_NAMES.has(word) && !CONTACT_SUBJECT_PRONOUNS.has(word))
    .map((word) => `${word[0]?.toUpperCase()}${word.slice(1)}`)
    .join('|')})\\b(['\u2019]s)?(?:\\s+(\\p{Ll}+))?`,
  'gu',
);
/** The end of a word in lower case or a figure, before a capitalised word in running text. */
const RUNNING_TEXT_BEFORE = /(?:^|\s)[\p{Ll}\d](?:\S*[\p{Ll}\d])?%?,?\s+$/u;
/** How many characters before a capitalised word are enough to see the word before it. */
const RUNNING_TEXT_REACH = 40;

/**
 * The words of `NOT_NAMES` the article writes as a name: capitalised after a word in lower case or a figure, so not for opening a sentence,
 * and then owning something or doing something (`… said trading at Next was weak`, `where Next could have done better`, `…,
 * Next said`, `while Five's share fell`). A retailer called Next or a channel called Five is then the subject of `Next has said
 * …` at the start of a sentence, where the word would otherwise be read as opening it. Read only when a sentence asks, as few
 * articles need it.
 */
export function usesAsName(memory: SourceMemory, word: string): boolean {
  if (!memory.articleText) return false;
  memory.namedCommonWords ??= commonWordsNamedIn(memory.articleText);
  return memory.namedCommonWords.has(word);
}

/** The lower-case words of `NOT_NAMES` that `text` writes as a name, as `usesAsName` says. */
function commonWordsNamedIn(text: string): Set<string> {
  const named = new Set<string>();
  for (const match of text.matchAll(COMMON_WORD_AT)) {
    const word = (match[1] ?? '').toLowerCase();
    // (A quotation opening after `said:` capitalises its first word, as a sentence does: only a space, a comma or the per cent
    // sign of a figure may stand between it and the word in lower case before, `rose 12%, Next said`.)
    if (!RUNNING_TEXT_BEFORE.test(text.slice(Math.max(0, (match.index ?? 0) - RUNNING_TEXT_REACH), match.index))) continue;
    if (match[2] || AUXILIARIES.has(match[3] ?? '') || NAMED_DOING.has(match[3] ?? '')) named.add(word);
  }
  return named;
}

/** A headline with at least this share of its words capitalised is in title case, where capitals mark no names. */
const TITLE_CASE_SHARE = 0.6;

/**
 * A news headline names the story's subject ("Jobs go at Oracle after takeover"): its names that
 * are not people (no title, no given name) nor places are kept as bodies the article may be
 * about, so that the body's bare "Oracle" is known as a body for a later `the company said`.
 * Title-case headlines are skipped.
 */
function rememberHeadline(headline: string, memory: SourceMemory, text?: string): void {
  const tokens = tokenize(headline);
  const words = tokens.filter((token) => HOLDS_LETTER.test(token.raw));
  if (words.length === 0 || words.filter(isCapitalised).length / words.length >= TITLE_CASE_SHARE) return;
  for (let i = 0; i < tokens.length; i++) {
    if (
      !isCapitalised(readAt(tokens, i, 'tokens')) ||
      (NOT_NAMES.has(readAt(tokens, i, 'tokens').norm) && (i === 0 || !usesAsName(memory, readAt(tokens, i, 'tokens').norm))) ||
      TITLES.has(readAt(tokens, i, 'tokens').norm) ||
      SEX_OF_NAME.has(readAt(tokens, i, 'tokens').norm)
    )
      continue;
    let end = i;
    while (end + 1 < tokens.length && isCapitalised(readAt(tokens, end + 1, 'tokens')) && !boundaryAfter(headline, tokens, end)) end++;
    const name = headline.slice(readAt(tokens, i, 'tokens').start, readAt(tokens, end, 'tokens').end).replace(/['\u2019]s$/u, '');
    i = end;
    if (!couldBeBusiness(name) || (text !== undefined && surnameInText(name, text))) continue;
    // Out of reach and named once: it counts only when the body names it too (a headline's first
    // word is capitalised whatever it is: "Jobs go at Oracle").
    memory.referents.push({ link: { name, kind: 'named', person: false, role: 'organisation' }, sentence: -REFERENCE_REACH - 1, spoke: false, mentions: 1, paragraph: -2, salient: false });
  }
}

/**
 * True when the article writes `name` as the last word of a longer name (`Safin cool on Wimbledon` over `… champion Marat
 * Safin has …`, `Wenger offers Mutu hope` over `Adrian Mutu`): the headline called a person by surname, no body.
 */
function surnameInText(name: string, text: string): boolean {
  if (/\s/u.test(name)) return false;
  // Found by `indexOf` and a look at the word before, not a regular expression with an unanchored capitalised word first,
  // which tried every position of the article (about a millisecond an article in the build).
  const needle = ` ${name}`;
  const endsInWord = ASCII_WORD.test(name.at(-1) ?? '');
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    // (`\b` after the name, as the expression had it: an ASCII word character after a name that ends in one ends no word.)
    if (ASCII_WORD.test(text[at + needle.length] ?? '') === endsInWord) continue;
    let start = at;
    while (start > 0 && LOWER_IN_NAME.test(text[start - 1] ?? '')) start--;
    if (start === at || start === 0 || !HOLDS_CAPITAL.test(text[start - 1] ?? '')) continue;
    const word = text.slice(start - 1, at);
    const before = word.toLowerCase();
    if (!NOT_NAMES.has(before) && !TITLES.has(before) && !PLACE_NAMES.has(word) && !ORGANISATION_WORDS.has(before)) return true;
  }
  return false;
}

/** A character `\b` counts as part of a word. */
const ASCII_WORD = /^[A-Za-z0-9_]$/u;
/** The characters after a capital in the word before a surname (`Marat`, `O'Neill`, `Smith-Jones`). */
const LOWER_IN_NAME = /^[\p{Ll}'\u2019-]$/u;

const SEX_OF_NAME = new Map<string, Sex>();

for (const entry of GIVEN_NAMES) if (!SEX_OF_NAME.has(entry.phrase)) SEX_OF_NAME.set(entry.phrase, entry.category);

/** Words a role written before a name does not reach back over (`said the Tory leader Michael Howard`). */
const ROLE_STOPS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'said', 'says', 'told', 'and', 'but', 'by', 'with', 'of', 'for', 'to', 'from', 'as', 'that', 'when']);

/** How many words an apposition that gives a person's role (`, the Tory foreign affairs spokesman,`) may hold. */
const APPOSITION_ROLE_REACH = 7;

/** How many sentences back a pronoun or a nominal looks for what it refers to. */
const REFERENCE_REACH = 6;

/** How many earlier mentions are kept for resolving: enough for a few paragraphs, and a bound on the work per pronoun. */
const MAX_REFERENTS = 40;

const COMPANY_NOUN_ENDING = /(?:maker|firm|company)$/;

/** What the readers of one sentence share. */
export interface Context {
  text: string;
  tokens: readonly Token[];
  memory: SourceMemory;
  titles: [string, SourceLink][];
  /** The people and bodies the sentence names, in text order, with the token each starts at. */
  mentions: Mention[];
  /** The attributions read so far in the sentence. */
  found: Attribution[];
}

/** A person or body a sentence names, with the token it starts at. */
export interface Mention {
  first: number;
  link: SourceLink;
  /** True when the name is a possessive (`Mr Brown's plan`): an owner, not a clause's subject. */
  owner?: boolean;
  /** True when the name opens its sentence (within its first three words) and no possessive owns it (`Its Global Investors wing`): most often the subject. */
  opens: boolean;
  /** True for the author named inside a document that is the sentence's source (`a book published by Philippe Sands`): a later `he says` is theirs. */
  authored?: boolean;
  /** True for the one a question is put to (`He pressed Mr Ellis on the costs`): the next `"…," he said` is most often their answer. */
  questioned?: boolean;
  /** True for a group read only as the sentence's opening subject (see openingGroup and SourceMemory.subjectGroups). */
  subjectGroup?: boolean;
}

/**
 * The most salient earlier referent within `reach` sentences that `fits` (and spoke, when `speakers` is set); `fits` is
 * also given how the referent last stood, for a choice that depends on it.
 */
export function findReferent(memory: SourceMemory, fits: (link: SourceLink, referent: Referent) => boolean, reach = REFERENCE_REACH, speakers = false): SourceLink | undefined {
  const { referents } = memory;
  for (let i = referents.length - 1; i >= 0; i--) {
    const referent = readAt(referents, i, 'referents');
    if (memory.sentence - referent.sentence > reach) break;
    if ((!speakers || referent.spoke) && fits(referent.link, referent)) return referent.link;
  }
  return undefined;
}

/** How many sentences further back a subject or speaker may stand than a person only mentioned, and still be meant by `he`. */
const SUBJECT_PREFERENCE = 2;

/**
 * `The prime minister used his speech … a rift with Chancellor Gordon Brown. … as he said`: the nearest person who fits,
 * unless they were only mentioned inside a phrase and a subject or speaker who fits, and whom the article names, stands
 * at most two sentences before them; then that one, as a reader follows the sentences' subjects.
 */
function findSalientPerson(memory: SourceMemory, fits: (link: SourceLink) => boolean): SourceLink | undefined {
  const { referents } = memory;
  let nearest: Referent | undefined;
  for (let i = referents.length - 1; i >= 0; i--) {
    const referent = readAt(referents, i, 'referents');
    if (memory.sentence - referent.sentence > REFERENCE_REACH) break;
    if (!fits(referent.link)) continue;
    if (nearest && nearest.sentence - referent.sentence > SUBJECT_PREFERENCE) break;
    // `A UKIP spokesman said …`: someone the article never names is seldom the `he` of a later sentence about another.
    const unnamed = /^(?:a|an|one|another)\s/iu.test(referent.link.name);
    if ((referent.salient || referent.spoke) && (!nearest || !unnamed)) return referent.link;
    nearest ??= referent;
  }
  return nearest?.link;
}

/** How far after `is` or `was` the head of a role may stand (`is senior benefit officer`, `was the firm's chief executive`). */
const ROLE_AFTER_REACH = 5;

/** True when the name ending at `end` is followed by `is` or `was` and, within reach, a word for a person's role (`chief executive`, `officer`). */
function isRoleGivenAfter(text: string, tokens: readonly Token[], end: number): boolean {
  const verb = tokens[end + 1]?.norm;
  if ((verb !== 'is' && verb !== 'was') || boundaryAfter(text, tokens, end)) return false;
  for (let k = end + 2; k < Math.min(tokens.length, end + 2 + ROLE_AFTER_REACH); k++) {
    const word = readAt(tokens, k, 'tokens');
    if (NOUNS.get(word.norm) === 'person-role' || SPOKESPEOPLE.has(word.norm)) return true;
    if (boundaryAfter(text, tokens, k) || PREPOSITIONS.has(word.norm)) return false;
  }
  return false;
}

/** The outlets of the media lexicon by name, folded: never the body a `the committee` or `the firm` means. */
const OUTLET_NAMES: ReadonlySet<string> = new Set(MEDIA_OUTLETS.map((outlet) => outlet.phrase.toLowerCase()));

/**
 * The body `the company` or `the firm` most likely stands for. For a business (`business`: `the
 * company`, `the bank`), first the nearest business named in the same paragraph or the one before
 * as a sentence's subject or source (first-named; what a sentence only mentions later does not
 * count): a story about Pellham Bank whose new paragraph is about Marlow Foods means
 * Marlow Foods there. With none that near, of the bodies named nearby (or named more than once
 * anywhere before), the one the article names most, the nearest on a tie: a story about WPP that
 * mentioned a rival once, paragraphs ago, is still about WPP when it says `the company said`.
 * For a firm (`firm`: `the company`, not `the group`), never a body whose name ends in a word no firm bears.
 */
export function findCentralBody(memory: SourceMemory, business = false, firm = false): SourceLink | undefined {
  let best: Referent | undefined;
  let bestLink: SourceLink | undefined;
  for (let i = memory.referents.length - 1; i >= 0; i--) {
    const referent = readAt(memory.referents, i, 'referents');
    // (`Microsoft has said it will replace the cables for its Xbox consoles. The company said …`: a business whose name was read as
    // a person's for want of a word saying otherwise is a body to `the company`, as it is to `it`.
    // Only one that spoke: `The Everton striker signed Morrison` names a club the later `the label` is not.)
    const link = (referent.spoke ? readAsBody(memory, referent.link) : undefined) ?? referent.link;
    // (`The US company also said`: a country may stand for its government, never for a business.)
    // (`told the BBC News website` leaves `BBC News` among the bodies mentioned: an outlet is no firm or committee the article means.)
    if (link.role !== 'organisation' || link.kind === 'media' || OUTLET_NAMES.has(link.name.toLowerCase()) || !couldBeBusiness(link.name) || (business && PLACE_NAMES.has(link.name))) continue;
    // (`The German company said` after the Global Mobile Suppliers Association spoke: an association, a union or a council is no firm.)
    if (firm && NOT_FIRM_WORDS.has(link.name.split(/\s+/u).at(-1)?.toLowerCase() ?? '')) continue;
    // (`held back by rate rises, the group noted`, in a story about a forecaster that mentions the Bank of England: a body
    // named through `of` is an institution as often as a business, and one only mentioned is not what the nominal means.)
    if (!referent.spoke && /\s(?:of|for)\s/u.test(link.name)) continue;
    if (business && referent.salient && memory.paragraph - referent.paragraph <= 1 && memory.sentence - referent.sentence <= REFERENCE_REACH && namesBusiness(link.name)) return link;
    if (memory.sentence - referent.sentence > REFERENCE_REACH && referent.mentions < 2) continue;
    if (!best || referent.mentions > best.mentions) {
      best = referent;
      bestLink = link;
    }
  }
  return bestLink;
}

/**
 * The one body the article has put forward so far, a business: among the bodies that spoke or opened a sentence before (`Shares in UK Coal have fallen …`, `the Halifax has said`) and `opening`, the links that open the phrase's own sentence
 * (`GlaxoSmithKline saw its profits fall …, but …`), and those of the headline the text names too, one only, perhaps written short (`Glaxo` in a headline, `GlaxoSmithKline`
 * in the text; the longer is given). It is what a phrase that describes a company without naming it (`The UK's biggest
 * mortgage lender said`) stands for. None when two bodies were put forward, which the phrase does not say, or when the one is
 * no business; a body only mentioned (`said Mark Miller, at HBOS Treasury Services`) is not put forward.
 */
export function findOnlyBusiness(memory: SourceMemory, opening: readonly SourceLink[]): SourceLink | undefined {
  const inText = [...memory.referents.filter((referent) => referent.sentence >= 0 && (referent.spoke || referent.salient)).map((referent) => referent.link), ...opening];
  // (A headline's bodies, which rememberHeadline keeps before the first sentence, are what the story is about when the text
  // names them too: its first word is capitalised whatever it is, `Stormy year for property insurers`.)
  const inHeadline = memory.referents.filter((referent) => referent.sentence < 0 && inText.some((link) => sameBody(link.name, referent.link.name))).map((referent) => referent.link);
  const putForward = [...inHeadline, ...inText];
  let only: SourceLink | undefined;
  for (const link of putForward) {
    if (link.role !== 'organisation' || link.kind === 'media' || OUTLET_NAMES.has(link.name.toLowerCase()) || PLACE_NAMES.has(link.name)) continue;
    if (only && !sameBody(only.name, link.name)) return undefined;
    if (!only || link.name.length > only.name.length) only = link;
  }
  const business = only && couldBeBusiness(only.name) && namesBusiness(only.name) && !NOT_FIRM_WORDS.has(only.name.split(/\s+/u).at(-1)?.toLowerCase() ?? '');
  return business ? only : undefined;
}

/** True when two names write one body, one perhaps cut short (`Glaxo` in a headline, `GlaxoSmithKline` in the text). */
function sameBody(a: string, b: string): boolean {
  const [short, long] = [a, b].map((name) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')).sort((x, y) => x.length - y.length);
  return short !== undefined && long !== undefined && short.length > 0 && long.startsWith(short);
}

/** True for a name written as a business's: every word capitalised, none marking a public body (`US Senate`, `Labour`), not a place. */
export function namesBusiness(name: string): boolean {
  // A split gives at least one part, so `?? ''` never applies.
  const words = name.split(/\s+/u);
  return words.every((word) => /^[\p{Lu}\d&]/u.test(word)) && !PUBLIC_BODY_WORDS.has((words.at(-1) ?? '').toLowerCase()) && !PLACE_NAMES.has(name);
}

/** One capitalised plural not in -ss (`Anglers`), a module constant: tested for many names of every article. */
const CAPITALISED_DOERS = /^\p{Lu}\p{Ll}+[^s]s$/u;

/** True for one capitalised plural of people by what they do (`Anglers`, `Investors`, `Creditors`): a group, never a body's name. */
function isPluralOfDoers(name: string): boolean {
  return CAPITALISED_DOERS.test(name) && AGENT_ENDING.test(name.toLowerCase());
}

/** False for a place standing for its government (`London`), a lone generic word (`Oil`) and a description, which no `the company` means. */
function couldBeBusiness(name: string): boolean {
  // An earlier `the firm` left as written names no one: `the bank` after it is not resolved to it.
  if (/^(?:the|a|an|its|his|her|their)\s/iu.test(name)) return false;
  const words = name.toLowerCase().split(/\s+/u);
  if (PLACE_WORDS.has(words.at(-1) ?? '')) return false;
  if (isPluralOfDoers(name)) return false;
  return words.length > 1 || !ORGANISATION_WORDS.has(readAt(words, 0, 'words')) || name === name.toUpperCase();
}

/** How many sentences back `they` and `it` first look for a body or group that has been speaking. */
const SPEAKER_REACH = 3;

/** The word after `at`, past an `also` (`it also recommends`), folded; empty at the sentence's end. */
function normAfter(tokens: readonly Token[], at: number): string {
  let next = at + 1;
  while (tokens[next]?.norm === 'also') next++;
  return tokens[next]?.norm ?? '';
}

/** True when the pronoun at `at` opens its sentence as its subject, only words like `But` and `Now` before it (`They want …`, `But they say …`). */
function opensAsSubject(tokens: readonly Token[], at: number): boolean {
  return tokens.slice(0, Math.max(0, at)).every((before) => BEFORE_SUBJECT.has(before.norm));
}

/**
 * `Mr Reid and Lord Haskins are warning … . And they have both warned …`: a `they` that `both` counts as two is the two
 * people (or, naming no two people, the two bodies) the sentence before named, when it named exactly two (spoke or only mentioned) and `they` opens its
 * sentence as its subject; undefined otherwise, and the pronoun is read as one group.
 */
export function resolvePair(context: Context, token: Token): SourceLink[] | undefined {
  const { memory, tokens } = context;
  const at = tokens.indexOf(token);
  if (pronounOf(token.norm) !== 'they') return undefined;
  // (`they both`, `they have both`, `they were both`: `both` right after the pronoun or its auxiliary.) Looked at before the
  // words ahead of the pronoun, so that a lone `they`, which resolvePronoun reads next, is not scanned twice.
  const next = tokens[at + 1]?.norm;
  const counted = next === 'both' || (next !== undefined && AUXILIARIES.has(next) && tokens[at + 2]?.norm === 'both');
  if (!counted || !opensAsSubject(tokens, at)) return undefined;
  const named = memory.referents.filter(
    (referent) => referent.sentence === memory.sentence - 1 && referent.link.kind === 'named' && (referent.link.role === 'person' || referent.link.role === 'organisation'),
  );
  // (`Labour peer Lord Haskins`: a party that only describes one of two people is not a third.)
  const people = named.filter((referent) => referent.link.role === 'person');
  const pair = people.length === 2 ? people : named;
  if (pair.length !== 2) return undefined;
  const [a, b] = pair.map((referent) => referent.link);
  return a && b ? [a, { ...b, joinedBy: 'and' }] : undefined;
}

/**
 * `he`, `she`, `they`, `it` as a source: the nearest person (or group, or body) of the sentences
 * before that fits in sex and number, most salient first (`they` and `it` look first to one that
 * has been speaking). When nothing fits, an unnamed speaker, never a guess.
 */
export function resolvePronoun(context: Context, token: Token): SourceLink {
  const { memory } = context;
  const wanted = readKey(PERSONAL, pronounOf(token.norm), 'the personal pronouns');
  // `They want …`, `But they say …`: the pronoun opens its sentence as its subject.
  const at = context.tokens.indexOf(token);
  const opening = opensAsSubject(context.tokens, at);
  const fits = (link: SourceLink): boolean => {
    if (wanted.person) return link.person && link.role !== 'unresolved' && (link.sex === undefined || link.sex === wanted.sex) && link.role !== 'people' && couldNamePerson(link.name);
    // (`Labour's new posters say … . They urge voters …`: texts in the plural speak as a group does.)
    if (wanted.plural)
      return (
        (link.role === 'people' && (opening || !memory.subjectGroups.has(link))) ||
        (link.role === 'organisation' && link.kind !== 'media') ||
        (link.role === 'document' && opening && /[^s'\u2019]s$/u.test(link.name))
      );
    // `it` is one body: not `The German and Danish governments`, whose name ends in a plural common noun; nor a text named by
    // what `its` owner wrote (`According to its estimate, … . Lenders may be worse hit, it said.`), whose `it` is the owner.
    return !link.person && link.role !== 'people' && link.role !== 'unresolved' && !/\s\p{Ll}+[^s']s$/u.test(link.name) && !/^its\s/iu.test(link.name);
  };
  // Names earlier in the same sentence are the content's (`Mr Blair has the same passion, he said`), not the
  // speaker; a source already read in it is (`Edward Leigh said ... but he told the FT`).
  let found: SourceLink | undefined;
  for (let i = context.found.length - 1; i >= 0 && !found; i--) for (const link of readAt(context.found, i, 'found').links) if (!found && fits(link)) found = link;
  // `…, prompting unions representing 4.5m workers to threaten united action. They believe …`, `The minister has urged councils
  // to limit increases but they have warned …`: a `they` opening the next sentence, or a clause joined after the group in the
  // same, is the group prompted to act, before a body that spoke (the one that prompted them).
  if (!found && wanted.plural) {
    const joinedAfter = (group: { sentence: number; index: number }): boolean =>
      group.sentence === memory.sentence &&
      group.index < at &&
      at > 0 &&
      (JOINING.has(readAt(context.tokens, at - 1, 'tokens').norm) || SUBORDINATORS.has(readAt(context.tokens, at - 1, 'tokens').norm));
    found = memory.actingGroups.find((group) => joinedAfter(group) || (opening && group.sentence === memory.sentence - 1))?.link;
  }
  // `In November, when he surprised MPs by announcing …, Mr Johnson said:`: a pronoun in a clause of time or cause set before
  // the main clause is the person who opens that main clause, when one fits (a name read after it, not before).
  if (!found && wanted.person) found = fronted(context, token, fits);
  // `Thursday's report was drawn up by two committees … . It said …`: the text that opened the sentence before.
  if (!found && !wanted.person && !wanted.plural && opening && memory.openingDocument?.sentence === memory.sentence - 1) found = memory.openingDocument.link;
  // `Some analysts believe that the Kok report falls short. For example, it recommends …`: `it` doing what a text does, right
  // after a sentence that names a text, is that text.
  if (!found && !wanted.person && !wanted.plural && memory.namedDocument?.sentence === memory.sentence - 1 && TEXT_VERBS.has(normAfter(context.tokens, at))) found = memory.namedDocument.link;
  // `… Nelson Mandela backed Mr Brown's plan when he urged …`: a pronoun opening a clause of time or cause goes to the
  // person the main clause named first, when one fits; an owner (`Mr Brown's plan`) is not the clause's subject.
  // So does a pronoun opening a relative clause (`… a hidebound party, which he said would turn the clock back`).
  // `O'Leary has been in talks over a new deal and he said: …`: after `and` or `but`, only the person who opens the sentence
  // as its subject, and whose sex the article gave (`Microsoft had delivered kits to EA, but he said` is no Microsoft's).
  const opener = at > 0 ? readAt(context.tokens, at - 1, 'tokens').norm : '';
  if (!found && wanted.person && (SUBORDINATORS.has(opener) || JOINING.has(opener) || RELATIVES.has(opener))) {
    const joined = JOINING.has(opener);
    const subject = context.mentions.find((mention) => mention.first < at && fits(mention.link) && !mention.owner && (!joined || (mention.opens && mention.link.sex !== undefined)));
    if (subject) found = subject.link;
  }
  // `Actor Tom Hale is suing the studio over an injury he said he suffered`: a pronoun that speaks of itself again right after its
  // verb (`he said he`, `she says she`) in a clause on a common noun, with no relative word, is the person who opens the sentence.
  if (!found && wanted.person && contactClause(context.tokens, at)) {
    const subject = context.mentions.find((mention) => mention.first < at && mention.opens && fits(mention.link) && !mention.owner);
    // (`Mr Chidambaram` after `Palaniappan Chidambaram` is the person named in full.)
    if (subject) found = findPerson(memory, subject.link.name, subject.link.name.slice(subject.link.name.lastIndexOf(' ') + 1), true) ?? subject.link;
  }
  // `Shares in Multiplex Group fell 19% after it said …`, `Electrolux saw its shares rise after it said …`, `Porsche may join
  // the race, although it insists …`: `it` opening a clause of time or cause, with no source before it in the sentence, is
  // the body the main clause named first, however it is written.
  if (!found && !wanted.person && !wanted.plural && at > 1 && context.found.length === 0 && SUBORDINATORS.has(opener)) found = mainClauseBody(context, at, fits);
  // `BA will now suspend the flights - which it says will remain under review -`: `it` opening a relative clause on what the
  // sentence's subject, a body it names first, does or makes is that body (only one read as a mention: `Revenues were …, which
  // it said …` names none).
  if (!found && !wanted.person && !wanted.plural && at > 1 && context.found.length === 0 && BODY_RELATIVES.has(opener))
    found = context.mentions.find((mention) => mention.first < at && mention.opens && !mention.owner && !mention.link.person && fits(mention.link))?.link;
  // `The Lib Dems say ... . Now they say ...`: a group or body that has been speaking outranks one only mentioned since.
  if (!wanted.person) found ??= findReferent(memory, fits, SPEAKER_REACH, true);
  // `Tesco said its sales rose. It added …`, `Air Deccan plans to grow. … It said …`: a name with no given name, no title
  // and no sex known was read as a person for want of a word saying otherwise; `it` says it is a body. Only one that
  // has been speaking, as near as a body that spoke would be looked for.
  if (!found && !wanted.person && !wanted.plural) found = findBodyReadAsPerson(memory);
  if (wanted.person && !found) {
    const salient = findSalientPerson(memory, fits);
    // `Gervais has begun writing it. He will also write a part. "…," he said`: each `he` after the surname-only subject
    // is still that person.
    if (salient && passesUnknownSubject(memory, salient)) memory.unknownSubject = memory.sentence;
    else found = salient;
  }
  // `Delta has been hit by rising costs. It has said …`, after `A legal expert in the US speculated …`: a place that speaks as
  // `it` is one the story has followed (it spoke, or opened its sentence as the US does in `The US has asked …`), not one named
  // in passing inside a phrase (`in the US`, `the state of the UK economy`).
  if (!wanted.person) found ??= findReferent(memory, (link, referent) => fits(link) && (wanted.plural || referent.salient || !PLACE_NAMES.has(link.name)));
  if (!found) return { name: `an unnamed speaker ('${token.raw.replace(/['\u2019](?:s|ve)$/u, '')}')`, kind: 'named', person: false, role: 'unresolved' };
  // Once `she` has been read as Jordan Lee, a later `he` is not.
  if (wanted.sex && !found.sex) {
    found.sex = wanted.sex;
    memory.guessedSex.add(found);
  }
  return found;
}

/**
 * A body that has been speaking, as near as a body that spoke would be looked for, whose name was read as a person's for want
 * of a word saying otherwise (no given name, no title, no sex known: `Tesco said …`), as the body it is; undefined when none.
 * What `it` or `the firm` says it is.
 */
export function findBodyReadAsPerson(memory: SourceMemory): SourceLink | undefined {
  const body = findReferent(memory, (link) => readAsBody(memory, link) !== undefined, SPEAKER_REACH, true);
  return body ? readAsBody(memory, body) : undefined;
}

/** `link` as the body it is when its name was read as a person's for want of a word saying otherwise (see findBodyReadAsPerson); undefined for any other link. */
function readAsBody(memory: SourceMemory, link: SourceLink): SourceLink | undefined {
  // (`Hans Arne Kristiansen, a spokesman for …`: a name given a role is a person's, whatever its given name.)
  if (!link.person || link.sex !== undefined || link.kind !== 'named' || !namedLikeBody(link.name) || memory.roles.some((role) => role.link === link)) return undefined;
  return { ...link, person: false, role: 'organisation' };
}

/**
 * The person opening the main clause after the fronted subordinate clause that holds `token` (`When he arrived, Mr Hale
 * said …`): the clause opens the sentence (or follows its opening phrase's comma) with a word of time or cause, and the
 * person's mention starts right after the comma that closes it; undefined otherwise.
 */
function fronted(context: Context, token: Token, fits: (link: SourceLink) => boolean): SourceLink | undefined {
  const { text, tokens } = context;
  const at = tokens.indexOf(token);
  let opener = at - 1;
  while (opener >= 0 && !SUBORDINATORS.has(readAt(tokens, opener, 'tokens').norm)) {
    if (boundaryAfter(text, tokens, opener)) return undefined;
    opener--;
  }
  if (opener < 0 || (opener > 0 && !commaAfter(text, tokens, opener - 1))) return undefined;
  let close = at;
  while (close < tokens.length - 1 && !boundaryAfter(text, tokens, close)) close++;
  if (close >= tokens.length - 1 || !commaAfter(text, tokens, close)) return undefined;
  const subject = context.mentions.find((mention) => mention.first === close + 1 && !mention.owner && mention.link.person && fits(mention.link));
  return subject?.link;
}

/**
 * True for a name a business could bear: one capitalised word that is no given name (`Tesco`, not `Jordan`) and no plural
 * of people by what they do capitalised as a sentence's first word (`Creditors`); or two, the first a common English noun
 * or adjective (`Air Deccan`, `Royal Mail`), which a person's given name seldom is (`Graeme Oxby`).
 */
function namedLikeBody(name: string): boolean {
  const words = name.split(/\s+/u);
  const first = readAt(words, 0, 'words').toLowerCase();
  if (words.length > 2 || !words.every((word) => /^\p{Lu}[\p{L}&-]*$/u.test(word)) || isGivenName(first) || TITLES.has(first)) return false;
  if (words.length === 1) return !isPluralOfDoers(name);
  const tags = lexiconTags(first);
  return tags.some((tag) => COMMON_WORD_TAGS.has(tag)) && !tags.some((tag) => /Name|Person/u.test(tag));
}

/** compromise's lexicon tags of a common noun or adjective. */
const COMMON_WORD_TAGS: ReadonlySet<string> = new Set(['Singular', 'Noun', 'Uncountable', 'Adjective']);

/** Lower-case words that may stand inside a person's name (`Ludwig van Beethoven`, `Osama bin Laden`), or join it to a place or body (`Nicolas Sarkozy of France`). */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'bin', 'al', 'el', 'ibn', 'dos', 'das', 'y', 'of']);

/** A name ending in a hyphen and a participle (`Virginia-based`), a module constant: tested for many names of every article. */
const HYPHENATED_PARTICIPLE = /-\p{Ll}+ed$/u;

/**
 * False for a source read from words that name no one a `he` or `she` could mean (`The deal binds together`,
 * `Virginia-based`, `a live television broadcast`): a person's name is capitalised words (and particles), or a phrase with a role in it
 * (`The former cabinet secretary`, `a Labour spokesman`).
 */
function couldNamePerson(name: string): boolean {
  const words = name.split(/\s+/u);
  for (const word of words) {
    const folded = word.toLowerCase().replace(/['\u2019]s$/u, '');
    if (NOUNS.get(folded) === 'person-role' || PERSON_REPORTERS.has(folded) || PEOPLE_BY_TRADE.has(folded) || /^\d+-year-old$/u.test(folded)) return true;
  }
  return words.every((word) => NAME_PARTICLES.has(word) || /^[\p{Lu}\p{N}][\p{L}\p{N}.'\u2019-]*$/u.test(word)) && !HYPHENATED_PARTICIPLE.test(name);
}

/**
 * The body the main clause before `at` names first: an organisation mention that fits, else the first run of capitalised
 * words that is no person, place, time or opening word (`Electrolux`, `American Express`, `Virgin Blue`).
 */
function mainClauseBody(context: Context, at: number, fits: (link: SourceLink) => boolean): SourceLink | undefined {
  const { text, tokens } = context;
  const mentioned = context.mentions.find((mention) => mention.first < at && !mention.owner && !OPENING_WORDS.test(mention.link.name));
  if (mentioned) return !mentioned.link.person && fits(mentioned.link) ? mentioned.link : undefined;
  for (let i = 0; i < at; i++) {
    const token = readAt(tokens, i, 'tokens');
    if (!isCapitalised(token) || OPENING_WORDS.test(token.raw) || TIME_LEADS.has(token.norm) || LEADING_ADVERBS.has(token.norm)) continue;
    let end = i;
    while (end + 1 < at && isCapitalised(readAt(tokens, end + 1, 'tokens')) && !boundaryAfter(text, tokens, end)) end++;
    const words = tokens.slice(i, end + 1);
    if (words.some((word) => WEEKDAYS.has(word.norm) || MONTH_NAMES.includes(word.norm) || PLACE_NAMES.has(word.norm) || (/(?:ish|ese|ian|an)$/u.test(word.norm) && i === end))) {
      i = end;
      continue;
    }
    const name = text.slice(readAt(tokens, i, 'tokens').start, readAt(tokens, end, 'tokens').end).replace(/['\u2019]s$/u, '');
    const link: SourceLink = { name, kind: 'named', person: false, role: 'organisation' };
    return fits(link) ? link : undefined;
  }
  return undefined;
}

/** Capitalised words that open a sentence and name nothing (`Shares in …`, `Even sports car maker …`). */
const OPENING_WORDS = /^(?:Shares|Even|The|A|An|Stock|Profits|Sales|Its|Their|That)$/u;

/** Words that join a clause on to the sentence's first, whose `he` is most often that clause's subject. */
const JOINING: ReadonlySet<string> = new Set(['and', 'but']);
/** Verbs of saying that open a clause on a noun with no relative word (`the money he says he is owed`). */
const CONTACT_SPEECH: ReadonlySet<string> = new Set(['said', 'says', 'claims', 'claimed', 'insists', 'insisted', 'believes', 'believed']);

/**
 * True when the pronoun at `at` opens a clause on the common noun before it with no relative word, and speaks of itself again
 * right after its verb (`an injury he said he suffered`, `the song she claims she wrote`): who the pronoun is can only be someone
 * the sentence named before the noun.
 */
function contactClause(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  const pronoun = tokens[at]?.norm;
  return (
    before !== undefined &&
    /^\p{Ll}+$/u.test(before.raw) &&
    !AUXILIARIES.has(before.norm) &&
    !JOINING.has(before.norm) &&
    !SUBORDINATORS.has(before.norm) &&
    before.norm !== 'that' &&
    CONTACT_SPEECH.has(tokens[at + 1]?.norm ?? '') &&
    tokens[at + 2]?.norm === pronoun
  );
}

/** Words that open a clause of time or cause, whose `he` is most often the main clause's subject. */
const SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'after', 'before', 'because', 'while', 'as', 'since', 'until', 'although', 'though']);

/**
 * Relative pronouns whose clause's `he says` is most often the person the sentence has named already (`Mr Blair praised
 * the policy, which he said was …`, `to see Mrs Hale's son - whom he says he fathered`, `Ms Greer quit over what she called
 * bullying`), not someone of a sentence before.
 */
const RELATIVES: ReadonlySet<string> = new Set(['which', 'whom', 'who', 'what']);

/** Relative words on a thing, before which `it` opens a relative clause (`a console that it says will …`, `which it says`). */
const BODY_RELATIVES: ReadonlySet<string> = new Set(['which', 'that']);

/** How many sentences after an outlet quoted someone their next `he said` is still the outlet's report. */
const RELAY_REACH = 2;

/**
 * `London's Evening Standard quoted Mr Clarke telling activists … "…," he said.`: a pronoun that goes to the person an
 * outlet quoted in the last sentences goes on with the outlet's report, so its chain keeps the outlet; otherwise the
 * person alone.
 */
export function relayedChain(memory: SourceMemory, person: SourceLink): SourceLink[] {
  const chain = memory.lastMediaChain;
  const last = chain?.at(-1);
  if (!chain || chain.length < 2 || memory.lastRelaySentence === undefined || memory.sentence - memory.lastRelaySentence > RELAY_REACH) return [person];
  return last?.person && last.name === person.name ? chain : [person];
}

/** The sex the titles in `tokens[start..afterTitle)` mark, or else the given name right after them (when a surname follows). */
export function sexOf(tokens: readonly Token[], start: number, afterTitle: number, head: number): Sex | undefined {
  for (let i = start; i < afterTitle; i++) {
    const sex = SEX_OF_TITLE.get(readAt(tokens, i, 'tokens').norm);
    if (sex) return sex;
  }
  return afterTitle < head ? sexOfGivenName(readAt(tokens, afterTitle, 'tokens').norm) : undefined;
}

/**
 * The people and bodies a sentence names outside any attribution, so that `he`, `she` and `the
 * firm` in a later sentence can find them: a title or a known given name before capitalised words
 * (`Mr Howard`, `Ms Rust`, `Gordon Brown`), or capitalised words that end in an organisation's word
 * (`Exxon Mobil Corp`, `Public Citizen`). Runs of capitalised words that are neither (`New York`)
 * are left alone: a place is no one's antecedent.
 */
export function findMentions(text: string, tokens: readonly Token[], memory: SourceMemory, inQuotation: (offset: number) => boolean): Mention[] {
  memory.reading = { text, tokens, inQuotation };
  const opening = tokens.findIndex((token) => !NOT_NAMES.has(token.norm));
  if (opening >= 0 && opening <= 2 && isCapitalised(readAt(tokens, opening, 'tokens')) && !inQuotation(readAt(tokens, opening, 'tokens').start) && isSurnameSubject(text, tokens, opening, memory))
    memory.unknownSubject = memory.sentence;
  const mentions: Mention[] = [];
  const role = openingRole(text, tokens, memory);
  if (role) mentions.push(role);
  const subject = role ? undefined : openingPronoun(text, tokens, memory, inQuotation);
  if (subject) mentions.push(subject);
  const group = role || subject || tokens.length === 0 || inQuotation(readAt(tokens, 0, 'tokens').start) ? undefined : openingGroup(text, tokens);
  if (group) mentions.push(group);
  const acting = actingGroup(text, tokens, inQuotation);
  if (acting) memory.actingGroups.push({ ...acting, sentence: memory.sentence });
  const document = tokens.length === 0 || inQuotation(readAt(tokens, 0, 'tokens').start) ? undefined : openingDocument(text, tokens);
  if (document) memory.openingDocument = { link: document, sentence: memory.sentence };
  const named = namedDocument(text, tokens, inQuotation);
  if (named) memory.namedDocument = { link: named, sentence: memory.sentence };
  // Where a name in apposition to an opening title starts (`The Attorney General, Lord Goldsmith, has …`, `The shadow foreign
  // secretary, Michael Ancram, welcomed …`): the subject.
  let appositionAt = afterOpeningRoleComma(text, tokens) ?? -1;
  const opens = (start: number, end: number): boolean => !subject && (opensSentence(tokens, start) || start === appositionAt || opensAfterPhrase(text, tokens, start, end, mentions));
  for (let i = 0; i < tokens.length; i++) {
    // A name inside a quotation is the speaker's word: `he said` after it still refers to the speaker.
    if (!isCapitalised(readAt(tokens, i, 'tokens')) || /^\d/.test(readAt(tokens, i, 'tokens').raw) || inQuotation(readAt(tokens, i, 'tokens').start)) continue;
    let end = i;
    // `Chung Mong-koo`: a lower-case part joined by a hyphen belongs to the name.
    while (
      end + 1 < tokens.length &&
      (isCapitalised(readAt(tokens, end + 1, 'tokens')) || text.slice(readAt(tokens, end, 'tokens').end, readAt(tokens, end + 1, 'tokens').start) === '-') &&
      !boundaryAfter(text, tokens, end)
    )
      end++;
    const bodyName = bodyNameThroughOf(text, tokens, end, inQuotation);
    const runsThroughOf = bodyName !== end;
    end = bodyName;
    const first = i;
    i = end;
    let start = first;
    while (start <= end && NOT_NAMES.has(readAt(tokens, start, 'tokens').norm) && !TITLES.has(readAt(tokens, start, 'tokens').norm)) start++;
    if (start > end) continue;
    // `Chelsea's Frank Lampard`, `The Office's Ricky Gervais`, `Labour's Mr Livingstone`: after an owner's possessive, a
    // given name or a title opens the person's own name.
    start = ownedNameStart(tokens, start, end) ?? start;
    // `Songwriter Guy Chambers, who …`, `Striker Thierry Henry`: a word for a role, capitalised only because it opens the
    // sentence, before a given name is the person's role, no part of their name.
    // (`Songwriter Guy Chambers`: two capitalised words after it are a name, though `guy` is also a common word; the role
    // makes it a person's, as a role in lower case before a name does.)
    const roleOpens = start === 0 && start < end && isOpeningRole(readAt(tokens, 0, 'tokens').norm) && (isGivenName(readAt(tokens, 1, 'tokens').norm) || end >= 2);
    if (roleOpens) start = 1;
    // `Film-maker Andrea Arnold`, `Oscar-winner Andrea Arnold`: a hyphened word ending in a lower-case part describes the
    // person; a hyphened name is capitalised on both sides (`Henin-Hardenne`).
    const described = describingCompoundEnd(text, tokens, start, end);
    if (described !== undefined) start = described + 1;
    // `Tony Blair's official spokesman declined to say … . He said: "…"`: a spokesman for someone named in the possessive is
    // the person the sentence is about, and the `he` after it is theirs, not the owner's.
    const spokes = spokesmanAfter(tokens, end);
    if (spokes !== undefined) {
      const name = text.slice(readAt(tokens, start, 'tokens').start, readAt(tokens, spokes, 'tokens').end);
      mentions.push({ first: start, opens: opens(start, spokes), link: { name, kind: 'named', person: true, role: 'person' } });
      i = spokes;
      continue;
    }
    const last = readAt(tokens, end, 'tokens').norm.replace(/'s$/, '');
    let afterTitle = start;
    for (let j = start; j < end; j++) if (TITLES.has(readAt(tokens, j, 'tokens').norm)) afterTitle = j + 1;
    const titled = afterTitle > start;
    // `Prime Minister's Questions`: a possessive inside the run makes it a thing of the title, not a person.
    if (possessiveWithin(tokens, Math.max(start, afterTitle - 1), end)) continue;
    const ourGiven = SEX_OF_NAME.has(readAt(tokens, afterTitle, 'tokens').norm);
    // (`Stanley Park`: a place named for a man ends in a word for a place; a given name only compromise knows does not outweigh it.)
    const given = afterTitle < end && (ourGiven || (isGivenName(readAt(tokens, afterTitle, 'tokens').norm) && !PLACE_NAME_HEADS.has(last)));
    const organisation = ORGANISATION_WORDS.has(last) || runsThroughOf;
    if (organisation && !titled) {
      mentions.push({
        first: start,
        opens: opens(start, end),
        link: { name: text.slice(readAt(tokens, start, 'tokens').start, readAt(tokens, end, 'tokens').end).replace(/['\u2019]s$/, ''), kind: 'named', person: false, role: 'organisation' },
      });
      continue;
    }
    // `The Foreign Secretary, Jack Straw,`, `The Attorney General, Lord Goldsmith,`: titles alone name no one; the name in
    // apposition after them is the person. Without one (`The Prime Minister has rejected …`) they are the one the article gave
    // that title, or the office as written.
    // (`Ms King`, `Dr Law`: after a courtesy title the last word is a surname.)
    const courtesy = tokens.slice(start, afterTitle).some((token) => SEX_OF_TITLE.has(token.norm) || token.norm === 'dr');
    if (titled && !courtesy && afterTitle === end && TITLES.has(readAt(tokens, end, 'tokens').norm)) {
      if (tokens[end + 1] && commaAfter(text, tokens, end) && isCapitalised(readAt(tokens, end + 1, 'tokens'))) {
        if (opensSentence(tokens, start)) appositionAt = end + 1;
        continue;
      }
      const from = start > 0 && readAt(tokens, start - 1, 'tokens').norm === 'the' && !boundaryAfter(text, tokens, start - 1) ? start - 1 : start;
      const office: SourceLink = { name: text.slice(readAt(tokens, from, 'tokens').start, readAt(tokens, end, 'tokens').end), kind: 'named', person: true, role: 'person' };
      mentions.push({ first: start, opens: opens(start, end), link: memory.personByTitle.get(readAt(tokens, end, 'tokens').norm) ?? office });
      continue;
    }
    const name = text.slice(readAt(tokens, afterTitle, 'tokens').start, readAt(tokens, end, 'tokens').end).replace(/['\u2019]s$/, '');
    const surname = readAt(tokens, end, 'tokens').raw.replace(/['\u2019]s$/, '');
    const known = findPerson(memory, name, surname, opensSentence(tokens, start));
    // `Simon Hughes` is a man whatever an earlier `she` was taken to mean: a name whose given name or title gives another sex is someone else.
    const ownSex = sexOf(tokens, start, afterTitle, end);
    const sameSex = ownSex === undefined || known?.sex === undefined || known.sex === ownSex;
    // `Jackie Stallone … Sylvester Stallone's ex-wife`: two given names before one surname are two people.
    const givenOf = (full: string): string => (full.split(/\s+/u)[0] ?? '').toLowerCase();
    const otherGiven = known !== undefined && /\s/u.test(name) && /\s/u.test(known.name) && givenOf(known.name) !== givenOf(name) && isGivenName(givenOf(known.name)) && isGivenName(givenOf(name));
    if (known && sameSex && !otherGiven && (known.name === name || !titled || known.sex === ownSex)) {
      mentions.push({
        first: start,
        opens: opens(start, end),
        link: known.name === name ? known : { ...known, name },
        owner: readAt(tokens, end, 'tokens').norm.endsWith("'s"),
      });
      rememberRoles(text, tokens, first, end, known, memory);
      rememberTitles(tokens, start, afterTitle, first, known, memory);
      continue;
    }
    // A given name only compromise knows is weaker evidence than ours: `drugs firm Eli Lilly`, `Eli Lilly … its
    // anti-depressant` name a company named for a man.
    const bodyNamedForPerson = given && !ourGiven && (isCompanyDescribed(text, tokens, first, end) || bodyPossessiveAfter(tokens, start, end));
    if (bodyNamedForPerson || (!titled && !given && (isCompanyDescribed(text, tokens, first, end) || findBody(memory, name)))) {
      mentions.push({ first: start, opens: opens(start, end), link: findBody(memory, name) ?? { name, kind: 'named', person: false, role: 'organisation' } });
      continue;
    }
    if (NOUNS.get(last) === 'people' && !titled) {
      // `Labour MPs`, `Tory Lords`: a group, that a later `they` may refer to.
      mentions.push({
        first: start,
        opens: opens(start, end),
        link: { name: text.slice(readAt(tokens, start, 'tokens').start, readAt(tokens, end, 'tokens').end), kind: 'vague', person: false, role: 'people' },
      });
      continue;
    }
    // `Shadow foreign secretary Liam Fox`: a role right before a name of two words or more makes it a person's, and so
    // does one that opens the sentence before a name of one word (`Barca midfielder Deco, formerly managed by …`).
    // `acting Opec secretary general Adnan Shihab-Eldin`: a role of two words whose last alone is none.
    const roleBefore = first > 0 && (isRoleHead(readAt(tokens, first - 1, 'tokens')) || isTwoWordRole(tokens, first - 1)) && (end > first || roleOpensClause(text, tokens, first));
    // `Labour's deputy minister for women Jacqui Smith accused …`: a role with its complement before a name of two words.
    const complementedRole = end > first ? roleHeadBeforeComplement(text, tokens, first) : undefined;
    // `Piers Freelove is senior benefit officer at …`: a name of two words or more given a role by `is` or `was` is a person's.
    const roleAfter = end > first && isRoleGivenAfter(text, tokens, end);
    // `Nefzi, a chemistry professor and a member of the mosque's board, said`, `Reidar Wasenius, a senior project manager at
    // Nokia, was adamant`: a role in apposition makes a name of up to three words a person's, whatever its given name.
    const roleInApposition = end - first < 3 && !PLACE_NAMES.has(name) && appositionGivesRole(text, tokens, end);
    if (!titled && !given && !roleBefore && !roleOpens && complementedRole === undefined && !roleAfter && !roleInApposition) continue;
    const link: SourceLink = { name, kind: 'named', person: true, role: 'person' };
    const sex = sexOf(tokens, start, afterTitle, end);
    if (sex) link.sex = sex;
    const subjectAfterRole =
      complementedRole !== undefined && !subject && !mentions.some((mention) => mention.link.person) && verbFollows(text, tokens, end) && roleOpensClause(text, tokens, complementedRole + 1);
    mentions.push({ first: start, opens: opens(start, end) || subjectAfterRole, link, owner: readAt(tokens, end, 'tokens').norm.endsWith("'s") });
    rememberTitles(tokens, start, afterTitle, first, link, memory);
    // `Gordon Brown, the chancellor,`: the role in an apposition is a title for `the chancellor` later.
    const role = tokens[end + 2];
    if (tokens[end + 1]?.norm === 'the' && role && NOUNS.get(role.norm) === 'person-role' && commaAfter(text, tokens, end)) memory.personByTitle.set(role.norm, link);
    rememberRoles(text, tokens, first, end, link, memory);
  }
  // `Authorities will decide …`: a capitalised plural read as a name above is that name's mention, not a group's apart.
  if (group && mentions.some((mention) => mention !== group && mention.first === group.first)) mentions.splice(mentions.indexOf(group), 1);
  for (const mention of mentions) if (mention.link.person && isQuestioned(text, tokens, mention.first)) mention.questioned = true;
  return mentions;
}

/** How many more capitalised words a body's name may run on for after the first after its `of` (`Department of Trade and Industry`). */
const OF_NAME_WORDS = 3;

/**
 * Where a body's name that runs on through `of` or `for` ends (`the Institute of Directors`, `Royal Bank of Scotland`,
 * `Department for Education`), when the run ending at `end` closes on a word for a body; else `end`. The name stops
 * before a title or a given name (`Bank of England Governor Mervyn King`), which start a person's name.
 */
function bodyNameThroughOf(text: string, tokens: readonly Token[], end: number, inQuotation: (offset: number) => boolean): number {
  const head = readAt(tokens, end, 'tokens');
  const joint = tokens[end + 1];
  if (!ORGANISATION_WORDS.has(head.norm) || !joint || (joint.norm !== 'of' && joint.norm !== 'for') || joint.raw !== joint.norm || boundaryAfter(text, tokens, end)) return end;
  let next = end + 2;
  if (tokens[next]?.norm === 'the' && !boundaryAfter(text, tokens, end + 1)) next++;
  const joins = (at: number): boolean => {
    const token = tokens[at];
    return token !== undefined && isCapitalised(token) && !inQuotation(token.start) && !TITLES.has(token.norm) && !isGivenName(token.norm) && !NOT_NAMES.has(token.norm) && !/^\d/u.test(token.raw);
  };
  if (!joins(next) || boundaryAfter(text, tokens, next - 1)) return end;
  let last = next;
  // (`The Association of British insurers`: a name written with a lower-case word after its demonym is cut short; left alone.)
  const demonym = (at: number): boolean => DEMONYM_ENDING.test(readAt(tokens, at, 'tokens').norm) || lexiconTags(readAt(tokens, at, 'tokens').norm).includes('Demonym');
  let joined = false;
  for (let words = 1; words <= OF_NAME_WORDS && !boundaryAfter(text, tokens, last); words++) {
    if (joins(last + 1)) last++;
    else if (tokens[last + 1]?.norm === 'and' && joins(last + 2) && !boundaryAfter(text, tokens, last + 1)) {
      last += 2;
      joined = true;
    } else break;
  }
  if (demonym(last)) return end;
  // `the Bank of England Mervyn King`: three capitalised words or more after `of`, with no `and`, most often hold the
  // place and then a person's name, and the body takes only the first; unless an acronym after them says the name is
  // whole (`the Association of Leading Visitor Attractions (Alva)`).
  const acronymAfter = /^\s*\(\p{Lu}/u.test(text.slice(readAt(tokens, last, 'tokens').end));
  return !joined && !acronymAfter && last - next >= 2 ? next : last;
}

/** Endings of nationality words (`British`, `Chinese`, `Italian`, `Korean`, `American`). */
const DEMONYM_ENDING = /(?:ish|ese|ian|ean|can)$/u;

/** Where `spokesman` (or `spokeswoman`, `spokesperson`) stands after a name in the possessive ending at `end`, past at most two describing words. */
function spokesmanAfter(tokens: readonly Token[], end: number): number | undefined {
  if (!/['\u2019]s$/u.test(readAt(tokens, end, 'tokens').raw)) return undefined;
  for (let i = end + 1; i < tokens.length && i <= end + 3; i++) {
    const word = readAt(tokens, i, 'tokens');
    if (SPOKESPEOPLE.has(word.norm)) return i;
    if (isCapitalised(word)) return undefined;
  }
  return undefined;
}

/** True when the person named from `tokens[first]` is the object of a question (`asked Mr Ellis about`, `pressed him on`). */
function isQuestioned(text: string, tokens: readonly Token[], first: number): boolean {
  const verb = tokens[first - 1];
  if (!verb || !QUESTION_FRAMES.has(verb.norm) || boundaryAfter(text, tokens, first - 1)) return false;
  let end = first;
  while (end + 1 < tokens.length && isCapitalised(readAt(tokens, end + 1, 'tokens')) && !boundaryAfter(text, tokens, end)) end++;
  const next = tokens[end + 1];
  return next !== undefined && !boundaryAfter(text, tokens, end) && QUESTION_TOPICS.has(next.norm);
}

/** Words that may stand before a sentence's subject pronoun without being its subject (`But he portrayed …`, `Later, she told …`). */
const BEFORE_SUBJECT: ReadonlySet<string> = new Set(['and', 'but', 'yet', 'so', 'then', 'later', 'now', 'however', 'also', 'still', 'meanwhile', 'instead', 'indeed']);

/**
 * `Mr Hale gave evidence. He portrayed Mr Ellis as a man obsessed with costs. "…," he said.`: a sentence that opens with
 * `he` or `she` and a verb carries on the subject of the sentences before it, so the person that pronoun stands for is
 * that sentence's subject, kept as such for the next `he said`; a man it names only after its verb (its object, `Mr
 * Ellis`) is not. Undefined when the sentence does not open so or the pronoun finds no one.
 */
function openingPronoun(text: string, tokens: readonly Token[], memory: SourceMemory, inQuotation: (offset: number) => boolean): Mention | undefined {
  let at = 0;
  while (at < 2 && tokens[at] && BEFORE_SUBJECT.has(readAt(tokens, at, 'tokens').norm)) at++;
  const pronoun = tokens[at];
  const verb = tokens[at + 1];
  if (!pronoun || !verb || inQuotation(pronoun.start) || isCapitalised(verb) || boundaryAfter(text, tokens, at)) return undefined;
  const wanted = PERSONAL.get(pronoun.norm);
  if (!wanted?.person) return undefined;
  const link = findSalientPerson(
    memory,
    (candidate) => candidate.person && candidate.role === 'person' && (candidate.sex === undefined || candidate.sex === wanted.sex) && couldNamePerson(candidate.name),
  );
  if (link && passesUnknownSubject(memory, link)) {
    memory.unknownSubject = memory.sentence;
    return undefined;
  }
  return link ? { first: at, opens: true, link } : undefined;
}

/** How many words may stand between `The` and the noun of a role that opens a sentence (`The former cabinet secretary`). */
const OPENING_ROLE_WORDS = 3;

/**
 * `The prime minister ratcheted up …`: a definite role that opens the sentence as its subject is a person a later `he`
 * or `she` may mean, the one the article gave that role when it can be told, else the role as written.
 */
function openingRole(text: string, tokens: readonly Token[], memory: SourceMemory): Mention | undefined {
  // `On Friday, the Cardinal will ask …`: after an opening phrase of time or place and its comma, the clause opens there.
  const at = tokens[0]?.norm === 'the' ? 0 : afterOpeningPhrase(text, tokens);
  if (at === undefined) return undefined;
  // `the Cardinal` after `Cardinal Cormac Murphy-O'Connor`: a title alone, capitalised, is the one person the article gave it.
  const title = tokens[at + 1];
  const after = tokens[at + 2];
  if (title && after && isCapitalised(title) && TITLES.has(title.norm) && !isCapitalised(after) && !boundaryAfter(text, tokens, at)) {
    const holder = memory.personByTitle.get(title.norm);
    if (holder) return { first: at, opens: true, link: holder };
  }
  if (at > 0) return undefined;
  for (let head = 1; head <= OPENING_ROLE_WORDS && head + 1 < tokens.length; head++) {
    const token = readAt(tokens, head, 'tokens');
    if (isCapitalised(token) || boundaryAfter(text, tokens, head - 1)) return undefined;
    if (!isRoleHead(token)) continue;
    const next = readAt(tokens, head + 1, 'tokens');
    if (isCapitalised(next) || boundaryAfter(text, tokens, head) || NOUNS.has(next.norm) || PREPOSITIONS.has(next.norm)) return undefined;
    const holder = findRoleHolder(memory, { head: token.norm, words: roleWords(tokens, 1, head) });
    const written: SourceLink = { name: text.slice(readAt(tokens, 0, 'tokens').start, token.end), kind: 'named', person: true, role: 'person' };
    return { first: 0, opens: true, link: holder && holder !== 'ambiguous' ? holder : written };
  }
  return undefined;
}

/**
 * Where the name starts that stands in apposition to a role in lower case opening the sentence (`The shadow foreign
 * secretary, Michael Ancram, welcomed …`, `A former chief executive, Jo Hale, said …`); undefined for any other opening.
 */
function afterOpeningRoleComma(text: string, tokens: readonly Token[]): number | undefined {
  if (!DETERMINERS.has(tokens[0]?.norm ?? '')) return undefined;
  for (let head = 1; head <= OPENING_ROLE_WORDS && head + 1 < tokens.length; head++) {
    const token = readAt(tokens, head, 'tokens');
    if (isCapitalised(token)) return undefined;
    if (boundaryAfter(text, tokens, head - 1)) return undefined;
    if (commaAfter(text, tokens, head)) return isRoleHead(token) && isCapitalised(readAt(tokens, head + 1, 'tokens')) ? head + 1 : undefined;
  }
  return undefined;
}

/** How many words may stand before the plural that heads a group opening its sentence (`Five public sector unions`). */
const OPENING_GROUP_WORDS = 4;

/** Determiners that make a group one the article has in view (`The unions`, `These firms`): named, as `the unions said` is. */
const DEFINITE_GROUP: ReadonlySet<string> = new Set(['the', 'these', 'those']);

/**
 * `Thursday's report was drawn up by two committees …`, `The study, published on Monday, covers …`: a text that opens its
 * sentence as the subject, which an `It said` opening the next sentence means before any body named in the sentence's
 * later words (`… scrutinising the work of the Office of the Deputy Prime Minister`).
 */
function openingDocument(text: string, tokens: readonly Token[]): SourceLink | undefined {
  let from = 0;
  while (from + 1 < tokens.length && BEFORE_SUBJECT.has(readAt(tokens, from, 'tokens').norm) && !boundaryAfter(text, tokens, from)) from++;
  const opening = readAt(tokens, from, 'tokens');
  if (!DETERMINERS.has(opening.norm) && !POSSESSIVES.has(opening.norm) && !/['\u2019]s$/u.test(opening.norm)) return undefined;
  for (let head = from + 1; head <= from + OPENING_GROUP_WORDS && head + 1 < tokens.length; head++) {
    const token = readAt(tokens, head, 'tokens');
    if (boundaryAfter(text, tokens, head - 1) || PREPOSITIONS.has(token.norm) || isCapitalised(token)) return undefined;
    if (!SPEAKING_TEXTS.has(token.norm)) continue;
    const next = readAt(tokens, head + 1, 'tokens');
    // (`The report and the survey …`, `The report card …`: two subjects, or a compound the noun only opens; its verb, an
    // aside or a preposition follows the subject's head.)
    if (!boundaryAfter(text, tokens, head) && !PREPOSITIONS.has(next.norm) && !AUXILIARIES.has(next.norm) && !/(?:ed|[^s]s)$/u.test(next.norm)) return undefined;
    return { name: text.slice(opening.start, token.end), kind: 'named', person: false, role: 'document' };
  }
  return undefined;
}

/** How many words may stand between a text's determiner and its noun (`the Kok report`, `the government's own review`). */
const DOCUMENT_WORDS = 3;

/**
 * The last text the sentence names outside quotation marks: one of the SPEAKING_TEXTS after `the` or a possessive, with at
 * most a few words between, none of them a break (`that the Kok report doesn't …` → `the Kok report`); undefined when none.
 */
function namedDocument(text: string, tokens: readonly Token[], inQuotation: (offset: number) => boolean): SourceLink | undefined {
  for (let head = tokens.length - 1; head > 0; head--) {
    const token = readAt(tokens, head, 'tokens');
    if (!SPEAKING_TEXTS.has(token.norm) || inQuotation(token.start)) continue;
    for (let from = head - 1; from >= 0 && head - from <= DOCUMENT_WORDS; from--) {
      if (boundaryAfter(text, tokens, from)) break;
      const opening = readAt(tokens, from, 'tokens');
      if (opening.norm === 'the' || POSSESSIVES.has(opening.norm)) return { name: text.slice(opening.start, token.end), kind: 'named', person: false, role: 'document' };
    }
  }
  return undefined;
}

/**
 * `Five public sector unions will hold talks with Ms Kelly at Labour's spring conference. They want …`: a plural of people or
 * bodies that opens the sentence, before its verb, is its subject, and the `they` of the next sentence means it before a
 * name the sentence only mentions (`Labour`). Only words in lower case, and no preposition (`Confidence among
 * non-manufacturers`), stand between the opening word and the plural.
 */
function openingGroup(text: string, tokens: readonly Token[]): Mention | undefined {
  // `But the clubs …`: a conjunction or adverb before the subject is no part of it.
  let from = 0;
  while (from + 1 < tokens.length && BEFORE_SUBJECT.has(readAt(tokens, from, 'tokens').norm) && !boundaryAfter(text, tokens, from)) from++;
  if (PERSONAL.has(readAt(tokens, from, 'tokens').norm)) return undefined;
  for (let head = from; head <= from + OPENING_GROUP_WORDS && head + 1 < tokens.length; head++) {
    const token = readAt(tokens, head, 'tokens');
    // (`It also requires companies`: a verb, an auxiliary or an adverb before the plural makes it an object.)
    const inside = head > from;
    if (inside && (isCapitalised(token) || boundaryAfter(text, tokens, head - 1) || POSSESSIVES.has(token.norm) || token.norm.endsWith("'s") || PREPOSITIONS.has(token.norm))) return undefined;
    if (inside && (AUXILIARIES.has(token.norm) || BEFORE_SUBJECT.has(token.norm) || /ly$/u.test(token.norm))) return undefined;
    const singular = token.norm.replace(/(?:ies)$/u, 'y').replace(/s$/u, '');
    const plural = /[^su'\u2019]s$/u.test(token.norm) && (NOUNS.get(token.norm) === 'people' || AGENT_ENDING.test(token.norm) || ORGANISATION_WORDS.has(singular) || BUSINESS_NOUN_SET.has(singular));
    if (!plural) {
      if (inside && /[^s']s$/u.test(token.norm)) return undefined;
      continue;
    }
    const next = readAt(tokens, head + 1, 'tokens');
    // (`MPs and peers have failed`: a subject of two groups is neither alone.)
    if (isCapitalised(next) || boundaryAfter(text, tokens, head) || PREPOSITIONS.has(next.norm) || NOUNS.has(next.norm) || next.norm === 'and' || next.norm === 'or' || !LOWER_WORD.test(next.raw))
      return undefined;
    const name = text.slice(readAt(tokens, from, 'tokens').start, token.end);
    return { first: from, opens: true, subjectGroup: true, link: { name, kind: DEFINITE_GROUP.has(readAt(tokens, from, 'tokens').norm) ? 'named' : 'vague', person: false, role: 'people' } };
  }
  return undefined;
}

/** How many words may stand between a verb of PROMPTING_TO_ACT and the plural it prompts (`urged the big public sector unions`). */
const ACTING_GROUP_WORDS = 4;

/** How many words may stand between that plural and its `to` (`unions representing 4.5m workers to threaten`). */
const ACTING_TO_REACH = 6;

/**
 * `The Cabinet Office has confirmed it is reviewing pensions, prompting unions representing 4.5m workers to threaten united action.
 * They believe …`: a plural of people or bodies in lower case right after a verb of PROMPTING_TO_ACT, whose `to` and a verb
 * follow within the clause, is the group that acts; undefined when the sentence has none. The first such plural after the verb
 * is the group (`workers` above only describes the unions).
 */
function actingGroup(text: string, tokens: readonly Token[], inQuotation: (offset: number) => boolean): { link: SourceLink; index: number; start: number } | undefined {
  for (let verb = 1; verb < tokens.length; verb++) {
    const word = readAt(tokens, verb, 'tokens');
    if (!PROMPTING_TO_ACT.has(word.norm) || isCapitalised(word) || inQuotation(word.start) || boundaryAfter(text, tokens, verb)) continue;
    for (let head = verb + 1; head <= verb + ACTING_GROUP_WORDS && head < tokens.length; head++) {
      const token = readAt(tokens, head, 'tokens');
      if (isCapitalised(token) || !LOWER_WORD.test(token.raw) || PREPOSITIONS.has(token.norm) || token.norm.endsWith("'s")) break;
      const singular = token.norm.replace(/(?:ies)$/u, 'y').replace(/s$/u, '');
      const plural = /[^su'\u2019]s$/u.test(token.norm) && (NOUNS.get(token.norm) === 'people' || AGENT_ENDING.test(token.norm) || ORGANISATION_WORDS.has(singular) || BUSINESS_NOUN_SET.has(singular));
      if (!plural) {
        if (boundaryAfter(text, tokens, head)) break;
        continue;
      }
      if (!actsOnTo(text, tokens, head)) break;
      const first = readAt(tokens, verb + 1, 'tokens');
      const link: SourceLink = { name: text.slice(first.start, token.end), kind: DEFINITE_GROUP.has(first.norm) ? 'named' : 'vague', person: false, role: 'people' };
      return { link, index: verb + 1, start: first.start };
    }
  }
  return undefined;
}

/** True when `to` and a verb follow the plural at `head` within its clause (`unions … to threaten`; not `unions to the table`). */
function actsOnTo(text: string, tokens: readonly Token[], head: number): boolean {
  for (let k = head + 1; k <= head + ACTING_TO_REACH && k + 1 < tokens.length; k++) {
    if (boundaryAfter(text, tokens, k - 1)) return false;
    if (readAt(tokens, k, 'tokens').norm !== 'to') continue;
    const next = readAt(tokens, k + 1, 'tokens');
    return !boundaryAfter(text, tokens, k) && LOWER_WORD.test(next.raw) && !DETERMINERS.has(next.norm) && !POSSESSIVES.has(next.norm);
  }
  return false;
}

/** How many words an opening phrase before the clause's `the` may hold (`On Friday night,`). */
const OPENING_PHRASE_WORDS = 4;

/** Where `the` opens the clause after an opening phrase of time or place and its comma (`On Friday, the …`), or undefined. */
function afterOpeningPhrase(text: string, tokens: readonly Token[]): number | undefined {
  const opening = tokens[0];
  if (!opening || !(PREPOSITIONS.has(opening.norm) || TIME_LEADS.has(opening.norm) || LEADING_ADVERBS.has(opening.norm))) return undefined;
  for (let k = 1; k <= OPENING_PHRASE_WORDS && k < tokens.length; k++) {
    if (readAt(tokens, k, 'tokens').norm === 'the' && commaAfter(text, tokens, k - 1)) return k;
    if (boundaryAfter(text, tokens, k - 1)) return undefined;
  }
  return undefined;
}

/** Words that end a role's words before its head: it names no role past them (`who is expected to …`). */
const ROLE_BREAKS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'who', 'which', 'that', 'not', 'also', 'now', 'still']);

/** Forms of `be` that open a relative clause giving a role (`who is`), and those that make it a past one (`who was`). */
const ROLE_COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'became', 'becomes', 'been']);
const PAST_COPULAS: ReadonlySet<string> = new Set(['was', 'became', 'been']);

/**
 * The roles the article gives the person named at `tokens[first..end]` around the name: written before it (`Tory leader
 * Michael Howard`, `Public accounts committee chairman Edward Leigh`), in an apposition before it (`the former cabinet
 * secretary, Lord Butler,`) or after it (`Michael Ancram, the Tory foreign affairs spokesman,`, `Edward Leigh, the Tory MP
 * for Gainsborough,`, `Tessa Rowe, Labour MP for Hartley,`), or in a relative clause (`Lord Butler, who was cabinet secretary from 1988 to 1998,`: a past
 * role is a former one). Each is kept with its words for a later `The Tory leader`.
 */
function rememberRoles(text: string, tokens: readonly Token[], first: number, end: number, link: SourceLink, memory: SourceMemory): void {
  const before = tokens[first - 1];
  if (before && isRoleHead(before)) {
    if (!boundaryAfter(text, tokens, first - 1)) {
      let from = first - 1;
      while (from > 0 && first - from < APPOSITION_ROLE_REACH && !boundaryAfter(text, tokens, from - 1) && !ROLE_STOPS.has(readAt(tokens, from - 1, 'tokens').norm)) from--;
      recordRole(memory, { head: before.norm, words: roleWords(tokens, from, first - 1) }, link);
    } else if (commaAfter(text, tokens, first - 1)) {
      // `the former cabinet secretary, Lord Butler,`: only a definite role set off by a comma, back to its `the`.
      let from = first - 2;
      while (from >= 0 && first - from <= APPOSITION_ROLE_REACH && readAt(tokens, from, 'tokens').norm !== 'the' && (from === 0 || !boundaryAfter(text, tokens, from - 1))) from--;
      if (from >= 0 && readAt(tokens, from, 'tokens').norm === 'the') recordRole(memory, { head: before.norm, words: roleWords(tokens, from + 1, first - 1) }, link);
      else {
        // `said EEF chief economist, Steve Radley`, `singled out by Ofsted chief, David Bell,`: a role with no article, all of
        // it names and words for roles, opening its clause or right after a verb or a preposition (ROLE_STOPS).
        let bare = first - 1;
        while (bare > 0 && first - bare < APPOSITION_ROLE_REACH && !boundaryAfter(text, tokens, bare - 1) && namesOrRole(readAt(tokens, bare - 1, 'tokens'))) bare--;
        const opens = bare === 0 || boundaryAfter(text, tokens, bare - 1) || ROLE_STOPS.has(readAt(tokens, bare - 1, 'tokens').norm);
        if (bare < first - 1 && opens) recordRole(memory, { head: before.norm, words: roleWords(tokens, bare, first - 1) }, link);
      }
    }
  }
  if (end + 1 >= tokens.length || !commaAfter(text, tokens, end)) return;
  let from = end + 1;
  let former = false;
  if (tokens[from]?.norm === 'who') {
    // `who was`, `who has been`, `who had been`: the auxiliary before `been` aside.
    if (tokens[from + 1]?.norm === 'has' || tokens[from + 1]?.norm === 'had') from++;
    const copula = tokens[from + 1]?.norm ?? '';
    if (!ROLE_COPULAS.has(copula)) return;
    former = PAST_COPULAS.has(copula) && tokens[from]?.norm !== 'has';
    from += 2;
    if (tokens[from]?.norm === 'the' || tokens[from]?.norm === 'a' || tokens[from]?.norm === 'an') from++;
  } else if (tokens[from]?.norm === 'the' || tokens[from]?.norm === 'a' || tokens[from]?.norm === 'an') from++;
  const head = roleHeadFrom(text, tokens, from);
  if (head === undefined) return;
  const words = new Set(roleWords(tokens, from, head));
  if (former) words.add('former');
  recordRole(memory, { head: readAt(tokens, head, 'tokens').norm, words }, link);
}

/**
 * Where the role's head noun stands in words from `from`: the first noun of a role not followed by another (`cabinet
 * secretary`, `chief executive`), within the apposition; undefined when the apposition ends first or names no role.
 */
function roleHeadFrom(text: string, tokens: readonly Token[], from: number): number | undefined {
  for (let j = from; j < tokens.length && j - from < APPOSITION_ROLE_REACH; j++) {
    const token = readAt(tokens, j, 'tokens');
    const next = tokens[j + 1];
    const isHead = NOUNS.get(token.norm) === 'person-role' && !OFFICE_MODIFIERS.has(token.norm) && !(next && !boundaryAfter(text, tokens, j) && NOUNS.get(next.norm) === 'person-role');
    if (isHead) return j;
    // `who is due to meet the prime minister`: a verb, a preposition or a determiner before any role ends the role's words.
    if (boundaryAfter(text, tokens, j) || ROLE_BREAKS.has(token.norm) || PREPOSITIONS.has(token.norm) || (!isCapitalised(token) && /(?:ed|ing)$/u.test(token.norm))) return undefined;
  }
  return undefined;
}

/** The words of a role before its head, `tokens[from..head)`, as a set of folded words (a possessive's `'s` aside). */
function roleWords(tokens: readonly Token[], from: number, head: number): Set<string> {
  return new Set(tokens.slice(from, head).map((token) => token.norm.replace(/'s$/u, '')));
}

/**
 * Keeps a role the article gave `link`, and names the source of the sentence before with it when that sentence gave the
 * role alone (`A senior Tory MP has criticised …` then `Edward Leigh, the Tory MP for Gainsborough, said`).
 */
function recordRole(memory: SourceMemory, role: Role, link: SourceLink): void {
  memory.roles.push({ ...role, link });
  const pending = memory.pendingRole;
  if (!pending || pending.link === link || memory.sentence !== pending.sentence + 1 || !roleFits(pending.role, role)) return;
  // The earlier sentence's link is the one its note and quotation speakers read: naming it names them.
  pending.link.name = link.name;
  pending.link.person = true;
  pending.link.role = 'person';
  pending.link.kind = 'named';
  if (link.sex) pending.link.sex = link.sex;
  memory.pendingRole = undefined;
}

/**
 * True when a role phrase (`The former cabinet secretary`, `A senior Tory MP`) fits a role the article gave someone: the
 * same head; every word of the phrase among the role's (a word of standing such as `senior` aside); and every word of
 * the role that makes another office (`shadow`, `former`) or ranks its holder (`seventh seed`) in the phrase too.
 */
export function roleFits(phrase: Role, given: Role): boolean {
  if (phrase.head !== given.head) return false;
  for (const word of phrase.words) if (!given.words.has(word) && !ROLE_EPITHETS.has(word)) return false;
  for (const word of given.words) if ((OFFICE_MODIFIERS.has(word) || RANKS.has(word)) && !phrase.words.has(word)) return false;
  return true;
}

/**
 * The one person the article gave a role that `phrase` fits, nearest first; `'ambiguous'` when two people fit (the
 * phrase stays as written), undefined when none does.
 */
export function findRoleHolder(memory: SourceMemory, phrase: Role, alsoTitled?: SourceLink): SourceLink | 'ambiguous' | undefined {
  const people: SourceLink[] = [];
  const add = (link: SourceLink): void => {
    const same = people.findIndex((known) => isSamePerson(known.name, link.name));
    if (same < 0) people.push(link);
    // The fuller name of one person (`Mikhail Saakashvili`, not `Saakashvili`).
    else if (link.name.length > (people[same]?.name.length ?? 0)) people[same] = link;
  };
  for (let i = memory.roles.length - 1; i >= 0; i--) {
    const holder = readAt(memory.roles, i, 'roles');
    if (roleFits(phrase, holder)) add(holder.link);
  }
  // `The mayor` is not `Deputy Mayor Nicky Gavron`, though `mayor` is among her titles: a title holder the article gave the
  // role with its words fits only through them, as in the loop above.
  if (alsoTitled && !memory.roles.some((role) => role.head === phrase.head && isSamePerson(role.link.name, alsoTitled.name))) add(alsoTitled);
  if (people.length > 1) return 'ambiguous';
  return people[0];
}

/**
 * The titles written before a name (`Home Secretary Charles Clarke`), kept for a later `the home secretary`, whether the name
 * is new or was named before without them.
 */
function rememberTitles(tokens: readonly Token[], start: number, afterTitle: number, first: number, link: SourceLink, memory: SourceMemory): void {
  for (let j = start; j < afterTitle; j++) {
    const title = readAt(tokens, j, 'tokens').norm;
    // `President Saakashvili` after `President Mikhail Saakashvili`: the fuller name of one person is kept.
    const titled = memory.personByTitle.get(title);
    const fuller = titled !== undefined && isSamePerson(titled.name, link.name) && titled.name.length > link.name.length;
    if (TITLES.has(title) && !SEX_OF_TITLE.has(title) && title !== 'dr' && !fuller) memory.personByTitle.set(title, link);
    // `German Chancellor Gerhard Schroeder` is a chancellor too: a later `the chancellor` fits him as well as `Chancellor Gordon Brown`.
    if (NOUNS.get(title) === 'person-role' && !OFFICE_MODIFIERS.has(title)) recordRole(memory, { head: title, words: roleWords(tokens, first, j) }, link);
  }
}

/**
 * `The home secretary has defended …` in a lead that names him only further on (`Home Secretary Charles Clarke said`): once
 * the whole article is read, a definite role of an office (a word before its head: `home secretary`, `justice minister`) left as
 * written in `lead` goes to the one person the article gave it; with none or two who fit, it stays as written. Only the lead,
 * whose convention this is, and never a bare `the spokesman` or `the minister`, which later paragraphs give to others. The
 * links are replaced where they stand, so quotations read from them get the name too.
 */
export function nameRolesGivenLater(lead: readonly (readonly Attribution[])[], memory: SourceMemory): void {
  for (const sentence of lead)
    for (const attribution of sentence)
      attribution.links.forEach((link, i) => {
        const body = unnamedBodyNamedLater(link, memory);
        if (body) {
          attribution.links[i] = body;
          return;
        }
        const role = writtenRole(link);
        if (!role) return;
        const holder = findRoleHolder(memory, role);
        if (holder && holder !== 'ambiguous' && holder.person) attribution.links[i] = holder;
      });
}

/**
 * `Anglers could be prosecuted …, a committee of MPs has warned.` and then `the environment select committee said`: the one
 * body of that kind that speaks in the article, when the lead left it unnamed; undefined when none or two do.
 */
function unnamedBodyNamedLater(link: SourceLink, memory: SourceMemory): SourceLink | undefined {
  if (link.kind !== 'vague' || link.role !== 'organisation') return undefined;
  const words = link.name.toLowerCase().split(/\s+/u);
  const head = words.find((word, i) => i > 0 && NOUNS.get(word) === 'organisation');
  if (!/^(?:a|an)$/u.test(words[0] ?? '') || head === undefined) return undefined;
  const bodies = new Map<string, SourceLink>();
  for (const referent of memory.referents) {
    const name = referent.link.name.toLowerCase();
    // (`the committee` as written names nothing more than the lead did.)
    if (
      referent.spoke &&
      referent.link.kind === 'named' &&
      !referent.link.person &&
      !/^(?:a|an)\s/u.test(name) &&
      name !== `the ${head}` &&
      name.split(/\s+/u).length > 1 &&
      name.split(/\s+/u).includes(head)
    )
      bodies.set(name.replace(/^the\s/u, ''), referent.link);
  }
  return bodies.size === 1 ? [...bodies.values()][0] : undefined;
}

/** The role of a link read as written (`The home secretary`): `the`, then lower-case words ending in a word of a role. */
function writtenRole(link: SourceLink): Role | undefined {
  if (!link.person || link.role !== 'person' || link.kind !== 'named') return undefined;
  const words = link.name.split(/\s+/u);
  if (words.length < 2 || words[0]?.toLowerCase() !== 'the' || !words.slice(1).every((word) => LOWER_WORD.test(word))) return undefined;
  const head = words.at(-1) ?? '';
  if (NOUNS.get(head) !== 'person-role') return undefined;
  if (words.length < 3) return undefined;
  return { head, words: new Set(words.slice(1, -1)) };
}

/** `Mikhail Saakashvili` and a later `Mr Saakashvili` (kept as `Saakashvili`) are one person: one name ends with the other. */
function isSamePerson(a: string, b: string): boolean {
  return a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);
}

/** True when the word at `last` and the one before it are a role of two words in lower case (`secretary general`, `attorney general`). */
function isTwoWordRole(tokens: readonly Token[], last: number): boolean {
  const before = tokens[last - 1];
  const token = readAt(tokens, last, 'tokens');
  return before !== undefined && !isCapitalised(before) && !isCapitalised(token) && NOUNS.get(`${before.norm} ${token.norm}`) === 'person-role';
}

/** True for a lower-case noun of a role (`leader`, `chairman`), not a word that only modifies one (`former South African president`). */
/** True for a word for what someone does that no one bears as a name (`songwriter`, `striker`, `rapper`), titles aside. */
function isOpeningRole(norm: string): boolean {
  if (TITLES.has(norm) || isGivenName(norm)) return false;
  return NOUNS.get(norm) === 'person-role' || lexiconTags(norm).includes('Actor') || AGENT_ENDING.test(norm);
}

/** True for a word a bare role may hold before its head: a name (`Ofsted`, `EEF`) or a word for a role (`chief`). */
function namesOrRole(token: Token): boolean {
  return isCapitalised(token) || NOUNS.get(token.norm) === 'person-role';
}

function isRoleHead(token: Token): boolean {
  return !isCapitalised(token) && (NOUNS.get(token.norm) === 'person-role' || PEOPLE_BY_TRADE.has(token.norm)) && !OFFICE_MODIFIERS.has(token.norm);
}

/**
 * The first person a sentence names, right before a verb in lower case, is its main clause's subject when an opening
 * phrase ends with a comma before them (`Born in 1912 and educated in Portsmouth, Lord Callaghan became a clerk`) or a
 * role stands right before them (`BBC Scotland political correspondent Glenn Campbell said`).
 */
function opensAfterPhrase(text: string, tokens: readonly Token[], start: number, end: number, mentions: readonly Mention[]): boolean {
  const next = tokens[end + 1];
  const before = tokens[start - 1];
  if (!before || !next || isCapitalised(next) || boundaryAfter(text, tokens, end)) return false;
  if (mentions.some((mention) => mention.link.person) && !frontedPhraseHolds(text, tokens, start, mentions)) return false;
  return commaAfter(text, tokens, start - 1) || roleOpensClause(text, tokens, start) || afterOpeningTime(tokens, start, next);
}

/**
 * True when the people named before `tokens[start]` all stand in a phrase or clause that opens the sentence and ends with the
 * comma right before it (`During an interview with Dana Hale, Mr Ross said`, `Preceded on stage by Jo Marsh, Mr Ross spoke`):
 * they are the phrase's objects, and the name after the comma the sentence's subject. A list (`Mr Ross, Ms Hale and …`) is no
 * such phrase: its first word is a name, not a preposition, a subordinating word or a participle.
 */
function frontedPhraseHolds(text: string, tokens: readonly Token[], start: number, mentions: readonly Mention[]): boolean {
  const first = tokens[0];
  if (!first || start < 2 || !commaAfter(text, tokens, start - 1) || JOINING.has(tokens[start + 1]?.norm ?? '')) return false;
  const opener = FRONTED_PHRASE_OPENERS.has(first.norm) || (/^\p{Lu}\p{Ll}{2,}(?:ing|ed)$/u.test(first.raw) && !isGivenName(first.norm));
  return opener && mentions.every((mention) => !mention.link.person || (mention.first > 0 && mention.first < start));
}

/**
 * `However during the case on Tuesday Mr Ebbers denied the allegations`: a name right after the day, month or year that
 * ends an opening phrase of time, its comma left out, and right before a verb in the past, is the sentence's subject.
 */
function afterOpeningTime(tokens: readonly Token[], start: number, next: Token): boolean {
  const before = readAt(tokens, start - 1, 'tokens');
  const time = WEEKDAYS.has(before.norm) || MONTH_NAMES.includes(before.norm) || PERIODS.has(before.norm) || TIME_WORDS.has(before.norm) || /^\d{4}$/u.test(before.raw);
  return time && (TIME_LEADS.has(readAt(tokens, 0, 'tokens').norm) || LEADING_ADVERBS.has(readAt(tokens, 0, 'tokens').norm)) && /^\p{Ll}{2,}ed$/u.test(next.raw);
}

/** Prepositions that join a role to its complement (`minister for women`, `head of policy`). */
const ROLE_COMPLEMENTS: ReadonlySet<string> = new Set(['for', 'of']);

/** How many lower-case words a role's complement may hold before the name (`minister for women`, `secretary of state for health`). */
const ROLE_COMPLEMENT_WORDS = 4;

/**
 * Where the head of a role stands when the role and its complement run up to the name at `tokens[first]` (`deputy minister
 * for women Jacqui Smith`, `secretary of state for health Alan Milburn`): the head, `for` or `of`, then lower-case words
 * only, with no punctuation between; undefined otherwise. `minister for Europe Denis MacShane` is left out, since a
 * capitalised complement cannot be told from the name.
 */
function roleHeadBeforeComplement(text: string, tokens: readonly Token[], first: number): number | undefined {
  for (let i = first - 1; i >= 1 && first - i <= ROLE_COMPLEMENT_WORDS; i--) {
    const token = readAt(tokens, i, 'tokens');
    // `the head of the Catholic Church`: after a determiner the capitalised words are the complement itself, not a name after it.
    if (isCapitalised(token) || boundaryAfter(text, tokens, i) || !LOWER_WORD.test(token.raw) || DETERMINERS.has(token.norm)) return undefined;
    if (!ROLE_COMPLEMENTS.has(token.norm)) continue;
    const head = readAt(tokens, i - 1, 'tokens');
    if (i < first - 1 && isRoleHead(head) && !boundaryAfter(text, tokens, i - 1)) return i - 1;
  }
  return undefined;
}

/** True when a word in lower case, with no punctuation before it, follows the name ending at `tokens[end]`: most often its verb. */
function verbFollows(text: string, tokens: readonly Token[], end: number): boolean {
  const next = tokens[end + 1];
  return next !== undefined && !isCapitalised(next) && !boundaryAfter(text, tokens, end);
}

/**
 * True when a role stands right before the name at `tokens[start]` and, with its modifiers, opens the sentence or follows
 * its opening phrase (`Barca midfielder Deco, formerly …`, `In the Commons, Tory frontbencher Andrew Tyrie`): `called for
 * Commons leader Peter Hain to` names the object of another verb.
 */
function roleOpensClause(text: string, tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1];
  if (!before || !isRoleHead(before) || boundaryAfter(text, tokens, start - 1)) return false;
  for (let i = start - 2; i >= 0; i--) {
    const token = readAt(tokens, i, 'tokens');
    if (!isCapitalised(token) && (PREPOSITIONS.has(token.norm) || ROLE_STOPS.has(token.norm) || /(?:ed|ing)$/u.test(token.norm))) return false;
    if (i === 0 || boundaryAfter(text, tokens, i - 1)) return i === 0 || commaAfter(text, tokens, i - 1);
  }
  return true;
}

function opensSentence(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1];
  // `Police said Ferguson posed a danger`: a name right after a verb of speech is the subject of what was said, not of the sentence.
  return start <= 2 && !(before && (POSSESSIVES.has(before.norm) || ANSWERING.has(before.norm)));
}

/**
 * The last token of a hyphened word opening the run `start..end` whose last part is in lower case (`Film-maker`,
 * `Oscar-winner`), when capitalised words follow it in the run; undefined otherwise.
 */
function describingCompoundEnd(text: string, tokens: readonly Token[], start: number, end: number): number | undefined {
  let k = start;
  while (k < end && text.slice(readAt(tokens, k, 'tokens').end, readAt(tokens, k + 1, 'tokens').start) === '-') k++;
  return k > start && k < end && !isCapitalised(readAt(tokens, k, 'tokens')) && isCapitalised(readAt(tokens, k + 1, 'tokens')) ? k : undefined;
}

/** Where a person's name starts after a possessive inside the run `start..end` (`Frank` of `Chelsea's Frank Lampard`), or undefined. */
function ownedNameStart(tokens: readonly Token[], start: number, end: number): number | undefined {
  for (let p = end - 2; p >= start; p--) {
    if (!/['\u2019]s$/u.test(readAt(tokens, p, 'tokens').raw)) continue;
    // Two words, a given name and a surname, or a title and at most two (`the Boca Raton club's Jackie Gleason Classic` is a
    // tournament, no person).
    const opening = readAt(tokens, p + 1, 'tokens').norm;
    return (isGivenName(opening) && end === p + 2) || (TITLES.has(opening) && end <= p + 3) ? p + 1 : undefined;
  }
  return undefined;
}

function possessiveWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (readAt(tokens, i, 'tokens').norm.endsWith("'s")) return true;
  return false;
}

/** The person within reach named `name` or with `surname` as the last word of their name. */
function findPerson(memory: SourceMemory, name: string, surname: string, subject = false): SourceLink | undefined {
  const { referents } = memory;
  for (let i = referents.length - 1; i >= 0; i--) {
    const referent = readAt(referents, i, 'referents');
    // Past the reach, only someone whose sex the article gave (`Ben Carson`, `Mrs Hale`): a bare `Cruz` or `Obama` found
    // there with no sex would be open to any later `she`. A sentence's subject written exactly as a person spoke before
    // (`Safin said …` … `Safin admitted …`) is that person however far back.
    const exactSubject = subject && referent.link.name === name && referent.spoke;
    // So is a surname opening a sentence as its subject that only one person named earlier bears (`Hilary Swank was best
    // actress … Swank, who won before, paid tribute …`), though a given name of either sex left theirs unknown.
    const onlyBearer = subject && name === surname && endsWithSurname(referent.link.name, surname) && bearersOf(memory, surname) === 1;
    if (memory.sentence - referent.sentence > REFERENCE_REACH && (referent.link.sex === undefined || memory.guessedSex.has(referent.link)) && !exactSubject && !onlyBearer) continue;
    if (referent.link.person && (referent.link.name === name || endsWithSurname(referent.link.name, surname))) return referent.link;
  }
  return undefined;
}

/** How many people the article has named in full so far whose name ends with `surname` (the bare surname itself is none of them). */
function bearersOf(memory: SourceMemory, surname: string): number {
  return new Set(memory.referents.filter((referent) => referent.link.person && referent.link.name !== surname && endsWithSurname(referent.link.name, surname)).map((referent) => referent.link.name))
    .size;
}

/** A body this article has already named `name`, for its later bare mentions (`WPP` after `ad firm WPP`). */
function findBody(memory: SourceMemory, name: string): SourceLink | undefined {
  for (let i = memory.referents.length - 1; i >= 0; i--) {
    const { link } = readAt(memory.referents, i, 'referents');
    if (link.role === 'organisation' && link.name === name) return link;
  }
  return undefined;
}

/** Verbs of saying without an -ed ending, which end a subject rather than an apposition (`the prime minister says`). */
const VERBS_AFTER_SUBJECT: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'is', 'was', 'has', 'had', 'will', 'would']);

/** How many words after its head a role in apposition may run on before the comma that closes it (`… and a member of the mosque's board,`). */
const APPOSITION_TAIL_WORDS = 8;

/**
 * True when a role set off by commas follows the name ending at `end` (`Nefzi, a chemistry professor and a member of the
 * board, said`): an article, a person's role, then the closing comma with no verb before it. `In a speech in Edinburgh, the
 * prime minister said` has no closing comma: the role is the clause's subject.
 */
function appositionGivesRole(text: string, tokens: readonly Token[], end: number): boolean {
  if (end + 2 >= tokens.length || !commaAfter(text, tokens, end) || !ARTICLES_BEFORE_ROLE.has(readAt(tokens, end + 1, 'tokens').norm)) return false;
  const head = roleHeadFrom(text, tokens, end + 2);
  if (head === undefined) return false;
  for (let k = head; k < tokens.length - 1 && k - head <= APPOSITION_TAIL_WORDS; k++) {
    const word = readAt(tokens, k, 'tokens');
    if (k > head && (/ed$/u.test(word.norm) || VERBS_AFTER_SUBJECT.has(word.norm))) return false;
    if (commaAfter(text, tokens, k)) return true;
    if (boundaryAfter(text, tokens, k)) return false;
  }
  return false;
}

/** Articles that open a role set off after a name (`, a chemistry professor,`). */
const ARTICLES_BEFORE_ROLE: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** How many sentences back a surname-only subject still stands between a `he` and the people named before it. */
const UNKNOWN_SUBJECT_REACH = 2;

/** True when a surname-only subject (see `unknownSubject`) opened a sentence after the one that last named `person`, within reach. */
function passesUnknownSubject(memory: SourceMemory, person: SourceLink): boolean {
  const at = memory.unknownSubject;
  if (at === undefined || memory.sentence - at > UNKNOWN_SUBJECT_REACH) return false;
  for (let i = memory.referents.length - 1; i >= 0; i--) {
    const referent = readAt(memory.referents, i, 'referents');
    if (referent.link === person) return referent.sentence < at;
  }
  return false;
}

/** Lower-case words that may follow a surname as the subject's verb or an adverb before it (`Safin has`, `Williams though blamed`); -ed forms are read apart. */
const SUBJECT_VERB_STARTS: ReadonlySet<string> = new Set([...AUXILIARIES, 'though', 'however', 'then', 'now', 'still', 'later', 'says', 'said', 'told']);

/** One capitalised word, or two joined by a hyphen (`Kilroy-Silk`), a module constant: tested for many sentences of every article. */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/**
 * True when the one capitalised word at `at` opens its sentence as the subject of a verb and may be a person called by
 * surname alone whom the article has not named in full (`Safin admitted he had begun to doubt …`, `Gervais has already
 * begun writing …`): no word of the lexicons, nothing the article's text already named (a headline's guess aside), no
 * place, month or plural of people.
 */
function isSurnameSubject(text: string, tokens: readonly Token[], at: number, memory: SourceMemory): boolean {
  const word = readAt(tokens, at, 'tokens');
  const next = tokens[at + 1];
  if (!opensSentence(tokens, at) || !next || boundaryAfter(text, tokens, at) || isCapitalised(next)) return false;
  if (!SUBJECT_VERB_STARTS.has(next.norm) && !/[^e]ed$/u.test(next.norm)) return false;
  if (!CAPITALISED_WORD.test(word.raw) || NOT_NAMES.has(word.norm) || ORGANISATION_WORDS.has(word.norm) || PLACE_NAMES.has(word.raw)) return false;
  // (`Companies should …`: the lexicon holds the singular of a plural common noun.)
  const singular = word.norm.replace(/ies$/u, 'y').replace(/s$/u, '');
  if (WEEKDAYS.has(word.norm) || MONTH_NAMES.includes(word.norm) || AGENT_ENDING.test(word.norm) || lexiconTags(word.norm).length > 0 || lexiconTags(singular).length > 0) return false;
  // (`chairman John Wardle … Wardle was speaking …`: a surname the article gave in full is that person, whom the memory knows.)
  return !memory.referents.some(
    (referent) => (referent.sentence >= 0 && referent.link.role === 'organisation' && referent.link.name === word.raw) || (referent.link.person && endsWithSurname(referent.link.name, word.raw)),
  );
}

/** True when the name at `start..end` opens its sentence and an `its` follows it there (`Eli Lilly is launching adverts … about its drug`). */
function bodyPossessiveAfter(tokens: readonly Token[], start: number, end: number): boolean {
  return opensSentence(tokens, start) && tokens.slice(end + 1).some((token) => token.norm === 'its');
}

/**
 * True when the words right before the capitalised run `first..end` call it a business (`ad firm
 * WPP`, `US carmaker General Motors`, `The company, GlaxoSmithKline,`), or an apposition right
 * after it does (`WPP, the world's biggest advertising firm,`).
 */
function isCompanyDescribed(text: string, tokens: readonly Token[], first: number, end: number): boolean {
  const before = tokens[first - 1];
  if (before && !isCapitalised(before) && !boundaryAfter(text, tokens, first - 1) && (BUSINESS_NOUN_SET.has(before.norm) || COMPANY_NOUN_ENDING.test(before.norm))) return true;
  // `The company, GlaxoSmithKline, is to …`: a name in apposition after `the company` is that company.
  if (before && BUSINESS_NOUN_SET.has(before.norm) && commaAfter(text, tokens, first - 1) && first > 1 && readAt(tokens, first - 2, 'tokens').norm === 'the') return true;
  if (end + 1 >= tokens.length || readAt(tokens, end + 1, 'tokens').norm !== 'the' || !commaAfter(text, tokens, end)) return false;
  for (let j = end + 2; j < Math.min(tokens.length, end + 9); j++) {
    if (BUSINESS_NOUN_SET.has(readAt(tokens, j, 'tokens').norm) || COMPANY_NOUN_ENDING.test(readAt(tokens, j, 'tokens').norm)) return true;
    if (boundaryAfter(text, tokens, j)) return false;
  }
  return false;
}

/**
 * Keeps what this sentence named for the sentences after it. Mentions go first and sources
 * last, so that the speaker of a sentence is the most salient referent for the next one's `he`.
 */
export function remember(attributions: Attribution[], titles: readonly [string, SourceLink][], mentions: readonly Mention[], memory: SourceMemory): void {
  carryReportedSpeech(attributions, memory);
  for (const [title, link] of titles) memory.personByTitle.set(title, link);
  const sentence = memory.sentence;
  // (`… prompting unions to strike, but ministers said …`: a source speaking after the group is the nearer for a later `they`.)
  memory.actingGroups = memory.actingGroups.filter(
    (group) => group.sentence === sentence && !attributions.some((attribution) => attribution.source.start > group.start && !attribution.links.includes(group.link)),
  );
  const add = (named: SourceLink, spoke: boolean, salient: boolean): SourceLink | undefined => {
    let link = named;
    if (link.role === 'unresolved') return undefined;
    const existing = memory.referents.findIndex((referent) => referent.link === link || referent.link.name === link.name);
    let mentions = 1;
    if (existing >= 0) {
      const earlier = readAt(memory.referents, existing, 'referents');
      memory.referents.splice(existing, 1);
      mentions += earlier.sentence === sentence ? earlier.mentions - 1 : earlier.mentions;
      // `Ad firm WPP ... WPP said`: the bare name as a source is the body already known, not a person; unless it is the
      // surname of someone the article named in full (`Adrian Mutu … Mutu has hit out`, under the headline `Wenger offers
      // Mutu hope`, which took the bare name for a body).
      const surnameOfNamed = memory.referents.some((referent) => referent.link.person && endsWithSurname(referent.link.name, link.name));
      if (earlier.link.role === 'organisation' && link.role === 'person' && link.sex === undefined && !surnameOfNamed) link = earlier.link;
    }
    memory.referents.push({ link, sentence, spoke, mentions, paragraph: memory.paragraph, salient });
    return link;
  };
  // Later mentions first, so that the sentence's first-named (its subject, most often) ends up the more salient; the
  // author of a document that is the source outranks them all, as one who spoke.
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = readAt(mentions, i, 'mentions');
    if (mention.authored) continue;
    const link = add(mention.link, false, mention.opens);
    if (link && mention.subjectGroup) memory.subjectGroups.add(link);
  }
  for (let i = mentions.length - 1; i >= 0; i--) if (readAt(mentions, i, 'mentions').authored) add(readAt(mentions, i, 'mentions').link, true, true);
  // A source inside what another reports ranks below the one reporting (`The barrister … had said …, said Mr Clarke. He said`).
  const ranked = [...attributions.filter((attribution) => !attribution.nested), ...attributions.filter((attribution) => attribution.nested)];
  // (`Mr Brown is thought likely to attend. … And they have both warned …`: a passive frame's people not named are no one a pronoun can mean.)
  for (let i = ranked.length - 1; i >= 0; i--) if (!namesNoOne(readAt(ranked, i, 'ranked'))) for (const link of readAt(ranked, i, 'ranked').links) add(link, true, true);
  // `But the firm denied reports it was withdrawing. "…," it said`: who disputes reports speaks, though no source of them.
  for (const attribution of attributions) for (const link of attribution.disputedBy ?? []) add(link, true, true);
  // `Mr Hale shrugged off claims from Jo Marsh that he had misled MPs. He said …`: when the sentence's only sources are the
  // authors of claims its opening subject acts on, the story still follows that subject, whom the next `he` most often means.
  if (ranked.length > 0 && ranked.every((attribution) => CLAIM_RELAYS.has(attribution.phrase))) {
    const subject = mentions.find(
      (mention) => mention.opens && !mention.owner && !mention.authored && !ranked.some((attribution) => attribution.links.some((link) => link.name === mention.link.name)),
    );
    if (subject) add(subject.link, false, true);
  }
  // `He pressed Mr Ellis on the costs. "We cut them," he said.`: the one asked answers next, before the one asking.
  for (const mention of mentions) if (mention.questioned) add(mention.link, false, true);
  if (memory.referents.length > MAX_REFERENTS) memory.referents.splice(0, memory.referents.length - MAX_REFERENTS);
  memory.sentence++;
  const chain = chainOf(attributions);
  const outlet = chain.findIndex((link) => link.kind === 'media');
  if (outlet >= 0) {
    memory.lastMediaChain = chain.slice(outlet).map((link, i) => (i === 0 ? { ...link, joinedBy: undefined } : link));
    memory.lastRelaySentence = attributions.some((attribution) => attribution.category !== 'interview' && attribution.links.some((link) => link.kind === 'media')) ? sentence : undefined;
  }
}

/** The relay cues that name whose claim another acts on (`claims from`, `allegations made by`, `accusations by`). */
const CLAIM_RELAYS: ReadonlySet<string> = new Set(REPORTING_VERBS.filter((verb) => verb.category === 'relay' && /^(?:claims|allegations|accusations)\s/u.test(verb.phrase)).map((verb) => verb.phrase));

/** Forms of `be` and `have` that, with the same verb after them as the reported words had, repeat their shape (`were paying`). */
const PARALLEL_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'had', 'is', 'are', 'has', 'have']);

/** Words that say the article goes on about the speaker, not with what they said (`But he would not say`, `could not comment`). */
const NOT_CONTENT: ReadonlySet<string> = new Set(['say', 'comment', 'confirm', 'reveal', 'disclose', 'elaborate', 'specify', 'discuss', 'name', 'give', 'later', 'eventually', 'soon', 'go']);

/** Words that end the stretch where the continuing sentence's own verb is looked for (a clause of its own begins). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'what',
  'how',
  'why',
  'where',
  'whether',
  'when',
  'if',
  'because',
  'while',
  'as',
  'since',
  'unless',
  'although',
]);

/** How many words into a continuing sentence its verb may stand (`And one-and-a-half million hard working families were paying`). */
const CONTINUATION_VERB_REACH = 10;

/**
 * `Mr Cable said 40% of pensioners were now paying 50% rates. And one-and-a-half million families were paying 60% rates.`:
 * a sentence with no source of its own goes on with the reported speech of the sentence just before it, in its paragraph,
 * when it opens with `And` or `But` and a subject in lower case (not a name, not `he` or `she`, whom the article would
 * then be telling of), and its verb, before any comma or clause of its own, is one reported speech shifts back (`would`,
 * `could`, `had to`, …) or repeats the reported words' own (`were paying` after `were now paying`). The sentence before
 * must report the words itself with a verb of saying (`X said …`, `CONTINUED_REPORTS`), not quote them: after a
 * quotation the article's own voice comes back, and a verb of thinking (`when he expects better`) reports no words. A
 * wrong speaker is worse than none, so every other shape stays the article's own.
 */
function carryReportedSpeech(attributions: Attribution[], memory: SourceMemory): void {
  const reading = memory.reading;
  memory.reading = undefined;
  const report = memory.lastReport;
  memory.lastReport = undefined;
  if (!reading) return;
  const { text, tokens, inQuotation } = reading;
  if (attributions.length === 0) {
    if (!report || report.sentence !== memory.sentence - 1) return;
    // `Mr Fox said closing premises for a day made no difference. "If it's 12.30 on a Saturday …`: a quotation that opens the
    // sentence right after someone's reported words, in their paragraph or opening the next, is theirs, as news style
    // introduces a speaker before quoting them. It is no report to go on with: after it the article's own voice comes back.
    const opensQuotation = isWhollyQuoted(text, tokens, inQuotation) && !taggedLater(text, tokens, inQuotation);
    if (opensQuotation && (report.paragraph === memory.paragraph || report.paragraph === memory.paragraph - 1)) attributions.push({ ...report.attribution, carried: true });
    else if (report.paragraph === memory.paragraph && continuesReport(text, tokens, report.tokens)) {
      attributions.push({ ...report.attribution, carried: true });
      memory.lastReport = { ...report, sentence: memory.sentence };
    }
    return;
  }
  const reported = attributions.filter(
    (attribution) => attribution.category === 'speech' && CONTINUED_REPORTS.has(attribution.phrase) && !attribution.nested && attribution.reactedTo === undefined && attribution.contrast === undefined,
  );
  // (`X said the survey showed …`, `X told the BBC that while he believes …`, `X said … and said …`: reports nested inside the
  // speaker's own, and the same speaker's other verbs, leave one reporter.)
  const reporter = reported[0];
  const own = attributions.filter((attribution) => !attribution.nested);
  const oneReporter = reporter !== undefined && own.every((attribution) => sameSpeaker(attribution, reporter));
  const only = oneReporter ? reporter : undefined;
  const first = tokens[0];
  if (!only || !first || inQuotation(first.start)) return;
  // `Mr X said: "…"` or `"…," Mr X said`: a quotation, after which the article's own voice comes back.
  const cueEnd = only.cue.end;
  if (tokens.some((token) => token.start > cueEnd && inQuotation(token.start) && /^[\s:,"\u201C'\u2018]*$/u.test(text.slice(cueEnd, token.start)))) return;
  memory.lastReport = { sentence: memory.sentence, paragraph: memory.paragraph, attribution: only, tokens };
}

/** True when two attributions end in the same speaker (`Mr Kennedy said … and said …`). */
function sameSpeaker(a: Attribution, b: Attribution): boolean {
  return a.links.at(-1)?.name === b.links.at(-1)?.name;
}

/**
 * True when every word of the sentence is quoted, and the quotation names no speaker of its own at its start (`"RAMOS:
 * Secretary Clinton, …`, a transcript): `"…," the judge exclaimed, "…"` has its tag inside.
 */
function isWhollyQuoted(text: string, tokens: readonly Token[], inQuotation: (offset: number) => boolean): boolean {
  const first = tokens[0];
  if (!first || !tokens.every((token) => inQuotation(token.start))) return false;
  return !/^[\p{Lu}][\p{L}.'\u2019-]*(?:\s+[\p{Lu}][\p{L}.'\u2019-]*){0,3}\s*:/u.test(text.slice(first.start, first.start + 60));
}

/** How far past its sentence a quotation is followed to its closing mark, for a tag after it. */
const QUOTATION_REACH = 3000;

/**
 * True when the quotation the sentence ends in may be tagged after it closes (`"It will be close. We are ready," said Mr
 * Hale.`), followed through its reopenings in the paragraph (`"It will be close. "We are ready," said Mr Hale.`): its last
 * word before the closing mark is no full stop, question or exclamation mark, or words in lower case follow the mark. Such a
 * quotation is the tag's speaker's, not the one reported before it.
 */
function taggedLater(text: string, tokens: readonly Token[], inQuotation: (offset: number) => boolean): boolean {
  const last = tokens.at(-1);
  if (!last) return false;
  let end = last.start;
  const limit = Math.min(text.length, last.start + QUOTATION_REACH);
  for (;;) {
    while (end < limit && inQuotation(end)) end++;
    // `… the election. "It might sound great," said X.`: a quotation reopened in its paragraph goes on to the tag at its end.
    const gap = /^[^\S\n]+/u.exec(text.slice(end, end + 4))?.[0].length ?? 0;
    if (gap === 0 || end + gap >= limit || !inQuotation(end + gap)) break;
    end += gap;
  }
  if (end === last.start || end >= limit) return true;
  const closed = text.slice(Math.max(0, end - 3), end).replace(/["\u201C\u201D'\u2018\u2019\s]+$/u, '');
  return !/[.?!]$/u.test(closed) || /^[^\S\n]*\p{Ll}/u.test(text.slice(end, end + 20));
}

/** True when the sentence of `tokens` opens as reported speech goes on (see `carryReportedSpeech`); `reported` is the sentence before. */
function continuesReport(text: string, tokens: readonly Token[], reported: readonly Token[]): boolean {
  const opener = tokens[0];
  if (!opener || (opener.raw !== 'And' && opener.raw !== 'But')) return false;
  let at = 1;
  if (commaAfter(text, tokens, 0)) return false;
  const subject = tokens[at];
  if (!subject || isCapitalised(subject) || PERSONAL.get(subject.norm)?.person) return false;
  for (; at < tokens.length && at <= CONTINUATION_VERB_REACH; at++) {
    const token = readAt(tokens, at, 'tokens');
    if (CLAUSE_OPENERS.has(token.norm) || (at > 1 && /ed$/u.test(token.norm) && !BACKSHIFTED.some((entry) => entry.word === token.norm))) return false;
    const next = tokens[at + 1];
    const shifted = BACKSHIFTED.find((entry) => entry.word === token.norm && (entry.followedBy === undefined || next?.norm === entry.followedBy));
    if (shifted) return contentFollows(tokens, at + (shifted.followedBy ? 2 : 1));
    if (PARALLEL_AUXILIARIES.has(token.norm) && next && /ing$/u.test(next.norm)) return repeatsVerb(reported, token.norm, next.norm);
    if (boundaryAfter(text, tokens, at)) return false;
  }
  return false;
}

/** False when the words after a back-shifted verb tell of the speaker rather than carry their words (`would not say`, `could later`). */
function contentFollows(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < Math.min(tokens.length, from + 3); i++) {
    const token = readAt(tokens, i, 'tokens');
    if (NOT_CONTENT.has(token.norm)) return false;
    if (token.norm !== 'not' && token.norm !== 'also' && token.norm !== 'still' && token.norm !== 'only') return true;
  }
  return true;
}

/** True when the reported sentence has `auxiliary` and, within two words after it, `verb` (`were now paying` for `were paying`). */
function repeatsVerb(reported: readonly Token[], auxiliary: string, verb: string): boolean {
  for (let i = 0; i < reported.length; i++) {
    if (readAt(reported, i, 'tokens').norm !== auxiliary) continue;
    if (reported[i + 1]?.norm === verb || reported[i + 2]?.norm === verb) return true;
  }
  return false;
}
