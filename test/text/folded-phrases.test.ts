import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REPORTING_VERBS } from '../../src/text/lexicons/reporting-verbs.ts';
import { CLAIM_CUES } from '../../src/text/lexicons/claim-cues.ts';
import { tokenize } from '../../src/text/normalise.ts';
import { findFoldedPhrases } from '../../src/text/phrase-matcher.ts';
import { SEED } from '../properties/arbitraries.ts';
import { must } from '../support/must.ts';
import { seedArticles } from '../support/seeds.ts';

const sentences = (await seedArticles()).flatMap((article) => article.sentences);
const LEXICONS = [CLAIM_CUES, REPORTING_VERBS] as readonly (readonly { phrase: string }[])[];

/**
 * The oracle: what the cue matcher this replaced did, at its simplest. Every phrase is tried at
 * every word, longest first, over normalise.ts's folded tokens; a match is skipped past.
 */
function findByTryingEveryPhrase<Entry extends { phrase: string }>(text: string, entries: readonly Entry[]) {
  const tokens = tokenize(text);
  const phrases = entries.map((entry) => ({ entry, keys: tokenize(entry.phrase).map((token) => token.key) })).sort((a, b) => b.keys.length - a.keys.length);
  const found: { entry: Entry; start: number; end: number }[] = [];
  for (let i = 0; i < tokens.length; ) {
    const match = phrases.find(({ keys }) => keys.length > 0 && keys.every((key, j) => tokens[i + j]?.key === key));
    if (!match) {
      i++;
      continue;
    }
    found.push({ entry: match.entry, start: must(tokens[i]).start, end: must(tokens[i + match.keys.length - 1]).end });
    i += match.keys.length;
  }
  return found;
}

describe('findFoldedPhrases', () => {
  it('GIVEN every seed sentence THEN finds what trying every phrase at every word finds', () => {
    let found = 0;
    for (const lexicon of LEXICONS) {
      for (const { text } of sentences) {
        const expected = findByTryingEveryPhrase(text, lexicon);
        expect(findFoldedPhrases(text, lexicon)).toEqual(expected);
        expect(findFoldedPhrases(text, lexicon, tokenize(text))).toEqual(expected);
        found += expected.length;
      }
    }
    expect(found).toBeGreaterThan(50);
  });

  it('GIVEN 1000 generated sentences of cue words, names, figures and marks THEN finds what trying every phrase at every word finds (property)', () => {
    const words = [...new Set(LEXICONS.flatMap((lexicon) => lexicon.flatMap((entry) => entry.phrase.split(' '))))];
    const filler = ['the', 'troops', 'Ministry', 'five', 'thousand', '5,000', 'a', 'hundred', 'and', 'Café', 'don’t', 'Reportedly', 'SAID'];
    const separator = fc.constantFrom(' ', '  ', ', ', '. ', ' — ', ' “', '” ', '-', '\u00AD', '\n');
    const sentence = fc.array(fc.tuple(fc.constantFrom(...words, ...filler), separator), { maxLength: 24 }).map((parts) => parts.map(([word, gap]) => word + gap).join(''));
    fc.assert(
      fc.property(sentence, fc.constantFrom(...LEXICONS), (text, lexicon) => {
        expect(findFoldedPhrases(text, lexicon)).toEqual(findByTryingEveryPhrase(text, lexicon));
      }),
      { numRuns: 1000, seed: SEED },
    );
  });

  it('GIVEN phrases that overlap THEN takes the longest', () => {
    const lexicon = [{ phrase: 'are' }, { phrase: 'are being' }, { phrase: 'being trained' }];
    expect(findFoldedPhrases('They are being trained.', lexicon).map((cue) => cue.entry.phrase)).toEqual(['are being']);
  });

  it('GIVEN a phrase written with other case, accents or quote marks in the text THEN still finds it', () => {
    const lexicon = [{ phrase: "don't know" }, { phrase: 'reportedly' }];
    expect(findFoldedPhrases('They DON’T know, Réportedly.', lexicon).map((cue) => cue.entry.phrase)).toEqual(["don't know", 'reportedly']);
  });
});
