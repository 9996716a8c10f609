import { classifyQuoteMark } from '../text/quote-marks.ts';
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
   * not …"`); each sentence is given as a quotation of its own, ending at its full stop.
   */
  continued?: true;
}

type Family = 'single' | 'double' | 'guillemet';

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
 * reopened at each of its sentences and closed only at the last is given a sentence at a time.
 */
export function findQuotedSpans(text: string, paragraphs: readonly Span[]): QuotedSpan[] {
  const found: QuotedSpan[] = [];
  for (const paragraph of paragraphs) {
    const open: { family: Family; index: number }[] = [];
    for (let i = paragraph.start; i < paragraph.end; i++) {
      // `''Not now,''`: two apostrophes written for a double quotation mark (see quote-marks.ts).
      const paired = text[i] === "'" && text[i + 1] === "'";
      const family = paired ? 'double' : familyOf(text[i] ?? '');
      if (!family) continue;
      const role = classifyQuoteMark(text, i);
      if (role === 'open') {
        const sentenceEnd = open.length === 1 && open[0]?.family === family ? sentenceEndBefore(text, i) : -1;
        if (open[0] && sentenceEnd >= 0) {
          found.push({ ...quotedSpan(text, open[0].index, sentenceEnd, sentenceEnd), continued: true });
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
  }
  return found;
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

/** The quotation from its opening mark: its words end at `wordsEnd` (the closing mark, or where its sentence ends), its marks at `outerEnd`. */
function quotedSpan(text: string, openIndex: number, wordsEnd: number, outerEnd: number): QuotedSpan {
  let start = openIndex + (text.startsWith("''", openIndex) ? 2 : 1);
  let end = wordsEnd;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && TRAILING.test(text[end - 1] ?? '')) end--;
  return { words: { start, end }, outer: { start: openIndex, end: outerEnd } };
}
