import { bySentence, type Sentence } from '../model/article.ts';
import type { Library } from '../library/library.ts';
import type { Claim } from '../library/alignment.ts';
import { REACTION_CLOSERS, REACTION_DETERMINERS, REACTION_NOUNS, REACTION_PRONOUNS } from '../text/lexicons/reaction-objects.ts';
import type { Certainty } from '../model/answer.ts';

/**
 * Contest words that make a sentence a reaction to the claim ("Yukos denied it", "the company
 * rejected the claims"), not a hedge on it ("unconfirmed"). "Rejected" and "dismissed" are contest
 * cues only with a claim for object (`contest-words.ts`): a rejected offer or a dismissed case is none.
 */
const REACTION = /^(?:den(?:y|ies|ied|ying|ial)|disput|refut|rebut|contest|reject|dismiss)/iu;

/** The contest cues of reaction in a sentence's certainty ("denied", "disputed"). */
export function reactionsOf(certainty: Certainty | undefined): Certainty['cues'] {
  return certainty?.contested === true ? certainty.cues.filter((cue) => cue.kind === 'contested' && REACTION.test(cue.text)) : [];
}

/** The contest cues of reaction in a sentence ("denied", "disputed"), with offsets into its article's text. */
function reactionCuesOf(library: Library, sentence: Sentence): Certainty['cues'] {
  return reactionsOf(library.certaintyOf(sentence));
}

/** Right after the cue: an object that points back, and then the clause's end or one of `REACTION_CLOSERS` ("denied the report on Monday"). */
const POINTS_BACK = new RegExp(
  `^\\s*(?:${REACTION_PRONOUNS.join('|')}|(?:${REACTION_DETERMINERS.join('|')})\\s+(?:${REACTION_NOUNS.join('|')}))\\s*(?:[.,;:!]|$|(?:${REACTION_CLOSERS.join('|')})\\b)`,
  'iu',
);

/**
 * Sentences outside the claim that answer it with a denial or dispute ("The company denied the
 * report."): its dispute, which the alignment keeps out of the claim, since a reaction is a claim of
 * its own and repeats none of the claim's words. Such a sentence is the one right after a sentence of
 * the claim in the same article, whose contest cue of reaction takes an object that points back to
 * what was just told and ends there ("denied the report.", "dismissed it as speculation"; see
 * `reaction-objects.ts`); "denied reports that …" or "denied it would …" say what is denied in words of
 * their own. A sentence of `except` is never one: those are read by `disputesAmong`.
 */
export function reactionsTo(library: Library, claim: Claim, except: ReadonlySet<string>): Sentence[] {
  const told = [...claim.sentences, ...(claim.retold ?? [])];
  const own = new Set(told.map((sentence) => sentence.id));
  const found = new Map<string, Sentence>();
  for (const { articleId, index } of told) {
    const next = library.article(articleId)?.sentences[index + 1];
    if (next && !own.has(next.id) && !except.has(next.id) && repliesToPrevious(library, next)) found.set(next.id, next);
  }
  return [...found.values()].sort(bySentence);
}

/** True when the sentence's contest cue of reaction takes an object that points back to what was just told. */
function repliesToPrevious(library: Library, sentence: Sentence): boolean {
  return reactionCuesOf(library, sentence).some((cue) => POINTS_BACK.test(sentence.text.slice(cue.end - sentence.start)));
}
