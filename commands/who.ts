import { distance } from 'fastest-levenshtein';
import { z } from 'zod';
import type { EntityRecord, Mention } from '../src/analysis/entities.ts';
import { answer, citeSpan, failedStepsNote, holdsNoWords } from '../src/answer/build.ts';
import { note } from '../src/answer/messages.ts';
import { nameWithoutQuotes, readingOperators } from '../src/answer/search-operators.ts';
import type { Citation, Line } from '../src/model/answer.ts';
import type { Library } from '../src/library/library.ts';
import { ALIASES } from '../src/text/lexicons/aliases.ts';
import { HONORIFICS, PEERAGE_HONORIFICS, TITLE_QUALIFIERS } from '../src/text/lexicons/entities.ts';
import { TITLES } from '../src/text/lexicons/source-names.ts';
import { foldText } from '../src/text/normalise.ts';
import { MAX_QUERY_CHARS, MAX_RESULTS } from '../src/answer/limits.ts';
import { type CommandContext, defineCommand } from './define.ts';

export default defineCommand({
  name: 'who',
  aliases: ['whois'],
  summary: 'Who a person or organisation is, across the articles, and what is said of them.',
  usage: '/who <name>',
  example: '/who Goremykin',
  args: z.object({
    name: z.string().trim().min(1, 'Give a name, for example: /who Goremykin').max(MAX_QUERY_CHARS).describe('A person or organisation, e.g. Goremykin'),
  }),
  fromText: (text) => ({ name: text }),
  run: readingOperators('who', 'name', 'enclosing', ({ name: typed }: { name: string }, { library }: CommandContext) => {
    // `/who "Goremykin"`: the marks enclose the name, and are no part of it.
    const name = nameWithoutQuotes(typed);
    // `/who 😀`: no letter to spell a name with, so none is looked for, and none is offered as the nearest.
    if (holdsNoWords(name)) return answer('who', name, { status: 'not_found', title: `Who is “${name}”?`, entity: null, notes: [note('no_words')] });
    // With no table of names, or no lookup of who is quoted, "not in these articles" or a person quoted nowhere would be guessed.
    const failed = failedStepsNote(library, 'who_failed', ['entity table', 'lookups']);
    if (failed) return answer('who', name, { status: 'not_found', title: `Who is “${name}”?`, entity: null, notes: [failed] });
    const byName = library.entities.find(name);
    const found = byName ?? titledPerson(name, library);
    // "Clarke" alone is whichever Clarke the articles name most; the others are listed after.
    const sharing = sharingSurname(name, found, library);
    // "Kylie" alone, no one's surname: the people the articles name in full with that given name; the one, if one.
    const byGivenName = sharing.length === 0 && (!found || (!/\s/u.test(found.name.trim()) && (found.kind === 'person' || found.kind === 'other'))) ? library.entities.peopleWithGivenName(name) : [];
    const givenNameOf = byGivenName.length === 1 ? byGivenName[0] : undefined;
    // Several bear it ("Tony"): none is named clearly, so the word itself if the articles write it alone, else the one named most.
    const givenNameLead = [...byGivenName].sort((a, b) => library.entities.articleIdsOf(b).length - library.entities.articleIdsOf(a).length)[0];
    const exact = sharing[0] ?? givenNameOf ?? found ?? givenNameLead;
    // `/who the governor`: a role, no name; the articles may still give it to someone, whom the answer names.
    const holders = exact ? [] : roleHolders(name, library);
    // `/who Lord Chief Justice` where no article names who holds it: the words are there, so "not in these articles" is untrue,
    // and they are no misspelling of another name ("Lord Chancellor" is not "Ford").
    const unnamed = !exact && !holders[0] && articlesWriting(name, library).size > 0;
    const entity =
      exact ?? (holders[0] || unnamed ? undefined : library.entities.similar(name, SIMILAR_READ).find((candidate) => spelledLike(name, candidate.name) && !namesAnotherOne(name, candidate)));
    if (!entity) {
      const nearest = library.entities
        .similar(name.split(/\s+/u).at(-1) ?? name, SIMILAR_READ)
        .filter((candidate) => spelledLike(name, candidate.name))
        .slice(0, 3)
        .map((candidate) => candidate.name);
      const notes = holders[0] ? [note('role_holders', { name, holders: holders.join(', '), example: holders[0] })] : [note(unnamed ? 'written_unnamed' : 'unknown_entity', { name })];
      if (nearest.length > 0 && !holders[0] && !unnamed) notes.push(note('nearest_names', { names: nearest.join(', ') }));
      return answer('who', name, { status: 'not_found', title: `Who is “${name}”?`, entity: null, notes });
    }
    // `/who Lord Browne`, where the articles name every Browne by surname alone: the articles that write the name as asked are
    // the ones meant; a squad list's "Browne" elsewhere is kept apart, and the answer says where.
    const everyArticle = library.entities.articleIdsOf(entity);
    const asked = titledArticles(name, entity, everyArticle, library);
    const articleIds = asked ? everyArticle.filter((id) => asked.has(id)) : everyArticle;
    const inAsked = (item: { articleId: string }): boolean => !asked || asked.has(item.articleId);
    const allQuoted = quotationsBy(entity, library, MAX_RESULTS * QUOTATIONS_READ_PER_LISTED).filter(inAsked);
    const quoted = spreadOverArticles(allQuoted, MAX_RESULTS);
    const allNamed = mentionsOf(entity, false)
      .map(({ sentence }) => sentence)
      .filter(inAsked);
    const named = spreadOverArticles(allNamed, MAX_RESULTS).map((sentence) => citeSpan(library, sentence, { match: 'mention' }));
    const allByRole = mentionsOf(entity, true)
      .map(({ sentence }) => sentence)
      .filter(inAsked);
    const byRole = spreadOverArticles(allByRole, MAX_RESULTS).map((sentence) => citeSpan(library, sentence, { match: 'mention' }));
    const results = [...quoted, ...named, ...byRole];
    // (`Governor Khinstsen`, found through the title the articles give him: no short form the lexicon holds.)
    const titled = byName === undefined && entity === found && titleOf(name) === 'office';
    const notes =
      !exact || titled
        ? [note('read_as', { query: name, name: entity.name })]
        : writtenInArticles(entity, name, library)
          ? []
          : [note(linkedByAlias(entity, name) ? 'known_alias' : 'read_as', { query: name, name: entity.name })];
    if (givenNameOf) notes.push(note('given_name_of', { query: name, name: givenNameOf.name }));
    notes.push(note('named_in', { name: entity.name, articles: articleIds.length, total: library.articles.length }));
    // "Tony" alone, several people's given name: say whose, the one named in most articles first.
    const namesakes = byGivenName
      .filter((person) => person !== entity)
      .map((person) => ({ person, articles: library.entities.articleIdsOf(person).length }))
      .sort((a, b) => b.articles - a.articles);
    if (!givenNameOf && namesakes[0]) {
      const people = countedList(namesakes.map(({ person, articles }) => ({ label: person.name, articles })));
      notes.push(note('given_name_people', { query: name, people, example: namesakes[0].person.name }));
    }
    // A list cut to MAX_RESULTS says so, and how many articles it reaches: one talkative article must not hide the rest.
    for (const [section, shown, all] of [
      ['Quoted as saying', quoted, allQuoted],
      ['Named in', named, allNamed],
      ['Referred to by role', byRole, allByRole],
    ] as const) {
      if (all.length <= shown.length) continue;
      const articlesOf = (items: readonly { articleId: string }[]): number => new Set(items.map((item) => item.articleId)).size;
      notes.push(
        note('section_truncated', {
          section,
          shown: shown.length,
          total: all.length,
          listed: articlesOf(shown),
          articles: articlesOf(all),
          more: all.length >= MAX_RESULTS * QUOTATIONS_READ_PER_LISTED && section === 'Quoted as saying' ? ' or more' : '',
        }),
      );
    }
    // "Brown" alone may be one of several people: beside the one shown, say who else it can be.
    // Each article's "Brown" alone may be an entity of its own (none says which Brown it is): listed as one line.
    const alone = givenNameOf ? [] : library.entities.namedAloneAs(name).filter((person) => person !== entity);
    const others = sharing.filter((person) => person !== entity && !alone.includes(person));
    // The example is someone a full name finds: "/who Brown" would only give this answer again.
    const fullyNamed = others.find((person) => /\s/u.test(person.name));
    // With no other person named in full, "Other people the articles call 'Heseltine': Heseltine"
    // would offer the same name back: a section says where the surname alone was kept apart.
    const keptApart = fullyNamed ? [] : [...others, ...alone];
    if (fullyNamed) {
      const aloneArticles = new Set(alone.flatMap((person) => library.entities.articleIdsOf(person))).size;
      const listed = [
        ...others.map((person) => ({ label: `${person.name}${/\s/u.test(person.name) ? '' : ' (named by surname only)'}`, articles: library.entities.articleIdsOf(person).length })),
        ...(alone[0] ? [{ label: `${alone[0].name} (named by surname only)`, articles: aloneArticles }] : []),
      ].sort((a, b) => b.articles - a.articles);
      notes.push(note('other_people_named', { query: name, people: countedList(listed), example: fullyNamed?.name ?? '' }));
    }
    // "Ford" the carmaker: the people the articles call so are listed beside it, as beside a person.
    const people = entity.kind === 'person' || entity.kind === 'other' || fullyNamed ? [] : library.entities.peopleWithSurname(name);
    if (people[0]) {
      const listed = people.map((person) => ({ label: person.name, articles: library.entities.articleIdsOf(person).length })).sort((a, b) => b.articles - a.articles);
      notes.push(note('other_people_named', { query: name, people: countedList(listed), example: people[0].name }));
    }
    const surnameLines = [
      ...bySurnameOnly(entity, library, articleIds),
      ...(asked
        ? [
            notTakenLine(
              entity.name,
              everyArticle.filter((id) => !asked.has(id)),
              name.trim(),
            ),
          ]
        : []),
    ];
    const descriptors = describe(entity, articleIds);
    return answer('who', name, {
      title: entity.name,
      entity: { name: entity.name, kind: entity.kind, aliases: entity.aliases, descriptors: [...entity.descriptors.keys()], articleIds },
      results,
      notes,
      sections: [
        ...(descriptors.length > 0 ? [{ title: 'Described as', lines: descriptors, citations: [] }] : []),
        ...(surnameLines.length > 0 ? [{ title: 'Named by surname only', lines: surnameLines, citations: [] }] : []),
        ...(keptApart.length > 0 ? [{ title: 'Named by surname only', lines: [notTakenFor(keptApart, entity, library)], citations: [] }] : []),
        ...(givenNameOf && found && found !== givenNameOf ? [{ title: 'Named by given name only', lines: [notTakenFor([found], entity, library)], citations: [] }] : []),
        ...(quoted.length > 0 ? [{ title: 'Quoted as saying', lines: [], citations: quoted.map((_: Citation, i: number) => i) }] : []),
        { title: 'Named in', lines: [], citations: named.map((_: Citation, i: number) => quoted.length + i) },
        ...(byRole.length > 0 ? [{ title: 'Referred to by role', lines: [], citations: byRole.map((_: Citation, i: number) => quoted.length + named.length + i) }] : []),
      ],
    });
  }),
});

/**
 * For a one-word name, the people it may be, the one named in the most articles first: those
 * whose full name ends with it, and a person some articles name by that word alone (kept apart,
 * as those articles never say which of them they mean). Empty when `found` is something other
 * than a person, or when no one has the name as a surname.
 */
/** How many of the entity table's nearest spellings are read for one that is really the name misspelt. */
const SIMILAR_READ = 5;
/** Edits per letter a misspelt word of a name may hold (`Putn` for `Putin`, `Goremikin` for `Goremykin`). */
const NAME_EDITS_PER_LETTER = 1 / 3;

/**
 * True when a word of `candidate` is a word of `asked` misspelt: the nearest spelling the table finds may share only a
 * fragment (`Kim Jong Un` found `European Union` through `Un`), which is no name of the one asked about.
 */
function spelledLike(asked: string, candidate: string): boolean {
  const wordsOf = (text: string): string[] =>
    foldText(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= 3);
  const named = wordsOf(candidate);
  return wordsOf(asked).some((word) => named.some((other) => distance(word, other) <= Math.max(1, Math.floor(word.length * NAME_EDITS_PER_LETTER))));
}

/** How many people a note lists by name before it counts the rest. */
const LISTED_PEOPLE = 5;

/** `George Harrison (9 articles), Harrison (named by surname only) (3 articles), 2 more`, for a note: the first few, already in order, then how many are left. */
function countedList(people: readonly { label: string; articles: number }[]): string {
  const listed = people.slice(0, LISTED_PEOPLE).map(({ label, articles }) => `${label} (${articles} article${articles === 1 ? '' : 's'})`);
  if (people.length > LISTED_PEOPLE) listed.push(`${people.length - LISTED_PEOPLE} more`);
  return listed.join(', ');
}

/** True when `a` is `b` with two neighbouring letters swapped (`Chirs` for `Chris`), the commonest slip of typing, one edit however short the word. */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differ: number[] = [];
  for (let i = 0; i < a.length && differ.length <= 2; i++) if (a[i] !== b[i]) differ.push(i);
  const [first, second] = differ;
  return differ.length === 2 && first !== undefined && second === first + 1 && a[first] === b[second] && a[second] === b[first];
}

/**
 * True when `candidate`, found by its spelling for a name of several words, names someone or something else: a name that
 * lacks the first or the last word asked, each perhaps misspelt (`Audley Harrison` is not the judge the articles call
 * `Mr Justice Harrison`, nor `Vijay Singh` a `Shailendra Singh` or a `Vijay Mallya`; `Jenson Button` is no word of an album
 * title), or a name without the number that ends the one asked (`Radio 1` is not `Radio 4`, nor a `Radio` cut from either).
 */
function namesAnotherOne(asked: string, candidate: EntityRecord): boolean {
  const words = foldText(asked).trim().split(/\s+/u);
  const first = words[0] ?? '';
  const last = words.at(-1) ?? '';
  if (words.length < 2 || HONORIFICS.has(asked.trim().split(/\s+/u)[0] ?? '')) return false;
  const named = foldText(candidate.name).split(/\s+/u);
  const spelt = (asked: string): boolean =>
    named.some((word) => word === asked || (asked.length >= 3 && (distance(word, asked) <= Math.max(1, Math.floor(asked.length * NAME_EDITS_PER_LETTER)) || isTransposition(word, asked))));
  // Both the first and the last word asked, each perhaps misspelt (`Vladmir Putin`); a number only as written.
  return !spelt(first) || !spelt(last);
}

/**
 * `Lord Butler`, `Mr Brown`: the entity table keys people by their names without titles, so a titled query finds no key.
 * It is the person of that surname (or named by it) in whose articles the query is written as given, the one the articles
 * name most when several are; undefined when none is.
 */
function titledPerson(name: string, library: Library): EntityRecord | undefined {
  const words = name.trim().split(/\s+/u);
  // (`Governor Khinstsen`, `President Bush`: a title of office before a surname, as a courtesy title.)
  if (words.length < 2 || titleOf(name) === undefined) return undefined;
  const surname = words.slice(1).join(' ');
  const bySurname = library.entities.find(surname);
  // A surname written with a title is kept apart from the same surname written with none (`Lord Archer`, `Archer`): both are asked.
  const candidates = new Set([
    ...(bySurname?.kind === 'person' || bySurname?.kind === 'other' ? [bySurname] : []),
    ...library.entities.namedAloneAs(surname),
    ...library.entities.peopleWithSurname(words.at(-1) ?? surname),
  ]);
  // A title of office the articles give as a descriptor counts as written with it (`Governor Khinstsen` for Alexander
  // Khinstsen, "Kursk Governor").
  const title = words[0]?.toLowerCase() ?? '';
  const holdsTitle = (person: EntityRecord): boolean => TITLES.has(title) && [...person.descriptors.keys()].some((descriptor) => descriptor.toLowerCase().split(/\s+/u).includes(title));
  const writtenSo = [...candidates].filter((person) => person.kind === 'person' && (writtenWithTitle(person, name, library) || holdsTitle(person)));
  // As for a surname alone (`Clarke`): the one the articles name most.
  return writtenSo.sort((a, b) => library.entities.articleIdsOf(b).length - library.entities.articleIdsOf(a).length)[0];
}

/** What the first word of `name` is: a courtesy title (`Lord`, `Mr`), a title of office (`Governor`, `President`), or neither. */
function titleOf(name: string): 'courtesy' | 'office' | undefined {
  const first = name.trim().split(/\s+/u)[0] ?? '';
  if (HONORIFICS.has(first)) return 'courtesy';
  return TITLES.has(first.toLowerCase()) ? 'office' : undefined;
}

/** The most people a role's answer names. */
const MAX_ROLE_HOLDERS = 3;

/**
 * The people and bodies the articles describe by `name` read as a role (`the governor`, `defence minister`): those with a
 * descriptor that ends in its words ("Kursk Governor"), the ones the articles name most first; empty for anything else.
 */
/** PEERAGE_HONORIFICS as descriptors are read here, in lower case (`lord chancellor`). */
const PEERAGE_WORDS: ReadonlySet<string> = new Set([...PEERAGE_HONORIFICS].map((word) => word.toLowerCase()));

function roleHolders(name: string, library: Library): string[] {
  const role = name
    .trim()
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/u, '');
  if (!/^[\p{L}\s-]+$/u.test(role)) return [];
  const ending = new RegExp(`(?:^|\\s)${role.replace(/[-\s]+/gu, '[-\\s]+')}$`, 'u');
  // `the chancellor` is no shadow chancellor, no former Tory chancellor and no Lord Chancellor: a word before the role that
  // makes it another office or another holder.
  const holds = (descriptor: string): boolean => {
    const lower = descriptor.toLowerCase();
    const match = ending.exec(lower);
    if (!match) return false;
    const before = lower.slice(0, match.index).split(/\s+/u).filter(Boolean);
    const another = (word: string): boolean => TITLE_QUALIFIERS.has(word) || word.startsWith('ex-') || PEERAGE_WORDS.has(word);
    return !before.some(another);
  };
  // The holder the articles give the role most often first; a place is given none (`Britain, the successful post-war chancellor`).
  return library.entities.entities
    .filter((entity) => entity.kind !== 'place')
    .map((entity) => ({ entity, articles: new Set([...entity.descriptors].filter(([descriptor]) => holds(descriptor)).flatMap(([, ids]) => [...ids])).size }))
    .filter(({ articles }) => articles > 0)
    .sort((a, b) => b.articles - a.articles || library.entities.articleIdsOf(b.entity).length - library.entities.articleIdsOf(a.entity).length)
    .slice(0, MAX_ROLE_HOLDERS)
    .map(({ entity }) => entity.name);
}

function sharingSurname(name: string, found: EntityRecord | undefined, library: Library): EntityRecord[] {
  if (found && found.kind !== 'person' && found.kind !== 'other') return [];
  const people = library.entities.peopleWithSurname(name);
  if (people.length === 0) return [];
  const candidates = found && !people.includes(found) ? [found, ...people] : [...people];
  const articles = new Map(candidates.map((person) => [person, library.entities.articleIdsOf(person).length]));
  // A stable sort: among equals, a person named in full first ("Harrison" in two line-ups is no one the articles name
  // more than George Harrison), then the one the name finds.
  const fullName = (person: EntityRecord): number => (/\s/u.test(person.name.trim()) ? 1 : 0);
  return candidates.sort((a, b) => (articles.get(b) ?? 0) - (articles.get(a) ?? 0) || fullName(b) - fullName(a));
}

/**
 * For a person the articles name by surname alone ("Clarke") while others have it as their
 * surname, the line of the "Named by surname only" section that says so: those articles never say
 * which Clarke they mean, so their lines are not given to any of them. Empty otherwise.
 */
function bySurnameOnly(entity: EntityRecord, library: Library, articleIds: readonly string[]): Line[] {
  if (/\s/u.test(entity.name) || (entity.kind !== 'person' && entity.kind !== 'other')) return [];
  const namesakes = library.entities.peopleWithSurname(entity.name);
  if (namesakes.length === 0) return [];
  const others = namesakes.slice(0, 3).map((person) => person.name);
  const line: Line = [
    { text: `Named only as “${entity.name}” in ${articleIds.join(', ')}`, style: 'strong' },
    { text: `: not taken for ${others.join(', ')}${namesakes.length > 3 ? ' or others' : ''}, who share the surname.` },
  ];
  return [line];
}

/**
 * For a surname (or, for `/who Kylie`, a given name) some articles write alone that was not joined
 * to the person shown (a title his full name never has, as many articles by surname as by full
 * name): where, in one line for all of them, and that it is not counted for him.
 */
function notTakenFor(surnameOnly: readonly EntityRecord[], shown: EntityRecord, library: Library): Line {
  const articleIds = [...new Set(surnameOnly.flatMap((entity) => library.entities.articleIdsOf(entity)))].sort();
  return notTakenLine(surnameOnly[0]?.name ?? shown.name, articleIds, shown.name);
}

/** `Named only as “Browne” in sport_384: not taken for Lord Browne, …`: where `written` stands alone, not counted for `shown`. */
function notTakenLine(written: string, articleIds: readonly string[], shown: string): Line {
  return [{ text: `Named only as “${written}” in ${articleIds.join(', ')}`, style: 'strong' }, { text: `: not taken for ${shown}, as those articles do not say it is the same person.` }];
}

function describe(entity: EntityRecord, articleIds: readonly string[]): Line[] {
  const shown = new Set(articleIds);
  return [...entity.descriptors]
    .map(([descriptor, articles]) => [descriptor, [...articles].filter((id) => shown.has(id)).sort()] as const)
    .filter(([, articles]) => articles.length > 0)
    .map(([descriptor, articles]) => [{ text: descriptor, style: 'strong' as const }, { text: ` (${articles.join(', ')})` }]);
}

/**
 * For a titled name asked (`Lord Browne`) of a person the articles name by surname alone: the articles that write it as asked,
 * when some of that surname's articles do and others do not; undefined otherwise (all do, none does, or no title was asked).
 */
function titledArticles(name: string, entity: EntityRecord, articleIds: readonly string[], library: Library): ReadonlySet<string> | undefined {
  const words = name.trim().split(/\s+/u);
  if (words.length !== 2 || !HONORIFICS.has(words[0] ?? '') || /\s/u.test(entity.name.trim()) || foldText(words[1] ?? '') !== foldText(entity.name)) return undefined;
  const holders = articlesWriting(name, library);
  const asked = new Set(articleIds.filter((id) => holders.has(id)));
  return asked.size > 0 && asked.size < articleIds.length ? asked : undefined;
}

/**
 * The quotations the articles give to this entity: the speaker as written ("Khinstsen", "Mr
 * Clarke", "a spokesperson for Ukraine's Ministry of Defense") stands, in its own article, for
 * this entity. A surname is read only within its article: "Clarke" is Charles Clarke where that
 * article names him, and an airline's Andy Clarke where it names him instead.
 */
function quotationsBy(entity: EntityRecord, library: Library, limit: number): Citation[] {
  const surname = entity.kind === 'person' ? entity.name.split(/\s+/u).at(-1) : undefined;
  const fullName = wholeWords(entity.name);
  const articles = new Set(library.entities.articleIdsOf(entity));
  const inArticle = (articleId: string, speaker: string): boolean => {
    const written = library.entities.entityWrittenIn(articleId, speaker);
    if (written) return written === entity;
    // The article's own reading does not name the speaker: only the full name, or a name the
    // table gives to this entity alone in an article that names it, is taken for it.
    return fullName.test(speaker) || (articles.has(articleId) && library.entities.find(speaker) === entity);
  };
  const speakerNames = [entity.name, ...entity.aliases, ...(surname ? [surname] : [])].map(speakerWords);
  return library.lookups
    .quotationsBy((speaker) => speakerNames.some((name) => name.test(speaker)), limit, inArticle)
    .flatMap(({ articleId, quotation }) => {
      const sentence = library.sentence(articleId, quotation.sentenceIndex);
      // Only quotations with a speaker are filed by speaker.
      const { speaker } = quotation;
      return sentence && speaker !== undefined ? [citeSpan(library, sentence, { span: quotation, kind: 'quotation', speaker })] : [];
    });
}

/** How many quotations are read for each one listed, so that the list can be spread over the articles that give them. */
const QUOTATIONS_READ_PER_LISTED = 20;

/**
 * At most `limit` of `items` (in article order), spread over their articles: each article's first,
 * then each one's second, and so on, kept in the order given. A profile cut at its first
 * `limit` sentences would show one article that names a person fifty times and hide the others.
 */
function spreadOverArticles<T extends { articleId: string }>(items: readonly T[], limit: number): T[] {
  if (items.length <= limit) return [...items];
  const rank = new Map<string, number>();
  const ranked = items.map((item, at) => {
    const seen = rank.get(item.articleId) ?? 0;
    rank.set(item.articleId, seen + 1);
    return { at, round: seen };
  });
  const chosen = ranked.sort((a, b) => a.round - b.round || a.at - b.at).slice(0, limit);
  return chosen.sort((a, b) => a.at - b.at).flatMap(({ at }) => items[at] ?? []);
}

/** A pattern for `name` as whole words anywhere in a text. */
function wholeWords(name: string): RegExp {
  return new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(name)}(?:$|[^\\p{L}])`, 'u');
}

/**
 * `name` as a speaker's words name the speaker: whole words, and not the owner of a possessive. A
 * quotation by "Mr Blair's official spokesman" or "Ebbers' lawyer" is the spokesman's or the
 * lawyer's: one who speaks for X is not X.
 */
function speakerWords(name: string): RegExp {
  return new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(name)}(?!['’]s?(?:$|[^\\p{L}]))(?:$|[^\\p{L}])`, 'u');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A possessive ending, once folded: `'s` or a lone `'` (`Lib Dems'`). */
const POSSESSIVE_ENDING = /'s?$/u;

/** True when the articles write `name` as (part of) one of the entity's mentions, not only the alias lexicon. */
function writtenInArticles(entity: EntityRecord, name: string, library: Library): boolean {
  const written = (form: string): boolean => entity.mentions.some((mention) => ` ${foldText(mention.name.text)} `.includes(` ${form} `));
  // `/who the chancellor`: names are kept without the article before them.
  const folded = foldText(name).trim().replace(LEADING_THE, '');
  // `Goremykin's`, `Lib Dems'`: a name asked in the possessive is written when its name is; `McDonald's` is its own name.
  if (written(folded) || written(folded.replace(POSSESSIVE_ENDING, ''))) return true;
  // `Lord Butler`: names are kept without their titles, so a titled name is looked for in the articles' own text.
  return writtenWithTitle(entity, name, library);
}

const LEADING_THE = /^the\s+/u;

/** True when the lexicon of aliases gives `name` as a form of the entity's name ("NIS" for the National Intelligence Service). */
function linkedByAlias(entity: EntityRecord, name: string): boolean {
  const asked = foldText(name).trim().replace(LEADING_THE, '');
  const names = new Set([entity.name, ...entity.aliases].map((form) => foldText(form)));
  return ALIASES.some((forms) => forms.some((form) => foldText(form) === asked) && forms.some((form) => names.has(foldText(form))));
}

/** True when `name` opens with a title and is written, as given, in one of the entity's articles. */
function writtenWithTitle(entity: EntityRecord, name: string, library: Library): boolean {
  if (!HONORIFICS.has(name.trim().split(/\s+/u)[0] ?? '')) return false;
  const holders = articlesWriting(name, library);
  return library.entities.articleIdsOf(entity).some((id) => holders.has(id));
}

/** The articles that write `name` word for word (`Lord Browne`). */
function articlesWriting(name: string, library: Library): ReadonlySet<string> {
  return new Set(library.index.findPhrase(name.trim()).found.map(({ sentence }) => sentence.articleId));
}

/**
 * One mention per sentence, article by article: those that name the entity, or (`nominal`) those
 * that only refer to it by a role the article gave it ("the chancellor") and do not also name it.
 */
function mentionsOf(entity: EntityRecord, nominal: boolean): Mention[] {
  const seen = new Set<string>();
  if (nominal) for (const mention of entity.mentions) if (!mention.nominal) seen.add(mention.sentence.id);
  return entity.mentions
    .filter((mention) => (mention.nominal ?? false) === nominal)
    .sort((a, b) => (a.sentence.articleId < b.sentence.articleId ? -1 : a.sentence.articleId > b.sentence.articleId ? 1 : a.sentence.index - b.sentence.index))
    .filter((mention) => !seen.has(mention.sentence.id) && seen.add(mention.sentence.id) !== undefined);
}
