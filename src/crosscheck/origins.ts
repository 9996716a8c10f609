import type { Certainty } from '../model/answer.ts';
import type { Sentence, TextSpan } from '../model/article.ts';
import { ATTRIBUTION_CUES, SOURCE_NAME_STOPS } from '../text/lexicons/attribution-cues.ts';
import { ORGANISATION_WORDS } from '../text/lexicons/entities.ts';
import type { Library } from '../library/library.ts';
import { findCues } from '../text/cue-matcher.ts';

/**
 * Where a sentence's claim comes from, read simply: `originsOf` is the one seam between the
 * cross-article work and the certainty analysis (issue 3). When a citation's `certainty` is
 * given, its `attributedTo` chain is used as it stands; until then this module reads the
 * attribution phrases itself ("according to X", "X, citing Y", "claims by X, which cited Y",
 * "The agency claims ...") with the cues in src/lexicons/attribution-cues.ts.
 */

/** Who stands behind a sentence. */
export interface Origin {
  /** Who said it, outermost first, as the article names them ("Yonhap", "National Intelligence Service", "unconfirmed reports"). */
  chain: string[];
  /** The links of the chain that name a person or body, in the entity table's spelling. */
  named: string[];
  /** The attribution words of this sentence, verbatim, with offsets into the article. */
  cues: TextSpan[];
  /** True when the chain was named in an earlier sentence ("The agency claims ..." after "Yonhap, citing ..."). */
  inherited: boolean;
}

/**
 * How far back a relaying sentence ("The agency claims ...") looks for the source it relays. The
 * walk also stops at the first sentence that neither names nor relays a source: the chain of
 * telling is broken there.
 */
const LOOKBACK_SENTENCES = 4;
const NAME_RUN = /\p{Lu}[\p{L}\p{M}.-]*(?:[ \u00A0]+(?:of[ \u00A0]+)?\p{Lu}[\p{L}\p{M}.-]*)*(?:['’]s\b)?/gu;
const DELIMITER = /[,.;:()\u2014\u2013"“”‘]/u;

/**
 * Who stands behind `sentence`: from `certainty.attributedTo` when it names someone, else from its own
 * attribution words, else (for a sentence that relays a report without naming it) from the
 * nearest of the three sentences before it that names one.
 */
export function originsOf(library: Library, sentence: Sentence, certainty?: Certainty): Origin {
  const named = certainty ? namedLinks(library, certainty.attributedTo) : [];
  // A chain of only vague links ("unconfirmed reports") says nothing of the origin: read back for the report it relays.
  if (certainty && named.length > 0) {
    const cues = certainty.cues.filter((cue) => cue.kind === 'attribution' || cue.kind === 'media' || cue.kind === 'named');
    return { chain: certainty.attributedTo, named, cues: cues.map(({ text, start, end }) => ({ text, start, end })), inherited: false };
  }
  return readOrigin(library, sentence, LOOKBACK_SENTENCES);
}

function readOrigin(library: Library, sentence: Sentence, lookback: number): Origin {
  const own = readAttribution(library, sentence);
  const named = namedLinks(library, own.links);
  const origin = { chain: own.links, named, cues: own.cues, inherited: false };
  if (named.length > 0 || !own.relays) return origin;
  const article = library.article(sentence.articleId);
  for (let index = sentence.index - 1; article && index >= Math.max(0, sentence.index - lookback); index--) {
    const earlier = readAttribution(library, article.sentences[index]!);
    const earlierNamed = namedLinks(library, earlier.links);
    if (earlierNamed.length > 0) return { chain: earlier.links, named: earlierNamed, cues: own.cues, inherited: true };
    if (!earlier.relays) break;
  }
  return origin;
}

/** The sources a sentence names after its cues, in order, and whether it relays an unnamed report. */
function readAttribution(library: Library, sentence: Sentence): { links: string[]; cues: TextSpan[]; relays: boolean } {
  const text = sentence.text;
  const links: string[] = [];
  const cues: TextSpan[] = [];
  let relays = false;
  let consumed = 0;
  for (const match of findCues(text, ATTRIBUTION_CUES)) {
    if (match.start < consumed) continue;
    if (match.entry.kind === 'relay') {
      relays = true;
      cues.push(span(sentence, match.start, match.end));
      continue;
    }
    const phraseEnd = nameEnd(text, match.end);
    const phrase = text.slice(match.end, phraseEnd).trim();
    if (phrase === '') continue;
    consumed = phraseEnd;
    cues.push(span(sentence, match.start, phraseEnd));
    const name = lastName(library, phrase);
    if (match.entry.phrase === 'citing' && links.length === 0) {
      // "South Korean media, citing the NIS, reported": the outer link stands before the cue.
      const before = text.slice(0, match.start).replace(/[,\s]+$/u, '');
      const subject = before.slice(before.search(/[^,;:]*$/u)).trim();
      if (subject !== '') links.push(lastName(library, subject) ?? subject);
    }
    const link = name ?? phrase;
    if (!links.includes(link)) links.push(link);
    if (!name) relays = true;
  }
  return { links, cues, relays };
}

function span(sentence: Sentence, start: number, end: number): TextSpan {
  return { start: sentence.start + start, end: sentence.start + end, text: sentence.text.slice(start, end) };
}

/** Where the name after a cue ends: at punctuation or a word such as "that" or "which". */
function nameEnd(text: string, from: number): number {
  const words = /\S+/gu;
  words.lastIndex = from;
  let end = from;
  for (let match = words.exec(text); match; match = words.exec(text)) {
    const delimiter = match[0].search(DELIMITER);
    if (SOURCE_NAME_STOPS.has(match[0].toLowerCase())) break;
    if (delimiter >= 0) return delimiter === 0 ? end : match.index + delimiter;
    end = match.index + match[0].length;
  }
  return end;
}

/** The last person or body named in `phrase` ("South Korea's Yonhap news agency" → "Yonhap"), in the entity table's spelling. */
function lastName(library: Library, phrase: string): string | undefined {
  let found: string | undefined;
  for (const match of phrase.matchAll(NAME_RUN)) {
    if (/['’]s$/u.test(match[0])) continue;
    const name = canonicalName(library, match[0]);
    if (name) found = name;
  }
  return found;
}

function canonicalName(library: Library, name: string): string | undefined {
  const entity = library.entities.find(name);
  if (entity && (entity.kind === 'organisation' || entity.kind === 'person' || entity.kind === 'media')) return entity.name;
  return name.split(/[ \u00A0]+/u).some((word) => ORGANISATION_WORDS.has(word)) ? name : undefined;
}

function namedLinks(library: Library, links: readonly string[]): string[] {
  return [...new Set(links.map((link) => canonicalName(library, link)).filter((name): name is string => name !== undefined))];
}
