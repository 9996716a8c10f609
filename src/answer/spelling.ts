import type { SearchHit } from '../search/sentence-index.ts';
import { note } from './messages.ts';

/**
 * The "Read as a misspelling" note for an answer found through near spellings, or none when every
 * word was found as typed. Every command that answers from the search says so in these words, so a
 * user who asked for "Asda" is told the sentences shown are about "Asia", whichever command he used.
 * `hits` are the hits the answer shows (or counts), in its order: each word as typed is named, in
 * the order the hits first name them, with the spelling the last of them uses.
 */
export function spellingNote(hits: readonly Pick<SearchHit, 'corrected' | 'match'>[]): ReturnType<typeof note> | undefined {
  // A hit that is no continuation holds every word of the query itself, so it names every misspelt
  // one: the words' order is settled at the first such hit and each word's spelling at the last, and
  // only the continuations before the first and after the last are read besides. Reading each of a
  // misspelt word's 500 hits for its spelling took as long as the search itself (0.34 ms at BBC ×10).
  let first = 0;
  while (first < hits.length && hits[first]?.match === 'continuation') first++;
  let last = hits.length - 1;
  while (last >= 0 && hits[last]?.match === 'continuation') last--;
  const order: string[] = [];
  for (let k = 0; k <= first && k < hits.length; k++) for (const typed of Object.keys(hits[k]?.corrected ?? {})) if (!order.includes(typed)) order.push(typed);
  const spellings = new Map<string, string>();
  for (let k = hits.length - 1; k >= Math.max(last, 0); k--) for (const [typed, word] of Object.entries(hits[k]?.corrected ?? {})) if (!spellings.has(typed)) spellings.set(typed, word);
  if (order.length === 0) return undefined;
  return note('spelling', { pairs: order.map((typed) => `“${spellings.get(typed)}” for “${typed}”`).join(', ') });
}
