import type { LexiconEntry } from './phrase.ts';

/**
 * Given names by the sex they usually mark, so that `she said` is not resolved to `John Smith`.
 * Only the first word of a name is looked up, and only names that are overwhelmingly one sex in
 * English-language news are listed: a name used for both (`Jordan`, `Kim`, `Leslie`) is left out,
 * so a person called by it stays compatible with `he` and `she` alike.
 *
 * - `female`, `male`: the sex the name marks.
 *
 * To extend: add the name in lower case to its category; add short forms as their own entries.
 */
export type GivenNameCategory = 'female' | 'male';

export type GivenName = LexiconEntry<GivenNameCategory>;

const entries = (category: GivenNameCategory, phrases: string[]): GivenName[] => phrases.map((phrase) => ({ phrase, category }));

export const GIVEN_NAMES: readonly GivenName[] = [
  ...entries('female', [
    'mary', 'patricia', 'jennifer', 'linda', 'elizabeth', 'barbara', 'susan', 'jessica', 'sarah', 'karen', 'nancy', 'lisa',
    'margaret', 'betty', 'sandra', 'ashley', 'dorothy', 'kimberly', 'emily', 'donna', 'michelle', 'carol', 'amanda', 'melissa',
    'deborah', 'stephanie', 'rebecca', 'laura', 'sharon', 'cynthia', 'kathleen', 'amy', 'shirley', 'angela', 'helen', 'anna',
    'brenda', 'pamela', 'nicole', 'samantha', 'katherine', 'catherine', 'christine', 'debra', 'rachel', 'carolyn', 'janet',
    'virginia', 'maria', 'heather', 'diane', 'julie', 'joyce', 'victoria', 'kelly', 'christina', 'joan', 'evelyn', 'lauren',
    'judith', 'olivia', 'martha', 'cheryl', 'megan', 'andrea', 'hannah', 'jacqueline', 'ann', 'anne', 'jean', 'alice', 'kathryn',
    'gloria', 'teresa', 'doris', 'sara', 'janice', 'julia', 'marie', 'madison', 'grace', 'judy', 'theresa', 'beverly', 'denise',
    'marilyn', 'amber', 'danielle', 'rose', 'brittany', 'diana', 'abigail', 'natalie', 'jane', 'lori', 'tiffany', 'kayla',
    'hillary', 'condoleezza', 'nikki', 'elizabeth', 'kamala', 'nancy', 'sheila', 'valerie', 'huma', 'kellyanne', 'hope', 'carly',
    'sarah', 'tessa', 'harriet', 'clare', 'claire', 'ruth', 'patricia', 'theresa', 'margaret', 'tessa', 'estelle', 'glenda',
    'yvette', 'hazel', 'diane', 'angela', 'ségolène', 'segolene', 'gillian', 'fiona', 'kate', 'lucy', 'sophie', 'emma', 'charlotte',
    'caroline', 'jo', 'beth', 'debbie', 'sue', 'liz', 'becky', 'jenny', 'jill', 'wendy', 'tina', 'oprah', 'melania', 'ivanka',
    'chelsea', 'michele', 'janet', 'loretta', 'sonia', 'elena', 'ruth', 'dianne', 'barbara', 'debbie', 'tammy', 'kirsten', 'amy',
    'maxine', 'nancy', 'susana', 'jan', 'lynn', 'cathy', 'kathy', 'betsy', 'irene', 'ursula', 'christine', 'marine', 'angelina',
  ]),
  ...entries('male', [
    'james', 'john', 'robert', 'michael', 'william', 'david', 'richard', 'joseph', 'thomas', 'charles', 'christopher', 'daniel',
    'matthew', 'anthony', 'mark', 'donald', 'steven', 'paul', 'andrew', 'joshua', 'kenneth', 'kevin', 'brian', 'george',
    'edward', 'ronald', 'timothy', 'jason', 'jeffrey', 'ryan', 'jacob', 'gary', 'nicholas', 'eric', 'jonathan', 'stephen',
    'larry', 'justin', 'scott', 'brandon', 'benjamin', 'samuel', 'frank', 'gregory', 'raymond', 'alexander', 'patrick', 'jack',
    'dennis', 'jerry', 'tyler', 'aaron', 'jose', 'henry', 'adam', 'douglas', 'nathan', 'peter', 'zachary', 'kyle', 'walter',
    'harold', 'jeremy', 'ethan', 'carl', 'keith', 'roger', 'gerald', 'christian', 'terry', 'sean', 'arthur', 'austin', 'noah',
    'lawrence', 'jesse', 'joe', 'bryan', 'billy', 'jordan', 'albert', 'dylan', 'bruce', 'willie', 'gabriel', 'alan', 'juan',
    'logan', 'wayne', 'ralph', 'roy', 'eugene', 'randy', 'vincent', 'russell', 'louis', 'philip', 'bobby', 'johnny', 'bradley',
    'barack', 'bernie', 'bernard', 'ted', 'marco', 'jeb', 'mitt', 'newt', 'rand', 'ben', 'chris', 'mike', 'tim', 'tom', 'bill',
    'jim', 'bob', 'dick', 'rick', 'reince', 'rudy', 'rudolph', 'harry', 'mitch', 'lindsey', 'orrin', 'rush', 'sean', 'steve',
    'tony', 'gordon', 'nick', 'ed', 'ken', 'jeremy', 'boris', 'vladimir', 'dmitry', 'sergei', 'xi', 'recep', 'benjamin',
    'emmanuel', 'francois', 'françois', 'jacques', 'nicolas', 'gerhard', 'silvio', 'kofi', 'ban', 'hamid', 'saddam', 'osama',
    'ariel', 'ehud', 'yasser', 'mahmoud', 'hosni', 'muammar', 'bashar', 'kim', 'charles', 'alastair', 'oliver', 'iain', 'ian',
    'hugh', 'nigel', 'malcolm', 'kenneth', 'geoff', 'geoffrey', 'neil', 'robin', 'menzies', 'gus', 'digby', 'alistair', 'jose',
    'luiz', 'lula', 'hugo', 'fidel', 'ahmed', 'mohammed', 'muhammad', 'ali', 'omar', 'hassan', 'abdullah', 'ibrahim', 'bernie',
    'jared', 'eric', 'mike', 'paul', 'kevin', 'chuck', 'elijah', 'trey', 'jason', 'devin', 'adam', 'jim', 'jeff', 'corey',
    'stephen', 'steve', 'roger', 'rupert', 'warren', 'elon', 'jamie', 'lloyd', 'jamie', 'hank', 'ray', 'carlos', 'martin', 'jon',
  ]).filter((entry) => !['jordan', 'kim', 'robin', 'jamie', 'ban'].includes(entry.phrase)),
];
