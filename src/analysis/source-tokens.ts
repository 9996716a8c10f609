import type { Span } from '../model/article.ts';
import { CLAIM_WORDS, DENIED_PLAYERS, KEPT_BARE_THINGS, KEPT_OWNERS, KEPT_PERSONS, KEPT_PRONOUNS, KEPT_THING_OPENERS, PASSIVE_BE, THWARTED_HOW } from '../text/lexicons/contest-words.ts';
import { SOURCE_NOUNS } from '../text/lexicons/source-nouns.ts';
import { VAGUE_SOURCES } from '../text/lexicons/vague-sources.ts';
import { PhraseMatcher, type Token } from '../text/phrase-matcher.ts';
import { ABBREVIATIONS, AUXILIARIES, FORMS_OF_BE, NAME_CONNECTORS, NUMBER_WORDS, SUBJECT_PRONOUNS } from '../text/lexicons/source-grammar.ts';
import { PRIZES_DECLARED_BARE, PRIZES_TAKEN } from '../text/lexicons/hedges.ts';
import { SOURCE_HEADS, TITLES } from '../text/lexicons/source-names.ts';
import { readAt } from '../model/read-at.ts';
import { HOLDS_CAPITAL, OPENS_CAPITAL, OPENS_LOWER_CASE } from '../text/word-shapes.ts';
import { ORGANISATION_WORD_ENTRIES, PLACE_NAMES } from '../text/lexicons/entities.ts';

/** The vague-source lexicon as a matcher: `critics say`, `it is widely believed`. */
export const VAGUE = new PhraseMatcher(VAGUE_SOURCES);

/** Source nouns (`spokesman`, `report`, `poll`) by the kind of source they head. */
export const NOUNS = new Map(SOURCE_NOUNS.map((entry) => [entry.phrase, entry.category]));

/** The longest a phrase naming a source is taken to be, in words. */
export const MAX_SOURCE_WORDS = 10;

const BOUNDARY = new Set([...',;:()"\'\u2018\u2019\u201C\u201D\u2014\u2013\u00AB\u00BB.!?\n\r']);

/** Breaks that end a clause; dashes and brackets only set off an aside, as commas do. */
export const QUOTE_OR_BREAK = /["\u201C\u201D\u2018\u2019\u00AB\u00BB;:]|'(?![\p{L}])/u;

const ASIDE = /[,\u2014\u2013()]|\s-\s|--/u;

/**
 * A dash as news copy types it between words: a spaced hyphen, two hyphens (wire copy), an en or an em dash, spaces around it.
 * DASH is the mark alone and SPACED_DASH the mark with its spaces, sources for the expressions that hold them (a clause's
 * break, an aside's close); SPACED_DASH_MARK finds one, SPACED_DASH_MARKS every one.
 */
export const DASH = String.raw`(?:--?|[\u2013\u2014])`;
export const SPACED_DASH = String.raw`\s${DASH}\s`;
export const SPACED_DASH_MARK = new RegExp(SPACED_DASH, 'u');
export const SPACED_DASH_MARKS = new RegExp(SPACED_DASH, 'gu');
/** The same dash as the whole of the text between two words, spaces trimmed. */
export const DASH_BETWEEN_WORDS = new RegExp(`^${DASH}$`, 'u');

/** A present participle: `stating`, `campaigning`. */
export const PARTICIPLE_ENDING = /ing$/;

/** A word written in lower-case letters only (`minister`, not `Minister`, `MPs` or `2005`). */
export const LOWER_WORD = /^\p{Ll}+$/u;

/** True when the word is written with a capital: a name, or the first word of a sentence. */
/** A word written in capitals, two letters or more (`WHO`, `BBC`): an acronym, whatever lower-case word it spells. */
export function isAcronym(token: Token): boolean {
  return token.raw.length > 1 && token.raw === token.raw.toUpperCase() && HOLDS_CAPITAL.test(token.raw);
}

export function isCapitalised(token: Token): boolean {
  const first = readAt(token.raw, 0, 'raw');
  return first !== first.toLowerCase();
}

/** True when punctuation that ends a phrase stands between tokens `a` and `a + 1`; the full stop of `Mr.` or `U.S.` does not. */
export function boundaryAfter(text: string, tokens: readonly Token[], a: number): boolean {
  const left = tokens[a];
  const right = tokens[a + 1];
  if (!left || !right) return true;
  for (let i = left.end; i < right.start; i++) {
    const char = readAt(text, i, 'text');
    // `Gerry Conlon - who was wrongly convicted - said`: a spaced hyphen is a dash; so is a double one, as wire copy types a
    // dash (`The union -- which represents 10,000 nurses -- said`).
    if (char === '-' && ((text[i - 1] === ' ' && text[i + 1] === ' ') || text[i + 1] === '-')) return true;
    if (!BOUNDARY.has(char)) continue;
    if (char === '.' && i === left.end && right.start === i + 1 + (text[i + 1] === ' ' ? 1 : 0) && isAbbreviation(left)) continue;
    // `Shopping.com`, `eBay.co.uk`: a full stop with a lower-case letter right after it is inside a web address.
    if (char === '.' && i === left.end && right.start === i + 1 && OPENS_LOWER_CASE.test(right.raw)) continue;
    // `Sanders’ campaign`: a plural's possessive apostrophe, not a closing quote; inside a name too (`the British Bankers'
    // Association`).
    if ((char === '\u2019' || char === "'") && i === left.end && left.norm.endsWith('s') && right.start === i + 2 && (!isCapitalised(right) || isCapitalised(left))) continue;
    if (char === ',' && insideFieldList(text, tokens, a)) continue;
    return true;
  }
  return false;
}

/** True for an initial: one capital letter and a full stop (`Jock A. Finlayson`), whatever word it is spelt like (`A`, `I`). */
export function isInitial(text: string, token: Token): boolean {
  return token.raw.length === 1 && isCapitalised(token) && text[token.end] === '.';
}

/** True when a full stop after the word ends an abbreviation (`Mr.`, `U.S.`), not a sentence. */
export function isAbbreviation(token: Token): boolean {
  return ABBREVIATIONS.has(token.norm) || (token.raw.length === 1 && isCapitalised(token));
}

/** True when the break between tokens `a` and `a + 1` is a comma and nothing stronger. */
export function commaAfter(text: string, tokens: readonly Token[], a: number): boolean {
  const between = text.slice(readAt(tokens, a, 'tokens').end, readAt(tokens, a + 1, 'tokens').start);
  return ASIDE.test(between) && !QUOTE_OR_BREAK.test(between) && !insideFieldList(text, tokens, a);
}

/** How many fields a body's name may list (`Culture, Media and Sport`: three). */
const FIELDS_IN_A_NAME = 5;

/** Words for a public body or a state's (`Ministry`, `Committee`), whose names list the fields they deal with; a firm's (`Brothers`) do not. */
const FIELDED_BODY_WORDS: ReadonlySet<string> = new Set(ORGANISATION_WORD_ENTRIES.filter((entry) => entry.category === 'state' || entry.category === 'body').map((entry) => entry.word));

/**
 * The fields a body's name lists from the word at `first` on, as the indices of their first and last word, or undefined: single
 * capitalised words joined by commas, then `and` before the last (`Economy, Trade and Industry`), right after `of` or `for`
 * and a word for a body (`the Ministry of …`, `the Department for …`) or right before one (`the Culture, Media and Sport
 * Committee`). A list of bodies or places has no such word around it, or names of more than one word (`Paramount, Universal
 * and Warner Brothers said`, `the UK, France and Spain`), and its commas still part them.
 */
function fieldListFrom(text: string, tokens: readonly Token[], first: number): [number, number] | undefined {
  const single = (at: number): boolean => tokens[at] !== undefined && isCapitalised(readAt(tokens, at, 'tokens')) && tokens[at]?.norm !== 'and' && !PLACE_NAMES.has(readAt(tokens, at, 'tokens').raw);
  const gap = (at: number): string => text.slice(readAt(tokens, at, 'tokens').end, readAt(tokens, at + 1, 'tokens').start);
  if (!single(first)) return undefined;
  let at = first;
  while (at + 1 < tokens.length && at - first < FIELDS_IN_A_NAME && gap(at) === ', ' && single(at + 1)) at++;
  if (at === first || tokens[at + 1]?.norm !== 'and' || gap(at) !== ' ' || gap(at + 1) !== ' ' || !single(at + 2)) return undefined;
  const last = at + 2;
  const bodyWord = (k: number): boolean => tokens[k] !== undefined && isCapitalised(readAt(tokens, k, 'tokens')) && FIELDED_BODY_WORDS.has(readAt(tokens, k, 'tokens').norm);
  const after = last + 1 < tokens.length && gap(last) === ' ' && bodyWord(last + 1);
  const before = first >= 2 && (tokens[first - 1]?.norm === 'of' || tokens[first - 1]?.norm === 'for') && bodyWord(first - 2);
  return after || before ? [first, last] : undefined;
}

/**
 * True when the comma or the `and` right after token `a` joins two of the fields a body's name lists (`the Ministry of Economy,
 * Trade and Industry`): the name goes on past it, where a comma elsewhere ends a source.
 */
export function insideFieldList(text: string, tokens: readonly Token[], a: number): boolean {
  if (a + 1 >= tokens.length || !isCapitalised(readAt(tokens, a, 'tokens'))) return false;
  for (let first = a; first >= 0 && a - first <= FIELDS_IN_A_NAME; first--) {
    const list = fieldListFrom(text, tokens, first);
    if (list && list[0] <= a && a < list[1]) return true;
  }
  return false;
}

/** Endings of nouns for people by what they do (`socialist`, `campaigner`, `director`): a definite description with one names a source. */
// `-ment` nouns name an act or its result (`the deployment suggests`), never someone who speaks; `-less` words are adjectives
// and adverbs (`jobless claims`, `nevertheless`), not `-ess` nouns like `actress`.
export const AGENT_ENDING = /(?:ist|er|or|ian|ant|(?<!m)ent|ee|man|woman|person|(?<!l)ess)s?$/;

/**
 * The offsets of the phrase `tokens[phrase[0]..phrase[1]]` in the article text, a per cent sign right after a closing figure
 * included (`40% said`: `40` alone counts nothing). `text` is the text the tokens' offsets point into.
 */
export function spanOf(tokens: readonly Token[], phrase: [number, number], text?: string): Span {
  const last = readAt(tokens, phrase[1], 'tokens');
  const percent = text !== undefined && text[last.end] === '%' && /\d$/u.test(last.raw);
  return { start: readAt(tokens, phrase[0], 'tokens').start, end: percent ? last.end + 1 : last.end };
}

/** How many words `tokens[first..last]` spans, a hyphenated compound (`free-market`, `46-year-old`) counting as one. */
export function wordsBetween(text: string, tokens: readonly Token[], first: number, last: number): number {
  let count = 1;
  for (let i = first + 1; i <= last; i++) if (text.slice(readAt(tokens, i - 1, 'tokens').end, readAt(tokens, i, 'tokens').start) !== '-') count++;
  return count;
}

/** One-word heads of vague groups (`critics`, `analysts`): such a word can end a subject. */
export const VAGUE_HEADS = new Set(VAGUE_SOURCES.filter((entry) => entry.category === 'group' && !entry.phrase.includes(' ')).map((entry) => entry.phrase));

/** True when a word can end a phrase naming a source: a name or a noun of sources (`trader`, `governor`). */
export function namesSource(token: Token): boolean {
  return isCapitalised(token) || SOURCE_HEADS.has(token.norm) || NOUNS.has(token.norm) || TITLES.has(token.norm);
}

/** True when every word of `tokens[first..last]` is capitalised or joins a name (`Murshed Zaheed`, `Gov. John Kasich of Ohio`). */
export function isProperName(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (!isCapitalised(readAt(tokens, i, 'tokens')) && !NAME_CONNECTORS.has(readAt(tokens, i, 'tokens').norm)) return false;
  return isCapitalised(readAt(tokens, last, 'tokens'));
}

/**
 * Contractions of a pronoun and `has` or `have` (`he's said`, `they've argued`, `who's claimed`);
 * `it's said` is passive and `they'd think` is a modal (`would`), so both are left as written.
 */
const CONTRACTED = /^(he|she|they|we|who)'(?:s|ve)$/;

/** A word's form with a contracted auxiliary taken off a pronoun (`he's` → `he`, `who've` → `who`), for reading it as a subject. */
export function pronounOf(norm: string): string {
  return CONTRACTED.exec(norm)?.[1] ?? norm;
}

/**
 * True when the verb of denying at `verb` has someone and then what they were kept from after it (`denied Elvis his …`,
 * `denied him a place`, `denied his side a famous victory`), or, passive, what its subject was kept from (`his side were denied
 * two tries`, `was denied bail`) or whom the thing was kept from (`will be denied them`), or a thing refused right after it in
 * any voice (`having been charged and repeatedly denied bail`), or a player kept from scoring (`to deny him`, keptFromScoring).
 */
export function keptFrom(tokens: readonly Token[], verb: number): boolean {
  const recipient = tokens[verb + 1];
  // `having been charged and repeatedly denied bail`: what is refused, right after the verb, is never words denied, whatever voice.
  if (recipient && KEPT_BARE_THINGS.has(recipient.norm)) return true;
  if (recipient && verb > 0 && PASSIVE_BE.has(readAt(tokens, verb - 1, 'tokens').norm)) {
    // `that opportunity will be denied them.`: the one kept from it, last, after the thing.
    if (KEPT_PRONOUNS.has(recipient.norm) && tokens[verb + 2] === undefined) return true;
    return KEPT_THING_OPENERS.has(recipient.norm) || NUMBER_WORDS.has(recipient.norm) || /^\d/u.test(recipient.raw);
  }
  if (keptFromScoring(tokens, verb)) return true;
  const thing = tokens[verb + 2];
  // `only for the post to deny him.`, `denied her with a fine save`: a person kept from scoring, nothing said of words.
  if (recipient && KEPT_PERSONS.has(recipient.norm) && (thing === undefined || THWARTED_HOW.has(thing.norm))) return true;
  // `denied his side a famous victory`: the side kept from it, then what it did not get.
  if (recipient && thing && KEPT_OWNERS.has(recipient.norm) && OPENS_LOWER_CASE.test(thing.raw) && !CLAIM_WORDS.has(thing.norm) && KEPT_THING_OPENERS.has(tokens[verb + 3]?.norm ?? '')) return true;
  if (!recipient || !thing || !KEPT_THING_OPENERS.has(thing.norm)) return false;
  return KEPT_PRONOUNS.has(recipient.norm) || (OPENS_CAPITAL.test(recipient.raw) && !/['\u2019]s$/u.test(recipient.raw));
}

/** Courtesy titles, which a player kept from scoring is not given (`denied Mr Brown` is a politician's denial). */
const TITLED = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'lord', 'lady', 'sir']);

/**
 * True when the verb of denying at `verb` keeps players from scoring: `Paulo Ferreira denied Gerrard with a last-ditch tackle`,
 * `James denied Damien Duff, Jiri Jarosik and Mateja Kezman, while …`, `Martyn denied the England striker.` The one denied is
 * named (untitled, not an owner) or is `the` player of a team, and after them come how or when (THWARTED_HOW), a clause of the
 * sentence's own, or its end: no claim is denied. `denied Mr Brown made that quote` and `denied Conservative claims` deny words.
 */
function keptFromScoring(tokens: readonly Token[], verb: number): boolean {
  let at = verb + 1;
  const capital = (k: number): boolean => {
    const token = tokens[k];
    return token !== undefined && OPENS_CAPITAL.test(token.raw) && !TITLED.has(token.norm) && !/['\u2019]s$/u.test(token.raw);
  };
  if (tokens[at]?.norm === 'the') {
    at++;
    while (capital(at)) at++;
    if (at === verb + 2 || !DENIED_PLAYERS.has(tokens[at]?.norm ?? '')) return false;
    at++;
  } else {
    if (!capital(at)) return false;
    while (capital(at) || (tokens[at]?.norm === 'and' && capital(at + 1))) at++;
  }
  const next = tokens[at];
  // `denied England and allowed Ireland to hold on`: a clause of the sentence's own goes on with `and` and a verb.
  if (next?.norm === 'and' && OPENS_LOWER_CASE.test(tokens[at + 1]?.raw ?? '')) return true;
  return next === undefined || THWARTED_HOW.has(next.norm);
}

/** How many words may describe a prize after `claimed` (`claimed her seventh grand slam title`). */
const PRIZE_REACH = 4;
/** Words that open what is taken (`claimed the top spot`, `claimed at least 150,000 lives`); a figure opens it too. */
const OPENS_PRIZE = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'another', 'at', 'more', 'over', 'nearly', 'almost', 'some', ...NUMBER_WORDS]);
/** Words that end the search for a prize: a clause or a phrase of its own opens (`claimed that`, `claimed he had won`, `which they claimed would lead to`). */
const NOT_BEFORE_PRIZE = new Set(['that', 'to', 'by', 'of', 'for', 'it', 'and', 'but', 'not', ...SUBJECT_PRONOUNS, ...AUXILIARIES, ...FORMS_OF_BE]);
/** Words after a prize that make it the subject of a clause the verb reports (`critics claim the title race is over`). */
const CLAUSE_AFTER_PRIZE = new Set([...FORMS_OF_BE, 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'must', 'did', 'that']);

/**
 * True when the `claim` word at `index` takes a prize, a place or lives (`Tourist claimed the top spot`, `claimed her fourth
 * title`, `claiming an impressive 400m victory`, `the crash claimed 12 lives`): an act or a toll, which the sentence states;
 * no words claimed. Not when the prize opens a clause the verb reports (`claims the title race is over`, `claimed Labour's
 * lead in the polls was shrinking`), nor a bare `victory` or `win` (`both parties claimed victory` declares it).
 */
export function takesAPrize(tokens: readonly Token[], index: number): boolean {
  // `before claiming it 8-6`: a set or a tie-break taken, its score after `it`.
  const [taken, won, lost] = [tokens[index + 1], tokens[index + 2], tokens[index + 3]];
  if (taken?.norm === 'it' && won && lost && /^\d+$/u.test(won.raw) && /^\d+$/u.test(lost.raw) && lost.start === won.end + 1) return true;
  for (let j = index + 1, described = 0; j < tokens.length && j <= index + PRIZE_REACH; j++, described++) {
    const word = readAt(tokens, j, 'tokens').norm;
    if (PRIZES_TAKEN.has(word)) {
      if (described === 0 && PRIZES_DECLARED_BARE.has(word)) return false;
      return ![tokens[j + 1], tokens[j + 2]].some((after) => after !== undefined && CLAUSE_AFTER_PRIZE.has(after.norm));
    }
    if (NOT_BEFORE_PRIZE.has(word) || (described === 0 && !OPENS_PRIZE.has(word) && !/^\d/u.test(word))) return false;
  }
  return false;
}

/** A word in the shape of a participle (`Shivering`, `Turning`, `Getting`), capitalised. */
const PARTICIPLE_SHAPE = /^\p{Lu}\p{Ll}+ing$/u;

/**
 * True when `word`, opening a sentence, is a participle opening a clause before the subject (`Shivering in a long dress, the
 * actress …`) and no name: the article never writes it with its capital after another word or a comma (`said Yelling`, `JK
 * Rowling`), where only a name keeps one.
 */
export function openingParticiple(text: string, word: string): boolean {
  return PARTICIPLE_SHAPE.test(word) && !new RegExp(`[\\p{L},;][ \\t\\u00a0]+${word}\\b`, 'u').test(text);
}
