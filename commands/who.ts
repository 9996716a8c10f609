import { z } from 'zod';
import type { Quotation } from '../src/analysis/certainty.ts';
import type { EntityRecord } from '../src/analysis/entities.ts';
import { answer, citeSpan } from '../src/answer/build.ts';
import { note } from '../src/answer/messages.ts';
import type { Citation, Line } from '../src/answer/model.ts';
import type { Library } from '../src/library.ts';
import { foldText } from '../src/search/normalise.ts';
import { MAX_QUERY_CHARS, MAX_RESULTS } from '../src/limits.ts';
import { defineCommand } from './define.ts';

export default defineCommand({
  name: 'who',
  summary: 'Who a person or organisation is, across the articles, and what is said of them.',
  usage: '/who <name>',
  example: '/who Goremykin',
  args: z.object({
    name: z.string().trim().min(1, 'Give a name, for example: /who Goremykin').max(MAX_QUERY_CHARS).describe('A person or organisation, e.g. Goremykin'),
  }),
  fromText: (text) => ({ name: text }),
  run({ name }, { library }) {
    const exact = library.entities.find(name);
    const entity = exact ?? library.entities.similar(name, 1)[0];
    if (!entity) {
      const nearest = library.entities.similar(name.split(/\s+/u).at(-1) ?? name, 3).map((candidate) => candidate.name);
      const notes = [note('unknown_entity', { name })];
      if (nearest.length > 0) notes.push(note('nearest_names', { names: nearest.join(', ') }));
      return answer('who', name, { status: 'not_found', title: `Who is “${name}”?`, entity: null, notes });
    }
    const articleIds = library.entities.articleIdsOf(entity);
    const quoted = quotationsBy(entity, library).slice(0, MAX_RESULTS);
    const mentions = mentionsOf(entity).slice(0, MAX_RESULTS).map(({ sentence }) => citeSpan(library, sentence, { match: 'mention' }));
    const results = [...quoted, ...mentions];
    const notes = !exact ? [note('read_as', { query: name, name: entity.name })] : writtenInArticles(entity, name) ? [] : [note('known_alias', { query: name, name: entity.name })];
    notes.push(note('named_in', { name: entity.name, articles: articleIds.length, total: library.articles.length }));
    return answer('who', name, {
      title: entity.name,
      entity: { name: entity.name, kind: entity.kind, aliases: entity.aliases, descriptors: [...entity.descriptors.keys()], articleIds },
      results,
      notes,
      sections: [
        ...(entity.descriptors.size > 0 ? [{ title: 'Described as', lines: describe(entity), citations: [] }] : []),
        ...(quoted.length > 0 ? [{ title: 'Quoted as saying', lines: [], citations: quoted.map((_: Citation, i: number) => i) }] : []),
        { title: 'Named in', lines: [], citations: mentions.map((_: Citation, i: number) => quoted.length + i) },
      ],
    });
  },
});

function describe(entity: EntityRecord): Line[] {
  return [...entity.descriptors].map(([descriptor, articles]) => [
    { text: descriptor, style: 'strong' as const },
    { text: ` (${[...articles].sort().join(', ')})` },
  ]);
}

/**
 * The quotations the articles give to this entity: the speaker as written ("Khinstsen", "a
 * spokesperson for Ukraine's Ministry of Defense") is the entity, or names it.
 */
function quotationsBy(entity: EntityRecord, library: Library): Citation[] {
  const names = [entity.name, ...entity.aliases].map((name) => new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(name)}(?:$|[^\\p{L}])`, 'u'));
  const { quotations, bySpeaker } = quotedSpeakers(library);
  // Each distinct speaker is tested once; the quotations are then taken in article order.
  const chosen: number[] = [];
  for (const [speaker, positions] of bySpeaker) {
    if (library.entities.find(speaker) !== entity && !names.some((name) => name.test(speaker))) continue;
    chosen.push(...positions);
  }
  const citations: Citation[] = [];
  for (const position of chosen.sort((a, b) => a - b)) {
    const { articleId, quotation } = quotations[position]!;
    const sentence = library.sentence(articleId, quotation.sentenceIndex);
    if (sentence) citations.push(citeSpan(library, sentence, { span: quotation, kind: 'quotation', speaker: quotation.speaker! }));
  }
  return citations;
}

interface QuotedSpeakers {
  /** Every quotation with a speaker, in article order. */
  quotations: { articleId: string; quotation: Quotation }[];
  /** Positions in `quotations` by speaker as written. */
  bySpeaker: Map<string, number[]>;
}

/** Built once per library: at 22,000 articles testing every quotation's speaker took longer than the rest of /who. */
const speakerCache = new WeakMap<Library, QuotedSpeakers>();

function quotedSpeakers(library: Library): QuotedSpeakers {
  let found = speakerCache.get(library);
  if (!found) {
    found = { quotations: [], bySpeaker: new Map() };
    for (const article of library.articles) {
      for (const quotation of library.quotationsOf(article.id)) {
        if (quotation.speaker === null) continue;
        const positions = found.bySpeaker.get(quotation.speaker) ?? [];
        positions.push(found.quotations.length);
        found.bySpeaker.set(quotation.speaker, positions);
        found.quotations.push({ articleId: article.id, quotation });
      }
    }
    speakerCache.set(library, found);
  }
  return found;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when the articles write `name` as (part of) one of the entity's mentions, not only the alias lexicon. */
function writtenInArticles(entity: EntityRecord, name: string): boolean {
  const wanted = ` ${foldText(name).trim()} `;
  return entity.mentions.some((mention) => ` ${foldText(mention.name.text)} `.includes(wanted));
}

/** One mention per sentence, article by article. */
function mentionsOf(entity: EntityRecord): EntityRecord['mentions'] {
  const seen = new Set<string>();
  return [...entity.mentions]
    .sort((a, b) => (a.sentence.articleId < b.sentence.articleId ? -1 : a.sentence.articleId > b.sentence.articleId ? 1 : a.sentence.index - b.sentence.index))
    .filter((mention) => !seen.has(mention.sentence.id) && seen.add(mention.sentence.id) !== undefined);
}
