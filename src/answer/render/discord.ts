import type { Answer, Citation, Discrepancy, Line } from '../../model/answer.ts';
import { neutraliseAnswer } from './neutralise.ts';

/** Discord's limits on one message, from its API reference (lengths in UTF-16 units, which never undercount). */
export const DISCORD_LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** Title, description, field names and values, and footers of every embed in a message together. */
  total: 6000,
} as const;

/** One embed field, as the Discord API takes it. */
export interface DiscordEmbedField {
  name: string;
  value: string;
}

/** One embed, as the Discord API takes it (a structural subset of discord.js's `APIEmbed`). */
export interface DiscordEmbed {
  title?: string;
  description?: string;
  color?: number;
  fields?: DiscordEmbedField[];
  footer?: { text: string };
}

/** A message body as the Discord API takes it: every one says that nothing in it may ping. */
export interface DiscordMessage {
  content?: string;
  embeds: DiscordEmbed[];
  allowed_mentions: { parse: [] };
}

const COLOURS = { ok: 0x5865f2, not_found: 0x99aab5, bad_input: 0xed4245, error: 0xed4245 } as const;

/** Room kept in the 6,000 for the “and N more” footer, so cutting never needs to undo a field. */
const MORE_FOOTER_ROOM = 160;

/** C0 and C1 controls and bidi overrides: invisible, and able to reorder what a reader sees. */
const CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu;
/** Characters Discord's markdown gives a meaning anywhere in a line (with `[`/`]` escaped, `(` cannot open a link). */
const MARKDOWN = /[\\*_~`|[\]<]/gu;
/** What opens a heading, subtext, quote or list at the start of a line. */
const LINE_START_MARKDOWN = /^(\s*)(#|-|\+|>|\d+\.)/gmu;

/**
 * Text that shows as written in Discord: markdown characters backslash-escaped, and mentions
 * (`@everyone`, `@here`, `<@id>`, `<@&role>`, `<#channel>`, `</cmd:id>`, `<t:…>`) broken with a
 * zero-width space so they can neither ping nor render as a mention, whatever allowed_mentions says.
 */
export function escapeDiscord(text: string): string {
  return text
    .replace(CONTROLS, ' ')
    .replace(MARKDOWN, '\\$&')
    .replace(LINE_START_MARKDOWN, '$1\\$2')
    .replace(/@(everyone|here)/giu, '@\u200b$1')
    .replace(/<(?=[@#:/]|a:|t:)/gu, '<\u200b');
}

/** `text` cut to `max` with an ellipsis, never splitting a surrogate pair or leaving an escape half done. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  if (/[\uD800-\uDBFF]$/u.test(cut)) cut = cut.slice(0, -1);
  const trailingBackslashes = /\\*$/u.exec(cut)?.[0].length ?? 0;
  if (trailingBackslashes % 2 === 1) cut = cut.slice(0, -1);
  return `${cut}…`;
}

function inlineCode(text: string): string {
  return text.includes('`') ? escapeDiscord(text) : `\`${text.replace(CONTROLS, ' ').replace(/@(everyone|here)/giu, '@\u200b$1')}\``;
}

function lineText(line: Line): string {
  if (typeof line === 'string') return escapeDiscord(line);
  return line
    .map((part) => {
      if (part.style === 'strong') return `**${escapeDiscord(part.text)}**`;
      if (part.style === 'em') return `*${escapeDiscord(part.text)}*`;
      if (part.style === 'code') return inlineCode(part.text);
      if (part.style === 'quote') return `“${escapeDiscord(part.text)}”`;
      return escapeDiscord(part.text);
    })
    .join('');
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/gu, ' ');
}

/** A discrepancy as lines: what differs, then each verbatim variant with the articles that word it so. */
function discrepancyText(discrepancy: Discrepancy): string {
  return discrepancy.variants.map((variant) => `“${escapeDiscord(oneLine(variant.text))}” (${variant.articleIds.map((id) => `\`${id.replace(/`/gu, '')}\``).join(', ')})`).join('\n');
}

function articleName(citation: Citation): string {
  const { headline, outlet, date } = citation.article;
  return [headline ?? citation.articleId, outlet, date].filter((part): part is string => part !== undefined).join(' · ');
}

function isWebAddress(url: string): boolean {
  return /^https?:\/\/[^\s<>]+$/iu.test(url);
}

function citationField(citation: Citation, number: number): DiscordEmbedField {
  const where = [`\`${citation.articleId.replace(/`/gu, '')}\``, `paragraph ${citation.paragraph}`, `characters ${citation.start}–${citation.end}`];
  if (citation.match === 'continuation') where.push('continues the sentence before');
  const details = [where.join(' · ')];
  if (citation.speaker !== undefined) details.push(`**Speaker:** ${citation.speaker === null ? 'not named in the article' : escapeDiscord(citation.speaker)}`);
  if (citation.certainty?.note) details.push(`**Certainty:** ${escapeDiscord(citation.certainty.note)}`);
  if (citation.singleSource) details.push('**Single source:** found in no other article (one may still tell it in other words)');
  if (citation.missingTerms && citation.missingTerms.length > 0) details.push(`**Lacks:** ${escapeDiscord(citation.missingTerms.join(', '))}`);
  const url = citation.article.url;
  if (url !== undefined && isWebAddress(url)) details.push(`[Read the article](${url.replace(/[()]/gu, encodeURIComponent)})`);
  const tail = clip(details.join('\n'), DISCORD_LIMITS.fieldValue / 2);
  // The quote gets whatever the details leave: it is the point of the answer.
  const quoteRoom = DISCORD_LIMITS.fieldValue - tail.length - '> “”\n'.length;
  const quote = clip(escapeDiscord(citation.quote.replace(/\s*\n\s*/gu, ' ')), quoteRoom);
  return { name: clip(`${number}. ${escapeDiscord(articleName(citation))}`, DISCORD_LIMITS.fieldName), value: `> “${quote}”\n${tail}` };
}

/** A piece of an answer in reading order: a titled embed to open, or a field to add. */
type Piece = { kind: 'embed'; title: string; description: string } | { kind: 'field'; field: DiscordEmbedField; citation: boolean };

/** Discord refuses an empty field name; a title that is blank in the answer shows as nothing instead. */
function fieldName(title: string): string {
  const name = clip(escapeDiscord(title), DISCORD_LIMITS.fieldName);
  return name.trim() === '' ? '\u200B' : name;
}
function sectionPieces(title: string, lines: string[], citations: { citation: Citation; number: number }[]): Piece[] {
  const value = lines.join('\n');
  if (citations.length === 0) {
    return value === '' ? [] : [{ kind: 'field', field: { name: fieldName(title), value: clip(value, DISCORD_LIMITS.fieldValue) }, citation: false }];
  }
  return [
    { kind: 'embed', title: clip(escapeDiscord(title), DISCORD_LIMITS.title), description: clip(value, DISCORD_LIMITS.description) },
    ...citations.map(({ citation, number }): Piece => ({ kind: 'field', field: citationField(citation, number), citation: true })),
  ];
}

function answerPieces(answer: Answer): Piece[] {
  const pieces: Piece[] = [];
  const cited = new Set<number>();
  for (const section of answer.sections) {
    const citations = section.citations.flatMap((index) => {
      const citation = answer.results[index];
      if (!citation) return [];
      cited.add(index);
      return [{ citation, number: index + 1 }];
    });
    pieces.push(...sectionPieces(section.title, section.lines.map(lineText), citations));
  }
  const uncited = answer.results.map((citation, index) => ({ citation, number: index + 1 })).filter(({ number }) => !cited.has(number - 1));
  pieces.push(...sectionPieces('Results', [], uncited));
  if (answer.discrepancies && answer.discrepancies.length > 0) {
    pieces.push({ kind: 'embed', title: 'Where the articles differ', description: '' });
    for (const discrepancy of answer.discrepancies) {
      pieces.push({ kind: 'field', field: { name: fieldName(discrepancy.about), value: clip(discrepancyText(discrepancy), DISCORD_LIMITS.fieldValue) }, citation: false });
    }
  }
  const misses = answer.nearMisses.map((citation, index) => ({ citation, number: index + 1 }));
  pieces.push(...sectionPieces('Near misses (NOT results: each lacks part of the query)', [], misses));
  return pieces;
}

function headerDescription(answer: Answer): string {
  const lines = answer.notes.map((note) => escapeDiscord(note.message));
  if (answer.entity) {
    const { kind, aliases, articleIds } = answer.entity;
    const also = aliases.length > 0 ? `; also written ${escapeDiscord(aliases.join(', '))}` : '';
    lines.push(`**Kind:** ${kind}${also}; named in ${articleIds.map((id) => `\`${id.replace(/`/gu, '')}\``).join(', ')}`);
  }
  if (answer.corroboration) lines.push(`**Corroboration:** ${escapeDiscord(answer.corroboration.note)}`);
  return lines.join('\n');
}

function embedSize(embed: DiscordEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0) + fields;
}

function moreFooter(citations: number, others: number): string {
  const parts = [];
  if (citations > 0) parts.push(`${citations} more ${citations === 1 ? 'citation' : 'citations'}`);
  if (others > 0) parts.push(`${others} more ${others === 1 ? 'part' : 'parts'}`);
  return `…and ${parts.join(' and ')} not shown: one Discord message holds no more. Ask a narrower question to see them.`;
}

/**
 * An Answer as one Discord message: a header embed (title, notes, entity), then one embed per
 * section that cites sentences, each citation a field with its article, place and certainty.
 * Everything stays within DISCORD_LIMITS; what does not fit is counted in an “and N more”
 * footer, in reading order, so the message always sends. All article text is escaped.
 */
export function renderDiscord(given: Answer): DiscordMessage {
  const answer = neutraliseAnswer(given);
  const colour = COLOURS[answer.status];
  if (!answer.ok) {
    const description = clip(escapeDiscord(answer.error?.trim() || 'That did not work.'), DISCORD_LIMITS.description);
    return { embeds: [{ title: clip(escapeDiscord(answer.title), DISCORD_LIMITS.title), description, color: colour }], allowed_mentions: { parse: [] } };
  }
  let budget = DISCORD_LIMITS.total - MORE_FOOTER_ROOM;
  const title = clip(escapeDiscord(answer.title), DISCORD_LIMITS.title);
  const description = clip(headerDescription(answer), Math.min(DISCORD_LIMITS.description, budget / 2 - title.length));
  const first: DiscordEmbed = { title, ...(description !== '' && { description }), color: colour };
  const embeds: DiscordEmbed[] = [first];
  // The embed fields are added to: the last of `embeds`.
  let current = first;
  budget -= embedSize(first);
  let omittedCitations = 0;
  let omittedOthers = 0;
  let full = false;
  for (const piece of answerPieces(answer)) {
    if (piece.kind === 'embed') {
      const size = piece.title.length + piece.description.length;
      if (full || embeds.length >= DISCORD_LIMITS.embeds || size > budget) full = true;
      else {
        current = { title: piece.title, ...(piece.description !== '' && { description: piece.description }), color: colour };
        embeds.push(current);
        budget -= size;
      }
      continue;
    }
    const size = piece.field.name.length + piece.field.value.length;
    const roomInEmbed = (current.fields?.length ?? 0) < DISCORD_LIMITS.fields;
    // A 26th field goes on to an untitled embed that continues the section.
    const canContinue = roomInEmbed || embeds.length < DISCORD_LIMITS.embeds;
    if (full || !canContinue || size > budget) {
      full = true;
      if (piece.citation) omittedCitations += 1;
      else omittedOthers += 1;
      continue;
    }
    if (!roomInEmbed) {
      current = { color: colour };
      embeds.push(current);
    }
    (current.fields ??= []).push(piece.field);
    budget -= size;
  }
  if (omittedCitations + omittedOthers > 0) current.footer = { text: moreFooter(omittedCitations, omittedOthers) };
  return { embeds, allowed_mentions: { parse: [] } };
}

/** Every way `message` breaks Discord's limits, in words; empty when it would send. */
export function checkDiscordLimits(message: DiscordMessage): string[] {
  const problems: string[] = [];
  const contentLength = message.content?.length ?? 0;
  if (contentLength > DISCORD_LIMITS.content) problems.push(`content is ${contentLength} characters`);
  if (message.embeds.length > DISCORD_LIMITS.embeds) problems.push(`${message.embeds.length} embeds`);
  let total = 0;
  message.embeds.forEach((embed, i) => {
    total += embedSize(embed);
    const sizes = { title: embed.title?.length ?? 0, description: embed.description?.length ?? 0, footer: embed.footer?.text.length ?? 0, fields: embed.fields?.length ?? 0 };
    if (sizes.title > DISCORD_LIMITS.title) problems.push(`embed ${i} title is ${sizes.title} characters`);
    if (sizes.description > DISCORD_LIMITS.description) problems.push(`embed ${i} description is ${sizes.description} characters`);
    if (sizes.footer > DISCORD_LIMITS.footer) problems.push(`embed ${i} footer is ${sizes.footer} characters`);
    if (sizes.fields > DISCORD_LIMITS.fields) problems.push(`embed ${i} has ${sizes.fields} fields`);
    for (const field of embed.fields ?? []) {
      if (field.name.length === 0 || field.name.length > DISCORD_LIMITS.fieldName) problems.push(`embed ${i} field name is ${field.name.length} characters`);
      if (field.value.length === 0 || field.value.length > DISCORD_LIMITS.fieldValue) problems.push(`embed ${i} field value is ${field.value.length} characters`);
    }
    if (embedSize(embed) === 0 && !embed.fields?.length) problems.push(`embed ${i} is empty`);
  });
  if (total > DISCORD_LIMITS.total) problems.push(`embeds hold ${total} characters in all`);
  return problems;
}
