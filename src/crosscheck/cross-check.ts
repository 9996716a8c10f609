import type { Certainty, Corroboration, Discrepancy } from '../model/answer.ts';
import type { Sentence } from '../model/article.ts';
import type { Library } from '../library/library.ts';
import type { Claim } from '../library/alignment.ts';
import { corroborate, MOST_WEIGHED_ARTICLES } from './corroboration.ts';
import { cuesInClaimClause, discrepanciesOf } from './discrepancies.ts';
import { reactionsOf, reactionsTo } from './reactions.ts';
import { articlesWithPhrase } from '../search/phrase-holders.ts';
import { findQuotedStretches } from '../analysis/quoted-spans.ts';
import { carriesInOtherWords, figuresInAll, type NameKey, type NameRole, type QueryKeys, rolesOf } from './query-keys.ts';

/** What the other articles say about the sentences an answer cites. */
export interface CrossCheck {
  /** The claim most of the sentences carry, if any two articles align on one. */
  claim?: Claim;
  corroboration: Corroboration;
  /**
   * The sentences the corroboration counts, one per article: those found and those of the claim
   * admitted in other words, less the disputes. Its articles are the corroboration's articles.
   */
  carriers: Sentence[];
  /** The claim's sentences admitted without all the words asked for (see `carriesInOtherWords`), disputes left out. */
  inOtherWords: Sentence[];
  /** What each sentence in other words keeps: the figures (`$27.5bn`), else the names (`Yukos`), as written. */
  kept: { kind: 'figures' | 'names'; words: string[] };
  /** Sentences of the claim that deny or dispute it: its dispute, not its corroboration. */
  disputes: Sentence[];
  discrepancies: Discrepancy[];
  /**
   * Ids of the sentences no other article carries: every carrying sentence when the carriers come
   * from one article, none otherwise. The flag and the corroboration count one set, so a sentence
   * is never called single-source under a note that counts other articles carrying it.
   */
  singleSource: Set<string>;
  /** Quotations (with their marks) that appear in one article only. */
  singleSourceQuotes: { text: string; articleId: string }[];
}

/** True when the sentence answers the claim with a denial or dispute: its certainty has a contest cue of reaction. */
export function isDispute(certainty: Certainty | undefined): boolean {
  return reactionsOf(certainty).length > 0;
}

/** A word of reaction in a sentence's text, read or not as a contest cue ("The demand was rejected"). */
const REACTION_WORD = /\b(?:den(?:y|ies|ied|ying|ial)|disput\w*|refut\w*|rebut\w*|reject\w*|dismiss\w*)\b/iu;

/**
 * True when a denial goes on to give the denier's own words ("The US government denied the claims,
 * saying it condemned torture"): the sentence then carries those words, which other articles may
 * report too, and is no dispute of them.
 */
function givesReason(text: string): boolean {
  const reaction = REACTION_WORD.exec(text);
  return reaction !== null && /\bsaying\b/iu.test(text.slice(reaction.index));
}

/**
 * The sentences of one claim that dispute it ("Rivet Mining denied that it will close ..."): its
 * dispute, never its corroboration. When every other sentence reports a reaction as well ("The
 * demand was rejected" / "a panel rejected the claim"), or there is no other (two articles that
 * both say "the companies deny that ..."), the reaction is the claim itself, and no sentence
 * disputes it. With the `claim`, a sentence of it disputes it only by a reaction in the claim's own
 * clause (see `cuesInClaimClause`): "The party will back the plans, although its leader had to deny
 * a split" tells the claim, and denies something else.
 */
export function disputesAmong(library: Library, sentences: readonly Sentence[], claim?: Claim): Sentence[] {
  const reactsToClaim = (sentence: Sentence): boolean => {
    const reactions = reactionsOf(library.certaintyOf(sentence));
    if (!claim?.sentences.includes(sentence)) return reactions.length > 0;
    return cuesInClaimClause(sentence, claim, reactions).length > 0;
  };
  const disputes = sentences.filter((sentence) => reactsToClaim(sentence) && !givesReason(sentence.text));
  const others = sentences.filter((sentence) => !disputes.includes(sentence));
  return others.every((sentence) => REACTION_WORD.test(sentence.text)) ? [] : disputes;
}

/**
 * What disputes the claim that `sentences` tell: those of them that dispute it (`among`, see `disputesAmong`), and the
 * reactions to the claim that the alignment keeps out of it (`reactions`, see `reactionsTo`: "The company denied the
 * report."), none of them among `sentences`, which `disputesAmong` has read. Without a claim, there are no reactions to it.
 */
export function disputesOf(library: Library, sentences: readonly Sentence[], claim?: Claim): { among: Sentence[]; reactions: Sentence[] } {
  const read = new Set(sentences.map((sentence) => sentence.id));
  return { among: disputesAmong(library, sentences, claim), reactions: claim ? reactionsTo(library, claim, read) : [] };
}

/** Each article's first sentence among `sentences`, in their order. */
function firstPerArticle(sentences: readonly Sentence[]): Sentence[] {
  const seen = new Set<string>();
  return sentences.filter((sentence) => !seen.has(sentence.articleId) && seen.add(sentence.articleId) !== undefined);
}

/** Quotations shorter than this many words are phrases ("‘solidarity’"), not statements to check. */
const MIN_QUOTE_WORDS = 3;

/**
 * Cross-check the sentences found for a query: the claim most of them carry, its corroboration
 * and discrepancies, and which sentences and quotations no other article carries.
 *
 * Everything is counted from one set of sentences: those found, and the sentences of their claim
 * the alignment grouped with them. With the query's `keys`, a sentence of the claim that is not
 * among those found joins the set only if it keeps the query's figure or names its actors in the
 * claim's role (`carriesInOtherWords`): the alignment groups sentences that share a story, and a
 * $9.3bn sale price in a story about a $27.5bn tax bill does not carry the tax bill. Without keys
 * (a cross-check of one sentence), every sentence of its claim joins.
 *
 * `listed` names (by id) the sentences found that the answer lists, when it lists only some: the
 * differences are read only among those and the sentences admitted in other words (which the
 * answer lists too), since a difference must come from sentences the reader can see.
 */
export function crossCheck(library: Library, found: readonly Sentence[], keys?: QueryKeys, listed?: ReadonlySet<string>): CrossCheck {
  // A sentence of an article whose analysis failed names no source that is known: counted, it would be one more article
  // naming none. It is left out of every count, and the answer's note says so (see noteUnanalysed).
  const sentences = found.filter((sentence) => isAnalysed(library, sentence));
  const tally = new Map<Claim, number>();
  for (const sentence of sentences) for (const claim of library.alignment.claimsOf(sentence)) tally.set(claim, (tally.get(claim) ?? 0) + 1);
  const claim = [...tally].sort((a, b) => b[1] - a[1] || b[0].articleIds.length - a[0].articleIds.length || a[0].id - b[0].id)[0]?.[0];
  const singleSourceQuotes: CrossCheck['singleSourceQuotes'] = [];
  // Each wording is read for quotations once: articles that copy one another share sentences word for word.
  const quotedSpans = new Map<string, ReturnType<typeof findQuotedStretches>>();
  for (const sentence of sentences) {
    let spans = quotedSpans.get(sentence.text);
    if (!spans) quotedSpans.set(sentence.text, (spans = findQuotedStretches(sentence.text)));
    for (const { span, inner } of spans) {
      const words = sentence.text.slice(inner.start, inner.end);
      if (words.split(/\s+/u).length < MIN_QUOTE_WORDS) continue;
      const elsewhere = articlesWithPhrase(library, words).some((id) => id !== sentence.articleId);
      if (!elsewhere) singleSourceQuotes.push({ text: sentence.text.slice(span.start, span.end), articleId: sentence.articleId });
    }
  }
  const foundIds = new Set(sentences.map((sentence) => sentence.id));
  const candidates = (claim?.sentences ?? []).filter((sentence) => !foundIds.has(sentence.id) && isAnalysed(library, sentence));
  // A query that asks only how something is told (`/sources reportedly`) is met only by sentences told that way: one
  // of the claim that lacks the word is not told so, and says nothing of what was asked.
  const admission =
    keys?.howOnly === true
      ? { admitted: [], kept: NOTHING_KEPT }
      : keys === undefined || candidates.length === 0
        ? { admitted: candidates, kept: NOTHING_KEPT }
        : admitIn(library, claim, sentences, candidates, keys);
  const { admitted, kept } = admission;
  // The claim's sentences first, so each article's carrier (and the origin read from it) is its telling of the claim.
  const ofClaim = new Set(claim?.sentences.map((sentence) => sentence.id));
  const set = [...sentences.filter((sentence) => ofClaim.has(sentence.id)), ...admitted, ...sentences.filter((sentence) => !ofClaim.has(sentence.id))];
  const { among, reactions } = disputesOf(library, set, claim);
  const disputes = [...among, ...reactions];
  const disputed = new Set(disputes);
  const telling = set.filter((sentence) => !disputed.has(sentence));
  const carriers = firstPerArticle(telling);
  const inOtherWords = admitted.filter((sentence) => !disputed.has(sentence));
  const single = new Set(carriers.map((sentence) => sentence.articleId)).size <= 1;
  const singleSource = new Set(single ? telling.map((sentence) => sentence.id) : []);
  // Differences only among the claim's sentences that are in the set, tell it and are listed: a sentence left out
  // carries no part of what was asked, a dispute is shown as the claim's dispute, not as a variant of it, and a
  // sentence the answer does not list cannot be checked by its reader.
  const admittedIds = new Set(admitted.map((sentence) => sentence.id));
  const inSet = new Set(telling.filter((sentence) => listed === undefined || listed.has(sentence.id) || admittedIds.has(sentence.id)).map((sentence) => sentence.id));
  const compared = claim && narrowClaim(claim, (sentence) => inSet.has(sentence.id));
  // Words held by more articles than are weighed one by one are no one claim retold (see
  // MOST_WEIGHED_ARTICLES): the note says so and asks for more words, and no claim's details are set against each other.
  const tooBroad = carriers.length > MOST_WEIGHED_ARTICLES;
  // An article that tells the claim a second time (its `retold` sentences) tells it, whichever of its sentences was found.
  const tellsClaim = new Set([...ofClaim, ...(claim?.retold ?? []).map((sentence) => sentence.id)]);
  return {
    ...(claim && { claim }),
    corroboration: corroborate(library, carriers, disputes, (sentence) => tellsClaim.has(sentence.id), telling, claim, keys?.howOnly !== true),
    carriers,
    inOtherWords,
    kept,
    disputes,
    discrepancies: compared && !tooBroad && compared.articleIds.length > 1 ? discrepanciesOf(library, compared) : [],
    singleSource,
    singleSourceQuotes,
  };
}

/** False for a sentence of an article whose analysis failed (see ArticleAnalysis.failure). */
export function isAnalysed(library: Library, sentence: Sentence): boolean {
  return library.analysisOf(sentence.articleId)?.failure === undefined;
}

/**
 * The claim's sentences that carry what was asked in other words. What they must keep is the
 * query's figures, else its names; a query with neither (`deployment aligns`) asks about what the
 * sentences found say, and they must keep the figures, else the names, that all the found
 * sentences of the claim give.
 */
function admitIn(library: Library, claim: Claim | undefined, found: readonly Sentence[], candidates: readonly Sentence[], keys: QueryKeys): { admitted: Sentence[]; kept: CrossCheck['kept'] } {
  const ofClaim = found.filter((sentence) => claim?.sentences.includes(sentence));
  const basis = ofClaim.length > 0 ? ofClaim : found;
  const asked = keys.figures.length > 0 || keys.names.length > 0;
  const { figures, figureTexts } = asked ? keys : figuresInAll(basis.map((sentence) => sentence.text));
  const names = figures.length > 0 ? [] : asked ? nameKeysOf(library, keys.names, basis) : sharedNameKeys(library, basis);
  const admitted = candidates.filter((sentence) => carriesInOtherWords(sentence.text, figures, names));
  const kept = figures.length > 0 ? { kind: 'figures' as const, words: figureTexts } : { kind: 'names' as const, words: names.flatMap((name) => name.forms.slice(0, 1)) };
  return { admitted, kept };
}

const NOTHING_KEPT: CrossCheck['kept'] = { kind: 'names', words: [] };

/** The entities every one of `basis` names, each with the forms the entity table and these sentences give it, and the roles they give it. */
function sharedNameKeys(library: Library, basis: readonly Sentence[]): NameKey[] {
  const mentions = basis.map((sentence) => library.lookups.mentionsOf(sentence));
  const [first = [], ...rest] = mentions;
  const shared = [...new Set(first.map(({ entity }) => entity))].filter((entity) => rest.every((own) => own.some((mention) => mention.entity === entity)));
  return shared.flatMap((position) => {
    const entity = library.entities.entities[position];
    if (!entity) return [];
    const written = mentions.flatMap((own) => own.filter((mention) => mention.entity === position).map(({ mention }) => mention.name.text));
    const forms = [...new Set([entity.name, ...entity.aliases, ...written])];
    return [{ forms, roles: rolesIn(basis, forms) }];
  });
}

/** The roles the sentences give any of the forms; the actor's when they give none (a name met only in a form not written here). */
function rolesIn(sentences: readonly Sentence[], forms: readonly string[]): Set<NameRole> {
  const roles = new Set<NameRole>();
  for (const sentence of sentences) for (const form of forms) for (const role of rolesOf(sentence.text, form)) roles.add(role);
  return roles.size > 0 ? roles : new Set<NameRole>(['actor']);
}

/** Short forms (`KNR`) are spelt out in the articles: the spelt-out forms carry the name too. */
const ACRONYM = /^\p{Lu}{2,8}$/u;

/**
 * Each name of the query with the forms the entity table knows it by (its full name, its aliases,
 * and for a short form what the articles spell it out as), and the roles `found` (the found sentences of the claim) give it.
 */
function nameKeysOf(library: Library, names: readonly string[], found: readonly Sentence[]): NameKey[] {
  return names.map((name) => {
    const entity = library.entities.find(name);
    const forms = [...new Set([name, ...(entity ? [entity.name, ...entity.aliases, ...(ACRONYM.test(name) ? entity.descriptors.keys() : [])] : [])])];
    return { forms, roles: rolesIn(found, forms) };
  });
}

/** Each claim's narrowings, by the ids of the sentences kept: the same narrowing is the same object, so its discrepancies are read once. */
const narrowings = new WeakMap<Claim, Map<string, Claim>>();

/** The claim with only the sentences `keep` holds: the same terms, so its discrepancies are read the same way. */
export function narrowClaim(claim: Claim, keep: (sentence: Sentence) => boolean): Claim {
  const sentences = claim.sentences.filter(keep);
  if (sentences.length === claim.sentences.length) return claim;
  let known = narrowings.get(claim);
  if (!known) narrowings.set(claim, (known = new Map()));
  const key = sentences.map((sentence) => sentence.id).join(' ');
  let narrowed = known.get(key);
  if (!narrowed) known.set(key, (narrowed = { ...claim, sentences, articleIds: [...new Set(sentences.map((sentence) => sentence.articleId))].sort() }));
  return narrowed;
}
