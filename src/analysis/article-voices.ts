import type { Article, Sentence } from '../model/article.ts';
import { readAt } from '../model/read-at.ts';
import { ARTICLE_VOICE_CUES, type ArticleVoiceCategory, type ArticleVoiceCue } from '../text/lexicons/article-voices.ts';
import { ORGANISATION_WORDS, PLACE_NAMES, TITLE_WORDS } from '../text/lexicons/entities.ts';
import { PARTICIPLE_PREPOSITIONS } from '../text/lexicons/source-grammar.ts';
import { GIVEN_NAMES } from '../text/lexicons/given-names.ts';
import { MEDIA_OUTLETS } from '../text/lexicons/media-outlets.ts';
import { PhraseMatcher, type Token } from '../text/phrase-matcher.ts';
import type { Attribution, SourceLink } from './source-links.ts';
import { openingParticiple } from './source-tokens.ts';

/**
 * Whose voice each stretch of an article is in, when it is not the newsroom's: a guest's first-person piece handed over to
 * them by name (`Jane Doe tells BBC News of her personal response to the move.`), and readers' comments printed after a
 * story, signed (`John Smith, Leeds`) or not. News style names its speaker sentence by sentence; these shapes name them once
 * for many paragraphs, or only by where the words stand, so the sentence analysis alone reads them as the article's own.
 *
 * Precision comes first, since a wrong voice is worse than none: a piece needs a named person handed the article in its
 * first paragraphs (or named there and in the closing line about a contributor), with first-person paragraphs after it;
 * comments need a heading, two sign-offs, a piece they answer, or a long run in a reader's manner ending the page.
 */

const matcherOf = (category: ArticleVoiceCategory): PhraseMatcher<ArticleVoiceCue> => new PhraseMatcher(ARTICLE_VOICE_CUES.filter((cue) => cue.category === category));
const HEADINGS = matcherOf('comments-heading');
const CALLS = matcherOf('call-for-comments');
const INTROS = matcherOf('piece-intro');
const RESPONSES = matcherOf('response');
const wordsOf = (category: ArticleVoiceCategory): ReadonlySet<string> => new Set(ARTICLE_VOICE_CUES.filter((cue) => cue.category === category).map((cue) => cue.phrase));
const SENTENCE_ADVERBS = wordsOf('sentence-adverb');
const ROLE_WORDS = wordsOf('role');
const COLUMN_TAGS = [...wordsOf('column-tag')].join('|');
const BIO_LINES = [...wordsOf('bio-line')].map((phrase) => phrase.replace(/\s+/gu, '\\s+')).join('|');
const OUTLETS = new Set(MEDIA_OUTLETS.map((outlet) => outlet.phrase.toLowerCase()));
const GIVEN = new Map(GIVEN_NAMES.map((entry) => [entry.phrase, entry.category]));

/** Words by which a writer speaks of themself, outside quotation marks. */
const FIRST_PERSON = new Set(['i', "i'm", "i've", "i'd", "i'll", 'me', 'my', 'myself', 'mine', 'we', "we're", "we've", "we'd", "we'll", 'us', 'our', 'ours', 'ourselves']);
/** A heading is a short paragraph; a story paragraph that mentions `your views` is not one. */
const HEADING_WORDS = 20;
/** How far into the article the hand-over to a guest may stand (a standfirst, then a paragraph or two of news). */
const INTRO_PARAGRAPHS = 3;
/** A comment is a paragraph or a few: more paragraphs between two sign-offs are not one reader's. */
const COMMENT_PARAGRAPHS = 4;

/**
 * `John Smith, Leeds`, `Jane Doe, Cardiff, Wales`, `Sarah Jones, London UK`: a person's name (two to four capitalised
 * words, checked by `isPersonName`), a comma and a place in capitalised words, and nothing else.
 */
const SIGN_OFF = /^(\p{Lu}[\p{L}'’-]+)((?:\s+\p{Lu}[\p{L}'’-]*\.?){1,3}),\s+(\p{Lu}[\p{L}'’.-]*(?:,?\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*$/u;
/** The capitalised words that end the text before a hand-over phrase: the guest's name as the article writes it. */
const NAME_BEFORE = /(?:^|[^\p{L}'’-])((?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+)\s*$/u;
/** A standfirst's claim tagged with its columnist: `…, argues technology analyst Jane Doe.` (group 1: the name). */
const COLUMN_TAG = new RegExp(`,\\s+(?:${COLUMN_TAGS})\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,6}((?:\\p{Lu}[\\p{L}'’-]+\\s+){1,3}\\p{Lu}[\\p{L}'’-]+)\\s*[.?]?\\s*$`, 'u');
/** The newsroom's closing line about a contributor: `Jane Doe is a regular commentator on …` (group 1: the name). */
const BIO_LINE = new RegExp(`^((?:\\p{Lu}[\\p{L}'’-]+\\s+){1,3}\\p{Lu}[\\p{L}'’-]+)\\s+(?:${BIO_LINES})\\b`, 'u');
/** After a hand-over phrase: what makes it reported speech instead (`writes that …`, `writes: "…"`). */
const REPORTED_AFTER = /\bthat\b|[:"“”]/u;

/** One paragraph of the article as this reader needs it. */
interface Block {
  /** Indices of its sentences, in order. */
  sentences: number[];
  /** Its words outside quotation marks. */
  words: Token[];
  firstPerson: boolean;
  /** A reader's manner outside quotation marks: the first person, `you`, a question or an exclamation. */
  talks: boolean;
  /** Words of it stand inside quotation marks. */
  quotes: boolean;
  /** It opens with a quotation. */
  opensQuoting: boolean;
  /** It is one question alone, or opens as an interview's turn (`Q:`, `A:`). */
  asks: boolean;
}

/** A reader's sign-off line: the name and the place as written. */
interface SignOff {
  name: string;
  place: string;
}

/**
 * The voice each sentence is in, at the sentence's index: a link for a guest's piece or a reader's comment, `undefined` for
 * the article's own voice. `tokensOf` holds each sentence's words (at its index, as `tokenize` cuts them); `inQuotation` says
 * whether an offset stands inside quotation marks.
 */
export function findArticleVoices(article: Article, tokensOf: readonly Token[][], inQuotation: (offset: number) => boolean): (SourceLink | undefined)[] {
  const { text, sentences } = article;
  const voices: (SourceLink | undefined)[] = sentences.map(() => undefined);
  const blocks = blocksOf(sentences, tokensOf, inQuotation);
  if (blocks.length < 2) return voices;
  const signOffs = blocks.map((block) => signOffOf(readAt(sentences, lastOf(block.sentences), 'sentences').text));
  // A page's last line may be read as its tag line: a sign-off there closes the last comment.
  const lastSignOff = article.meta.tagLine === undefined ? undefined : signOffOf(article.meta.tagLine);
  if (lastSignOff) {
    blocks.push({ sentences: [], words: [], firstPerson: false, talks: false, quotes: false, opensQuoting: false, asks: false });
    signOffs.push(lastSignOff);
  }
  const give = (block: Block, link: SourceLink, skipLast: boolean): void => {
    const own = skipLast ? block.sentences.slice(0, -1) : block.sentences;
    // A sentence that opens inside quotation marks is the words of whoever is quoted, never the writer's.
    for (const index of own) if (!opensQuoting(readAt(sentences, index, 'sentences'), inQuotation)) voices[index] = link;
  };

  // `Send us your views` asks for comments; the paragraphs after it are not them.
  const heading = blocks.findIndex(
    (block, index) => index > 0 && index < blocks.length - 1 && block.words.length <= HEADING_WORDS && HEADINGS.findAll(block.words).length > 0 && CALLS.findAll(block.words).length === 0,
  );
  const piece = findPiece(text, sentences, tokensOf, blocks, inQuotation);
  let commentsFrom = heading >= 0 ? heading + 1 : -1;
  if (piece) {
    const end = heading >= 0 ? heading : blocks.length;
    for (const sentence of piece.lead) voices[sentence] = piece.link;
    let index = piece.from;
    for (; index < end; index++) {
      const block = readAt(blocks, index, 'blocks');
      // A paragraph that names the guest (`Jane Doe is a regular commentator …`) or answers them is no longer their piece.
      if (answersPiece(block, piece.surname) || namesGuest(block, piece.surname)) break;
      give(block, piece.link, false);
    }
    if (index < end && commentsFrom < 0 && answersPiece(readAt(blocks, index, 'blocks'), piece.surname)) commentsFrom = index;
  }

  if (commentsFrom < 0 && signsComments(blocks, signOffs)) commentsFrom = signOffs.findIndex((signOff) => signOff !== undefined);
  if (commentsFrom < 0 && !piece) commentsFrom = trailingComments(blocks);
  if (commentsFrom < 0) return voices;

  if (!signOffs.slice(commentsFrom).some((signOff) => signOff !== undefined)) {
    // Unsigned comments: each paragraph is one reader's.
    for (let index = commentsFrom; index < blocks.length; index++) give(readAt(blocks, index, 'blocks'), UNSIGNED_READER, false);
    return voices;
  }
  // Signed comments: the paragraphs up to a sign-off are its reader's; any after the last sign-off are nobody's known.
  let from = commentsFrom;
  for (let index = commentsFrom; index < blocks.length; index++) {
    const signOff = signOffs[index];
    if (!signOff) continue;
    const alone = readAt(blocks, index, 'blocks').sentences.length <= 1;
    // Before a first sign-off with no heading above it, only the paragraph it closes (or the one before it) is known to be the reader's.
    const first = heading < 0 && !piece && from === commentsFrom ? (alone ? index - 1 : index) : from;
    if (index + 1 - first <= COMMENT_PARAGRAPHS && (first < index || !alone) && !signOffs[first]) {
      const link = signedReader(signOff);
      for (let own = Math.max(first, 0); own <= index; own++) give(readAt(blocks, own, 'blocks'), link, own === index);
    }
    from = index + 1;
  }
  return voices;
}

/** The voice given to a comment no one signed. */
const UNSIGNED_READER: SourceLink = { name: 'a reader (unsigned comment)', kind: 'anonymous', person: true, role: 'person' };

function signedReader({ name, place }: SignOff): SourceLink {
  const sex = GIVEN.get(name.split(/\s+/u)[0]?.toLowerCase() ?? '');
  return { name: `${name} (a reader, ${place})`, kind: 'named', person: true, role: 'person', ...(sex && { sex }) };
}

/**
 * True when sign-offs with no heading above them close comments: two at least each end a paragraph of words or follow one,
 * and most of those comments are in the first person. A list of names and places (`Jane Doe, Leeds` line after line, or
 * each before a paragraph about the person) is not.
 */
function signsComments(blocks: readonly Block[], signOffs: readonly (SignOff | undefined)[]): boolean {
  let closing = 0;
  let firstPerson = 0;
  for (let index = 0; index < blocks.length; index++) {
    if (!signOffs[index]) continue;
    const block = readAt(blocks, index, 'blocks');
    const comment = block.sentences.length > 1 ? block : index > 0 && !signOffs[index - 1] ? blocks[index - 1] : undefined;
    if (!comment) continue;
    closing++;
    if (comment.firstPerson) firstPerson++;
  }
  return closing >= 2 && firstPerson * 2 > closing;
}

/** Fewest paragraphs in a run of comments printed after a story with no heading left above them. */
const TRAILING_COMMENTS = 5;

/**
 * Where readers' comments begin after a story whose heading the page lost: the first paragraph of the last run of at least
 * five paragraphs, three in four of them in a reader's manner (the first person, `you`, a question or an exclamation), the
 * first in the first person or answering the story, at most one in three quoting anyone and none opening with a quotation,
 * after a story that quotes and never speaks in the first person outside quotation marks. -1 when there is none.
 */
function trailingComments(blocks: readonly Block[]): number {
  for (let from = 2; from <= blocks.length - TRAILING_COMMENTS; from++) {
    const story = blocks.slice(0, from);
    if (story.some((block) => block.firstPerson)) return -1;
    // A story that has not quoted anyone yet may still do so before its comments begin.
    if (!story.some((block) => block.quotes)) continue;
    const run = blocks.slice(from);
    const opening = readAt(run, 0, 'run');
    if (!opening.firstPerson && RESPONSES.findAll(opening.words).length === 0) continue;
    if (run.filter((block) => block.talks).length * 4 < run.length * 3) continue;
    if (run.some((block) => block.opensQuoting) || run.filter((block) => block.quotes).length * 3 > run.length) continue;
    // An interview's questions and answers (`Q: …`, or a question alone before each answer) are not readers' comments.
    if (run.filter((block) => block.asks).length * 4 > run.length) continue;
    return from;
  }
  return -1;
}

/** True when a sentence opens with a quotation mark or inside a quotation carried on from the sentence before. */
export function opensQuoting(sentence: Sentence, inQuotation: (offset: number) => boolean): boolean {
  return /^[\s]*["“”‘'«]/u.test(sentence.text) || inQuotation(sentence.start);
}

const lastOf = (list: readonly number[]): number => list[list.length - 1] ?? -1;

function blocksOf(sentences: readonly Sentence[], tokensOf: readonly Token[][], inQuotation: (offset: number) => boolean): Block[] {
  const blocks: Block[] = [];
  let paragraph = -1;
  for (const sentence of sentences) {
    if (sentence.paragraph !== paragraph || blocks.length === 0) {
      blocks.push({ sentences: [], words: [], firstPerson: false, talks: false, quotes: false, opensQuoting: false, asks: false });
      paragraph = sentence.paragraph;
    }
    const block = readAt(blocks, blocks.length - 1, 'blocks');
    if (block.sentences.length === 0) {
      block.opensQuoting = opensQuoting(sentence, inQuotation);
      block.asks = /^\s*[QA]\s*[:.]/u.test(sentence.text) || sentence.text.trimEnd().endsWith('?');
    } else if (!/^\s*[QA]\s*[:.]/u.test(readAt(sentences, readAt(block.sentences, 0, 'sentences'), 'sentences').text)) block.asks = false;
    block.sentences.push(sentence.index);
    for (const token of readAt(tokensOf, sentence.index, 'tokensOf')) {
      if (inQuotation(token.start)) {
        block.quotes = true;
        continue;
      }
      block.words.push(token);
      if (FIRST_PERSON.has(token.norm) && (token.norm !== 'us' || token.raw === 'us')) block.firstPerson = true;
      if (token.norm === 'you' || token.norm === 'your') block.talks = true;
    }
    const end = sentence.text.trimEnd().slice(-1);
    if ((end === '?' || end === '!') && !inQuotation(sentence.start + sentence.text.trimEnd().length - 1)) block.talks = true;
    if (block.firstPerson) block.talks = true;
  }
  return blocks;
}

/** The sign-off a sentence is, when it is one: `John Smith, Leeds`, never `John Smith, Chief Executive`. */
function signOffOf(line: string): SignOff | undefined {
  const match = SIGN_OFF.exec(line.trim().replace(/\.$/u, ''));
  if (!match) return undefined;
  const [, given = '', rest = '', place = ''] = match;
  const name = `${given}${rest}`;
  if (!isPersonName(name)) return undefined;
  if ([...rest.split(/\s+/u), ...place.split(/[\s,]+/u)].some((word) => ROLE_WORDS.has(word.toLowerCase().replace(/\.$/u, '')))) return undefined;
  return { name, place };
}

/** A guest's piece: where it starts (a block index), who it is handed to, and the surname a reader answering it would use. */
interface Piece {
  from: number;
  /** Sentences of the paragraph that hands over which follow the hand-over (`…, argues Jane Doe. It is what happens next.`). */
  lead: number[];
  link: SourceLink;
  surname: string;
}

/**
 * The hand-over to a guest in one paragraph: its last sentence when that is `<name> <piece-intro>` with nothing reported after
 * it, or, in the first two paragraphs (a standfirst), a sentence tagged `…, argues <descriptor> <name>`.
 */
function findHandOver(text: string, sentences: readonly Sentence[], tokensOf: readonly Token[][], block: Block, index: number, inQuotation: (offset: number) => boolean): HandOver | undefined {
  for (const [position, sentenceIndex] of block.sentences.entries()) {
    const sentence = readAt(sentences, sentenceIndex, 'sentences');
    const last = position === block.sentences.length - 1;
    if (!last && index > 1) continue;
    const words = readAt(tokensOf, sentenceIndex, 'tokensOf');
    // The hand-over is the sentence's own words: one with a quotation in it reports someone (a tagged standfirst may cite words in its claim).
    const intro = last && !words.some((word) => inQuotation(word.start)) ? INTROS.findAll(words)[0] : undefined;
    const introduced = intro && !REPORTED_AFTER.test(text.slice(intro.end, sentence.end)) ? NAME_BEFORE.exec(text.slice(sentence.start, intro.start))?.[1] : undefined;
    const tagged = index <= 1 ? COLUMN_TAG.exec(sentence.text)?.[1] : undefined;
    const name = withoutTitles(introduced ?? tagged ?? '');
    if (isPersonName(name)) return { name, ...(introduced && intro && { intro: intro.entry.phrase }), lead: block.sentences.slice(position + 1) };
  }
  return undefined;
}

/** Who a piece is handed to, the hand-over phrase if there is one, and the sentences of its paragraph after it. */
interface HandOver {
  name: string;
  intro?: string;
  lead: number[];
}

/** The person the article's closing line says is a contributor (`Jane Doe is a regular commentator on …`), if it has one. */
function contributorOf(sentences: readonly Sentence[], blocks: readonly Block[]): string | undefined {
  const last = blocks[blocks.length - 1];
  if (last?.sentences.length !== 1) return undefined;
  const name = BIO_LINE.exec(readAt(sentences, readAt(last.sentences, 0, 'sentences'), 'sentences').text)?.[1];
  return name !== undefined && isPersonName(name) ? name : undefined;
}

/** A standfirst that names the contributor of the closing line (`Analyst Jane Doe has seen the future.`): the column follows it. */
function namedInStandfirst(sentences: readonly Sentence[], block: Block, index: number, contributor: string | undefined): HandOver | undefined {
  if (contributor === undefined || index > 1) return undefined;
  const names = block.sentences.some((sentence) => readAt(sentences, sentence, 'sentences').text.includes(contributor));
  return names ? { name: contributor, lead: [] } : undefined;
}

function findPiece(text: string, sentences: readonly Sentence[], tokensOf: readonly Token[][], blocks: readonly Block[], inQuotation: (offset: number) => boolean): Piece | undefined {
  const contributor = contributorOf(sentences, blocks);
  for (let index = 0; index < Math.min(INTRO_PARAGRAPHS, blocks.length - 1); index++) {
    const found = findHandOver(text, sentences, tokensOf, readAt(blocks, index, 'blocks'), index, inQuotation) ?? namedInStandfirst(sentences, readAt(blocks, index, 'blocks'), index, contributor);
    if (!found) continue;
    const { name, intro, lead } = found;
    const opening = readAt(sentences, readAt(readAt(blocks, index + 1, 'blocks').sentences, 0, 'sentences'), 'sentences');
    // The piece is in the first person and opens in the guest's words, not with a quotation of them.
    if (!blocks.slice(index + 1, index + 3).some((block) => block.firstPerson) || inQuotation(opening.start) || /^\s*["“‘']/u.test(opening.text)) continue;
    const pronoun = /\b(his|her)\b/u.exec(intro ?? '')?.[1];
    const sex = pronoun === 'his' ? 'male' : pronoun === 'her' ? 'female' : GIVEN.get(name.split(/\s+/u)[0]?.toLowerCase() ?? '');
    return { from: index + 1, lead, link: { name, kind: 'named', person: true, role: 'person', ...(sex && { sex }) }, surname: name.split(/\s+/u).at(-1) ?? name };
  }
  return undefined;
}

/** The name without the titles before it (`Secretary Jane Doe` → `Jane Doe`): the note names the person. */
function withoutTitles(name: string): string {
  const words = name.split(/\s+/u).filter(Boolean);
  while (words.length > 2 && TITLE_WORDS.has(words[0] ?? '')) words.shift();
  return words.join(' ');
}

/** True for a person's name of two to four words: not a place, a body, an outlet or a title (`BBC Sport`, `New York`). */
function isPersonName(name: string): boolean {
  const words = name.split(/\s+/u).filter(Boolean);
  if (words.length < 2 || words.length > 4 || PLACE_NAMES.has(name) || OUTLETS.has(name.toLowerCase())) return false;
  return !words.some((word) => PLACE_NAMES.has(word) || TITLE_WORDS.has(word) || ORGANISATION_WORDS.has(word.toLowerCase()) || OUTLETS.has(word.toLowerCase()) || /^\p{Lu}+$/u.test(word));
}

/** True when a paragraph names the guest outside quotation marks. */
function namesGuest(block: Block, surname: string): boolean {
  return block.words.some((word) => word.raw === surname);
}

/** True when a paragraph answers the piece before it: it names the guest, or says it agrees or speaks of the article. */
function answersPiece(block: Block, surname: string): boolean {
  if (RESPONSES.findAll(block.words).length > 0) return true;
  return block.firstPerson && block.words.some((word) => word.raw === surname);
}

/**
 * The attributions of a sentence without those whose source is a word that only opens it: a stance adverb (`Sadly comments
 * such as his …` read `Sadly` as a commenter), or a participle opening a clause before the subject (`Shivering in a long dress,
 * the actress … joked:`, `Turning to critics' fears, Mr Blair …`) that the article never writes with a capital mid-sentence
 * (`said Yelling` makes `Yelling` a name), alone or with the preposition that takes its object (`Turning to critics`). A capital
 * letter at the start of a sentence makes no name.
 */
export function dropAdverbSources(text: string, sentence: Sentence, attributions: Attribution[]): Attribution[] {
  const kept = attributions.filter((attribution) => {
    const words = text.slice(attribution.source.start, attribution.source.end).trim();
    if (SENTENCE_ADVERBS.has(words.toLowerCase())) return false;
    if (text.slice(sentence.start, attribution.source.start).trim() !== '') return true;
    // `Turning to critics' fears that …`, `Responding to unions' fears that …`: the participle's preposition takes the words
    // after it as its object; the clause opens the sentence and gives no one who speaks.
    const [first = '', second = ''] = words.split(/\s+/u);
    return !(openingParticiple(text, first) && (words === first || PARTICIPLE_PREPOSITIONS.has(second.toLowerCase())));
  });
  return kept.length === attributions.length ? attributions : kept;
}

/**
 * Each sentence's sources once the article's voices are read: a sentence with a source of its own, or one carried by the
 * quotation it goes on with, keeps it, except that the writer it names (`I told them …`) is the guest or reader whose voice
 * it is in; a sentence with none takes its voice, if any.
 */
export function applyArticleVoices(
  voices: readonly (SourceLink | undefined)[],
  own: readonly Attribution[][],
  inherited: readonly ({ links: SourceLink[] } | undefined)[],
): { own: Attribution[][]; inherited: ({ links: SourceLink[] } | undefined)[] } {
  return {
    own: own.map((attributions, index) => {
      const voice = voices[index];
      if (!voice || !attributions.some((attribution) => attribution.links.some(isWriter))) return attributions;
      return attributions.map((attribution) => ({ ...attribution, links: attribution.links.map((link) => (isWriter(link) ? { ...voice, ...pick(link) } : link)) }));
    }),
    inherited: inherited.map((carried, index) => {
      const voice = voices[index];
      return carried ?? (voice && readAt(own, index, 'own').length === 0 ? { links: [voice] } : undefined);
    }),
  };
}

/** True for a link that stands for the one writing: `the writer ('I')`, or a first-person contraction read as a name (`I'd`). */
function isWriter(link: SourceLink): boolean {
  return link.role === 'writer' || FIRST_PERSON.has(link.name.toLowerCase().replace(/’/gu, "'"));
}

/** What a link says of how it hangs on the one before it, kept when the writer it names is given their name. */
function pick(link: SourceLink): Partial<SourceLink> {
  return { ...(link.joinedBy && { joinedBy: link.joinedBy }), ...(link.contrast && { contrast: link.contrast }), ...(link.reactedTo && { reactedTo: link.reactedTo }) };
}
