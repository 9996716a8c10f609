import type { Certainty, Cue } from '../model/answer.ts';
import type { Sentence } from '../model/article.ts';
import type { Library } from '../library/library.ts';
import { PLACE_NAMES } from '../text/lexicons/entities.ts';
import { VAGUE_SOURCES } from '../text/lexicons/vague-sources.ts';
import { isCommonWord } from '../analysis/entity-mentions.ts';
import { entityWrittenAmong, holdsWholeName, writtenNameKey, type EntityRecord } from '../analysis/entities.ts';

/**
 * Where a sentence's claim comes from: the one seam between the cross-article work and the
 * certainty analysis. Origins are the links of the attribution chain the analysis gives each
 * sentence (`certainty.attributedTo`: a person, a body, an outlet, a document, an anonymous
 * group), outermost first, and nothing else: never a fragment of the sentence, never an entity
 * the sentence merely mentions. Improvements to the attribution reading flow through here.
 */

/** Who stands behind a sentence. */
export interface Origin {
  /** Who said it, outermost first, as the analysis gives them (`Yonhap`, `National Intelligence Service`). */
  chain: string[];
  /** The chain with people and bodies under the entity table's full name (`Khinstsen` → `Alexander Khinstsen`). */
  links: string[];
  /** How each link of `links` after the first hangs on the one before it (see `Certainty.joinedBy`): only `citing` and `quoting` relay. */
  joinedBy: Join[];
  /** The links that name someone (`Yonhap`, `Alexander Khinstsen`), not a description (`South Korean media`, `the agency's sources`). */
  named: string[];
  /** The attribution words of this sentence, verbatim, with offsets into the article. */
  cues: { text: string; start: number; end: number }[];
  /** How the analysis rates the chain's least verifiable link; `none` when the article asserts it itself. */
  sourcing: Certainty['sourcing'];
}

/** How a link hangs on the one before it. */
export type Join = NonNullable<Certainty['joinedBy']>[number];

/**
 * A chain in words, as the certainty note words it: `Yonhap citing National Intelligence Service`,
 * `Chinese government figures and Commerce Department`. A link with no join given (one another
 * article's chain adds) relays the one before it.
 */
export function wordChain(links: readonly string[], joinedBy: readonly Join[]): string {
  return links.map((link, i) => (i === 0 ? link : `${joinedBy[i - 1] ?? 'citing'} ${link}`)).join(' ');
}

/** True when the link after position `i` of a chain relays it (`citing`, `quoting`), not a source of its own (`and`). */
export function relaysNext(joinedBy: readonly Join[], i: number): boolean {
  return (joinedBy[i] ?? 'citing') !== 'and';
}

const SOURCE_CUES: ReadonlySet<Cue['kind']> = new Set(['attribution', 'named', 'media', 'anonymous', 'vague']);

/**
 * How far back a sentence that relays a report without naming it ("are said to", "reportedly")
 * looks for the chain it relays: the nearest earlier sentence that passes on an outlet's report.
 * The walk stops at a sentence that neither names a source nor hedges, and at one in which a named
 * person or body speaks: the telling is broken there.
 */
const LOOKBACK_SENTENCES = 4;
/** Hedges that pass on a report ("reportedly", "said to"), unlike those that weigh it ("could", "forecast"). */
const RELAY = /^(?:reportedly|reported|said to|are said|is said|allegedly|alleged|believed to|claim|claims|claimed|according)/iu;

/** Words that pass on a report without naming it, wherever they stand ("the reported deployment", "is said to"). */
const UNNAMED_REPORT = /\b(?:reported(?:ly)?|allegedly|said to|according to (?:unconfirmed )?reports)\b/iu;

/** True when a sentence passes on a report it does not name: it names no origin, but does not tell the claim as its own either. */
export function relaysUnnamedReport(text: string): boolean {
  return UNNAMED_REPORT.test(text);
}

/**
 * Per library, each sentence's origin once read: a claim's sentences are read again by every
 * question that finds them, by `/sources` and `/compare` alike. Keyed by library too, since a
 * rebuilt library keeps the unchanged articles' sentences but may know their names differently.
 */
const readOrigins = new WeakMap<Library, WeakMap<Sentence, Origin>>();

/** Who stands behind `sentence`, read from its certainty; the same object for the same sentence and library, not to be changed. */
export function originsOf(library: Library, sentence: Sentence): Origin {
  let known = readOrigins.get(library);
  if (!known) readOrigins.set(library, (known = new WeakMap()));
  let origin = known.get(sentence);
  if (!origin) known.set(sentence, (origin = readOriginsOf(library, sentence)));
  return origin;
}

function readOriginsOf(library: Library, sentence: Sentence): Origin {
  const read = library.certaintyOf(sentence);
  if (!read) return { chain: [], links: [], joinedBy: [], named: [], cues: [], sourcing: 'none' };
  const certainty = withSourcesOnly(sentence, read);
  const cues = certainty.cues.filter((cue) => SOURCE_CUES.has(cue.kind)).map(({ text, start, end }) => ({ text, start, end }));
  const relays = certainty.cues.some((cue) => cue.kind === 'hedge' && RELAY.test(cue.text));
  const relayed = passesOnUnnamedReport(certainty) && relays ? relayedChain(library, sentence) : undefined;
  const told = relayed ?? certainty;
  // Each link with the join before it, so that leaving out a fragment or a repeated name keeps the others' joins.
  const kept = told.attributedTo.map((link, i) => ({ link, join: told.joinedBy?.[i - 1] ?? ('citing' as Join) })).filter(({ link }) => !isFragment(link) && !EXISTENTIAL_FRAME.test(link));
  const chain = kept.map(({ link }) => link);
  const seen = new Set<string>();
  // The article's written names, read once for all the sentence's links and only when one is a name alone.
  let written: WrittenName[] | undefined;
  const writtenHere = (): WrittenName[] => (written ??= writtenNamesIn(library, sentence.articleId));
  const asName = (word: string): boolean =>
    writtenAsName(library, sentence.articleId, word) || (!isCommonWord(word.split(/['’]/u)[0] ?? word) && !writtenInLowerCase(library, sentence.articleId, word));
  const vagueCues = new Set(certainty.cues.filter((cue) => cue.kind === 'vague').map((cue) => cue.text));
  const distinct = kept
    .map(({ link, join }) => {
      const read = fullName(library, writtenHere, link, asName);
      return { ...read, join, vague: isVagueGroup(link, vagueCues, !read.namedHere || ONE_WORD.test(read.link)) };
    })
    .filter(({ link }) => !seen.has(link) && seen.add(link) !== undefined);
  const links = distinct.map(({ link }) => link);
  const joinedBy = distinct.slice(1).map(({ join }) => join);
  const named = distinct.filter(({ names, vague }) => names && !vague).map(({ link }) => link);
  return { chain, links, joinedBy, named, cues, sourcing: relayed ? 'media' : certainty.sourcing };
}

/** The vague groups, kinds and documents of VAGUE_SOURCES, lower case: phrases that say what kind of source it is, never who. */
const VAGUE_GROUPS: ReadonlySet<string> = new Set(VAGUE_SOURCES.filter((entry) => entry.category !== 'stated').map((entry) => entry.phrase));

/** A name of one word: a group the entity reading may take for a body ("Investors"), where a name of two words ("50 Cent" for "Cent") is someone's. */
const ONE_WORD = /^[\p{L}'’-]+$/u;

/**
 * True when a link is a vague group, not someone named, however it is capitalised: the attribution reading took its words
 * for a vague source in this sentence (`vagueCues`, "Anti-spam firms report …"; `readsCues` false for a person or body of
 * more than one word the article names, "Graham Poll", whose surname the reading took for an opinion poll), or they are a
 * group of VAGUE_SOURCES ("Commentators and Yukos itself claim …", where the reading's cue spans both links).
 */
function isVagueGroup(link: string, vagueCues: ReadonlySet<string>, readsCues: boolean): boolean {
  return (readsCues && vagueCues.has(link)) || VAGUE_GROUPS.has(link.toLowerCase());
}

/**
 * The certainty with only the links that are sources, never the claim's subject:
 * - the words before a hedge of thinking or saying in the passive ("4bn euros **thought to** be
 *   held", "the firm **is believed to**") are what the hedge weighs: such a sentence names no one
 *   who thinks so, and its certainty already shows the hedge;
 * - a pronoun that speaks in a clause after the sentence's opening ("…, which **they** claim is owed
 *   by Yukos", "… a bill **it** says the company owes") cannot stand for a name the same sentence
 *   gives outside its opening: a name the pronoun's own clause holds is what is said of, not who
 *   says it, and in a clause hung on the main one the pronoun takes the main clause's subject. The
 *   reading that took it for that name is doubtful, so the link becomes an unnamed speaker, which
 *   names no origin: a wrong origin would count articles as relaying the claim's own subject.
 */
function withSourcesOnly(sentence: Sentence, certainty: Certainty): Certainty {
  const cues = certainty.cues;
  const subjectOfHedge = (link: string): boolean =>
    cues.some(
      (cue) =>
        (cue.kind === 'vague' || cue.kind === 'anonymous') &&
        cue.text === link &&
        cues.some(
          (hedge) =>
            hedge.kind === 'hedge' && PASSIVE_HEDGE.test(hedge.text) && hedge.start >= cue.end && AUXILIARIES_ONLY.test(sentence.text.slice(cue.end - sentence.start, hedge.start - sentence.start)),
        ),
    );
  const attributionCues = cues.filter((cue) => cue.kind === 'attribution');
  const onlyHedged =
    attributionCues.length > 0 && attributionCues.every((cue) => cues.some((hedge) => hedge.kind === 'hedge' && PASSIVE_HEDGE.test(hedge.text) && hedge.start <= cue.start && cue.end <= hedge.end));
  let links = onlyHedged ? certainty.attributedTo.filter((link) => !subjectOfHedge(link)) : certainty.attributedTo;
  const [first] = links;
  if (first !== undefined && speaksOfItself(sentence, cues, first)) links = [UNNAMED_SPEAKER, ...links.slice(1)];
  if (links === certainty.attributedTo) return certainty;
  return { ...certainty, attributedTo: links, sourcing: links.length === 0 ? 'none' : links[0] === UNNAMED_SPEAKER ? 'anonymous' : certainty.sourcing };
}

/** A hedge of thinking or saying in the passive, with the infinitive it weighs ("thought to", "is believed to"). */
const PASSIVE_HEDGE = /\b(?:thought|believed|understood|known|estimated|reckoned|rumoured|rumored|supposed|presumed|considered|expected)\s+to$/iu;
/** What may stand between a hedge's subject and the hedge: auxiliaries and a few adverbs ("are widely"). */
const AUXILIARIES_ONLY = /^[\s,]*(?:(?:is|are|was|were|been|being|be|has|have|had|widely|also|now|still|generally|largely)\s+)*$/iu;
/** The link put for a pronoun whose reading is doubtful: it says someone speaks, not who. */
export const UNNAMED_SPEAKER = 'an unnamed speaker';
/** Pronouns that may stand for a speaker. */
const SPEAKING_PRONOUN = /^(?:it|they|he|she)$/iu;
/** How many words open a sentence: a name among them may be its subject, which a later pronoun may stand for. */
const OPENING_WORDS = 5;

/**
 * True when the sentence's one speaker is a pronoun after its opening and the name it was read as
 * stands elsewhere in the sentence, outside the opening: "Russian prosecutors are forcing the
 * sale …, which they claim is owed by Yukos" (Yukos is what they say owes, not who says so).
 */
function speaksOfItself(sentence: Sentence, cues: Certainty['cues'], link: string): boolean {
  const speakers = cues.filter((cue) => cue.kind === 'named' || cue.kind === 'anonymous' || cue.kind === 'media');
  const [pronoun] = speakers;
  if (speakers.length !== 1 || pronoun === undefined || !SPEAKING_PRONOUN.test(pronoun.text)) return false;
  const at = pronoun.start - sentence.start;
  const before = sentence.text
    .slice(0, at)
    .split(/\s+/u)
    .filter((word) => word.length > 0);
  if (before.length < OPENING_WORDS) return false;
  const name = link.split(/\s+/u).at(-1) ?? link;
  if (!/^\p{Lu}/u.test(name)) return false;
  const words = sentence.text.split(/[^\p{L}\p{N}&-]+/u);
  const positions = words.flatMap((word, i) => (word === name || word === `${name}s` ? [i] : []));
  return positions.length > 0 && positions.every((i) => i >= OPENING_WORDS);
}

/**
 * A link that only says something is talked of ("There has been fresh speculation", "There were reports"): the
 * existential frame names no one, and an article that writes "Fresh speculation … followed" says as much. Read as a
 * source, it made "Differs in attribution (… gives none)" between two articles that both name none.
 */
const EXISTENTIAL_FRAME = /^there\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|will\s+be|remains?|seems?|appears?)\b/iu;

/**
 * True when a link is a piece of the sentence rather than a source: it runs on into a verb
 * ("Russian authorities to recover government tax"). Such a link is left out, never shown as an origin. A `to` before an
 * article opens no verb: "United's statement to the stock exchange", "ambassador to the WTO" are sources.
 */
function isFragment(link: string): boolean {
  return /\bto\s+(?!(?:the|a|an)\b)\p{Ll}+\b/u.test(link) && !/^(?:speaking|close|next)\b/iu.test(link) && !/\b(?:close|next|sources? close)\s+to\b/iu.test(link);
}

/** True when the chain names where the claim comes from: more than one vague link ("unconfirmed reports"). */
function namesOrigin(certainty: Certainty): boolean {
  // `…, which prosecutors claim is owed by Yukos`: a group the sentence names, however vague, is who claims it; only a passive
  // frame (`people not named ('are said to')`) passes on a report whose origin an earlier sentence may give.
  const [only] = certainty.attributedTo;
  return certainty.attributedTo.length > 1 || (only !== undefined && (certainty.sourcing !== 'vague' || !only.startsWith('people not named')));
}

/**
 * True when the sentence's own chain is only the frame of a report passed on ("people not named ('are said to')"): its
 * certainty says someone reported it, and an earlier sentence may say who. A sentence the reading gives no source at all
 * ("with Pyongyang reportedly sending thousands of soldiers", read as the article's own telling) takes none from its
 * neighbours: its origin would contradict its own certainty note.
 */
function passesOnUnnamedReport(certainty: Certainty): boolean {
  return certainty.attributedTo.length > 0 && !namesOrigin(certainty);
}

/**
 * The chain of the nearest earlier sentence that passes on an outlet's report, for a sentence that passes on a report it
 * does not name. Only an outlet's report is carried on by "reportedly" and "is said to": a person or body that speaks
 * before it ("The LSE … said the bid undervalued the business. Euronext … is reportedly working with three investment
 * banks") says its own piece, and is not where the next sentence's report comes from.
 */
function relayedChain(library: Library, sentence: Sentence): Pick<Certainty, 'attributedTo' | 'joinedBy'> | undefined {
  for (let index = sentence.index - 1; index >= Math.max(0, sentence.index - LOOKBACK_SENTENCES); index--) {
    const earlier = library.sentence(sentence.articleId, index);
    const certainty = earlier && library.certaintyOf(earlier);
    if (!certainty) return undefined;
    // An anonymous link ("The agency's sources") relays the agency in turn: read on for the one it names.
    if (namesOrigin(certainty) && certainty.sourcing === 'media') return certainty;
    if (namesOrigin(certainty) && certainty.sourcing === 'named') return undefined;
    if (certainty.level === 'certain' && certainty.attributedTo.length === 0) return undefined;
  }
  return undefined;
}

/**
 * True when a link names someone: it holds a capitalised word that is not its first word's
 * article or a place ("South Korean media" and "The agency's sources" describe a source, "Yonhap"
 * and "the Russian military's Military-Political Directorate" name one). A first word counts only
 * when the article writes it as a name (`asName`): a capital that opens a sentence says nothing of
 * the word ("Analysts", "His party", "Changes to the way …", "You'd have thought").
 */
function isProperName(link: string, asName: (word: string) => boolean): boolean {
  const words = link.split(/[\s\u00A0]+/u).map((word) => word.replace(/['’]s$/u, '').replace(/[^\p{L}\p{N}'’-]/gu, ''));
  return words.some((word, i) => /^\p{Lu}/u.test(word) && !PLACE_WORDS.has(word) && (i > 0 || (!ARTICLES.has(word) && asName(word))));
}

/**
 * True when the article writes `word` capitalised where no sentence or quotation opens: after a word, a figure or a comma
 * ("…, Stuff predicts", "Brian May", "said Apple"). A word only ever capitalised at an opening is a common word there.
 */
function writtenAsName(library: Library, articleId: string, word: string): boolean {
  for (const { text } of library.article(articleId)?.sentences ?? []) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const before = text.slice(0, at).trimEnd();
      if (before.length < at && AFTER_NAME_ONLY.test(before.at(-1) ?? '') && !WORD_GOES_ON.test(text[at + word.length] ?? '')) return true;
    }
  }
  return false;
}

/** True when the article writes `word` in lower case ("prosecutors", "you'd"): then its capital at an opening is no name's. */
function writtenInLowerCase(library: Library, articleId: string, word: string): boolean {
  const lower = word.toLowerCase();
  for (const { text } of library.article(articleId)?.sentences ?? []) {
    for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
      if (!WORD_GOES_ON.test(text[at - 1] ?? '') && !WORD_GOES_ON.test(text[at + lower.length] ?? '')) return true;
    }
  }
  return false;
}

/** True when a link holds no capitalised word but a first article ("the centre", "The company", "research"): it describes a source. */
function isDescription(link: string): boolean {
  return link.split(/[\s\u00A0]+/u).every((word, i) => !/^\p{Lu}/u.test(word) || (i === 0 && ARTICLES.has(word)));
}

/** What a name may follow within a sentence: a word, a figure, a comma or a bracket closed, never a full stop or a quotation mark. */
const AFTER_NAME_ONLY = /[\p{L}\p{N},;)]/u;
/** A character that makes the word found part of a longer one. */
const WORD_GOES_ON = /[\p{L}\p{N}]/u;

const PLACE_WORDS: ReadonlySet<string> = new Set([...PLACE_NAMES].flatMap((name) => name.split(/\s+/u)));
const ARTICLES: ReadonlySet<string> = new Set(['The', 'A', 'An']);

/**
 * The entity among the names an article writes (`written`) that `link` stands for, when its name holds the whole of `link` (`Howard` → Michael Howard); not a
 * shorter one found inside it (`Military-Political Directorate` is not a `Directorate` named elsewhere in the article).
 */
function fullerNameIn(written: readonly WrittenName[], link: string): EntityRecord | undefined {
  const entity = entityWrittenAmong(written, link);
  return entity && holdsWholeName(entity.name, link) ? entity : undefined;
}

/** A name an article writes, by its key (writtenNameKey), with the entity it names. */
interface WrittenName {
  key: string;
  entity: EntityRecord;
}

/**
 * The names an article writes, each with its entity, read from the article's own mentions: the table's list of every
 * article's written names (EntityTable.entityWrittenIn) is made whole on its first use, which cost a start from the snapshot
 * 0.8 s and 20 MB at BBC ×10 where one question asked right after it needed one article's.
 */
function writtenNamesIn(library: Library, articleId: string): WrittenName[] {
  const written = new Map<string, WrittenName>();
  for (const each of library.article(articleId)?.sentences ?? []) {
    for (const { entity, mention } of library.lookups.mentionsOf(each)) {
      const record = library.entities.entities[entity];
      if (!record || mention.nominal) continue;
      const key = writtenNameKey(mention.name.text);
      if (key !== '') written.set(`${key}\u0000${entity}`, { key, entity: record });
    }
  }
  return [...written.values()];
}

/**
 * A link that is a name and nothing else (`Howard`, `Mr Howard`, `Bank of England`), not a description that holds one (`a friend
 * of Mr Brown`, `a source close to Mr Blair`, whose origin is not the one named).
 */
const NAME_ONLY = /^\p{Lu}[\p{L}\p{N}'\u2019.&-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'\u2019.&-]*|of|de|du|van|von|der|la|le|and))*$/u;

/**
 * A person's or body's full name where the entity table knows it, and whether the link names someone (`names`). A link
 * that is a name alone is read first within the sentence's own article: its "Howard" is the Michael Howard it names, where
 * the library holds other Howards, and its "City" the "Manchester City" it names, whose name ends so.
 * A description ("the centre", "the company", "research") is no name the table may complete with a body of that word
 * from another article: it is the article's one body whose name holds its noun ("the centre" for a "Research Center" named
 * before), or it stays as written, a source described. Any other link as written.
 */
function fullName(library: Library, writtenHere: () => readonly WrittenName[], link: string, asName: (word: string) => boolean): { link: string; names: boolean; namedHere: boolean } {
  if (link === UNNAMED_SPEAKER) return { link, names: false, namedHere: false };
  if (isDescription(link)) {
    const body = bodyOfNounIn(writtenHere(), link);
    return body ? { link: body.name, names: true, namedHere: true } : { link, names: false, namedHere: false };
  }
  const nameOnly = NAME_ONLY.test(link);
  const here = nameOnly ? (fullerNameIn(writtenHere(), link) ?? endingNameIn(writtenHere(), link)) : undefined;
  const entity = here ?? library.entities.find(link);
  const known = entity !== undefined && (entity.kind === 'person' || entity.kind === 'organisation' || entity.kind === 'media');
  // A body or person of the table counts as named where this article names it: "Labour sees …" opens on the party it names.
  const namedHere = known && (here !== undefined || writtenHere().some((written) => written.entity === entity));
  return { link: known ? entity.name : link, names: namedHere || isProperName(link, asName), namedHere };
}

/** The one body or outlet the article names whose name ends with the whole of `link` ("Manchester City" for "City"). */
function endingNameIn(written: readonly WrittenName[], link: string): EntityRecord | undefined {
  const tail = ` ${writtenNameKey(link)}`;
  const owners = new Set(written.filter(({ entity }) => (entity.kind === 'organisation' || entity.kind === 'media') && ` ${writtenNameKey(entity.name)}`.endsWith(tail)).map(({ entity }) => entity));
  return owners.size === 1 ? [...owners][0] : undefined;
}

/** The one body the article names in more than one word whose name holds the head noun of a description opening with "the", British and American spellings alike ("the centre" → "Disaster Research Center"). */
function bodyOfNounIn(written: readonly WrittenName[], description: string): EntityRecord | undefined {
  const words = description.split(/\s+/u);
  // Only "the …" points back at one body: "research suggests" is any study, not the article's research institute.
  if (words.length < 2 || words[0]?.toLowerCase() !== 'the') return undefined;
  // The head noun stands before the first preposition: "the committee on human rights" is a committee.
  const preposition = words.findIndex((word, i) => i > 1 && HEAD_ENDS.has(word.toLowerCase()));
  const noun = spellingKey(words[(preposition > 0 ? preposition : words.length) - 1] ?? '');
  const owners = new Set(
    written.filter(({ entity }) => entity.kind === 'organisation' && /\s/u.test(entity.name) && entity.name.split(/\s+/u).some((word) => spellingKey(word) === noun)).map(({ entity }) => entity),
  );
  return owners.size === 1 ? [...owners][0] : undefined;
}

/** Words after a description's head noun ("the committee **on** human rights", "the centre **for** …"). */
const HEAD_ENDS: ReadonlySet<string> = new Set(['on', 'of', 'for', 'in', 'at', 'with', 'from', 'to', 'which', 'that', 'who']);

/** A word folded so that British and American spellings meet: "centre" and "center", "theatre" and "theater". */
function spellingKey(word: string): string {
  return word.toLowerCase().replace(/re$/u, 'er');
}
