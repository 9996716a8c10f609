import { z } from 'zod';

/**
 * The platform-neutral Answer every command returns. Its JSON form is the `--json` output of
 * `npm run ask`, a public interface: add fields, never rename or remove them.
 */

export const CertaintyLevel = z.enum(['certain', 'probable', 'possible', 'unknown']);
/** The kinds of source, from most to least verifiable: the one list the others derive from. */
export const SOURCE_KINDS = ['named', 'media', 'anonymous', 'vague'] as const;
export const SourceKind = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKind>;
/** Who stands behind a sentence: the least verifiable source of its chain, or `none` when the article asserts it itself. */
export const Sourcing = z.enum([...SOURCE_KINDS, 'none']);

/** A word or phrase of the sentence that decided part of its certainty; offsets into the article. */
export const Cue = z.object({
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  /** What the cue shows: a hedge, a source of a kind, a contest, or (`future`) the modal that puts an unhedged sentence in the future. */
  kind: z.enum(['hedge', 'conditional', ...SOURCE_KINDS, 'contested', 'attribution', 'future']),
});

/** How much weight a sentence can bear: three separate answers, never one score. */
export const Certainty = z.object({
  level: CertaintyLevel,
  sourcing: Sourcing,
  contested: z.boolean(),
  cues: z.array(Cue),
  /** Who said it, outermost first (`["Yonhap", "National Intelligence Service"]`). */
  attributedTo: z.array(z.string()),
  /**
   * With two or more sources, how each after the first hangs on the one before it: `citing` and
   * `quoting` relay it (`Yonhap citing National Intelligence Service`), `and` is a source of its own
   * (`Chinese government figures and Commerce Department`, two clauses with one source each).
   */
  joinedBy: z.array(z.enum(['citing', 'quoting', 'and'])).optional(),
  /** One plain sentence for a reader. */
  note: z.string(),
});

/** The article a citation comes from, with only the fields the file gives. */
export const ArticleRef = z.object({
  id: z.string(),
  file: z.string(),
  headline: z.string().optional(),
  outlet: z.string().optional(),
  date: z.string().optional(),
  url: z.string().optional(),
  author: z.string().optional(),
});

/** A verbatim slice of an article: `article.text.slice(start, end) === quote`. */
export const Citation = z.object({
  articleId: z.string(),
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  /** 1-based paragraph number in the article's body. */
  paragraph: z.number().int(),
  /** 0-based index of the sentence that holds the quote. */
  sentenceIndex: z.number().int(),
  /** A whole sentence, or a quotation inside one. */
  kind: z.enum(['sentence', 'quotation']),
  article: ArticleRef,
  /** Why it was chosen: the exact phrase, all the terms, or a follow-on sentence (`he said`). */
  match: z.enum(['phrase', 'terms', 'continuation', 'near_miss', 'mention']).optional(),
  /** For near misses: the query terms the sentence lacks. */
  missingTerms: z.array(z.string()).optional(),
  /** Who the article says spoke these words; `null` when it names no one. */
  speaker: z.string().nullable().optional(),
  certainty: Certainty.optional(),
  /** True when no other article carries what this sentence says. */
  singleSource: z.boolean().optional(),
});

export const Entity = z.object({
  name: z.string(),
  kind: z.enum(['person', 'organisation', 'place', 'media', 'other']),
  aliases: z.array(z.string()),
  descriptors: z.array(z.string()),
  articleIds: z.array(z.string()),
});

/** A note about the answer: a code for programs and a sentence for people. */
export const Note = z.object({
  code: z.string(),
  message: z.string(),
});

/** A run of text with an optional emphasis; renderers escape the text and apply the style. */
export const Inline = z.object({
  text: z.string(),
  style: z.enum(['strong', 'em', 'code', 'quote']).optional(),
});
export const Line = z.union([z.string(), z.array(Inline)]);

/** A titled part of the answer for people: lines of text and citations (indices into `results`). */
export const Section = z.object({
  title: z.string(),
  lines: z.array(Line),
  citations: z.array(z.number().int()),
});

export const FormattedCitation = z.object({
  style: z.string(),
  label: z.string(),
  text: z.string(),
});

export const CommandSummary = z.object({
  name: z.string(),
  summary: z.string(),
  usage: z.string(),
  example: z.string(),
});

/** For /add and /remove: the article stored, already held, or removed, and what was found in it. */
export const StoredArticle = z.object({
  action: z.enum(['added', 'duplicate', 'removed']),
  article: ArticleRef,
  sentences: z.number().int(),
  /** The fields looked for and not found in the source. */
  missing: z.array(z.enum(['headline', 'outlet', 'date', 'author', 'url'])),
  /** The articles it aligns with most, best first; `share` is the part of its sentences they match. */
  closest: z.array(z.object({ articleId: z.string(), share: z.number(), sentences: z.number().int() })),
});

/** How many articles carry a claim, and whether they are more than one source retold. */
export const Corroboration = z.object({
  /** How many articles carry the claim. */
  articles: z.number().int(),
  /** The articles counted in `articles`, sorted: the answer cites a sentence of each. */
  articleIds: z.array(z.string()).optional(),
  /** How many articles the library holds. */
  total: z.number().int(),
  /** The named sources at the far end of the articles' attribution chains (`["Yonhap", "National Intelligence Service"]`). */
  origins: z.array(z.string()),
  /** False when every article relays the same origin(s) or retells another article; false for a single article, and for more articles than are weighed one by one (`MOST_WEIGHED_ARTICLES`). */
  independent: z.boolean(),
  /** How many independent voices the articles are: copies of one article and relays of one origin count once. */
  voices: z.number().int().optional(),
  /** The articles that copy another article listed, each with the one it copies. */
  copies: z.array(z.object({ articleId: z.string(), of: z.string() })).optional(),
  /** Articles, not copies, that write a long sentence of the claim word for word as another article listed does, each with that article: one voice. */
  wordForWord: z.array(z.object({ articleId: z.string(), of: z.string() })).optional(),
  /** Articles with a sentence that denies or disputes the claim: shown as its dispute. Such a sentence is never counted among `articles`; an article that also tells the claim is counted for its telling. */
  disputes: z.array(z.string()).optional(),
  /** Each sentence that denies or disputes the claim, verbatim with its offsets, by article id then position; the note quotes the first three. */
  disputedBy: z.array(z.object({ articleId: z.string(), quote: z.string(), start: z.number().int(), end: z.number().int() })).optional(),
  /** The above in one plain sentence. */
  note: z.string(),
});

/** One wording of a detail, verbatim from an article, with every article that words it so. */
export const Variant = z.object({
  text: z.string(),
  articleIds: z.array(z.string()),
});

/** A detail the articles that carry one claim give differently: figures, dates, names, descriptors, hedges and tenses, attribution, quotation. */
export const Discrepancy = z.object({
  /** What differs, in plain words (`hedges`, `what “KNR” stands for`). */
  about: z.string(),
  /**
   * What kind of detail differs: a figure (money, count, share, age, each compared only with its
   * own kind), a date, a name's spelling, how firmly it is put (`certainty`), who it is attributed
   * to, a detail only some articles give, how an entity is described, or whether words are quoted.
   */
  kind: z.enum(['figure', 'date', 'name', 'certainty', 'attribution', 'detail', 'description', 'quotation']).optional(),
  variants: z.array(Variant),
});

/** A source an article relies on, with the sentences (0-based indices) that rest on it. */
export const ProfileSource = z.object({
  /** A named person or body under its full name where the entity table knows it (`Alexander Khinstsen`); else as the certainty analysis gives it (`The agency's sources`). */
  name: z.string(),
  kind: SourceKind,
  sentences: z.array(z.number().int()),
});

/** A quotation of the article, with the other articles that hold the same words. */
export const ProfileQuotation = z.object({
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  sentenceIndex: z.number().int(),
  /** Who the article says spoke it; `null` when it names no one. */
  speaker: z.string().nullable(),
  /** Ids of the other articles that carry these words; empty when no other article does. */
  alsoIn: z.array(z.string()),
});

/** A loaded word found verbatim: `text` is `article.text.slice(start, end)`. */
export const ProfileLoadedWord = z.object({
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  category: z.enum(['secrecy', 'rarity', 'drama', 'exclusivity', 'intensifier']),
  /** The sentence that holds it, or `null` for the headline. */
  sentenceIndex: z.number().int().nullable(),
  /** True inside a quotation: the speaker's word, not the article's. */
  quoted: z.boolean(),
});

/** One article among the others: which it retells, what it alone adds, where it departs, which came first. */
export const ArticleRelationsSummary = z.object({
  /** Each other article it shares sentences with, most first; `rewrites` when a quarter or more of its sentences align. */
  sharedWith: z.array(z.object({ articleId: z.string(), sentences: z.number().int(), share: z.number(), rewrites: z.boolean() })),
  /** Indices of its sentences no other article carries. */
  alone: z.array(z.number().int()),
  /** Claims it tells in words of its own: the sentence, and what about it differs. */
  departures: z.array(z.object({ sentenceIndex: z.number().int(), about: z.array(z.string()) })),
  /** It and the articles it shares with, earliest first where they give dates; the rest cannot be placed. */
  chronology: z.object({ dated: z.array(z.object({ articleId: z.string(), date: z.string() })), undated: z.array(z.string()) }),
});

/** What `/source` finds in one article: counts and lists, never a trust score. */
export const ArticleProfile = z.object({
  article: ArticleRef,
  /** The fields the file does not give, from `headline`, `outlet`, `date`, `author`. */
  missing: z.array(z.enum(['headline', 'outlet', 'date', 'author'])),
  /** The number of sentences in the body; each count below adds up to it. */
  sentences: z.number().int(),
  levels: z.record(CertaintyLevel, z.number().int()),
  sourcing: z.record(Sourcing, z.number().int()),
  /** Sentences whose text says the claim is denied, disputed or unconfirmed. */
  contested: z.number().int(),
  /** Every source the certainty analysis ties a sentence to, most-used first within each kind. */
  sources: z.array(ProfileSource),
  quotations: z.array(ProfileQuotation),
  loadedWords: z.array(ProfileLoadedWord),
  /** What a careful reader should keep in mind, in plain sentences built from the counts above. */
  summary: z.array(z.string()),
  /** True when the article could not be analysed (an error in the analysis): every count above is 0 and no source, quotation or loaded word is listed. */
  analysisFailed: z.boolean().optional(),
  /** For `/source <article>`: how it stands among the other articles. */
  relations: ArticleRelationsSummary.optional(),
});

export const AnswerStatus = z.enum(['ok', 'not_found', 'bad_input', 'error']);

export const Answer = z.object({
  /** False for bad input and errors; a search that finds nothing is still ok. */
  ok: z.boolean(),
  status: AnswerStatus,
  command: z.string(),
  query: z.string(),
  /** A short title for people (`Sources for “5000 troops”`). */
  title: z.string(),
  results: z.array(Citation),
  /** Sentences that hold some but not all of the query: never results. */
  nearMisses: z.array(Citation),
  /** For `/who`: the person or organisation, or `null` when the articles do not name them. */
  entity: Entity.nullable().optional(),
  notes: z.array(Note),
  sections: z.array(Section),
  /** For `/cite`: ready-to-paste citations in each style. */
  formatted: z.array(FormattedCitation).optional(),
  /** For `/source <article>`: the article's profile. */
  profile: ArticleProfile.optional(),
  /** For `/source` alone: every article's profile, in library order. */
  profiles: z.array(ArticleProfile).optional(),
  /** For `/help`: the commands described. */
  commands: z.array(CommandSummary).optional(),
  /** For `/sources`: how many articles carry the claim found, and from how many origins. */
  corroboration: Corroboration.optional(),
  /** For `/sources` and `/compare`: where the articles that carry a claim differ. */
  discrepancies: z.array(Discrepancy).optional(),
  /** For bad input and errors: what went wrong, in plain words. */
  error: z.string().optional(),
  /** For bad input and errors: the reason's code (src/answer/errors.ts, or a note code for a refusal); `error` is its wording. */
  errorCode: z.string().optional(),
  /** For /add and /remove: what was stored or removed. */
  stored: StoredArticle.optional(),
});

export type CertaintyLevel = z.infer<typeof CertaintyLevel>;
export type Sourcing = z.infer<typeof Sourcing>;
export type Cue = z.infer<typeof Cue>;
export type Certainty = z.infer<typeof Certainty>;
export type ArticleRef = z.infer<typeof ArticleRef>;
export type Citation = z.infer<typeof Citation>;
export type Entity = z.infer<typeof Entity>;
export type Note = z.infer<typeof Note>;
export type Inline = z.infer<typeof Inline>;
export type Line = z.infer<typeof Line>;
export type Section = z.infer<typeof Section>;
export type FormattedCitation = z.infer<typeof FormattedCitation>;
export type CommandSummary = z.infer<typeof CommandSummary>;
export type StoredArticle = z.infer<typeof StoredArticle>;
export type Corroboration = z.infer<typeof Corroboration>;
export type Variant = z.infer<typeof Variant>;
export type Discrepancy = z.infer<typeof Discrepancy>;
export type ProfileSource = z.infer<typeof ProfileSource>;
export type ProfileQuotation = z.infer<typeof ProfileQuotation>;
export type ProfileLoadedWord = z.infer<typeof ProfileLoadedWord>;
export type ArticleRelationsSummary = z.infer<typeof ArticleRelationsSummary>;
export type ArticleProfile = z.infer<typeof ArticleProfile>;
export type AnswerStatus = z.infer<typeof AnswerStatus>;
export type Answer = z.infer<typeof Answer>;
