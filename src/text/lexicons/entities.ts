/**
 * Words that tell people, organisations and places apart in capitalised runs of news text
 * ("Kursk Governor Alexander Khinstsen", "Russian Armed Forces", "South Korea"). The entity
 * reader splits a run at its last title word into a descriptor and a name, calls a run with an
 * organisation word an organisation, and a run listed here as a place a place.
 * Extend by adding words in the case they are written; every list is matched word by word.
 */

/** Words of a job title; a run that has one before a name is a person with that descriptor. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'President', 'Vice', 'Prime', 'Minister', 'Deputy', 'Governor', 'Mayor', 'Chancellor', 'Secretary',
  'General', 'Director', 'Chief', 'Chairman', 'Chairwoman', 'Chair', 'Spokesperson', 'Spokesman',
  'Spokeswoman', 'Ambassador', 'Senator', 'Representative', 'Judge', 'Justice', 'King', 'Queen',
  'Prince', 'Princess', 'Commander', 'Colonel', 'Lieutenant', 'Major', 'Captain', 'Admiral',
  'Marshal', 'Sergeant', 'Officer', 'Head', 'Leader', 'Premier', 'Envoy', 'Dr', 'Dr.', 'Professor',
  'Prof', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Sir', 'Dame', 'Lord', 'Lady', 'Pope', 'Bishop',
  'Archbishop', 'Sheikh', 'Emir', 'Coach', 'Manager', 'Executive', 'CEO', 'Founder', 'Boss',
  'Speaker', 'Whip', 'Attorney', 'Commissioner', 'Treasurer', 'Sheriff', 'Rabbi', 'Rev', 'Rev.', 'Reverend',
  'Inspector', 'Superintendent', 'Reporter', 'Correspondent', 'Editor', 'Author', 'Economist', 'Analyst',
  'Gen', 'Gen.', 'Lt', 'Lt.', 'Col', 'Col.', 'Sgt', 'Sgt.', 'Gov', 'Gov.', 'Sen', 'Sen.', 'Rep', 'Rep.', 'Capt', 'Capt.',
]);

/** Words that name a ministry's field inside a title ("Minister of Defense", "Defense Minister"). */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set([
  'Defense', 'Defence', 'Foreign', 'Affairs', 'Interior', 'Home', 'Finance', 'Economy', 'Health',
  'Education', 'Justice', 'Trade', 'Energy', 'State', 'Culture', 'Transport', 'Labour', 'Labor',
  'Environment', 'Agriculture', 'Industry', 'Security', 'Emergency', 'Situations', 'Treasury',
  'Staff', 'Operating', 'Financial',
]);

/** Words that make a capitalised run an organisation. */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'Agency', 'Service', 'Services', 'Ministry', 'Department', 'Directorate', 'Guard', 'Forces', 'Army',
  'Navy', 'Force', 'Republic', 'Committee', 'Council', 'Commission', 'Union', 'Bank', 'Party',
  'Corporation', 'Corp', 'Inc', 'Ltd', 'Plc', 'Group', 'Police', 'Office', 'Parliament', 'Assembly',
  'Congress', 'Senate', 'Court', 'University', 'Institute', 'Foundation', 'Association', 'Federation',
  'Organisation', 'Organization', 'News', 'Novosti', 'Times', 'Post', 'Press', 'Television', 'Radio',
  'Broadcasting', 'Kremlin', 'Pentagon', 'Airlines', 'Club', 'League', 'Authority', 'Board',
  'Company', 'Network', 'Fund', 'Alliance', 'Coalition', 'Cabinet', 'Government', 'Administration',
  'Unit', 'Brigade', 'Division', 'Regiment', 'Battalion', 'Formations', 'Directorate', 'Rosgarde',
  'Brothers', 'Holdings', 'Motors', 'Airways', 'Reserve', 'Exchange', 'Partners', 'Capital', 'Securities',
  'Telecom', 'Industries', 'Trust', 'Society', 'Centre', 'Center', 'Ofcom', 'Ofwat', 'Ofgem',
  'Commons', 'Lords', 'Palace', 'Rights', 'Shareholders', 'Investors', 'School', 'College', 'Consortium', 'Registry',
]);

/**
 * Whole names of bodies that no word in them marks as one: political parties first. Extend with
 * the name as the articles write it.
 */
export const ORGANISATION_NAMES: ReadonlySet<string> = new Set([
  'Labour', 'New Labour', 'Conservatives', 'Tories', 'Lib Dems', 'Liberal Democrats', 'Lib Dem', 'Liberal Democrat',
  'UKIP', 'SNP', 'Plaid Cymru', 'Sinn Fein', 'Democrats', 'Republicans', 'Greens', 'Respect', 'Veritas',
  'Treasury', 'Downing Street', 'Whitehall', 'Interpol', 'Europol', 'Opec', 'Nasdaq', 'Footsie',
]);

/**
 * Lower-case nouns for a kind of body, which make the name right after them an organisation
 * ("oil firm Yukos", "the German carmaker BMW"). Extend with nouns that only ever name bodies.
 */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
  'firm', 'company', 'group', 'giant', 'carrier', 'airline', 'retailer', 'carmaker', 'maker', 'operator',
  'producer', 'insurer', 'chain', 'lender', 'conglomerate', 'supplier', 'manufacturer', 'regulator',
  'watchdog', 'party', 'union', 'broker', 'bank', 'telecoms', 'brewer', 'supermarket', 'builder',
  'exchange', 'club', 'charity', 'agency', 'publisher', 'studio', 'label',
]);

/** Words after which "of" continues a name ("House of Commons", "Duke of York"), beside the organisation and title words. */
export const OF_HEADS: ReadonlySet<string> = new Set(['House', 'City', 'Duke', 'Duchess', 'Earl', 'Bishop', 'Study', 'School', 'College', 'Museum', 'Isle', 'Gulf', 'Bay', 'Sea', 'Cape', 'Port', 'Church', 'Order', 'Friends', 'Chamber', 'Houses', 'Palace', 'Tower', 'Bank']);

/** Titles written after a name ("Margaret Moran MP"); they end the name. */
export const POSTNOMINALS: ReadonlySet<string> = new Set(['MP', 'MPs', 'MEP', 'MEPs', 'MSP', 'AM', 'QC', 'KC', 'Jr', 'Jr.', 'Sr', 'Sr.', 'OBE', 'MBE', 'CBE']);

/**
 * Honorifics: they make the name after them a person ("Mr Brown") but say nothing about who the
 * person is, so they are never shown as a descriptor.
 */
export const HONORIFICS: ReadonlySet<string> = new Set(['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Mx', 'Dr', 'Dr.', 'Sir', 'Dame', 'Lord', 'Lady']);

/**
 * Nouns for what a person does, in lower case, beyond the title words above: "former WorldCom
 * boss Bernie Ebbers", "Yukos, whose chief executive …", "Mr Brown, the chancellor, said". A
 * phrase next to a name that ends in one of them is the person's descriptor, and "the <word>"
 * later in the article refers back to that person. The NLP library's list of actor nouns is
 * added to these (see readEntityMentions).
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'chancellor', 'minister', 'president', 'secretary', 'leader', 'chairman', 'chairwoman', 'chair',
  'boss', 'chief', 'executive', 'director', 'governor', 'spokesman', 'spokeswoman', 'spokesperson',
  'economist', 'analyst', 'founder', 'owner', 'head', 'premier', 'mayor', 'ambassador', 'envoy',
  'commissioner', 'senator', 'mp', 'mep', 'judge', 'lawyer', 'prosecutor', 'general', 'commander',
  'adviser', 'advisor', 'manager', 'coach', 'striker', 'captain', 'actor', 'actress', 'singer',
  'treasurer', 'banker', 'trader', 'officer', 'candidate', 'deputy',
]);

/** Places, and the adjectives of places, so that "Russian" or "Kursk" is never taken for a person. */
export const PLACE_NAMES: ReadonlySet<string> = new Set([
  'Russia', 'Russian', 'Ukraine', 'Ukrainian', 'North Korea', 'North Korean', 'South Korea', 'South Korean',
  'Korea', 'Korean', 'Korean Peninsula', 'Pyongyang', 'Seoul', 'Moscow', 'Kyiv', 'Kiev', 'Kursk', 'Kursk Oblast',
  'Donbass', 'Donbas', 'Donetsk', 'Crimea', 'China', 'Chinese', 'Beijing', 'Japan', 'Japanese', 'Tokyo',
  'United States', 'US', 'U.S.', 'America', 'American', 'Washington', 'Britain', 'British', 'UK',
  'England', 'English', 'London', 'Scotland', 'Scottish', 'Wales', 'Welsh', 'Ireland', 'Irish',
  'France', 'French', 'Paris', 'Germany', 'German', 'Berlin', 'Italy', 'Italian', 'Rome', 'Spain',
  'Spanish', 'Madrid', 'Europe', 'European', 'Brussels', 'Poland', 'Polish', 'Belarus', 'Iran',
  'Iranian', 'Iraq', 'Iraqi', 'Israel', 'Israeli', 'Syria', 'Syrian', 'India', 'Indian', 'Pakistan',
  'Afghanistan', 'Africa', 'African', 'Asia', 'Asian', 'Australia', 'Australian', 'Canada', 'Canadian',
  'Brazil', 'Mexico', 'Turkey', 'Turkish', 'Egypt', 'Western', 'Eastern', 'West', 'East', 'Donbass region',
  'Palm Beach', 'Soviet', 'NATO',
]);

/** Sentence-initial words that are never the start of a name even when a name follows. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'On', 'In', 'At', 'By', 'For', 'From', 'During', 'After', 'Before', 'While', 'Despite', 'Amid',
  'According', 'Speaking', 'Meanwhile', 'However', 'Yet', 'But', 'And', 'The', 'A', 'An', 'This',
  'These', 'That', 'Those', 'Earlier', 'Previously', 'Analysts', 'Sources', 'Local', 'Some', 'As',
  'If', 'When', 'Although', 'Though', 'Military', 'Western', 'Official', 'Officials', 'Several',
  'Many', 'His', 'Her', 'Their', 'Its', 'Our', 'We', 'They', 'He', 'She', 'It', 'I', 'You',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);

/** Possessives that belong inside a name ("Donetsk People’s Republic") rather than ending it. */
export const POSSESSIVES_INSIDE_NAMES: ReadonlySet<string> = new Set([
  'People', 'Women', 'Children', 'Workers', 'Veterans',
  // Companies named for their founders: "Moody's" is the agency, not something of Moody's.
  'Moody', 'Poor', 'McDonald', 'Sainsbury', 'Sotheby', 'Christie', 'Macy', 'Kellogg', 'Domino', 'Claridge',
]);
