import type { SearchHit } from '../search/sentence-index.ts';
import { note } from './messages.ts';

/**
 * The "Read as a misspelling" note for an answer found through near spellings, or none when every
 * word was found as typed. Every command that answers from the search says so in these words, so a
 * user who asked for "Asda" is told the sentences shown are about "Asia", whichever command he used.
 * `hits` are the hits the answer shows (or counts): each word as typed is named with the spelling the
 * last of them uses.
 */
export function spellingNote(hits: Iterable<Pick<SearchHit, 'corrected'>>): ReturnType<typeof note> | undefined {
  const corrections = new Map<string, string>();
  for (const hit of hits) for (const [typed, word] of Object.entries(hit.corrected)) corrections.set(typed, word);
  if (corrections.size === 0) return undefined;
  return note('spelling', { pairs: [...corrections].map(([typed, word]) => `“${word}” for “${typed}”`).join(', ') });
}
