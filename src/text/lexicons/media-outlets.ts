import type { LexiconEntry } from './phrase.ts';

/**
 * Media outlets and news agencies. A source that is one of them relays what others said, so a
 * statement resting on it has `media` sourcing (`according to RIA Novosti`, `Yonhap, citing the
 * National Intelligence Service`).
 *
 * - `wire`: a news agency whose reports other outlets carry (Reuters, AP, Yonhap, TASS).
 * - `state`: an outlet run by a state (`KCNA`, `Xinhua`, `state media`).
 * - `broadcaster`, `newspaper`, `online`: the kind of outlet.
 * - `generic`: words that name an outlet without saying which (`news agency`, `media`).
 *
 * Matching is case-sensitive for names (`AP` is an agency, `ap` is not), so write names as the
 * outlet writes itself; write generic entries in lower case. To extend: add the name in its
 * usual forms (full name, short name, acronym) as separate entries.
 */
export type OutletCategory = 'wire' | 'state' | 'broadcaster' | 'newspaper' | 'online' | 'generic';

export type MediaOutlet = LexiconEntry<OutletCategory>;

const entries = (category: OutletCategory, phrases: string[]): MediaOutlet[] => phrases.map((phrase) => ({ phrase, category }));

export const MEDIA_OUTLETS: readonly MediaOutlet[] = [
  ...entries('wire', [
    'Reuters', 'Thomson Reuters', 'Associated Press', 'AP', 'Agence France-Presse', 'Agence France Presse', 'AFP',
    'Yonhap', 'Yonhap News Agency', 'Kyodo', 'Kyodo News', 'Jiji', 'Jiji Press', 'dpa', 'DPA', 'Deutsche Presse-Agentur',
    'ANSA', 'EFE', 'Interfax', 'Interfax-Ukraine', 'Ukrinform', 'UNIAN', 'PTI', 'Press Trust of India', 'IANS',
    'Anadolu', 'Anadolu Agency', 'Bernama', 'Antara', 'APA', 'Bloomberg', 'Bloomberg News', 'Dow Jones', 'UPI',
    'United Press International', 'Canadian Press', 'AAP', 'Australian Associated Press', 'PA Media', 'Press Association',
    'Europa Press', 'Notimex', 'Agencia Brasil', 'Xinhua', 'Xinhua News Agency', 'Kuna', 'KUNA', 'WAM', 'MENA',
  ]),
  ...entries('state', [
    'RIA Novosti', 'RIA', 'TASS', 'ITAR-TASS', 'Sputnik', 'RT', 'Russia Today', 'KCNA', 'Korean Central News Agency',
    'Rodong Sinmun', 'Korean Central Television', 'China Daily', 'Global Times', "People's Daily", 'CGTN', 'CCTV',
    'IRNA', 'Tasnim', 'Fars', 'Press TV', 'SANA', 'Saudi Press Agency', 'SPA', 'Vietnam News Agency', 'Channel One',
    'Rossiya 24', 'Zvezda', 'Belta', 'Xinhua',
  ]),
  ...entries('broadcaster', [
    'BBC', 'BBC News', 'CNN', 'ABC', 'ABC News', 'NBC', 'NBC News', 'CBS', 'CBS News', 'Fox News', 'MSNBC', 'NPR', 'PBS',
    'Sky News', 'ITV', 'ITV News', 'Channel 4 News', 'Al Jazeera', 'Al Arabiya', 'Deutsche Welle', 'DW', 'France 24',
    'Euronews', 'RFI', 'Radio Free Europe', 'Radio Free Europe/Radio Liberty', 'RFE/RL', 'Radio Free Asia', 'Voice of America',
    'VOA', 'NHK', 'KBS', 'MBC', 'SBS', 'YTN', 'CBC', 'RTE', 'RTÉ', 'ZDF', 'ARD', 'NOS', 'TVN24', 'Meduza', 'Dozhd', 'TV Rain',
    'Hromadske', 'Suspilne', 'Channel News Asia', 'CNA', 'Arirang', 'CNBC', 'Fox Business', 'BBC Radio 4', 'Radio 4',
    'Today programme', 'Newsnight', 'BBC Radio Five Live', 'Five Live', 'GMTV', 'Sky', 'Face the Nation', 'Meet the Press',
  ]),
  ...entries('newspaper', [
    'The New York Times', 'New York Times', 'The Washington Post', 'Washington Post', 'The Wall Street Journal',
    'Wall Street Journal', 'WSJ', 'Financial Times', 'FT', 'The Guardian', 'The Times', 'The Sunday Times',
    'The Telegraph', 'Daily Telegraph', 'The Independent', 'The Economist', 'Los Angeles Times', 'USA Today',
    'Le Monde', 'Le Figaro', 'Der Spiegel', 'Spiegel', 'Die Zeit', 'Frankfurter Allgemeine', 'Süddeutsche Zeitung',
    'El País', 'Corriere della Sera', 'La Repubblica', 'Kommersant', 'Vedomosti', 'Izvestia', 'Novaya Gazeta',
    'Kyiv Independent', 'Kyiv Post', 'Ukrainska Pravda', 'Chosun Ilbo', 'JoongAng Ilbo', 'Dong-A Ilbo', 'Korea Herald',
    'Korea Times', 'Hankyoreh', 'Asahi Shimbun', 'Yomiuri Shimbun', 'Mainichi', 'Nikkei', 'South China Morning Post',
    'SCMP', 'The Hindu', 'Times of India', 'Hindustan Times', 'Haaretz', 'Times of Israel', 'Jerusalem Post',
    'Daily Mail', 'The Sun', 'The Mirror', 'Politico', 'The Atlantic', 'The New Yorker', 'Newsweek', 'Time magazine',
    'POLITICO', 'New York Post', 'The New York Post', 'Chicago Tribune', 'Boston Globe', 'The Boston Globe', 'Des Moines Register',
    'The Des Moines Register', 'The Hill', 'The Observer', 'Sunday Telegraph', 'Mail on Sunday', 'Daily Express',
    'Evening Standard', 'News of the World', 'Variety', 'Hollywood Reporter', 'Billboard', 'Sunday Mirror', 'The Scotsman',
  ]),
  ...entries('online', [
    'Axios', 'HuffPost', 'Huffington Post', 'The Huffington Post', 'Breitbart', 'Breitbart News', 'Western Journalism', 'Mic', 'BuzzFeed News', 'Vice News', 'The Intercept', 'ProPublica', 'Bellingcat', 'NK News', 'Daily NK',
    '38 North', 'Mediazona', 'The Insider', 'Rybar', 'Telegram channel',
  ]),
  ...entries('generic', [
    'news agency', 'news agencies', 'state media', 'state-run media', 'state television', 'state TV', 'state news agency',
    'media', 'media reports', 'press reports', 'local media', 'the press', 'local press', 'the local press', 'local newspapers', 'newspaper', 'broadcaster', 'news outlet',
    'news outlets', 'outlet', 'the agency', 'agency', 'wire service', 'state broadcaster', 'tabloid', 'news channel',
  ]),
];
