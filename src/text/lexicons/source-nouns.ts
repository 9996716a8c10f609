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

export type SourceNoun = LexiconEntry<SourceNounCategory>;

const entries = (category: SourceNounCategory, phrases: string[]): SourceNoun[] => phrases.map((phrase) => ({ phrase, category }));

export const SOURCE_NOUNS: readonly SourceNoun[] = [
  ...entries('organisation', [
    'company', 'firm', 'group', 'bank', 'carrier', 'airline', 'retailer', 'supermarket', 'chain', 'maker', 'manufacturer', 'producer',
    'giant', 'operator', 'lender', 'insurer', 'regulator', 'watchdog', 'body', 'organisation', 'organization', 'agency', 'ministry',
    'department', 'government', 'court', 'party', 'union', 'campaign', 'charity', 'council', 'committee', 'commission', 'board',
    'club', 'team', 'league', 'association', 'federation', 'institute', 'university', 'network', 'broadcaster', 'newspaper',
    'paper', 'studio', 'label', 'publisher', 'exchange', 'fund', 'foundation', 'business', 'administration', 'office', 'service',
    'authority', 'embassy', 'corporation', 'conglomerate', 'brewer', 'distributor', 'developer', 'utility', 'telecoms firm',
    'companies', 'firms', 'banks', 'groups', 'carriers', 'airlines', 'retailers', 'makers', 'manufacturers', 'operators',
    'lenders', 'insurers', 'regulators', 'governments', 'ministries', 'agencies', 'courts', 'parties', 'charities', 'councils',
  ]),
  ...entries('person-role', [
    'chancellor', 'minister', 'prime minister', 'secretary', 'president', 'chairman', 'chairwoman', 'chair', 'chief executive',
    'boss', 'governor', 'mayor', 'senator', 'congressman', 'congresswoman', 'candidate', 'nominee', 'leader', 'spokesman',
    'spokeswoman', 'spokesperson', 'director', 'manager', 'coach', 'judge', 'prosecutor', 'lawyer', 'attorney', 'author',
    'economist', 'analyst', 'official', 'chief', 'founder', 'executive', 'businessman', 'businesswoman', 'billionaire',
    'mogul', 'tycoon', 'actor', 'actress', 'singer', 'star', 'player', 'striker', 'midfielder', 'defender', 'goalkeeper',
    'manager', 'veteran', 'former', 'adviser', 'advisor', 'aide', 'mp', 'peer', 'ambassador', 'envoy', 'commissioner',
    'inspector', 'officer', 'detective', 'professor', 'researcher', 'scientist', 'doctor', 'witness', 'victim', 'defendant',
    'speaker', 'treasurer', 'whip', 'representative', 'rep', 'sen', 'justice', 'king', 'queen', 'prince', 'princess', 'pope',
    'democrat', 'republican', 'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'widow',
    'partner', 'friend', 'novelist', 'writer', 'journalist', 'columnist', 'historian', 'biographer', 'businessman', 'entrepreneur', 'investor', 'founder', 'chief economist', 'frontrunner', 'front-runner',
  ]),
  ...entries('people', [
    'officials', 'lawmakers', 'legislators', 'prosecutors', 'investigators', 'police', 'authorities', 'organisers', 'organizers',
    'ministers', 'executives', 'bosses', 'directors', 'managers', 'lawyers', 'doctors', 'scientists', 'researchers', 'economists',
    'analysts', 'aides', 'advisers', 'advisors', 'allies', 'democrats', 'republicans', 'conservatives', 'liberals', 'tories',
    'unions', 'workers', 'staff', 'employees', 'members', 'mps', 'peers', 'senators', 'leaders', 'campaigners', 'activists',
    'protesters', 'residents', 'parents', 'teachers', 'students', 'fans', 'supporters', 'opponents', 'critics', 'rivals',
    'investors', 'traders', 'dealers', 'brokers', 'shareholders', 'consumers', 'customers', 'judges', 'jurors', 'delegates',
  ]),
  ...entries('document', [
    'report', 'reports', 'study', 'studies', 'book', 'memoir', 'review', 'survey', 'paper', 'papers', 'court papers',
    'court documents', 'documents', 'document', 'filing', 'filings', 'statement', 'letter', 'memo', 'email', 'e-mail',
    'emails', 'e-mails', 'analysis', 'audit', 'research', 'white paper', 'dossier', 'inquiry', 'investigation', 'indictment',
    'complaint', 'lawsuit', 'suit', 'ruling', 'verdict', 'judgment', 'judgement', 'documentary', 'article', 'editorial',
    'column', 'op-ed', 'post', 'tweet', 'ad', 'advert', 'advertisement', 'video', 'website', 'blog', 'figures', 'data',
    'statistics', 'forecast', 'estimate', 'estimates', 'index', 'minutes', 'transcript', 'release', 'press release', 'note',
    'budget', 'plan', 'manifesto', 'white paper', 'green paper', 'bill', 'assessment', 'records', 'returns', 'results',
    'findings', 'numbers', 'count', 'tally', 'projections', 'models', 'model', 'book', 'biography', 'autobiography', 'findings',
  ]),
  ...entries('poll', [
    'poll', 'polls', 'survey', 'surveys', 'respondents', 'voters', 'those polled', 'those surveyed', 'people polled',
    'people surveyed', 'percent', 'per cent', 'majority', 'minority', 'plurality', 'exit poll', 'exit polls', 'focus group',
  ]),
];
