import { describe, expect, it } from 'vitest';
import { findCues } from '../../src/text/cue-matcher.ts';
import { ATTRIBUTION_CUES } from '../../src/text/lexicons/attribution-cues.ts';
import { CLAIM_CUES } from '../../src/text/lexicons/claim-cues.ts';
import { tokenize } from '../../src/text/normalise.ts';
import { seedArticles } from '../support/seeds.ts';

const sentences = (await seedArticles()).flatMap((article) => article.sentences);

/** What findCues did before it filed phrases under their first word: every phrase tried at every word, longest first. */
function findCuesByTryingEveryPhrase<Entry extends { phrase: string }>(text: string, entries: readonly Entry[]) {
  const tokens = tokenize(text);
  const phrases = entries.map((entry) => ({ entry, keys: tokenize(entry.phrase).map((token) => token.key) })).sort((a, b) => b.keys.length - a.keys.length);
  const found: { entry: Entry; start: number; end: number }[] = [];
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

describe('findCues', () => {
  it('finds in every seed sentence what trying every phrase at every word finds', () => {
    let found = 0;
    for (const lexicon of [CLAIM_CUES, ATTRIBUTION_CUES] as readonly (readonly { phrase: string }[])[]) {
      for (const { text } of sentences) {
        const expected = findCuesByTryingEveryPhrase(text, lexicon);
        expect(findCues(text, lexicon)).toEqual(expected);
        expect(findCues(text, lexicon, tokenize(text))).toEqual(expected);
        found += expected.length;
      }
    }
    expect(found).toBeGreaterThan(50);
  });

  it('takes the longest phrase where phrases overlap', () => {
    const lexicon = [{ phrase: 'are' }, { phrase: 'are being' }, { phrase: 'being trained' }];
    expect(findCues('They are being trained.', lexicon).map((cue) => cue.entry.phrase)).toEqual(['are being']);
  });
});
