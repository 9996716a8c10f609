import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spellingNote } from '../../src/answer/spelling.ts';
import type { MatchKind } from '../../src/search/sentence-index.ts';

type NoteHit = { match: MatchKind; corrected: Record<string, string> };

/** The note read the plain way: every hit's spellings in order, each word's last one kept, the words in the order first named. */
function readingEveryHit(hits: readonly NoteHit[]): string | undefined {
  const corrections = new Map<string, string>();
  for (const hit of hits) for (const [typed, word] of Object.entries(hit.corrected)) corrections.set(typed, word);
  return corrections.size === 0 ? undefined : [...corrections].map(([typed, word]) => `“${word}” for “${typed}”`).join(', ');
}

/** A hit whose `corrected` counts how often it is read. */
function counted(hit: NoteHit, reads: { count: number }): NoteHit {
  return {
    match: hit.match,
    get corrected() {
      reads.count++;
      return hit.corrected;
    },
  };
}

/**
 * Hit lists as the search gives them for a query whose words `typed` were read as near spellings:
 * a hit that is no continuation holds every query word itself and names each misspelt one, a
 * continuation (a follow-on leaning on the sentence before) only those it holds.
 */
const hitLists = fc.subarray(['goremikin', 'tropos', 'kurks'], { minLength: 1 }).chain((typed) =>
  fc.array(
    fc
      .tuple(
        fc.constantFrom<MatchKind>('phrase', 'terms', 'continuation', 'continuation'),
        fc.subarray(typed),
        fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: typed.length, maxLength: typed.length }),
      )
      .map(
        ([match, held, spellings]): NoteHit => ({
          match,
          corrected: Object.fromEntries((match === 'continuation' ? held : typed).map((word) => [word, `${word}-${spellings[typed.indexOf(word)]}`])),
        }),
      ),
    { maxLength: 30 },
  ),
);

describe('the note on words read as misspellings', () => {
  it('GIVEN any hits of a query with misspelt words (property) THEN names the words and spellings that reading every hit names', () => {
    fc.assert(
      fc.property(hitLists, (hits) => {
        expect(spellingNote(hits)?.message).toEqual(readingEveryHit(hits) === undefined ? undefined : `Read as a misspelling: ${readingEveryHit(hits)}.`);
      }),
      { seed: 39, numRuns: 1000 },
    );
  });

  it('GIVEN 500 hits that each hold the misspelt word THEN reads the spelling of the first and the last only', () => {
    const reads = { count: 0 };
    const hits = Array.from({ length: 500 }, (_, i) => counted({ match: 'terms', corrected: { tropos: i % 2 === 0 ? 'troops' : 'Troops' } }, reads));
    expect(spellingNote(hits)?.message).toBe('Read as a misspelling: “Troops” for “tropos”.');
    expect(reads.count).toBe(2);
  });
});
