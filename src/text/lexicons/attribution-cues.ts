/**
 * Words that tie a sentence to a source, read by `originsOf` (src/analysis/origins.ts) to find
 * where a claim comes from until the certainty analysis supplies `attributedTo`.
 *
 * - `source`: the words right after it name who stands behind the sentence ("according to
 *   Yonhap", "citing the National Intelligence Service", "claims by South Korea's Yonhap").
 * - `relay`: the sentence passes on a report without naming it here ("reportedly", "The agency
 *   claims", "unconfirmed reports"): its source is the one an earlier sentence named.
 *
 * Phrases are lower case and matched as whole words after case and quote folding; extend by
 * adding entries.
 */

export type AttributionCueKind = 'source' | 'relay';

export interface AttributionCue {
  phrase: string;
  kind: AttributionCueKind;
}

export const ATTRIBUTION_CUES: readonly AttributionCue[] = [
  { phrase: 'according to', kind: 'source' },
  { phrase: 'citing', kind: 'source' },
  { phrase: 'cited', kind: 'source' },
  { phrase: 'reports from', kind: 'source' },
  { phrase: 'reported by', kind: 'source' },
  { phrase: 'claims by', kind: 'source' },
  { phrase: 'quoted by', kind: 'source' },
  { phrase: 'speaking to', kind: 'source' },
  { phrase: 'speaking exclusively to', kind: 'source' },
  { phrase: 'told', kind: 'source' },
  { phrase: 'reportedly', kind: 'relay' },
  { phrase: 'reported', kind: 'relay' },
  { phrase: 'claimed', kind: 'relay' },
  { phrase: 'claims', kind: 'relay' },
  { phrase: 'said to', kind: 'relay' },
  { phrase: 'allegedly', kind: 'relay' },
  { phrase: 'alleged', kind: 'relay' },
  { phrase: 'the agency', kind: 'relay' },
  { phrase: "the agency's", kind: 'relay' },
  { phrase: 'the news agency', kind: 'relay' },
  { phrase: 'unconfirmed reports', kind: 'relay' },
];

/**
 * Words that end the name after a `source` cue: "according to Yonhap, ..." stops at the comma,
 * "reports from the National Intelligence Service that ..." at "that".
 */
export const SOURCE_NAME_STOPS: ReadonlySet<string> = new Set([
  'that',
  'which',
  'who',
  'as',
  'to',
  'on',
  'for',
  'in',
  'said',
  'says',
  'suggested',
  'reported',
  'stating',
  'and',
  'followed',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'with',
  'about',
]);
