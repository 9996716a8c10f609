import { tokenize, type Token } from './normalise.ts';

interface CompiledPhrase<Entry> {
  entry: Entry;
  keys: string[];
}

/**
 * Each lexicon's phrases as token keys, filed under their first key, longest first: worked out
 * once per lexicon, not once per sentence, so a word is checked only against the phrases that
 * start with it.
 */
const compiled = new WeakMap<readonly { phrase: string }[], Map<string, CompiledPhrase<{ phrase: string }>[]>>();

function compiledPhrases<Entry extends { phrase: string }>(entries: readonly Entry[]): Map<string, CompiledPhrase<Entry>[]> {
  let byFirstKey = compiled.get(entries);
  if (!byFirstKey) {
    byFirstKey = new Map();
    const phrases = entries.map((entry) => ({ entry, keys: tokenize(entry.phrase).map((token) => token.key) })).sort((a, b) => b.keys.length - a.keys.length);
    for (const phrase of phrases) {
      if (phrase.keys.length === 0) continue;
      const list = byFirstKey.get(phrase.keys[0]!);
      if (list) list.push(phrase);
      else byFirstKey.set(phrase.keys[0]!, [phrase]);
    }
    compiled.set(entries, byFirstKey);
  }
  return byFirstKey as Map<string, CompiledPhrase<Entry>[]>;
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
 * `tokens` are `tokenize(text)`, for a caller that already has them.
 */
export function findCues<Entry extends { phrase: string }>(text: string, entries: readonly Entry[], tokens: readonly Token[] = tokenize(text)): CueMatch<Entry>[] {
  const phrases = compiledPhrases(entries);
  const found: CueMatch<Entry>[] = [];
  for (let i = 0; i < tokens.length; ) {
    const match = phrases.get(tokens[i]!.key)?.find(({ keys }) => keys.every((key, j) => tokens[i + j]?.key === key));
    if (!match) {
      i++;
      continue;
    }
    found.push({ entry: match.entry, start: tokens[i]!.start, end: tokens[i + match.keys.length - 1]!.end });
    i += match.keys.length;
  }
  return found;
}
