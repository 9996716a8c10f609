import type { Certainty, Corroboration, Discrepancy } from '../model/answer.ts';
import type { Sentence } from '../model/article.ts';
import type { Library } from '../library/library.ts';
import type { Claim } from '../library/alignment.ts';
import { corroborate } from './corroboration.ts';
import { discrepanciesOf } from './discrepancies.ts';
import { articlesWithPhrase } from '../search/phrase-holders.ts';
import { findQuotedStretches } from '../analysis/quoted-spans.ts';

/** What the other articles say about the sentences an answer cites. */
export interface CrossCheck {
  /** The claim most of the sentences carry, if any two articles align on one. */
  claim?: Claim;
  corroboration: Corroboration;
  /** The sentences the corroboration counts, one per article (the claim's, else the ones found): list these under its note. */
  carriers: Sentence[];
  /** Sentences of the claim that deny or dispute it: its dispute, not its corroboration. */
  disputes: Sentence[];
  discrepancies: Discrepancy[];
  /** Ids of the sentences no other article carries. */
  singleSource: Set<string>;
  /** Quotations (with their marks) that appear in one article only. */
  singleSourceQuotes: { text: string; articleId: string }[];
}

/**
 * Contest words that make a sentence a reaction to the claim ("Yukos denied it", "the company
 * rejected the claims"), not a hedge on it ("unconfirmed"). "Rejected" and "dismissed" are contest
 * cues only with a claim for object (`contest-words.ts`): a rejected offer or a dismissed case is none.
 */
const REACTION = /^(?:den(?:y|ies|ied|ying|ial)|disput|refut|rebut|contest|reject|dismiss)/iu;

/** True when the sentence answers the claim with a denial or dispute: its certainty has a contest cue of reaction. */
export function isDispute(certainty: Certainty | undefined): boolean {
  return certainty?.contested === true && certainty.cues.some((cue) => cue.kind === 'contested' && REACTION.test(cue.text));
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
 * disputes it.
 */
export function disputesAmong(library: Library, sentences: readonly Sentence[]): Sentence[] {
  const disputes = sentences.filter((sentence) => isDispute(library.certaintyOf(sentence)) && !givesReason(sentence.text));
  const others = sentences.filter((sentence) => !disputes.includes(sentence));
  return others.every((sentence) => REACTION_WORD.test(sentence.text)) ? [] : disputes;
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
 */
export function crossCheck(library: Library, sentences: readonly Sentence[]): CrossCheck {
  const tally = new Map<Claim, number>();
  const singleSource = new Set<string>();
  for (const sentence of sentences) {
    const claims = library.alignment.claimsOf(sentence);
    if (claims.length === 0) singleSource.add(sentence.id);
    for (const claim of claims) tally.set(claim, (tally.get(claim) ?? 0) + 1);
  }
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
  const carrying = claim ? claim.sentences : sentences;
  const disputes = disputesAmong(library, carrying);
  const carriers = firstPerArticle(carrying.filter((sentence) => !disputes.includes(sentence)));
  return {
    ...(claim && { claim }),
    corroboration: corroborate(library, carriers, disputes),
    carriers,
    disputes,
    discrepancies: claim ? discrepanciesOf(library, claim) : [],
    singleSource,
    singleSourceQuotes,
  };
}
