import { EntityTable, type EntityRecord } from '../../src/analysis/entities.ts';
import { readArticle } from '../../src/corpus/load.ts';
import type { Article } from '../../src/model/article.ts';

/** `body` read by the corpus reader as one article under a placeholder headline, as a user's file would be. */
export function articleOf(body: string, file = 'story.txt'): Article {
  const result = readArticle(file, new TextEncoder().encode(`A headline\n\n${body}`));
  if (!result.ok) throw new Error(result.warning.reason);
  return result.article;
}

/** The entity table of one article per body, named `story-0.txt`, `story-1.txt` … */
export function tableOf(...bodies: string[]): EntityTable {
  return new EntityTable(bodies.map((body, i) => articleOf(body, `story-${i}.txt`)));
}

/** Every entity's name, in the table's order. */
export const names = (table: EntityTable): string[] => table.entities.map((entity) => entity.name);

/** The names an entity's mentions write, in text order. */
export const written = (entity: EntityRecord | undefined): string[] => entity?.mentions.map((mention) => mention.name.text) ?? [];

/** The descriptors of the entity `name` finds, in the order the table keeps them. */
export function descriptorsOf(table: EntityTable, name: string): string[] {
  return [...(table.find(name)?.descriptors.keys() ?? [])];
}
