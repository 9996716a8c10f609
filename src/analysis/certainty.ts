import type { Certainty, CertaintyLevel, Cue, Sourcing } from '../model/answer.ts';
import type { Article, Sentence } from '../model/article.ts';
import {
  CLAIM_WORDS,
  CONTEST_WORDS,
  BEFORE_DISPUTED_REPORTS,
  CONCEDING,
  CONTESTED_PRIZES,
  DENIED_PEOPLE,
  DISPUTED_REPORTS,
  DISPUTING_VERBS,
  ENTITLEMENTS,
  FALSITY_WORDS,
  NAMED_BEFORE_AS,
  NOT_MADE,
  UNDECIDED,
  WITHHOLDING_VERBS,
  type ContestWord,
} from '../text/lexicons/contest-words.ts';
import { CONTESTING } from '../text/lexicons/source-grammar.ts';
import { EXCHANGE_VERBS, INTRODUCING_WORDS, WORDS_PASSED_ON } from '../text/lexicons/reporting-verbs.ts';
import type { Hedge, HedgeReading } from '../text/lexicons/hedges.ts';
import { doubtOverAFuture, findHedges, levelOfHedges, sideClauseSpans, type HedgeFound } from './hedging.ts';
import { futureModalOf } from './future-tense.ts';
import { PhraseMatcher, tokenize, type PhraseMatch, type Token } from '../text/phrase-matcher.ts';
import { familyOfQuotation, findQuotationOwner, findQuotedSpans, type QuotedSpan } from './quotations.ts';
import { chainOf, createSourceMemory, findAttributions, framedByAdverb, nameRolesGivenLater, SOURCE_KIND_ORDER, type Attribution, type SourceLink } from './sources.ts';
import { readAt } from '../model/read-at.ts';
import { keptFrom, NOUNS } from './source-tokens.ts';
import { lexiconTags } from '../text/compromise.ts';
import { HONORIFICS } from '../text/lexicons/entities.ts';
import { SPOKESPEOPLE } from '../text/lexicons/source-names.ts';
import { applyArticleVoices, dropAdverbSources, findArticleVoices, opensQuoting } from './article-voices.ts';
import { HOLDS_LETTER, OPENS_CAPITAL, OPENS_LETTER } from '../text/word-shapes.ts';
import { isGivenName } from '../text/given-name-sex.ts';

/**
 * A quotation in an article and who the article says spoke it. `start`/`end` cover the quoted
 * words without their quote marks (and without a trailing comma inside them), so
 * `article.text.slice(start, end) === text` and a renderer adds its own marks.
 */
export interface Quotation {
  start: number;
  end: number;
  text: string;
  /** The sentence in which the quotation opens. */
  sentenceIndex: number;
  /** Who the article says spoke the words, as it names them; `null` when it names no one. */
  speaker: string | null;
  /** Where the article names the speaker (possibly in an earlier sentence, for a continued quotation). */
  speakerCue?: { text: string; start: number; end: number };
}

/** Everything the certainty analysis finds in one article. */
export interface ArticleAnalysis {
  articleId: string;
  /** One entry per sentence, at the sentence's index. */
  sentences: Certainty[];
  quotations: Quotation[];
  /**
   * Set when the analysis threw on this article (see analyseArticleSafely): `sentences` then hold
   * placeholders that no one may read as the article's, and `quotations` is empty.
   */
  failure?: AnalysisFailure;
}

/** Why an article could not be analysed: the error's message and stack, as they were logged. */
export interface AnalysisFailure {
  message: string;
  stack: string;
}

const CONTEST = new PhraseMatcher(CONTEST_WORDS);
/** How far after a contest verb its object may name the claim (`dismissed the latest Treasury figures`). */
const OBJECT_REACH = 6;
/** How far before a passive contest verb its subject may name the claim (`This narrative, however, has been challenged`). */
const SUBJECT_REACH = 5;
/** What opens the object of `disputed`/`contested` used as a verb (`disputed the figures`, `contests that`). */
const OBJECT_START = new Set([
  'the',
  'that',
  'this',
  'these',
  'those',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'it',
  'them',
  'any',
  'some',
  'whether',
  'by',
  'claims',
  'reports',
  'allegations',
  'figures',
  'suggestions',
]);
/** Words after `questioned`/`rejected` that open the claim itself (`questioned whether`, `questioned how long`). */
const OPENS_CLAUSE = new Set(['that', 'whether', 'how', 'what', 'why', 'if']);
/** Who is refused, or an article, between `denied` and what is refused (`denied him access`, `denied a visa`). */
const DENIED_TO_OR_DETERMINER = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'a', 'an', 'the', 'any', 'its', 'their', 'his']);
/** Subject pronouns of an inverted condition (`had he denied`). */
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
/** What people `were questioned` on or by when they were asked, not doubted (`questioned on output`, `questioned by police`). */
const ASKED_ABOUT = new Set(['on', 'about', 'over', 'by', 'in', 'at', 'for', 'after']);
/** What was declared of a contest (`the election result`, `the count`): disputing it disputes a claim. */
const DECLARED = new Set(['outcome', 'count', 'tally']);
const DIGIT = /\d/;
/** Modals before a contest verb that make it a denial that may happen, not one that did (`could be dismissed`). */
const MAY_HAPPEN = new Set(['could', 'might', 'may']);
/** Forms before a verb in the passive or perfect (`was disputed`, `has contested`). */
const AUXILIARY = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had']);

/** The level decision on one sentence alone, with the hedge cues that decided it (offsets into `text`). */
export function analyseSentenceText(text: string): { level: CertaintyLevel; cues: Cue[] } {
  const hedges = findHedges(tokenize(text), text);
  return { level: levelOfHedges(hedges), cues: hedges.map((found) => hedgeCue(text, found)) };
}

function hedgeCue(text: string, found: HedgeFound): Cue {
  return { text: text.slice(found.start, found.end), start: found.start, end: found.end, kind: found.hedge.category === 'conditional' ? 'conditional' : 'hedge' };
}

/** A comma, a semicolon, a colon or a dash set off by spaces: where a clause of concession ends. */
const CLAUSE_END = /[,;:]|\s[\u2013\u2014-]\s/u;

/**
 * The spans of clauses of concession (`CONCEDING`: `although`, `though`, `whilst`) that stand beside a main clause of the
 * sentence, before or after them (`The Tories backed the plans although Mr Howard was forced to deny the shadow cabinet was
 * split`): a denial there disputes the clause's own matter, not the sentence's claim. A clause that is the whole sentence but
 * its opener has no main clause beside it, and keeps its contest.
 */
function concessionSpans(tokens: readonly Token[], text: string): { first: number; last: number }[] {
  const spans: { first: number; last: number }[] = [];
  for (let j = 0; j < tokens.length - 1; j++) {
    if (!CONCEDING.has(readAt(tokens, j, 'tokens').norm)) continue;
    let last = j + 1;
    while (last + 1 < tokens.length && !CLAUSE_END.test(text.slice(readAt(tokens, last, 'tokens').end, readAt(tokens, last + 1, 'tokens').start))) last++;
    const mainBefore = tokens.slice(0, j).some((token) => !CONJUNCTIONS_BEFORE_CLAUSE.has(token.norm));
    if (mainBefore || last + 1 < tokens.length) spans.push({ first: j + 1, last });
  }
  return spans;
}

/** Words by which a denial points back to what the sentence has said (`though the firm denied it`, `denied this`, `denied the reports`). */
const POINTS_BACK: ReadonlySet<string> = new Set(['it', 'this', 'that', 'them', 'these', 'those', 'so', ...DISPUTED_REPORTS]);

/**
 * True when a contest word is a verb of denial with matter of its own after it (`deny the shadow cabinet was split`, `rejected
 * the Tory idea of quotas`), not one that points back to the sentence's claim (`though the firm denied it`, `denied the
 * reports`) or says it is unconfirmed (`though officials have not confirmed the details`), which contest the claim wherever
 * they stand.
 */
function deniesOwnMatter(text: string, tokens: readonly Token[], match: PhraseMatch<ContestWord>): boolean {
  if (
    !DISPUTING_VERBS.has(readAt(tokens, match.first, 'tokens').norm) ||
    match.last + 1 >= tokens.length ||
    CLAUSE_END.test(text.slice(readAt(tokens, match.last, 'tokens').end, readAt(tokens, match.last + 1, 'tokens').start))
  )
    return false;
  let next = match.last + 1;
  while (next < tokens.length - 1 && BEFORE_DISPUTED_REPORTS.has(readAt(tokens, next, 'tokens').norm)) next++;
  return !POINTS_BACK.has(readAt(tokens, next, 'tokens').norm);
}

/** Words that may open a sentence before a clause of concession without being a main clause (`But although …`, `And though …`). */
const CONJUNCTIONS_BEFORE_CLAUSE: ReadonlySet<string> = new Set(['and', 'but', 'yet', 'even']);

/** Verbs paired with a denial held back (`would not confirm or deny`). */
const CONFIRMING: ReadonlySet<string> = new Set(['confirm', 'confirms', 'confirmed', 'confirming', 'admit', 'admits', 'admitted', 'admitting']);

/**
 * True when a contest word, read in its sentence, says that someone denies or disputes a claim:
 * `dismissed these claims`, `disputed the figures`, `denied that`, not `dismissed an attempt`,
 * `to solve disputes`, `contested races` or `denied bail`.
 */
function holdsContest(tokens: readonly Token[], match: PhraseMatch<ContestWord>): boolean {
  const after = (reach: number): Token[] => tokens.slice(match.last + 1, match.last + 1 + reach);
  const before = tokens.slice(Math.max(0, match.first - SUBJECT_REACH), match.first);
  const next = tokens[match.last + 1]?.norm ?? '';
  const namesClaim = (words: readonly Token[]): boolean => words.some((token) => CLAIM_WORDS.has(token.norm));
  // `could be dismissed as self-delusion`, `might dispute`: a denial that may happen has not.
  const beforeVerb = tokens[match.first - 1]?.norm === 'be' ? match.first - 2 : match.first - 1;
  if (MAY_HAPPEN.has(tokens[beforeVerb]?.norm ?? '')) return false;
  if (match.entry.category !== 'unconfirmed' && saidNotMade(tokens, match.first)) return false;
  // `is casting doubt on the firm's future`: an outcome in doubt is news, no claim disputed.
  const doubtWord = tokens.slice(match.first, match.last + 1).findIndex((token) => /^doubts?$/u.test(token.norm));
  if (doubtWord >= 0 && doubtOverAFuture(tokens, match.first + doubtWord, undefined)) return false;
  switch (match.entry.rule) {
    case undefined:
      return true;
    case 'named-false': {
      // `described the claims as "complete nonsense"`: after `described` alone the false word comes after an `as`.
      const needsAs = NAMED_BEFORE_AS.has(match.entry.phrase);
      const words = after(OBJECT_REACH);
      return words.some((token, f) => FALSITY_WORDS.has(token.norm) && (!needsAs || words.slice(0, f).some((word) => word.norm === 'as')) && (namesClaim(before) || namesClaim(words.slice(0, f + 1))));
    }
    case 'false-statement':
      return next !== 'on' && next !== 'for';
    case 'deny-claim': {
      // `denied bail`, `denied him access`, `denied a visa`; but `denied security services were involved` disputes.
      const [first, second] = after(2).map((token) => token.norm);
      // `had he denied the charge` supposes a denial that did not happen; `failed to deny` reports none.
      if (tokens[match.first - 2]?.norm === 'had' && PERSONAL_PRONOUNS.has(tokens[match.first - 1]?.norm ?? '')) return false;
      if (tokens[match.first - 1]?.norm === 'to' && WITHHOLDING_VERBS.has(tokens[match.first - 2]?.norm ?? '')) return false;
      // `neither confirmed nor denied`, `would not confirm or deny`: a denial held back disputes nothing.
      if (tokens[match.first - 1]?.norm === 'nor' || (tokens[match.first - 1]?.norm === 'or' && CONFIRMING.has(tokens[match.first - 2]?.norm ?? ''))) return false;
      // `nobody is denying suggestions`: a denial no one makes disputes nothing.
      if (tokens.slice(Math.max(0, match.first - 4), match.first).some((token, k, words) => token.norm === 'nobody' || (token.norm === 'one' && words[k - 1]?.norm === 'no'))) return false;
      // `in a state of denial`: a frame of mind someone is said to be in, no claim denied.
      if (match.entry.phrase === 'denial' && tokens[match.first - 1]?.norm === 'of' && tokens[match.first - 2]?.norm === 'state') return false;
      // `has denied Elvis his fourth number one`, `denied him a place`, `denied Labour the seat`: someone kept from something
      // (a person or body, then what they did not get) is no claim disputed.
      if (keptFrom(tokens, match.last)) return false;
      const recipient = DENIED_TO_OR_DETERMINER.has(first ?? '') || DENIED_PEOPLE.has(first ?? '');
      return !(ENTITLEMENTS.has(first ?? '') || (recipient && ENTITLEMENTS.has(second ?? '')) || entitlementAhead(after(4)));
    }
    case 'claim-object':
      // `the poll, which questioned 1,943 adults`: people asked, counted.
      if (match.entry.phrase === 'questioned' && DIGIT.test(next)) return false;
      // `firms were questioned on output`: people asked, not a claim doubted (`the figures were questioned over` still is).
      if (match.entry.phrase === 'questioned' && AUXILIARY.has(tokens[match.first - 1]?.norm ?? '') && ASKED_ABOUT.has(next) && !namesClaim(before)) return false;
      // `Teenagers questioned for a survey`, `men questioned by police`: people asked, with the `were` left out.
      if (match.entry.phrase === 'questioned' && (next === 'for' || next === 'by') && !namesClaim(before)) return false;
      // `sceptical about how much difference it could make`: a clause after `about` or `of` is a claim too.
      return (
        OPENS_CLAUSE.has(next) ||
        ((next === 'about' || next === 'of') && OPENS_CLAUSE.has(after(2)[1]?.norm ?? '')) ||
        namesClaim(after(OBJECT_REACH)) ||
        after(OBJECT_REACH).some((token) => FALSITY_WORDS.has(token.norm)) ||
        namesClaim(before)
      );
    case 'dispute-verb': {
      const previous = tokens[match.first - 1]?.norm ?? '';
      // `contesting the Sheffield Hallam seat`: standing for a prize, not disputing a claim.
      // `disputed the election result` still disputes what was declared.
      if (after(4).some((token) => CONTESTED_PRIZES.has(token.norm)) && !namesClaim(after(5)) && !after(5).some((token) => DECLARED.has(token.norm))) return false;
      // `games at major tournaments have to be contested on grass`: the prize stands before a passive, and nothing declared of
      // it or claimed stands anywhere before (`The count in the final ward was contested` still disputes).
      const subject = tokens.slice(0, match.first);
      if (AUXILIARY.has(previous) && before.some((token) => CONTESTED_PRIZES.has(token.norm)) && !namesClaim(subject) && !subject.some((token) => DECLARED.has(token.norm))) return false;
      return OBJECT_START.has(next) || AUXILIARY.has(previous) || namesClaim(after(2));
    }
    case 'confirm-claim':
      // `has yet to confirm whether he will stand`: a step still to be decided, no claim in doubt.
      return !after(3).some((token) => UNDECIDED.has(token.norm));
  }
}

/** Words that may stand between a word of NOT_MADE and the contest word (`not to be denied`, `never been disputed`). */
const BETWEEN_NOT_AND_CONTEST = new Set(['to', 'be', 'been']);

/** True when the contest word at `first` is said not to be made (`cannot deny that`, `would not be denied`, `never doubted`). */
function saidNotMade(tokens: readonly Token[], first: number): boolean {
  let at = first - 1;
  while (at > 0 && first - at <= 2 && BETWEEN_NOT_AND_CONTEST.has(readAt(tokens, at, 'tokens').norm)) at--;
  const word = tokens[at]?.norm ?? '';
  return NOT_MADE.has(word) || word.endsWith("n't");
}

/** Words that open a clause or name a claim after `denied`: past them, a later entitlement is not what is denied (`denied he was given access`). */
const BREAKS_DENIED_OBJECT = new Set([...OPENS_CLAUSE, ...PERSONAL_PRONOUNS, ...AUXILIARY]);

/**
 * True when what is denied is an entitlement reached through its recipient and describing words
 * only (`denied adequate sporting opportunities`, `denying them otherwise winnable seats`).
 */
function entitlementAhead(words: readonly Token[]): boolean {
  for (const [k, word] of words.entries()) {
    // `denied security services were involved`: the entitlement word is the subject of a clause.
    if (ENTITLEMENTS.has(word.norm)) return !BREAKS_DENIED_OBJECT.has(words[k + 1]?.norm ?? '');
    if (BREAKS_DENIED_OBJECT.has(word.norm) || CLAIM_WORDS.has(word.norm) || !OPENS_LETTER.test(word.norm)) return false;
  }
  return false;
}

/** Where a sentence's attribution came from when its own words give none. */
interface Inherited {
  links: SourceLink[];
}

/**
 * The certainty of every sentence of an article and every quotation with its speaker.
 *
 * Attribution reaches across sentences where English does: `he said` and `the agency claimed`
 * refer back to the last person or outlet named; a paragraph that opens with `According to X`
 * is X's throughout; a sentence that only continues a quotation is its speaker's. Cues are only
 * ever words of the sentence itself.
 */
export function analyseArticle(article: Article): ArticleAnalysis {
  const { text, sentences } = article;
  const quoted = findQuotedSpans(text, article.paragraphs);
  const inQuotation = quotationLookup(quoted);
  const memory = createSourceMemory(article.meta.headline, article.text);
  const tokensOf: Token[][] = [];
  const ownAttributions: Attribution[][] = [];
  for (const sentence of sentences) {
    const tokens = tokenize(text, sentence.start, sentence.end);
    tokensOf.push(tokens);
    memory.paragraph = sentence.paragraph;
    ownAttributions.push(dropAdverbSources(text, sentence, findAttributions(text, tokens, memory, inQuotation)));
  }
  const leadParagraph = sentences[0]?.paragraph;
  nameRolesGivenLater(
    ownAttributions.slice(
      0,
      Math.max(
        0,
        sentences.findIndex((sentence) => sentence.paragraph !== leadParagraph),
      ) || sentences.length,
    ),
    memory,
  );

  const quotations = assignSpeakers(text, sentences, quoted, ownAttributions);
  // A guest's piece and readers' comments are their voice, not the article's (article-voices.ts).
  const voiced = applyArticleVoices(findArticleVoices(article, tokensOf, inQuotation), ownAttributions, inheritAttributions(sentences, ownAttributions, quotations));

  const certainties = sentences.map((sentence, index) => {
    const tokens = readAt(tokensOf, index, 'tokensOf');
    // `…, but might have fallen further had the bid not been confirmed`: what a side clause says did not happen is no hedge of the
    // article's and disputes nothing.
    const sideClauses = sideClauseSpans(tokens, text);
    const hedges = findHedges(tokens, text, sideClauses);
    const conceded = concessionSpans(tokens, text);
    const contests = CONTEST.findAll(tokens).filter(
      (match) =>
        holdsContest(tokens, match) &&
        !sideClauses.some((span) => match.first >= span.first && match.first <= span.last) &&
        !(deniesOwnMatter(text, tokens, match) && conceded.some((span) => match.first >= span.first && match.first <= span.last)),
    );
    const own = readAt(voiced.own, index, 'ownAttributions');
    // A hedge already says the sentence is short of a fact; only an unhedged one needs its future named.
    const future = hedges.length === 0 ? futureModalOf(tokens, text) : undefined;
    return describeSentence(text, sentence, hedges, contests, own, voiced.inherited[index], future, unsourcedVoice(text, sentence, tokens, inQuotation));
  });
  return { articleId: article.id, sentences: certainties, quotations: quotations.map(({ links: _links, ...quotation }) => quotation) };
}

/** How a sentence that names no source still shows it is someone's words: quoted, or in the first person outside quotation marks. */
type UnsourcedVoice = 'quoted' | 'first person';

/** The share of a sentence's letters inside quotation marks above which it reads as a quotation, not a sentence quoting a phrase. */
const QUOTED_SHARE = 0.6;
/** The first person singular as a subject: `I`, `I'm`, `I've`, `I'd`, `I'll`. */
const FIRST_PERSON_SUBJECT = new Set(['i', "i'm", "i've", "i'd", "i'll"]);

/**
 * Whose words a sentence with no source found plainly is: a quotation whose speaker was not found (`"I felt we did enough to
 * win."` in a paragraph of its own), or a writer speaking as `I` outside quotation marks (a column, an interview printed as
 * prose). Either is someone's words, never the article's statement of fact. `I` as a numeral or in a title (`World War I`,
 * `I Believe in You`) stands between capitalised words and is no one speaking.
 */
function unsourcedVoice(text: string, sentence: Sentence, tokens: readonly Token[], inQuotation: (offset: number) => boolean): UnsourcedVoice | undefined {
  if (opensQuoting(sentence, inQuotation)) {
    let letters = 0;
    let quoted = 0;
    for (let offset = sentence.start; offset < sentence.end; offset++) {
      if (!/\p{L}/u.test(readAt(text, offset, 'text'))) continue;
      letters++;
      if (inQuotation(offset)) quoted++;
    }
    if (letters > 0 && quoted >= letters * QUOTED_SHARE) return 'quoted';
  }
  const speaks = tokens.some((token, i) => {
    if (!FIRST_PERSON_SUBJECT.has(token.norm) || !token.raw.startsWith('I') || inQuotation(token.start)) return false;
    const next = tokens[i + 1];
    const previous = tokens[i - 1];
    // `Henry I was crowned`: a capitalised word before `I` makes it a numeral, unless it is the sentence's opening `But` or `So`.
    return next !== undefined && !OPENS_CAPITAL.test(next.raw) && (previous === undefined || !OPENS_CAPITAL.test(previous.raw) || (i === 1 && !isGivenName(previous.norm)));
  });
  return speaks ? 'first person' : undefined;
}

function quotationLookup(quoted: readonly QuotedSpan[]): (offset: number) => boolean {
  return (offset) => {
    // Quoted spans are in text order and do not overlap, so a binary search finds the one that could hold `offset`.
    let low = 0;
    let high = quoted.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const span = readAt(quoted, middle, 'quoted').outer;
      if (offset < span.start) high = middle - 1;
      else if (offset >= span.end) low = middle + 1;
      else return true;
    }
    return false;
  };
}

function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  let found = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (readAt(sentences, middle, 'sentences').start <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** A speaker of the chain to name for a quotation: its innermost link, who spoke the words. */
function speakerOf(attribution: Attribution): SourceLink {
  return readAt(attribution.links, attribution.links.length - 1, 'links');
}

/** The verbs by which an outlet or a document relays someone's words (`quoted X as saying`). */
const QUOTES_SOMEONE = /^(?:quoted|quotes|quoting)$/u;

/**
 * The attribution of the one `relay` quotes, when `relay` is `X quoted Y as saying` and the sentence reads Y as a source of
 * its own right after the verb; undefined otherwise.
 */
function quotedByRelay(text: string, relay: Attribution, candidates: readonly Attribution[]): Attribution | undefined {
  if (!QUOTES_SOMEONE.test(relay.phrase)) return undefined;
  return candidates.find((other) => other !== relay && other.source.start >= relay.cue.end && !/[^\s\p{L}\p{N}'’-]/u.test(text.slice(relay.cue.end, other.source.start)));
}

/** A quotation with the chain its speaker came from, which a following sentence may inherit. */
type SpokenQuotation = Quotation & { links: SourceLink[] };

function assignSpeakers(text: string, sentences: readonly Sentence[], quoted: readonly QuotedSpan[], ownAttributions: readonly Attribution[][]): SpokenQuotation[] {
  const quotations: SpokenQuotation[] = [];
  // Each quotation's speaking turn, for the quotations after it that name no one: words cited as a label or held by another
  // are no one's turn, and the verb's speaker of their sentence, if any, is the one who carries on.
  const turns: SpokenQuotation[] = [];
  const quotesSpeechInDouble = quoted.some((span) => familyOfQuotation(text, span) === 'double');
  for (const span of quoted) {
    const sentenceIndex = sentenceIndexAt(sentences, span.outer.start);
    const sentence = readAt(sentences, sentenceIndex, 'sentences');
    // A quotation of several sentences (`"We cannot go on. The service is failing," said X.`) is
    // attributed where it closes as well as where it opens.
    let closingIndex = sentenceIndexAt(sentences, Math.max(span.outer.start, span.outer.end - 1));
    // `… worse off a year. " And Chancellor Gordon Brown said`: a closing mark set off by a space opens the next sentence
    // as the splitter reads it, but closes the one before; the next sentence's speaker is not this quotation's.
    const closing = readAt(sentences, closingIndex, 'sentences');
    if (closingIndex > sentenceIndex && !/[\p{L}\p{N}]/u.test(text.slice(closing.start, span.outer.end))) closingIndex--;
    const candidates = (
      closingIndex === sentenceIndex
        ? readAt(ownAttributions, sentenceIndex, 'ownAttributions')
        : [...readAt(ownAttributions, sentenceIndex, 'ownAttributions'), ...readAt(ownAttributions, closingIndex, 'ownAttributions')]
    ).filter((attribution) => attribution.category !== 'interview' && !framedByAdverb(attribution) && attribution.disputedBy === undefined);
    // `'...,' said X` and `'...,' X added`: the attribution right after the closing mark.
    let chosen = candidates.find((attribution) => {
      const from = Math.min(attribution.cue.start, attribution.source.start);
      return from >= span.outer.end && !/[\p{L}\p{N}]/u.test(text.slice(span.outer.end, from));
    });
    chosen ??= reportingSpeaker(
      text,
      candidates,
      [...candidates].reverse().find((attribution) => Math.max(attribution.cue.end, attribution.source.end) <= span.outer.start),
      span.outer.start,
    );
    // `Mr Howard has dismissed claims that his policy was "moving onto the turf" of the BNP`, `denied the party was trying to
    // "hide" him`: words quoted inside what someone contests are the claim's makers', not theirs (`dismissed the report as
    // "nonsense"`, `dismissed them as a "load of nonsense"` and `denied "wanting the job"`, quoted right after the verb or its
    // `as`, stay theirs).
    const contestedClaim =
      chosen !== undefined &&
      CONTESTING.test(chosen.phrase) &&
      chosen.cue.end <= span.outer.start &&
      HOLDS_LETTER.test(text.slice(chosen.cue.end, span.outer.start)) &&
      !/\bas(?:\s+(?:a|an|the))?\s*$/u.test(text.slice(chosen.cue.end, span.outer.start));
    if (contestedClaim) chosen = undefined;
    else {
      // `was described as a "consummate professional" by his friend Michael Pointon`: a passive whose verb comes before the
      // quotation and whose agent comes after it gives the words to the agent.
      chosen ??= candidates.find((attribution) => attribution.cue.end <= span.outer.start && attribution.source.start >= span.outer.end);
      chosen ??= candidates.find((attribution) => Math.min(attribution.cue.start, attribution.source.start) >= span.outer.end);
    }
    // `"…," Reuters quoted a central bank official as saying`: the outlet relays the words, which are the one it quotes'.
    const quotedSpeaker = chosen ? quotedByRelay(text, chosen, candidates) : undefined;
    const relay = quotedSpeaker ? chosen : undefined;
    if (quotedSpeaker) chosen = quotedSpeaker;
    // `the so-called "Fagin" posters`, `the Home Secretary's plans for "control orders"`: words cited as a label are no one's,
    // and words held by someone named beside them are that holder's, not the verb's speaker's (quotations.ts).
    const owner = findQuotationOwner(text, sentence, span.outer, chosen ? speakerOf(chosen).name : null);
    const verbChosen = chosen;
    if (owner) chosen = undefined;
    const quotation: SpokenQuotation = { start: span.words.start, end: span.words.end, text: text.slice(span.words.start, span.words.end), sentenceIndex, speaker: null, links: [] };
    // A term the writer marks in narrative (termInResumedNarrative) is no one's turn: a quotation after it goes on with the
    // speaker before.
    let markedInNarrative = false;
    if (owner?.kind === 'holder') {
      quotation.speaker = owner.name;
      quotation.speakerCue = { text: text.slice(owner.holder.start, owner.holder.end), start: owner.holder.start, end: owner.holder.end };
    } else if (chosen) {
      quotation.speaker = speakerOf(chosen).name;
      quotation.speakerCue = { text: text.slice(chosen.source.start, chosen.source.end), start: chosen.source.start, end: chosen.source.end };
      quotation.links = relay ? chainOf([relay, chosen]) : chosen.links;
    } else if (candidates.length === 0 && !owner) {
      // A quotation in a sentence with no source of its own continues the last quoted speaker of
      // the paragraph; one that opens a paragraph continues the last speaker of the paragraph
      // before, since news style introduces a new speaker before quoting them.
      const previous = turns[turns.length - 1];
      const previousParagraph = previous ? sentences[previous.sentenceIndex]?.paragraph : undefined;
      const opensParagraph = sentenceIndex === 0 || sentences[sentenceIndex - 1]?.paragraph !== sentence.paragraph;
      const atParagraphStart = opensParagraph && span.outer.start === sentence.start;
      // `A UKIP spokesman said … They were from a broad spectrum … "unfeasibility of the EU"`: someone who spoke after the
      // last quotation, without quoting, is the one whose account the sentence goes on with.
      const spokeSince = previous ? latestSpeaker(ownAttributions, previous.sentenceIndex + 1, sentenceIndex) : undefined;
      const since = spokeSince?.attribution;
      // `Mr Dein said that … . Since 1992, clubs have seen their income soar. "Television has been …"`: a sentence that is all
      // quotation goes on with the last one who spoke, reported or quoted, in its paragraph or the one before, when at most
      // two sentences of the article's own narrative, naming no one speaking, stand between: news style names a new speaker
      // before quoting them.
      const afterNarrative = (() => {
        // `"…," Mr Champion.`, `"…," smiles one broker.`: words after the quotation tag it, a speaker of its own.
        if (span.outer.start !== sentence.start || /[\p{L}\p{N}]/u.test(text.slice(span.outer.end, sentence.end)) || !previous) return false;
        const lastSpoke = spokeSince?.index ?? previous.sentenceIndex;
        const paragraph = sentences[lastSpoke]?.paragraph ?? -1;
        return sentenceIndex - lastSpoke - 1 <= NARRATIVE_BETWEEN && paragraph >= sentence.paragraph - 1 && noneSpeaksBetween(ownAttributions, lastSpoke + 1, sentenceIndex);
      })();
      // `"…," he said. Double try scorer Martyn Williams was keen not to talk about … "We've got more self-belief …"`: a
      // sentence since the last speaker whose subject is someone else, named in full, brings in the next speaker.
      const introduced = previous ? introducedSubject(text, sentences, (spokeSince?.index ?? previous.sentenceIndex) + 1, sentenceIndex, quotations) : undefined;
      const carriesOn = previousParagraph === sentence.paragraph || (atParagraphStart && previousParagraph === sentence.paragraph - 1) || afterNarrative;
      // `The proposed question is: "Should …?"`: words a form of `be` introduces are a text cited, not anyone's speech.
      const cited = COPULA_COLON.test(text.slice(Math.max(sentence.start, span.outer.start - 12), span.outer.start));
      // `to demonstrate the "central role" Mr Brown will play`: a sentence that quotes a phrase inside its own words and
      // names the last speaker outside it speaks of them, in the article's voice.
      const aboutSpeaker = previous?.speaker && span.outer.start > sentence.start ? namesOutside(text, sentence, span.outer, previous.speaker) : false;
      // `The Labour party has committed itself to "…"`: a quotation inside a sentence whose own subject is someone the article
      // names is that subject's words or a phrase cited, not the last speaker's going on.
      const ownSubject = span.outer.start > sentence.start && opensWithOwnSubject(text.slice(sentence.start, span.outer.start));
      // `Ireland's economic 'miracle' is enjoying a second wind`: in an article that quotes speech in double marks, words in
      // single marks that no one in their sentence speaks are a term the writer marks, not the last speaker going on.
      const markedTerm = quotesSpeechInDouble && familyOfQuotation(text, span) === 'single';
      // `… she says. Poor training frustrates staff. As a result, call centres have a high "churn rate"`: a phrase quoted
      // inside a sentence that follows a sentence of the article's own narrative is a term the writer marks, no one's words.
      markedInNarrative = previous !== undefined && termInResumedNarrative(text, sentences, quotations, ownAttributions, span, sentenceIndex, previous.sentenceIndex);
      if (previous && previous.speaker !== null && carriesOn && !cited && !aboutSpeaker && !ownSubject && !markedTerm && !markedInNarrative) {
        if (introduced && !previous.speaker.endsWith(introduced.split(' ').at(-1) ?? introduced)) {
          quotation.speaker = introduced;
          quotation.links = [{ name: introduced, kind: 'named', person: true, role: 'person' }];
        } else if (since) {
          quotation.speaker = speakerOf(since).name;
          quotation.speakerCue = { text: text.slice(since.source.start, since.source.end), start: since.source.start, end: since.source.end };
          quotation.links = since.links;
        } else {
          // `… asked Mr Dole: "Did you sign?" / "Yes," replied Mr Dole. / "Did you read them?"`: a question after an answer
          // to someone else's question is the asker's next turn, not the answerer's.
          const turn = questionerOf(text, sentences, turns, quotation) ?? previous;
          quotation.speaker = turn.speaker;
          if (turn.speakerCue) quotation.speakerCue = turn.speakerCue;
          quotation.links = turn.links;
        }
      }
    }
    quotations.push(quotation);
    if (!owner && !markedInNarrative) turns.push(quotation);
    else if (verbChosen)
      turns.push({
        ...quotation,
        speaker: speakerOf(verbChosen).name,
        speakerCue: { text: text.slice(verbChosen.source.start, verbChosen.source.end), start: verbChosen.source.start, end: verbChosen.source.end },
        links: verbChosen.links,
      });
  }
  giveContinuedQuotationsTheirSpeaker(quoted, quotations);
  return quotations;
}

/**
 * True when the quotation `span`, opening after its sentence's first word, stands in a sentence whose sentence before is the
 * article's own narrative (no source, and no quotation in `spoken` with a speaker) and comes after the last quoted turn's sentence
 * (`lastTurn`): the speaker's account has stopped, and a word or phrase quoted in the narrative that takes up again is a
 * term marked by the writer (`the transmitter creates a private, magnetic "bubble"`), not that speaker going on. A quotation
 * right after a form of `be` (`The number … was "rising slowly"`) predicates a judgement and is left to the speaker.
 */
function termInResumedNarrative(
  text: string,
  sentences: readonly Sentence[],
  spoken: readonly Quotation[],
  ownAttributions: readonly Attribution[][],
  span: QuotedSpan,
  sentenceIndex: number,
  lastTurn: number,
): boolean {
  const sentence = readAt(sentences, sentenceIndex, 'sentences');
  const before = text.slice(sentence.start, span.outer.start);
  if (!HOLDS_LETTER.test(before) || PREDICATED_BY_BE.test(before)) return false;
  const narrativeIndex = sentenceIndex - 1;
  if (narrativeIndex <= lastTurn || readAt(ownAttributions, narrativeIndex, 'ownAttributions').length > 0) return false;
  const narrative = readAt(sentences, narrativeIndex, 'sentences');
  return !spoken.some((other) => other.speaker !== null && other.start < narrative.end && other.end > narrative.start);
}

/** A form of `be`, with an adverb in -ly at most, right before a quotation (`was "rising slowly"`, `were "always on-going"`). */
const PREDICATED_BY_BE = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?$/u;

/** True when a quotation's words are one question alone (`Did you read them first?`). */
function isOneQuestion(words: string): boolean {
  return /\?\s*$/u.test(words) && !/[.!?]\s+\S/u.test(words);
}

/**
 * In an exchange of questions and answers, the turn whose speaker asks the quotation `next` (one question, with no speaker of
 * its own): the turn before the last, when it was a question, the last turn an answer to it by someone else, and either
 * sentence says a question was put or answered (EXCHANGE_VERBS). Undefined otherwise.
 */
function questionerOf(text: string, sentences: readonly Sentence[], turns: readonly SpokenQuotation[], next: Quotation): SpokenQuotation | undefined {
  const answer = turns.at(-1);
  const question = turns.at(-2);
  if (!answer || !question || question.speaker === null || question.speaker === answer.speaker || !isOneQuestion(next.text)) return undefined;
  if (!/\?\s*$/u.test(question.text) || /\?\s*$/u.test(answer.text)) return undefined;
  const said = (turn: SpokenQuotation) => {
    const sentence = readAt(sentences, turn.sentenceIndex, 'sentences');
    return EXCHANGE_VERBS.test(text.slice(sentence.start, sentence.end));
  };
  return said(question) || said(answer) ? question : undefined;
}

/** The last attribution of speech not inside another in the sentences `from` up to (not including) `to`, with its sentence. */
function latestSpeaker(ownAttributions: readonly Attribution[][], from: number, to: number): { attribution: Attribution; index: number } | undefined {
  for (let index = to - 1; index >= from; index--) {
    const attribution = readAt(ownAttributions, index, 'ownAttributions').find((found) => found.category === 'speech' && !found.nested);
    if (attribution) return { attribution, index };
  }
  return undefined;
}

/** How many sentences of narrative may stand between a speaker and a quotation that goes on with them. */
const NARRATIVE_BETWEEN = 2;

/** True when no sentence from `from` up to `to` (not included) has an attribution of its own. */
function noneSpeaksBetween(ownAttributions: readonly Attribution[][], from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (readAt(ownAttributions, index, 'ownAttributions').length > 0) return false;
  return true;
}

/**
 * The person named in full, by a given name and a surname, as the subject of the last sentence from `from` to before `to`
 * (`Double try scorer Martyn Williams was keen not to talk …`, `Man-of-the-match Stephen Jones, who kicked three penalties,
 * was ecstatic`): within the sentence's first words, straight before its verb or an apposition, outside every quotation;
 * undefined otherwise.
 */
function introducedSubject(text: string, sentences: readonly Sentence[], from: number, to: number, quoted: readonly { start: number; end: number }[]): string | undefined {
  if (to - 1 < from) return undefined;
  const { start, end } = readAt(sentences, to - 1, 'sentences');
  // (`"I thought we dominated. Matt Stevens had an awesome game …"`: a sentence inside a quotation is the speaker's own.)
  if (quoted.some((quotation) => quotation.start <= start && quotation.end >= start)) return undefined;
  const match = INTRODUCED_SUBJECT.exec(text.slice(start, end));
  const given = match?.[1];
  return given !== undefined && match?.[2] !== undefined && isGivenName(given.toLowerCase()) ? `${given} ${match[2]}` : undefined;
}

/** A sentence opening with at most four words of description, then a given name and a surname, then a comma or a lower-case verb. */
const INTRODUCED_SUBJECT = /^(?:[\p{L}-]+\s+){0,4}?(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}'’-]*\p{L})(?:,|\s+(?:has|have|had|was|is|will|\p{Ll}+ed)\b)/u;

/** True when the sentence names `speaker` (by the last word of the name) outside the quotation `outer`. */
function namesOutside(text: string, sentence: Sentence, outer: { start: number; end: number }, speaker: string): boolean {
  const surname = speaker.split(/\s+/u).at(-1) ?? '';
  if (!OPENS_CAPITAL.test(surname)) return false;
  return holdsWord(text.slice(sentence.start, outer.start), surname) || holdsWord(text.slice(outer.end, sentence.end), surname);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * True when `word` stands in `within` with no letter or digit right before or after it. A search for the word, not a
 * pattern built from it: this runs for many quotations of every article, and compiling a pattern each time cost more.
 */
function holdsWord(within: string, word: string): boolean {
  for (let at = within.indexOf(word); at >= 0; at = within.indexOf(word, at + 1)) {
    // The characters (whole code points) on either side, as the pattern's look-behind and look-ahead read them.
    const low = within.charCodeAt(at - 1);
    const beforeStart = low >= 0xdc00 && low <= 0xdfff && at >= 2 && (within.charCodeAt(at - 2) & 0xfc00) === 0xd800 ? at - 2 : at - 1;
    const before = at > 0 ? String.fromCodePoint(within.codePointAt(beforeStart) ?? 0) : '';
    const afterPoint = within.codePointAt(at + word.length);
    const after = afterPoint === undefined ? '' : String.fromCodePoint(afterPoint);
    if (!LETTER_OR_DIGIT.test(before) && !LETTER_OR_DIGIT.test(after)) return true;
  }
  return false;
}

/**
 * True when the words before a quotation open with a subject of the sentence's own that names someone (`The Labour party
 * has committed itself to "…"`, `Ministers have called it "…"`), not with a pronoun or a conjunction that goes on with the
 * last speaker (`He added …`, `And the cuts would "…"`) and not with the quotation's own lead-in (`In a statement, …`).
 */
function opensWithOwnSubject(before: string): boolean {
  if (opensWithPersonActing(before)) return true;
  const first = /^\s*(\p{L}[\p{L}'’-]*)/u.exec(before)?.[1] ?? '';
  if (!OPENS_CAPITAL.test(first) || CARRYING_OPENERS.has(first.toLowerCase())) return false;
  // A form of `be` straight before the quotation (`Law lords were "simply wrong"`, `India is a "…"`) predicates the quoted
  // judgement of the subject and is the last speaker's report going on; a verb of the subject's own is not.
  return /^\s*(?:The\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+(?:(?:has|have|had|will|would)\s+(?:also\s+)?\p{Ll}+|(?:is|are|was|were)\s+(?:also\s+)?\p{Ll}+(?:ed|en)|\p{Ll}+ed)\b/u.test(
    before,
  );
}

/**
 * `A Tory spokesman "totally refuted" any wrongdoing`, `However, a Big Brother spokeswoman was "satisfied" …`, `Mr Bradshaw felt
 * that the film's "masterpiece" …`: true when `before` opens (after a word of contrast) with someone new, by a word for their
 * role after `a` or `an` and at most three words, or with a person by title and surname whose own verb is in the past tense or is the quotation itself:
 * they speak or judge for themselves, not the last speaker. (`The singer … replied: "…"` may be the last speaker again.)
 */
function opensWithPersonActing(before: string): boolean {
  const words = before.trim().replace(CONTRAST_OPENING, '').split(/\s+/u);
  if (INDEFINITE_ARTICLES.has((words[0] ?? '').toLowerCase())) return words.slice(1, 1 + ROLE_REACH).some((role) => NOUNS.get(role) === 'person-role' || SPOKESPEOPLE.has(role));
  if (!HONORIFICS.has(words[0] ?? '') || !OPENS_CAPITAL.test(words[1] ?? '')) return false;
  const verb = words[2];
  if (verb === undefined || verb === '') return true;
  const tags = lexiconTags(verb);
  return tags.includes('PastTense') && !tags.includes('Copula');
}

/** A word of contrast or going on, with its comma, that may open a sentence before its subject (`However, a spokeswoman …`). */
const CONTRAST_OPENING = /^(?:However|But|Meanwhile|And),?\s+/u;

/** How many words after `a` may name a role (`a Big Brother spokeswoman`, `a senior company spokesman`). */
const ROLE_REACH = 4;

/** The articles that introduce someone new by their role (`a Tory spokesman`, `an aide`). */
const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/** Sentence openers after which a quotation may still be the last speaker's: pronouns, conjunctions, adverbs of going on. */
const CARRYING_OPENERS: ReadonlySet<string> = new Set([
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'and',
  'but',
  'so',
  'this',
  'that',
  'these',
  'there',
  'in',
  'on',
  'at',
  'for',
  'if',
  'when',
  'as',
  'however',
  'also',
  'yet',
  'or',
  'then',
]);

/** A form of `be` and a colon right before a quotation: `The question is: "…"`. */
const COPULA_COLON = /\b(?:is|was|are|were|reads|read|will be)\s*:\s*$/u;

/**
 * `Mr Kennedy pointed out that the Dutch have announced their withdrawal "regardless of …"`: a
 * quotation that does not follow its nearest verb directly, when that verb's source stands inside
 * what an earlier verb reports (`that …`, or the clause right after the verb with its `that` left out), is the words
 * of the one reporting. `X said that Y told him: "…"` is still Y's: the quotation follows Y's verb directly.
 */
function reportingSpeaker(text: string, candidates: readonly Attribution[], nearest: Attribution | undefined, quoteStart: number): Attribution | undefined {
  // `warning that '…'`: a quotation that opens the verb's own clause is its speaker's words.
  const between = nearest ? text.slice(nearest.cue.end, quoteStart).replace(/^\s*that\b/u, '') : '';
  if (nearest?.category !== 'speech' || !/[\p{L}\p{N}]/u.test(between) || between.includes(':')) return nearest;
  // `… Tony Blair had complained about "personalised abusive campaigning"`, `a report which branded the law as "a mess"`: after a
  // verb that passes on words and a short object, the quotation is what that verb's speaker called it or complained of.
  const passesOn = passesOnWords(text, nearest);
  if (passesOn && namesWhatWasSaid(between)) return nearest;
  // (`Ms Cooper said Mr Sullivan never told her "anything uncomfortable"`, `Weitz said New Line feared … "unviable"`: with its
  // `that` left out, the reported clause opens with its speaker right after the verb; words a verb of speech in it passes on,
  // not denied, stay its speaker's.)
  const outer = candidates.find(
    (attribution) =>
      attribution !== nearest &&
      attribution.category === 'speech' &&
      attribution.cue.end <= nearest.cue.start &&
      (/^\s+that\s/u.test(text.slice(attribution.cue.end, nearest.cue.start)) ||
        (nearest.source.start >= attribution.cue.end && /^\s+$/u.test(text.slice(attribution.cue.end, nearest.source.start)) && !passesOn)),
  );
  return outer ?? nearest;
}

/** How many words may stand between a verb that passes on words and its quotation (`branded the current murder law as`). */
const OBJECT_BEFORE_QUOTATION = 5;

/** True when `between` is a short object ending in a word that introduces what was said of it (`the plan as`, `about`). */
function namesWhatWasSaid(between: string): boolean {
  const words = between.trim().split(/\s+/u);
  return words.length <= OBJECT_BEFORE_QUOTATION && !/[,;.!?]/u.test(between) && INTRODUCING_WORDS.has(words.at(-1)?.toLowerCase() ?? '');
}

/** True when the attribution's verb gives its speaker's own words (WORDS_PASSED_ON) and is not denied (`never told`, `did not say`). */
function passesOnWords(text: string, attribution: Attribution): boolean {
  const verb = attribution.phrase.split(' ').at(-1) ?? '';
  return WORDS_PASSED_ON.test(verb) && !/\b(?:never|not|n't)\b/u.test(text.slice(attribution.source.end, attribution.cue.end));
}

/**
 * A quotation whose speaker is named only where it closes (`"It will be close. "We are ready,"
 * said X.`): each earlier sentence of it with no speaker takes the speaker of the sentence it
 * goes on in.
 */
function giveContinuedQuotationsTheirSpeaker(quoted: readonly QuotedSpan[], quotations: SpokenQuotation[]): void {
  // assignSpeakers makes one quotation of each span, in order: quotations[i] is quoted[i]'s.
  for (let index = quotations.length - 2; index >= 0; index--) {
    const quotation = quotations[index];
    const next = quotations[index + 1];
    if (!quotation || !next || !quoted[index]?.continued || quotation.speaker !== null || next.speaker === null) continue;
    quotation.speaker = next.speaker;
    if (next.speakerCue) quotation.speakerCue = next.speakerCue;
    quotation.links = next.links;
  }
}

function inheritAttributions(sentences: readonly Sentence[], ownAttributions: readonly Attribution[][], quotations: readonly SpokenQuotation[]): (Inherited | undefined)[] {
  const inherited: (Inherited | undefined)[] = [];
  let quotationIndex = 0;
  for (let index = 0; index < sentences.length; index++) {
    const sentence = readAt(sentences, index, 'sentences');
    const own = readAt(ownAttributions, index, 'ownAttributions');
    if (own.length > 0) {
      inherited.push(undefined);
      continue;
    }
    while (quotationIndex < quotations.length && readAt(quotations, quotationIndex, 'quotations').end <= sentence.start) quotationIndex++;
    const quotation = quotations[quotationIndex];
    const continuesQuotation = quotation && quotation.start <= sentence.end && quotation.links.length > 0;
    // Plain narrative after `According to X, …` is the article's own: only a quotation carries its speaker on.
    inherited.push(continuesQuotation ? { links: quotation.links } : undefined);
  }
  return inherited;
}

function sourcingOf(links: readonly SourceLink[]): Sourcing {
  let rank = -1;
  for (const link of links) rank = Math.max(rank, SOURCE_KIND_ORDER.indexOf(link.kind));
  return rank < 0 ? 'none' : readAt(SOURCE_KIND_ORDER, rank, 'SOURCE_KIND_ORDER');
}

function describeSentence(
  text: string,
  sentence: Sentence,
  hedges: readonly HedgeFound[],
  contests: readonly PhraseMatch<ContestWord>[],
  own: readonly Attribution[],
  inherited: Inherited | undefined,
  future: Token | undefined,
  voice: UnsourcedVoice | undefined,
): Certainty {
  const links = own.length > 0 ? chainOf(own, sentence.start) : (inherited?.links ?? []);
  const level = levelOfHedges(hedges);
  const sourcing = sourcingOf(links);
  const cues: Cue[] = hedges.map((found) => hedgeCue(text, found));
  for (const attribution of own) {
    cues.push({ text: text.slice(attribution.cue.start, attribution.cue.end), start: attribution.cue.start, end: attribution.cue.end, kind: 'attribution' });
    const kind = readAt(attribution.links, attribution.links.length - 1, 'links').kind;
    if (attribution.source.start !== attribution.cue.start)
      cues.push({ text: text.slice(attribution.source.start, attribution.source.end), start: attribution.source.start, end: attribution.source.end, kind });
  }
  for (const contest of contests) cues.push({ text: text.slice(contest.start, contest.end), start: contest.start, end: contest.end, kind: 'contested' });
  if (future) cues.push({ text: text.slice(future.start, future.end), start: future.start, end: future.end, kind: 'future' });
  cues.sort((a, b) => a.start - b.start || b.end - a.end);
  // Only the first cue has none before it.
  const uniqueCues = cues.filter((cue, i) => {
    const previous = cues[i - 1];
    return previous === undefined || cue.start !== previous.start || cue.end !== previous.end || cue.kind !== previous.kind;
  });
  const contested = contests.length > 0;
  return {
    level,
    sourcing,
    contested,
    cues: uniqueCues.filter((cue) => cue.start >= sentence.start && cue.end <= sentence.end),
    attributedTo: links.map((link) => link.name),
    ...(links.length > 1 && { joinedBy: links.slice(1).map((link) => link.joinedBy ?? 'and') }),
    note: writeNote(
      level,
      sourcing,
      links,
      hedges.map((found) => text.slice(found.start, found.end)),
      sharedReading(hedges),
      contests.map((match) => text.slice(match.start, match.end)),
      future && text.slice(future.start, future.end),
      links.length === 0 ? voice : undefined,
      own.flatMap((attribution) => attribution.disputedBy ?? []).map((link) => link.name),
    ),
  };
}

/** What the note says of sources of one kind: `attributed to X`, `from an anonymous source: X`. */
function sourcePhrase(level: CertaintyLevel, sourcing: Sourcing, chain: string, future: boolean): string {
  switch (sourcing) {
    case 'none':
      if (level !== 'certain') return 'no source given';
      // What will happen is no fact yet, however plainly the article puts it.
      return future ? 'stated by the article, with no source given' : 'stated as fact by the article, with no source given';
    case 'named':
      return `attributed to ${chain}`;
    case 'media':
      return `second-hand: ${chain}`;
    case 'anonymous':
      return `from an anonymous source: ${chain}`;
    case 'vague':
      return `from an unnamed, vague source: ${chain}`;
  }
}

/** The links cut where a source of its own begins (`and`): each part is one source and the ones it cites or quotes. */
function splitSources(links: readonly SourceLink[]): SourceLink[][] {
  const parts: SourceLink[][] = [];
  for (const link of links) {
    const current = parts[parts.length - 1];
    if (current === undefined || link.joinedBy === 'and' || link.joinedBy === undefined) parts.push([link]);
    else current.push(link);
  }
  return parts;
}

/**
 * The sources of a note, parts that stand behind one clause and are of one kind joined into one list (`after 'after', attributed
 * to South Korea and Japan`), each other part on its own.
 */
function groupByClauseAndKind(parts: readonly SourceLink[][]): SourceLink[][] {
  const groups: SourceLink[][] = [];
  for (const part of parts) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last[0]?.contrast === part[0]?.contrast && sourcingOf(last) === sourcingOf(part)) last.push(...part);
    else groups.push([...part]);
  }
  return groups;
}

/**
 * A chain's words: each link after the first with the word that joins it (`Reuters citing officials`); three or more sources
 * joined only by `and` read as a list (`Paramount, Universal and Warner Brothers`), as a reader writes one.
 */
function chainWords(links: readonly SourceLink[]): string {
  const names = links.map((link) => link.name);
  const last = names.pop();
  if (names.length >= 2 && links.slice(1).every((link) => (link.joinedBy ?? 'and') === 'and')) return `${names.join(', ')} and ${last ?? ''}`;
  return links.map((link, i) => (i === 0 ? link.name : `${link.joinedBy ?? 'and'} ${link.name}`)).join(' ');
}

/**
 * The note's words on who stands behind the sentence. Sources of one kind read as one list (`attributed to Chinese government
 * figures and Commerce Department`); sources of different kinds each get their own words, so that a named source is never
 * listed under a less verifiable kind (`attributed to Tony Blair; after 'but', from an unnamed, vague source: people not named
 * ('is widely expected')`). A speaker whose words the main source reacts to is named as such (`attributed to Gordon Brown, who
 * criticised what a union leader, not named, said`).
 */
function describeSources(level: CertaintyLevel, sourcing: Sourcing, links: readonly SourceLink[], future: boolean): string {
  const reacted = links.filter((link) => link.reactedTo !== undefined);
  const parts = splitSources(links.filter((link) => link.reactedTo === undefined));
  const kinds = new Set(parts.map(sourcingOf));
  const contrasted = parts.some((part) => part[0]?.contrast !== undefined);
  const described =
    kinds.size <= 1 && !contrasted
      ? [sourcePhrase(level, parts.length > 0 ? sourcingOf(parts.flat()) : sourcing, chainWords(parts.flat()), future)]
      : groupByClauseAndKind(parts).map((group) => {
          const contrast = group[0]?.contrast;
          return `${contrast === undefined ? '' : `after '${contrast}', `}${sourcePhrase(level, sourcingOf(group), chainWords(group), future)}`;
        });
  const unnamed = (link: SourceLink): boolean => link.kind !== 'named' && link.role !== 'document' && link.role !== 'poll';
  // `Sales fell, but analysts said …`: a source that stands only behind a contrasting clause leaves the clause before it the article's.
  const late = parts[0]?.[0]?.contrast;
  if (late !== undefined) described.unshift(`up to '${late}', the article's own words, with no source given`);
  const reactions = reacted.map((link) => `who ${link.reactedTo} what ${link.name}${unnamed(link) ? ', not named,' : ''} said`);
  if (reactions.length > 0) described[0] = `${described[0]}, ${reactions.join(' and ')}`;
  return described.join('; ');
}

const quoteList = (words: readonly string[]): string => [...new Set(words)].map((word) => `'${word}'`).join(', ');

/** How every hedge of a sentence reads when they all read alike (see {@link Hedge.reads}); `undefined` when one is a plain hedge. */
function sharedReading(hedges: readonly HedgeFound[]): HedgeReading | undefined {
  const first = hedges[0]?.hedge.reads;
  return hedges.every((found) => found.hedge.reads === first) ? first : undefined;
}

/** What the note says of a sentence with no source found that is still someone's words (see {@link unsourcedVoice}). */
const VOICE_WORDS: Record<UnsourcedVoice, string> = { quoted: 'in quotation marks, with no speaker found', 'first person': "in the first person ('I'), with no speaker found" };

/** What the note calls a sentence's hedges that all read as a plan ahead or a condition. */
const READING_WORDS: Record<HedgeReading, string> = { future: 'about the future', condition: 'conditional' };

/**
 * One plain sentence a reader understands, built from the three fields. An unhedged sentence about the future (`future`, its
 * modal) says so first: `About the future ('will'); attributed to Qantas.` It says no more: a hope or a fear the sentence
 * reports (`Boeing hopes airlines will want …`) is still its source's, and no hedge of the writer's. Hedges that only put
 * the claim ahead (`plans to`, `said he would`) or under a condition (`if`) are named so (`reading`), not called doubt.
 */
function writeNote(
  level: CertaintyLevel,
  sourcing: Sourcing,
  links: readonly SourceLink[],
  hedges: readonly string[],
  reading: HedgeReading | undefined,
  contests: readonly string[],
  future: string | undefined,
  voice: UnsourcedVoice | undefined,
  disputers: readonly string[] = [],
): string {
  const parts: string[] = [];
  if (level === 'unknown') parts.push(`left open (${quoteList(hedges)})`);
  else if (level !== 'certain') parts.push(`${reading === undefined ? 'hedged' : READING_WORDS[reading]} (${quoteList(hedges)})`);
  else if (future !== undefined) parts.push(`about the future (${quoteList([future])})`);
  parts.push(voice === undefined ? describeSources(level, sourcing, links, future !== undefined) : VOICE_WORDS[voice]);
  // `The MP denied a claim that he was paid`: the claim is the unnamed others', and the note names who disputes it.
  if (contests.length > 0) parts.push(`contested${disputers.length > 0 ? ` by ${[...new Set(disputers)].join(' and ')}` : ''} (${quoteList(contests)})`);
  const sentence = parts.join('; ');
  return `${readAt(sentence, 0, 'sentence').toUpperCase()}${sentence.slice(1)}.`;
}
