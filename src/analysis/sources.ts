import { SOURCE_KINDS, type SourceKind } from '../model/answer.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/lexicons/calendar.ts';
import type { Span } from '../model/article.ts';
import { ANONYMITY_PHRASES } from '../text/lexicons/anonymity.ts';
import { MEDIA_OUTLETS } from '../text/lexicons/media-outlets.ts';
import { REPORTING_VERBS, type ReportingCategory, type ReportingVerb } from '../text/lexicons/reporting-verbs.ts';
import { VAGUE_SOURCES } from '../text/lexicons/vague-sources.ts';
import { GIVEN_NAMES } from '../text/lexicons/given-names.ts';
import { BUSINESS_NOUNS, SOURCE_NOUNS } from '../text/lexicons/source-nouns.ts';
import { PhraseMatcher, tokenize, type PhraseMatch, type Token } from '../text/phrase-matcher.ts';

/** How verifiable one link of a chain of sources is, from most to least. */
export type { SourceKind };
export const SOURCE_KIND_ORDER: readonly SourceKind[] = SOURCE_KINDS;

/**
 * What a link stands for, beside how verifiable it is: a person, a body, a group of people, a
 * document, a poll, or a pronoun the analysis could not resolve (`unresolved`, named in the note
 * as an unnamed speaker rather than guessed).
 */
export type SourceRole = 'person' | 'organisation' | 'people' | 'document' | 'poll' | 'unresolved';

/** The sex a name, title or pronoun marks, when it marks one. */
export type Sex = 'female' | 'male';

/** One link of an attribution chain: who, as the text gives them, and what kind of source. */
export interface SourceLink {
  name: string;
  kind: SourceKind;
  /** True for a person, so that a later `he` or `she` can refer back to them. */
  person: boolean;
  role?: SourceRole;
  sex?: Sex;
  /** How this link hangs on the one before it in a chain: `Yonhap citing the NIS`, `RIA Novosti quoting Khinstsen`. */
  joinedBy?: 'citing' | 'quoting' | 'and';
}

/** A source tied to a statement by a reporting expression in one sentence. */
export interface Attribution {
  category: ReportingCategory | 'colon' | 'stated';
  /** The lexicon phrase that matched (`according to`, `said`). */
  phrase: string;
  /** `according to`, `said`, `citing`: offsets into the article text. */
  cue: Span;
  /** The words that name the source (`the agency`, `Khinstsen`). */
  source: Span;
  /** The chain the source stands for, outermost first (an anaphor may stand for several). */
  links: SourceLink[];
}

/** Someone or something an earlier sentence named, that `he`, `they`, `it` or `the firm` may refer back to. */
interface Referent {
  link: SourceLink;
  /** True when it was a source of the sentence that mentioned it. */
  spoke: boolean;
  /** Which sentence of the article last mentioned it (counted by `findAttributions` calls). */
  sentence: number;
  /** In how many sentences so far the article named it: how central it is to the story. */
  mentions: number;
}

/** What earlier sentences of the article named, for `he said` and `the agency claimed`. */
export interface SourceMemory {
  /** The chain of the last sentence that named a specific outlet, from that outlet on. */
  lastMediaChain?: SourceLink[];
  /** People by the titles they were named with (`governor` → Alexander Khinstsen). */
  personByTitle: Map<string, SourceLink>;
  /** People, bodies and documents mentioned so far, the most salient last. */
  referents: Referent[];
  /** How many sentences have been read. */
  sentence: number;
}

/** An empty memory, for the first sentence of an article: `analyseArticle` keeps one per article, read in order. */
export function createSourceMemory(headline?: string): SourceMemory {
  const memory: SourceMemory = { personByTitle: new Map(), referents: [], sentence: 0 };
  if (headline) rememberHeadline(headline, memory);
  return memory;
}

/** A headline with at least this share of its words capitalised is in title case, where capitals mark no names. */
const TITLE_CASE_SHARE = 0.6;

/**
 * A news headline names the story's subject ("Jobs go at Oracle after takeover"): its names that
 * are not people (no title, no given name) nor places are kept as bodies the article may be
 * about, so that the body's bare "Oracle" is known as a body for a later `the company said`.
 * Title-case headlines are skipped.
 */
function rememberHeadline(headline: string, memory: SourceMemory): void {
  const tokens = tokenize(headline);
  const words = tokens.filter((token) => /\p{L}/u.test(token.raw));
  if (words.length === 0 || words.filter(isCapitalised).length / words.length >= TITLE_CASE_SHARE) return;
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalised(tokens[i]!) || NOT_NAMES.has(tokens[i]!.norm) || TITLES.has(tokens[i]!.norm) || SEX_OF_NAME.has(tokens[i]!.norm)) continue;
    let end = i;
    while (end + 1 < tokens.length && isCapitalised(tokens[end + 1]!) && !boundaryAfter(headline, tokens, end)) end++;
    const name = headline.slice(tokens[i]!.start, tokens[end]!.end).replace(/['\u2019]s$/u, '');
    i = end;
    if (!couldBeBusiness(name)) continue;
    // Out of reach and named once: it counts only when the body names it too (a headline's first
    // word is capitalised whatever it is: "Jobs go at Oracle").
    memory.referents.push({ link: { name, kind: 'named', person: false, role: 'organisation' }, sentence: -REFERENCE_REACH - 1, spoke: false, mentions: 1 });
  }
}

const REPORTING = new PhraseMatcher(REPORTING_VERBS);
const OUTLETS = new PhraseMatcher(MEDIA_OUTLETS, true);
const ANONYMITY = new PhraseMatcher(ANONYMITY_PHRASES);
const VAGUE = new PhraseMatcher(VAGUE_SOURCES);
const NOUNS = new Map(SOURCE_NOUNS.map((entry) => [entry.phrase, entry.category]));
const SEX_OF_NAME = new Map<string, Sex>();
for (const entry of GIVEN_NAMES) if (!SEX_OF_NAME.has(entry.phrase)) SEX_OF_NAME.set(entry.phrase, entry.category);

/** The longest a phrase naming a source is taken to be, in words. */
const MAX_SOURCE_WORDS = 10;
/** How far after a source a clause such as `who spoke on condition of anonymity` is looked for. */
const RELATIVE_CLAUSE_REACH = 12;
/** How many words back from a verb an apposition (`X, a 55-year-old salesman from Y, said`) may start. */
const APPOSITION_REACH = 60;
/** How many sentences back a pronoun or a nominal looks for what it refers to. */
const REFERENCE_REACH = 6;
/** How many earlier mentions are kept for resolving: enough for a few paragraphs, and a bound on the work per pronoun. */
const MAX_REFERENTS = 40;

const BOUNDARY = new Set([...',;:()"\'\u2018\u2019\u201C\u201D\u2014\u2013\u00AB\u00BB.!?\n\r']);
/** Breaks that end a clause; dashes and brackets only set off an aside, as commas do. */
const QUOTE_OR_BREAK = /["\u201C\u201D\u2018\u2019\u00AB\u00BB;:]|'(?![\p{L}])/u;
const ASIDE = /[,\u2014\u2013()]|\s-\s/u;
/** Words a full stop follows without ending a phrase: `Mr. Trump`, `Gov. John Kasich`, `U.S. officials`. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'capt',
  'sgt',
  'adm',
  'jr',
  'sr',
  'prof',
  'rev',
  'inc',
  'corp',
  'co',
  'ltd',
  'no',
  'vs',
  'mt',
  'ft',
  'pres',
  'supt',
  'cmdr',
  'maj',
  'messrs',
]);
const SKIPPED_BEFORE_VERB = new Set([
  'has',
  'have',
  'had',
  'also',
  'only',
  'then',
  'already',
  'again',
  'first',
  'was',
  'were',
  'is',
  'are',
  'been',
  'be',
  'would',
  'will',
  'could',
  'did',
  'does',
  'do',
  'not',
  "n't",
  'never',
  'yet',
  'still',
  'both',
  'all',
  'once',
  'later',
  'should',
  'may',
  'might',
  'must',
  'can',
  'has',
  'long',
  'repeatedly',
  'further',
  'again',
  'too',
  'publicly',
  'privately',
  'himself',
  'herself',
  'themselves',
  'itself',
  'themself',
  'even',
  'now',
  'since',
  'just',
  'often',
  'previously',
  'however',
  'meanwhile',
  'nevertheless',
  'nonetheless',
  'here',
]);
/** Forms of `be` that make a reporting verb passive (`he was told`, `it is said`): its subject is not the source. */
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);
const CLAUSE_WORDS = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'while',
  'but',
  'as',
  'when',
  'whenever',
  'if',
  'because',
  'although',
  'though',
  'whereas',
  'with',
  'after',
  'before',
  'since',
  'where',
  'what',
  'whether',
  'so',
  'amid',
  'despite',
  'during',
  'than',
  'by',
  'and',
]);
const FORWARD_STOPS = new Set([
  ...CLAUSE_WORDS,
  'from',
  'in',
  'at',
  'on',
  'about',
  'over',
  'into',
  'citing',
  'cited',
  'said',
  'says',
  'told',
  'stated',
  'reported',
  'followed',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'may',
  'might',
  'to',
  'on',
  'last',
  'this',
  'yesterday',
  'today',
  'tonight',
  'earlier',
  'recently',
]);
/** Verbs of speech that may stand before their subject after a quotation or a comma: `'...,' said Ms Perino`. */
const INVERTIBLE = new Set([
  'said',
  'says',
  'say',
  'added',
  'adds',
  'asked',
  'asks',
  'wrote',
  'writes',
  'explained',
  'continued',
  'noted',
  'insisted',
  'recalled',
  'replied',
  'warned',
  'argued',
  'declared',
  'stated',
  'concluded',
  'observed',
  'remarked',
  'conceded',
  'acknowledged',
  'admitted',
  'claimed',
  'suggested',
  'cautioned',
  'commented',
  'tweeted',
  'stressed',
  'responded',
  'countered',
  'quipped',
  'predicted',
]);
const PREPOSITIONS = new Set(['of', 'for', 'from', 'close', 'familiar', 'in', 'at', 'on', 'with', 'to', 'within', 'inside', 'near']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'one', 'another', 'some', 'its', 'their', 'his', 'her']);
const INDEFINITE = new Set(['a', 'an', 'one', 'another']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my']);
/** Capitalised words that begin sentences or clauses without naming anyone. */
const NOT_NAMES = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'according',
  'while',
  'however',
  'meanwhile',
  'but',
  'and',
  'in',
  'on',
  'for',
  'as',
  'if',
  'when',
  'after',
  'before',
  'despite',
  'although',
  'speaking',
  'some',
  'many',
  'one',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'earlier',
  'previously',
  'yet',
  'still',
  'amid',
  'during',
  'since',
  'with',
  'his',
  'her',
  'their',
  'its',
  ...WEEKDAY_NAMES,
  // `May` is left out: it is also a name (Theresa May) and, opening a sentence, a modal.
  ...MONTH_NAMES.filter((month) => month !== 'may'),
  'last',
  'next',
  'now',
  'then',
  'there',
  'here',
  'also',
  'so',
  'today',
  'yesterday',
  'asked',
  'but',
  'nobody',
  'everyone',
  'everybody',
  'someone',
  'no',
  'not',
  'just',
  'what',
  'why',
  'how',
  'where',
  'who',
  'our',
  'my',
  'your',
  'you',
  'at',
  'by',
  'to',
  'from',
  'of',
  'all',
  'both',
  'each',
  'instead',
  'indeed',
  'even',
  'only',
  'again',
  'once',
  'because',
  'though',
  'thus',
  'under',
  'over',
  'until',
  'unless',
  'along',
  'whenever',
  'like',
  'unlike',
  'among',
  'through',
  'against',
  'without',
  'within',
  'toward',
  'towards',
  'asked',
  'several',
  'most',
  'few',
  'two',
  'three',
  'four',
  'five',
  'other',
  'others',
  'multiple',
  'numerous',
  'various',
  'half',
]);
const NAME_CONNECTORS = new Set(['of', 'for', 'and', 'de', 'del', 'da', 'van', 'von', 'al', 'bin', 'la', 'le']);
/** Lower-case words that can head a phrase naming a source. */
const SOURCE_HEADS = new Set([
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'spokespeople',
  'official',
  'officials',
  'minister',
  'ministers',
  'diplomat',
  'diplomats',
  'resident',
  'residents',
  'analyst',
  'analysts',
  'expert',
  'experts',
  'source',
  'sources',
  'agency',
  'agencies',
  'ministry',
  'government',
  'report',
  'reports',
  'assessment',
  'assessments',
  'media',
  'witness',
  'witnesses',
  'observer',
  'observers',
  'governor',
  'president',
  'representative',
  'representatives',
  'statement',
  'officer',
  'officers',
  'commander',
  'aide',
  'aides',
  'adviser',
  'advisers',
  'advisor',
  'advisors',
  'envoy',
  'ambassador',
  'authorities',
  'police',
  'military',
  'army',
  'researchers',
  'critics',
  'headline',
  'people',
  'person',
  'others',
  'some',
  'many',
  'insider',
  'insiders',
  'leader',
  'leaders',
  'administration',
  'office',
  'intelligence',
  'service',
  'channels',
  'estimates',
  'newspaper',
  'broadcaster',
  'outlet',
  'outlets',
  'television',
  'tv',
  'press',
  'daily',
  'journal',
  'network',
  'channel',
  'correspondent',
  'reporter',
  'reporters',
  'commentators',
  'scholars',
  'economists',
  'activists',
  'campaigners',
  'supporters',
  'opponents',
  'forces',
  'military',
  'spokespersons',
  'negotiators',
  'delegation',
  'council',
  'committee',
  'commission',
  'directorate',
  'department',
  'friend',
  'friends',
  'ally',
  'allies',
  'associate',
  'associates',
  'colleague',
  'colleagues',
  'confidant',
  'confidants',
  'operative',
  'strategist',
  'strategists',
  'donor',
  'donors',
  'member',
  'members',
  'lawmaker',
  'lawmakers',
  'staffer',
  'staffers',
]);
const SPOKES = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'representative', 'statement', 'spokespersons', 'spokespeople']);
const TITLES = new Set([
  'president',
  'governor',
  'minister',
  'deputy',
  'defense',
  'defence',
  'foreign',
  'prime',
  'secretary',
  'spokesperson',
  'executive',
  'spokesman',
  'spokeswoman',
  'general',
  'gen',
  'colonel',
  'col',
  'chancellor',
  'mayor',
  'senator',
  'sen',
  'rep',
  'representative',
  'ambassador',
  'director',
  'chief',
  'chairman',
  'chairwoman',
  'chair',
  'ceo',
  'head',
  'commander',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'dr',
  'mr',
  'mrs',
  'ms',
  'lt',
  'sgt',
  'captain',
  'capt',
  'adm',
  'admiral',
  'judge',
  'justice',
  'leader',
  'premier',
  'vice',
  'envoy',
  'attorney',
  'sheikh',
  'emir',
  'speaker',
  'lord',
  'sir',
  'professor',
  'prof',
  'gov',
  'miss',
  'lady',
  'dame',
  'baroness',
  'rev',
  'father',
  'sister',
  'congressman',
  'congresswoman',
  'commissioner',
  'candidate',
]);
const SEX_OF_TITLE = new Map<string, Sex>([
  ['mr', 'male'],
  ['sir', 'male'],
  ['lord', 'male'],
  ['king', 'male'],
  ['prince', 'male'],
  ['father', 'male'],
  ['congressman', 'male'],
  ['chairman', 'male'],
  ['spokesman', 'male'],
  ['mrs', 'female'],
  ['ms', 'female'],
  ['miss', 'female'],
  ['lady', 'female'],
  ['dame', 'female'],
  ['baroness', 'female'],
  ['queen', 'female'],
  ['princess', 'female'],
  ['sister', 'female'],
  ['congresswoman', 'female'],
  ['chairwoman', 'female'],
  ['spokeswoman', 'female'],
]);
/** Words of ORGANISATION_WORDS that name a place standing for its government (`Moscow said`): never `the company`. */
const PLACE_WORDS = new Set([
  'moscow',
  'pyongyang',
  'kyiv',
  'kiev',
  'washington',
  'beijing',
  'seoul',
  'tokyo',
  'london',
  'paris',
  'berlin',
  'brussels',
  'tehran',
  'jerusalem',
  'ankara',
  'minsk',
  'damascus',
  'baghdad',
  'whitehall',
  'korea',
  'russia',
  'ukraine',
  'china',
  'iran',
  'israel',
  'america',
  'states',
  'nations',
  'republic',
]);
const ORGANISATION_WORDS = new Set([
  'ministry',
  'agency',
  'service',
  'directorate',
  'department',
  'council',
  'government',
  'kremlin',
  'office',
  'committee',
  'commission',
  'army',
  'forces',
  'police',
  'court',
  'bank',
  'union',
  'party',
  'company',
  'corporation',
  'corp',
  'inc',
  'ltd',
  'group',
  'association',
  'institute',
  'university',
  'pentagon',
  'parliament',
  'congress',
  'senate',
  'assembly',
  'administration',
  'embassy',
  'command',
  'staff',
  'guard',
  'navy',
  'military',
  'authorities',
  'organization',
  'organisation',
  'federation',
  'house',
  'nato',
  'un',
  'eu',
  'who',
  'fund',
  'foundation',
  'centre',
  'center',
  'board',
  'bureau',
  'cabinet',
  'kcna',
  'nis',
  'fbi',
  'cia',
  'kgb',
  'fsb',
  'tribunal',
  'secretariat',
  'mission',
  'regime',
  'junta',
  'council',
  'state',
  'plc',
  'co',
  'airways',
  'airlines',
  'motors',
  'holdings',
  'industries',
  'systems',
  'technologies',
  'communications',
  'telecom',
  'energy',
  'oil',
  'petroleum',
  'pharmaceuticals',
  'entertainment',
  'records',
  'studios',
  'media',
  'network',
  'club',
  'fc',
  'united',
  'city',
  'rovers',
  'campaign',
  'pac',
  'gop',
  'dnc',
  'rnc',
  'exchange',
  'treasury',
  'commons',
  'lords',
  'labour',
  'conservatives',
  'tories',
  'democrats',
  'republicans',
  'watch',
  'citizen',
  'trust',
  'society',
  'league',
  'alliance',
  'coalition',
  'network',
  'partners',
  'capital',
  'securities',
  'investments',
  'economics',
  'research',
  'consulting',
  'insurance',
  'stores',
  'foods',
  'brands',
  'group',
  'dems',
  'liberals',
  'greens',
  'nationalists',
  'unionists',
  'socialists',
  'airline',
  'railways',
  'rail',
  'water',
  'gas',
  'electric',
  'mobile',
  'pharma',
  'bancorp',
  'ag',
  'sa',
  'nv',
  'ofcom',
  'ofwat',
  'ofgem',
  'imf',
  'wto',
  'opec',
  'oecd',
  ...PLACE_WORDS,
]);
/** Nouns that say the name after them is a business (`ad firm WPP`, `drugs giant AstraZeneca`, `US carmaker Ford`). */
const COMPANY_NOUNS: ReadonlySet<string> = new Set(BUSINESS_NOUNS);
const COMPANY_NOUN_ENDING = /(?:maker|firm|company)$/;
const PARTICIPLE_ENDING = /ing$/;
const DOCUMENT_HEADS = new Set(['reports', 'report', 'claims', 'claim', 'statement', 'statements', 'assessment', 'assessments', 'data', 'figures']);
/** Words after a cue that say the source follows as an agent (`by`) or container (`from`). */
const CONTAINER_LINKS = new Set(['from', 'by']);
/** Words that carry a document's author into its phrase: `a review published by Public Citizen`. */
const AUTHOR_LINKS = new Set(['by', 'from', 'of', 'published', 'released', 'commissioned', 'issued', 'compiled', 'carried', 'conducted', 'for']);
const ANAPHORIC_MEDIA = new Set(['agency', 'outlet', 'newspaper', 'broadcaster', 'network', 'channel', 'paper']);
const PERSONAL = new Map<string, { sex?: Sex; plural: boolean; person: boolean }>([
  ['he', { sex: 'male', plural: false, person: true }],
  ['she', { sex: 'female', plural: false, person: true }],
  ['they', { plural: true, person: false }],
  ['it', { plural: false, person: false }],
]);

function isCapitalised(token: Token): boolean {
  const first = token.raw[0]!;
  return first !== first.toLowerCase();
}

/** True when punctuation that ends a phrase stands between tokens `a` and `a + 1`; the full stop of `Mr.` or `U.S.` does not. */
function boundaryAfter(text: string, tokens: readonly Token[], a: number): boolean {
  const left = tokens[a];
  const right = tokens[a + 1];
  if (!left || !right) return true;
  for (let i = left.end; i < right.start; i++) {
    const char = text[i]!;
    // `Gerry Conlon - who was wrongly convicted - said`: a spaced hyphen is a dash.
    if (char === '-' && text[i - 1] === ' ' && text[i + 1] === ' ') return true;
    if (!BOUNDARY.has(char)) continue;
    if (char === '.' && i === left.end && right.start === i + 1 + (text[i + 1] === ' ' ? 1 : 0) && isAbbreviation(left)) continue;
    // `Sanders’ campaign`: a plural's possessive apostrophe, not a closing quote.
    if ((char === '\u2019' || char === "'") && i === left.end && left.norm.endsWith('s') && right.start === i + 2 && !isCapitalised(right)) continue;
    return true;
  }
  return false;
}

function isAbbreviation(token: Token): boolean {
  return ABBREVIATIONS.has(token.norm) || (token.raw.length === 1 && isCapitalised(token));
}

/** True when the break between tokens `a` and `a + 1` is a comma and nothing stronger. */
function commaAfter(text: string, tokens: readonly Token[], a: number): boolean {
  const between = text.slice(tokens[a]!.end, tokens[a + 1]!.start);
  return ASIDE.test(between) && !QUOTE_OR_BREAK.test(between);
}

/**
 * The sources a sentence's own words give, in text order. `tokens` are the sentence's words;
 * `inQuotation` says whether an offset lies inside a quotation, whose reporting words belong to
 * the quoted speaker rather than to the article. `memory` resolves `he`, `the firm` and `the
 * agency` and is updated with the people, bodies and outlets the sentence names.
 */
export function findAttributions(text: string, tokens: readonly Token[], memory: SourceMemory, inQuotation: (offset: number) => boolean): Attribution[] {
  // `reports` is a verb only right after a name (`..., the Chicago Tribune reports.`, `Breitbart reports the...`); elsewhere it is most often the noun.
  // `some estimates`, `his claims`: after a determiner a reporting word is a noun; `'... for her,' said X` is a verb after its quotation.
  // `Some said`, `Several warned`: after a quantifier standing alone a past tense is the verb, not a noun.
  const isNoun = (match: PhraseMatch<ReportingVerb>): boolean => {
    const previous = tokens[match.first - 1]!;
    return NOUN_MARKERS.has(previous.norm) && !boundaryAfter(text, tokens, match.first - 1) && !(QUANTIFIERS.has(previous.norm) && PAST_SPEECH.test(tokens[match.first]!.norm));
  };
  // `the Budget plans, to be passed`: a phrase of several words is a cue only when no punctuation breaks it.
  const unbroken = (match: PhraseMatch<ReportingVerb>): boolean => {
    for (let i = match.first; i < match.last; i++) if (boundaryAfter(text, tokens, i)) return false;
    return true;
  };
  const matches = REPORTING.findAll(tokens).filter(
    (match) =>
      unbroken(match) &&
      !inQuotation(match.start) &&
      !(match.entry.category === 'speech' && match.first > 0 && isNoun(match)) &&
      (match.entry.phrase !== 'reports' || (match.first > 0 && isCapitalised(tokens[match.first - 1]!))),
  );
  const cueAt = new Uint8Array(tokens.length);
  for (const match of matches) for (let i = match.first; i <= match.last; i++) cueAt[i] = 1;
  // `according to unconfirmed reports from Yonhap`: a phrase cut short by another relay is not the source.
  const relayStarts = new Set<number>();
  for (const match of matches) if (match.entry.category === 'relay') relayStarts.add(match.first);
  const attributions: Attribution[] = [];
  const titles: [string, SourceLink][] = [];
  const mentions = findMentions(text, tokens, memory, inQuotation);
  const context: Context = { text, tokens, memory, titles, mentions, found: attributions };
  let relay: { first: number; sourceLast: number } | undefined;
  for (const match of matches) {
    const category = match.entry.category;
    const cue = { start: match.start, end: match.end };
    if (category === 'hearing') {
      const phrase = phraseBefore(text, tokens, match.first, cueAt);
      if (!phrase || !isHearingBody(tokens, phrase)) continue;
      const body = text.slice(tokens[phrase[0]]!.start, tokens[phrase[1]]!.end);
      attributions.push({ category, phrase: match.entry.phrase, cue, source: spanOf(tokens, phrase), links: [{ name: `what ${body} heard`, kind: 'named', person: false, role: 'document' }] });
      continue;
    }
    let phrase: [number, number] | undefined;
    if (category === 'speech' && tokens[match.last + 1]?.norm === 'by' && tokens[match.last]!.norm.endsWith('ed') && !CONTEST_VERBS.has(tokens[match.last]!.norm)) {
      // `a practice criticized by civil rights advocates`: a passive participle's source follows `by`.
      phrase = phraseAfter(text, tokens, match.last + 2, cueAt);
    } else if (category === 'speech' || category === 'finding') {
      if (isPassive(tokens, match.first) || isNotSpeech(text, tokens, match.last)) continue;
      phrase = phraseBefore(text, tokens, match.first, cueAt);
      if (phrase && CONJUNCTIONS.has(tokens[phrase[1]]!.norm)) phrase = undefined;
      // `uncosted promises`, `empty claims`: a third-person -s form after a word that names no one is a noun.
      if (phrase && /[^s]s$/.test(tokens[match.first]!.norm) && !namesSubject(tokens[phrase[1]]!)) phrase = undefined;
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
      // `The Washington Post which argued`, `Rikkie Wells who tweeted`, `Mr Reed, who said`: the relative pronoun's antecedent; behind a comma
      // only a name, and only before a verb that is plainly speech (`Tube Lines, which maintains the track` is upkeep).
      if (!phrase && match.first > 1 && RELATIVES.has(tokens[match.first - 1]!.norm) && !boundaryAfter(text, tokens, match.first - 2)) {
        phrase = phraseBefore(text, tokens, match.first - 1, cueAt, true);
      } else if (
        !phrase &&
        match.first > 1 &&
        RELATIVES.has(tokens[match.first - 1]!.norm) &&
        commaAfter(text, tokens, match.first - 2) &&
        INVERTIBLE.has(tokens[match.first]!.norm) &&
        tokens[match.first]!.norm !== 'continued'
      ) {
        phrase = nameEndingAt(tokens, match.first - 2);
      }
      // `Dean Johnson, a salesman from Sumter, says` and `Reid voted and says`: the clause's subject.
      phrase ??= clauseSubject(text, tokens, match.first, cueAt, context);
      // `a city, say, Leeds`: a `say` set off by commas is an example, not a verb of speech.
      const aside = tokens[match.first]!.norm === 'say' && boundaryAfter(text, tokens, match.last);
      if (!phrase && !aside && category === 'speech' && INVERTIBLE.has(tokens[match.first]!.norm) && (match.first === 0 || boundaryAfter(text, tokens, match.first - 1))) {
        // `'...,' said Ms Perino, a former press secretary.`: the source ends the clause; `said Obamacare has been...` is content.
        const after = phraseAfter(text, tokens, match.last + 1, cueAt);
        if (
          after &&
          (after[1] === tokens.length - 1 ||
            boundaryAfter(text, tokens, after[1]) ||
            RELATIVES.has(tokens[after[1] + 1]!.norm) ||
            (INVERTED_TAILS.has(tokens[after[1] + 1]!.norm) && (namesSource(tokens[after[1]]!) || INDEFINITE.has(tokens[after[0]]!.norm))))
        )
          phrase = after;
      }
    } else {
      phrase = phraseAfter(text, tokens, match.last + 1, cueAt);
      if (phrase) phrase = withAuthor(text, tokens, phrase, cueAt);
    }
    if (!phrase) continue;
    if (category === 'relay') relay = { first: match.first, sourceLast: phrase[1] };
    let links = classifySource(context, phrase[0], phrase[1]) ?? (category === 'relay' && !relayStarts.has(phrase[1] + 1) ? [asWritten(context, phrase)] : undefined);
    // `Democrats in Iowa who watched the debate said`, `Labour activists campaigning to block it say`: the words back to `who` or the
    // participle name no one; the noun phrase the clause hangs from does.
    const restricted = !links && category === 'speech' ? restrictedSubject(text, tokens, match.first, cueAt) : undefined;
    if (restricted) {
      phrase = restricted;
      links = classifySource(context, phrase[0], phrase[1]);
    }
    if (!links) continue;
    if (category === 'interview' && links[0]!.kind !== 'media') continue;
    if (category === 'finding' && links.every((link) => link.role !== 'document' && link.role !== 'poll' && link.kind !== 'media')) continue;
    attributions.push({ category, phrase: match.entry.phrase, cue, source: spanOf(tokens, phrase), links });
  }
  const colon = colonAttribution(context, inQuotation);
  if (colon) attributions.push(colon);
  // `It is widely believed that the chancellor wants...`: the vague frame is the outer link, whatever it frames.
  const stated = statedVagueness(text, tokens, inQuotation);
  if (stated && attributions.every((attribution) => attribution.cue.start > stated.cue.end && attribution.source.start >= stated.cue.end)) attributions.unshift(stated);
  remember(attributions, titles, mentions, memory);
  return attributions;
}

/** What the readers of one sentence share. */
interface Context {
  text: string;
  tokens: readonly Token[];
  memory: SourceMemory;
  titles: [string, SourceLink][];
  /** The people and bodies the sentence names, in text order, with the token each starts at. */
  mentions: Mention[];
  /** The attributions read so far in the sentence. */
  found: Attribution[];
}

interface Mention {
  first: number;
  link: SourceLink;
}

const CONJUNCTIONS = new Set(['and', 'but', 'or', 'nor']);
const NOUN_MARKERS = new Set([
  'the',
  'a',
  'an',
  'some',
  'his',
  'her',
  'their',
  'its',
  'these',
  'those',
  'many',
  'several',
  'unconfirmed',
  'earlier',
  'latest',
  'new',
  'such',
  'these',
  'whose',
  'our',
  'my',
]);
const RELATIVES = new Set(['who', 'which', 'whose']);
const MODALS = new Set(['can', 'could', 'will', 'would', 'may', 'might', 'must', 'should', 'shall']);
/** Nouns for people that no ending gives away: `the host said`, `the source said`. */
const PEOPLE_WORDS = new Set([
  'host',
  'source',
  'guest',
  'candidate',
  'nominee',
  'chief',
  'boss',
  'aide',
  'ally',
  'pastor',
  'priest',
  'coach',
  'judge',
  'lawyer',
  'attorney',
  'nurse',
  'doctor',
  'mayor',
  'governor',
  'senator',
  'congressman',
  'congresswoman',
  'man',
  'woman',
  'couple',
  'family',
  'pair',
  'duo',
  'veteran',
  'official',
  'diplomat',
  'magnate',
  'tycoon',
  'mogul',
  'billionaire',
  'millionaire',
  'secretary',
  'envoy',
  'premier',
  'president',
  'advocate',
  'delegate',
  'insider',
  'friend',
  'colleague',
  'critic',
  'staffer',
  'resident',
  'student',
  'liberal',
  'conservative',
  'democrat',
  'republican',
  'moderate',
  'progressive',
  'incumbent',
  'independent',
  'analyst',
  'economist',
  'expert',
  'chair',
  'panel',
  'campaign',
  'team',
  'committee',
  'agency',
  'department',
  'ministry',
  'administration',
  'government',
  'union',
  'party',
  'club',
  'board',
  'council',
]);
/** Who denies or confirms a claim is not its source (see reporting-verbs.ts). */
const CONTEST_VERBS = new Set(['denied', 'confirmed', 'disputed', 'rejected', 'dismissed', 'contested', 'challenged', 'questioned']);
const EMBEDDING = new Set(['what', 'how', 'whatever', 'whether']);
/** Endings of nouns for people by what they do (`socialist`, `campaigner`, `director`): a definite description with one names a source. */
// `-ment` nouns name an act or its result (`the deployment suggests`), never someone who speaks.
const AGENT_ENDING = /(?:ist|er|or|ian|ant|(?<!m)ent|ee|man|woman|person|ess)s?$/;
/** Past tenses of speech that are never nouns. */
const PAST_SPEECH = /^(?:said|told|wrote|added|argued|insisted|warned|noted|explained|agreed|admitted|complained|predicted)$/;
const HOLDING = new Set(['close', 'familiar', 'loyal', 'closest', 'near']);
const WITH_HOLDERS = new Set(['familiar', 'people', 'sources', 'source', 'officials', 'official', 'person', 'those', 'someone', 'aides', 'executives']);
/** Determiners that never stand alone as a subject (`some` and `many` do: `some have suggested`). */
const BARE_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'my', 'our', 'this', 'these', 'those']);
/** Nouns of figures: a verb of saying before one of them is a verb of accounts (`posted a loss`, `reported record profits`). */
const ADDED_THINGS = new Set(['a', 'an', 'another', 'the', 'to', 'some', 'more', 'its', 'his', 'her', 'their', 'new', 'further', 'fuel', 'weight', 'pressure']);
const ACCOUNT_VERBS = new Set(['posted', 'reported', 'added', 'announced', 'recorded', 'booked', 'delivered', 'reports', 'posts', 'adds']);
const FIGURE_NOUNS = new Set([
  'loss',
  'losses',
  'profit',
  'profits',
  'gain',
  'gains',
  'rise',
  'fall',
  'deficit',
  'surplus',
  'revenue',
  'revenues',
  'sales',
  'growth',
  'jobs',
  'decline',
  'increase',
  'drop',
  'earnings',
  'turnover',
  'record',
  'results',
]);
/** Words that may follow an inverted source: `said the former top aide to President Bush`, `said Ms Day in a statement`. */
const INVERTED_TAILS = new Set(['to', 'of', 'at', 'for', 'from', 'in', 'on']);
/** Words that open a clause before its subject without being part of it: `Then she added`, `But Mr Smith said`. */
const LEADING_ADVERBS = new Set([
  'then',
  'but',
  'and',
  'so',
  'yet',
  'now',
  'also',
  'still',
  'later',
  'meanwhile',
  'however',
  'instead',
  'indeed',
  'thus',
  'earlier',
  'finally',
  'today',
  'yesterday',
  'separately',
  'similarly',
  'or',
  'nor',
  'plus',
  'again',
  'further',
  'even',
]);
const HEARING_BODIES = new Set([
  'court',
  'jury',
  'tribunal',
  'inquiry',
  'hearing',
  'committee',
  'inquest',
  'panel',
  'trial',
  'mps',
  'parliament',
  'conference',
  'meeting',
  'rally',
  'audience',
  'summit',
  'delegates',
  'assembly',
]);

/** `according to the state's business records`, `a statement from the palace`: whatever follows a relay is the source, named when definite or capitalised. */
function asWritten(context: Context, phrase: [number, number]): SourceLink {
  const { text, tokens } = context;
  const definite =
    tokens[phrase[0]]!.norm === 'the' || POSSESSIVES.has(tokens[phrase[0]]!.norm) || tokens.slice(phrase[0], phrase[1] + 1).some((token) => isCapitalised(token) && !NOT_NAMES.has(token.norm));
  return { name: text.slice(tokens[phrase[0]]!.start, tokens[phrase[1]]!.end), kind: definite ? 'named' : 'vague', person: false, role: 'document' };
}

function spanOf(tokens: readonly Token[], phrase: [number, number]): Span {
  return { start: tokens[phrase[0]]!.start, end: tokens[phrase[1]]!.end };
}

function isHearingBody(tokens: readonly Token[], phrase: [number, number]): boolean {
  return HEARING_BODIES.has(tokens[phrase[1]]!.norm);
}

/**
 * True when the verb is used of something other than saying: `the U.S. added 292,000 jobs`,
 * `posted a loss`, `continued to climb`.
 */
function isNotSpeech(text: string, tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next || boundaryAfter(text, tokens, last)) return false;
  const verb = tokens[last]!.norm;
  if (ACCOUNT_VERBS.has(verb) && (/^\d/.test(next.raw) || /[$£€]\s*$/.test(text.slice(tokens[last]!.end, next.start)))) return true;
  if (next.norm === 'up') return true;
  // `has added another layer`, `add a twist`: adding a thing, not words.
  // `'...,' added another Labour councillor`: after a quotation the verb opens its speaker's clause.
  if (verb.startsWith('add') && ADDED_THINGS.has(next.norm) && !(last > 0 && boundaryAfter(text, tokens, last - 1) && namesPersonSoon(tokens, last + 2))) return true;
  if (ACCOUNT_VERBS.has(verb)) for (let i = last + 1; i <= last + 3 && i < tokens.length; i++) if (FIGURE_NOUNS.has(tokens[i]!.norm)) return true;
  // `a company called Fenwick Ltd`: naming, not saying.
  if ((verb === 'called' || verb === 'calls') && isCapitalised(next) && last > 0 && !isCapitalised(tokens[last - 1]!)) return true;
  // `has agreed to refrain`: a commitment, not words.
  return next.norm === 'to' && (tokens[last]!.norm.startsWith('continu') || tokens[last]!.norm.startsWith('agree'));
}

/** True when one of the three words from `from` names a person or is capitalised: `another Labour councillor`. */
function namesPersonSoon(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < Math.min(tokens.length, from + 3); i++) {
    const token = tokens[i]!;
    if (isCapitalised(token) || PEOPLE_WORDS.has(token.norm) || NOUNS.get(token.norm) === 'person-role') return true;
  }
  return false;
}

/** True when a form of `be` stands right before the verb (`he was told`, `it is said`): then its subject is not who spoke. */
function isPassive(tokens: readonly Token[], verb: number): boolean {
  // `is saying` is progressive, not passive.
  if (tokens[verb]!.norm.endsWith('ing')) return false;
  let i = verb - 1;
  while (i >= 0 && (isAdverb(tokens[i]!) || tokens[i]!.norm === 'also' || tokens[i]!.norm === 'not' || tokens[i]!.norm === 'later' || tokens[i]!.norm === 'often')) i--;
  return i >= 0 && PASSIVE.has(tokens[i]!.norm);
}

/** Words that open a sentence's time or setting (`Earlier this month`, `On Monday`, `In 2003`) rather than its subject. */
const TIME_LEADS = new Set(['earlier', 'later', 'last', 'this', 'next', 'on', 'in', 'at', 'yesterday', 'today', 'overnight', 'recently', 'previously', 'meanwhile', 'separately']);
/** Words that open the subject after such a lead (`... the firm said`, `... its chief executive said`). */
const SUBJECT_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their']);

/**
 * Where the subject starts in `tokens[start..end]` when the sentence opens with a time or setting
 * and no comma (`Earlier this month the firm said`, `In 2003 the bank said`): at the last word
 * that opens a noun phrase; otherwise `start` as it is.
 */
function afterTimeLead(tokens: readonly Token[], start: number, end: number): number {
  if (!TIME_LEADS.has(tokens[start]!.norm) && !/^\d/.test(tokens[start]!.raw)) return start;
  for (let k = end - 1; k > start; k--) if (SUBJECT_OPENERS.has(tokens[k]!.norm)) return k;
  return start;
}

function phraseBefore(text: string, tokens: readonly Token[], verb: number, cueAt: Uint8Array, acrossComma = false): [number, number] | undefined {
  let end = verb - 1;
  if (end < 0 || (!acrossComma && boundaryAfter(text, tokens, end))) return undefined;
  while (end >= 0 && (isSkipped(tokens[end]!) || isAdverb(tokens[end]!))) {
    if (end > 0 && boundaryAfter(text, tokens, end - 1)) return undefined;
    end--;
  }
  if (end < 0) return undefined;
  if (tokens[end]!.norm === 'as' && end > 0 && !boundaryAfter(text, tokens, end - 1)) end--;
  // `North Korea's reported troop movements`: after a possessive the verb is an adjective.
  if (tokens[end]!.norm.endsWith("'s")) return undefined;
  let start = end;
  // `On Monday he said`: a pronoun is the whole subject.
  while (start > 0 && end - start < MAX_SOURCE_WORDS - 1 && !PERSONAL.has(tokens[end]!.norm)) {
    const previous = tokens[start - 1]!;
    // `people familiar with the talks`, `two people with knowledge of the matter`: `with` belongs to the source.
    const heldWith = start > 1 && ((previous.norm === 'with' && WITH_HOLDERS.has(tokens[start - 2]!.norm)) || (previous.norm === 'by' && NOUNS.get(tokens[start - 2]!.norm) === 'document'));
    if (cueAt[start - 1] || (CLAUSE_WORDS.has(previous.norm) && !heldWith) || boundaryAfter(text, tokens, start - 1)) break;
    start--;
  }
  start = afterTimeLead(tokens, start, end);
  if (cueAt[end] || CLAUSE_WORDS.has(tokens[end]!.norm) || BARE_DETERMINERS.has(tokens[end]!.norm) || PREPOSITIONS.has(tokens[end]!.norm)) return undefined;
  // `what it promised`, `how he described it`: a clause about the saying, not an attribution of the sentence.
  if (start > 0 && EMBEDDING.has(tokens[start - 1]!.norm)) return undefined;
  // `so that it can press claims`: a modal inside the words before the verb makes them a clause, not a subject.
  for (let i = start; i < end; i++) if (MODALS.has(tokens[i]!.norm)) return undefined;
  return [start, end];
}

/** The capitalised name ending at `last` (`Mr Reed`, `Bank of England`), or nothing when the word there is not a name's. */
function nameEndingAt(tokens: readonly Token[], last: number): [number, number] | undefined {
  if (!isCapitalised(tokens[last]!) || NOT_NAMES.has(tokens[last]!.norm)) return undefined;
  let first = last;
  while (first > 0 && (isCapitalised(tokens[first - 1]!) || (NAME_CONNECTORS.has(tokens[first - 1]!.norm) && first > 1 && isCapitalised(tokens[first - 2]!)))) first--;
  return [first, last];
}

/** How far back from a verb a restrictive relative clause in its subject (`who watched the debate`) may start. */
const RESTRICTIVE_REACH = 12;
const RESTRICTIVE = new Set(['who', 'that']);

/**
 * The subject of a verb whose subject holds a relative clause or a participle's phrase with no
 * commas: `Voters who watched the debate said`, `Democrats trying to win the seat say`;
 * `Several people I've spoken with said` is not read (no relative word or participle). The
 * noun phrase before `who` or `that` must open the clause, so `the plan that he said` is not.
 */
function restrictedSubject(text: string, tokens: readonly Token[], verb: number, cueAt: Uint8Array): [number, number] | undefined {
  for (let w = verb - 2; w > 0 && verb - w <= RESTRICTIVE_REACH; w--) {
    if (boundaryAfter(text, tokens, w) || cueAt[w]) return undefined;
    if (!RESTRICTIVE.has(tokens[w]!.norm) && !(PARTICIPLE_ENDING.test(tokens[w]!.norm) && !isCapitalised(tokens[w]!))) continue;
    const phrase = phraseBefore(text, tokens, w, cueAt);
    if (!phrase) return undefined;
    const [start] = phrase;
    const opensClause = start === 0 || boundaryAfter(text, tokens, start - 1) || CONJUNCTIONS.has(tokens[start - 1]!.norm);
    return opensClause && namesSubject(tokens[phrase[1]]!) ? phrase : undefined;
  }
  return undefined;
}

/** An auxiliary or adverb between a subject and its verb; `Will` and `May` written with a capital are names. */
function isSkipped(token: Token): boolean {
  return SKIPPED_BEFORE_VERB.has(token.norm) && !isCapitalised(token);
}

function isAdverb(token: Token): boolean {
  return token.norm.length > 4 && token.norm.endsWith('ly') && !isCapitalised(token) && !LY_NOUNS.has(token.norm);
}

/** Words ending in -ly that are nouns or adjectives, not adverbs: `the assembly said`. */
const LY_NOUNS = new Set([
  'assembly',
  'family',
  'rally',
  'ally',
  'supply',
  'monopoly',
  'anomaly',
  'italy',
  'july',
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'fly',
  'bully',
  'belly',
  'jelly',
  'melee',
  'holy',
  'lovely',
  'friendly',
  'elderly',
  'likely',
  'early',
  'only',
]);

function phraseAfter(text: string, tokens: readonly Token[], first: number, cueAt: Uint8Array): [number, number] | undefined {
  if (first >= tokens.length || cueAt[first] || FORWARD_STOPS.has(tokens[first]!.norm)) return undefined;
  let end = first;
  // `people close to the chairman`: `to` after `close` or `familiar` belongs to the source.
  while (
    end + 1 < tokens.length &&
    end - first < MAX_SOURCE_WORDS - 1 &&
    !boundaryAfter(text, tokens, end) &&
    !cueAt[end + 1] &&
    (!FORWARD_STOPS.has(tokens[end + 1]!.norm) || HOLDING.has(tokens[end]!.norm))
  )
    end++;
  return [first, end];
}

/** A document's phrase carried on to its author: `a review` → `a review published by Public Citizen`. */
function withAuthor(text: string, tokens: readonly Token[], phrase: [number, number], cueAt: Uint8Array): [number, number] {
  const head = tokens[phrase[1]]!;
  const next = tokens[phrase[1] + 1];
  const holdsDocument = NOUNS.get(head.norm) === 'document' || (phrase[1] > phrase[0] && NOUNS.get(tokens[phrase[1] - 1]!.norm) === 'document');
  if (!next || !holdsDocument || boundaryAfter(text, tokens, phrase[1])) return phrase;
  let end = phrase[1] + 1;
  if (!AUTHOR_LINKS.has(next.norm)) return phrase;
  while (
    end + 1 < tokens.length &&
    end - phrase[0] < MAX_SOURCE_WORDS + 3 &&
    !boundaryAfter(text, tokens, end) &&
    !cueAt[end + 1] &&
    (AUTHOR_LINKS.has(tokens[end + 1]!.norm) || !FORWARD_STOPS.has(tokens[end + 1]!.norm))
  )
    end++;
  return [phrase[0], end];
}

/** The subject at the start of the clause holding `before`: a name or a source noun phrase. */
function sentenceSubject(text: string, tokens: readonly Token[], before: number, cueAt: Uint8Array): [number, number] | undefined {
  let first = 0;
  // `Later that day, Trump fired back a response saying`: the subject follows an opening adverbial.
  if (OPENERS.has(tokens[0]?.norm ?? '')) {
    for (let i = 0; i < Math.min(before, 8); i++) {
      if (commaAfter(text, tokens, i)) {
        first = i + 1;
        break;
      }
    }
  }
  while (first < before && NOT_NAMES.has(tokens[first]!.norm) && !PERSONAL.has(tokens[first]!.norm) && tokens[first]!.norm !== 'the' && !boundaryAfter(text, tokens, first)) first++;
  if (first >= before) return undefined;
  // `He ..., saying`, `The company ..., saying`: a pronoun, or `the` and a noun of sources.
  if (PERSONAL.has(tokens[first]!.norm)) return [first, first];
  if (tokens[first]!.norm === 'the') {
    const noun = tokens[first + 1];
    return noun && first + 1 < before && (NOUNS.has(noun.norm) || SOURCE_HEADS.has(noun.norm)) ? [first, first + 1] : undefined;
  }
  if (!isCapitalised(tokens[first]!)) return undefined;
  let end = first;
  while (end + 1 < before && isCapitalised(tokens[end + 1]!) && !boundaryAfter(text, tokens, end) && !cueAt[end + 1]) end++;
  // `Ukrainian officials have dismissed ..., accusing`: the noun after the name is the subject's head.
  if (end + 1 < before && !boundaryAfter(text, tokens, end) && (SOURCE_HEADS.has(tokens[end + 1]!.norm) || NOUNS.has(tokens[end + 1]!.norm))) end++;
  return [first, end];
}

/**
 * The subject of a verb set off from it by an apposition or a coordinated verb: `Gov. John Kasich
 * of Ohio, a Republican who has refused to endorse him, said`, `"...," Gene Sperling, a top
 * adviser, said`, `Reid caucused on Saturday and says`. The clause starts after the last quote
 * mark, dash or semicolon before the verb; its first comma-separated part that names a source is
 * the subject, skipping an opening adverbial (`In a statement,`, `On Tuesday,`).
 */
function clauseSubject(text: string, tokens: readonly Token[], verb: number, cueAt: Uint8Array, context: Context): [number, number] | undefined {
  let before = verb - 1;
  // `McKay, who has clashed with the board repeatedly, said`: an adverb behind a comma belongs to the aside, not to the verb.
  while (before >= 0 && !boundaryAfter(text, tokens, before) && (isSkipped(tokens[before]!) || isAdverb(tokens[before]!))) before--;
  if (before < 0) return undefined;
  // `Reid voted and says`, `The minister rubbed his eyes, and then said`: a verb coordinated with the clause's first.
  const plainlyCoordinated = CONJUNCTIONS.has(tokens[before]!.norm) && !boundaryAfter(text, tokens, before - 1);
  // After a comma only when the sentence has no speaker yet (`Lord Tebbit said he agreed, and said` is already his) and the
  // verb cannot be a noun (`…, but comments from officials`).
  const commaCoordinated =
    !plainlyCoordinated && CONJUNCTIONS.has(tokens[before]!.norm) && before > 0 && commaAfter(text, tokens, before - 1) && context.found.length === 0 && !/[^s]s$/.test(tokens[verb]!.norm);
  const coordinated = plainlyCoordinated || commaCoordinated;
  if (!coordinated && !commaAfter(text, tokens, before)) return undefined;
  let start = before;
  while (start > 0 && before - start < APPOSITION_REACH) {
    if (!boundaryAfter(text, tokens, start - 1)) {
      start--;
      continue;
    }
    const between = text.slice(tokens[start - 1]!.end, tokens[start]!.start);
    // `R-Fla.,`: a full stop before a comma ends an abbreviation, not a sentence.
    if (QUOTE_OR_BREAK.test(between) || /[.!?]/.test(between.replace(/^\.(?=,)/, '').replace(/^\./, isAbbreviation(tokens[start - 1]!) ? '' : '.'))) break;
    start--;
  }
  const segments: [number, number][] = [];
  for (let first = start; first <= before; ) {
    let last = first;
    while (last < before && !boundaryAfter(text, tokens, last)) last++;
    segments.push([first, last]);
    first = last + 1;
  }
  const accepts = (first: number, end: number): boolean => end - first < MAX_SOURCE_WORDS && classifySource({ ...context, titles: [] }, first, end) !== undefined;
  if (coordinated) {
    const subjectOf = (opening: [number, number]): [number, number] | undefined => {
      let [first] = opening;
      while (first < opening[1] && LEADING_ADVERBS.has(tokens[first]!.norm)) first++;
      let end = first;
      while (end < opening[1] && (isCapitalised(tokens[end + 1]!) || (end === first && tokens[first]!.norm === 'the')) && !boundaryAfter(text, tokens, end)) end++;
      return accepts(first, end) ? [first, end] : undefined;
    };
    // `The judge took off his glasses, and then said`: the subject opens the sentence, which is one clause before the comma.
    if (commaCoordinated) return segments.length === 2 && !OPENERS.has(tokens[segments[0]![0]]!.norm) ? subjectOf(segments[0]!) : undefined;
    // `When asked whom she backed, Ms Sherry smiled and said`: after an opening adverbial, the subject opens the verb's own clause.
    const own = segments[segments.length - 1]!;
    const fromOwn = segments.length > 1 && OPENERS.has(tokens[segments[0]![0]]!.norm) && !OPENERS.has(tokens[own[0]]!.norm) ? subjectOf(own) : undefined;
    if (fromOwn) return fromOwn;
    const opening = segments.find(([first]) => !OPENERS.has(tokens[first]!.norm) || !commaAfter(text, tokens, first));
    return opening ? subjectOf(opening) : undefined;
  }
  if (segments.length < 2) return undefined;
  const [lastFirst, lastEnd] = segments[segments.length - 1]!;
  const [previousFirst, previousEnd] = segments[segments.length - 2]!;
  // `..., the chief executive, Tom Barrow, said`: a name after its role.
  // `One of the authors of the review, Jane Bell, said`, `Bloomberg's pollster, Douglas Schoen, says`: a name after a description that opens the clause.
  if (
    isProperName(tokens, lastFirst, lastEnd) &&
    (isRole(tokens, previousFirst, previousEnd) ||
      (segments.length === 2 &&
        !isProperName(tokens, previousFirst, previousEnd) &&
        (tokens[previousFirst]!.norm === 'one' || tokens[previousFirst]!.norm === 'the' || tokens[previousFirst]!.norm.endsWith("'s")))) &&
    accepts(lastFirst, lastEnd)
  )
    return [lastFirst, lastEnd];
  // `Gov. John Kasich of Ohio, a Republican who ..., said`: the clause's first noun phrase, then its appositions.
  for (let i = 0; i < segments.length - 1; i++) {
    let [first] = segments[i]!;
    const last = segments[i]![1];
    while (first < last && LEADING_ADVERBS.has(tokens[first]!.norm)) first++;
    if (OPENERS.has(tokens[first]!.norm) || cueAt[first]) continue;
    if (isNounPhrase(tokens, first, last) && (opensApposition(tokens[last + 1]!) || isProperName(tokens, first, last)) && accepts(first, last)) return [first, last];
    break;
  }
  // `Prices will rise, Margaret Ellis, the site manager, said`: the noun phrase before a trailing apposition.
  if (opensApposition(tokens[lastFirst]!) && isNounPhrase(tokens, previousFirst, previousEnd) && accepts(previousFirst, previousEnd)) return [previousFirst, previousEnd];
  return undefined;
}

/** True when a word is the plural of a noun for people by their job: `aides`, `spokesmen`, `officials`. */
function isPeoplePlural(norm: string): boolean {
  return (norm.endsWith('s') && PEOPLE_WORDS.has(norm.slice(0, -1))) || /(?:spokes|chair|congress|business)(?:wo)?men$/.test(norm);
}

/** How many words `tokens[first..last]` spans, a hyphenated compound (`free-market`, `46-year-old`) counting as one. */
function wordsBetween(text: string, tokens: readonly Token[], first: number, last: number): number {
  let count = 1;
  for (let i = first + 1; i <= last; i++) if (text.slice(tokens[i - 1]!.end, tokens[i]!.start) !== '-') count++;
  return count;
}

/** `the 46-year-old`: a person named by their age. */
function isAge(tokens: readonly Token[], head: number): boolean {
  return (tokens[head]!.norm === 'old' || tokens[head]!.norm === 'olds') && head > 1 && tokens[head - 1]!.norm === 'year' && /^\d+$/.test(tokens[head - 2]!.norm);
}

/** True when `tokens[first..last]` names a role a person holds (`the chief executive`, `its director`). */
function isRole(tokens: readonly Token[], first: number, last: number): boolean {
  if (!DETERMINERS.has(tokens[first]!.norm) && !POSSESSIVES.has(tokens[first]!.norm)) return false;
  for (let i = first + 1; i <= last; i++) if (NOUNS.get(tokens[i]!.norm) === 'person-role' || TITLES.has(tokens[i]!.norm)) return true;
  return false;
}

/** True when a word can end the subject of a verb of saying: a name, a pronoun, a noun of sources or a quantifier. */
function namesSubject(token: Token): boolean {
  return namesSource(token) || PERSONAL.has(token.norm) || QUANTIFIERS.has(token.norm) || AGENT_ENDING.test(token.norm) || VAGUE_HEADS.has(token.norm) || PEOPLE_WORDS.has(token.norm);
}

const VAGUE_HEADS = new Set(VAGUE_SOURCES.filter((entry) => entry.category === 'group' && !entry.phrase.includes(' ')).map((entry) => entry.phrase));

/** True when a word can end a phrase naming a source: a name or a noun of sources (`trader`, `governor`). */
function namesSource(token: Token): boolean {
  return isCapitalised(token) || SOURCE_HEADS.has(token.norm) || NOUNS.has(token.norm) || TITLES.has(token.norm);
}

/** True when every word of `tokens[first..last]` is capitalised or joins a name (`Murshed Zaheed`, `Gov. John Kasich of Ohio`). */
function isProperName(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (!isCapitalised(tokens[i]!) && !NAME_CONNECTORS.has(tokens[i]!.norm)) return false;
  return isCapitalised(tokens[last]!);
}

/** True when `tokens[first..last]` can be a name or a noun phrase naming a source: no verb-like lower-case word in it. */
function isNounPhrase(tokens: readonly Token[], first: number, last: number): boolean {
  if (last - first >= MAX_SOURCE_WORDS) return false;
  for (let i = first; i <= last; i++) {
    const token = tokens[i]!;
    if (isCapitalised(token) || /^\d/.test(token.raw) || token.norm.endsWith("'s")) continue;
    if (DETERMINERS.has(token.norm) || POSSESSIVES.has(token.norm) || NAME_CONNECTORS.has(token.norm) || PREPOSITIONS.has(token.norm)) continue;
    if (NOUNS.has(token.norm) || SOURCE_HEADS.has(token.norm) || TITLES.has(token.norm) || QUANTIFIERS.has(token.norm) || AGENT_ENDING.test(token.norm)) continue;
    // `Nobel-winning`: the second half of a hyphenated modifier.
    if (i > first && token.start - tokens[i - 1]!.end === 1) continue;
    // `Kent delegate Tom Ford`: a word for what someone is, between capitalised words, is a title before the name.
    if (i > first && i < last && isCapitalised(tokens[i - 1]!) && isCapitalised(tokens[i + 1]!)) continue;
    if (/(?:al|an|ive|ic|ed|ior|er|ish|ese|ary|ent)$/.test(token.norm) && i < last) continue;
    return false;
  }
  return true;
}

/** Words that open an apposition after a name: `, a Republican`, `, who leads`, `, 55,`, `, for example,`, `, then 38,`. */
function opensApposition(token: Token): boolean {
  // `, wearing a red scarf,`, `, including the Western Mail,`: a participle's phrase describes the name before it.
  return (
    APPOSITION_OPENERS.has(token.norm) ||
    (PARTICIPLE_ENDING.test(token.norm) && !isCapitalised(token)) ||
    /^\d/.test(token.raw) ||
    isCapitalised(token) ||
    NOUNS.get(token.norm) === 'person-role' ||
    TITLES.has(token.norm)
  );
}

const APPOSITION_OPENERS = new Set([
  'a',
  'an',
  'the',
  'who',
  'whose',
  'which',
  'his',
  'her',
  'their',
  'its',
  'one',
  'another',
  'for',
  'like',
  'then',
  'now',
  'also',
  'himself',
  'herself',
  'themselves',
  'itself',
  'former',
  'speaking',
  'in',
  'at',
  'after',
  'when',
  'while',
  'though',
  'however',
  'meanwhile',
  'too',
  'both',
  'all',
  'each',
  'executive',
  'senior',
  'chief',
  'co',
  'head',
  'managing',
  'deputy',
  'vice',
  'as',
]);
const QUANTIFIERS = new Set(['some', 'many', 'several', 'multiple', 'most', 'few', 'other', 'others', 'various', 'numerous', 'two', 'three', 'four', 'five', 'both', 'all']);

/** Words that open an adverbial before a clause's subject (`In a statement,`, `However,`). */
const OPENERS = new Set([
  'in',
  'on',
  'at',
  'after',
  'before',
  'during',
  'however',
  'meanwhile',
  'but',
  'and',
  'so',
  'yet',
  'still',
  'earlier',
  'later',
  'last',
  'this',
  'speaking',
  'asked',
  'writing',
  'separately',
  'similarly',
  'instead',
  'indeed',
  'now',
  'today',
  'yesterday',
  'for',
  'as',
  'when',
  'while',
  'since',
  'with',
  'without',
  'despite',
  'although',
  'though',
  'if',
  'under',
  'by',
  'from',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'also',
  'then',
  'still',
  'overall',
  'along',
  'like',
  'unlike',
  'among',
  'whenever',
  'through',
  'against',
  'to',
  'with',
  'of',
  'not',
  'only',
]);

/** `Mr Howard: "We will not be moved."`: a name, alone before a colon that opens a quotation, is the speaker. */
function colonAttribution(context: Context, inQuotation: (offset: number) => boolean): Attribution | undefined {
  const { text, tokens } = context;
  const reach = Math.min(tokens.length - 1, MAX_SOURCE_WORDS);
  // Most sentences hold no colon near their start: look once before looking word by word.
  if (reach < 1 || !text.slice(tokens[0]!.start, tokens[reach]!.start).includes(':')) return undefined;
  for (let i = 0; i < reach; i++) {
    const between = text.slice(tokens[i]!.end, tokens[i + 1]!.start);
    const quoted = /^\s*:\s*["\u201C\u2018']/u.test(between);
    if (!quoted && !/^\s*:\s/u.test(between)) continue;
    if (inQuotation(tokens[i]!.start)) return undefined;
    let first = 0;
    while (first < i && boundaryAfter(text, tokens, first)) first++;
    // `Bill Clinton: Hillary thinks ...`: a headline's speaker before a colon, when the words before it are a name alone.
    if (!quoted && (first !== 0 || i > 3 || !isProperName(tokens, first, i))) return undefined;
    const links = classifySource(context, first, i);
    if (!links) return undefined;
    const colonAt = tokens[i]!.end + between.indexOf(':');
    return { category: 'colon', phrase: ':', cue: { start: colonAt, end: colonAt + 1 }, source: spanOf(tokens, [first, i]), links };
  }
  return undefined;
}

/** `It is widely believed that...`, `critics say`: a vague attribution standing by itself, with no source phrase to read. */
function statedVagueness(text: string, tokens: readonly Token[], inQuotation: (offset: number) => boolean): Attribution | undefined {
  const match = VAGUE.findAll(tokens).find((found) => found.entry.category === 'stated' && !inQuotation(found.start));
  if (!match) return undefined;
  const span = { start: match.start, end: match.end };
  return { category: 'stated', phrase: match.entry.phrase, cue: span, source: span, links: [{ name: text.slice(match.start, match.end), kind: 'vague', person: false, role: 'people' }] };
}

/** What kind of source the words `tokens[first..last]` name, as a chain; undefined if they name none. */
function classifySource(context: Context, first: number, last: number): SourceLink[] | undefined {
  const { text, tokens, memory, titles } = context;
  while (first < last && LEADING_ADVERBS.has(tokens[first]!.norm)) first++;
  // `one of two witnesses`, `some of his aides`: the head is the noun after `of`.
  const partitive = first + 1 < last && tokens[first + 1]!.norm === 'of' && (QUANTIFIERS.has(tokens[first]!.norm) || tokens[first]!.norm === 'one' || tokens[first]!.norm === 'none');
  let head = last;
  for (let i = partitive ? first + 3 : first + 1; i <= last; i++) {
    // `the Bank of England`, `Office for National Statistics`: a connector between capitalised words is inside the name.
    const inName = NAME_CONNECTORS.has(tokens[i]!.norm) && isCapitalised(tokens[i - 1]!) && i < last && isCapitalised(tokens[i + 1]!);
    if (PREPOSITIONS.has(tokens[i]!.norm) && !inName) {
      head = i - 1;
      break;
    }
  }
  const headToken = tokens[head]!;
  const words = (from: number, to: number): string => text.slice(tokens[from]!.start, tokens[to]!.end);
  const description = words(DETERMINERS.has(tokens[first]!.norm) && tokens[first]!.norm === 'the' ? Math.min(first + 1, last) : first, last);

  if (DOCUMENT_HEADS.has(headToken.norm) && head === last && CONTAINER_LINKS.has(tokens[last + 1]?.norm ?? '')) return undefined;

  const condition = ANONYMITY.findAll(tokens, first, Math.min(tokens.length, last + 1 + RELATIVE_CLAUSE_REACH)).some(
    (match) => match.entry.category === 'condition' && (match.first <= last || relativeClauseJoins(text, tokens, last, match.first)),
  );
  if (condition) return [{ name: words(first, last), kind: 'anonymous', person: true, role: 'people' }];

  const outlets = OUTLETS.findAll(tokens, first, last + 1);
  const specific = outlets.find((match) => match.entry.category !== 'generic');
  if (specific) return [{ name: text.slice(specific.start, specific.end), kind: 'media', person: false, role: 'organisation' }];

  const personal = PERSONAL.get(headToken.norm);
  if (first === last && personal) return [resolvePronoun(context, headToken)];
  if (head === first + 1 && tokens[first]!.norm === 'the' && ANAPHORIC_MEDIA.has(headToken.norm) && memory.lastMediaChain) return memory.lastMediaChain;
  if (head === first + 1 && tokens[first]!.norm === 'the' && TITLES.has(headToken.norm)) {
    const person = memory.personByTitle.get(headToken.norm);
    if (person) return [person];
  }

  const possessor = tokens[first]!.norm === 'the' && tokens[first + 1]?.norm.endsWith("'s") && ANAPHORIC_MEDIA.has(tokens[first + 1]!.norm.slice(0, -2)) ? memory.lastMediaChain?.[0] : undefined;
  const unnamed = ANONYMITY.findAll(tokens, first, Math.min(tokens.length, last + 4)).find((match) => match.entry.category === 'unnamed-source' && match.first <= last && match.last >= head);
  if (unnamed || (headToken.norm === 'sources' && !isCapitalised(tokens[last]!))) {
    const link: SourceLink = { name: words(first, last), kind: 'anonymous', person: true, role: 'people' };
    return possessor ? [possessor, link] : [link];
  }
  if (outlets.length > 0 && head === last) return [{ name: description, kind: 'media', person: false, role: 'organisation' }];

  // `Reports said`: a common noun capitalised only because it opens the sentence names no one.
  const vague = VAGUE.findAll(tokens, first, last + 1).some((match) => match.last === head);
  if (vague) return [{ name: description, kind: 'vague', person: false, role: 'people' }];

  const hasName = tokens
    .slice(first, last + 1)
    .some((token, i) => isCapitalised(token) && !NOT_NAMES.has(token.norm) && !(first + i === 0 && (NOUNS.has(token.norm) || SOURCE_HEADS.has(token.norm) || VAGUE_HEADS.has(token.norm))));
  const poll = pollSource(text, tokens, first, last, hasName);
  if (poll) return [poll];
  const noun = NOUNS.get(headToken.norm) ?? (head > first ? NOUNS.get(`${tokens[head - 1]!.norm} ${headToken.norm}`) : undefined);
  if (noun === 'document') return [documentSource(context, first, last, hasName)];
  // `a study by the University of Leeds`, `a review published by Public Citizen`: a document and its author.
  for (let i = first; i < last; i++)
    if (NOUNS.get(tokens[i]!.norm) === 'document' && AUTHOR_LINKS.has(tokens[i + 1]!.norm) && !isCapitalised(tokens[i]!)) return [documentSource(context, first, last, hasName)];

  if (INDEFINITE.has(tokens[first]!.norm) && SOURCE_HEADS.has(headToken.norm)) {
    const kind = SPOKES.has(headToken.norm) && hasName ? 'named' : 'anonymous';
    return [{ name: words(first, last), kind, person: !SPOKES.has(headToken.norm) || kind === 'anonymous', role: 'person' }];
  }
  // `one trader`, `a man`: an individual the article does not name.
  if (INDEFINITE.has(tokens[first]!.norm) && head > first && !isCapitalised(headToken) && !headToken.norm.endsWith('s'))
    return [{ name: words(first, last), kind: 'anonymous', person: true, role: 'person' }];
  if (isCapitalised(headToken) && !NOT_NAMES.has(headToken.norm)) return [nameLink(context, first, head, titles)];
  if (hasName && SOURCE_HEADS.has(headToken.norm)) return [{ name: description, kind: 'named', person: SPOKES.has(headToken.norm), role: SPOKES.has(headToken.norm) ? 'person' : 'organisation' }];
  if (noun && (tokens[first]!.norm === 'the' || POSSESSIVES.has(tokens[first]!.norm) || hasName)) return [nominalSource(context, first, last, head, noun)];
  // `multiple sources privy to the talks`, `several nations`, `other Republicans`: a group nobody in it answers for.
  if (QUANTIFIERS.has(tokens[first]!.norm) || tokens[first]!.norm === 'another') {
    const anonymous = tokens.slice(first, last + 1).some((token) => token.norm === 'sources' || token.norm === 'source');
    return [{ name: words(first, last), kind: anonymous ? 'anonymous' : 'vague', person: tokens[first]!.norm === 'another', role: tokens[first]!.norm === 'another' ? 'person' : 'people' }];
  }
  // `police said`: the force dealing with the case, a body that answers for what it says.
  if (first === last && headToken.norm === 'police') return [{ name: words(first, last), kind: 'named', person: false, role: 'organisation' }];
  if (first === last && noun === 'people') return [{ name: words(first, last), kind: 'vague', person: false, role: 'people' }];
  // `security specialists say`: people named only by what they do, in the plural, are a vague group.
  if (last - first < 3 && !isCapitalised(headToken) && /s$/.test(headToken.norm) && AGENT_ENDING.test(headToken.norm) && !DETERMINERS.has(tokens[first]!.norm) && !POSSESSIVES.has(tokens[first]!.norm))
    return [{ name: words(first, last), kind: 'vague', person: false, role: 'people' }];
  // `campaign aides said`, `Pentagon spokesmen said`: people named only by their plural job, with a modifier and no determiner, are a vague group.
  if (last > first && last - first < 3 && !isCapitalised(headToken) && isPeoplePlural(headToken.norm) && !DETERMINERS.has(tokens[first]!.norm) && !POSSESSIVES.has(tokens[first]!.norm))
    return [{ name: words(first, last), kind: 'vague', person: false, role: 'people' }];
  // `520 superdelegates have said`: a counted group, no one of whom is named.
  if (/^\d/.test(tokens[first]!.raw) && last > first && !isCapitalised(headToken) && headToken.norm.endsWith('s')) return [{ name: words(first, last), kind: 'vague', person: false, role: 'people' }];
  // `participants said`: a bare plural noun is a group nobody in it answers for.
  if (first === last && !isCapitalised(headToken) && /[^s]s$/.test(headToken.norm) && headToken.norm.length > 4) return [{ name: words(first, last), kind: 'vague', person: false, role: 'people' }];
  // `the self-described democratic socialist said`: a definite description means one particular source, kept as written.
  if (
    (tokens[first]!.norm === 'the' || tokens[first]!.norm === 'that' || tokens[first]!.norm === 'this') &&
    head > first &&
    wordsBetween(text, tokens, first, head) <= 5 &&
    !isCapitalised(headToken) &&
    (AGENT_ENDING.test(headToken.norm) || PEOPLE_WORDS.has(headToken.norm) || isAge(tokens, head))
  )
    return [{ name: words(first, last), kind: 'named', person: !headToken.norm.endsWith('s'), role: headToken.norm.endsWith('s') ? 'people' : 'person' }];
  return undefined;
}

/** `72 percent of Democrats said`, `a Des Moines Register poll found`, `most voters say`: a poll, named when the sentence names who ran it or refers back to one. */
function pollSource(text: string, tokens: readonly Token[], first: number, last: number, hasName: boolean): SourceLink | undefined {
  let counted = false;
  let polled = false;
  for (let i = first; i <= last; i++) {
    const token = tokens[i]!;
    if (token.norm === 'percent' || token.norm === 'cent' || FRACTIONS.has(token.norm) || (/^\d/.test(token.raw) && text[token.end] === '%')) counted = true;
    if (POLLED.has(token.norm)) polled = true;
    // `one in five`, `nine out of 10`: a share of those asked.
    if (
      i > first &&
      i < last &&
      isNumber(tokens[i + 1]!) &&
      ((token.norm === 'in' && isNumber(tokens[i - 1]!)) || (token.norm === 'of' && tokens[i - 1]!.norm === 'out' && i - 2 >= first && isNumber(tokens[i - 2]!)))
    )
      counted = true;
  }
  // `most voters`, `a majority of Americans`: counted people, as a poll reports them.
  if (!counted && (tokens[first]!.norm === 'most' || tokens[first]!.norm === 'majority') && last > first && (NOUNS.get(tokens[last]!.norm) === 'poll' || isCapitalised(tokens[last]!))) counted = true;
  if (!counted && !polled) return undefined;
  const definite = tokens[first]!.norm === 'the' || tokens[first]!.norm === 'this';
  const named = polled && (hasName || definite);
  return { name: text.slice(tokens[first]!.start, tokens[last]!.end), kind: named ? 'named' : 'vague', person: false, role: 'poll' };
}

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

function isNumber(token: Token): boolean {
  return /^\d+$/.test(token.norm) || NUMBER_WORDS.has(token.norm);
}

const FRACTIONS = new Set(['half', 'thirds', 'quarters', 'third', 'quarter', 'majority', 'minority', 'plurality']);
const POLLED = new Set(['poll', 'polls', 'survey', 'surveys', 'respondents', 'polled', 'surveyed', 'voters']);

/**
 * A document as a source: named when the phrase names it or its author (`the Pentagon report`, `a
 * review published by Public Citizen`, `court papers`), or when `the report` refers back to one
 * named before; vague when nothing says whose it is (`a new book claims`, `documents show`).
 */
function documentSource(context: Context, first: number, last: number, hasName: boolean): SourceLink {
  const { text, tokens } = context;
  const name = text.slice(tokens[first]!.start, tokens[last]!.end);
  const definite = tokens[first]!.norm === 'the' || tokens[first]!.norm === 'this' || POSSESSIVES.has(tokens[first]!.norm);
  const official = tokens.slice(first, last + 1).some((token) => HEARING_BODIES.has(token.norm) || token.norm === 'congressional' || token.norm === 'official' || token.norm === 'government');
  if (hasName || official) return { name, kind: 'named', person: false, role: 'document' };
  if (definite) {
    const earlier = findReferent(context.memory, (link) => link.role === 'document' && link.kind === 'named');
    return earlier ?? { name, kind: 'named', person: false, role: 'document' };
  }
  return { name, kind: 'vague', person: false, role: 'document' };
}

/**
 * `the firm`, `the minister`, `his former adviser`: a definite mention of a body or a role,
 * resolved to the nearest earlier body or person that fits; kept as written when none does, since
 * the article means one particular firm or minister even where the analysis cannot tell which.
 */
function nominalSource(context: Context, first: number, last: number, head: number, noun: string): SourceLink {
  const { text, tokens, memory } = context;
  const written = text.slice(tokens[first]!.start, tokens[last]!.end);
  const definiteThe = tokens[first]!.norm === 'the' && head - first <= 2;
  // `the companies said`: several bodies, which one earlier name cannot stand for.
  if (definiteThe && noun === 'organisation' && !tokens[head]!.norm.endsWith('s')) {
    const body = findCentralBody(memory);
    if (body) return body;
  }
  if (definiteThe && noun === 'person-role') {
    const titled = memory.personByTitle.get(tokens[head]!.norm);
    if (titled) return titled;
  }
  if (definiteThe && noun === 'people') {
    const group = findReferent(memory, (link) => link.role === 'people');
    if (group) return group;
  }
  const role = noun === 'person-role' ? 'person' : noun === 'people' ? 'people' : 'organisation';
  return { name: written, kind: noun === 'people' && tokens[first]!.norm !== 'the' ? 'vague' : 'named', person: role === 'person', role };
}

/** The most salient earlier referent within `reach` sentences that `fits` (and spoke, when `speakers` is set). */
function findReferent(memory: SourceMemory, fits: (link: SourceLink) => boolean, reach = REFERENCE_REACH, speakers = false): SourceLink | undefined {
  const { referents } = memory;
  for (let i = referents.length - 1; i >= 0; i--) {
    const referent = referents[i]!;
    if (memory.sentence - referent.sentence > reach) break;
    if ((!speakers || referent.spoke) && fits(referent.link)) return referent.link;
  }
  return undefined;
}

/**
 * The body `the company` or `the firm` most likely stands for: of the bodies named nearby (or
 * named more than once anywhere before), the one the article names most, the nearest on a tie.
 * A story about WPP that mentions a rival once is still about WPP when it says `the company said`.
 */
function findCentralBody(memory: SourceMemory): SourceLink | undefined {
  let best: Referent | undefined;
  for (let i = memory.referents.length - 1; i >= 0; i--) {
    const referent = memory.referents[i]!;
    const { link } = referent;
    if (link.role !== 'organisation' || link.kind === 'media' || !couldBeBusiness(link.name)) continue;
    if (memory.sentence - referent.sentence > REFERENCE_REACH && referent.mentions < 2) continue;
    if (!best || referent.mentions > best.mentions) best = referent;
  }
  return best?.link;
}

/** False for a place standing for its government (`London`), a lone generic word (`Oil`) and a description, which no `the company` means. */
function couldBeBusiness(name: string): boolean {
  // An earlier `the firm` left as written names no one: `the bank` after it is not resolved to it.
  if (/^(?:the|a|an|its|his|her|their)\s/iu.test(name)) return false;
  const words = name.toLowerCase().split(/\s+/u);
  if (PLACE_WORDS.has(words.at(-1)!)) return false;
  return words.length > 1 || !ORGANISATION_WORDS.has(words[0]!) || name === name.toUpperCase();
}

/** How many sentences back `they` and `it` first look for a body or group that has been speaking. */
const SPEAKER_REACH = 3;

/**
 * `he`, `she`, `they`, `it` as a source: the nearest person (or group, or body) of the sentences
 * before that fits in sex and number, most salient first (`they` and `it` look first to one that
 * has been speaking). When nothing fits, an unnamed speaker, never a guess.
 */
function resolvePronoun(context: Context, token: Token): SourceLink {
  const { memory } = context;
  const wanted = PERSONAL.get(token.norm)!;
  const fits = (link: SourceLink): boolean => {
    if (wanted.person) return link.person && link.role !== 'unresolved' && (link.sex === undefined || link.sex === wanted.sex) && link.role !== 'people';
    if (wanted.plural) return link.role === 'people' || (link.role === 'organisation' && link.kind !== 'media');
    return !link.person && link.role !== 'people' && link.role !== 'unresolved';
  };
  // Names earlier in the same sentence are the content's (`Mr Blair has the same passion, he said`), not the
  // speaker; a source already read in it is (`Edward Leigh said ... but he told the FT`).
  let found: SourceLink | undefined;
  for (let i = context.found.length - 1; i >= 0 && !found; i--) for (const link of context.found[i]!.links) if (!found && fits(link)) found = link;
  // `The Lib Dems say ... . Now they say ...`: a group or body that has been speaking outranks one only mentioned since.
  if (!wanted.person) found ??= findReferent(memory, fits, SPEAKER_REACH, true);
  found ??= findReferent(memory, fits);
  if (!found) return { name: `an unnamed speaker ('${token.raw}')`, kind: 'named', person: false, role: 'unresolved' };
  // Once `she` has been read as Jordan Lee, a later `he` is not.
  if (wanted.sex && !found.sex) found.sex = wanted.sex;
  return found;
}

/** True when the words between a source and a later phrase are a clause attached to the source. */
function relativeClauseJoins(text: string, tokens: readonly Token[], last: number, phraseFirst: number): boolean {
  const next = tokens[last + 1];
  if (!next) return false;
  return (
    (next.norm === 'who' || next.norm === 'speaking' || next.norm === 'on') && phraseFirst - last <= RELATIVE_CLAUSE_REACH && !text.slice(tokens[last]!.end, tokens[phraseFirst]!.start).includes('.')
  );
}

/**
 * A proper name ending at `head`, without the titles before it (`Kursk Governor Alexander
 * Khinstsen` → `Alexander Khinstsen`); a person's titles are added to `titles`, and the sex a
 * title or a given name marks is kept for resolving `he` and `she`.
 */
function nameLink(context: Context, first: number, head: number, titles: [string, SourceLink][]): SourceLink {
  const { text, tokens, memory, mentions } = context;
  let start = head;
  while (start > first && ((isCapitalised(tokens[start - 1]!) && !NOT_NAMES.has(tokens[start - 1]!.norm)) || NAME_CONNECTORS.has(tokens[start - 1]!.norm))) start--;
  while (start < head && NAME_CONNECTORS.has(tokens[start]!.norm)) start++;
  let afterTitle = start;
  for (let i = start; i < head; i++) if (TITLES.has(tokens[i]!.norm)) afterTitle = i + 1;
  const organisation = tokens.slice(start, head + 1).some((token) => ORGANISATION_WORDS.has(token.norm.replace(/'s$/, '')));
  const nameStart = organisation ? start : afterTitle;
  const name = text.slice(tokens[nameStart]!.start, tokens[head]!.end);
  // The same name mentioned earlier in the sentence or the article is the same referent, sex and all.
  const known = mentions.find((mention) => mention.link.name === name)?.link ?? findReferent(memory, (link) => link.name === name || (link.person && !organisation && link.name.endsWith(` ${name}`)));
  if (known && known.person === !organisation) return known.name === name ? known : { ...known, name };
  const link: SourceLink = { name, kind: 'named', person: !organisation, role: organisation ? 'organisation' : 'person' };
  if (!organisation) {
    const sex = sexOf(tokens, start, afterTitle, head);
    if (sex) link.sex = sex;
    for (let i = start; i < afterTitle; i++) if (TITLES.has(tokens[i]!.norm)) titles.push([tokens[i]!.norm, link]);
  }
  return link;
}

function sexOf(tokens: readonly Token[], start: number, afterTitle: number, head: number): Sex | undefined {
  for (let i = start; i < afterTitle; i++) {
    const sex = SEX_OF_TITLE.get(tokens[i]!.norm);
    if (sex) return sex;
  }
  return afterTitle < head ? SEX_OF_NAME.get(tokens[afterTitle]!.norm) : undefined;
}

/**
 * The people and bodies a sentence names outside any attribution, so that `he`, `she` and `the
 * firm` in a later sentence can find them: a title or a known given name before capitalised words
 * (`Mr Howard`, `Ms Rust`, `Gordon Brown`), or capitalised words that end in an organisation's word
 * (`Exxon Mobil Corp`, `Public Citizen`). Runs of capitalised words that are neither (`New York`)
 * are left alone: a place is no one's antecedent.
 */
function findMentions(text: string, tokens: readonly Token[], memory: SourceMemory, inQuotation: (offset: number) => boolean): Mention[] {
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // A name inside a quotation is the speaker's word: `he said` after it still refers to the speaker.
    if (!isCapitalised(tokens[i]!) || /^\d/.test(tokens[i]!.raw) || inQuotation(tokens[i]!.start)) continue;
    let end = i;
    while (end + 1 < tokens.length && isCapitalised(tokens[end + 1]!) && !boundaryAfter(text, tokens, end)) end++;
    const first = i;
    i = end;
    let start = first;
    while (start <= end && NOT_NAMES.has(tokens[start]!.norm) && !TITLES.has(tokens[start]!.norm)) start++;
    if (start > end) continue;
    const last = tokens[end]!.norm.replace(/'s$/, '');
    let afterTitle = start;
    for (let j = start; j < end; j++) if (TITLES.has(tokens[j]!.norm)) afterTitle = j + 1;
    const titled = afterTitle > start;
    // `Prime Minister's Questions`: a possessive inside the run makes it a thing of the title, not a person.
    if (possessiveWithin(tokens, Math.max(start, afterTitle - 1), end)) continue;
    const given = SEX_OF_NAME.has(tokens[afterTitle]!.norm) && afterTitle < end;
    const organisation = ORGANISATION_WORDS.has(last);
    if (organisation && !titled) {
      mentions.push({ first: start, link: { name: text.slice(tokens[start]!.start, tokens[end]!.end).replace(/['\u2019]s$/, ''), kind: 'named', person: false, role: 'organisation' } });
      continue;
    }
    const name = text.slice(tokens[afterTitle]!.start, tokens[end]!.end).replace(/['\u2019]s$/, '');
    const surname = tokens[end]!.raw.replace(/['\u2019]s$/, '');
    const known = findPerson(memory, name, surname);
    if (known && (known.name === name || !titled || known.sex === sexOf(tokens, start, afterTitle, end))) {
      mentions.push({ first: start, link: known.name === name ? known : { ...known, name } });
      continue;
    }
    if (!titled && !given && (isCompanyDescribed(text, tokens, first, end) || findBody(memory, name))) {
      mentions.push({ first: start, link: findBody(memory, name) ?? { name, kind: 'named', person: false, role: 'organisation' } });
      continue;
    }
    if (NOUNS.get(last) === 'people' && !titled) {
      // `Labour MPs`, `Tory Lords`: a group, that a later `they` may refer to.
      mentions.push({ first: start, link: { name: text.slice(tokens[start]!.start, tokens[end]!.end), kind: 'vague', person: false, role: 'people' } });
      continue;
    }
    if (!titled && !given) continue;
    const link: SourceLink = { name, kind: 'named', person: true, role: 'person' };
    const sex = sexOf(tokens, start, afterTitle, end);
    if (sex) link.sex = sex;
    mentions.push({ first: start, link });
    for (let j = start; j < afterTitle; j++) if (TITLES.has(tokens[j]!.norm) && !SEX_OF_TITLE.has(tokens[j]!.norm) && tokens[j]!.norm !== 'dr') memory.personByTitle.set(tokens[j]!.norm, link);
    // `Gordon Brown, the chancellor,`: the role in an apposition is a title for `the chancellor` later.
    const role = tokens[end + 2];
    if (tokens[end + 1]?.norm === 'the' && role && NOUNS.get(role.norm) === 'person-role' && commaAfter(text, tokens, end)) memory.personByTitle.set(role.norm, link);
  }
  return mentions;
}

function possessiveWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.norm.endsWith("'s")) return true;
  return false;
}

/** The person within reach named `name` or with `surname` as the last word of their name. */
function findPerson(memory: SourceMemory, name: string, surname: string): SourceLink | undefined {
  const { referents } = memory;
  const suffix = ` ${surname}`;
  for (let i = referents.length - 1; i >= 0; i--) {
    const referent = referents[i]!;
    if (memory.sentence - referent.sentence > REFERENCE_REACH) break;
    if (referent.link.person && (referent.link.name === name || referent.link.name.endsWith(suffix))) return referent.link;
  }
  return undefined;
}

/** A body this article has already named `name`, for its later bare mentions (`WPP` after `ad firm WPP`). */
function findBody(memory: SourceMemory, name: string): SourceLink | undefined {
  for (let i = memory.referents.length - 1; i >= 0; i--) {
    const { link } = memory.referents[i]!;
    if (link.role === 'organisation' && link.name === name) return link;
  }
  return undefined;
}

/**
 * True when the words right before the capitalised run `first..end` call it a business (`ad firm
 * WPP`, `US carmaker General Motors`), or an apposition right after it does (`WPP, the world's
 * biggest advertising firm,`).
 */
function isCompanyDescribed(text: string, tokens: readonly Token[], first: number, end: number): boolean {
  const before = tokens[first - 1];
  if (before && !isCapitalised(before) && !boundaryAfter(text, tokens, first - 1) && (COMPANY_NOUNS.has(before.norm) || COMPANY_NOUN_ENDING.test(before.norm))) return true;
  if (end + 1 >= tokens.length || tokens[end + 1]!.norm !== 'the' || !commaAfter(text, tokens, end)) return false;
  for (let j = end + 2; j < Math.min(tokens.length, end + 9); j++) {
    if (COMPANY_NOUNS.has(tokens[j]!.norm) || COMPANY_NOUN_ENDING.test(tokens[j]!.norm)) return true;
    if (boundaryAfter(text, tokens, j)) return false;
  }
  return false;
}

/**
 * Keeps what this sentence named for the sentences after it. Mentions go first and sources
 * last, so that the speaker of a sentence is the most salient referent for the next one's `he`.
 */
function remember(attributions: readonly Attribution[], titles: readonly [string, SourceLink][], mentions: readonly Mention[], memory: SourceMemory): void {
  for (const [title, link] of titles) memory.personByTitle.set(title, link);
  const sentence = memory.sentence;
  const add = (named: SourceLink, spoke: boolean): void => {
    let link = named;
    if (link.role === 'unresolved') return;
    const existing = memory.referents.findIndex((referent) => referent.link === link || referent.link.name === link.name);
    let mentions = 1;
    if (existing >= 0) {
      const [earlier] = memory.referents.splice(existing, 1);
      mentions += earlier!.sentence === sentence ? earlier!.mentions - 1 : earlier!.mentions;
      // `Ad firm WPP ... WPP said`: the bare name as a source is the body already known, not a person.
      if (earlier!.link.role === 'organisation' && link.role === 'person' && link.sex === undefined) link = earlier!.link;
    }
    memory.referents.push({ link, sentence, spoke, mentions });
  };
  // Later mentions first, so that the sentence's first-named (its subject, most often) ends up the more salient.
  for (let i = mentions.length - 1; i >= 0; i--) add(mentions[i]!.link, false);
  for (let i = attributions.length - 1; i >= 0; i--) for (const link of attributions[i]!.links) add(link, true);
  if (memory.referents.length > MAX_REFERENTS) memory.referents.splice(0, memory.referents.length - MAX_REFERENTS);
  memory.sentence++;
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
