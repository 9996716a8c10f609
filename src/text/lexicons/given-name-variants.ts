/**
 * Short and familiar forms of given names ("Bernie" for "Bernard", "Bill" for "William"), so that
 * "Bernie Ebbers" in one article and "Bernard Ebbers" in another are one person. Only the given
 * name is compared: two people with the same surname stay apart unless their given names are the
 * same name. Each entry maps a written form to the formal name it stands for.
 *
 * - `hypocorism`: a familiar form ("Bernie", "Tony", "Bill").
 * - `spelling`: a spelling of the same name in another language or transliteration ("Mikhail",
 *   "Michail").
 *
 * Extend by adding `{ form, name, category }` with both names capitalised as written; a form that
 * stands for two formal names ("Chris": Christopher, Christine) must not be added, since it would
 * join two people.
 */
export type GivenNameCategory = 'hypocorism' | 'spelling';

export interface GivenNameVariant {
  form: string;
  name: string;
  category: GivenNameCategory;
}

const hypocorisms = (name: string, forms: string[]): GivenNameVariant[] => forms.map((form) => ({ form, name, category: 'hypocorism' }));
const spellings = (name: string, forms: string[]): GivenNameVariant[] => forms.map((form) => ({ form, name, category: 'spelling' }));

export const GIVEN_NAME_VARIANTS: readonly GivenNameVariant[] = [
  ...hypocorisms('Bernard', ['Bernie', 'Bernhard']),
  ...hypocorisms('William', ['Bill', 'Billy', 'Will', 'Willie']),
  ...hypocorisms('Robert', ['Bob', 'Bobby', 'Rob', 'Robbie', 'Bert']),
  ...hypocorisms('Richard', ['Dick', 'Rick', 'Ricky', 'Richie']),
  ...hypocorisms('Anthony', ['Tony', 'Antony']),
  ...hypocorisms('James', ['Jim', 'Jimmy', 'Jamie']),
  ...hypocorisms('Edward', ['Ed', 'Eddie', 'Ted', 'Teddy']),
  ...hypocorisms('Thomas', ['Tom', 'Tommy']),
  ...hypocorisms('Michael', ['Mike', 'Mick', 'Mickey']),
  ...hypocorisms('Joseph', ['Joe', 'Joey']),
  ...hypocorisms('Charles', ['Charlie', 'Chuck']),
  ...hypocorisms('Kenneth', ['Ken', 'Kenny']),
  ...hypocorisms('Stephen', ['Steve', 'Steven']),
  ...hypocorisms('Peter', ['Pete']),
  ...hypocorisms('David', ['Dave', 'Davey']),
  ...hypocorisms('Daniel', ['Dan', 'Danny']),
  ...hypocorisms('Matthew', ['Matt']),
  ...hypocorisms('Nicholas', ['Nick', 'Nicky']),
  ...hypocorisms('Timothy', ['Tim']),
  ...hypocorisms('Gregory', ['Greg']),
  ...hypocorisms('Jonathan', ['Jon']),
  ...hypocorisms('Benjamin', ['Ben']),
  ...hypocorisms('Douglas', ['Doug']),
  ...hypocorisms('Lawrence', ['Larry', 'Laurence']),
  ...hypocorisms('Gerald', ['Gerry']),
  ...hypocorisms('Frederick', ['Fred', 'Freddie']),
  ...hypocorisms('Ronald', ['Ron', 'Ronnie']),
  ...hypocorisms('Donald', ['Don']),
  ...hypocorisms('Elizabeth', ['Liz', 'Beth', 'Betty']),
  ...hypocorisms('Margaret', ['Maggie', 'Peggy']),
  ...hypocorisms('Catherine', ['Kate', 'Cathy', 'Katherine', 'Kathryn']),
  ...hypocorisms('Patricia', ['Pat', 'Patty', 'Tricia']),
  ...hypocorisms('Susan', ['Sue', 'Susie']),
  ...hypocorisms('Deborah', ['Debbie', 'Debra']),
  ...hypocorisms('Jennifer', ['Jenny']),
  ...hypocorisms('Vincent', ['Vince']),
  // Spanish short forms, as the Spanish press and English sport pages write them ("Rafa Benitez", "Rafa Nadal").
  ...hypocorisms('Rafael', ['Rafa']),
  ...spellings('Mikhail', ['Michail']),
  ...spellings('Gerhard', ['Gerhardt']),
  ...spellings('Muammar', ['Moammar', 'Muammer']),
];

/**
 * Letters that spell one sound of a given name in two transliterations ("Aleksey" / "Alexei", "Sergey" / "Sergei", "Dmitry" /
 * "Dmitri", "Adolph" / "Adolf"): a given name is compared with each `spelling` written as its `as`, in this order, so that two
 * spellings of one name read alike. `at: 'end'` rewrites the letters only where they end the name. The entity table joins two
 * people of one family name whose given names read alike so (docs/entities.md); extend with pairs a transliteration table
 * gives, never with letters that tell two names apart ("Ian" / "Jan").
 */
export interface TransliteratedLetters {
  spelling: string;
  as: string;
  at?: 'end';
}

export const TRANSLITERATED_LETTERS: readonly TransliteratedLetters[] = [
  { spelling: 'ks', as: 'x' },
  { spelling: 'ph', as: 'f' },
  { spelling: 'w', as: 'v' },
  // The Russian ending -ий/-ей/-ый: "Dmitry", "Dmitri", "Sergey", "Sergei", "Aleksey", "Alexei", "Yury", "Yuri".
  { spelling: 'ey', as: 'i', at: 'end' },
  { spelling: 'ei', as: 'i', at: 'end' },
  { spelling: 'iy', as: 'i', at: 'end' },
  { spelling: 'ii', as: 'i', at: 'end' },
  { spelling: 'y', as: 'i', at: 'end' },
];
