import { SOURCE_KINDS, type SourceKind } from '../model/answer.ts';
import type { Span } from '../model/article.ts';
import { FRAMING_RELAYS, type ReportingCategory } from '../text/lexicons/reporting-verbs.ts';

/** How verifiable one link of a chain of sources is, from most to least. */
export type { SourceKind };

/** The kinds of source from most to least verifiable: the least verifiable link of a chain decides its sourcing. */
export const SOURCE_KIND_ORDER: readonly SourceKind[] = SOURCE_KINDS;

/**
 * What a link stands for, beside how verifiable it is: a person, a body, a group of people, a
 * document, a poll, or a pronoun the analysis could not resolve (`unresolved`, named in the note
 * as an unnamed speaker rather than guessed).
 */
export type SourceRole = 'person' | 'organisation' | 'people' | 'document' | 'poll' | 'unresolved' | 'writer';

/** The sex a name, title or pronoun marks, when it marks one. */
export type Sex = 'female' | 'male';

/** One link of an attribution chain: who, as the text gives them, and what kind of source. */
export interface SourceLink {
  name: string;
  kind: SourceKind;
  /** True for a person, so that a later `he` or `she` can refer back to them. */
  person: boolean;
  role?: SourceRole;
  sex?: Sex;
  /** How this link hangs on the one before it in a chain: `Yonhap citing the NIS`, `RIA Novosti quoting Khinstsen`. */
  joinedBy?: 'citing' | 'quoting' | 'and';
  /**
   * The word that opens the contrasting clause this link stands behind (`but` in `He insisted he did not know the date, but it
   * is widely expected to be 5 May`): the note gives it its own clause rather than one list with the sources before it.
   */
  contrast?: string;
  /**
   * The verb by which the source before this link reacts to what this one said (`criticised` in `Gordon Brown has criticised a
   * union leader who said …`): the note names this speaker as the one whose words were criticised, not as a second voice.
   */
  reactedTo?: string;
}

/** A source tied to a statement by a reporting expression in one sentence. */
export interface Attribution {
  category: ReportingCategory | 'colon' | 'stated';
  /** The lexicon phrase that matched (`according to`, `said`). */
  phrase: string;
  /** `according to`, `said`, `citing`: offsets into the article text. */
  cue: Span;
  /** The words that name the source (`the agency`, `Khinstsen`). */
  source: Span;
  /** The chain the source stands for, outermost first (an anaphor may stand for several). */
  links: SourceLink[];
  /**
   * True when the attribution stands inside what another one of its sentence reports (`Mr Clarke said he had
   * supported the plans when Mr Blunkett argued for them`): the reporter stands behind the sentence, not the one reported.
   */
  nested?: boolean;
  /** The word that opens the contrasting clause this attribution stands behind, alone (`but`, `while`); see {@link SourceLink.contrast}. */
  contrast?: string;
  /** The verb by which the sentence's main source reacts to this speaker's words (`criticised`); see {@link SourceLink.reactedTo}. */
  reactedTo?: string;
  /**
   * True when the attribution is a relative clause set off from its subject before the sentence's own verb (`The IAAF - which
   * said it was "very surprised" - is deciding whether to appeal`): the speaker's words are the aside's alone, and the sentence
   * is no claim of theirs (a quotation inside the aside is still theirs).
   */
  aside?: true;
  /**
   * True when the sentence has no cue of its own and goes on with the reported speech of the sentence before (`Mr Cable
   * said 40% of pensioners were paying … And one-and-a-half million families were paying …`): `cue` and `source` are the
   * earlier sentence's.
   */
  carried?: true;
  /**
   * Set on reports or claims the sentence says someone disputes (`The firm denied reports that …`, see disputedReports): who
   * disputes them (`the firm`), remembered for a later `it` or `he` though no source of the claim. No one in the reports is
   * named speaking, so they are no speaker of words quoted in it.
   */
  disputedBy?: readonly SourceLink[];
}

/**
 * True for a vague frame that is an adverb of the sentence (`reportedly`, `allegedly`): it says the claim was reported by
 * people not named, but no one in it spoke, so it is no speaker of words quoted in its sentence (`178 "sound recordings"`).
 */
export function framedByAdverb(attribution: Pick<Attribution, 'category' | 'phrase'>): boolean {
  return attribution.category === 'stated' && attribution.phrase.endsWith('ly');
}

/**
 * True for a vague frame that names no one (`is thought to`, `are believed to`, `reportedly`): people the sentence leaves
 * out, whom the note calls "people not named", and whom no later `they` can mean.
 */
export function namesNoOne(attribution: Pick<Attribution, 'category' | 'phrase'>): boolean {
  return attribution.category === 'stated' && (/^(?:is|are|was|were|has|have|had)\s/u.test(attribution.phrase) || framedByAdverb(attribution));
}

/** An attribution that frames the rest of its sentence: `according to X`, `as reported by X`, or the outlet X spoke to. */
function isOuter(attribution: Attribution): boolean {
  return attribution.category === 'interview' || FRAMING_RELAYS.has(attribution.phrase);
}

/**
 * True when `outer` reports what `inner`'s speaker said: `According to the FT, Mr Chernin said …` and `Mr Petrov said …, as
 * reported by Interfax` are the FT and Interfax citing them. Only a relay that opens the sentence or names an outlet frames the
 * speaker: one further in often belongs to a clause of its own (`Although the surplus is growing, according to government
 * figures, the department said …`, `She told the BBC the advice should have been attached, according to the code`). A vague
 * speaker inside (`According to Jupiter Research, 40% of homes say it helps them choose what friends have recommended`) is
 * mostly a clause's subject, not whom the relay cites; and a document (`According to a filing with the regulator, the
 * exchange plans to …`) is most often the speaker's own, not a report of them.
 */
function framesSpeaker(outer: Attribution | undefined, inner: Attribution, sentenceStart: number | undefined): boolean {
  if (outer === undefined || !FRAMING_RELAYS.has(outer.phrase) || inner.category !== 'speech') return false;
  if (inner.links[0] === undefined || inner.links[0].kind === 'vague') return false;
  const kind = outer.links[0]?.kind;
  return kind === 'media' || (kind === 'named' && outer.cue.start === sentenceStart);
}

/**
 * A sentence's chain of sources, outermost first: what it says it has `according to` someone, and
 * the outlet someone spoke to, come before the rest, which follow in text order. Each link after
 * the first says how it hangs on the one before. `sentenceStart` tells a relay that opens the sentence (see `framesSpeaker`).
 */
export function chainOf(attributions: readonly Attribution[], sentenceStart?: number): SourceLink[] {
  if (attributions.length === 0) return [];
  // A named source inside what another reports adds no link: the note names who the article quotes. One less verifiable
  // (`Mr Smith said sources had told him`) stays, since it decides how far the sentence can be checked, and so does one whose
  // words the main source reacts to (`criticised a union leader who said`): the content is theirs.
  const kept = attributions.filter(
    (attribution) => attribution.aside === undefined && (!attribution.nested || attribution.reactedTo !== undefined || attribution.links.some((link) => link.kind !== 'named')),
  );
  const ordered = [...kept.filter(isOuter), ...kept.filter((attribution) => !isOuter(attribution)).sort((a, b) => a.source.start - b.source.start)];
  const links: SourceLink[] = [];
  ordered.forEach((attribution, i) => {
    const previous = ordered[i - 1];
    attribution.links.forEach((link, j) => {
      let joinedBy = link.joinedBy ?? 'citing';
      // `the Evening Standard quoted Mr Clarke telling …`: the outlet that quotes someone is quoting them.
      const outletQuoting = previous?.phrase.startsWith('quot') === true && previous.links.some((outer) => outer.kind === 'media');
      const cites = attribution.category === 'relay' || framesSpeaker(previous, attribution, sentenceStart);
      if (j === 0) joinedBy = previous?.category === 'interview' || outletQuoting ? 'quoting' : cites ? 'citing' : 'and';
      links.push({
        ...link,
        joinedBy,
        ...(attribution.contrast !== undefined && { contrast: attribution.contrast }),
        ...(attribution.reactedTo !== undefined && { reactedTo: attribution.reactedTo }),
      });
    });
  });
  return dedupeLinks(links);
}

/** The links with each name once, in first-seen order. */
export function dedupeLinks(links: readonly SourceLink[]): SourceLink[] {
  const seen = new Set<string>();
  return links.filter((link) => !seen.has(link.name) && (seen.add(link.name), true));
}

/**
 * True when `surname` is the last word of the person named `fullName` (`Jo Smith`, `Mr Smith` for `Smith`): the word before
 * it is capitalised, a given name, an initial or a title. `an unnamed executive at Euronext` or `a spokesman for Ford` ends
 * with a body's name, which a later `Euronext said` names without making it that anonymous executive.
 */
export function endsWithSurname(fullName: string, surname: string): boolean {
  if (!fullName.endsWith(` ${surname}`)) return false;
  const before = fullName.slice(0, -surname.length - 1);
  return /^\p{Lu}/u.test(before.slice(before.lastIndexOf(' ') + 1));
}
