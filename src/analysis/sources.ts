import { SOURCE_KINDS, type SourceKind } from '../model/answer.ts';
import type { Span } from '../model/article.ts';
import { ANONYMITY_PHRASES } from '../text/lexicons/anonymity.ts';
import { MEDIA_OUTLETS } from '../text/lexicons/media-outlets.ts';
import { REPORTING_VERBS, type ReportingCategory } from '../text/lexicons/reporting-verbs.ts';
import { VAGUE_SOURCES } from '../text/lexicons/vague-sources.ts';
import { PhraseMatcher, type Token } from '../text/phrase-matcher.ts';

/** How verifiable one link of a chain of sources is, from most to least. */
export type { SourceKind };
export const SOURCE_KIND_ORDER: readonly SourceKind[] = SOURCE_KINDS;

/** One link of an attribution chain: who, as the text gives them, and what kind of source. */
export interface SourceLink {
  name: string;
  kind: SourceKind;
  /** True for a person, so that a later `he` or `she` can refer back to them. */
  person: boolean;
  /** How this link hangs on the one before it in a chain: `Yonhap citing the NIS`, `RIA Novosti quoting Khinstsen`. */
  joinedBy?: 'citing' | 'quoting' | 'and';
}

/** A source tied to a statement by a reporting expression in one sentence. */
export interface Attribution {
  category: ReportingCategory;
  /** The lexicon phrase that matched (`according to`, `said`). */
  phrase: string;
  /** `according to`, `said`, `citing`: offsets into the article text. */
  cue: Span;
  /** The words that name the source (`the agency`, `Khinstsen`). */
  source: Span;
  /** The chain the source stands for, outermost first (an anaphor may stand for several). */
  links: SourceLink[];
}

/** What earlier sentences of the article named, for `he said` and `the agency claimed`. */
export interface SourceMemory {
  lastPerson?: SourceLink;
  /** The chain of the last sentence that named a specific outlet, from that outlet on. */
  lastMediaChain?: SourceLink[];
  /** People by the titles they were named with (`governor` → Alexander Khinstsen). */
  personByTitle: Map<string, SourceLink>;
}

export function createSourceMemory(): SourceMemory {
  return { personByTitle: new Map() };
}

const REPORTING = new PhraseMatcher(REPORTING_VERBS);
const OUTLETS = new PhraseMatcher(MEDIA_OUTLETS, true);
const ANONYMITY = new PhraseMatcher(ANONYMITY_PHRASES);
const VAGUE = new PhraseMatcher(VAGUE_SOURCES);

/** The longest a phrase naming a source is taken to be, in words. */
const MAX_SOURCE_WORDS = 10;
/** How far after a source a clause such as `who spoke on condition of anonymity` is looked for. */
const RELATIVE_CLAUSE_REACH = 12;

const BOUNDARY = new Set([...',;:()"\'\u2018\u2019\u201C\u201D\u2014\u2013\u00AB\u00BB.!?\n\r']);
const SKIPPED_BEFORE_VERB = new Set([
  'has', 'have', 'had', 'also', 'only', 'then', 'already', 'again', 'first', 'was', 'were', 'is', 'are', 'been', 'be',
  'would', 'will', 'could', 'did', 'does', 'do', 'not', "n't", 'never', 'yet', 'still', 'both', 'all', 'once', 'later',
]);
const CLAUSE_WORDS = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'while', 'but', 'as', 'when', 'if', 'because', 'although', 'though', 'whereas',
  'with', 'after', 'before', 'since', 'where', 'what', 'whether', 'so', 'amid', 'despite', 'during', 'than', 'by',
]);
const FORWARD_STOPS = new Set([
  ...CLAUSE_WORDS, 'from', 'in', 'at', 'on', 'about', 'over', 'into', 'citing', 'cited', 'said', 'says', 'told', 'stated', 'reported',
  'followed', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'to',
]);
const PREPOSITIONS = new Set(['of', 'for', 'from', 'close', 'familiar', 'in', 'at', 'on', 'with', 'to', 'within', 'inside', 'near']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'one', 'another', 'some', 'its', 'their', 'his', 'her']);
const INDEFINITE = new Set(['a', 'an', 'one', 'another']);
/** Capitalised words that begin sentences or clauses without naming anyone. */
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'according', 'while', 'however', 'meanwhile', 'but', 'and', 'in', 'on',
  'for', 'as', 'if', 'when', 'after', 'before', 'despite', 'although', 'speaking', 'some', 'many', 'one', 'it', 'he', 'she',
  'they', 'we', 'i', 'earlier', 'previously', 'yet', 'still', 'amid', 'during', 'since', 'with', 'his', 'her', 'their', 'its',
]);
const NAME_CONNECTORS = new Set(['of', 'for', 'and', 'de', 'del', 'da', 'van', 'von', 'al', 'bin', 'la', 'le']);
/** Lower-case words that can head a phrase naming a source. */
const SOURCE_HEADS = new Set([
  'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'official', 'officials', 'minister', 'ministers', 'diplomat',
  'diplomats', 'resident', 'residents', 'analyst', 'analysts', 'expert', 'experts', 'source', 'sources', 'agency', 'agencies',
  'ministry', 'government', 'report', 'reports', 'assessment', 'assessments', 'media', 'witness', 'witnesses', 'observer',
  'observers', 'governor', 'president', 'representative', 'representatives', 'statement', 'officer', 'officers', 'commander',
  'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'envoy', 'ambassador', 'authorities', 'police', 'military',
  'army', 'researchers', 'critics', 'headline', 'people', 'person', 'others', 'some', 'many', 'insider', 'insiders', 'leader',
  'leaders', 'administration', 'office', 'intelligence', 'service', 'channels', 'estimates', 'newspaper', 'broadcaster',
  'outlet', 'outlets', 'television', 'tv', 'press', 'daily', 'journal', 'network', 'channel', 'correspondent', 'reporter',
  'reporters', 'commentators', 'scholars', 'economists', 'activists', 'campaigners', 'supporters', 'opponents', 'forces',
  'military', 'spokespersons', 'negotiators', 'delegation', 'council', 'committee', 'commission', 'directorate', 'department',
]);
const SPOKES = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'representative', 'statement', 'spokespersons', 'spokespeople']);
const TITLES = new Set([
  'president', 'governor', 'minister', 'deputy', 'defense', 'defence', 'foreign', 'prime', 'secretary', 'spokesperson',
  'spokesman', 'spokeswoman', 'general', 'gen', 'colonel', 'col', 'chancellor', 'mayor', 'senator', 'sen', 'rep',
  'representative', 'ambassador', 'director', 'chief', 'chairman', 'chairwoman', 'chair', 'ceo', 'head', 'commander', 'king',
  'queen', 'prince', 'princess', 'pope', 'dr', 'mr', 'mrs', 'ms', 'lt', 'sgt', 'captain', 'capt', 'adm', 'admiral', 'judge',
  'justice', 'leader', 'premier', 'vice', 'envoy', 'attorney', 'sheikh', 'emir', 'speaker', 'lord', 'sir', 'professor', 'prof',
]);
const ORGANISATION_WORDS = new Set([
  'ministry', 'agency', 'service', 'directorate', 'department', 'council', 'government', 'kremlin', 'office', 'committee',
  'commission', 'army', 'forces', 'police', 'court', 'bank', 'union', 'party', 'company', 'corporation', 'corp', 'inc', 'ltd',
  'group', 'association', 'institute', 'university', 'pentagon', 'parliament', 'congress', 'senate', 'assembly',
  'administration', 'embassy', 'command', 'staff', 'guard', 'navy', 'military', 'authorities', 'organization', 'organisation',
  'federation', 'republic', 'house', 'nato', 'un', 'eu', 'who', 'moscow', 'pyongyang', 'kyiv', 'kiev', 'washington', 'beijing',
  'seoul', 'tokyo', 'london', 'paris', 'berlin', 'brussels', 'tehran', 'jerusalem', 'ankara', 'minsk', 'damascus', 'baghdad',
  'whitehall', 'fund', 'foundation', 'centre', 'center', 'board', 'bureau', 'cabinet', 'kcna', 'nis', 'fbi', 'cia', 'kgb', 'fsb',
  'tribunal', 'secretariat', 'mission', 'regime', 'junta', 'council', 'state', 'states', 'nations', 'korea', 'russia', 'ukraine',
  'china', 'iran', 'israel', 'america',
]);
const PARTICIPLE_ENDING = /ing$/;
const DOCUMENT_HEADS = new Set(['reports', 'report', 'claims', 'claim', 'statement', 'statements', 'assessment', 'assessments', 'data', 'figures']);
/** Words after a cue that say the source follows as an agent (`by`) or container (`from`). */
const CONTAINER_LINKS = new Set(['from', 'by']);
const ANAPHORIC_MEDIA = new Set(['agency', 'outlet', 'newspaper', 'broadcaster', 'network', 'channel', 'paper']);
const PRONOUNS = new Set(['he', 'she']);

function isCapitalised(token: Token): boolean {
  const first = token.raw[0]!;
  return first !== first.toLowerCase();
}

/** True when punctuation that ends a phrase stands between tokens `a` and `a + 1`. */
function boundaryAfter(text: string, tokens: readonly Token[], a: number): boolean {
  const left = tokens[a];
  const right = tokens[a + 1];
  if (!left || !right) return true;
  for (let i = left.end; i < right.start; i++) if (BOUNDARY.has(text[i]!)) return true;
  return false;
}

/**
 * The sources a sentence's own words give, in text order. `tokens` are the sentence's words;
 * `inQuotation` says whether an offset lies inside a quotation, whose reporting words belong to
 * the quoted speaker rather than to the article. `memory` resolves `he` and `the agency` and is
 * updated with the people and outlets named.
 */
export function findAttributions(text: string, tokens: readonly Token[], memory: SourceMemory, inQuotation: (offset: number) => boolean): Attribution[] {
  const matches = REPORTING.findAll(tokens).filter((match) => !inQuotation(match.start));
  const cueAt = new Uint8Array(tokens.length);
  for (const match of matches) for (let i = match.first; i <= match.last; i++) cueAt[i] = 1;
  const attributions: Attribution[] = [];
  const titles: [string, SourceLink][] = [];
  let relay: { first: number; sourceLast: number } | undefined;
  for (const match of matches) {
    const category = match.entry.category;
    const cue = { start: match.start, end: match.end };
    let phrase: [number, number] | undefined;
    if (category === 'speech') {
      phrase = phraseBefore(text, tokens, match.first, cueAt);
      if (!phrase && relay && relay.sourceLast === match.first - 1) {
        // `South Korean media, citing the NIS, reported`: the subject stands before the relay.
        phrase = phraseBefore(text, tokens, relay.first, cueAt, true);
      }
      if (!phrase && PARTICIPLE_ENDING.test(tokens[match.first]!.norm)) {
        // `..., stating, '...'`: the participle's subject is the clause's, already found or first in the sentence.
        const previous = attributions[attributions.length - 1];
        if (previous) {
          attributions.push({ category, phrase: match.entry.phrase, cue, source: previous.source, links: previous.links });
          continue;
        }
        phrase = sentenceSubject(text, tokens, match.first, cueAt);
      }
      if (!phrase && (match.first === 0 || boundaryAfter(text, tokens, match.first - 1))) phrase = phraseAfter(text, tokens, match.last + 1, cueAt);
    } else {
      phrase = phraseAfter(text, tokens, match.last + 1, cueAt);
    }
    if (!phrase) continue;
    if (category === 'relay') relay = { first: match.first, sourceLast: phrase[1] };
    const links = classifySource(text, tokens, phrase[0], phrase[1], memory, titles);
    if (!links) continue;
    if (category === 'interview' && links[0]!.kind !== 'media') continue;
    attributions.push({ category, phrase: match.entry.phrase, cue, source: { start: tokens[phrase[0]]!.start, end: tokens[phrase[1]]!.end }, links });
  }
  remember(attributions, titles, memory);
  return attributions;
}

function phraseBefore(text: string, tokens: readonly Token[], verb: number, cueAt: Uint8Array, acrossComma = false): [number, number] | undefined {
  let end = verb - 1;
  if (end < 0 || (!acrossComma && boundaryAfter(text, tokens, end))) return undefined;
  while (end >= 0 && (SKIPPED_BEFORE_VERB.has(tokens[end]!.norm) || isAdverb(tokens[end]!))) {
    if (end > 0 && boundaryAfter(text, tokens, end - 1)) return undefined;
    end--;
  }
  if (end < 0) return undefined;
  if (tokens[end]!.norm === 'as' && end > 0 && !boundaryAfter(text, tokens, end - 1)) end--;
  // `North Korea's reported troop movements`: after a possessive the verb is an adjective.
  if (tokens[end]!.norm.endsWith("'s")) return undefined;
  let start = end;
  while (start > 0 && end - start < MAX_SOURCE_WORDS - 1) {
    const previous = tokens[start - 1]!;
    if (cueAt[start - 1] || CLAUSE_WORDS.has(previous.norm) || boundaryAfter(text, tokens, start - 1)) break;
    start--;
  }
  if (cueAt[end] || CLAUSE_WORDS.has(tokens[end]!.norm)) return undefined;
  return [start, end];
}

function isAdverb(token: Token): boolean {
  return token.norm.length > 4 && token.norm.endsWith('ly') && !isCapitalised(token);
}

function phraseAfter(text: string, tokens: readonly Token[], first: number, cueAt: Uint8Array): [number, number] | undefined {
  if (first >= tokens.length || cueAt[first] || FORWARD_STOPS.has(tokens[first]!.norm)) return undefined;
  let end = first;
  while (end + 1 < tokens.length && end - first < MAX_SOURCE_WORDS - 1 && !boundaryAfter(text, tokens, end) && !cueAt[end + 1] && !FORWARD_STOPS.has(tokens[end + 1]!.norm)) end++;
  return [first, end];
}

/** The subject at the start of the clause holding `before`: a name or a source noun phrase. */
function sentenceSubject(text: string, tokens: readonly Token[], before: number, cueAt: Uint8Array): [number, number] | undefined {
  let first = 0;
  while (first < before && NOT_NAMES.has(tokens[first]!.norm) && !boundaryAfter(text, tokens, first)) first++;
  if (first >= before || !isCapitalised(tokens[first]!)) return undefined;
  let end = first;
  while (end + 1 < before && isCapitalised(tokens[end + 1]!) && !boundaryAfter(text, tokens, end) && !cueAt[end + 1]) end++;
  return [first, end];
}

/** What kind of source the words `tokens[first..last]` name, as a chain; undefined if they name none. */
function classifySource(text: string, tokens: readonly Token[], first: number, last: number, memory: SourceMemory, titles: [string, SourceLink][]): SourceLink[] | undefined {
  let head = last;
  for (let i = first + 1; i <= last; i++) {
    if (PREPOSITIONS.has(tokens[i]!.norm)) {
      head = i - 1;
      break;
    }
  }
  const headToken = tokens[head]!;
  const words = (from: number, to: number): string => text.slice(tokens[from]!.start, tokens[to]!.end);
  const description = words(DETERMINERS.has(tokens[first]!.norm) && tokens[first]!.norm === 'the' ? Math.min(first + 1, last) : first, last);

  if (DOCUMENT_HEADS.has(headToken.norm) && head === last && CONTAINER_LINKS.has(tokens[last + 1]?.norm ?? '')) return undefined;

  const condition = ANONYMITY.findAll(tokens, first, Math.min(tokens.length, last + 1 + RELATIVE_CLAUSE_REACH)).some((match) => match.entry.category === 'condition' && (match.first <= last || relativeClauseJoins(text, tokens, last, match.first)));
  if (condition) return [{ name: words(first, last), kind: 'anonymous', person: true }];

  const outlets = OUTLETS.findAll(tokens, first, last + 1);
  const specific = outlets.find((match) => match.entry.category !== 'generic');
  if (specific) return [{ name: text.slice(specific.start, specific.end), kind: 'media', person: false }];

  if (first === last && PRONOUNS.has(headToken.norm)) return memory.lastPerson ? [memory.lastPerson] : undefined;
  if (head === first + 1 && tokens[first]!.norm === 'the' && ANAPHORIC_MEDIA.has(headToken.norm) && memory.lastMediaChain) return memory.lastMediaChain;
  if (head === first + 1 && tokens[first]!.norm === 'the' && TITLES.has(headToken.norm)) {
    const person = memory.personByTitle.get(headToken.norm);
    return person ? [person] : undefined;
  }

  const possessor = tokens[first]!.norm === 'the' && tokens[first + 1]?.norm.endsWith("'s") && ANAPHORIC_MEDIA.has(tokens[first + 1]!.norm.slice(0, -2)) ? memory.lastMediaChain?.[0] : undefined;
  const unnamed = ANONYMITY.findAll(tokens, first, last + 1).find((match) => match.entry.category === 'unnamed-source' && match.last >= head);
  if (unnamed || (headToken.norm === 'sources' && !isCapitalised(tokens[last]!))) {
    const link: SourceLink = { name: words(first, last), kind: 'anonymous', person: true };
    return possessor ? [possessor, link] : [link];
  }
  if (outlets.length > 0 && head === last) return [{ name: description, kind: 'media', person: false }];
  const vague = VAGUE.findAll(tokens, first, last + 1).some((match) => match.last === head);
  if (vague) return [{ name: description, kind: 'vague', person: false }];

  const hasName = tokens.slice(first, last + 1).some((token) => isCapitalised(token) && !NOT_NAMES.has(token.norm));
  if (INDEFINITE.has(tokens[first]!.norm) && SOURCE_HEADS.has(headToken.norm)) {
    const kind = SPOKES.has(headToken.norm) && hasName ? 'named' : 'anonymous';
    return [{ name: words(first, last), kind, person: !SPOKES.has(headToken.norm) || kind === 'anonymous' }];
  }
  if (isCapitalised(headToken) && !NOT_NAMES.has(headToken.norm)) return [nameLink(tokens, text, first, head, titles)];
  if (hasName && SOURCE_HEADS.has(headToken.norm)) return [{ name: description, kind: 'named', person: SPOKES.has(headToken.norm) }];
  return undefined;
}

/** True when the words between a source and a later phrase are a clause attached to the source. */
function relativeClauseJoins(text: string, tokens: readonly Token[], last: number, phraseFirst: number): boolean {
  const next = tokens[last + 1];
  if (!next) return false;
  return (next.norm === 'who' || next.norm === 'speaking' || next.norm === 'on') && phraseFirst - last <= RELATIVE_CLAUSE_REACH && !text.slice(tokens[last]!.end, tokens[phraseFirst]!.start).includes('.');
}

/**
 * A proper name ending at `head`, without the titles before it (`Kursk Governor Alexander
 * Khinstsen` → `Alexander Khinstsen`); a person's titles are added to `titles`.
 */
function nameLink(tokens: readonly Token[], text: string, first: number, head: number, titles: [string, SourceLink][]): SourceLink {
  let start = head;
  while (start > first && (isCapitalised(tokens[start - 1]!) || NAME_CONNECTORS.has(tokens[start - 1]!.norm)) && !NOT_NAMES.has(tokens[start - 1]!.norm)) start--;
  while (start < head && NAME_CONNECTORS.has(tokens[start]!.norm)) start++;
  let afterTitle = start;
  for (let i = start; i < head; i++) if (TITLES.has(tokens[i]!.norm)) afterTitle = i + 1;
  const organisation = tokens.slice(start, head + 1).some((token) => ORGANISATION_WORDS.has(token.norm.replace(/'s$/, '')));
  const nameStart = organisation ? start : afterTitle;
  const link: SourceLink = { name: text.slice(tokens[nameStart]!.start, tokens[head]!.end), kind: 'named', person: !organisation };
  if (!organisation) {
    for (let i = start; i < afterTitle; i++) if (TITLES.has(tokens[i]!.norm)) titles.push([tokens[i]!.norm, link]);
  }
  return link;
}

function remember(attributions: readonly Attribution[], titles: readonly [string, SourceLink][], memory: SourceMemory): void {
  for (const [title, link] of titles) memory.personByTitle.set(title, link);
  for (const attribution of attributions) {
    for (const link of attribution.links) if (link.person && link.kind === 'named') memory.lastPerson = link;
  }
  const chain = chainOf(attributions);
  const outlet = chain.findIndex((link) => link.kind === 'media');
  if (outlet >= 0) memory.lastMediaChain = chain.slice(outlet).map((link, i) => (i === 0 ? { ...link, joinedBy: undefined } : link));
}

/** An attribution that frames the rest of its sentence: `according to X`, or the outlet X spoke to. */
function isOuter(attribution: Attribution): boolean {
  return attribution.category === 'interview' || attribution.phrase === 'according to';
}

/**
 * A sentence's chain of sources, outermost first: what it says it has `according to` someone, and
 * the outlet someone spoke to, come before the rest, which follow in text order. Each link after
 * the first says how it hangs on the one before.
 */
export function chainOf(attributions: readonly Attribution[]): SourceLink[] {
  if (attributions.length === 0) return [];
  const ordered = [...attributions.filter(isOuter), ...attributions.filter((attribution) => !isOuter(attribution)).sort((a, b) => a.source.start - b.source.start)];
  const links: SourceLink[] = [];
  ordered.forEach((attribution, i) => {
    const previous = ordered[i - 1];
    attribution.links.forEach((link, j) => {
      let joinedBy = link.joinedBy ?? 'citing';
      if (j === 0) joinedBy = previous?.category === 'interview' ? 'quoting' : attribution.category === 'relay' ? 'citing' : 'and';
      links.push({ ...link, joinedBy });
    });
  });
  return dedupeLinks(links);
}

/** The links with each name once, in first-seen order. */
export function dedupeLinks(links: readonly SourceLink[]): SourceLink[] {
  const seen = new Set<string>();
  return links.filter((link) => !seen.has(link.name) && (seen.add(link.name), true));
}
