import { z } from 'zod';
import { profileArticle } from '../src/crosscheck/profile.ts';
import { relationsOf } from '../src/crosscheck/relations.ts';
import { answer, citeSpan, failedStepsNote } from '../src/answer/build.ts';
import { note } from '../src/answer/messages.ts';
import type { Answer, ArticleProfile, Note, ArticleRelationsSummary, Inline, Line, ProfileLoadedWord, ProfileQuotation, ProfileSource, Section } from '../src/model/answer.ts';
import type { Article } from '../src/model/article.ts';
import type { Library } from '../src/library/library.ts';
import { MAX_QUERY_CHARS } from '../src/answer/limits.ts';
import { termsOf } from '../src/text/normalise.ts';
import { defineCommand, type TimeBudget } from './define.ts';

export default defineCommand({
  name: 'source',
  summary: 'A profile of one article: who it relies on, how firmly it says things, its quotations and loaded words.',
  usage: '/source [article]',
  example: '/source 003',
  args: z.object({
    article: z.string().trim().max(MAX_QUERY_CHARS).optional().describe('An article id, an id prefix such as 003, or a headline word; leave out to list them all'),
  }),
  fromText: (text) => (text.trim() === '' ? {} : { article: text }),
  run({ article: query }, { library, budget }) {
    if (query === undefined || query === '') return listArticles(library, budget);
    const matches = findArticles(library, query);
    const only = matches.length === 1 ? matches[0] : undefined;
    if (only) return profileAnswer(library, only, query);
    const ambiguous = matches.length > 1;
    const listed = ambiguous ? matches : library.articles;
    return answer('source', query, {
      status: 'not_found',
      title: ambiguous ? `Which article is “${query}”?` : `No article “${query}”`,
      notes: [ambiguous ? note('source_ambiguous', { query, count: matches.length }) : note('source_unknown', { query }), ...truncation(listed.length)],
      sections: [{ title: ambiguous ? 'Matching articles' : 'The articles', lines: listed.slice(0, MAX_LISTED).map((article) => oneLine(library, article)), citations: [] }],
    });
  },
});

/**
 * The articles an id names, as `/source` and `/remove` read it: the one whose id or file name it
 * is, else those whose id starts with it (`003`), in library order; case aside.
 */
export function articlesById(library: Library, query: string): Article[] {
  const wanted = query.trim().toLowerCase();
  const exact = library.lookups.articleNamed(wanted);
  return exact ? [exact] : library.lookups.articlesWithIdPrefix(wanted);
}

/**
 * The articles a query names: those articlesById gives, else those whose headline or outlet holds
 * every word of it (stemmed, as search reads words).
 */
function findArticles(library: Library, query: string): Article[] {
  const byId = articlesById(library, query);
  if (byId.length > 0) return byId;
  const terms = termsOf(query);
  if (terms.length === 0) return [];
  return library.lookups.articlesWithHeadlineTerms(terms);
}

/**
 * The most articles one list profiles: each profile looks up every quotation in every other
 * article, and no platform shows thousands of lines anyway.
 */
const MAX_LISTED = 25;

/** The note that a list of `count` articles shows only the first MAX_LISTED; none when it shows all. */
function truncation(count: number): Note[] {
  return count > MAX_LISTED ? [note('truncated', { shown: MAX_LISTED, total: count })] : [];
}

function listArticles(library: Library, budget?: TimeBudget): Answer {
  // Profiling every article of a large library is the slowest thing a command does: list at most
  // MAX_LISTED, and stop at the time budget with the articles profiled so far.
  const profiles = [];
  for (const article of library.articles.slice(0, MAX_LISTED)) {
    if (budget?.expired()) break;
    profiles.push(profileArticle(library, article).profile);
  }
  const listed = Math.min(MAX_LISTED, library.articles.length);
  const cut = profiles.length < listed;
  return answer('source', '', {
    title: `The ${library.articles.length} ${library.articles.length === 1 ? 'article' : 'articles'}`,
    profiles,
    notes: [
      ...truncation(library.articles.length),
      ...(cut && budget ? [note('time_budget', { seconds: Math.round(budget.ms / 1000), skipped: `the last ${listed - profiles.length} articles` })] : []),
    ],
    sections: [{ title: 'Articles (give /source <id> for a full profile)', lines: profiles.map(summaryLine), citations: [] }],
  });
}

/** Each article's line in a list, per library: a query that names no article lists the same first articles every time. */
const lineCache = new WeakMap<Library, Map<string, Inline[]>>();

function oneLine(library: Library, article: Article): Line {
  let lines = lineCache.get(library);
  if (!lines) lineCache.set(library, (lines = new Map()));
  let line = lines.get(article.id);
  if (!line) lines.set(article.id, (line = summaryLine(profileArticle(library, article).profile)));
  return line.map((part) => ({ ...part }));
}

/** `003_… Headline — KPBI · 2025-12-02: 24 sentences, 10 hedged, …` for a list of articles. */
function summaryLine(profile: ArticleProfile): Inline[] {
  const { id, headline, outlet, date } = profile.article;
  const unique = profile.quotations.filter((quotation) => quotation.alsoIn.length === 0).length;
  const where = [outlet, date].filter((field): field is string => field !== undefined).join(' · ');
  const opening = [{ text: id, style: 'strong' as const }, { text: ` ${headline ?? '(no headline in the file)'}` }];
  const placed = ` — ${where === '' ? 'no outlet or date in the file' : where}: `;
  // Counts of an analysis that was not made would all be 0, and "0 unsourced" is said of no article that was not read.
  if (profile.analysisFailed) return [...opening, { text: `${placed}${counted(profile.sentences, 'sentence', 'sentences')}, not analysed (an error in the analysis of this article)` }];
  const counts = [
    counted(profile.sentences, 'sentence', 'sentences'),
    `${profile.sentences - profile.levels.certain} hedged`,
    `${profile.sourcing.media} relayed from other outlets`,
    `${profile.sourcing.anonymous + profile.sourcing.vague} on anonymous or vague sources`,
    `${profile.sourcing.none} unsourced`,
    `${profile.contested} contested`,
    profile.quotations.length === 0 ? 'no quotations' : `${counted(profile.quotations.length, 'quotation', 'quotations')} (${unique} in no other article)`,
    counted(profile.loadedWords.length, 'loaded word', 'loaded words'),
  ];
  return [...opening, { text: `${placed}${counts.join(', ')}` }];
}

/** Most of the sentences only this article carries that the profile cites. */
const ALONE_CITED = 5;

function profileAnswer(library: Library, article: Article, query: string): Answer {
  const { profile: counted, notes: profileNotes } = profileArticle(library, article);
  const stale = library.warnings.find((warning) => warning.file === article.file && warning.keptFrom !== undefined);
  // What it shares with other articles and what it alone says come from the claims and the lookups over them.
  const relationsFailed = failedStepsNote(library, 'relations_failed', ['claim alignment', 'lookups']);
  const notes = [
    ...(stale?.keptFrom !== undefined ? [note('stale_version', { file: stale.file, reason: stale.reason, since: stale.keptFrom })] : []),
    ...profileNotes,
    ...(relationsFailed ? [relationsFailed] : []),
  ];
  const relations = relationsFailed ? undefined : summariseRelations(library, article.id);
  const profile = relations ? { ...counted, relations } : counted;
  const alone = (relations?.alone ?? []).slice(0, ALONE_CITED).flatMap((index) => {
    const sentence = article.sentences[index];
    return sentence ? [citeSpan(library, sentence)] : [];
  });
  return answer('source', query, {
    title: `Profile of ${profile.article.headline ?? article.id}`,
    notes,
    profile,
    results: alone,
    sections: [
      { title: 'The article', lines: describeArticle(article, profile), citations: [] },
      { title: 'How firmly it says things', lines: describeCounts(profile), citations: [] },
      { title: 'Named people, bodies and outlets it relies on', lines: describeSources(profile.sources.filter((source) => source.kind === 'named' || source.kind === 'media')), citations: [] },
      { title: 'Anonymous and vague sources', lines: describeSources(profile.sources.filter((source) => source.kind === 'anonymous' || source.kind === 'vague')), citations: [] },
      ...describeQuotations(profile.quotations),
      { title: 'Loaded words', lines: describeLoadedWords(profile.loadedWords), citations: [] },
      ...(relations ? [{ title: 'Among the other articles', lines: describeRelations(relations), citations: [] }] : []),
      ...(relations && alone.length > 0
        ? [{ title: `What it alone says (${relations.alone.length} of ${profile.sentences} sentences; first ${alone.length})`, lines: [], citations: alone.map((_, i) => i) }]
        : []),
    ],
  });
}

function summariseRelations(library: Library, articleId: string): ArticleRelationsSummary | undefined {
  const relations = relationsOf(library, articleId);
  if (!relations) return undefined;
  return {
    sharedWith: relations.sharedWith.map(({ articleId: other, sentences, share, rewrites }) => ({ articleId: other, sentences, share, rewrites })),
    alone: relations.alone.map((sentence) => sentence.index),
    departures: relations.departures.map((departure) => ({ sentenceIndex: departure.sentence.index, about: departure.discrepancies.map((discrepancy) => discrepancy.about) })),
    chronology: relations.chronology,
  };
}

function describeRelations(relations: ArticleRelationsSummary): Line[] {
  const lines: Line[] = [];
  const rewrites = relations.sharedWith.filter((other) => other.rewrites);
  const shares = relations.sharedWith.filter((other) => !other.rewrites);
  const describe = (others: typeof rewrites): string =>
    others.map((other) => `${other.articleId} (${counted(other.sentences, 'sentence', 'sentences')}, ${Math.round(other.share * 100)}%)`).join(', ');
  lines.push(
    rewrites.length > 0
      ? [{ text: 'Retells: ', style: 'strong' }, { text: describe(rewrites) }]
      : [
          { text: 'Retells: ', style: 'strong' },
          { text: 'no other article at a quarter of its sentences or more', style: 'em' },
        ],
  );
  if (shares.length > 0) lines.push([{ text: 'Shares a little with: ', style: 'strong' }, { text: describe(shares) }]);
  lines.push([{ text: 'Alone: ', style: 'strong' }, { text: `${relations.alone.length} sentences no other article carries` }]);
  for (const departure of relations.departures) lines.push([{ text: `Departs in sentence ${departure.sentenceIndex + 1}: `, style: 'strong' }, { text: departure.about.join('; ') }]);
  const { dated, undated } = relations.chronology;
  if (dated.length > 0) lines.push([{ text: 'By date: ', style: 'strong' }, { text: dated.map((entry) => `${entry.articleId} (${entry.date})`).join(', ') }]);
  if (undated.length > 0) lines.push([{ text: 'Cannot be placed in time: ', style: 'strong' }, { text: `${undated.join(', ')} give no date, so which came first cannot be told` }]);
  return lines;
}

function field(label: string, value: string | undefined, missing: string): Line {
  return [{ text: `${label}: `, style: 'strong' }, value === undefined ? { text: missing, style: 'em' } : { text: value }];
}

function describeArticle(article: Article, profile: ArticleProfile): Line[] {
  const { headline, outlet, date, author, url } = profile.article;
  // A dateline without a full date is shown as written, so the reader sees why no date is given.
  const partialDate = date === undefined && article.meta.dateText !== undefined ? `none as a full date (the file says “${article.meta.dateText}”)` : 'none in the file';
  return [
    field('Headline', headline, 'none in the file'),
    field('Outlet', outlet, 'none in the file'),
    field('Date', date, partialDate),
    field('Byline', author, 'none in the file'),
    ...(url !== undefined ? [field('URL', url, '')] : []),
    field('Id', `${article.id} (${article.file}), ${profile.sentences} sentences`, ''),
  ];
}

function describeCounts(profile: ArticleProfile): Line[] {
  if (profile.analysisFailed) return [[{ text: 'Not analysed: ', style: 'strong' }, { text: `an error in the analysis of this article; none of its ${profile.sentences} sentences is counted` }]];
  const of = ` (of ${profile.sentences} sentences)`;
  const counts = (record: Record<string, number>) =>
    Object.entries(record)
      .map(([key, count]) => `${key} ${count}`)
      .join(' · ');
  return [
    [{ text: 'Level: ', style: 'strong' }, { text: counts(profile.levels) + of }],
    [{ text: 'Sourcing: ', style: 'strong' }, { text: counts(profile.sourcing) + of }],
    [{ text: 'Contested: ', style: 'strong' }, { text: `${profile.contested}${of}` }],
  ];
}

function describeSources(sources: readonly ProfileSource[]): Line[] {
  if (sources.length === 0) return ['None.'];
  return sources.map((source) => [{ text: source.name, style: 'strong' }, { text: ` (${source.kind}), ${source.sentences.length} ${source.sentences.length === 1 ? 'sentence' : 'sentences'}` }]);
}

function describeQuotations(quotations: readonly ProfileQuotation[]): Section[] {
  if (quotations.length === 0) return [{ title: 'Quotations', lines: ['None.'], citations: [] }];
  const line = (quotation: ProfileQuotation): Line => [
    { text: quotation.text.replace(/\s*\n\s*/g, ' '), style: 'quote' },
    { text: ` — ${quotation.speaker ?? 'speaker not named in the article'}, characters ${quotation.start}–${quotation.end}` },
    ...(quotation.alsoIn.length > 0 ? [{ text: `; also in ${quotation.alsoIn.join(', ')}` }] : []),
  ];
  const unique = quotations.filter((quotation) => quotation.alsoIn.length === 0);
  const shared = quotations.filter((quotation) => quotation.alsoIn.length > 0);
  return [
    ...(unique.length > 0 ? [{ title: `Quotations found in no other article (${unique.length})`, lines: unique.map(line), citations: [] }] : []),
    ...(shared.length > 0 ? [{ title: `Quotations other articles also carry (${shared.length})`, lines: shared.map(line), citations: [] }] : []),
  ];
}

/** One line per word, its forms as written and every place it stands. */
function describeLoadedWords(words: readonly ProfileLoadedWord[]): Line[] {
  if (words.length === 0) return ['None found.'];
  const byWord = new Map<string, { first: ProfileLoadedWord; found: ProfileLoadedWord[] }>();
  for (const word of words) {
    const key = word.text.toLowerCase();
    const group = byWord.get(key);
    if (group) group.found.push(word);
    else byWord.set(key, { first: word, found: [word] });
  }
  return [...byWord.values()].map(({ first, found }): Inline[] => {
    const forms = [...new Set(found.map((word) => word.text))].map((form) => `‘${form}’`).join(', ');
    const places = found.map((word) => `${word.start}–${word.end}${word.sentenceIndex === null ? ' (headline)' : word.quoted ? ' (in a quotation)' : ''}`);
    return [{ text: forms, style: 'strong' }, { text: ` ${first.category}, characters ${places.join(', ')}` }];
  });
}

/** `1 quotation`, `3 quotations`: a count with its noun in the number it takes. */
function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
