import { articleRef } from '../answer/build.ts';
import { listWords, note, type NoteCode } from '../answer/messages.ts';
import { CertaintyLevel, SOURCE_KINDS, Sourcing, type ArticleProfile, type Certainty, type Note, type ProfileLoadedWord, type ProfileQuotation, type ProfileSource } from '../model/answer.ts';
import type { Article } from '../model/article.ts';
import type { Library } from '../library/library.ts';
import { LOADED_WORDS } from '../text/lexicons/loaded-words.ts';
import { articlesWithPhrase } from '../search/phrase-holders.ts';
import { PhraseMatcher, tokenize } from '../text/phrase-matcher.ts';
import { wordChain } from './origins.ts';

const LOADED = new PhraseMatcher(LOADED_WORDS);
const PROFILED_FIELDS = ['headline', 'outlet', 'date', 'author'] as const;
/** How many chains, sources or words a summary sentence names before it stops listing. */
const SUMMARY_LIST = 3;

/** The profile of one article and the notes that say what a careful reader should keep in mind. */
export interface ProfileWithNotes {
  profile: ArticleProfile;
  /** The summary as notes with codes; `profile.summary` holds their messages. */
  notes: Note[];
}

/**
 * Count an article's sentences by certainty level and sourcing, list its sources, quotations
 * (with the other articles that carry the same words) and loaded words, and sum it up for a
 * reader. Counts only: nothing here weighs the article as a whole.
 */
export function profileArticle(library: Library, article: Article): ProfileWithNotes {
  if (library.analysisOf(article.id)?.failure) return unanalysedProfile(article);
  const certainties = article.sentences.map((sentence) => library.certaintyOf(sentence));
  const levels = countBy(
    CertaintyLevel.options,
    certainties.map((certainty) => certainty?.level ?? 'certain'),
  );
  const sourcing = countBy(
    Sourcing.options,
    certainties.map((certainty) => certainty?.sourcing ?? 'none'),
  );
  const profile: ArticleProfile = {
    article: articleRef(article),
    missing: missingFields(article),
    sentences: article.sentences.length,
    levels,
    sourcing,
    contested: certainties.filter((certainty) => certainty?.contested).length,
    sources: listSources(library, certainties),
    quotations: listQuotations(library, article),
    loadedWords: findLoadedWords(library, article),
    summary: [],
  };
  const notes = summarise(profile, certainties);
  profile.summary = notes.map((entry) => entry.message);
  return { profile, notes };
}

/**
 * The profile of an article whose analysis failed: nothing counted, listed or summed up from an analysis that was not
 * made (its loaded words too, which would say whether each is quoted), and a summary that says so.
 */
function unanalysedProfile(article: Article): ProfileWithNotes {
  const missing = missingFields(article);
  const notes = [...(missing.length > 0 ? [missingFieldsNote(missing)] : []), note('profile_not_analysed', { count: article.sentences.length })];
  const profile: ArticleProfile = {
    article: articleRef(article),
    missing,
    sentences: article.sentences.length,
    levels: countBy(CertaintyLevel.options, []),
    sourcing: countBy(Sourcing.options, []),
    contested: 0,
    sources: [],
    quotations: [],
    loadedWords: [],
    summary: notes.map((entry) => entry.message),
    analysisFailed: true,
  };
  return { profile, notes };
}

function countBy<Key extends string>(keys: readonly Key[], values: readonly Key[]): Record<Key, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<Key, number>;
  for (const value of values) counts[value]++;
  return counts;
}

/**
 * Every name in the sentences' attribution chains, with its kind. The certainty object gives
 * names without kinds, so a name's kind is read from the source cue that spells it out
 * (`South Korea's Yonhap news agency` is a media cue holding `Yonhap`), in this article or any
 * other; a name only ever reached through an anaphor (`the agency`) takes its sentence's sourcing.
 */
function listSources(library: Library, certainties: readonly (Certainty | undefined)[]): ProfileSource[] {
  const kindOf = sourceKinds(library);
  const byName = new Map<string, ProfileSource>();
  certainties.forEach((certainty, index) => {
    if (!certainty) return;
    for (const written of certainty.attributedTo) {
      const kind = kindOf(written, certainty) ?? (certainty.sourcing === 'none' ? 'named' : certainty.sourcing);
      // Named people and bodies go under their full name, so `Khinstsen` and `Alexander Khinstsen` are one source.
      const name = kind === 'named' || kind === 'media' ? (library.entities.find(written)?.name ?? written) : written;
      let source = byName.get(name);
      if (!source) byName.set(name, (source = { name, kind, sentences: [] }));
      if (source.sentences.at(-1) !== index) source.sentences.push(index);
    }
  });
  return [...byName.values()].sort((a, b) => SOURCE_KINDS.indexOf(a.kind) - SOURCE_KINDS.indexOf(b.kind) || b.sentences.length - a.sentences.length);
}

type SourceKindLookup = (name: string, certainty: Certainty) => ProfileSource['kind'] | undefined;

/** One lookup per library: `/source` alone profiles every article. */
const kindLookups = new WeakMap<Library, SourceKindLookup>();

function sourceKinds(library: Library): SourceKindLookup {
  let lookup = kindLookups.get(library);
  if (!lookup) kindLookups.set(library, (lookup = readSourceKinds(library)));
  return lookup;
}

function readSourceKinds(library: Library): SourceKindLookup {
  // The answer for a name depends on the library alone, and finding it searches every cue of every article.
  const elsewhere = new Map<string, ProfileSource['kind'] | undefined>();
  return (name, certainty) => {
    const lower = name.toLowerCase();
    // The sentence's own cue first: the same name may be a different kind elsewhere.
    for (const cue of certainty.cues) if (isSourceKind(cue.kind) && cue.text.toLowerCase().includes(lower)) return cue.kind;
    if (!elsewhere.has(lower)) elsewhere.set(lower, library.lookups.sourceCueKindHolding(lower));
    return elsewhere.get(lower);
  };
}

function isSourceKind(kind: string): kind is ProfileSource['kind'] {
  return (SOURCE_KINDS as readonly string[]).includes(kind);
}

function listQuotations(library: Library, article: Article): ProfileQuotation[] {
  return library.quotationsOf(article.id).map(({ text, start, end, sentenceIndex, speaker }) => ({
    text,
    start,
    end,
    sentenceIndex,
    speaker,
    alsoIn: articlesHolding(library, article, { start, end }),
  }));
}

/**
 * The other articles that hold a quotation's words. Phrases are found within one sentence, so a
 * quotation that runs across sentences is looked for piece by piece, and an article holds it
 * only if it holds every piece.
 */
function articlesHolding(library: Library, article: Article, span: { start: number; end: number }): string[] {
  const pieces = article.sentences
    .filter((sentence) => sentence.start < span.end && span.start < sentence.end)
    .map((sentence) => article.text.slice(Math.max(span.start, sentence.start), Math.min(span.end, sentence.end)))
    .filter((piece) => tokenize(piece).length > 0);
  let holders: Set<string> | undefined;
  for (const piece of pieces) {
    const found = new Set(articlesWithPhrase(library, piece));
    holders = holders ? new Set([...holders].filter((id) => found.has(id))) : found;
  }
  return [...(holders ?? [])].filter((id) => id !== article.id).sort();
}

/**
 * Loaded words in the headline (where it stands in the file's text, so its offsets hold) and in
 * every sentence, in text order.
 */
function findLoadedWords(library: Library, article: Article): ProfileLoadedWord[] {
  const quotations = library.quotationsOf(article.id);
  const inQuotation = (start: number) => quotations.some((quotation) => quotation.start <= start && start < quotation.end);
  const found: ProfileLoadedWord[] = [];
  const scan = (start: number, end: number, sentenceIndex: number | null) => {
    for (const match of LOADED.findAll(tokenize(article.text, start, end))) {
      found.push({ text: article.text.slice(match.start, match.end), start: match.start, end: match.end, category: match.entry.category, sentenceIndex, quoted: inQuotation(match.start) });
    }
  };
  const headline = article.meta.headline;
  const headlineAt = headline === undefined ? -1 : article.text.indexOf(headline);
  if (headline !== undefined && headlineAt >= 0 && headlineAt < article.body.start) scan(headlineAt, headlineAt + headline.length, null);
  for (const sentence of article.sentences) scan(sentence.start, sentence.end, sentence.index);
  return found;
}

function summarise(profile: ArticleProfile, certainties: readonly (Certainty | undefined)[]): Note[] {
  const notes: Note[] = [];
  const add = (code: NoteCode, params: Record<string, string | number>) => notes.push(note(code, params));
  const total = profile.sentences;
  const counted = (group: readonly Certainty[]) => ({ count: group.length, total, hedged: group.filter((certainty) => certainty.level !== 'certain').length });
  const withSourcing = (...kinds: Sourcing[]) => certainties.filter((certainty): certainty is Certainty => certainty !== undefined && kinds.includes(certainty.sourcing));

  if (profile.missing.length > 0) notes.push(missingFieldsNote(profile.missing));

  const relayed = withSourcing('media');
  if (relayed.length > 0) add('profile_second_hand', { ...counted(relayed), chains: topChains(relayed) });

  const unnamed = withSourcing('anonymous', 'vague');
  if (unnamed.length > 0) {
    const sources = profile.sources.filter((source) => source.kind === 'anonymous' || source.kind === 'vague');
    const names = sources.slice(0, SUMMARY_LIST).map((source) => `‘${source.name}’ (${source.sentences.length})`);
    add('profile_unnamed_sources', { ...counted(unnamed), names: listWords(names, 'and', sources.length) });
  }

  const unsourced = withSourcing('none');
  if (unsourced.length > 0) add('profile_unsourced', counted(unsourced));

  const hedged = total - profile.levels.certain;
  if (hedged > 0) {
    const levels = (['probable', 'possible', 'unknown'] as const).filter((level) => profile.levels[level] > 0).map((level) => `${level} ${profile.levels[level]}`);
    add('profile_hedged', { count: hedged, total, levels: levels.join(', ') });
  }

  if (profile.contested > 0) add('profile_contested', { count: profile.contested });

  const unique = profile.quotations.filter((quotation) => quotation.alsoIn.length === 0).length;
  if (unique > 0) add('profile_unique_quotations', { count: unique, total: profile.quotations.length });

  const words = [...new Set(profile.loadedWords.map((word) => word.text.toLowerCase()))];
  if (words.length > 0)
    add('profile_loaded_words', {
      words: listWords(
        words.slice(0, SUMMARY_LIST).map((word) => `‘${word}’`),
        'and',
        words.length,
      ),
      count: profile.loadedWords.length,
    });

  if (notes.length === (profile.missing.length > 0 ? 1 : 0)) add('profile_plain', {});
  return notes;
}

/** The fields of PROFILED_FIELDS the article's file does not give. */
function missingFields(article: Article): ArticleProfile['missing'] {
  return PROFILED_FIELDS.filter((field) => article.meta[field] === undefined);
}

/** The note that the file gives no headline, outlet, date or byline, naming those it lacks. */
function missingFieldsNote(missing: ArticleProfile['missing']): Note {
  return note('profile_missing', {
    fields: listWords(
      missing.map((field) => (field === 'author' ? 'byline' : field)),
      'or',
    ),
  });
}

/** The commonest attribution chains with their counts, `Yonhap citing National Intelligence Service: 3; RIA Novosti: 1`. */
function topChains(certainties: readonly Certainty[]): string {
  const counts = new Map<string, number>();
  for (const certainty of certainties) {
    const chain = wordChain(certainty.attributedTo, certainty.joinedBy ?? []);
    if (chain !== '') counts.set(chain, (counts.get(chain) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, SUMMARY_LIST)
    .map(([chain, count]) => `${chain}: ${count}`)
    .join('; ');
}
