import type { LexiconEntry } from './phrase.ts';

/**
 * Common nouns that name a source by its role rather than its name (`the firm said`, `the
 * minister insisted`, `a new book claims`, `72 percent of voters said`). The category says what
 * kind of source the noun stands for, and so what a definite mention (`the firm`) is resolved
 * to: the nearest earlier organisation, person or document that fits.
 *
 * - `organisation`: a body (`company`, `firm`, `group`, `bank`, `court`).
 * - `person-role`: an office or role held by one person (`chancellor`, `minister`, `chief
 *   executive`): resolved to the person last named with that title, if any.
 * - `people`: a plural group of people (`officials`, `lawmakers`, `prosecutors`); `they` may refer to it.
 * - `document`: a text that says something (`report`, `book`, `statement`, `court papers`).
 * - `poll`: a survey and its respondents (`poll`, `survey`, `voters`, `respondents`).
 *
 * To extend: add the singular and plural forms you need in lower case. A noun that only ever names
 * an unnamed or vague source belongs in `anonymity.ts` or `vague-sources.ts` instead.
 */
export type SourceNounCategory = 'organisation' | 'person-role' | 'people' | 'document' | 'poll';

/** Nouns that name a business and are source nouns too (`the firm said`). */
const BUSINESS_SOURCE_NOUNS = [
  'company',
  'firm',
  'group',
  'bank',
  'carrier',
  'airline',
  'retailer',
  'supermarket',
  'chain',
  'maker',
  'manufacturer',
  'producer',
  'giant',
  // `US behemoth General Electric has posted … and declared`: a giant by another word.
  'behemoth',
  'operator',
  'lender',
  'insurer',
  'brewer',
  'conglomerate',
  'distributor',
  'developer',
  'utility',
  'publisher',
  'broadcaster',
  'label',
  'studio',
  // Makers written as one word (`Europe's biggest drugmaker says`).
  'drugmaker',
  'carmaker',
  'automaker',
  'chipmaker',
  'steelmaker',
  'planemaker',
];

/**
 * Nouns that say the name after them is a business (`ad firm WPP`, `drugs giant AstraZeneca`,
 * `rival Peoplesoft`), so that a later `the company said` can mean it. Read by
 * src/analysis/source-memory.ts; to extend, add a lower-case noun.
 */
export const BUSINESS_NOUNS: readonly string[] = [...BUSINESS_SOURCE_NOUNS, 'miner', 'rival', 'owner', 'subsidiary', 'unit', 'builder', 'supplier', 'provider'];

/** BUSINESS_NOUNS as a set, for the readers that look a word up in it (`ad firm WPP`, `Security firm F-Secure`). */
export const BUSINESS_NOUN_SET: ReadonlySet<string> = new Set(BUSINESS_NOUNS);

export type SourceNoun = LexiconEntry<SourceNounCategory>;

const entries = (category: SourceNounCategory, phrases: string[]): SourceNoun[] => phrases.map((phrase) => ({ phrase, category }));

export const SOURCE_NOUNS: readonly SourceNoun[] = [
  ...entries('organisation', [
    ...BUSINESS_SOURCE_NOUNS,
    'industry',
    'sector',
    'regulator',
    'watchdog',
    'body',
    'organisation',
    'organization',
    'agency',
    'bureau',
    'ministry',
    'department',
    'government',
    // `The opposition has described the budget as a gamble`: the parties against the government, a body that answers for its
    // words (kept as written: SELF_IDENTIFYING_BODIES).
    'opposition',
    'court',
    // `The tribunal found that …`: a body that judges, named by what it is. (Not `panel`: `according to the panel` of experts
    // would go to whatever body the article is about.)
    'tribunal',
    'party',
    'union',
    'campaign',
    'charity',
    'council',
    'committee',
    'commission',
    'board',
    'club',
    'team',
    'league',
    'association',
    'federation',
    // `The alliance says hunt supporters will …` (the Countryside Alliance named before).
    'alliance',
    'coalition',
    'consortium',
    'institute',
    'university',
    'network',
    'newspaper',
    'magazine',
    'paper',
    'exchange',
    'fund',
    'foundation',
    'business',
    'administration',
    'office',
    'service',
    'authority',
    'embassy',
    'corporation',
    // `a leading retirement think-tank said`: a body of researchers.
    'think tank',
    'thinktank',
    // `US Airways management has said`: those who run a firm, spoken of as one.
    'management',
    'hospital',
    'telecoms firm',
    'companies',
    'firms',
    'banks',
    'groups',
    'organisations',
    'organizations',
    'associations',
    'carriers',
    'airlines',
    'retailers',
    'makers',
    'manufacturers',
    'operators',
    'lenders',
    'insurers',
    'regulators',
    'governments',
    'ministries',
    'agencies',
    'courts',
    'parties',
    'charities',
    'councils',
  ]),
  ...entries('person-role', [
    // Offices whose last word alone is no role (`general`): `The attorney general has denied …`.
    'attorney general',
    'solicitor general',
    'secretary general',
    'auditor general',
    'inspector general',
    'chancellor',
    'minister',
    'prime minister',
    'secretary',
    'president',
    'chairman',
    'chairwoman',
    'chair',
    'chief executive',
    'boss',
    'governor',
    'mayor',
    'senator',
    'congressman',
    'congresswoman',
    'candidate',
    'nominee',
    'leader',
    'spokesman',
    'spokeswoman',
    'spokesperson',
    'director',
    'manager',
    'coach',
    'judge',
    'prosecutor',
    'lawyer',
    'attorney',
    'author',
    'economist',
    'analyst',
    'official',
    'chief',
    // `the Federal Reserve head said`: the head of a body named before it.
    'head',
    'founder',
    'executive',
    'businessman',
    'businesswoman',
    'billionaire',
    'mogul',
    'tycoon',
    'actor',
    'actress',
    'singer',
    'star',
    'player',
    'striker',
    'midfielder',
    'defender',
    'goalkeeper',
    // (`fly-half`, `scrum-half`: read as their two words, the hyphen aside.)
    'fly half',
    'scrum half',
    // A sporting rank one player holds, written after `said` for the one just named (`"…," said the top seed`). Not
    // `captain`, `skipper` or `champion`: the article gives those to several players (`World and Commonwealth champion X`,
    // `skipper X` in a match report), and a quotation carried to a named player then went to the role or the wrong man.
    'seed',
    'number one',
    'manager',
    'veteran',
    'former',
    'adviser',
    'advisor',
    'aide',
    // (`His assistant, Alice Marchak, said`, `Radio 1's controller, Andy Parfitt, said`: a role before the name it describes.)
    'assistant',
    'controller',
    'mp',
    'peer',
    'ambassador',
    'envoy',
    'commissioner',
    'inspector',
    'officer',
    'detective',
    'professor',
    'researcher',
    'scientist',
    'doctor',
    'witness',
    'victim',
    'defendant',
    'speaker',
    'treasurer',
    'whip',
    'representative',
    'rep',
    'sen',
    'justice',
    'king',
    'queen',
    'prince',
    'princess',
    'pope',
    'democrat',
    'republican',
    'wife',
    'husband',
    'son',
    'daughter',
    'mother',
    'father',
    'brother',
    'sister',
    'widow',
    'partner',
    'friend',
    'novelist',
    'writer',
    'journalist',
    'columnist',
    'historian',
    'biographer',
    'businessman',
    'entrepreneur',
    'investor',
    'founder',
    'chief economist',
    'frontrunner',
    'front-runner',
  ]),
  ...entries('people', [
    'officials',
    'lawmakers',
    'legislators',
    'prosecutors',
    'investigators',
    'police',
    'authorities',
    'organisers',
    'organizers',
    'ministers',
    'executives',
    'bosses',
    'directors',
    'managers',
    'lawyers',
    'doctors',
    'scientists',
    'academics',
    'pundits',
    'viewers',
    'listeners',
    'readers',
    'shoppers',
    'motorists',
    'commuters',
    'passengers',
    'researchers',
    'economists',
    'analysts',
    'aides',
    'advisers',
    'advisors',
    'allies',
    'democrats',
    'republicans',
    'conservatives',
    'liberals',
    'tories',
    'unions',
    'workers',
    'staff',
    'employees',
    'members',
    'mps',
    'peers',
    // `after the law lords said`: the judges of the House of Lords, as the UK's highest court.
    'law lords',
    'senators',
    'leaders',
    'campaigners',
    'activists',
    'protesters',
    'residents',
    'parents',
    'teachers',
    'students',
    'fans',
    'supporters',
    'opponents',
    'critics',
    'rivals',
    'investors',
    'traders',
    'dealers',
    'brokers',
    'shareholders',
    'consumers',
    'customers',
    'judges',
    'jurors',
    'delegates',
    'candidates',
    'nominees',
    'hopefuls',
    'governors',
    'mayors',
    'hawks',
  ]),
  ...entries('document', [
    'report',
    'reports',
    'study',
    'studies',
    'book',
    'memoir',
    'review',
    'survey',
    'paper',
    'papers',
    'court papers',
    'court documents',
    'documents',
    'document',
    'filing',
    'filings',
    'statement',
    'letter',
    'memo',
    'draft',
    'email',
    'e-mail',
    'emails',
    'e-mails',
    'analysis',
    'audit',
    'research',
    'white paper',
    'dossier',
    'inquiry',
    'investigation',
    'indictment',
    'complaint',
    'lawsuit',
    'suit',
    'ruling',
    'verdict',
    'judgment',
    'judgement',
    'documentary',
    'article',
    'editorial',
    'column',
    'op-ed',
    'post',
    'tweet',
    'ad',
    'ads',
    'advert',
    'adverts',
    'advertisement',
    'advertisements',
    'letters',
    'statements',
    'video',
    'website',
    'blog',
    'figures',
    'data',
    'statistics',
    'forecast',
    'estimate',
    'estimates',
    'index',
    'minutes',
    'transcript',
    'release',
    'press release',
    'note',
    'budget',
    'plan',
    'manifesto',
    'white paper',
    'green paper',
    'bill',
    'assessment',
    'records',
    // `The register shows the former leader earning up to …`: a public register (of members' interests, of companies) is a
    // record that shows what is entered in it.
    'register',
    'registers',
    'returns',
    'results',
    'findings',
    'numbers',
    'count',
    'tally',
    'projections',
    'models',
    'model',
    'book',
    'biography',
    'autobiography',
    'findings',
    // Lists a magazine or a body draws up (`according to a round-up of gizmos compiled by Stuff Magazine`).
    'list',
    'round-up',
    'ranking',
    'rankings',
  ]),
  ...entries('poll', [
    'poll',
    'polls',
    'polling',
    'survey',
    'surveys',
    'respondents',
    'voters',
    'those polled',
    'those surveyed',
    'people polled',
    'people surveyed',
    'percent',
    'per cent',
    'majority',
    'minority',
    'plurality',
    'exit poll',
    'exit polls',
    'focus group',
  ]),
];

/**
 * Documents that are by nature one body's own record (`minutes have shown`, `filings show`): whose they are is never in doubt
 * where the article uses them, so they are `named` like `the minutes` or `court papers`, where `documents show` is vague.
 */
export const RECORDS_OF_A_BODY: ReadonlySet<string> = new Set(['minutes', 'filings']);
/**
 * Documents that decide rather than report: what one gives or puts is an act of the court or the body that made it (`The
 * Commission's 2002 ruling gave the carriers the right to fly`), not a finding it reports (`The survey gave Labour a lead`).
 */
export const DECISIONS: ReadonlySet<string> = new Set([
  'ruling',
  'rulings',
  'verdict',
  'judgment',
  'judgement',
  'decision',
  'order',
  'indictment',
  'law',
  'act',
  'bill',
  'deal',
  'agreement',
  'contract',
  'licence',
  'license',
  'directive',
  'regulation',
  'treaty',
]);

/**
 * Plural `people` nouns that name a body answering for itself, so that opening a sentence they stay `named` (`Tories claim`,
 * `Police said`, `Ministers say`), where other plurals there are the vague group they are mid-sentence (`Investors said`).
 * Extend with parties and bodies of office holders.
 */
export const NAMED_GROUPS: ReadonlySet<string> = new Set([
  'democrats',
  'republicans',
  'conservatives',
  'liberals',
  'tories',
  'unions',
  'police',
  'ministers',
  'authorities',
  'mps',
  'peers',
  'senators',
  'judges',
  'jurors',
  'prosecutors',
  'investigators',
  'organisers',
  'organizers',
  'delegates',
]);

/**
 * Words that make a role another office (`shadow foreign secretary` is not `the foreign secretary`, `former chairman` not
 * `the chairman`, `Prime Minister X` not `the minister`): a role phrase is resolved to a person whose role holds one of these only when the phrase holds it too.
 * Extend with any such modifier.
 */
export const OFFICE_MODIFIERS: ReadonlySet<string> = new Set(['shadow', 'prime', 'former', 'ex', 'deputy', 'vice', 'acting', 'interim', 'junior', 'assistant', 'outgoing', 'incoming', 'then']);

/**
 * Ordinals that rank one holder of a sporting role among others (`seventh seed Feliciano Lopez`, `the second seed`): a role
 * the article wrote with one is not `the top seed`, so a later phrase fits it only with the same word. Read by `roleFits`
 * in src/analysis/source-memory.ts; extend with any ordinal written as a word.
 */
export const RANKS: ReadonlySet<string> = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth']);

/**
 * Superlatives that rank a business in its market (`Europe's biggest drugmaker`, `The UK's biggest mortgage lender`, `the
 * world's second-biggest insurer`): a phrase so made describes a company the article names, which it stands for as `the
 * company` would when the article has named one business only (src/analysis/source-kinds.ts). Extend with a superlative of
 * size or standing, in lower case.
 */
export const MARKET_RANKS: ReadonlySet<string> = new Set(['biggest', 'largest', 'leading', 'top', 'oldest', 'greatest', 'smallest']);

/**
 * Words a reporter adds to a role that say how it is held, not which office it is (`A senior Tory MP`, `the veteran
 * Labour MP`): a role phrase with one still fits a person whose role the article wrote without it. Extend with any such
 * judgement of standing; never with a word that names another office (those are `OFFICE_MODIFIERS`) or a field
 * (`foreign`, `health`).
 */
export const ROLE_EPITHETS: ReadonlySet<string> = new Set(['senior', 'leading', 'top', 'veteran', 'prominent', 'influential', 'outspoken', 'respected', 'long-serving', 'key']);

/**
 * Bodies a definite article alone identifies in news copy: `the government says` is the country's government, never the union
 * or chamber of commerce the article quoted before, so `the government` goes only to a body whose own name holds the word
 * (`the Blair government`) and otherwise stays as written.
 */
export const SELF_IDENTIFYING_BODIES: ReadonlySet<string> = new Set(['government', 'administration', 'treasury', 'cabinet', 'parliament', 'opposition']);

/**
 * Bodies made of several others (`the Cell consortium expects …` after Sony, IBM and Toshiba were named): never one of their
 * members, so the noun goes only to a body whose own name holds the word (`the Countryside Alliance` → `the alliance`) and
 * otherwise stays as written.
 */
export const BODIES_OF_SEVERAL: ReadonlySet<string> = new Set(['consortium', 'coalition', 'alliance', 'partnership', 'venture']);

/**
 * Bodies that oversee or judge others (`The financial regulator said Fannie Mae would …`, `The watchdog said`): the firm an
 * article is about is never what such a noun means, so it is read as a body whose own name holds the noun (`the Competition
 * Commission` → `the commission`) or a public body the article is about (`the Electoral Commission` → `the watchdog`), else
 * kept as written. Extend with nouns of regulators, courts and inquiries.
 */
export const OVERSEEING_BODIES: ReadonlySet<string> = new Set(['regulator', 'watchdog', 'court', 'tribunal', 'commission', 'committee', 'inquiry', 'ombudsman', 'authority']);

/**
 * Lower-case words that make an `agency` a news agency (`news agency`, `the state agency`); any other lower-case word before it
 * names the agency's own business (`rating agency Fitch`, `the government agency`, `an advertising agency`), a body that speaks
 * for itself and relays no report. Extend with words for a wire service.
 */
export const NEWS_AGENCY_MODIFIERS: ReadonlySet<string> = new Set(['news', 'wire', 'press', 'photo', 'state', 'official', 'semi-official']);

/**
 * Courts and those who sit in them (`An employment tribunal dismissed her allegations`, `the judge dismissed the claims`): what
 * such a body dismisses it rules on, an act the article reports, not words of its own. Read by `isNotSpeech` in
 * src/analysis/attribution-cues.ts; extend with other nouns of a court, singular and plural.
 */
export const RULING_BODIES: ReadonlySet<string> = new Set(['court', 'courts', 'tribunal', 'tribunals', 'judge', 'judges', 'jury', 'magistrate', 'magistrates', 'justices']);

/**
 * Jobs at an outlet whose work is the holder's own opinion (`BBC pundit Jo Hale believes`, `Evening Standard film critic Jo
 * Hale said`): a named person in one gives their own view, named, not the outlet relaying someone (`BBC political editor Nick
 * Robinson` still reports for the BBC, so a reporter's job is never one of these). Extend with other jobs of judging aloud.
 */
export const OPINION_ROLES: ReadonlySet<string> = new Set(['pundit', 'critic', 'columnist', 'commentator', 'reviewer']);

/**
 * Participles after a plural in a subject that leave a name after them speaking: people acting for another (`Lawyers
 * representing Mr Ebbers`, `Solicitors acting for the family`), whom the one they act for answers through, as through a
 * spokesman, and members listed (`newspapers including El Watan`). `The unions meeting Mr Prescott` is cut before its participle.
 */
export const NAME_KEEPING_PARTICIPLES: ReadonlySet<string> = new Set(['representing', 'acting', 'advising', 'including']);

/**
 * Texts an `It said` opening the next sentence may go back to when one opened the sentence before (`Thursday's report was
 * drawn up by …`); not figures or results, which a body publishes (`The figures … . It found` is the body's). Extend in the
 * singular, lower case.
 */
export const SPEAKING_TEXTS: ReadonlySet<string> = new Set([
  'report',
  'study',
  'survey',
  'research',
  'review',
  'paper',
  'letter',
  'statement',
  'book',
  'memo',
  'dossier',
  'analysis',
  'audit',
  'poll',
  'document',
  'article',
]);

/**
 * What a text does more than a body does (`it recommends`, `it concludes`): `it` before one of these, right after a sentence
 * that names one of the SPEAKING_TEXTS (`Some analysts believe the Kok report falls short. For example, it recommends …`), is
 * that text, not a body named further back. Extend with third-person and past forms.
 */
export const TEXT_VERBS: ReadonlySet<string> = new Set(['recommends', 'recommended', 'concludes', 'concluded', 'proposes', 'proposed']);

/**
 * Words for one person of a nation (`the American`, `the Dutchman`, `the Spaniard`), which sports and news writers use for a
 * player or speaker named earlier. After `the`, one of these is a description of a person, shown as written (`the
 * American`), never a name (`American` is also an airline). Plural or ambiguous forms (`Chinese`, `Swiss`, `French`) and words
 * that also name bodies or groups (`Taliban`, `Vatican`) are left out. Extend with any such singular noun.
 */
export const PERSON_DEMONYMS: ReadonlySet<string> = new Set([
  'american',
  'argentine',
  'argentinian',
  'australian',
  'austrian',
  'belgian',
  'brazilian',
  'briton',
  'bulgarian',
  'canadian',
  'chilean',
  'colombian',
  'croat',
  'croatian',
  'dane',
  'dutchman',
  'englishman',
  'ethiopian',
  'finn',
  'frenchman',
  'german',
  'irishman',
  'italian',
  'jamaican',
  'kenyan',
  'kiwi',
  'mexican',
  'moroccan',
  'nigerian',
  'norwegian',
  'pole',
  'romanian',
  'russian',
  'scot',
  'scotsman',
  'serb',
  'serbian',
  'spaniard',
  'swede',
  'ukrainian',
  'welshman',
]);

/**
 * Parts of an outlet that report in their own name after its possessive (`BBC Radio 4's Today programme`, `The Observer's
 * business section`, `The Financial Times' Lex column`): the part, with its owner, is the source, and it relays what it
 * reports as the outlet does. To extend, add the singular in lower case.
 */
export const EDITORIAL_PARTS: ReadonlySet<string> = new Set(['programme', 'show', 'documentary', 'bulletin', 'section', 'pages', 'page', 'column', 'supplement', 'edition', 'website', 'desk', 'team']);

/**
 * Parts of a body that speak in its name after its possessive (`Deutsche Bank's research unit`, `Glaxo's US arm`, `the
 * Treasury's Debt Management Office`): the part, with its owner, is the source, not the owner alone and not the last word; of
 * an outlet it speaks of the outlet's own affairs, as a firm does (`Sky's business unit`). To extend, add the singular in lower case.
 */
export const BODY_PARTS: ReadonlySet<string> = new Set(['unit', 'arm', 'division', 'wing', 'subsidiary', 'department', 'office', 'panel']);
