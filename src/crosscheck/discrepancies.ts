import { distance } from 'fastest-levenshtein';
import type { Cue, Discrepancy, Variant } from '../model/answer.ts';
import { classifyQuoteMark } from '../text/quote-marks.ts';
import type { Sentence } from '../model/article.ts';
import { BACKGROUND_OPENERS, CLAIM_CUES, CLAIM_FRAME_WORDS, type ClaimCue } from '../text/lexicons/claim-cues.ts';
import type { Library } from '../library/library.ts';
import { foldText, termOf, termsOf, tokenize, type Token } from '../text/normalise.ts';
import { backgroundSpansOf, type Claim } from '../library/alignment.ts';
import { findFoldedPhrases } from '../text/phrase-matcher.ts';
import { originsOf } from './origins.ts';
import { HONORIFICS, PLACE_NAMES } from '../text/lexicons/entities.ts';
import { lexiconTags } from '../text/compromise.ts';
import type { EntityRecord } from '../analysis/entities.ts';
import { DETERMINERS, SKIPPED_BEFORE_VERB } from '../text/lexicons/source-grammar.ts';
import { ROLE_SYNONYMS, type RoleSynonymKind } from '../text/lexicons/role-synonyms.ts';
import { findQuotedStretches } from '../analysis/quoted-spans.ts';
import { agree, comparable, halfRoundedDown, type Quantity, readQuantities, resolvedDate } from './quantities.ts';
import { readTimeFrames, sameTime, singleDayOf } from './time-frames.ts';

/**
 * Where the articles that carry one claim tell it differently. Every variant's text is a verbatim
 * slice of an article's sentence; articles that word a detail alike share one variant.
 */

/** The claim's rarest shared terms that locate it inside a long sentence. */
const ANCHOR_TERMS = 6;
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
    const descriptions = descriptorDiscrepancies(library, claim);
    const hedges = hedgeDiscrepancies(library, claim, read);
    // A name already shown as one of an entity's differing descriptions ("KNR" as "Kursk Oblast National Guard") is not shown again as a detail.
    const described = new Set(descriptions.flatMap((discrepancy) => discrepancy.variants.map((variant) => variant.text)));
    found = [
      ...figureDiscrepancies(read, (articleId) => library.article(articleId)?.meta.date),
      ...nameDiscrepancies(claim),
      ...descriptions,
      ...hedges,
      ...attributionDiscrepancies(
        library,
        claim,
        hedges.flatMap((hedge) => hedge.variants),
      ),
      ...quotationDiscrepancies(claim),
      ...detailDiscrepancies(library, claim, read).filter((detail) => !detail.variants.some((variant) => described.has(variant.text))),
    ];
    cache.set(claim, found);
  }
  return found;
}

const figureCache = new WeakMap<Claim, boolean>();

/**
 * How far apart, as the larger over the smaller, two tellings of one figure may be for a ranking to
 * take them for one figure told differently: $27bn and $27.5bn are; 0.1% and 3.7%, or $40.8m and
 * $17.1m, are more often two figures the claim identity put together.
 */
const CLOSE_FIGURES = 1.5;

/**
 * True when the claim's articles give one of its figures or dates differently, and the figures lie
 * close ("$27bn" / "$27.5bn"; see CLOSE_FIGURES): the differences a reader most needs, read alone so
 * that a command can rank many claims by them before it shows a few. Computed once per claim.
 */
export function hasFigureConflict(library: Library, claim: Claim): boolean {
  let found = figureCache.get(claim);
  if (found === undefined) {
    const conflicts =
      claim.articleIds.length < 2
        ? []
        : (cache.get(claim) ??
          figureDiscrepancies(
            claim.sentences.map((sentence) => ({ sentence })),
            (articleId) => library.article(articleId)?.meta.date,
          ));
    found = conflicts.some((discrepancy) => discrepancy.kind === 'date' || (discrepancy.kind === 'figure' && closeFigures(discrepancy.variants)));
    figureCache.set(claim, found);
  }
  return found;
}

/** True when two variants of a figure hold values of one unit within CLOSE_FIGURES of each other. */
function closeFigures(variants: readonly Variant[]): boolean {
  const values = variants.map((variant) => readQuantities(variant.text).filter((quantity) => quantity.value > 0));
  return values.some((own, i) =>
    values.slice(i + 1).some((other) => own.some((a) => other.some((b) => a.unit === b.unit && Math.max(a.value, b.value) / Math.min(a.value, b.value) <= CLOSE_FIGURES))),
  );
}

/**
 * `read` for each distinct text once. Articles that copy one another (wire copy, syndication)
 * share sentences word for word, and what is read from a sentence's text alone is the same for each.
 */
function oncePerText<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    // A reading that gave undefined is read again: the same result, as `read` is a function of the text.
    let value = known.get(text);
    if (value === undefined) {
      value = read(text);
      known.set(text, value);
    }
    return value;
  };
}

/** Variants grouped by wording (case, quote marks and spacing aside), in the order first met. */
function groupVariants(pieces: { text: string; articleId: string }[]): Variant[] {
  const byKey = new Map<string, Variant>();
  for (const { text, articleId } of pieces) {
    const key = foldText(text)
      .replace(/['"“”‘’]/gu, '')
      .replace(/\s+/gu, ' ')
      .trim();
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
  // The shortest window so far, as offsets: at first every token (there is one at least, as an anchor is present).
  let start = tokens[0]?.token.start ?? 0;
  let end = tokens.at(-1)?.token.end ?? sentence.text.length;
  let lastInWindow = tokens.length - 1;
  const counts = new Map<string, number>();
  let left = 0;
  for (const [right, { term, token: rightToken }] of tokens.entries()) {
    if (anchors.has(term)) counts.set(term, (counts.get(term) ?? 0) + 1);
    // While the window holds every anchor, its left edge is a token at or before the right one.
    for (let leaving = tokens[left]; counts.size === anchors.size && leaving !== undefined; leaving = tokens[++left]) {
      if (rightToken.end - leaving.token.start < end - start) [start, end, lastInWindow] = [leaving.token.start, rightToken.end, right];
      const count = counts.get(leaving.term);
      if (count === 1) counts.delete(leaving.term);
      else if (count !== undefined) counts.set(leaving.term, count - 1);
    }
  }
  const before = sentence.text.slice(0, start);
  let clauseStart = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.test(before.slice(i, i + 2))) {
      clauseStart = i + 1;
      break;
    }
  }
  start = clauseStart + (before.slice(clauseStart).length - before.slice(clauseStart).trimStart().length);
  const next = tokens[lastInWindow + 1];
  if (next && /^\s+$/u.test(sentence.text.slice(end, next.token.start))) end = next.token.end;
  else if (classifyQuoteMark(sentence.text, end) === 'close') end++;
  return { start, end };
}

/**
 * Where the articles put the claim differently firmly: a hedge ("reportedly", "said to") or a
 * future ("will") in some and not others. Each variant is the differing words, verbatim: the cues
 * with the word they govern ("are said to specialize", "will specialize"); an article that puts
 * it plainly shows the word the others' cues govern with the word before it ("soldiers specialize"),
 * or its claim's words when it has none of them.
 */
/** The auxiliary right before a cue ("were reportedly", "are said to"): it carries the tense the cue is put in. */
const AUXILIARY_BEFORE = /\b(?:am|is|are|was|were|be|been|being|has|have|had)\s+$/iu;

function auxiliaryStart(text: string, start: number): number {
  const match = AUXILIARY_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
  return match ? start - match[0].length : start;
}

/** The end of the governed word's first complement ("trained in demining"): the next word after a few small words in lower case. */
function complementEnd(text: string, tokens: readonly Token[], end: number): number {
  const next = tokens.find((token) => token.start >= end && termOf(token.key) !== null);
  return next && next.start - end <= CUE_GAP && /^[\s\p{Ll}]*$/u.test(text.slice(end, next.start)) ? next.end : end;
}

/** Characters between two cues, or a cue and its word, for them to read as one stretch. */
const CUE_GAP = 12;
/** The longest stretch shown to hold all of one sentence's hedges: longer, and only the cues nearest the claim are shown. */
const HEDGE_STRETCH = 100;

function hedgeDiscrepancies(library: Library, claim: Claim, read: readonly ReadSentence[]): Discrepancy[] {
  const byText = new Map<string, { span: { start: number; end: number }; cues: { start: number; end: number; entry: ClaimCue }[]; tokens: Token[] }>();
  const distinct = [...new Map(read.map((one) => [one.sentence.text, one])).values()].map(({ sentence, termTokens }) => ({
    text: sentence.text,
    termTokens,
    terms: new Set(termTokens.map((token) => token.term)),
  }));
  for (const { sentence, tokens, termTokens } of read) {
    if (byText.has(sentence.text)) continue;
    const span = claimSpanOf(sentence, claim, termTokens);
    const background = backgroundHolding(sentence.text, claim);
    const own = distinct.find((words) => words.text === sentence.text);
    const others = distinct.filter((words) => words !== own);
    // Hedges anywhere in the claim's own sentence; a future ("will") only in the claim's own words. Other
    // tenses ("says"/"said") are word-level edits, not a difference in what is claimed.
    // Read only for a cue the certainty analysis must have read too: for a restored library it parses the article's analysis.
    let certaintyCues: readonly Cue[] | undefined;
    const readCertaintyCues = (): readonly Cue[] => (certaintyCues ??= library.certaintyOf(sentence)?.cues ?? []);
    const cues = findFoldedPhrases(sentence.text, CLAIM_CUES, tokens).filter(
      (cue) =>
        (!cue.entry.readByCertainty || readCertaintyCues().some((read) => read.kind === 'hedge' && read.start === sentence.start + cue.start)) &&
        ((cue.entry.kind === 'hedge' && cue.end <= textEndOf(sentence.text, span.end) && !isMonthMay(sentence.text, cue)) ||
          (cue.entry.kind === 'future' && cue.start >= span.start && cue.end <= span.end)) &&
        // A claim told in a background clause ("…, who is now in jail, …") is not hedged by the main clause's cues.
        (!background || background.some(([start, end]) => cue.start >= start && cue.end <= end)) &&
        (own === undefined || governsSharedWords(sentence.text, own.termTokens, cue, span.end, others)),
    );
    byText.set(sentence.text, { span, cues, tokens });
  }
  const signatures = new Set([...byText.values()].map(({ cues }) => signatureOfCues(cues)));
  if (signatures.size < 2) return [];
  // The words the cues govern, by search term: where a plain telling shows what it says instead.
  const governed = new Set<string>();
  const pieceOf = new Map<string, string>();
  const fullOf = new Map<string, string>();
  const signatureOfText = new Map<string, string>();
  for (const [text, { cues, tokens, span }] of byText) {
    if (cues.length === 0) continue;
    // A hedge after the claim's words ("… alongside 1,000 demining specialists, suggests …") weighs them: shown with them.
    if (cues.every((cue) => cue.start >= span.end)) {
      const last = Math.min(...cues.map((cue) => cue.end));
      pieceOf.set(text, text.slice(span.start, last));
      fullOf.set(text, text.slice(span.start, last));
      signatureOfText.set(text, signatureOfCues(cues));
      continue;
    }
    // The cues nearest the claim's words, run together when they stand close ("is expected to"): a far
    // one ("unconfirmed reports, ...") opens the sentence, and the whole stretch would be most of it.
    const sorted = [...cues].sort((a, b) => a.start - b.start);
    let from = sorted.at(-1)?.start ?? 0;
    const to = sorted.at(-1)?.end ?? 0;
    for (const cue of sorted.slice(0, -1).reverse()) if (from - cue.end <= CUE_GAP) from = cue.start;
    // An auxiliary or adverb between ("is reported to have already held") is not what the cue governs: the verb after it is,
    // and the gap to it is counted from the last of them.
    const next = tokens.find((token) => token.start >= to && termOf(token.key) !== null && !SKIPPED_BEFORE_VERB.has(token.key));
    const skipped = tokens.filter((token) => token.start >= to && next !== undefined && token.end <= next.start && SKIPPED_BEFORE_VERB.has(token.key)).at(-1);
    // The word a cue governs is a verb or a noun in lower case ("specialize", "trained"), never a name.
    const governs = next !== undefined && /^[\s\p{Ll}]*$/u.test(text.slice(to, next.end)) && next.start - (skipped?.end ?? to) <= CUE_GAP;
    if (next && governs) governed.add(termOf(next.key) ?? '');
    const end = next && governs ? complementEnd(text, tokens, next.end) : to;
    // Every cue when they fit in a short stretch, so two articles whose hedges differ never show the same words.
    const first = auxiliaryStart(text, sorted[0]?.start ?? from);
    from = auxiliaryStart(text, from);
    pieceOf.set(text, text.slice(end - first <= HEDGE_STRETCH ? first : from, end));
    fullOf.set(text, text.slice(first, end));
    signatureOfText.set(text, signatureOfCues(cues));
  }
  // Two sentences hedged differently must never show the same words: those show all their cues, however far apart.
  const bySignature = new Map<string, string>();
  for (const [text, piece] of pieceOf) {
    const key = foldText(piece);
    const known = bySignature.get(key);
    if (known !== undefined && known !== signatureOfText.get(text)) for (const [other, otherPiece] of pieceOf) if (foldText(otherPiece) === key) pieceOf.set(other, fullOf.get(other) ?? otherPiece);
    bySignature.set(key, signatureOfText.get(text) ?? '');
  }
  for (const [text, { span, tokens }] of byText) {
    if (pieceOf.has(text)) continue;
    const at = tokens.findIndex((token) => token.start >= span.start && token.end <= span.end && governed.has(termOf(token.key) ?? ''));
    const word = tokens[at];
    const before = tokens[at - 1];
    // Without the word the others' cues govern ("may have", "will make"), a plain telling says it with
    // another verb: a difference of wording its clause would not show. Only where no cue governs a
    // word (a hedge on the whole claim: "… though details remain unclear") is the plain claim itself the difference.
    // The auxiliaries and negation before that word's neighbour come with it: "was not immediately available", never "immediately available".
    let first = at - 1;
    while (first > 0 && SKIPPED_BEFORE_VERB.has(tokens[first - 1]?.key ?? '') && (tokens[first - 1]?.start ?? -1) >= span.start) first--;
    const from = tokens[first];
    if (word) pieceOf.set(text, text.slice(before && from && before.start >= span.start ? from.start : word.start, complementEnd(text, tokens, word.end)));
    else if (governed.size === 0) pieceOf.set(text, text.slice(span.start, span.end));
  }
  // A sentence whose claim words hold no cue of this list is a plain telling only if the certainty
  // analysis finds no hedge in it either: "is rumoured to", "earlier claims by", "widely expected
  // next May" are hedged by words the list lacks, and showing them as plain would be wrong.
  // Where the others' cues govern a word, a plain telling holding that word must also tell what they
  // tell: "its own bid case" holds the "bid" of "may bid for the LSE" and tells another thing.
  const termsOf = new Map(read.map(({ sentence, termTokens }) => [sentence.text, new Set(termTokens.map((token) => token.term))]));
  const hedged = [...byText].filter(([, { cues }]) => cues.length > 0).map(([text]) => termsOf.get(text));
  const shown = read.filter(({ sentence }) => {
    if ((byText.get(sentence.text)?.cues.length ?? 0) > 0) return true;
    if (!pieceOf.has(sentence.text) || (library.certaintyOf(sentence)?.cues.some((cue) => cue.kind === 'hedge') ?? false)) return false;
    return governed.size === 0 || hedged.some((terms) => tellAlike(terms, termsOf.get(sentence.text)));
  });
  // Tellings shown with one and the same hedging ("widely expected to be called for 5 May" / "widely
  // expected to be held on 5 May") differ in other words, not in how firmly they put the claim.
  if (new Set(shown.map(({ sentence }) => signatureOfCues(byText.get(sentence.text)?.cues ?? []))).size < 2) return [];
  const variants = groupVariants(shown.map(({ sentence }) => ({ text: pieceOf.get(sentence.text) ?? sentence.text, articleId: sentence.articleId })));
  return variants.length < 2 ? [] : [{ about: 'hedges and tenses', kind: 'certainty', variants }];
}

/** A sentence's search terms in order, and as a set: what a cue's word is aligned by. */
interface TermWords {
  text: string;
  termTokens: TermToken[];
  terms: Set<string>;
}

/** The search terms of the words that frame a report ("reports", "statement"): a hedge on one of them weighs the whole report. */
const FRAME_TERMS: ReadonlySet<string> = new Set(CLAIM_FRAME_WORDS.flatMap((entry) => termOf(entry.word) ?? []));

/** True when only small words in lower case stand between two offsets, close enough for one to govern the other. */
function closeBy(text: string, from: number, to: number): boolean {
  return to >= from && to - from <= CUE_GAP && /^[\s\p{Ll}]*$/u.test(text.slice(from, to));
}

/** Verbs and nouns of saying (see CLAIM_FRAME_WORDS): a cue that opens with one reports a clause. */
const SPEECH_WORDS: ReadonlySet<string> = new Set(CLAIM_FRAME_WORDS.filter((entry) => entry.kind === 'speech').map((entry) => entry.word));

/** Small words that open another clause: what a cue governs stops before them. */
const CLAUSE_OPENER = /\b(?:and|or|but|if|unless|while|whereas|although|because|as|when|after|before|since|though)\b/iu;

/** Words after the one a cue governs that may complete what it governs ("last two months", "take back 40 steel mills"). */
const GOVERNED_WORDS = 4;

/**
 * True when a cue weighs words the other tellings share, so that a difference in it is a
 * difference in how firmly the claim is put. A cue straight after the claim's words weighs them;
 * one that reports a clause ("claims that", "suggested") weighs the claim unless it stands after
 * the claim and reports something else; one that weighs a report ("unconfirmed reports") weighs
 * the whole claim, as does one that governs no word. A cue
 * that governs a word counts only when what it governs is aligned with another telling: the word
 * right before it (its subject: "40 steel mills may"), the word after it or its complement ("was
 * planning to take back 40 steel mills") is a word the other uses, or the other has a word of its
 * own in the same place before the complement they share ("will specialize in demining" / "were
 * reportedly trained in demining"). "The trial is expected to last two months and if found guilty
 * he faces a long jail term" hedges the trial's length, which the other telling ("he could face a
 * long jail term") does not give: no difference in the claim they share.
 */
function governsSharedWords(text: string, own: readonly TermToken[], cue: { start: number; end: number; entry: ClaimCue }, claimEnd: number, others: readonly TermWords[]): boolean {
  // A cue straight after the claim's words weighs them ("… alongside 1,000 demining specialists, suggests").
  // Not when the claim's words close a relative clause: "A fall in consumer spending, which makes up about two-thirds of
  // all US economic activity, could help …" puts "could" on the fall, the clause's subject.
  const closesClause = backgroundSpansOf(text).some(([start, end]) => start < claimEnd && claimEnd <= end + 1);
  if (cue.start >= claimEnd && !closesClause && /^[\s,;:\u2013\u2014-]*$/u.test(text.slice(claimEnd, cue.start))) return true;
  // A verb of report governs the clause after it: the claim, unless the claim stands well before it
  // and something else follows ("…, and fears that Opec could …").
  if (cue.entry.phrase.endsWith(' that') || SPEECH_WORDS.has(cue.entry.phrase.split(' ')[0] ?? '')) return cue.start < claimEnd || tokenize(text.slice(cue.end)).length < CONTENT_AFTER_CUE;
  const at = own.findIndex(({ token }) => token.start >= cue.end);
  const word = own[at];
  if (!word || !closeBy(text, cue.end, word.token.start) || FRAME_TERMS.has(word.term)) return true;
  const governed = [word];
  // The complement ends where another clause begins ("… last two months and if found guilty …").
  const inPhrase = (from: number, to: number): boolean => closeBy(text, from, to) && !CLAUSE_OPENER.test(text.slice(from, to));
  for (let next = own[at + 1]; next && governed.length < GOVERNED_WORDS && inPhrase(governed.at(-1)?.token.end ?? 0, next.token.start); next = own[at + governed.length]) governed.push(next);
  const subject = own.filter(({ token }) => token.end <= cue.start).at(-1);
  if (subject && closeBy(text, subject.token.end, auxiliaryStart(text, cue.start))) governed.push(subject);
  const ownTerms = new Set(own.map((token) => token.term));
  const complement = own[at + 1];
  return others.some((other) => {
    if (governed.some((one) => other.terms.has(one.term))) return true;
    if (!complement || !inPhrase(word.token.end, complement.token.start) || !other.terms.has(complement.term)) return false;
    // The other telling's own word right before the complement they share: the same slot, another word.
    return other.termTokens.some((shared, j) => {
      const before = other.termTokens[j - 1];
      return shared.term === complement.term && before !== undefined && !ownTerms.has(before.term) && closeBy(other.text, before.token.end, shared.token.start);
    });
  });
}

/**
 * Where the sentence that holds offset `from` ends: a text read as one sentence may hold two
 * ("... in 1998. The three-judge panel ruled ..."), and a hedge in the second is about another claim.
 */
function textEndOf(text: string, from: number): number {
  const boundary = /[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/gu;
  boundary.lastIndex = from;
  const match = boundary.exec(text);
  return match ? match.index + 1 : text.length;
}

/** "in May" is a month, not a hedge: the cue is capitalised inside the sentence. */
function isMonthMay(text: string, cue: { start: number; end: number }): boolean {
  return cue.start > 0 && text.slice(cue.start, cue.end) === 'May';
}

function signatureOf(cue: ClaimCue): string {
  return `${cue.kind}:${cue.like ?? cue.phrase}`;
}

/**
 * What a sentence's cues say, whatever their order and however often each stands: two sentences
 * with one signature put the claim alike ("will waste more … will give value" and "There will be a
 * simple choice" both put it as a future).
 */
function signatureOfCues(cues: readonly { entry: ClaimCue }[]): string {
  return [...new Set(cues.map((cue) => signatureOf(cue.entry)))].sort().join('|');
}

/**
 * The same detail given as different figures or dates: like with like only (see quantities.ts),
 * and only where no figure of the other sentence agrees with it, so a rounding (`$9bn` for
 * `$9.37bn`), a conversion in brackets or a range that holds the other value is agreement. Each
 * variant is the figure's whole tokens, verbatim (`$27.5bn`, `6,000 troops`, `19 December`).
 */
function figureDiscrepancies(read: readonly { sentence: Sentence }[], dateOf: (articleId: string) => string | undefined): Discrepancy[] {
  const quantitiesOf = oncePerText(readQuantities);
  const all = read.map(({ sentence }) => {
    const frames = readTimeFrames(sentence.text, dateOf(sentence.articleId));
    // A day given relative to the article's date ("on Sunday") is compared as the date it resolves to.
    const days = frames.flatMap((frame) => {
      const day = frame.relative ? singleDayOf(frame) : undefined;
      return day ? [resolvedDate(sentence.text, frame.start, frame.end, day)] : [];
    });
    const quantities = days.length === 0 ? quantitiesOf(sentence.text) : [...quantitiesOf(sentence.text), ...days].sort((x, y) => x.start - y.start);
    return { sentence, frames, quantities: quantities.map((quantity): Placed => ({ ...quantity, text: sentence.text })) };
  });
  const groups = new Map<string, { kind: 'figure' | 'date'; pieces: { text: string; articleId: string }[]; values: Set<number>; halves: boolean }>();
  for (const [i, first] of all.entries()) {
    for (const second of all.slice(i + 1)) {
      if (first.sentence.articleId === second.sentence.articleId || first.sentence.text === second.sentence.text) continue;
      // Figures told of different times, or of a time one article gives only as "last month" with no date to read it by, are not one figure told twice.
      const sameTimes = sameTime(first.frames, second.frames);
      for (const a of first.quantities) {
        const dated = a.kind === 'date' || a.kind === 'year';
        if (!dated && !sameTimes) continue;
        const rivals = second.quantities.filter((b) => comparable(a, b));
        if (rivals.length === 0 || rivals.some((b) => agree(a, b))) continue;
        // Only where neither figure has a partner that agrees with it: a sentence may give two sums.
        // And only the figures told of the same thing: where a sentence gives two sums (a $9.3bn
        // price, a $27bn tax bill), each is set against the other's figure its words fit best.
        for (const b of closestOf(a, rivals)) {
          if (first.quantities.some((other) => other !== a && comparable(other, b) && agree(other, b))) continue;
          if (
            !closestOf(
              b,
              first.quantities.filter((other) => comparable(other, b)),
            ).includes(a)
          )
            continue;
          const date = a.kind === 'date' || a.kind === 'year';
          const key = `${date ? 'date' : a.kind}:${date ? '' : a.unit}`;
          const group = groups.get(key) ?? { kind: date ? 'date' : 'figure', pieces: [], values: new Set<number>(), halves: true };
          group.pieces.push({ text: first.sentence.text.slice(a.start, a.end), articleId: first.sentence.articleId });
          group.pieces.push({ text: second.sentence.text.slice(b.start, b.end), articleId: second.sentence.articleId });
          group.halves &&= halfRoundedDown(a, b);
          groups.set(key, group);
        }
      }
    }
  }
  // A half and the rounding below it ("$27.5bn" / "$27bn") may be one figure: shown, as the finer one is what a checker
  // quotes, but named so that it reads as no contradiction.
  return [...groups.values()]
    .map(({ kind, pieces, halves }) => ({ about: kind === 'date' ? 'dates' : halves ? HALF_ROUNDED : 'figures', kind, variants: groupVariants(pieces) }))
    .filter((discrepancy) => discrepancy.variants.length > 1);
}

/** Of `rivals`, those whose nearby words share the most with `figure`'s: what the figure is about. */
function closestOf(figure: Placed, rivals: readonly Placed[]): Placed[] {
  if (rivals.length <= 1) return [...rivals];
  // The words after a figure say what it is ("$27bn bill in unpaid taxes"): they count twice.
  const after = termsAfter(figure);
  const overlap = (other: Placed): number => [...other.context].filter((term) => figure.context.has(term)).length + [...termsAfter(other)].filter((term) => after.has(term)).length;
  const best = Math.max(...rivals.map(overlap));
  return rivals.filter((rival) => overlap(rival) === best);
}

/** What a figure difference is called when every pair in it is a half and the rounding below it (see `halfRoundedDown`). */
const HALF_ROUNDED = 'figures, one perhaps the other rounded down';

/** A figure with the text of the sentence it was read from. */
type Placed = Quantity & { text: string };

const AFTER_WORDS = 4;

function termsAfter(figure: Placed): Set<string> {
  const words = figure.text.slice(figure.end).match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  return new Set(words.flatMap((word) => termOf(word.toLowerCase()) ?? []).slice(0, AFTER_WORDS));
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
  // "WorldCom" and "Worldcom" are one spelling in two cases: a word-level edit, not another name.
  const nearOf = new Map(
    distinct.map((name) => [
      name,
      new Set(
        distinct.filter(
          (candidate) =>
            candidate[0] === name[0] &&
            candidate.toLowerCase() !== name.toLowerCase() &&
            !candidate.startsWith(name) &&
            !name.startsWith(candidate) &&
            distance(candidate, name) <= 2 &&
            !derivedAlike(candidate, name) &&
            !(PLACE_NAMES.has(candidate) && PLACE_NAMES.has(name)) &&
            !countryAndItsPeople(candidate, name),
        ),
      ),
    ]),
  );
  for (const { sentence, names } of words) {
    for (const name of names) {
      const spellings = nearOf.get(name);
      if (!spellings || spellings.size === 0) continue;
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
  return [...pairs.values()].map((pieces) => ({ about: 'names', kind: 'name' as const, variants: groupVariants(pieces) })).filter((discrepancy) => discrepancy.variants.length > 1);
}

/** Endings that derive one word from another ("Semitism", "Semitic"; "Darwinist", "Darwinian"): longest first. */
const DERIVING_ENDINGS = ['ical', 'ism', 'ist', 'ian', 'ese', 'ish', 'ite', 'ic', 'an'];

/** The word less one deriving ending, when it has one; else the word. */
function stemOfName(word: string): string {
  const lower = word.toLowerCase();
  const ending = DERIVING_ENDINGS.find((end) => lower.endsWith(end) && lower.length - end.length >= 4);
  return ending ? lower.slice(0, -ending.length) : lower;
}

/**
 * True when one word is a country and the other its people's adjective ("Greece" / "Greek", "Wales" / "Welsh"), as
 * compromise's lexicon tags them: "criminal charges in Greece" and "charges brought by Greek prosecutors" name one country.
 */
function countryAndItsPeople(a: string, b: string): boolean {
  const [tagsA, tagsB] = [lexiconTags(a.toLowerCase()), lexiconTags(b.toLowerCase())];
  return (tagsA.includes('Country') && tagsB.includes('Demonym')) || (tagsA.includes('Demonym') && tagsB.includes('Country'));
}

/**
 * True when two words are one word with two deriving endings ("Semitism" / "Semitic"), two words
 * rather than one name spelt two ways; a place and its people ("France" / "French") are caught by
 * the place names instead.
 */
function derivedAlike(a: string, b: string): boolean {
  return stemOfName(a) === stemOfName(b) && (stemOfName(a) !== a.toLowerCase() || stemOfName(b) !== b.toLowerCase());
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
    const entity = library.entities.entities[position];
    if (!entity) continue;
    const pieces: { text: string; articleId: string }[] = [];
    for (const [i, sentence] of claim.sentences.entries())
      for (const { entity: owner, mention } of mentions[i] ?? []) if (owner === position && mention.descriptor) pieces.push({ text: mention.descriptor.text, articleId: sentence.articleId });
    if (!disagree(pieces.map((piece) => new Set(termsOf(withRolesNamedAlike(piece.text)))))) continue;
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
    }
    // (An article that writes the short form alone says nothing of what it stands for, and is no variant of it: listed, it
    // read as if "KNR" stood for "KNR".)
    const variants = groupVariants(pieces);
    if (variants.length > 1) result.push({ about: acronym ? `what “${entity.name}” stands for` : `how ${entity.name} is described`, kind: 'description', variants });
  }
  return result;
}

/** Each phrase of a role (see ROLE_SYNONYMS), folded, by its words, with the group's first phrase. */
const ROLE_PHRASES: ReadonlyMap<string, { words: readonly string[]; role: string; kind: RoleSynonymKind }[]> = (() => {
  const byFirst = new Map<string, { words: readonly string[]; role: string; kind: RoleSynonymKind }[]>();
  for (const group of ROLE_SYNONYMS) {
    const role = group.phrases[0] ?? '';
    for (const phrase of group.phrases) {
      const words = phrase.split(' ');
      const list = byFirst.get(words[0] ?? '') ?? [];
      list.push({ words, role, kind: group.kind });
      byFirst.set(
        words[0] ?? '',
        list.sort((a, b) => b.words.length - a.words.length),
      );
    }
  }
  return byFirst;
})();

/**
 * A gloss with every title of a role written as the role's first title (see ROLE_SYNONYMS): "LSE
 * boss" reads as "lse chief executive", so it agrees with "chief executive". A title of one word
 * counts only as the gloss's head noun (its last word, or the word before "of"), never as a
 * modifier of another post ("chief economist").
 */
function withRolesNamedAlike(gloss: string): string {
  const words = foldText(gloss)
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((word) => word.length > 0 && word !== 's');
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const match = (ROLE_PHRASES.get(words[i] ?? '') ?? []).find(({ words: phrase, kind }) => {
      if (!phrase.every((word, j) => words[i + j] === word)) return false;
      const after = words[i + phrase.length];
      return phrase.length > 1 || kind === 'former' || after === undefined || after === 'of';
    });
    if (match) {
      out.push(match.role);
      i += match.words.length;
    } else out.push(words[i++] ?? '');
  }
  return out.join(' ');
}

/** True when two glosses say different things: neither one's words hold the other's ("President" and "Russian President" agree). */
function disagree(glosses: Set<string>[]): boolean {
  const within = (a: Set<string>, b: Set<string>): boolean => [...a].every((term) => b.has(term));
  return glosses.some((a, i) => glosses.slice(i + 1).some((b) => !within(a, b) && !within(b, a)));
}

/** Words right before an attribution cue that belong to it ("according to" before "reports from"). */
const CUE_LEAD = /(?:according to|citing|quoting)\s+$/iu;
/** The capitalised words straight after "according to" or "citing": the source a sentence credits. */
const CREDITED = /\b(?:[Aa]ccording to|[Cc]iting)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s*)+)/gu;

/**
 * Who the articles say it comes from, where they name different sources or only some name one.
 * Articles are compared by the sources their chains name, never by wording: "Khinstsen revealed"
 * and "Khinstsen recently revealed" are one attribution. Each variant is verbatim from the articles
 * it lists: two articles that name one source in different words are two variants of one source.
 * `hedges` are the hedges shown for the claim: a cue shown there ("is reported to have") is not shown again here.
 */
function attributionDiscrepancies(library: Library, claim: Claim, hedges: readonly Variant[] = []): Discrepancy[] {
  const sources: SourceGroup[] = [];
  const bySource = new Map<string, SourceGroup>();
  const silentSentences: Sentence[] = [];
  // Sentences whose only "source" wants or plans it: silent, unless the one who wants it is a source the others give
  // ("The company wants damages of $20bn" beside "Yukos has said it will sue … for $20bn"): it tells what that source did.
  const wanting: { sentence: Sentence; links: readonly string[] }[] = [];
  // A sentence that names its source speaks first: one that only relays it ("are said to", the
  // chain read from an earlier sentence) must not lend its words to an article that names it.
  const namesItsSource = (sentence: Sentence): boolean => {
    const sourcing = library.certaintyOf(sentence)?.sourcing;
    return sourcing === 'named' || sourcing === 'media';
  };
  const ordered = [...claim.sentences.filter(namesItsSource), ...claim.sentences.filter((sentence) => !namesItsSource(sentence))];
  for (const sentence of ordered) {
    const origin = originsOf(library, sentence);
    const { links } = origin;
    const overClaim = withoutJoinedClauseSources(sentence, claim, cuesOverClaim(sentence, claim, origin.cues));
    const cues = withoutReasonClauses(library, sentence, claim, withoutDenialsElsewhere(library, sentence, claim, overClaim));
    // A want or a plan ("Mr Clarke wants house arrest to replace …") says what someone seeks, not who says it is so.
    if (cues.some((cue) => DESIRE.test(cue.text)) && !cues.some((cue) => ATTRIBUTION_WORD.test(cue.text))) {
      wanting.push({ sentence, links });
      continue;
    }
    const [first] = cues;
    const last = cues.at(-1);
    const article = library.article(sentence.articleId);
    if (first === undefined || last === undefined || links.length === 0 || !article) {
      silentSentences.push(sentence);
      continue;
    }
    const lead = CUE_LEAD.exec(article.text.slice(Math.max(sentence.start, first.start - 20), first.start));
    const start = first.start - (lead?.[0].length ?? 0);
    // One verbatim stretch when the cues stand close together, else the first cue alone.
    const text = last.end - start <= 120 ? article.text.slice(start, last.end) : article.text.slice(start, first.end);
    // A report with no one named ("is reported to have") already shown as a hedge of the claim is no second difference:
    // only where every cue of the attribution is a hedge cue too, so "according to CEA analysts" beside "is predicted to" stays.
    const hedgeCues = (library.certaintyOf(sentence)?.cues ?? []).filter((cue) => cue.kind === 'hedge');
    const onlyHedges = cues.every((cue) => hedgeCues.some((hedge) => hedge.start < cue.end && cue.start < hedge.end));
    if (onlyHedges && hedges.some((hedge) => hedge.articleIds.includes(sentence.articleId) && foldText(hedge.text).includes(foldText(text)))) continue;
    const key = links.map((link) => link.toLowerCase()).join(' > ');
    // "the Labor Department" and "Labor Department figures" are one source: chains that share a name are one.
    // A name set off right after the source ("India's biggest oil exploration firm, Oil & Natural Gas Corp (ONGC), says") names it too.
    // So does a name of its own in the words that introduce the speaker ("UKIP spokesman Mark Croucher said" speaks for UKIP):
    // a word written only with a capital, never a title the articles also write in lower case ("Chancellor").
    const introduced = introducingNames(library, article.text.slice(first.start, first.end), origin.chain[0]);
    const gap = article.text.slice(first.end, cues[1]?.start ?? first.end);
    const names = new Set([...nameWords(links), ...introduced, ...apposedNames(gap)]);
    const apposed = apposedDescriptionOf(library, gap);
    const shortForms = acronymsOf(sentence.text, links);
    const described = describedOf(library, sentence, links);
    const told = { links, articleId: sentence.articleId };
    const mentioned = library.lookups.mentionsOf(sentence).flatMap(({ entity }) => library.entities.entities[entity] ?? []);
    const entities = sourceEntitiesOf(library, sentence, links);
    const known =
      bySource.get(key) ??
      sources.find(
        (group) =>
          sharesAny(group.names, names) ||
          sharesAny(group.shortForms.initials, shortForms.written) ||
          sharesAny(group.shortForms.written, shortForms.initials) ||
          (described !== undefined && group.described !== undefined && sameDescription(described, group.described)) ||
          (described !== undefined && group.apposed !== undefined && sameDescription(described, group.apposed)) ||
          (apposed !== undefined && group.described !== undefined && sameDescription(apposed, group.described)) ||
          roleOfNamed(library, group.told, told) ||
          roleOfNamed(library, told, group.told) ||
          (speaksForNamedBody(links) && mentioned.some((entity) => group.entities.has(entity))) ||
          (speaksForNamedBody(group.told.links) && entities.some((entity) => group.mentioned.includes(entity))),
      );
    const group = known ?? { names, shortForms, described, apposed, told, entities: new Set<EntityRecord>(), mentioned, wordings: [] };
    if (!known) {
      sources.push(group);
      bySource.set(key, group);
    }
    for (const entity of entities) group.entities.add(entity);
    addWording(group.wordings, text, sentence.articleId);
  }
  // A sentence whose chain came out empty but that credits, after "according to", a source another
  // article gives ("According to Labor Department figures, ...") is not silent: the reading missed
  // that source, and a missed reading is no evidence that the articles differ; it is not listed
  // under another article's words either. A name merely mentioned elsewhere in the sentence does
  // not count. Nor is one silent whose subject, or the
  // agent of its passive, is a source another article gives, or the body that source speaks for
  // ("Menatep … has threatened legal action" beside "Tim Osborne, head of … Menatep, said";
  // "rejected by the LSE" beside "The LSE rejected …, saying"): the same source in other words.
  const silentArticles = new Set<string>();
  const speakers = new Set(sources.flatMap((group) => [...group.entities]));
  const speakerNames = new Set(sources.flatMap((group) => group.told.links.map(nameKey)));
  const sourceLinks = sources.flatMap((group) => group.told.links);
  for (const { sentence, links } of wanting) if (!links.some((link) => speakerNames.has(nameKey(link)))) silentSentences.push(sentence);
  for (const sentence of silentSentences) {
    const credited = new Set([...sentence.text.matchAll(CREDITED)].flatMap((match) => (match[1] ?? '').split(/\s+/u).map((word) => word.replace(/['’]s$/u, ''))));
    const named = sources.find((group) => group.names.size > 0 && [...group.names].every((name) => credited.has(name)));
    if (
      !named &&
      !spokenAround(library, sentence) &&
      !toldWithSourceNearby(library, sentence, claim) &&
      !actedByAny(library, sentence, speakers, speakerNames) &&
      !sameUnreadPronoun(sentence, sources) &&
      !speaksInRelativeClause(sentence.text, sourceLinks)
    )
      silentArticles.add(sentence.articleId);
  }
  const silent = silentArticles.size;
  // Articles that word the attribution alike ("they pledged" in both) show no difference a reader can
  // see, whoever the reading took "they" for in each: one variant, and one source.
  const byWording = new Map<string, Variant>();
  const ownerOf = new Map<string, number>();
  const owners = sources.map((_, i) => i);
  const root = (i: number): number => (owners[i] === i ? i : root(owners[i] ?? i));
  for (const [i, group] of sources.entries()) {
    for (const variant of group.wordings) {
      const wording = foldText(variant.text);
      const same = byWording.get(wording);
      const owner = ownerOf.get(wording);
      if (owner !== undefined) owners[root(i)] = root(owner);
      else ownerOf.set(wording, i);
      if (!same) byWording.set(wording, { text: variant.text, articleIds: [...variant.articleIds] });
      else for (const id of variant.articleIds) if (!same.articleIds.includes(id)) same.articleIds.push(id);
    }
  }
  const variants = [...byWording.values()].filter((variant) => variant.text !== '');
  const distinctSources = new Set(sources.map((_, i) => root(i))).size;
  if (variants.length === 0 || (distinctSources === 1 && silent === 0)) return [];
  return [{ about: silent > 0 ? `attribution ${givingNone(silentArticles)}` : 'attribution', kind: 'attribution', variants }];
}

/**
 * True when a sentence's source is named only in the sentences around it: a quotation whose speaker an
 * earlier sentence gives ("We have a lot of big events," she said. "In the year ahead these include …"). The whole
 * sentence is that source's, so its article gives one, though no word of the sentence shows it to set beside the
 * others' wordings: it is neither a variant nor silent. A hedge that relays a report named earlier ("reportedly"), whose
 * own reading names no one, stays silent, as the seeds' transcript records it.
 */
function spokenAround(library: Library, sentence: Sentence): boolean {
  const { links, cues } = originsOf(library, sentence);
  const own = library.certaintyOf(sentence)?.attributedTo ?? [];
  return own.length > 0 && links.length > 0 && cues.every((cue) => cue.end <= sentence.start || cue.start >= sentence.end);
}

/**
 * True when another sentence of the same article holds every word the claim's sentences share and names its source
 * ("Rival exchange operator Calder has also said it may bid for the Harlow exchange" beside the article's "Calder
 * operates the Lisbon bourse …", grouped with the claim): the article tells the claim with a source there, and "gives
 * none" would tell its reader otherwise.
 */
function toldWithSourceNearby(library: Library, sentence: Sentence, claim: Claim): boolean {
  if (claim.terms.length === 0) return false;
  return (library.article(sentence.articleId)?.sentences ?? []).some((other) => {
    if (other.index === sentence.index) return false;
    const { links, sourcing } = originsOf(library, other);
    if (links.length === 0 || (sourcing !== 'named' && sourcing !== 'media')) return false;
    const terms = new Set(termsOf(other.text));
    return claim.terms.every((term) => terms.has(term));
  });
}

/** Cues of wanting or planning, which say what someone seeks, not who says a thing is so. */
const DESIRE = /^(?:wants?|wanted|wanting|hopes?|hoped|hoping|plans?|planned|planning|intends?|intended|wish(?:es|ed)?|aims?|aimed|seeks?|sought)$/iu;
/** Words that do say who says so, whatever else the cues hold. */
const ATTRIBUTION_WORD = /\b(?:said|says|say|told|tells|according|claims?|claimed|stated|announced|insisted|argued|warned|added)\b/iu;

/**
 * True when a sentence gives one of the sources ("US lawmakers") as the subject of a
 * relative clause of its own ("… much to the chagrin of many US lawmakers who blame China for lost
 * jobs"): it credits the view to them, though the reading finds no attribution, and does not give
 * none.
 */
function speaksInRelativeClause(text: string, links: readonly string[]): boolean {
  const folded = text.toLowerCase();
  return links.some((link) => {
    // The source's own words: a link read on past them ("US lawmakers for job losses") ends at its first preposition.
    const words = link
      .toLowerCase()
      .replace(/^(?:the|a|an|many|some)\s+/u, '')
      .replace(/\s+(?:for|of|in|over|at|on|with|about|from)\s.*$/u, '');
    const at = folded.indexOf(words);
    return words.length > 3 && at >= 0 && /^\s+who\s+\p{L}+/u.test(folded.slice(at + words.length));
  });
}

/** How many articles a difference names as giving none before it counts the rest. */
const MOST_NAMED_GIVING_NONE = 3;

/**
 * "(politics_072 and politics_379 give none)": which of the claim's articles leave a detail out,
 * named, so that a reader of a list holding other articles too (a /sources answer, the closing list
 * of /compare) is never told that articles give none which do.
 */
function givingNone(articleIds: ReadonlySet<string>): string {
  const ids = [...articleIds].sort();
  // "and 1 more" would take as many words as the one it stands for.
  const named = ids.length > MOST_NAMED_GIVING_NONE + 1 ? ids.slice(0, MOST_NAMED_GIVING_NONE) : ids;
  const rest = ids.length - named.length;
  const list = rest > 0 ? `${named.join(', ')} and ${rest} more` : named.length === 1 ? (named[0] ?? '') : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
  return `(${list} ${ids.length === 1 ? 'gives' : 'give'} none)`;
}

/** The articles that give one source, as each words it. */
interface SourceGroup {
  names: Set<string>;
  shortForms: ShortForms;
  described: Described[] | undefined;
  /** The description set beside its name, when one is ("the House of Lords, the UK's highest court, ruled"). */
  apposed: Described[] | undefined;
  told: ToldBy;
  /** The people and bodies the source is, and the bodies they speak for ("head of … Menatep"). */
  entities: Set<EntityRecord>;
  /** The people and bodies the group's first sentence names: whom its "its chief" may speak for. */
  mentioned: readonly EntityRecord[];
  wordings: Variant[];
}

/**
 * True when a chain's one link is a role said of a body by a pronoun ("its chief", "their
 * lawyers"): someone who speaks for a body the sentence names, which the reading cannot tell
 * apart from the body itself. A body another article credits, named in this sentence, is taken
 * for it: guessing they differ would be worse than not knowing.
 */
function speaksForNamedBody(links: readonly string[]): boolean {
  const [link] = links;
  return links.length === 1 && link !== undefined && /^(?:its|their)\s+\p{Ll}/iu.test(link);
}

/**
 * Adds an article's wording of a source to the group's: to the variant worded alike, or to one it
 * opens with the same words naming the source ("Kursk Governor Alexander Khinstsen revealed" and
 * "… Khinstsen recently revealed" are both "Kursk Governor Alexander Khinstsen"), else as a variant
 * of its own. A variant's text is always words each of its articles writes.
 */
function addWording(wordings: Variant[], text: string, articleId: string): void {
  for (const variant of wordings) {
    const shared = variant.text === text ? text : sharedOpening(variant.text, text);
    if (shared === undefined) continue;
    variant.text = shared;
    if (!variant.articleIds.includes(articleId)) variant.articleIds.push(articleId);
    return;
  }
  wordings.push({ text, articleIds: [articleId] });
}

/**
 * The words two wordings of one source open with alike, when they hold more than a determiner and
 * a word (`Kursk Governor Alexander Khinstsen`, `The agency`): whole words, verbatim in both.
 */
function sharedOpening(a: string, b: string): string | undefined {
  let end = 0;
  while (end < a.length && end < b.length && a[end] === b[end]) end++;
  // Whole words only: a cut inside a word ("The agency claim" of "claimed" and "claims") goes back to the space before it.
  const edge = (text: string, at: number): boolean => at === text.length || /\s/u.test(text[at] ?? '');
  while (end > 0 && !(edge(a, end) && edge(b, end))) end--;
  const whole = a.slice(0, end).trimEnd();
  const words = whole.split(/\s+/u).filter((word) => word.length > 0 && !DETERMINERS.has(word.toLowerCase()));
  return words.length > 0 && whole.length >= 6 ? whole : undefined;
}

/**
 * The people and bodies a chain's links name in the entity table, with the bodies named in the
 * gloss a person is given in this sentence ("Tim Osborne, head of … group Menatep": Menatep): one
 * who speaks for a body and the body itself are one source.
 */
function sourceEntitiesOf(library: Library, sentence: Sentence, links: readonly string[]): EntityRecord[] {
  const found: EntityRecord[] = [];
  const mentions = library.lookups.mentionsOf(sentence);
  for (const link of links) {
    const entity = library.entities.entityWrittenIn(sentence.articleId, link) ?? library.entities.find(link);
    if (!entity || (entity.kind !== 'person' && entity.kind !== 'organisation' && entity.kind !== 'media')) continue;
    found.push(entity);
    for (const { entity: position, mention } of mentions) {
      if (library.entities.entities[position] !== entity || !mention.descriptor) continue;
      const gloss = mention.descriptor.text;
      for (const other of mentions) {
        const body = library.entities.entities[other.entity];
        if (body && body !== entity && body.kind === 'organisation' && containsWord(gloss, other.mention.name.text)) found.push(body);
      }
    }
  }
  return found;
}

/** A name as compared with a link: folded, without a leading "the" or a possessive ending. */
function nameKey(name: string): string {
  return foldText(name)
    .replace(/^the\s+/u, '')
    .replace(/['’]s$/u, '');
}

function containsWord(text: string, word: string): boolean {
  const at = text.indexOf(word);
  return at >= 0 && !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at + word.length] ?? '');
}

/** A sentence's subject when it is a personal pronoun, after an opening conjunction ("But he could not find …"). */
const PRONOUN_SUBJECT = /^(?:(?:but|and|yet|so|however|meanwhile|now),?\s+)?(he|she|they)\b/iu;

/**
 * True when a sentence with no chain has a pronoun for its subject ("But he could not find
 * evidence …") and another article's source is worded with the same pronoun ("he could not say"):
 * the reading resolved one "he" and not the other, and a missed reading is no evidence that the
 * articles differ (as with "they pledged" worded alike).
 */
function sameUnreadPronoun(sentence: Sentence, sources: readonly SourceGroup[]): boolean {
  const pronoun = PRONOUN_SUBJECT.exec(sentence.text)?.[1]?.toLowerCase();
  return pronoun !== undefined && sources.some((group) => group.wordings.some((variant) => PRONOUN_SUBJECT.exec(variant.text)?.[1]?.toLowerCase() === pronoun));
}

/** Words before a sentence's subject: an opener set off by a comma ("Last week,", "Meanwhile,") and an article. */
const BEFORE_SUBJECT = /^(?:[^,;:]{0,30},\s*)?(?:the\s+)?$/iu;
/** Words before the agent of a passive ("was rejected by the"). */
const BEFORE_AGENT = /\p{Ll}\s+by\s+(?:the\s+)?$/u;

/**
 * True when a person or body of `speakers`, or one written as a link of their chains (`names`), is the sentence's subject ("Menatep, Yukos main
 * shareholders' group, has also threatened …") or the agent of its passive ("which was rejected by
 * the LSE"): the sentence tells what that source did, in its own words.
 */
function actedByAny(library: Library, sentence: Sentence, speakers: ReadonlySet<EntityRecord>, names: ReadonlySet<string>): boolean {
  if (speakers.size === 0 && names.size === 0) return false;
  // Words inside a quotation are the speaker's, not the sentence's own subject or agent ("… "contacted by the Labour Party again"").
  const quoted = findQuotedStretches(sentence.text);
  return library.lookups.mentionsOf(sentence).some(({ entity, mention }) => {
    const record = library.entities.entities[entity];
    if (!(record && speakers.has(record)) && !names.has(nameKey(mention.name.text))) return false;
    const at = sentence.text.indexOf(mention.name.text);
    if (at < 0 || quoted.some(({ span }) => span.start <= at && at < span.end)) return false;
    const before = sentence.text.slice(0, at);
    return BEFORE_SUBJECT.test(before) || BEFORE_AGENT.test(before);
  });
}

/**
 * The cues less those of a reason given after the claim in a participle clause ("The LSE rejected
 * the offer, saying it undervalued the business"; "…, claiming that …"): the speaker is credited
 * with the reason, and the claim before it is the article's own telling, a detail, not an
 * attribution. When every verb of saying in the sentence is such a participle, the source named
 * before it (the subject who rejected) credits nothing either.
 */
function withoutReasonClauses<T extends { start: number; end: number }>(library: Library, sentence: Sentence, claim: Claim, cues: readonly T[]): T[] {
  if (cues.length === 0) return [];
  const claimEnd = sentence.start + claimSpanOf(sentence, claim).end;
  const verbs = new Set((library.certaintyOf(sentence)?.cues ?? []).filter((cue) => cue.kind === 'attribution').map((cue) => cue.start));
  const isReason = (cue: T): boolean => {
    if (cue.start < claimEnd) return false;
    const word = sentence.text.slice(cue.start - sentence.start, cue.end - sentence.start);
    return /^\p{Ll}+ing$/u.test(word) && !word.startsWith('accord') && /,\s*$/u.test(sentence.text.slice(0, cue.start - sentence.start));
  };
  const reasons = cues.filter(isReason);
  if (reasons.length === 0) return [...cues];
  const kept = cues.filter((cue) => !isReason(cue));
  return kept.some((cue) => verbs.has(cue.start)) ? kept : [];
}

/**
 * True when every source a sentence of `claim` names speaks of another clause than the claim's (see
 * `cuesOverClaim`): "Varnak paid 41.6bn roubles for the mill - far below the $2bn the Finance Ministry
 * says the mill owes" (the ministry says what the mill owes, not what Varnak paid). Never when a cue stands
 * within the claim's own words: where two sentences are one claim by their speaker's name ("Shadow
 * labour minister Petra Holm said: …"), the speaker is what they share.
 */
export function sourcedElsewhere(library: Library, sentence: Sentence, claim: Claim): boolean {
  const { cues } = originsOf(library, sentence);
  if (cues.length === 0 || withoutDenialsElsewhere(library, sentence, claim, cuesOverClaim(sentence, claim, cues)).length > 0) return false;
  const terms = new Set(claim.terms);
  return !cues.some((cue) => termsOf(cue.text).some((term) => terms.has(term)));
}

/**
 * Where one clause of a sentence ends and another is joined on: a coordinator after a comma or a
 * semicolon ("…, and before he left …"), or a word that joins only clauses ("… the plans although
 * its leader had to deny …"); never one that goes on with what was said ("…, and that …").
 */
const CLAUSE_JOIN = /(?:[,;]\s+(?:and|but|while|whereas|although)|\s(?:although|whereas|but))\b(?!\s+that\b)/giu;

/**
 * The cues of a sentence of `claim` that stand in the clause telling it: the clause holding the cue
 * (see CLAUSE_JOIN) holds half of the claim's words the sentence gives, or more. "The party will back
 * the plans, although its leader had to deny a split" tells the claim and denies something else;
 * "The premier denied Mr Osei made that remark, and before he left the chancellor told reporters: …"
 * denies the remark, not what the chancellor told. All of them when the sentence gives none of its words.
 */
export function cuesInClaimClause<T extends { start: number; end: number }>(sentence: Sentence, claim: Claim, cues: readonly T[]): T[] {
  const terms = new Set(claim.terms);
  const words = termTokensOf(sentence.text).filter(({ term }) => terms.has(term));
  if (words.length === 0) return [...cues];
  const joins = [...sentence.text.matchAll(CLAUSE_JOIN)].map((match) => match.index);
  return cues.filter((cue) => {
    const at = cue.start - sentence.start;
    const from = Math.max(0, ...joins.filter((join) => join < at));
    const to = Math.min(sentence.text.length, ...joins.filter((join) => join >= cue.end - sentence.start));
    const inClause = words.filter(({ token }) => token.start >= from && token.end <= to).length;
    return inClause * 2 >= words.length;
  });
}

/**
 * The cues but those standing in a clause joined on (see CLAUSE_JOIN) that holds little of the claim (see cuesInClaimClause):
 * in "Deutsche Boerse offered £1.3bn, which the LSE rejected, while Euronext is rumoured to have a £1.4bn bid ready" the rumour
 * is the rival's, though a word of the claim, `bid`, stands in its clause and stretches the claim's span over it. A cue before
 * the first join stays whatever the claim's clause: "The agency claims that 5,000 troops will arrive, while 1,000 more will
 * specialize in demining" credits the agency with both.
 */
function withoutJoinedClauseSources<T extends { start: number; end: number }>(sentence: Sentence, claim: Claim, cues: readonly T[]): T[] {
  const firstJoin = sentence.text.search(CLAUSE_JOIN);
  if (firstJoin < 0) return [...cues];
  const kept = cuesInClaimClause(sentence, claim, cues);
  return cues.filter((cue) => cue.start - sentence.start < firstJoin || kept.includes(cue));
}

/**
 * The cues, or none when every verb of saying among them is a denial or a dispute of another clause
 * than the claim's (see `cuesInClaimClause`): in "The premier denied Mr Osei made that remark, and …
 * the chancellor told reporters: …", the premier is no source of what the chancellor told.
 */
function withoutDenialsElsewhere<T extends { start: number; end: number }>(library: Library, sentence: Sentence, claim: Claim, cues: readonly T[]): T[] {
  const read = library.certaintyOf(sentence)?.cues ?? [];
  const verbs = read.filter((cue) => cue.kind === 'attribution' && cues.some((kept) => kept.start === cue.start));
  const contests = read.filter((cue) => cue.kind === 'contested');
  const deniesElsewhere = (verb: (typeof read)[number]): boolean => contests.some((cue) => cue.start === verb.start) && cuesInClaimClause(sentence, claim, [verb]).length === 0;
  return verbs.length > 0 && verbs.every(deniesElsewhere) ? [] : [...cues];
}

/** Words after a cue that make it introduce a clause of its own ("many observers now say that the break up ... is inevitable"). */
const CONTENT_AFTER_CUE = 3;

/**
 * The attribution cues that govern the claim's own words: a cue that stands after the claim and
 * opens a clause of its own ("... was hit with $27bn in taxes, and many observers now say that the
 * firm's break up is inevitable") credits that clause, not the claim. A cue after the claim with
 * nothing after it ("…, he said.") still credits it.
 */
function cuesOverClaim<T extends { start: number; end: number }>(sentence: Sentence, claim: Claim, cues: readonly T[]): T[] {
  if (cues.length === 0) return [];
  const span = claimSpanOf(sentence, claim);
  const claimEnd = sentence.start + span.end;
  // "John Smith, who is accused of a $2bn fraud, never signed the accounts, a witness has told the
  // court": where the claim's words sit in the writer's background clause, a cue outside it credits
  // the main clause (the witness speaks of the accounts, not of the fraud charge).
  const background = backgroundHolding(sentence.text, claim);
  return cues.filter((cue) => {
    if (background && !background.some(([start, end]) => cue.start - sentence.start >= start && cue.end - sentence.start <= end)) return false;
    const after = sentence.text.slice(cue.end - sentence.start);
    // "Speaking on his first day …, Mr Clarke said: "I will …"": a cue that opens a colon credits what
    // follows it, not a claim told wholly before it (whose span may reach the speaker's own name).
    const colon = colonOpenedBy(after);
    if (colon >= 0 && span.end <= cue.end - sentence.start + colon) return false;
    if (cue.start < claimEnd || tokenize(after).length < CONTENT_AFTER_CUE) return true;
    // Only a clause joined on ("and many observers say …") or set off by a dash ("… for Yugansk - nowhere near the $27bn Russia
    // says Yukos owes") is its own; a relative one (", which they claim is owed …") still speaks of the claim.
    const between = sentence.text.slice(span.end, cue.start - sentence.start);
    return !(COORDINATED.test(between) || ASIDE_DASH.test(between)) || RELATIVE_WORD.test(between);
  });
}

/** The gloss openers (see BACKGROUND_OPENERS), as alternatives of a pattern. */
const GLOSS_OPENERS = BACKGROUND_OPENERS.filter((entry) => entry.kind === 'gloss')
  .map((entry) => entry.opener)
  .join('|');
/**
 * An apposition after a name, set off by commas, with the sentence going on in lower case after it:
 * "John Smith, the former chairman accused of a $2bn fraud, approved every payment". The writer's
 * gloss on the name, like a relative clause; the span runs from the first comma to the second.
 */
const APPOSITION = new RegExp(`(?<=\\p{Lu}[\\p{L}\\p{M}'’.-]*),\\s+(?:${GLOSS_OPENERS})\\s[^,;:()\u2013\u2014]*?(?=,\\s+\\p{Ll})`, 'gu');

/**
 * The background clauses of `text` (relative clauses, asides, appositions) that hold the claim,
 * when every word of the claim's own in it (its shared terms, less names) stands inside one or in
 * the noun phrase the first of them glosses ("Former Worldcom boss Bernie Ebbers, who is accused
 * of …"), and most stand inside: the claim is then told in passing, as the writer's background to
 * another clause.
 * Undefined when any of those words stands in the main clause after it, or when there are none.
 */
function backgroundHolding(text: string, claim: Claim): [number, number][] | undefined {
  const spans: [number, number][] = [
    ...backgroundSpansOf(text).map((span) => clippedAtDash(text, pastBrackets(text, span))),
    ...[...text.matchAll(APPOSITION)].map((match): [number, number] => [match.index, match.index + match[0].length]),
  ];
  if (spans.length === 0) return undefined;
  const terms = new Set(claim.terms);
  const words = termTokensOf(text).filter(({ term, token }) => terms.has(term) && !/^\p{Lu}/u.test(text.slice(token.start, token.end)));
  const holding = spans.filter(([start, end]) => words.some(({ token }) => token.start >= start && token.end <= end));
  const [first] = [...holding].sort(([a], [b]) => a - b);
  if (first === undefined) return undefined;
  // The noun phrase the clause glosses: from the last clause break before it to where it opens.
  const glossed = Math.max(0, ...[...text.slice(0, first[0]).matchAll(/[,;:]/gu)].map((mark) => mark.index + 1));
  const inClause = ({ token }: TermToken): boolean => holding.some(([start, end]) => token.start >= start && token.end <= end);
  const outside = words.filter((word) => !inClause(word));
  // The glossed phrase says who; the clause tells the claim, so it holds most of the claim's words
  // ("UK house prices increased by 1.1% in December, the first monthly rise since September, …" tells it in the main clause).
  return outside.every(({ token }) => token.start >= glossed && token.end <= first[0]) && outside.length < words.length - outside.length ? holding : undefined;
}

/** A relative clause the background pattern ends at a bracket ("who is accused of an $11bn (£5.8bn) fraud") runs on past it to the clause's end. */
function pastBrackets(text: string, [start, end]: [number, number]): [number, number] {
  if (text[end] !== '(') return [start, end];
  const close = text.indexOf(')', end);
  if (close < 0) return [start, end];
  const rest = /[,;:\u2013\u2014]|\s-\s|$/u.exec(text.slice(close + 1));
  return [start, close + 1 + (rest?.index ?? 0)];
}

/** A dash that closes a clause: spaced (" - "), or written against the word before it ("Sydney- nullified"). */
const CLOSING_DASH = /\s-(?=\s)|(?<=\p{L})-(?=\s)/u;

/**
 * A background span cut at the first dash after its opener: "Lord Bingham - a senior law lord -
 * said the rules were …" glosses the name up to the second dash, and the clause after it is the
 * sentence's own (the background pattern reads a gloss on to the next comma).
 */
function clippedAtDash(text: string, [start, end]: [number, number]): [number, number] {
  const dash = CLOSING_DASH.exec(text.slice(start + 2, end));
  return dash ? [start, start + 2 + dash.index] : [start, end];
}

/** Words a cue may have before the colon it opens ("said", "told MPs"). */
const BEFORE_COLON = 2;

/** Where in `after` (the text after a cue) the colon it opens stands: within a few words, with words of its own past it; -1 when it opens none. */
function colonOpenedBy(after: string): number {
  const colon = after.indexOf(':');
  if (colon < 0) return -1;
  return tokenize(after.slice(0, colon)).length <= BEFORE_COLON && tokenize(after.slice(colon + 1)).length >= CONTENT_AFTER_CUE ? colon : -1;
}

const COORDINATED = /\b(?:and|but|while|whereas|although)\b/iu;
/** A spaced dash (or an en or em dash) that opens an aside after the claim: a cue past it speaks of the aside. */
const ASIDE_DASH = /\s[-\u2013\u2014]\s|[\u2013\u2014]/u;
const RELATIVE_WORD = /\b(?:which|who|whom|whose)\b/iu;

/** A source given as a description: the noun that says what it is and the words that narrow it ("Yukos' US lawyers": lawyers; yukos, us). */
interface Described {
  head: string;
  narrowedBy: Set<string>;
}

/** An owner written in the possessive right before a source ("Yukos' US lawyers", "the firm's lawyers"). */
const OWNER_BEFORE = /((?:\p{Lu}[\p{L}\p{M}.&-]*\s+)*\p{Lu}[\p{L}\p{M}.&-]*)['’]s?\s+$/u;

/**
 * Each link of a chain as a description, or undefined when a link is a name (its last word
 * capitalised and never written in lower case: "Mr Smith", "Labor Department"), which is compared
 * by its names instead. An owner in the possessive just before the link narrows it too.
 */
function describedOf(library: Library, sentence: Sentence, links: readonly string[]): Described[] | undefined {
  const described: Described[] = [];
  for (const link of links) {
    const at = sentence.text.indexOf(link);
    const owner = at > 0 ? OWNER_BEFORE.exec(sentence.text.slice(Math.max(0, at - 40), at))?.[1] : undefined;
    const one = descriptionOf(library, link, owner);
    if (one === undefined) return undefined;
    described.push(one);
  }
  return described;
}

/** Words as a description (see `describedOf`), narrowed by an owner's words too; undefined for a name. */
function descriptionOf(library: Library, link: string, owner?: string): Described | undefined {
  const written = link.split(/\s+/u).filter((word) => word.length > 0);
  const last = written.at(-1);
  if (last === undefined || (/^\p{Lu}/u.test(last) && !library.lowerCaseWords.has(last))) return undefined;
  const words = written.map((word) => word.replace(/['’]s?$/u, '').toLowerCase());
  const narrowedBy = new Set(words.slice(0, -1).filter((word) => !DETERMINERS.has(word)));
  for (const word of owner?.split(/\s+/u) ?? []) narrowedBy.add(word.toLowerCase());
  return { head: termOf(last.toLowerCase()) ?? last.toLowerCase(), narrowedBy };
}

/** A description set off by commas between a named source and its cue: "the House of Lords, the UK's highest court, ruled". */
const APPOSED_DESCRIPTION = /^\s*,\s*((?:the|a|an)\s+[^,;()]+?)\s*,\s*$/iu;

/**
 * The description set beside a named source in the gap before its cue ("the Supreme Tribunal, the country's highest court,
 * ruled": court; country, highest), as a one-link chain, or undefined: another article that gives the description alone
 * names the same source.
 */
function apposedDescriptionOf(library: Library, gap: string): Described[] | undefined {
  const phrase = APPOSED_DESCRIPTION.exec(gap)?.[1];
  const one = phrase === undefined ? undefined : descriptionOf(library, phrase);
  return one === undefined ? undefined : [one];
}

/**
 * True when two chains describe one source: link by link the same noun, one narrowed by no word the
 * other does not also give. "Lawyers", "Yukos lawyers" and "Yukos' US lawyers" are one source told
 * more or less fully, not three; "US officials" and "Russian officials" are two.
 */
function sameDescription(a: readonly Described[], b: readonly Described[]): boolean {
  const within = (x: ReadonlySet<string>, y: ReadonlySet<string>): boolean => [...x].every((word) => y.has(word));
  return (
    a.length === b.length &&
    a.every((one, i) => {
      const other = b[i];
      return other !== undefined && one.head === other.head && (within(one.narrowedBy, other.narrowedBy) || within(other.narrowedBy, one.narrowedBy));
    })
  );
}

/** A source's short forms as written ("ODPM") and as spelt by the initials of its long name as the sentence writes it ("Office of the Deputy Prime Minister"). */
interface ShortForms {
  written: ReadonlySet<string>;
  initials: ReadonlySet<string>;
}

/** A long name from where a link starts in its sentence: capitalised words and the small words inside names. */
const LONG_NAME = /^(?:(?:\p{Lu}[\p{L}\p{M}'’-]*|of|the|and|for|&)\s+)*\p{Lu}[\p{L}\p{M}'’-]*/u;

/**
 * A chain's short forms: the words in capitals it writes ("ODPM", "BRC"), and the initials of each
 * link's long name read on in its sentence ("the Office" runs on to "Office of the Deputy Prime
 * Minister": ODPM; "a British Retail Consortium survey": BRC). A short form in one article and
 * its long name in another name one source.
 */
function acronymsOf(text: string, links: readonly string[]): ShortForms {
  const written = new Set(links.flatMap((link) => link.split(/\s+/u).filter((word) => /^\p{Lu}{2,6}$/u.test(word))));
  const initials = new Set<string>();
  for (const link of links) {
    const bare = link.replace(/^(?:the|a|an)\s+/iu, '');
    const at = text.indexOf(bare);
    const long = at >= 0 ? LONG_NAME.exec(text.slice(at))?.[0] : undefined;
    const letters = (long ?? bare)
      .split(/\s+/u)
      .filter((word) => /^\p{Lu}/u.test(word))
      .map((word) => word[0])
      .join('');
    if (letters.length >= 2) initials.add(letters);
  }
  return { written, initials };
}

/** The capitalised words set off by a comma or a bracket right after a source, when that is all the stretch holds: a name apposed to it. */
function apposedNames(gap: string): string[] {
  return /^\s*[,(]\s*(?:[\p{Lu}&][\p{L}\p{M}.&'’-]*[\s,()]*)+$/u.test(gap) ? (gap.match(/\p{Lu}[\p{L}\p{M}.&'’-]*/gu) ?? []) : [];
}

/** Articles that open a source with a capital: no name. */
const ARTICLE_WORDS: ReadonlySet<string> = new Set(['The', 'A', 'An']);

/**
 * The names in the words a cue puts before the source it introduces ("UKIP spokesman Mark
 * Croucher": UKIP): words written only with a capital, never an article, a title or a word the
 * articles also write in lower case ("Chancellor"). Only before the source, so that a cue running
 * on into its content ("Mr Balls rejected the allegation that Mr Brown …") lends no name.
 */
function introducingNames(library: Library, cueText: string, source: string | undefined): string[] {
  const at = source ? cueText.indexOf(source) : -1;
  if (at <= 0) return [];
  return (cueText.slice(0, at).match(/\p{Lu}[\p{L}\p{M}'’-]*/gu) ?? []).filter((word) => !ARTICLE_WORDS.has(word) && !HONORIFICS.has(word) && !library.lowerCaseWords.has(word));
}

/** A chain of one sentence, with the article it is told in. */
interface ToldBy {
  links: readonly string[];
  articleId: string;
}

/** The words of a role, folded, less its determiners and possessives ("the prime minister": prime, minister). */
function roleWords(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && !DETERMINERS.has(word) && word !== 's');
}

/**
 * True when `role`'s one link is a role ("the prime minister", "The information commissioner",
 * "Chancellor": words the articles also write in lower case) that the library gives the person or
 * body `named`'s one link names ("Blair", "Thomas"), as a title or gloss of theirs ("Information
 * Commissioner Richard Thomas") or as the role the entity table reads as theirs, and the role's own
 * article names them too. One person told by role in one article and by name in another is one
 * source, not a difference in attribution.
 */
function roleOfNamed(library: Library, role: ToldBy, named: ToldBy): boolean {
  const [roleLink] = role.links;
  const [name] = named.links;
  if (role.links.length !== 1 || named.links.length !== 1 || roleLink === undefined || name === undefined) return false;
  const written = roleLink.split(/\s+/u).filter((word) => word.length > 0 && !DETERMINERS.has(word.toLowerCase()));
  if (written.length === 0 || !written.every((word) => /^\p{Ll}/u.test(word) || library.lowerCaseWords.has(word))) return false;
  // A role the entity table reads as a body ("Commercial Services Union") speaks for itself, not as a person's title.
  const kind = library.entities.find(roleLink)?.kind;
  if (kind !== undefined && kind !== 'person') return false;
  const entity = library.entities.entityWrittenIn(named.articleId, name) ?? library.entities.find(name);
  if (!entity?.mentions.some((mention) => mention.nominal !== true && mention.sentence.articleId === role.articleId)) return false;
  const words = roleWords(roleLink);
  const holds = (text: string): boolean => {
    const given = new Set(roleWords(text));
    return words.every((word) => given.has(word));
  };
  return [...entity.descriptors.keys()].some(holds) || entity.mentions.some((mention) => mention.nominal === true && holds(mention.name.text));
}

/** The capitalised words of a chain's links, less a leading article: what names its sources. */
function nameWords(links: readonly string[]): Set<string> {
  return new Set(links.flatMap((link) => link.split(/\s+/u).filter((word, i) => /^\p{Lu}/u.test(word) && !(i === 0 && /^(?:The|A|An)$/u.test(word)))).map((word) => word.replace(/['’]s$/u, '')));
}

function sharesAny(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const word of a) if (b.has(word)) return true;
  return false;
}

/** Words one article quotes and another gives as its own ("‘unwavering support’" and "unwavering support"). */
function quotationDiscrepancies(claim: Claim): Discrepancy[] {
  const result: Discrepancy[] = [];
  const seen = new Set<string>();
  // Each text is folded and read for quotations once, however many quotations are looked for in it.
  const quotedSpansOf = oncePerText(findQuotedStretches);
  const spans = claim.sentences.map((sentence) => quotedSpansOf(sentence.text));
  const foldedOf = oncePerText(foldText);
  for (const [i, sentence] of claim.sentences.entries()) {
    for (const { inner } of spans[i] ?? []) {
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
        const marks = spans[j]?.find((quote) => quote.inner.start <= at && at + key.length <= quote.inner.end);
        if (marks) {
          quoted.push({ text: other.text.slice(marks.span.start, marks.span.end), articleId: other.articleId });
        } else plain.push({ text: other.text.slice(at, at + key.length), articleId: other.articleId });
      }
      if (quoted.length > 0 && plain.length > 0) {
        result.push({ about: `whether “${words}” is quoted`, kind: 'quotation', variants: [...groupVariants(quoted), ...groupVariants(plain)] });
      }
    }
  }
  return result;
}

/**
 * Words that open a subordinate clause: a claim told in one is not told by the main clause's actors. Only those that are
 * never prepositions ("since 1920", "after the deal", "as chairman").
 */
const SUBORDINATOR = /\b(?:when|while|because|although|whereas|if)\b/iu;

/** The kinds of quantity a detail may be: a year or an age is mostly background, and left out. */
const DETAIL_KINDS: ReadonlySet<string> = new Set(['money', 'share', 'count', 'date']);

/**
 * Details some articles give and the others leave out: a figure, a date or a name in the claim's
 * own words ("sold on 19 December for $9.3bn" / "sold to Baikal"). Not a contradiction, and shown
 * as what it is: each variant is the detail, whole tokens verbatim, with the articles that give it.
 * A detail counts as left out only when the other sentence gives nothing of its kind (no sum, no
 * date, no count of that thing, no mention of that person or body): a different figure is a
 * figure discrepancy, not a missing one.
 */
function detailDiscrepancies(library: Library, claim: Claim, read: readonly ReadSentence[]): Discrepancy[] {
  if (claim.articleIds.length < 2) return [];
  const quantitiesOf = oncePerText(readQuantities);
  const own = read.map(({ sentence, termTokens }) => {
    // The claim's words to the end of their clause: "bought the unit for $9.35bn on 19 December" holds its price and day.
    const anchored = claimSpanOf(sentence, claim, termTokens);
    const rest = sentence.text.slice(anchored.end);
    const clauseEnd = /[,;:\u2014\u2013(]/u.exec(rest);
    const span = { start: anchored.start, end: anchored.end + (clauseEnd ? clauseEnd.index : rest.length) };
    const quantities = quantitiesOf(sentence.text).filter((q) => DETAIL_KINDS.has(q.kind));
    // A number written straight after a name ("Chapter 11", "Section 404") names a thing: it is no detail.
    const inSpan = quantities.filter((q) => q.start >= span.start && q.end <= span.end && !/\p{Lu}[\p{L}.]*\s$/u.test(sentence.text.slice(Math.max(0, q.start - 20), q.start)));
    const mentions = library.lookups.mentionsOf(sentence).filter(({ entity }) => {
      const kind = library.entities.entities[entity]?.kind;
      return kind === 'person' || kind === 'organisation';
    });
    // Where the claim's own words begin: a name before them, with a subordinating word between, is the main clause's
    // ("Both Mr Brown and Mr Blair rose to prominence when Lord Kinnock led Labour …" tells Kinnock's years, not Blair's).
    const claimTerms = new Set(claim.terms);
    const firstWord = termTokens.find(({ term, token }) => token.start >= anchored.start && claimTerms.has(term))?.token.start ?? anchored.start;
    const named = mentions.flatMap(({ entity, mention }) => {
      const at = sentence.text.indexOf(mention.name.text, span.start);
      // A name in brackets glosses another ("MChS (the Emergency Situations Ministry)"): a description, compared as one.
      const glossed = at >= 0 && sentence.text.lastIndexOf('(', at) > sentence.text.lastIndexOf(')', at);
      const mainClause = at >= 0 && at < firstWord && SUBORDINATOR.test(sentence.text.slice(at + mention.name.text.length, firstWord));
      return at >= 0 && !glossed && !mainClause && at + mention.name.text.length <= span.end ? [{ entity, text: mention.name.text }] : [];
    });
    return { sentence, quantities, inSpan, entities: new Set(mentions.map(({ entity }) => entity)), named };
  });
  const details = new Map<string, { about: string; pieces: { text: string; articleId: string }[]; lacking: Set<string> }>();
  const note = (key: string, about: string, text: string, giver: Sentence, lacking: readonly Sentence[]): void => {
    if (lacking.length === 0) return;
    const detail = details.get(key) ?? { about, pieces: [], lacking: new Set<string>() };
    detail.pieces.push({ text, articleId: giver.articleId });
    for (const other of lacking) detail.lacking.add(other.articleId);
    details.set(key, detail);
  };
  const termsOf = new Map(read.map(({ sentence, termTokens }) => [sentence, new Set(termTokens.map((token) => token.term))]));
  for (const giver of own) {
    // Only a sentence that tells the same thing leaves a detail out: one the alignment grouped on a few shared names tells another.
    const others = own.filter((other) => other.sentence.articleId !== giver.sentence.articleId && tellAlike(termsOf.get(giver.sentence), termsOf.get(other.sentence)));
    for (const q of giver.inSpan) {
      // A count of the same number is the same detail counted by another noun ("1,000 soldiers", "1,000 demining specialists").
      const sameKind = (other: (typeof own)[number]): boolean => other.quantities.some((o) => o.kind === q.kind && (q.kind !== 'count' || o.unit === q.unit || o.value === q.value));
      const lacking = others.filter((other) => !sameKind(other)).map((other) => other.sentence);
      const text = giver.sentence.text.slice(q.start, q.end);
      note(`${q.kind}:${foldText(text)}`, q.kind === 'date' ? 'a date' : 'a figure', text, giver.sentence, lacking);
    }
    for (const { entity, text } of giver.named) {
      // A name the entity table reads as two ("Emergency Situations Ministry", "Situations Ministry") is one when they share a word of it.
      const words = text.split(/\s+/u).filter((word) => /^\p{Lu}[\p{L}'’-]{3,}$/u.test(word) && !PLACE_WORDS.has(word));
      // A common noun written with a capital ("Election", "Parliament") is no name: the articles also write it in lower case.
      // A run of capitalised words ("Russian Armed Forces") names something, whatever its words.
      const [only] = words;
      if (words.length === 1 && only !== undefined && library.lowerCaseWords.has(only)) continue;
      // Left out only when the other article names it nowhere: "The company emerged from bankruptcy" refers to the WorldCom its article named before.
      const lacking = others.filter((other) => !other.entities.has(entity) && !words.some((word) => library.article(other.sentence.articleId)?.text.includes(word))).map((other) => other.sentence);
      if (words.length > 0) note(`name:${entity}`, 'a name', text, giver.sentence, lacking);
    }
  }
  // Only where some article of the claim leaves it out and none gives a detail of that kind: one variant, the detail itself.
  return [...details.values()]
    .filter((detail) => detail.pieces.every((piece) => !detail.lacking.has(piece.articleId)))
    .map((detail) => ({ about: `${detail.about} ${givingNone(detail.lacking)}`, kind: 'detail' as const, variants: groupVariants(detail.pieces) }));
}

/**
 * The share of their terms (shared terms over the mean of the two counts) two sentences must share
 * to tell one thing, so that a detail one gives is one the other leaves out, not part of another
 * story: a talk between exchange chiefs shares its exchanges' names with a rival's bid and little else.
 */
const TELL_ALIKE_SHARE = 0.5;

function tellAlike(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  if (!a || !b || a.size === 0 || b.size === 0) return false;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return 2 * shared >= TELL_ALIKE_SHARE * (a.size + b.size);
}

/** Words of place names: capitalised, yet they name no person or body ("Russian" in "Russian Armed Forces"). */
const PLACE_WORDS: ReadonlySet<string> = new Set([...PLACE_NAMES].flatMap((name) => name.split(/\s+/u)));
