/**
 * Words that tell people, organisations and places apart in capitalised runs of news text
 * ("Kursk Governor Alexander Khinstsen", "Russian Armed Forces", "South Korea"). The entity
 * reader splits a run at its last title word into a descriptor and a name, calls a run with an
 * organisation word an organisation, and a run listed here as a place a place.
 * Extend by adding words in the case they are written; every list is matched word by word.
 */

/** Words of a job title; a run that has one before a name is a person with that descriptor. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'President',
  'Vice',
  'Prime',
  'Minister',
  'Deputy',
  'Governor',
  'Mayor',
  'Chancellor',
  'Secretary',
  // "US Undersecretary of State John Bolton".
  'Undersecretary',
  'General',
  'Director',
  'Chief',
  'Chairman',
  'Chairwoman',
  'Chair',
  'Spokesperson',
  'Spokesman',
  'Spokeswoman',
  'Ambassador',
  'Senator',
  'Representative',
  'Judge',
  'Justice',
  // "Lord Justices Clarke and Rix": a plural title before the first of the names it gives.
  'Justices',
  'King',
  'Queen',
  'Prince',
  'Princess',
  'Commander',
  'Colonel',
  'Lieutenant',
  'Major',
  'Captain',
  'Admiral',
  'Marshal',
  'Sergeant',
  'Officer',
  'Head',
  'Leader',
  'Premier',
  // "deputy PM John Prescott", "former PM Lord Callaghan": the short form of Prime Minister.
  'PM',
  'Envoy',
  'Dr',
  'Dr.',
  'Professor',
  'Prof',
  'Mr',
  'Mr.',
  'Mrs',
  'Mrs.',
  'Ms',
  'Ms.',
  'Sir',
  'Dame',
  'Lord',
  'Lady',
  'Pope',
  'Bishop',
  'Archbishop',
  'Sheikh',
  'Emir',
  'Coach',
  'Manager',
  'Executive',
  'CEO',
  'Founder',
  'Boss',
  'Speaker',
  'Whip',
  'Attorney',
  'Commissioner',
  'Treasurer',
  'Sheriff',
  'Rabbi',
  'Rev',
  'Rev.',
  'Reverend',
  'Inspector',
  'Superintendent',
  'Reporter',
  'Correspondent',
  'Editor',
  'Author',
  'Economist',
  'Analyst',
  'Gen',
  'Gen.',
  'Lt',
  'Lt.',
  'Col',
  'Col.',
  'Sgt',
  'Sgt.',
  'Gov',
  'Gov.',
  'Sen',
  'Sen.',
  'Rep',
  'Rep.',
  'Capt',
  'Capt.',
]);

/** Words that name a ministry's field inside a title ("Minister of Defense", "Defense Minister"). */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set([
  'Defense',
  'Defence',
  'Foreign',
  'Affairs',
  'Interior',
  'Home',
  'Finance',
  'Economy',
  'Health',
  'Education',
  'Justice',
  'Trade',
  'Energy',
  'State',
  'Culture',
  'Transport',
  'Labour',
  'Labor',
  'Environment',
  'Agriculture',
  'Industry',
  'Security',
  'Emergency',
  'Situations',
  'Treasury',
  'Staff',
  'Operating',
  'Financial',
  // Halves of portfolios joined by "and" ("Work and Pensions Secretary", "Culture, Media and Sport Secretary").
  'Work',
  'Pensions',
  'Media',
  'Sport',
  'Rural',
  'Constitutional',
  'Development',
  // What follows "of the" in a title ("Chancellor of the Exchequer", "Leader of the House").
  'Exchequer',
  'House',
]);

/** What kind of body an organisation word marks. */
export type OrganisationWordCategory = 'body' | 'business' | 'sport' | 'state' | 'military-unit' | 'party' | 'acronym' | 'media' | 'education' | 'people';

/**
 * Words that make a capitalised run an organisation ("Exxon Mobil Corp", "Bank of England",
 * "Public Citizen", "the Lib Dems"): the one list both the entity reader and the attribution
 * reader use. Each word is in lower case with its category:
 * - `body`: a body of any kind: public, private or voluntary.
 * - `business`: a company: legal endings and the trades companies are named by.
 * - `sport`: a sports club.
 * - `state`: an institution of a state: parliaments, courts, forces, regulators.
 * - `military-unit`: a unit of armed forces.
 * - `party`: a political party or its members as a body (`the Tories`, `Democrats`).
 * - `acronym`: a body known by its initials; written in capitals.
 * - `media`: a word of a newspaper's or broadcaster's name.
 * - `education`: a school or university.
 * - `people`: the holders of a body, spoken of as one.
 *
 * Extend by adding the word in lower case under its category; an `acronym` is matched in capitals.
 */
export const ORGANISATION_WORD_ENTRIES: readonly { word: string; category: OrganisationWordCategory }[] = [
  { word: 'agency', category: 'body' },
  { word: 'service', category: 'body' },
  { word: 'services', category: 'body' },
  { word: 'ministry', category: 'state' },
  { word: 'department', category: 'state' },
  { word: 'directorate', category: 'state' },
  { word: 'committee', category: 'body' },
  { word: 'council', category: 'body' },
  { word: 'commission', category: 'state' },
  { word: 'union', category: 'body' },
  { word: 'office', category: 'body' },
  { word: 'authority', category: 'body' },
  { word: 'authorities', category: 'state' },
  { word: 'board', category: 'body' },
  { word: 'fund', category: 'body' },
  { word: 'alliance', category: 'body' },
  { word: 'coalition', category: 'body' },
  { word: 'cabinet', category: 'state' },
  { word: 'government', category: 'state' },
  { word: 'administration', category: 'state' },
  { word: 'association', category: 'body' },
  { word: 'federation', category: 'body' },
  { word: 'organisation', category: 'body' },
  { word: 'organization', category: 'body' },
  { word: 'society', category: 'body' },
  { word: 'trust', category: 'body' },
  { word: 'centre', category: 'body' },
  { word: 'center', category: 'body' },
  { word: 'foundation', category: 'body' },
  { word: 'institute', category: 'body' },
  { word: 'project', category: 'body' },
  { word: 'league', category: 'body' },
  { word: 'club', category: 'body' },
  { word: 'network', category: 'body' },
  { word: 'consortium', category: 'body' },
  { word: 'registry', category: 'body' },
  { word: 'group', category: 'body' },
  { word: 'bureau', category: 'state' },
  { word: 'secretariat', category: 'state' },
  { word: 'mission', category: 'body' },
  { word: 'embassy', category: 'state' },
  // `Hereford County Hospital said`: a hospital speaks as a body, never as a person.
  { word: 'hospital', category: 'body' },
  { word: 'infirmary', category: 'body' },
  { word: 'clinic', category: 'body' },
  { word: 'command', category: 'body' },
  { word: 'watch', category: 'body' },
  { word: 'research', category: 'body' },
  { word: 'campaign', category: 'body' },
  { word: 'staff', category: 'body' },
  { word: 'citizen', category: 'body' },
  { word: 'rights', category: 'body' },
  { word: 'records', category: 'body' },
  { word: 'bank', category: 'business' },
  { word: 'corporation', category: 'business' },
  { word: 'corp', category: 'business' },
  { word: 'inc', category: 'business' },
  { word: 'ltd', category: 'business' },
  { word: 'plc', category: 'business' },
  { word: 'company', category: 'business' },
  { word: 'co', category: 'business' },
  { word: 'ag', category: 'business' },
  { word: 'sa', category: 'business' },
  { word: 'nv', category: 'business' },
  { word: 'holdings', category: 'business' },
  { word: 'motors', category: 'business' },
  { word: 'airways', category: 'business' },
  { word: 'airlines', category: 'business' },
  { word: 'airline', category: 'business' },
  { word: 'partners', category: 'business' },
  { word: 'capital', category: 'business' },
  { word: 'securities', category: 'business' },
  { word: 'telecom', category: 'business' },
  { word: 'industries', category: 'business' },
  { word: 'brothers', category: 'business' },
  { word: 'exchange', category: 'business' },
  // An exchange named in its own language (`Deutsche Boerse`, `Euronext's Paris Bourse`, `Borsa Italiana`): two such words
  // are otherwise read as a person's name.
  { word: 'bourse', category: 'business' },
  { word: 'boerse', category: 'business' },
  { word: 'börse', category: 'business' },
  { word: 'borsa', category: 'business' },
  { word: 'bolsa', category: 'business' },
  { word: 'bancorp', category: 'business' },
  { word: 'brands', category: 'business' },
  { word: 'communications', category: 'business' },
  { word: 'consulting', category: 'business' },
  { word: 'electric', category: 'business' },
  { word: 'energy', category: 'business' },
  { word: 'entertainment', category: 'business' },
  { word: 'foods', category: 'business' },
  { word: 'gas', category: 'business' },
  { word: 'insurance', category: 'business' },
  { word: 'investments', category: 'business' },
  { word: 'media', category: 'business' },
  { word: 'mobile', category: 'business' },
  { word: 'oil', category: 'business' },
  { word: 'petroleum', category: 'business' },
  { word: 'pharma', category: 'business' },
  { word: 'pharmaceuticals', category: 'business' },
  { word: 'rail', category: 'business' },
  { word: 'railways', category: 'business' },
  { word: 'stores', category: 'business' },
  { word: 'studios', category: 'business' },
  { word: 'systems', category: 'business' },
  { word: 'technologies', category: 'business' },
  { word: 'water', category: 'business' },
  { word: 'economics', category: 'business' },
  { word: 'fc', category: 'sport' },
  { word: 'rovers', category: 'sport' },
  { word: 'united', category: 'sport' },
  { word: 'city', category: 'sport' },
  { word: 'parliament', category: 'state' },
  { word: 'assembly', category: 'state' },
  { word: 'congress', category: 'state' },
  { word: 'senate', category: 'state' },
  { word: 'court', category: 'state' },
  { word: 'tribunal', category: 'state' },
  { word: 'police', category: 'state' },
  { word: 'kremlin', category: 'state' },
  { word: 'pentagon', category: 'state' },
  { word: 'treasury', category: 'state' },
  { word: 'military', category: 'state' },
  { word: 'regime', category: 'state' },
  { word: 'junta', category: 'state' },
  { word: 'house', category: 'state' },
  { word: 'commons', category: 'state' },
  { word: 'lords', category: 'state' },
  { word: 'palace', category: 'state' },
  { word: 'state', category: 'state' },
  { word: 'republic', category: 'state' },
  { word: 'reserve', category: 'state' },
  { word: 'army', category: 'state' },
  { word: 'navy', category: 'state' },
  { word: 'guard', category: 'state' },
  { word: 'forces', category: 'state' },
  { word: 'force', category: 'state' },
  { word: 'ofcom', category: 'state' },
  { word: 'ofwat', category: 'state' },
  { word: 'ofgem', category: 'state' },
  { word: 'unit', category: 'military-unit' },
  { word: 'brigade', category: 'military-unit' },
  { word: 'division', category: 'military-unit' },
  { word: 'regiment', category: 'military-unit' },
  { word: 'battalion', category: 'military-unit' },
  { word: 'formations', category: 'military-unit' },
  { word: 'rosgarde', category: 'military-unit' },
  { word: 'party', category: 'party' },
  { word: 'labour', category: 'party' },
  { word: 'tories', category: 'party' },
  { word: 'conservatives', category: 'party' },
  { word: 'democrats', category: 'party' },
  { word: 'dems', category: 'party' },
  { word: 'republicans', category: 'party' },
  { word: 'liberals', category: 'party' },
  { word: 'greens', category: 'party' },
  { word: 'socialists', category: 'party' },
  { word: 'communists', category: 'party' },
  { word: 'nationalists', category: 'party' },
  { word: 'unionists', category: 'party' },
  { word: 'gop', category: 'party' },
  { word: 'cia', category: 'acronym' },
  { word: 'fbi', category: 'acronym' },
  { word: 'imf', category: 'acronym' },
  { word: 'nato', category: 'acronym' },
  { word: 'un', category: 'acronym' },
  { word: 'eu', category: 'acronym' },
  { word: 'oecd', category: 'acronym' },
  { word: 'opec', category: 'acronym' },
  { word: 'wto', category: 'acronym' },
  { word: 'who', category: 'acronym' },
  { word: 'dnc', category: 'acronym' },
  { word: 'rnc', category: 'acronym' },
  { word: 'pac', category: 'acronym' },
  { word: 'kgb', category: 'acronym' },
  { word: 'fsb', category: 'acronym' },
  { word: 'nis', category: 'acronym' },
  { word: 'kcna', category: 'acronym' },
  { word: 'news', category: 'media' },
  { word: 'novosti', category: 'media' },
  { word: 'times', category: 'media' },
  { word: 'post', category: 'media' },
  { word: 'press', category: 'media' },
  { word: 'television', category: 'media' },
  { word: 'radio', category: 'media' },
  { word: 'broadcasting', category: 'media' },
  { word: 'university', category: 'education' },
  { word: 'college', category: 'education' },
  { word: 'school', category: 'education' },
  { word: 'shareholders', category: 'people' },
  { word: 'investors', category: 'people' },
];

/** Organisation words that mark a body no business is (`Senate`, `Labour`, `NATO`, `College`): `the company` never means one. */
export const PUBLIC_BODY_WORDS: ReadonlySet<string> = new Set(
  ORGANISATION_WORD_ENTRIES.filter(({ category }) => category === 'state' || category === 'party' || category === 'acronym' || category === 'education' || category === 'military-unit').map(
    (entry) => entry.word,
  ),
);

/**
 * Organisation words no firm bears (`Association`, `Union`, `Council`), beside PUBLIC_BODY_WORDS: `the company` or `the firm`
 * never means one. Not `group`, `trust`, `fund` or `network`, which end firms' names as often (`Vestey Group`).
 */
export const NOT_FIRM_WORDS: ReadonlySet<string> = new Set([
  ...PUBLIC_BODY_WORDS,
  'committee',
  'council',
  'union',
  'association',
  'federation',
  'society',
  'foundation',
  'institute',
  'league',
  'mission',
  'campaign',
  'coalition',
  'alliance',
  'authority',
  'commission',
  'organisation',
  'organization',
]);

/**
 * Words that end the name of a body or of a law only when capitalised (`the Health and Safety Executive`, `the Serious Organised
 * Crime and Police Bill`, `the Asylum and Immigration Act`). In lower case they name a person (`a BT executive said`) or a thing
 * (`the bill proposes`), so they are no ORGANISATION_WORDS; capitalised after an `and` between capitalised words, that `and` is
 * inside the name, not between two sources.
 */
export const CAPITALISED_NAME_ENDINGS: ReadonlySet<string> = new Set(['executive', 'bill', 'act']);

/** The organisation words in lower case, for readers that fold case (`the Tories` → `tories`). */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set(ORGANISATION_WORD_ENTRIES.map((entry) => entry.word));

/** The organisation words as a name writes them (`Corp`, `Bank`, `NATO`), for readers that match case. */
export const ORGANISATION_WORDS_AS_WRITTEN: ReadonlySet<string> = new Set(
  ORGANISATION_WORD_ENTRIES.map(({ word, category }) => (category === 'acronym' ? word.toUpperCase() : word[0]?.toUpperCase() + word.slice(1))),
);

/**
 * Words a company's full name ends with that its short name drops, as the article writes it ("Kraft Foods" … "Kraft",
 * "Hyundai Motor" … "Hyundai", "Altria Group" … "Altria", "Daiwa Securities" … "Daiwa"), in lower case: legal forms and
 * the one trade the company is named by. Not a word that names a part of a company or a place it works in ("Barclays
 * Capital", "Fiat Powertrain", "GM Europe"): that is another body than the short name, which stays apart. Extend with a
 * word of that kind only.
 */
export const COMPANY_NAME_ENDINGS: ReadonlySet<string> = new Set([
  // Legal forms.
  'inc',
  'plc',
  'ltd',
  'llc',
  'corp',
  'corporation',
  'co',
  'company',
  'ag',
  'sa',
  'nv',
  'group',
  'holdings',
  // Trades a company is named by.
  'motor',
  'motors',
  'foods',
  'breweries',
  'airways',
  'airlines',
  'securities',
  'communications',
  'resources',
  'pharmaceuticals',
]);

/**
 * Whole names of bodies that no word in them marks as one: political parties first. Extend with
 * the name as the articles write it.
 */
export const ORGANISATION_NAMES: ReadonlySet<string> = new Set([
  'Labour',
  'New Labour',
  'Conservatives',
  'Tories',
  'Lib Dems',
  'Liberal Democrats',
  'Lib Dem',
  'Liberal Democrat',
  'UKIP',
  'SNP',
  'Plaid Cymru',
  'Sinn Fein',
  'Democrats',
  'Republicans',
  'Greens',
  'Respect',
  'Veritas',
  'Treasury',
  'Downing Street',
  'Whitehall',
  'Interpol',
  'Europol',
  'Opec',
  'Nasdaq',
  'Footsie',
]);

/**
 * Lower-case nouns for a kind of body, which make the name right after them an organisation
 * ("oil firm Yukos", "the German carmaker BMW"). Extend with nouns that only ever name bodies.
 */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
  'firm',
  'company',
  'group',
  'giant',
  'carrier',
  'airline',
  'retailer',
  'carmaker',
  'maker',
  'operator',
  'producer',
  'insurer',
  'chain',
  'lender',
  'conglomerate',
  'supplier',
  'manufacturer',
  'regulator',
  'watchdog',
  'party',
  'union',
  'broker',
  'bank',
  'telecoms',
  'brewer',
  'supermarket',
  'builder',
  'exchange',
  'club',
  'charity',
  'agency',
  'publisher',
  'studio',
  'label',
]);

/** Words after which "of" continues a name ("House of Commons", "Duke of York"), beside the organisation and title words. */
export const OF_HEADS: ReadonlySet<string> = new Set([
  'House',
  'City',
  'Duke',
  'Duchess',
  'Earl',
  'Bishop',
  'Study',
  'School',
  'College',
  'Museum',
  'Isle',
  'Gulf',
  'Bay',
  'Sea',
  'Cape',
  'Port',
  'Church',
  'Order',
  'Friends',
  'Chamber',
  'Houses',
  'Palace',
  'Tower',
  'Bank',
]);

/** What kind of name a numbered-name head opens. */
export type NumberedNameCategory = 'broadcaster' | 'competition' | 'document' | 'index' | 'product' | 'place' | 'body';

/**
 * Words after which a numeral is the last word of the name, never a figure beside it: "Radio 4" and "Radio 1" are two
 * stations, "Channel 4" is no "Channel", "Chapter 11" and "Section 404" are parts of a law, "FTSE 100" an index. A
 * numeral after any other name is read as a figure or a score ("Terry 17, Gudjohnsen 46" in a line-up, "Chelsea 2").
 */
export const NUMBERED_NAME_HEAD_ENTRIES: readonly { word: string; category: NumberedNameCategory }[] = [
  { word: 'Radio', category: 'broadcaster' },
  { word: 'Channel', category: 'broadcaster' },
  { word: 'News', category: 'broadcaster' },
  { word: 'ITV', category: 'broadcaster' },
  { word: 'Formula', category: 'competition' },
  { word: 'Euro', category: 'competition' },
  { word: 'Super', category: 'competition' },
  { word: 'Live', category: 'competition' },
  { word: 'Aid', category: 'competition' },
  { word: 'Chapter', category: 'document' },
  { word: 'Section', category: 'document' },
  { word: 'Clause', category: 'document' },
  { word: 'Act', category: 'document' },
  { word: 'FTSE', category: 'index' },
  { word: 'Nikkei', category: 'index' },
  { word: 'Dax', category: 'index' },
  { word: 'DAX', category: 'index' },
  { word: 'CAC', category: 'index' },
  { word: 'PlayStation', category: 'product' },
  { word: 'Xbox', category: 'product' },
  { word: 'Windows', category: 'product' },
  { word: 'Number', category: 'place' },
  { word: 'Terminal', category: 'place' },
  { word: 'Transport', category: 'body' },
];

/** The numbered-name heads as written. */
export const NUMBERED_NAME_HEADS: ReadonlySet<string> = new Set(NUMBERED_NAME_HEAD_ENTRIES.map((entry) => entry.word));

/** Titles written after a name ("Margaret Moran MP"); they end the name. */
export const POSTNOMINALS: ReadonlySet<string> = new Set(['MP', 'MPs', 'MEP', 'MEPs', 'MSP', 'AM', 'QC', 'KC', 'Jr', 'Jr.', 'Sr', 'Sr.', 'OBE', 'MBE', 'CBE']);

/**
 * Words in lower case that change which holder of a title is meant ("former Labour MP George
 * Galloway", "the then Home Secretary", "shadow Home Secretary David Davis", "acting chairman"),
 * or which office it is ("deputy Conservative Chairman", "vice Party Chairman", "assistant Chief
 * Constable", "joint Chief Executive"): a descriptor keeps them, since "Labour MP" alone says he
 * still sits and "Conservative Chairman" that he chairs the party. Several may stand together
 * ("then deputy Conservative Chairman"). A sporting title's holder is told so too ("defending champion Venus Williams",
 * "reigning champion"): "champion" alone says she won it once.
 */
export const TITLE_QUALIFIERS: ReadonlySet<string> = new Set([
  'former',
  'ex',
  'then',
  'shadow',
  'acting',
  'outgoing',
  'interim',
  'late',
  'deputy',
  'vice',
  'assistant',
  'joint',
  'defending',
  'reigning',
]);

/**
 * Prefixes of family names written with a capital after them ("McClaren", "MacLeod", "DiCaprio", "DeLay", "LaHood"): a word
 * of such a prefix and a capitalised name is a surname, not an acronym or a company's run-together name ("PayPal").
 */
export const SURNAME_PREFIXES: readonly string[] = ['Mc', 'Mac', 'Di', 'De', 'Da', 'Du', 'Le', 'La'];

/**
 * Titles written before a person's given name ("Sir Howard", "Dame Kelly", "Prince Charles", "Pope John"). Every other
 * title or honorific before one word ("Mr Howard", "Lord Howard", "President Bush") says the word is a surname: it is then
 * not read as the given name of a full name whose own surname the article writes alone ("Mr Howard" beside "Howard
 * Flight … Mr Flight" is someone else).
 */
export const GIVEN_NAME_TITLES: ReadonlySet<string> = new Set(['Sir', 'Dame', 'King', 'Queen', 'Prince', 'Princess', 'Pope', 'Saint', 'St']);

/**
 * The titles of GIVEN_NAME_TITLES that go with a given name as the person's whole public name ("Prince Charles", "Queen
 * Elizabeth", "Pope John Paul"): a royal, a pope or a saint has no surname the article writes, so the given name after one is
 * never the first word of someone else's full name in the article ("Prince Charles" beside "Charles Kennedy"). "Sir" and
 * "Dame" are left out: "Sir Howard" after "Howard Stringer" is the same man.
 */
export const REGNAL_TITLES: ReadonlySet<string> = new Set(['King', 'Queen', 'Prince', 'Princess', 'Pope', 'Saint', 'St']);

/**
 * Particles of a family name that one article writes and another drops ("Rodrigo de Rato" / "Rodrigo Rato", "Robin van
 * Persie"), in lower case as the entity table folds names: two people whose names are the same without them are one.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'ter', 'ten', 'la', 'le']);

/**
 * Honorifics: they make the name after them a person ("Mr Brown") but say nothing about who the
 * person is, so they are never shown as a descriptor.
 */
export const HONORIFICS: ReadonlySet<string> = new Set(['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Mx', 'Dr', 'Dr.', 'Sir', 'Dame', 'Lord', 'Lady']);

/**
 * Offices whose title opens with "Lord" or "Lady" ("the Lord Chancellor", "the Lord Chief Justice", "the Lord Mayor"): after
 * these honorifics the title word is the office, not a peer's surname as "Lord King" or "Mr Major" makes it, so a run of
 * "Lord" and title words alone names no one (the holder, when the article gives him, is named beside it: "the Lord
 * Chancellor, Lord Falconer"). Each entry is the first word after the honorific.
 */
export const PEERAGE_OFFICE_WORDS: ReadonlySet<string> = new Set(['Chancellor', 'Chief', 'Justice', 'Mayor', 'Advocate', 'President', 'Speaker', 'Chamberlain', 'Provost', 'Lieutenant']);

/** The honorifics that open the titles of PEERAGE_OFFICE_WORDS. */
export const PEERAGE_HONORIFICS: ReadonlySet<string> = new Set(['Lord', 'Lady']);

/**
 * Nouns for what a person does, in lower case, beyond the title words above: "former WorldCom
 * boss Bernie Ebbers", "Yukos, whose chief executive …", "Mr Brown, the chancellor, said". A
 * phrase next to a name that ends in one of them is the person's descriptor, and "the <word>"
 * later in the article refers back to that person. The NLP library's list of actor nouns is
 * added to these (see readEntityMentions).
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'chancellor',
  'minister',
  'president',
  'secretary',
  'leader',
  'chairman',
  'chairwoman',
  'chair',
  'boss',
  'chief',
  'executive',
  'director',
  'governor',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'economist',
  'analyst',
  'founder',
  'owner',
  'head',
  'premier',
  'mayor',
  'ambassador',
  'envoy',
  'commissioner',
  'senator',
  'mp',
  'mep',
  'judge',
  'lawyer',
  'prosecutor',
  'general',
  'commander',
  'adviser',
  'advisor',
  'manager',
  'coach',
  'striker',
  'captain',
  'actor',
  'actress',
  'singer',
  'treasurer',
  'banker',
  'trader',
  'officer',
  'candidate',
  'deputy',
]);

/** What a word written before a person's name says of her. */
export type NameDescriberCategory = 'party' | 'people';

/**
 * Capitalised words that describe the person whose full name follows and are no word of that name: "Tory Liam Fox", "Lib
 * Dem Norman Baker", "Liberal Democrat Alan Beith", "Democrat John Kerry", "Briton Tim Henman", "Scot Kathy Butler". The
 * entity reader makes them the person's descriptor when the rest of the run is a person's name the article shows to be
 * one (docs/entities.md); without them "Tory Liam Fox" was a second Liam Fox. Beside this list, the reader takes the
 * adjectives of places and peoples (`PLACE_NAMES`, compromise's demonyms), a people's adjective with "-man" or "-woman"
 * ("Frenchman"), a follower's adjective of a person ("Blairite", "Thatcherite", "Trotskyist": a capitalised stem and
 * "-ite" or "-ist") and a role noun ("Producer", "Veteran"). Categories:
 * - `party`: a member of a party, or half of a party's two-word name ("Lib Dem").
 * - `people`: a noun for a person of a nation or place, which no list of adjectives holds ("Briton", "New Zealander").
 *
 * Extend with the word as written.
 */
export const NAME_DESCRIBER_ENTRIES: readonly { word: string; category: NameDescriberCategory }[] = [
  { word: 'Tory', category: 'party' },
  { word: 'Conservative', category: 'party' },
  { word: 'Labour', category: 'party' },
  { word: 'Liberal', category: 'party' },
  { word: 'Lib', category: 'party' },
  { word: 'Dem', category: 'party' },
  { word: 'Democrat', category: 'party' },
  { word: 'Republican', category: 'party' },
  { word: 'Unionist', category: 'party' },
  { word: 'Nationalist', category: 'party' },
  { word: 'Socialist', category: 'party' },
  { word: 'Communist', category: 'party' },
  { word: 'Green', category: 'party' },
  { word: 'Briton', category: 'people' },
  { word: 'Brit', category: 'people' },
  { word: 'Scot', category: 'people' },
  { word: 'Scotsman', category: 'people' },
  { word: 'Scotswoman', category: 'people' },
  { word: 'Kiwi', category: 'people' },
  { word: 'Aussie', category: 'people' },
  { word: 'Zealander', category: 'people' },
  { word: 'Yorker', category: 'people' },
  { word: 'Londoner', category: 'people' },
];

/** The words of NAME_DESCRIBER_ENTRIES as written. */
export const NAME_DESCRIBERS: ReadonlySet<string> = new Set(NAME_DESCRIBER_ENTRIES.map((entry) => entry.word));

/** Places, and the adjectives of places, so that "Russian" or "Kursk" is never taken for a person. */
export const PLACE_NAMES: ReadonlySet<string> = new Set([
  'Russia',
  'Russian',
  'Ukraine',
  'Ukrainian',
  'North Korea',
  'North Korean',
  'South Korea',
  'South Korean',
  'Korea',
  'Korean',
  'Korean Peninsula',
  'Pyongyang',
  'Seoul',
  'Moscow',
  'Kyiv',
  'Kiev',
  'Kursk',
  'Kursk Oblast',
  'Donbass',
  'Donbas',
  'Donetsk',
  'Crimea',
  'China',
  'Chinese',
  'Beijing',
  'Japan',
  'Japanese',
  'Tokyo',
  'United States',
  'US',
  'U.S.',
  'America',
  'American',
  'Washington',
  'Britain',
  'British',
  'UK',
  // Great Britain as its teams and their captains are written ("GB captain", "the GB team"): an acronym, so no body.
  'GB',
  'England',
  'English',
  'London',
  'Scotland',
  'Scottish',
  'Wales',
  'Welsh',
  'Ireland',
  'Irish',
  'France',
  'French',
  'Paris',
  'Germany',
  'German',
  'Berlin',
  'Italy',
  'Italian',
  'Rome',
  'Spain',
  'Spanish',
  'Madrid',
  'Europe',
  'European',
  'Brussels',
  'Poland',
  'Polish',
  'Belarus',
  'Iran',
  'Iranian',
  'Iraq',
  'Iraqi',
  'Israel',
  'Israeli',
  'Syria',
  'Syrian',
  'India',
  'Indian',
  'Pakistan',
  'Afghanistan',
  'Africa',
  'African',
  'Asia',
  'Asian',
  'Australia',
  'Australian',
  'Canada',
  'Canadian',
  'Brazil',
  'Mexico',
  'Turkey',
  'Turkish',
  'Egypt',
  'Western',
  'Eastern',
  'West',
  'East',
  'Donbass region',
  'Palm Beach',
  'Soviet',
  'NATO',
]);

/** Sentence-initial words that are never the start of a name even when a name follows. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'On',
  'In',
  'At',
  'By',
  'For',
  'From',
  'During',
  'After',
  'Before',
  'While',
  'Despite',
  'Amid',
  'According',
  'Speaking',
  'Meanwhile',
  'However',
  'Yet',
  'But',
  'And',
  'The',
  'A',
  'An',
  'This',
  'These',
  'That',
  'Those',
  'Earlier',
  'Previously',
  'Analysts',
  'Sources',
  'Local',
  'Some',
  'As',
  'If',
  'When',
  'Although',
  'Though',
  'Military',
  'Western',
  'Official',
  'Officials',
  'Several',
  'Many',
  'His',
  'Her',
  'Their',
  'Its',
  'Our',
  'We',
  'They',
  'He',
  'She',
  'It',
  'I',
  'You',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
]);

/** Possessives that belong inside a name ("Donetsk People’s Republic") rather than ending it. */
export const POSSESSIVES_INSIDE_NAMES: ReadonlySet<string> = new Set([
  'People',
  'Women',
  'Children',
  'Workers',
  'Veterans',
  // Companies named for their founders: "Moody's" is the agency, not something of Moody's.
  'Moody',
  'Poor',
  'McDonald',
  'Sainsbury',
  'Sotheby',
  'Christie',
  'Macy',
  'Kellogg',
  'Domino',
  'Claridge',
]);

/** The prepositions by which a title takes its field or body ("Minister for Work", "leader of the Commons", "Secretary to the Treasury"). */
export const TITLE_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'of', 'to']);
