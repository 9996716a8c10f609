import { PARENTHETICAL_VERBS } from '../text/lexicons/anaphora.ts';
import { classifyQuoteMark } from '../text/quote-marks.ts';
import { ABBREVIATIONS } from '../text/lexicons/source-grammar.ts';
import { SOURCE_NOUNS } from '../text/lexicons/source-nouns.ts';
import type { Span } from '../model/article.ts';

/** A quotation's words with its marks: `words` excludes the marks, `outer` includes them. */
export interface QuotedSpan {
  /** The quoted words without the marks, trimmed of spaces and of a trailing comma. */
  words: Span;
  /** From the opening mark to the closing mark, both included. */
  outer: Span;
  /**
   * True when the quotation goes on in the next one: news style quotes a speaker over several
   * sentences by opening each with a mark and closing only the last (`"… this offer. "They will
   * not …"`); each sentence is given as a quotation of its own, ending at its full stop. So too a
   * quotation left open at its paragraph's end and reopened at the next one's start, ending there.
   */
  continued?: true;
}

type Family = 'single' | 'double' | 'guillemet';

/** The family of marks a quotation opens with, the two apostrophes written for a double mark (`''`) read as one. */
export function familyOfQuotation(text: string, span: QuotedSpan): Family | undefined {
  return text.startsWith("''", span.outer.start) ? 'double' : familyOf(text[span.outer.start] ?? '');
}

function familyOf(mark: string): Family | undefined {
  switch (mark) {
    case "'":
    case '\u2018':
    case '\u2019':
    case '\u201A':
      return 'single';
    case '"':
    case '\u201C':
    case '\u201D':
    case '\u201E':
      return 'double';
    case '\u00AB':
    case '\u00BB':
      return 'guillemet';
    default:
      return undefined;
  }
}

const TRAILING = /[\s,]/u;
const SENTENCE_END = /[.?!]/u;

/**
 * The outermost quotations of each paragraph, straight or curly, single or double. A quotation
 * never runs past its paragraph (the loader already joins lines that a quotation spans), so an
 * unclosed mark costs at most that paragraph. A single mark that cannot close the open
 * quotation (`soldiers'` inside a double-quoted one) is read as an apostrophe. A quotation
 * reopened at each of its sentences and closed only at the last is given a sentence at a time, and
 * one left open at its paragraph's end and reopened at the next paragraph's start runs to its
 * paragraph's end (both `continued`).
 */
export function findQuotedSpans(text: string, paragraphs: readonly Span[]): QuotedSpan[] {
  const found: QuotedSpan[] = [];
  for (const [p, paragraph] of paragraphs.entries()) {
    const open: { family: Family; index: number }[] = [];
    for (let i = paragraph.start; i < paragraph.end; i++) {
      // `''Not now,''`: two apostrophes written for a double quotation mark (see quote-marks.ts).
      const paired = text[i] === "'" && text[i + 1] === "'";
      const family = paired ? 'double' : familyOf(text[i] ?? '');
      if (!family) continue;
      const role = classifyQuoteMark(text, i);
      if (role === 'open') {
        const sameFamily = open.length === 1 && open[0]?.family === family;
        const sentenceEnd = sameFamily ? sentenceEndBefore(text, i) : -1;
        const leftOpen = sameFamily && sentenceEnd < 0 && open[0] ? leftOpenBefore(text, open[0].index, i) : -1;
        if (open[0] && sentenceEnd >= 0) {
          const tag = reportingTagAt(text, open[0].index, sentenceEnd);
          found.push(tag === undefined ? { ...quotedSpan(text, open[0].index, sentenceEnd, sentenceEnd), continued: true } : quotedSpan(text, open[0].index, tag, tag));
          open.length = 0;
        } else if (open[0] && leftOpen >= 0) {
          found.push(quotedSpan(text, open[0].index, leftOpen, leftOpen));
          open.length = 0;
        }
        open.push({ family, index: i });
        continue;
      }
      if (role !== 'close') continue;
      const depth = findOpen(open, family);
      const opening = open[depth];
      if (!opening) continue;
      open.length = depth;
      if (depth === 0) found.push(quotedSpan(text, opening.index, i, i + (text.startsWith("''", i) ? 2 : 1)));
    }
    const unclosed = open[0];
    // Only a mark with no other of its family after it in the paragraph: `… 'Clinton,' " said X` has a closing mark read as neither.
    const alone = unclosed !== undefined && !markOfFamilyIn(text, unclosed.index + 1, paragraph.end, unclosed.family);
    if (open.length === 1 && unclosed && alone && reopensNext(text, paragraphs[p + 1], unclosed.family)) {
      const tag = reportingTagAt(text, unclosed.index, paragraph.end);
      found.push(tag === undefined ? { ...quotedSpan(text, unclosed.index, paragraph.end, paragraph.end), continued: true } : quotedSpan(text, unclosed.index, tag, tag));
    }
  }
  return found;
}

/**
 * A speaker's tag that closes a sentence (`…, the committee said.`, `…, he said in a statement.`), after a comma, with its
 * subject (a pronoun, `the` and a noun or two, or a capitalised name) and a verb of speech (PARENTHETICAL_VERBS).
 */
const REPORTING_TAG = new RegExp(
  `,\\s+(?:he|she|it|they|the\\s+\\p{Ll}+(?:\\s+\\p{Ll}+)?|\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+)?)\\s+(?:${PARENTHETICAL_VERBS.join('|')})\\b[^.?!"\\u201C\\u201D]{0,60}[.?!](?=\\s|$)`,
  'u',
);

/**
 * Where a quotation opened at `openIndex` and never closed before `end` gives way to the article's own words: at the comma of
 * a speaker's tag that closes one of its sentences (`"… 'wait and see', the organisation said in its report. Global growth …`,
 * `"… set up. He accepted …, he said.`), the speaker named in the third person by the article, not quoting themselves.
 * Undefined when no tag stands there, and the quotation runs on.
 */
function reportingTagAt(text: string, openIndex: number, end: number): number | undefined {
  const tag = REPORTING_TAG.exec(text.slice(openIndex, end));
  if (!tag) return undefined;
  const tagAt = openIndex + tag.index;
  // `"We did it. He was asked why, he said.`: a tag in a later sentence ends the quotation at the sentence before it.
  const before = text.slice(openIndex, tagAt);
  const lastStop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '));
  return lastStop > 0 ? openIndex + lastStop + 1 : tagAt;
}

/** True when a quotation mark of `family` stands in `text[from..to)`. */
function markOfFamilyIn(text: string, from: number, to: number, family: Family): boolean {
  for (let i = from; i < to; i++) if (familyOf(text[i] ?? '') === family || (family === 'double' && text[i] === "'" && text[i + 1] === "'")) return true;
  return false;
}

/**
 * True when the paragraph after a quotation left open opens with a mark of its family: news style
 * quotes a speaker over several paragraphs by leaving each open and reopening the next (`"… to
 * Gazprom.` then `"We tried to find it …," said X.`), so the open one runs to its paragraph's end.
 * A mark left open with no such paragraph after it may be a stray one, and quotes nothing.
 */
function reopensNext(text: string, next: Span | undefined, family: Family): boolean {
  if (!next) return false;
  let at = next.start;
  while (at < next.end && /\s/u.test(text[at] ?? '')) at++;
  const paired = text[at] === "'" && text[at + 1] === "'";
  return at < next.end && (paired ? 'double' : familyOf(text[at] ?? '')) === family && classifyQuoteMark(text, at) === 'open';
}

function findOpen(open: readonly { family: Family }[], family: Family): number {
  for (let depth = open.length - 1; depth >= 0; depth--) if (open[depth]?.family === family) return depth;
  return -1;
}

/**
 * Where the sentence before an opening mark ends, when the mark follows a full stop, question or
 * exclamation mark and a space; else -1. A quotation nested in another takes the other family of
 * marks, so a mark of the open quotation's own family there starts the quotation's next sentence.
 */
function sentenceEndBefore(text: string, markIndex: number): number {
  let end = markIndex;
  while (end > 0 && /\s/u.test(text[end - 1] ?? '')) end--;
  return end < markIndex && SENTENCE_END.test(text[end - 1] ?? '') ? end : -1;
}

/**
 * Where a quotation the article forgot to close ends, when a mark of its family opens another after a colon in a later
 * sentence (`said: "I've lost three years. He added: "The authorities …"`): a mark after a colon never reopens a quotation's
 * own next sentence, nor nests in it (a nested one takes the other family), so the first is closed. Where the article meant
 * to close it cannot be told (`"Of course he'll learn. I've been sent off … . Ljungberg is likely to … . Wenger said: "`), so
 * it is given its first sentence only, and the sentences after it stay the article's. -1 when the new mark follows no colon,
 * or no sentence ends between.
 */
function leftOpenBefore(text: string, openIndex: number, markIndex: number): number {
  const between = text.slice(openIndex, markIndex);
  if (!/:\s*$/u.test(between)) return -1;
  // (`Mr. Smith`, `J. Smith`: a full stop after an abbreviation or an initial ends no sentence.)
  for (const stop of between.matchAll(/(\S*)[.?!](?=\s+\p{Lu})/gu)) {
    const word = stop[1] ?? '';
    if (stop[0].endsWith('.') && (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word))) continue;
    const at = stop.index + stop[0].length;
    return at > 1 ? openIndex + at : -1;
  }
  return -1;
}

/** The quotation from its opening mark: its words end at `wordsEnd` (the closing mark, or where its sentence ends), its marks at `outerEnd`. */
function quotedSpan(text: string, openIndex: number, wordsEnd: number, outerEnd: number): QuotedSpan {
  let start = openIndex + (text.startsWith("''", openIndex) ? 2 : 1);
  let end = wordsEnd;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && TRAILING.test(text[end - 1] ?? '')) end--;
  return { words: { start, end }, outer: { start: openIndex, end: outerEnd } };
}

/**
 * Whose a quotation is when the words around it say so, whatever verb of speech the sentence has:
 * - `cited`: words cited as words, as a label or as a title, which are no one's speech: `the
 *   so-called "Fagin" posters`, `an amalgam of "glitterati" and "liberal"`, `a "yes" vote`, `known
 *   as "passing off"`, `the film "Ray"`.
 * - `holder`: the words of someone the sentence names beside them, not of the sentence's speaker:
 *   `Michael Howard said he would not back the Home Secretary's plans for "control orders"`, `a
 *   call for him to "pause for thought" from Charles Kennedy`, `branded "deeply irresponsible" by
 *   the Liberal Democrats`. `name` is the holder as the sentence writes it, without `the` before a
 *   capital, a title (`Mr`) or the possessive `'s`.
 */
export type QuotationOwner = { kind: 'cited' } | { kind: 'holder'; holder: Span; name: string };

/**
 * Nouns whose complement carries their holder's words: `X's plans for "…"`, `X's description of
 * him as "…"`, `a call for him to "…" from X`. To extend, add the noun (each form it takes) with
 * its category; only a holder named before it (`X's`) or after the quotation (`from X`) makes the
 * words the holder's.
 */
export const HOLDER_NOUNS: readonly { noun: string; category: 'proposal' | 'speech act' | 'naming' | 'describing' }[] = [
  ...['plan', 'plans', 'proposal', 'proposals', 'scheme', 'schemes', 'policy', 'policies', 'strategy', 'manifesto', 'vision', 'idea', 'ideas', 'bill', 'target', 'targets'].map((noun) => ({
    noun,
    category: 'proposal' as const,
  })),
  ...[
    'call',
    'calls',
    'demand',
    'demands',
    'plea',
    'pleas',
    'appeal',
    'request',
    'warning',
    'warnings',
    'pledge',
    'pledges',
    'promise',
    'promises',
    'vow',
    'commitment',
    'claim',
    'claims',
    'remark',
    'remarks',
    'comment',
    'comments',
    'words',
    'criticism',
    'attack',
    'praise',
  ].map((noun) => ({ noun, category: 'speech act' as const })),
  ...['phrase', 'term', 'slogan', 'label', 'nickname', 'motto', 'mantra', 'catchphrase'].map((noun) => ({ noun, category: 'naming' as const })),
  ...['description', 'descriptions', 'characterisation', 'characterization', 'portrayal', 'depiction'].map((noun) => ({ noun, category: 'describing' as const })),
];

/**
 * Participles that, in the passive with `by X` after the quotation, give the quoted words to X:
 * `have been branded "deeply irresponsible" by the Liberal Democrats`. To extend, add a verb of
 * judging or naming in its past participle.
 */
export const PASSIVE_JUDGING = [
  'branded',
  'described',
  'called',
  'labelled',
  'labeled',
  'dubbed',
  'condemned',
  'criticised',
  'criticized',
  'attacked',
  'hailed',
  'welcomed',
  'denounced',
  'dismissed',
  'slammed',
  'praised',
];

const NOUNS = HOLDER_NOUNS.map(({ noun }) => noun).join('|');
/** Nouns that name words, taking the quotation right after them (`Romney's phrase "…"`, `in Mr Blair's words, "…"`). */
const NAMING = [...HOLDER_NOUNS.filter(({ category }) => category === 'naming').map(({ noun }) => noun), 'words'].join('|');
const DESCRIBING = HOLDER_NOUNS.filter(({ category }) => category === 'describing')
  .map(({ noun }) => noun)
  .join('|');
const MARK = `["\u201C\u201D'\u2018\u2019]`;
const NOT_MARK = `[^"\u201C\u201D'\u2018\u2019]`;
/** A word of a name: a capital, then letters or hyphens (`Kilroy-Silk`); a dot only before the next word of the name (`Mr. Hedge`). */
const NAME_WORD = '\\p{Lu}[\\p{L}\\-]*(?:\\.(?=\\s+\\p{Lu}))?';
/** A word of a role in lower case (`prime`, `minister`), never a word that follows a holder (`himself`, `once`, `has`). */
const ROLE_WORD = '(?!(?:himself|herself|itself|themselves|once|first|had|has|have|who|which|that|and|or)\\b)\\p{Ll}[\\p{L}\\-]*';
/** A holder: a name or a capitalised title of one to four words (`the Home Secretary`), or `the` and a role in lower case (`the chancellor`). */
const NAMED_HOLDER = `(?:(?:the|The)\\s+)?${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}`;
const HOLDER = `${NAMED_HOLDER}|(?:the|The)\\s+(?:${ROLE_WORD}\\s+){0,2}${ROLE_WORD}`;
/** Words a possessive `'s` may follow that name no holder of their own. */
const NOT_HOLDER =
  /^(?:his|her|their|its|our|my|your|this|that|it|he|she|they|one|each|which|yesterday|today|tomorrow|tonight|last|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/iu;
/**
 * What may stand between a holder noun's preposition and the quotation when the quoted words head
 * its complement: a pronoun, `to` and a verb, a verb in -ing, an article with a figure or a
 * hyphened modifier (`for him to "`, `to produce an "`, `of allowing "`, `for a single-payer "`,
 * `for a 16 percent "`). A noun before the mark (`idea for border wall "stupid"`, `plans for the
 * riverside "a disgrace"`) ends the complement: the quotation is then the sentence's own judgement
 * of it.
 */
const LEAD = `(?:(?:him|her|them|us|it|me|you|to(?:\\s+\\p{Ll}+)?|\\p{Ll}+ing)\\s+){0,2}(?:(?:a|an|the)\\s+(?:\\p{N}[\\p{N},.]*\\s+\\p{Ll}+\\s+|[\\p{L}]+-[\\p{L}\\-]+\\s+)?)?`;
/** A clause after `that` up to the quotation (`claim that President Barack Obama "`), with no comma. */
const CLAUSE = '(?:[^\\s,;:()"\u201C\u201D\u2018\u2019]+\\s+){0,6}';
/**
 * A holder noun's complement up to the mark: `for`, `of` or `to` and a lead, or `that` and a
 * clause; a noun of naming takes the quotation right after it (`phrase "`), a noun of describing
 * takes `as` (`description of him as an "`). `about` and `on`
 * give a topic, not the holder's words (`called Trump's remarks about a judge "racist"`).
 */
const COMPLEMENT = `(?:(?:${NAMING}),?\\s+|(?:${NOUNS})\\s+(?:(?:for|of|to(?:\\s+\\p{Ll}+)?)\\s+${LEAD}|that\\s+${CLAUSE})|(?:${DESCRIBING})\\s+(?:of\\s+[\\p{L}\\-]+\\s+)?as\\s+(?:(?:a|an|the)\\s+)?)`;

/** `the Home Secretary's plans for "`: the holder before the noun, the noun and its complement up to the mark. */
const POSSESSIVE_HOLDER = new RegExp(`(?<![\\p{L}\\p{N}])(${HOLDER})['\u2019]s?\\s+${COMPLEMENT}$`, 'u');
/**
 * `a call for him to "`: a holder noun with no possessive before it and its complement up to the
 * mark, after an article (without one, `plans to publish a "candid memoir" by X` reads a verb's
 * object as the noun's).
 */
const BARE_HOLDER_NOUN = new RegExp(`(?<![\\p{L}\\p{N}'\u2019])(?:a|an|the|new|fresh|renewed|repeated)\\s+${COMPLEMENT}$`, 'u');
/**
 * `his "Nazi" comment`, `the "strong dollar" policy`: a word or two quoted between a determiner and a holder noun label
 * someone's remark or plan, written as the article refers to it; no speaker says them in this sentence.
 */
const LABEL_BEFORE = /(?<![\p{L}\p{N}'’])(?:his|her|their|its|the|this|that)\s+$/u;
const LABEL_AFTER = new RegExp(`^,?["”]?\\s+(?:${NOUNS})\\b`, 'u');
const LABEL_WORDS = /^\S+(?:\s+\S+){0,2}$/u;
/** `have been branded "`: a passive verb of judging or naming before the mark. */
const PASSIVE_BEFORE = new RegExp(`\\b(?:be|been|being|is|are|was|were)\\s+(?:\\p{Ll}+ly\\s+)?(?:${PASSIVE_JUDGING.join('|')})\\s+(?:as\\s+)?(?:(?:a|an|the)\\s+)?$`, 'u');
/**
 * `" from Charles Kennedy` and `" by the Liberal Democrats`: the holder right after the mark, named
 * with a capital (`from the start` and `by the end` name no one).
 */
const HOLDER_AFTER = new RegExp(`^,?\\s+(from|by)\\s+(${NAMED_HOLDER})`, 'u');
/** `" which the chancellor himself once quoted`: a relative clause after the mark that names who used the words. */
const USED_BY_AFTER = new RegExp(
  `^,?\\s+(?:which|that)\\s+(${HOLDER})\\s+(?:(?:himself|herself|themselves|itself|once|first|had|has|have|famously|memorably|reportedly)\\s+){0,3}(?:quoted|used|coined|invented|called|described)\\b`,
  'u',
);
/** `in what Dimension Data calls an "`: the words of the one who calls it so. */
const WHAT_HOLDER_CALLS = new RegExp(
  `\\b[Ww]hat\\s+(${HOLDER})\\s+(?:(?:has|had|have|once|now|later)\\s+)?(?:calls?|called|describes?\\s+as|described\\s+as|terms?|termed|dubs?|dubbed|labels?|labell?ed|brands?|branded|refers?\\s+to\\s+as|referred\\s+to\\s+as|sees?\\s+as|saw\\s+as)\\s+(?:(?:a|an|the)\\s+)?$`,
  'u',
);
/** The one-word nouns for documents (SOURCE_NOUNS), which may follow the name of the body that wrote one (`a Law Commission report`). */
const DOCUMENT_NOUNS = SOURCE_NOUNS.filter(({ category, phrase }) => category === 'document' && !phrase.includes(' ')).map(({ phrase }) => phrase);
/**
 * `Beijing, which described the embargo as a "`, `Mr Blair, who has described Africa as a "`, `a Law Commission report which
 * branded the current murder law as "`: a relative clause whose verb of judging or naming (PASSIVE_JUDGING, in the active)
 * takes a short object and then the quotation gives the words to the one the clause is on, a name or a name's document, with
 * an abbreviation in brackets after it at most.
 */
const RELATIVE_JUDGE = new RegExp(
  `((?:${HOLDER})(?:\\s+(?:${DOCUMENT_NOUNS.join('|')}))?)(?:\\s+\\([^()]{1,20}\\))?,?\\s+(?:which|who|that)\\s+(?:(?:has|had|have|also|once|previously|recently)\\s+){0,2}(?:${PASSIVE_JUDGING.join('|')})\\s+(?:[^\\s,;:"\u201C\u201D]+\\s+){0,5}?(?:as\\s+)?(?:(?:a|an|the)\\s+)?$`,
  'u',
);
/** `an amalgam of "glitterati" and "`: parts of a word, cited as words. */
const WORD_PARTS = new RegExp(`\\b(?:amalgam|blend|combination|mixture|portmanteau|fusion|contraction)\\s+of\\s+(?:${MARK}${NOT_MARK}{1,30}${MARK}\\s*(?:,|and|or)\\s*)*$`, 'iu');
/**
 * `known as "`, `what are called "`, `so-called "` (or `so called "`), `known then as the "`: a name given by no one the sentence
 * names (an adverb of time after `known`, an article before the name, aside).
 */
const NAMED_BY_NO_ONE =
  /(?:\bso[-\s]called|\bknown(?:\s+(?:then|now|locally|widely|affectionately|formerly|once|also))?\s+as(?:\s+(?:the|a|an))?|\b(?:is|are|was|were)\s+(?:called|termed|dubbed|nicknamed))\s*$/iu;
/**
 * `a work in progress called "`, `the power adaptor, nicknamed "`, `groups dubbed "`: a participle of naming right after a noun
 * in lower case names the thing with no one the sentence shows naming it. A pronoun, a relative, a verb or a joining word before
 * the participle (`what he called "`, `which it dubbed "`, `and dubbed "`) makes it a verb with a subject of its own.
 */
const NAMED_AFTER_NOUN =
  /(?<![\p{L}'’-])(?!(?:he|she|they|it|we|i|you|who|which|that|what|and|or|but|has|have|had|is|are|was|were|be|been|also|once|then|later|now|first|originally|since)\b)\p{Ll}{3,},?\s+(?:called|dubbed|nicknamed|named|termed)\s+(?:(?:the|a|an)\s+)?$/u;
/**
 * Works whose title is quoted, and the words that introduce a title: `Universal's film "Ray"`, `in
 * his new book, "Doomed to Succeed,"`, `an editorial entitled "…"`. To extend, add a kind of work
 * that is not itself said to speak (a report or a statement speaks: `said the report, "…"`).
 */
export const TITLED_WORKS = [
  'book',
  'novel',
  'memoir',
  'memoirs',
  'autobiography',
  'biography',
  'film',
  'movie',
  'play',
  'musical',
  'opera',
  'song',
  'album',
  'poem',
  'programme',
  'program',
  'show',
  'series',
  'sitcom',
  'documentary',
  'drama',
  'advert',
  'titled',
  'entitled',
  'headlined',
];
const TITLE_BEFORE = new RegExp(`\\b(?:${TITLED_WORKS.join('|')}),?\\s*$`, 'iu');
/** A title: a capital or a figure first, at most ten words. */
const TITLE_WORDS = /^[\p{Lu}\p{N}](?:\S*\s+){0,9}\S*$/u;
/** A name in title case: two to six words, each opening with a capital or a figure but for short joining words, no punctuation. */
const NAME_WORDS = /^[\p{Lu}\p{N}][\p{L}\p{N}'’-]*(?:\s+(?:(?:of|the|and|for|in|on|to|a|an|de|du|la|le)\s+)?[\p{Lu}\p{N}][\p{L}\p{N}'’-]*){1,5}$/u;
/** `a "yes" vote`: the answer on a ballot, a label for a side. */
const BALLOT_ANSWER = /^(?:yes|no)$/iu;
const BALLOT_AFTER = /^\s+(?:vote|votes|voters|campaign|campaigns|camp|side|result|majority)\b/u;

/**
 * Whose the quotation at `outer` (its marks included) is by the words of its sentence around it;
 * `undefined` when they leave it to the sentence's verb of speech. `speaker`, the name the verb
 * gives, keeps the quotation when the holder named beside it is the same person (`Mr Howard's
 * plans for "…", Mr Howard said`).
 */
export function findQuotationOwner(text: string, sentence: Span, outer: Span, speaker?: string | null): QuotationOwner | undefined {
  const before = text.slice(Math.max(sentence.start, outer.start - 160), outer.start);
  const after = text.slice(outer.end, Math.min(sentence.end, outer.end + 120));
  const words = text.slice(outer.start + 1, outer.end - 1).trim();
  if ((NAMED_BY_NO_ONE.test(before) || NAMED_AFTER_NOUN.test(before)) && !/^,?\s+by\s/u.test(after)) return { kind: 'cited' };
  if (WORD_PARTS.test(before)) return { kind: 'cited' };
  if (BALLOT_ANSWER.test(words) && BALLOT_AFTER.test(after)) return { kind: 'cited' };
  if (TITLE_BEFORE.test(before) && TITLE_WORDS.test(words)) return { kind: 'cited' };
  if (LABEL_BEFORE.test(before) && LABEL_WORDS.test(words) && LABEL_AFTER.test(after)) return { kind: 'cited' };
  // `which means "Work of God" in Latin`, `the magazine's "High Heeled Vote" campaign`: words inside a sentence with no verb
  // of speech, every word a capital (short joining words aside), are a name, a title or a slogan, cited rather than said by
  // whoever spoke last. (`dubbing Mr Brown "Sir Wastealot"` is the dubber's coinage, and the verb says so.)
  if (!speaker && outer.start > sentence.start && NAME_WORDS.test(words)) return { kind: 'cited' };
  const offset = outer.start - before.length;
  const caller = WHAT_HOLDER_CALLS.exec(before);
  if (caller?.[1] !== undefined) return holderAt(caller[1], offset + caller.index + caller[0].indexOf(caller[1]), speaker);
  const relative = RELATIVE_JUDGE.exec(before);
  if (relative?.[1] !== undefined) return holderAt(relative[1], offset + relative.index, speaker);
  const possessive = POSSESSIVE_HOLDER.exec(before);
  if (possessive?.[1] !== undefined) return holderAt(possessive[1], offset + possessive.index, speaker);
  const following = HOLDER_AFTER.exec(after);
  if (following?.[2] !== undefined && (BARE_HOLDER_NOUN.test(before) || (following[1] === 'by' && PASSIVE_BEFORE.test(before)))) {
    return holderAt(following[2], outer.end + (following.index + following[0].length - following[2].length), speaker);
  }
  const user = USED_BY_AFTER.exec(after);
  if (user?.[1] !== undefined) return holderAt(user[1], outer.end + after.indexOf(user[1], user.index), speaker);
  return undefined;
}

/**
 * Capitalised words that open a sentence or a clause before a name and are no part of it (`But Mr
 * Brown's call`, `Despite Tony Blair's promise`, `In Gordon Brown's words`).
 */
const LEADING_WORD =
  /^(?:But|And|Yet|So|Or|Nor|However|Now|Then|Meanwhile|Also|Still|In|On|At|For|With|After|Before|Despite|Under|Over|When|While|As|If|Although|Though|Since|Until|By|From|Of|To|Amid|Against|Without|Within|During|Following|Unlike|Like|Only|Even|Indeed|Instead|Nevertheless|Once|Why|How|What|Where|Whether|Both|Neither|Either)\s+/u;

/** The holder written at `start`, unless it names no one or the same person as `speaker`. */
function holderAt(written: string, start: number, speaker: string | null | undefined): QuotationOwner | undefined {
  let from = 0;
  for (let lead = LEADING_WORD.exec(written.slice(from)); lead; lead = LEADING_WORD.exec(written.slice(from))) from += lead[0].length;
  const holder = written.slice(from);
  if (holder === '' || NOT_HOLDER.test(holder.split(/\s+/u)[0] ?? '')) return undefined;
  const name = holder.replace(/^(?:the|The)\s+(?=\p{Lu})/u, '').replace(/^(?:Mr|Mrs|Ms|Miss)\.?\s+(?=\p{Lu})/u, '');
  if (speaker && speaker.split(/\s+/u).at(-1) === name.split(/\s+/u).at(-1)) return undefined;
  return { kind: 'holder', holder: { start: start + from, end: start + written.length }, name };
}
