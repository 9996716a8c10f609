import type { Answer, Citation, Line } from '../../model/answer.ts';
import { neutraliseAnswer } from './neutralise.ts';

/**
 * Slack's limits for one message, and the budget this renderer keeps under them. Slack documents
 * 50 blocks and 3,000 characters a text, but rejects long block sets with `msg_blocks_too_long`
 * well before 50 × 3,000, so the total is held far lower.
 */
export const SLACK_LIMITS = {
  blocks: 50,
  textChars: 3000,
  headerChars: 150,
  contextElements: 10,
  /** Slack starts refusing somewhere near 12,000 characters of block text; keep a wide margin. */
  totalTextChars: 10_000,
  /** The notification text shown where blocks are not (push, screen readers). */
  fallbackChars: 3000,
} as const;

export interface SlackPlainText {
  type: 'plain_text';
  text: string;
  emoji: false;
}
export interface SlackMrkdwn {
  type: 'mrkdwn';
  text: string;
  /** Stops Slack from turning channel names, URLs and `@here` in the text into links or mentions. */
  verbatim: true;
}
export type SlackText = SlackPlainText | SlackMrkdwn;
export interface SlackButton {
  type: 'button';
  action_id: string;
  text: SlackPlainText;
  value?: string;
  style?: 'primary' | 'danger';
}
export type SlackBlock = { type: 'header'; text: SlackPlainText } | { type: 'section'; text: SlackText } | { type: 'context'; elements: SlackText[] } | { type: 'actions'; elements: SlackButton[] };

/** A message body for `chat.postMessage`, `chat.postEphemeral` or a `response_url`. */
export interface SlackMessage {
  /** Plain fallback for notifications; escaped like the blocks. */
  text: string;
  blocks: SlackBlock[];
}

export interface RenderSlackOptions {
  /** Blocks the caller adds at the end (a Share button); room is kept for them within the limits. */
  extraBlocks?: SlackBlock[];
}

/**
 * Formatting characters have no escape in Slack's mrkdwn, so in untrusted text each is swapped
 * for a look-alike that Slack does not treat as markup.
 */
const MARKUP_LOOKALIKES: Record<string, string> = { '*': '\u2217', _: '\u02CD', '~': '\u223C', '`': '\u02CB' };
const WORD_JOINER = '\u2060';

/**
 * Untrusted text made safe for a Slack text object: `&`, `<`, `>` become entities (so `<!here>`,
 * `<@U…>` and links are shown, not run), `@here`/`@channel`/`@everyone` get an invisible joiner,
 * and `*`, `~`, backticks and any `_` that could format are replaced by look-alikes so article
 * text cannot format itself.
 */
export function escapeSlack(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // An underscore between two letters or digits never formats, and ids (`005_3b1f…`) pasted
      // back must match: only one that could open or close italics becomes a look-alike.
      .replace(/[*_~`]/g, (char, at: number, whole: string) => (char === '_' && /[\p{L}\p{N}]_[\p{L}\p{N}]/u.test(whole.slice(at - 1, at + 2)) ? char : (MARKUP_LOOKALIKES[char] ?? char)))
      .replace(/@(?=(?:here|channel|everyone)\b)/giu, `@${WORD_JOINER}`)
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/gu, '')
  );
}

/** Escaped text cut so its escaped form fits `max` characters, with an ellipsis when it was cut. */
export function fitEscaped(raw: string, max: number): string {
  const whole = escapeSlack(raw);
  if (whole.length <= max) return whole;
  // Escape whole prefixes, never single characters: `@here` is only seen as a word.
  let cut = Math.min(raw.length, max);
  let kept = escapeSlack(raw.slice(0, cut));
  while (kept.length > max - 1) {
    cut -= Math.max(1, kept.length - (max - 1));
    kept = escapeSlack(raw.slice(0, cut));
  }
  return `${kept}…`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

function mrkdwn(text: string): SlackMrkdwn {
  return { type: 'mrkdwn', text: text.length > SLACK_LIMITS.textChars ? `${text.slice(0, SLACK_LIMITS.textChars - 1)}…` : text, verbatim: true };
}

function lineMrkdwn(line: Line): string {
  if (typeof line === 'string') return escapeSlack(line);
  return line
    .map((part) => {
      const text = escapeSlack(part.text);
      if (text.trim() === '') return text;
      switch (part.style) {
        case 'strong':
          return `*${text}*`;
        case 'em':
          return `_${text}_`;
        case 'code':
          return `\`${text}\``;
        case 'quote':
          return `“${text}”`;
        default:
          return text;
      }
    })
    .join('');
}

/** File-name ids read best as code, where `_` is not markup; anything odder is escaped instead. */
function codeOrEscaped(id: string): string {
  return /^[\w.-]{1,200}$/u.test(id) ? `\`${id}\`` : escapeSlack(id);
}

function articleLine(citation: Citation, number: number): string {
  const { headline, outlet, date, url } = citation.article;
  const title = headline !== undefined ? fitEscaped(oneLine(headline), 300) : undefined;
  const linked = title !== undefined && url !== undefined && /^https?:\/\/[^\s<>|]+$/u.test(url) ? `<${url}|${title}>` : title;
  const known = [linked, outlet && fitEscaped(outlet, 120), date && escapeSlack(date)].filter((field): field is string => Boolean(field));
  const where = `¶${citation.paragraph} ${codeOrEscaped(citation.articleId)}`;
  return `*${number}.* ${known.length > 0 ? known.join(' · ') : '(no headline, outlet or date in the file)'} · ${where}`;
}

/** A citation as two blocks: the sentence quoted, then where it is from and how firmly it is said. */
function citationBlocks(citation: Citation, number: number): SlackBlock[] {
  const continues = citation.match === 'continuation' ? '\n_continues the sentence before_' : '';
  const quote = fitEscaped(oneLine(citation.quote), SLACK_LIMITS.textChars - 40);
  const context: SlackText[] = [mrkdwn(articleLine(citation, number))];
  if (citation.certainty?.note) context.push(mrkdwn(`Certainty: ${fitEscaped(citation.certainty.note, 1000)}`));
  if (citation.speaker !== undefined) context.push(mrkdwn(`Speaker: ${citation.speaker === null ? 'not named in the article' : fitEscaped(citation.speaker, 200)}`));
  if (citation.missingTerms) context.push(mrkdwn(`Lacks: ${fitEscaped(citation.missingTerms.join(', '), 500)}`));
  if (citation.singleSource) context.push(mrkdwn('Single source: found in no other article (one may still tell it in other words)'));
  return [
    { type: 'section', text: mrkdwn(`>“${quote}”${continues}`) },
    { type: 'context', elements: context },
  ];
}

/** One unit of layout: blocks that are kept or dropped together, and the citations they show. */
interface Piece {
  blocks: SlackBlock[];
  citations: number;
}

function textLength(blocks: readonly SlackBlock[]): number {
  let total = 0;
  for (const block of blocks) {
    if (block.type === 'header' || block.type === 'section') total += block.text.text.length;
    else if (block.type === 'context') for (const element of block.elements) total += element.text.length;
    else if (block.type === 'actions') for (const element of block.elements) total += element.text.text.length + (element.value?.length ?? 0);
  }
  return total;
}

function headerBlock(title: string): SlackBlock {
  return { type: 'header', text: { type: 'plain_text', text: fitEscaped(oneLine(title), SLACK_LIMITS.headerChars), emoji: false } };
}

function titledSection(title: string, lines: string[]): SlackBlock {
  return { type: 'section', text: mrkdwn([`*${escapeSlack(title)}*`, ...lines].join('\n')) };
}

function piecesOf(answer: Answer): Piece[] {
  const pieces: Piece[] = [];
  const add = (blocks: SlackBlock[], citations = 0): void => void pieces.push({ blocks, citations });
  // Slack refuses a section with empty text, so blank notes are left out rather than sent.
  const notes = answer.notes.map((note) => escapeSlack(note.message)).filter((message) => message.trim() !== '');
  if (notes.length > 0) add([{ type: 'section', text: mrkdwn(notes.join('\n')) }]);
  if (answer.entity) {
    const { kind, aliases, articleIds } = answer.entity;
    const also = aliases.length > 0 ? `; also written ${escapeSlack(aliases.join(', '))}` : '';
    add([{ type: 'context', elements: [mrkdwn(`Kind: ${escapeSlack(kind)}${also}; named in ${escapeSlack(articleIds.join(', '))}`)] }]);
  }
  if (answer.corroboration) add([{ type: 'section', text: mrkdwn(`*Corroboration:* ${fitEscaped(answer.corroboration.note, 2000)}`) }]);
  const cited = new Set<number>();
  const addCitations = (indices: readonly number[]): void => {
    for (const index of indices) {
      const citation = answer.results[index];
      if (!citation || cited.has(index)) continue;
      cited.add(index);
      add(citationBlocks(citation, index + 1), 1);
    }
  };
  for (const section of answer.sections) {
    add([titledSection(section.title, section.lines.map(lineMrkdwn))]);
    addCitations(section.citations);
  }
  const uncited = answer.results.map((_, index) => index).filter((index) => !cited.has(index));
  if (uncited.length > 0) {
    add([titledSection('Results', [])]);
    addCitations(uncited);
  }
  for (const discrepancy of answer.discrepancies ?? []) {
    const variants = discrepancy.variants.map((variant) => `• “${fitEscaped(oneLine(variant.text), 600)}” (${variant.articleIds.map((id) => `\`${id.replace(/`/g, '')}\``).join(', ')})`);
    add([titledSection(`Where the articles differ: ${discrepancy.about}`, variants)]);
  }
  if (answer.nearMisses.length > 0) {
    add([titledSection('Near misses: NOT results', ['Each of these lacks part of the query, so none of them says all of it.'])]);
    answer.nearMisses.forEach((citation, index) => add(citationBlocks(citation, index + 1), 1));
  }
  return pieces;
}

function fallbackText(answer: Answer): string {
  if (!answer.ok) return fitEscaped(answer.error?.trim() || 'That did not work.', SLACK_LIMITS.fallbackChars);
  const first = answer.notes[0]?.message;
  return fitEscaped(oneLine(first ? `${answer.title}: ${first}` : answer.title), SLACK_LIMITS.fallbackChars);
}

/**
 * An Answer as a Slack message: a header, notes, sections with each citation quoted and its
 * article, certainty and speaker in a context line, any other fields, then near misses marked
 * as not results. Cut to Slack's limits with "and N more"; it always returns a sendable message.
 */
export function renderSlack(given: Answer, options: RenderSlackOptions = {}): SlackMessage {
  const answer = neutraliseAnswer(given);
  const extra = options.extraBlocks ?? [];
  const blocks: SlackBlock[] = [headerBlock(answer.ok ? answer.title : 'That did not work')];
  if (!answer.ok) {
    blocks.push({ type: 'section', text: mrkdwn(fitEscaped(answer.error?.trim() || 'That did not work.', SLACK_LIMITS.textChars)) });
    return { text: fallbackText(answer), blocks: [...blocks, ...extra] };
  }
  const pieces = piecesOf(answer);
  const totalCitations = pieces.reduce((sum, piece) => sum + piece.citations, 0);
  // Room for the "and N more" line is kept even when it turns out not to be needed.
  const blockRoom = SLACK_LIMITS.blocks - blocks.length - extra.length - 1;
  let textRoom = SLACK_LIMITS.totalTextChars - textLength(blocks) - textLength(extra) - 200;
  let shown = 0;
  let used = 0;
  for (const piece of pieces) {
    const size = textLength(piece.blocks);
    if (used + piece.blocks.length > blockRoom || size > textRoom) break;
    blocks.push(...piece.blocks);
    used += piece.blocks.length;
    textRoom -= size;
    shown += piece.citations;
  }
  const left = totalCitations - shown;
  if (left > 0)
    blocks.push({
      type: 'context',
      elements: [mrkdwn(`…and ${left} more ${left === 1 ? 'citation' : 'citations'} not shown here: Slack limits the length of a message. Narrow the query to see them.`)],
    });
  return { text: fallbackText(answer), blocks: [...blocks, ...extra] };
}
