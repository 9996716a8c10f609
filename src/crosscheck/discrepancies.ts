import { distance } from 'fastest-levenshtein';
import type { Discrepancy, Variant } from '../model/answer.ts';
import { classifyQuoteMark } from '../text/quote-marks.ts';
import type { Sentence } from '../model/article.ts';
import { CLAIM_CUES, type ClaimCue } from '../text/lexicons/claim-cues.ts';
import type { Library } from '../library/library.ts';
import { foldText, isFigure, termOf, termsOf, tokenize, type Token } from '../text/normalise.ts';
import type { Claim } from '../library/alignment.ts';
import { findCues } from '../text/cue-matcher.ts';
import { originsOf } from './origins.ts';
import { findQuotedSpans } from '../analysis/quoted-spans.ts';

/**
 * Where the articles that carry one claim tell it differently. Every variant's text is a verbatim
 * slice of an article's sentence; articles that word a detail alike share one variant.
 */

/** The claim's rarest shared terms that locate it inside a long sentence. */
const ANCHOR_TERMS = 6;
/** Content words either side of a figure that say what it counts ("5,000 ... troops"). */
const FIGURE_NEIGHBOURS = 2;
const MONTHS = new Set(['januari', 'februari', 'march', 'april', 'may', 'june', 'juli', 'august', 'septemb', 'octob', 'novemb', 'decemb']);
const CLAUSE_BREAK = /[,;:\u2014\u2013](?=\s)|[,;:\u2014\u2013]$/u;

const cache = new WeakMap<Claim, Discrepancy[]>();

/** Every detail the claim's articles give differently, figures and dates first; computed once per claim. */
export function discrepanciesOf(library: Library, claim: Claim): Discrepancy[] {
  let found = cache.get(claim);
  if (!found) {
    const wordsOf = oncePerText((text) => {
      const tokens = tokenize(text);
      return { tokens, termTokens: termTokensOf(text, tokens) };
    });
    const read = claim.sentences.map((sentence) => ({ sentence, ...wordsOf(sentence.text) }));
    found = [
      ...figureDiscrepancies(read),
      ...nameDiscrepancies(claim),
      ...descriptorDiscrepancies(library, claim),
      ...hedgeDiscrepancies(claim, read),
      ...attributionDiscrepancies(library, claim),
      ...quotationDiscrepancies(claim),
    ];
    cache.set(claim, found);
  }
  return found;
}

/**
 * `read` for each distinct text once. Articles that copy one another (wire copy, syndication)
 * share sentences word for word, and what is read from a sentence's text alone is the same for each.
 */
function oncePerText<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (!known.has(text)) known.set(text, read(text));
    return known.get(text)!;
  };
}

/** Variants grouped by wording (case, quote marks and spacing aside), in the order first met. */
function groupVariants(pieces: { text: string; articleId: string }[]): Variant[] {
  const byKey = new Map<string, Variant>();
  for (const { text, articleId } of pieces) {
    const key = foldText(text).replace(/['"“”‘’]/gu, '').replace(/\s+/gu, ' ').trim();
    const variant = byKey.get(key);
    if (!variant) byKey.set(key, { text, articleIds: [articleId] });
    else if (!variant.articleIds.includes(articleId)) variant.articleIds.push(articleId);
  }
  return [...byKey.values()];
}

interface TermToken {
  term: string;
  token: Token;
}

function termTokensOf(text: string, tokens: readonly Token[] = tokenize(text)): TermToken[] {
  return tokens.flatMap((token) => {
    const term = termOf(token.key);
    return term ? [{ term, token }] : [];
  });
}

/** A claim sentence's tokens and search terms, read once for every kind of discrepancy that needs them. */
interface ReadSentence {
  sentence: Sentence;
  tokens: Token[];
  termTokens: TermToken[];
}

/**
 * Where the claim stands in one of its sentences, as offsets into the sentence: the shortest
 * stretch holding its anchor terms, widened to the start of its clause and to the word after
 * ("An additional 1,000 soldiers will specialize in demining operations").
 */
export function claimSpanOf(sentence: Sentence, claim: Claim, tokens: readonly TermToken[] = termTokensOf(sentence.text)): { start: number; end: number } {
  const present = new Set(tokens.map((token) => token.term));
  const anchors = new Set(claim.terms.filter((term) => present.has(term)).slice(0, ANCHOR_TERMS));
  if (anchors.size === 0) return { start: 0, end: sentence.text.length };
  let best: [number, number] = [0, tokens.length - 1];
  const counts = new Map<string, number>();
  for (let right = 0, left = 0; right < tokens.length; right++) {
    const term = tokens[right]!.term;
    if (anchors.has(term)) counts.set(term, (counts.get(term) ?? 0) + 1);
    while (counts.size === anchors.size) {
      if (tokens[right]!.token.end - tokens[left]!.token.start < tokens[best[1]]!.token.end - tokens[best[0]]!.token.start) best = [left, right];
      const leaving = tokens[left]!.term;
      if (anchors.has(leaving)) {
        const count = counts.get(leaving)! - 1;
        if (count === 0) counts.delete(leaving);
        else counts.set(leaving, count);
      }
      left++;
    }
  }
  let start = tokens[best[0]]!.token.start;
  let end = tokens[best[1]]!.token.end;
  const before = sentence.text.slice(0, start);
  let clauseStart = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.test(before.slice(i, i + 2))) {
      clauseStart = i + 1;
      break;
    }
  }
  start = clauseStart + (before.slice(clauseStart).length - before.slice(clauseStart).trimStart().length);
  const next = tokens[best[1] + 1];
  if (next && /^\s+$/u.test(sentence.text.slice(end, next.token.start))) end = next.token.end;
  else if (classifyQuoteMark(sentence.text, end) === 'close') end++;
  return { start, end };
}

function hedgeDiscrepancies(claim: Claim, read: readonly ReadSentence[]): Discrepancy[] {
  const pieces: { text: string; articleId: string; signature: string }[] = [];
  const byText = new Map<string, { text: string; signature: string }>();
  for (const { sentence, tokens, termTokens } of read) {
    let piece = byText.get(sentence.text);
    if (!piece) {
      const span = claimSpanOf(sentence, claim, termTokens);
      const cues = findCues(sentence.text, CLAIM_CUES, tokens).filter((cue) => cue.entry.kind === 'hedge' || (cue.start >= span.start && cue.end <= span.end));
      const start = Math.min(span.start, ...cues.map((cue) => cue.start));
      const end = Math.max(span.end, ...cues.map((cue) => cue.end));
      piece = { text: sentence.text.slice(start, end), signature: cues.map((cue) => signatureOf(cue.entry)).sort().join('|') };
      byText.set(sentence.text, piece);
    }
    pieces.push({ text: piece.text, articleId: sentence.articleId, signature: piece.signature });
  }
  if (new Set(pieces.map((piece) => piece.signature)).size < 2) return [];
  return [{ about: 'hedges and tenses', variants: groupVariants(pieces) }];
}

function signatureOf(cue: ClaimCue): string {
  return `${cue.kind}:${cue.phrase}`;
}

/** The same slot ("... troops", "November ...") filled with different figures in different articles. */
function figureDiscrepancies(read: readonly ReadSentence[]): Discrepancy[] {
  const figures = read.map(({ sentence, termTokens: tokens }) => {
    // The figures its own sentence gives, shared by each of them.
    const own = new Set<string>();
    return tokens.flatMap((entry, i) => {
      if (!isFigure(entry.term)) return [];
      own.add(entry.term);
      const near = tokens.slice(Math.max(0, i - FIGURE_NEIGHBOURS), i + FIGURE_NEIGHBOURS + 1).filter((other) => !isFigure(other.term));
      return [{ sentence, entry, near, own }];
    });
  });
  const found = new Map<string, { about: string; pieces: { text: string; articleId: string }[]; values: Set<string> }>();
  const all = figures.flat();
  // Every pair of figures is compared, so terms and articles are numbered first and the pairs
  // compare numbers: article numbers in the order of the ids, so `<` reads as it did on the ids.
  const termIds = new Map<string, number>();
  const idOf = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) termIds.set(term, (id = termIds.size));
    return id;
  };
  const articleIds = [...new Set(all.map((item) => item.sentence.articleId))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const rankOf = new Map(articleIds.map((id, rank) => [id, rank]));
  const ownIds = new Map([...new Set(all.map((item) => item.own))].map((own) => [own, new Set([...own].map(idOf))]));
  const numbered = all.map((item) => ({ item, rank: rankOf.get(item.sentence.articleId)!, term: idOf(item.entry.term), own: ownIds.get(item.own)!, near: item.near.map((word) => idOf(word.term)) }));
  for (const a of numbered) {
    for (const b of numbered) {
      if (a.rank >= b.rank || a.term === b.term) continue;
      // A figure both sentences give is no discrepancy, whatever stands near it.
      if (a.own.has(b.term) || b.own.has(a.term)) continue;
      const at = a.near.findIndex((word) => b.near.includes(word));
      if (at < 0) continue;
      const { item: first } = a;
      const { item: second } = b;
      const shared = first.near[at]!;
      const about = MONTHS.has(shared.term) ? 'dates' : 'figures';
      const group = found.get(shared.term) ?? { about, pieces: [], values: new Set<string>() };
      for (const item of [first, second]) {
        const neighbour = item.near.find((word) => word.term === shared.term)!;
        const start = Math.min(item.entry.token.start, neighbour.token.start);
        const end = Math.max(item.entry.token.end, neighbour.token.end);
        group.pieces.push({ text: item.sentence.text.slice(start, end), articleId: item.sentence.articleId });
        group.values.add(item.entry.term);
      }
      found.set(shared.term, group);
    }
  }
  return [...found.values()].map(({ about, pieces }) => ({ about, variants: groupVariants(pieces) }));
}

/** A name spelt differently ("Goremykin", "Goremikin"): capitalised words a letter or two apart. */
function nameDiscrepancies(claim: Claim): Discrepancy[] {
  const namesOf = oncePerText((text) => [...text.matchAll(/\p{Lu}[\p{L}\p{M}]{4,}/gu)].map((match) => match[0]));
  const words = claim.sentences.map((sentence) => ({ sentence, names: namesOf(sentence.text) }));
  const pairs = new Map<string, { text: string; articleId: string }[]>();
  // Each name's near spellings among all the claim's names, worked out once: articles that retell
  // one another repeat the same names, and most names have none, so no other sentence is visited.
  const distinct = [...new Set(words.flatMap(({ names }) => names))];
  // "Russia" and "Russian" are two words, not one name spelt two ways.
  const nearOf = new Map(distinct.map((name) => [name, new Set(distinct.filter((candidate) => candidate[0] === name[0] && !candidate.startsWith(name) && !name.startsWith(candidate) && distance(candidate, name) <= 2))]));
  for (const { sentence, names } of words) {
    for (const name of names) {
      const spellings = nearOf.get(name)!;
      if (spellings.size === 0) continue;
      for (const other of words) {
        if (other.sentence === sentence || other.names.includes(name)) continue;
        const near = other.names.find((candidate) => spellings.has(candidate) && !names.includes(candidate));
        if (!near) continue;
        const key = [name, near].sort().join('/');
        const list = pairs.get(key) ?? [];
        list.push({ text: name, articleId: sentence.articleId }, { text: near, articleId: other.sentence.articleId });
        pairs.set(key, list);
      }
    }
  }
  return [...pairs.values()].map((pieces) => ({ about: 'names', variants: groupVariants(pieces) }));
}

/**
 * One name given different glosses ("Rosgarde (a specialized military unit)" vs "(a Russian
 * special operations unit)"), and above all one short form spelt out differently: "KNR" is the
 * "Donetsk People’s Republic" in one article and the "Kursk Oblast National Guard" in another.
 */
function descriptorDiscrepancies(library: Library, claim: Claim): Discrepancy[] {
  // The claim visits only the entities its own sentences name, not every entity of the library.
  const mentions = claim.sentences.map((sentence) => library.lookups.mentionsOf(sentence));
  const named = [...new Set(mentions.flatMap((own) => own.map((found) => found.entity)))].sort((a, b) => a - b);
  const foldedOf = oncePerText(foldText);
  const result: Discrepancy[] = [];
  for (const position of named) {
    const entity = library.entities.entities[position]!;
    const pieces: { text: string; articleId: string }[] = [];
    const bare: { text: string; articleId: string }[] = [];
    for (const [i, sentence] of claim.sentences.entries()) {
      for (const { entity: owner, mention } of mentions[i]!) {
        if (owner !== position) continue;
        if (mention.descriptor) pieces.push({ text: mention.descriptor.text, articleId: sentence.articleId });
        else bare.push({ text: mention.name.text, articleId: sentence.articleId });
      }
    }
    if (!disagree(pieces.map((piece) => new Set(termsOf(piece.text))))) continue;
    const acronym = /^[\p{Lu}]{2,8}$/u.test(entity.name);
    if (acronym) {
      // An article that writes the long form without the short one still says what it stands for.
      for (const sentence of claim.sentences) {
        const folded = foldedOf(sentence.text);
        for (const piece of [...pieces]) {
          const at = folded.indexOf(foldText(piece.text));
          if (at >= 0 && !pieces.some((other) => other.articleId === sentence.articleId)) pieces.push({ text: sentence.text.slice(at, at + piece.text.length), articleId: sentence.articleId });
        }
      }
      for (const piece of bare) if (!pieces.some((other) => other.articleId === piece.articleId)) pieces.push(piece);
    }
    result.push({ about: acronym ? `what “${entity.name}” stands for` : `how ${entity.name} is described`, variants: groupVariants(pieces) });
  }
  return result;
}

/** True when two glosses say different things: neither one's words hold the other's ("President" and "Russian President" agree). */
function disagree(glosses: Set<string>[]): boolean {
  const within = (a: Set<string>, b: Set<string>): boolean => [...a].every((term) => b.has(term));
  return glosses.some((a, i) => glosses.slice(i + 1).some((b) => !within(a, b) && !within(b, a)));
}

/** Words right before an attribution cue that belong to it ("according to" before "reports from"). */
const CUE_LEAD = /(?:according to|citing|quoting)\s+$/iu;

/**
 * Who the articles say it comes from, where they name different sources or only some name one.
 * Articles are compared by the sources their chains name, never by wording: "Khinstsen revealed"
 * and "Khinstsen recently revealed" are one attribution. Each variant is verbatim from its first article.
 */
function attributionDiscrepancies(library: Library, claim: Claim): Discrepancy[] {
  const bySource = new Map<string, Variant>();
  let silent = 0;
  for (const sentence of claim.sentences) {
    const { cues, links } = originsOf(library, sentence);
    if (cues.length === 0 || links.length === 0) {
      silent++;
      continue;
    }
    const key = links.map((link) => link.toLowerCase()).join(' > ');
    const known = bySource.get(key);
    if (known) {
      if (!known.articleIds.includes(sentence.articleId)) known.articleIds.push(sentence.articleId);
      continue;
    }
    const article = library.article(sentence.articleId)!;
    const first = cues[0]!;
    const last = cues.at(-1)!;
    const lead = CUE_LEAD.exec(article.text.slice(Math.max(sentence.start, first.start - 20), first.start));
    const start = first.start - (lead?.[0].length ?? 0);
    // One verbatim stretch when the cues stand close together, else the first cue alone.
    const text = last.end - start <= 120 ? article.text.slice(start, last.end) : article.text.slice(start, first.end);
    bySource.set(key, { text, articleIds: [sentence.articleId] });
  }
  const variants = [...bySource.values()];
  if (variants.length === 0 || (variants.length === 1 && silent === 0)) return [];
  return [{ about: silent > 0 ? 'attribution (the other articles give none)' : 'attribution', kind: 'attribution', variants }];
}

/** Words one article quotes and another gives as its own ("‘unwavering support’" and "unwavering support"). */
function quotationDiscrepancies(claim: Claim): Discrepancy[] {
  const result: Discrepancy[] = [];
  const seen = new Set<string>();
  // Each text is folded and read for quotations once, however many quotations are looked for in it.
  const quotedSpansOf = oncePerText(findQuotedSpans);
  const spans = claim.sentences.map((sentence) => quotedSpansOf(sentence.text));
  const foldedOf = oncePerText(foldText);
  for (const [i, sentence] of claim.sentences.entries()) {
    for (const { inner } of spans[i]!) {
      const words = sentence.text.slice(inner.start, inner.end);
      const key = foldText(words);
      if (seen.has(key)) continue;
      const count = tokenize(words).length;
      if (count < 2 || count > 8) continue;
      seen.add(key);
      const quoted: { text: string; articleId: string }[] = [];
      const plain: { text: string; articleId: string }[] = [];
      for (const [j, other] of claim.sentences.entries()) {
        const at = foldedOf(other.text).indexOf(key);
        if (at < 0) continue;
        const marks = spans[j]!.find((quote) => quote.inner.start <= at && at + key.length <= quote.inner.end);
        if (marks) {
          quoted.push({ text: other.text.slice(marks.span.start, marks.span.end), articleId: other.articleId });
        } else plain.push({ text: other.text.slice(at, at + key.length), articleId: other.articleId });
      }
      if (quoted.length > 0 && plain.length > 0) {
        result.push({ about: `whether “${words}” is quoted`, variants: [...groupVariants(quoted), ...groupVariants(plain)] });
      }
    }
  }
  return result;
}
