import type { LexiconEntry } from './phrase.ts';

/**
 * Contest words: phrases with which a text says a claim is denied, disputed, not confirmed or
 * doubted. One of them makes a sentence `contested`; it says nothing of who is right.
 *
 * - `denial`: someone rejects the claim (`denied`, `dismissed`, `rejected`).
 * - `dispute`: someone argues against it (`disputed`, `challenged`, `contradicted`).
 * - `unconfirmed`: no one has confirmed it (`not officially confirmed`, `yet to verify`).
 * - `doubt`: it is received with doubt (`met with skepticism`, `cast doubt on`).
 *
 * To extend: add each inflected form as its own entry; use `*` for words that may stand inside
 * the phrase (`not * confirmed` covers `not been officially confirmed`).
 */
export type ContestCategory = 'denial' | 'dispute' | 'unconfirmed' | 'doubt';

/** A contest word that only counts in some uses, checked by the analysis. */
export type ContestRule =
  /** `disputed territories` names a kind of place, not a contested claim. */
  'disputed-place';

export interface ContestWord extends LexiconEntry<ContestCategory> {
  rule?: ContestRule;
}

const entries = (category: ContestCategory, phrases: string[], rule?: ContestRule): ContestWord[] =>
  phrases.map((phrase) => (rule ? { phrase, category, rule } : { phrase, category }));

export const CONTEST_WORDS: readonly ContestWord[] = [
  ...entries('denial', [
    'denied', 'denies', 'deny', 'denying', 'denial', 'denials', 'dismissed', 'dismisses', 'dismissing', 'rejected',
    'rejects', 'rejecting', 'refuted', 'refutes', 'rebutted', 'rebuffed', 'branded * false', 'called * false',
    'called * baseless', 'baseless', 'unfounded', 'fabricated', 'fabrication', 'fake news', 'false claims', 'untrue',
  ]),
  ...entries('dispute', [
    'disputes', 'disputing', 'challenged', 'challenges the', 'contradicted', 'contradicts', 'contested', 'questioned',
    'questions the', 'cast doubt on', 'casts doubt on', 'casting doubt on', 'pushed back', 'countered', 'contrary to',
  ]),
  ...entries('dispute', ['disputed'], 'disputed-place'),
  ...entries('unconfirmed', [
    'not * confirmed', 'not * verified', 'not been * confirmed', 'has not confirmed', 'have not confirmed', 'did not confirm',
    'could not confirm', 'could not be confirmed', 'could not independently confirm', 'could not be independently verified',
    'unable to confirm', 'unable to verify', 'yet to verify', 'yet to confirm', 'yet to be verified', 'yet to be confirmed',
    'unconfirmed', 'unverified', 'no evidence', 'without evidence', 'no confirmation', 'declined to confirm',
  ]),
  ...entries('doubt', [
    'met with skepticism', 'met with scepticism', 'with skepticism', 'with scepticism', 'skeptical', 'sceptical',
    'doubts about', 'doubted', 'raised doubts', 'raises doubts', 'cast doubt', 'casts doubt', 'treated with caution',
  ]),
];
