/**
 * The arithmetic of the BBC attribution evaluation (scripts/eval-bbc-attribution.ts), kept apart
 * from reading files so that it can be tested on sentences written for the test: what counts as the
 * same source, which errors a citation note makes, and the tallies and ratios printed.
 */

/** The sourcing a note gives: the model's Sourcing values. */
export type SourcingKind = 'named' | 'media' | 'anonymous' | 'vague' | 'none';

/** A labelled sentence, with its labelled spans already read out of the article as text. */
export interface LabelledReading {
  attributed: boolean;
  kind: SourcingKind;
  /** The source as the sentence writes it (`he`, `the firm`); absent when it has none of its own (a continued quotation). */
  written?: string;
  /** The source as resolved (alternatives, any one is right), or `unresolved` when a reader cannot tell who it is. */
  resolved: readonly string[] | 'unresolved';
  /** Present when a quotation opens in the sentence: who the article says spoke it, `null` when it names no one. */
  quoteSpeaker?: string | null;
}

/** What the bot says of the same sentence. */
export interface BotReading {
  attributed: boolean;
  kind: SourcingKind;
  /** The bot's source phrases: as written in the sentence, and as resolved. */
  sources: readonly string[];
  /** The speaker of the first quotation the bot finds opening in the sentence; `undefined` when it finds none. */
  quoteSpeaker?: string | null;
}

/** The ways a sentence can be scored wrong: the first six are the note's, the last two a quotation's. */
export type ErrorKind =
  | 'missed attribution: source in the sentence'
  | 'missed attribution: carried from before'
  | 'spurious attribution'
  | 'wrong source: another name'
  | 'wrong source: left unresolved'
  | 'wrong kind'
  | 'wrong quote speaker'
  | 'missed quotation';

/** What one sentence scores. */
export interface Judgement {
  errors: ErrorKind[];
  /** Whether the note is wrong: a missed or spurious attribution, a wrong source or a wrong kind. */
  noteWrong: boolean;
  /** Set when both call the sentence attributed. */
  sourceRight?: boolean;
  kindRight?: boolean;
  /** Set when the label has a quotation. */
  speakerRight?: boolean;
}

/** Words dropped before two source phrases are compared: determiners, titles, possessive pronouns. */
const FOLDED_AWAY = new Set(['the', 'a', 'an', 'mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'lady', 'dame', 'baroness', 'prof', 'his', 'her', 'their', 'its', 'our']);

/** A source phrase that names nobody by itself: a pronoun, or the bot saying it has an unnamed speaker. */
const NAMELESS = /unnamed|^(he|she|it|they|we|i)$/iu;

/** A title that, before a given name, makes the short form an article uses for a knight or a peer (`Sir John`). */
const TITLED = /^(sir|lord|lady|dame|baroness)\s/iu;

/** A source phrase's words for comparing: lower case, possessive `'s` dropped, and the words of `foldedAway` left out. */
export function sourceWords(phrase: string, foldedAway: ReadonlySet<string> = FOLDED_AWAY): string[] {
  return phrase
    .toLowerCase()
    .replace(/['\u2019]s\b/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !foldedAway.has(word));
}

const joined = (words: readonly string[]): string => ` ${words.join(' ')} `;

/**
 * True when the bot's source phrase names the labelled source: after folding case, determiners,
 * titles and possessives, the bot's phrase equals or contains the label word for word (`Chairman
 * Louis Schweitzer` ~ `Louis Schweitzer`), or both end in the same word, a surname or a head noun
 * (`Mr Gammell` ~ `Bill Gammell`), or the bot gives the titled short form the article uses (`Sir
 * John` ~ `Sir John Bourn`). A pronoun, or "an unnamed speaker", never names anyone.
 */
export function namesSource(bot: string, label: string): boolean {
  if (NAMELESS.test(bot.trim())) return false;
  const a = sourceWords(bot);
  const b = sourceWords(label);
  if (a.length === 0 || b.length === 0) return false;
  if (joined(a).includes(joined(b))) return true;
  if (TITLED.test(bot.trim()) && joined(b).includes(joined(a))) return true;
  return a[a.length - 1] === b[b.length - 1];
}

/**
 * True when the bot's sources leave the source unresolved: it gives nothing, or only pronouns,
 * "an unnamed speaker" and the phrase as the sentence writes it (`the firm`, `The former cabinet
 * secretary`) where the label resolves that phrase to a name.
 */
function leavesUnresolved(sources: readonly string[], written: string | undefined): boolean {
  const asWritten = written === undefined ? undefined : joined(sourceWords(written));
  return sources.every((source) => NAMELESS.test(source.trim()) || (asWritten !== undefined && joined(sourceWords(source)) === asWritten));
}

/** Whether the bot's sources give the labelled source, or say it is unresolved when the label does. */
export function isSourceRight(label: LabelledReading, bot: BotReading): boolean {
  if (label.resolved === 'unresolved') return leavesUnresolved(bot.sources, label.written);
  const resolved = label.resolved;
  return bot.sources.some((source) => resolved.some((name) => namesSource(source, name)));
}

/** Score one sentence: the errors its note and its quotation make. */
export function judgeSentence(label: LabelledReading, bot: BotReading): Judgement {
  const errors: ErrorKind[] = [];
  const judgement: Judgement = { errors, noteWrong: false };
  // A sentence with no source of its own continues a quotation or an account begun before it.
  if (label.attributed && !bot.attributed) errors.push(label.written === undefined ? 'missed attribution: carried from before' : 'missed attribution: source in the sentence');
  if (!label.attributed && bot.attributed) errors.push('spurious attribution');
  if (label.attributed && bot.attributed) {
    judgement.sourceRight = isSourceRight(label, bot);
    if (!judgement.sourceRight) errors.push(leavesUnresolved(bot.sources, label.written) ? 'wrong source: left unresolved' : 'wrong source: another name');
    judgement.kindRight = label.kind === bot.kind;
    if (!judgement.kindRight) errors.push('wrong kind');
  }
  judgement.noteWrong = errors.length > 0;
  if (label.quoteSpeaker !== undefined) {
    const expected = label.quoteSpeaker;
    const found = bot.quoteSpeaker;
    if (found === undefined) judgement.speakerRight = expected === null;
    else if (expected === null) judgement.speakerRight = found === null;
    else judgement.speakerRight = found !== null && namesSource(found, expected);
    if (!judgement.speakerRight) errors.push(found === undefined ? 'missed quotation' : 'wrong quote speaker');
  }
  return judgement;
}

/** Running counts over a set of judged sentences. */
export interface Tally {
  sentences: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  sourcePairs: number;
  sourceRight: number;
  kindPairs: number;
  kindRight: number;
  quotations: number;
  speakersRight: number;
  notesWrong: number;
  /** Sentences that either the label or the bot calls attributed: the citations that carry a who-says-so. */
  attributedByEither: number;
  errors: Map<ErrorKind, number>;
}

export const emptyTally = (): Tally => ({
  sentences: 0,
  truePositives: 0,
  falsePositives: 0,
  falseNegatives: 0,
  sourcePairs: 0,
  sourceRight: 0,
  kindPairs: 0,
  kindRight: 0,
  quotations: 0,
  speakersRight: 0,
  notesWrong: 0,
  attributedByEither: 0,
  errors: new Map(),
});

/** Add one judged sentence to a tally. */
export function addToTally(tally: Tally, label: LabelledReading, bot: BotReading, judgement: Judgement): void {
  tally.sentences++;
  if (label.attributed && bot.attributed) tally.truePositives++;
  else if (bot.attributed) tally.falsePositives++;
  else if (label.attributed) tally.falseNegatives++;
  if (label.attributed || bot.attributed) tally.attributedByEither++;
  if (judgement.sourceRight !== undefined) {
    tally.sourcePairs++;
    if (judgement.sourceRight) tally.sourceRight++;
  }
  if (judgement.kindRight !== undefined) {
    tally.kindPairs++;
    if (judgement.kindRight) tally.kindRight++;
  }
  if (judgement.speakerRight !== undefined) {
    tally.quotations++;
    if (judgement.speakerRight) tally.speakersRight++;
  }
  if (judgement.noteWrong) tally.notesWrong++;
  for (const error of judgement.errors) tally.errors.set(error, (tally.errors.get(error) ?? 0) + 1);
}

/** The ratios printed for a tally; `undefined` where there is nothing to divide by. */
export interface Scores {
  precision?: number;
  recall?: number;
  f1?: number;
  sourceRight?: number;
  kindRight?: number;
  speakerRight?: number;
  /** Wrong notes among all labelled sentences. */
  noteWrong?: number;
  /** Wrong notes among the sentences the label or the bot calls attributed. */
  noteWrongAttributed?: number;
}

const divide = (n: number, d: number): number | undefined => (d === 0 ? undefined : n / d);

/** Precision, recall and F1 of "attributed", and the share right or wrong of each other measure. */
export function scoresOf(tally: Tally): Scores {
  const precision = divide(tally.truePositives, tally.truePositives + tally.falsePositives);
  const recall = divide(tally.truePositives, tally.truePositives + tally.falseNegatives);
  const f1 = precision !== undefined && recall !== undefined && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : undefined;
  return {
    precision,
    recall,
    f1,
    sourceRight: divide(tally.sourceRight, tally.sourcePairs),
    kindRight: divide(tally.kindRight, tally.kindPairs),
    speakerRight: divide(tally.speakersRight, tally.quotations),
    noteWrong: divide(tally.notesWrong, tally.sentences),
    noteWrongAttributed: divide(tally.notesWrong, tally.attributedByEither),
  };
}
