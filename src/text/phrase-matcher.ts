import type { Phrase } from './lexicons/phrase.ts';
import { type Token as FoldedToken, scanWords, tokenize as tokenizeFolded, withoutInvisibles } from './normalise.ts';
import { OPENS_LETTER } from './word-shapes.ts';

/** A word of the text: its lower-cased form with straight apostrophes, and where it stands. */
export interface Token {
  /** Lower case, `’` read as `'`: the form lexicon phrases are compared with. */
  norm: string;
  /** The word exactly as written. */
  raw: string;
  start: number;
  end: number;
}

/** A lexicon phrase found in a run of tokens: `first` and `last` are token indices. */
export interface PhraseMatch<E> {
  entry: E;
  first: number;
  last: number;
  start: number;
  end: number;
}

const CURLY_APOSTROPHE = /\u2019/g;
/** `*` in a phrase skips this many words at most. */
const WILDCARD_WIDTH = 2;

/**
 * The words of `text` between `start` and `end`, with offsets into `text`: {@link scanWords}' words, with a figure and
 * the unit or `'s` written onto it read as one word (`£1.4bn`, `$2.1m`, `3G`, `Radio 1's`), as a reader takes them, so the
 * word before a verb (`the £1.4bn expected`) is the figure.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  for (const word of scanWords(text, start, end)) {
    const previous = tokens.at(-1);
    // (`Radio 1's`: an apostrophe and `s` after a figure are part of its word too, as the word pattern has them after letters.)
    if (
      previous &&
      /^\d/u.test(previous.raw) &&
      OPENS_LETTER.test(word.raw) &&
      (previous.end === word.start || (word.raw.toLowerCase() === 's' && /^['\u2019]$/u.test(text.slice(previous.end, word.start))))
    ) {
      previous.raw = text.slice(previous.start, word.end);
      previous.norm = normalizeWord(previous.raw);
      previous.end = word.end;
    } else tokens.push({ norm: normalizeWord(word.raw), raw: word.raw, start: word.start, end: word.end });
  }
  return tokens;
}

function normalizeWord(word: string): string {
  const lower = withoutInvisibles(word.toLowerCase());
  return lower.includes('\u2019') ? lower.replace(CURLY_APOSTROPHE, "'") : lower;
}

interface TrieNode<E> {
  children: Map<string, TrieNode<E>>;
  /** The node reached after a `*`, which may skip up to WILDCARD_WIDTH words first. */
  afterWildcard?: TrieNode<E>;
  /** Set where a phrase ends. */
  phrase?: PhraseEnd<E>;
}

/** A phrase that ends at a trie node: its entry, and its words as written (for case-sensitive lexicons). */
interface PhraseEnd<E> {
  entry: E;
  written: string[];
}

interface Best<E> {
  phrase: PhraseEnd<E> | undefined;
  last: number;
}

/**
 * A lexicon compiled once into a word trie, so that finding all its phrases in a sentence costs
 * a walk per word, however long the lexicon grows.
 */
export class PhraseMatcher<E extends { phrase: Phrase }> {
  private readonly root: TrieNode<E> = { children: new Map() };

  /** `caseSensitive`: a phrase word written with a capital must be written the same way in the text. */
  constructor(
    entries: readonly E[],
    private readonly caseSensitive = false,
  ) {
    for (const entry of entries) this.add(entry);
  }

  private add(entry: E): void {
    const words = tokenize(entry.phrase.replace(/\*/g, ' zzwildcardzz ')).map((token) => token.raw);
    if (words.length === 0) throw new Error(`PhraseMatcher: the phrase "${entry.phrase}" has no words`);
    if (words[words.length - 1] === 'zzwildcardzz') throw new Error(`PhraseMatcher: the phrase "${entry.phrase}" ends with *`);
    let node = this.root;
    for (const word of words) {
      if (word === 'zzwildcardzz') {
        node.afterWildcard ??= { children: new Map() };
        node = node.afterWildcard;
        continue;
      }
      const key = normalizeWord(word);
      let child = node.children.get(key);
      if (!child) node.children.set(key, (child = { children: new Map() }));
      node = child;
    }
    // The first entry for a phrase wins, so a phrase listed twice keeps its first category.
    node.phrase ??= { entry, written: words };
  }

  /** The longest phrase starting at token `index`, or undefined. */
  matchAt(tokens: readonly Token[], index: number, limit = tokens.length): PhraseMatch<E> | undefined {
    const best: Best<E> = { phrase: undefined, last: -1 };
    this.walk(tokens, index, limit, this.root, index, best);
    const firstToken = tokens[index];
    const lastToken = tokens[best.last];
    if (!best.phrase || !firstToken || !lastToken) return undefined;
    return { entry: best.phrase.entry, first: index, last: best.last, start: firstToken.start, end: lastToken.end };
  }

  // A method rather than a closure: this runs once per word of every article, and allocating a
  // closure per call was most of the matching time.
  private walk(tokens: readonly Token[], first: number, limit: number, node: TrieNode<E>, next: number, best: Best<E>): void {
    if (node.phrase && next > first && next - 1 > best.last && this.writtenMatches(node.phrase.written, tokens, first, next)) {
      best.phrase = node.phrase;
      best.last = next - 1;
    }
    const token = tokens[next];
    if (next < limit && token) {
      const child = node.children.get(token.norm);
      if (child) this.walk(tokens, first, limit, child, next + 1, best);
    }
    if (node.afterWildcard) {
      for (let skip = 0; skip <= WILDCARD_WIDTH && next + skip < limit; skip++) {
        const skipped = tokens[next + skip];
        const child = skipped && node.afterWildcard.children.get(skipped.norm);
        if (child) this.walk(tokens, first, limit, child, next + skip + 1, best);
      }
    }
  }

  private writtenMatches(written: readonly string[], tokens: readonly Token[], first: number, next: number): boolean {
    if (!this.caseSensitive) return true;
    // Case-sensitive lexicons hold no wildcards, so the phrase's words line up with the tokens.
    if (written.length !== next - first) return false;
    return written.every((word, i) => word === word.toLowerCase() || word.replace(CURLY_APOSTROPHE, "'") === tokens[first + i]?.raw.replace(CURLY_APOSTROPHE, "'"));
  }

  /** Every phrase in `tokens[from, to)`, leftmost-longest and not overlapping. */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<E>[] {
    const matches: PhraseMatch<E>[] = [];
    const { children, afterWildcard } = this.root;
    for (let i = from; i < to; i++) {
      // Most words start no phrase: look them up once instead of walking from the root.
      const token = tokens[i];
      if (!token || (!afterWildcard && !children.has(token.norm))) continue;
      const match = this.matchAt(tokens, i, to);
      if (!match) continue;
      matches.push(match);
      i = match.last;
    }
    return matches;
  }
}

/** A lexicon phrase found in some text: offsets into that text. */
export interface FoldedMatch<E> {
  entry: E;
  start: number;
  end: number;
}

/** Each lexicon's matcher over folded words, compiled once per lexicon. */
const foldedMatchers = new WeakMap<readonly { phrase: Phrase }[], PhraseMatcher<{ phrase: Phrase; original: { phrase: Phrase } }>>();

function foldedMatcherOf<E extends { phrase: Phrase }>(entries: readonly E[]): PhraseMatcher<{ phrase: Phrase; original: E }> {
  let matcher = foldedMatchers.get(entries);
  if (!matcher) {
    // Each phrase is folded as the text is (normalise.ts), so that both are compared word for word.
    const folded = entries.flatMap((original) => {
      const keys = tokenizeFolded(original.phrase).map((token) => token.key);
      return keys.length === 0 ? [] : [{ phrase: keys.join(' '), original }];
    });
    matcher = new PhraseMatcher(folded);
    foldedMatchers.set(entries, matcher);
  }
  return matcher as PhraseMatcher<{ phrase: Phrase; original: E }>;
}

/**
 * Every place `text` holds a lexicon phrase as whole words, compared after folding (case, accents,
 * quote marks; number words read as figures, as normalise.ts reads them for the index),
 * leftmost-longest and not overlapping ("are being" over "are"). `tokens` are normalise.ts's
 * `tokenize(text)`, for a caller that already has them. Phrases are plain words: no `*`.
 */
export function findFoldedPhrases<E extends { phrase: Phrase }>(text: string, entries: readonly E[], tokens: readonly FoldedToken[] = tokenizeFolded(text)): FoldedMatch<E>[] {
  const words: Token[] = tokens.map((token) => ({ norm: token.key, raw: token.key, start: token.start, end: token.end }));
  return foldedMatcherOf(entries)
    .findAll(words)
    .map(({ entry, start, end }) => ({ entry: entry.original, start, end }));
}
