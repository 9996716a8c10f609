import { tokenize } from '../search/normalise.ts';

/** Each lexicon's phrases as token keys, longest first: worked out once per lexicon, not once per sentence. */
const compiled = new WeakMap<readonly { phrase: string }[], { entry: { phrase: string }; keys: string[] }[]>();

function compiledPhrases<Entry extends { phrase: string }>(entries: readonly Entry[]): { entry: Entry; keys: string[] }[] {
  let phrases = compiled.get(entries);
  if (!phrases) {
    phrases = entries.map((entry) => ({ entry, keys: tokenize(entry.phrase).map((token) => token.key) })).sort((a, b) => b.keys.length - a.keys.length);
    compiled.set(entries, phrases);
  }
  return phrases as { entry: Entry; keys: string[] }[];
}

/** A lexicon phrase found in some text: offsets into that text. */
export interface CueMatch<Entry> {
  entry: Entry;
  start: number;
  end: number;
}

/**
 * Every place `text` holds a lexicon phrase as whole words (case, accents and quote marks
 * folded), left to right; where phrases overlap the longest wins ("are being" over "are").
 */
export function findCues<Entry extends { phrase: string }>(text: string, entries: readonly Entry[]): CueMatch<Entry>[] {
  const tokens = tokenize(text);
  const phrases = compiledPhrases(entries);
  const found: CueMatch<Entry>[] = [];
  for (let i = 0; i < tokens.length; ) {
    const match = phrases.find(({ keys }) => keys.length > 0 && keys.every((key, j) => tokens[i + j]?.key === key));
    if (!match) {
      i++;
      continue;
    }
    found.push({ entry: match.entry, start: tokens[i]!.start, end: tokens[i + match.keys.length - 1]!.end });
    i += match.keys.length;
  }
  return found;
}
