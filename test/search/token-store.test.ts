import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/normalise.ts';
import { type PagedBytes, TokenStore } from '../../src/search/token-store.ts';

const SENTENCES = ['Officials said 5,000 troops would leave.', 'The ministry denied it.', 'A   spokesman, speaking anonymously, disagreed.'];

function builtStore(): TokenStore {
  const store = new TokenStore();
  for (const text of SENTENCES) store.addSentence(tokenize(text), false);
  store.trim();
  return store;
}

describe('TokenStore', () => {
  it('GIVEN a store restored with its places on pages THEN it reads no place until one is asked for, each as built, and gives them all back for a snapshot', () => {
    const built = builtStore();
    const part = built.toPart();
    const places = Uint8Array.from(part.placeAt as Uint8Array);
    const read: number[] = [];
    const paged: PagedBytes = {
      length: places.length,
      at: (i) => (read.push(i), places[i] ?? 0),
      all: () => Uint8Array.from(places),
    };
    const restored = TokenStore.restore({ ...part, placeAt: paged }, SENTENCES.length);
    expect(read).toEqual([]);
    for (let at = 0; at < places.length; at++) expect(restored.placeOf(at)).toBe(built.placeOf(at));
    expect(read.length).toBe(places.length);
    expect(restored.toPart().placeAt).toEqual(places);
  });
});
