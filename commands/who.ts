import { z } from 'zod';
import type { EntityRecord } from '../src/analysis/entities.ts';
import { answer, citeSpan } from '../src/answer/build.ts';
import { note } from '../src/answer/messages.ts';
import type { Citation, Line } from '../src/model/answer.ts';
import type { Library } from '../src/library/library.ts';
import { foldText } from '../src/text/normalise.ts';
import { MAX_QUERY_CHARS, MAX_RESULTS } from '../src/answer/limits.ts';
import { defineCommand } from './define.ts';

export default defineCommand({
  name: 'who',
  aliases: ['whois'],
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
    const quoted = quotationsBy(entity, library, MAX_RESULTS);
    const named = mentionsOf(entity, false)
      .slice(0, MAX_RESULTS)
      .map(({ sentence }) => citeSpan(library, sentence, { match: 'mention' }));
    const byRole = mentionsOf(entity, true)
      .slice(0, MAX_RESULTS)
      .map(({ sentence }) => citeSpan(library, sentence, { match: 'mention' }));
    const results = [...quoted, ...named, ...byRole];
    const notes = !exact ? [note('read_as', { query: name, name: entity.name })] : writtenInArticles(entity, name) ? [] : [note('known_alias', { query: name, name: entity.name })];
    notes.push(note('named_in', { name: entity.name, articles: articleIds.length, total: library.articles.length }));
    // "Brown" alone may be one of several people: beside the one shown, say who else it can be.
    const namesakes = library.entities.peopleWithSurname(name).filter((person) => person !== entity);
    const counted = namesakes.map((person) => ({ person, articles: library.entities.articleIdsOf(person).length })).sort((a, b) => b.articles - a.articles);
    const [mostNamed] = counted;
    if (mostNamed) {
      const people = counted.slice(0, 5).map(({ person, articles }) => `${person.name} (${articles} article${articles === 1 ? '' : 's'})`);
      if (counted.length > 5) people.push(`${counted.length - 5} more`);
      notes.push(note('other_people_named', { query: name, people: people.join(', '), example: mostNamed.person.name }));
    }
    return answer('who', name, {
      title: entity.name,
      entity: { name: entity.name, kind: entity.kind, aliases: entity.aliases, descriptors: [...entity.descriptors.keys()], articleIds },
      results,
      notes,
      sections: [
        ...(entity.descriptors.size > 0 ? [{ title: 'Described as', lines: describe(entity), citations: [] }] : []),
        ...(quoted.length > 0 ? [{ title: 'Quoted as saying', lines: [], citations: quoted.map((_: Citation, i: number) => i) }] : []),
        { title: 'Named in', lines: [], citations: named.map((_: Citation, i: number) => quoted.length + i) },
        ...(byRole.length > 0 ? [{ title: 'Referred to by role', lines: [], citations: byRole.map((_: Citation, i: number) => quoted.length + named.length + i) }] : []),
      ],
    });
  },
});

function describe(entity: EntityRecord): Line[] {
  return [...entity.descriptors].map(([descriptor, articles]) => [{ text: descriptor, style: 'strong' as const }, { text: ` (${[...articles].sort().join(', ')})` }]);
}

/**
 * The quotations the articles give to this entity: the speaker as written ("Khinstsen", "a
 * spokesperson for Ukraine's Ministry of Defense") is the entity, or names it.
 */
function quotationsBy(entity: EntityRecord, library: Library, limit: number): Citation[] {
  const names = [entity.name, ...entity.aliases].map((name) => new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(name)}(?:$|[^\\p{L}])`, 'u'));
  // A speaker the table knows as someone else, or who names another person of the same surname
  // ("Alan Brown, who heads the survey" when asked for Gordon Brown), is not this entity.
  const namesakes = library.entities
    .peopleWithSurname(entity.name.split(/\s+/u).at(-1) ?? entity.name)
    .filter((person) => person !== entity)
    .map((person) => new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(person.name)}(?:$|[^\\p{L}])`, 'u'));
  const speaks = (speaker: string): boolean => {
    const found = library.entities.find(speaker);
    if (found === entity) return true;
    if (found !== undefined && found.name.length >= entity.name.length) return false;
    return !namesakes.some((namesake) => namesake.test(speaker)) && names.some((name) => name.test(speaker));
  };
  return library.lookups.quotationsBy(speaks, limit).flatMap(({ articleId, quotation }) => {
    const sentence = library.sentence(articleId, quotation.sentenceIndex);
    // Only quotations with a speaker are filed by speaker.
    const { speaker } = quotation;
    return sentence && speaker !== undefined ? [citeSpan(library, sentence, { span: quotation, kind: 'quotation', speaker })] : [];
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when the articles write `name` as (part of) one of the entity's mentions, not only the alias lexicon. */
function writtenInArticles(entity: EntityRecord, name: string): boolean {
  const wanted = ` ${foldText(name).trim()} `;
  return entity.mentions.some((mention) => ` ${foldText(mention.name.text)} `.includes(wanted));
}

/**
 * One mention per sentence, article by article: those that name the entity, or (`nominal`) those
 * that only refer to it by a role the article gave it ("the chancellor") and do not also name it.
 */
function mentionsOf(entity: EntityRecord, nominal: boolean): EntityRecord['mentions'] {
  const seen = new Set<string>();
  if (nominal) for (const mention of entity.mentions) if (!mention.nominal) seen.add(mention.sentence.id);
  return entity.mentions
    .filter((mention) => (mention.nominal ?? false) === nominal)
    .sort((a, b) => (a.sentence.articleId < b.sentence.articleId ? -1 : a.sentence.articleId > b.sentence.articleId ? 1 : a.sentence.index - b.sentence.index))
    .filter((mention) => !seen.has(mention.sentence.id) && seen.add(mention.sentence.id) !== undefined);
}
