import { note } from '../answer/messages.ts';
import type { Corroboration } from '../model/answer.ts';
import type { Sentence } from '../model/article.ts';
import type { Library } from '../library/library.ts';
import { originsOf } from './origins.ts';
import { sharedWithOf } from './relations.ts';

/**
 * How far a claim is confirmed across articles: how many carry it, from which origins, and
 * whether they are independent. Five articles relaying one agency are one source, not five.
 *
 * `sentences` are the sentences that carry the claim, one or more per article; each one's origin
 * comes from the certainty analysis's attribution chain where it has one.
 */
export function corroborate(library: Library, sentences: readonly Sentence[]): Corroboration {
  const total = library.articles.length;
  const byArticle = new Map<string, Sentence[]>();
  for (const sentence of sentences) {
    const own = byArticle.get(sentence.articleId);
    if (own) own.push(sentence);
    else byArticle.set(sentence.articleId, [sentence]);
  }
  const articles = byArticle.size;
  const chains = completeChains([...byArticle.values()].map((own) => firstNamedOrigin(library, own)));
  const origins = [...new Set(chains.flat())];
  if (articles <= 1) return { articles, total, origins, independent: false, note: note('corroboration_single', { total }).message };

  const common = origins.filter((origin) => chains.every((chain) => chain.includes(origin)));
  if (common.length > 0) {
    const chain = mostCommon(chains.filter((each) => each.length > 0).map((each) => each.join(' citing ')));
    return { articles, total, origins, independent: false, note: note('corroboration_relayed', { articles, total, chain }).message };
  }
  const ids = new Set(byArticle.keys());
  const retold = [...ids].every((id) => sharedWithOf(library, id).some((other) => other.rewrites && ids.has(other.articleId)));
  const namesSeparately = chains.filter((chain) => chain.length > 0).length;
  if (retold && namesSeparately < 2) return { articles, total, origins, independent: false, note: note('corroboration_rewrites', { articles, total }).message };
  if (origins.length === 0) return { articles, total, origins, independent: true, note: note('corroboration_unsourced', { articles, total }).message };
  if (origins.length === 1) return { articles, total, origins, independent: false, note: note('corroboration_one_named', { articles, total, origin: origins[0]!, naming: namesSeparately }).message };
  return { articles, total, origins, independent: true, note: note('corroboration_independent', { articles, total, origins: origins.join(', ') }).message };
}

/** Who the first of an article's sentences to name an origin names; nothing when none does. */
function firstNamedOrigin(library: Library, own: readonly Sentence[]): string[] {
  for (const sentence of own) {
    const { named } = originsOf(library, sentence, library.certaintyOf(sentence));
    if (named.length > 0) return named;
  }
  return [];
}

/**
 * Chains lengthened by what the other articles say of their last link: where one article has
 * RIA Novosti relaying Khinstsen, another's bare "According to RIA Novosti" relays him too.
 */
function completeChains(chains: string[][]): string[][] {
  const relayed = new Map<string, string>();
  for (const chain of chains) chain.slice(0, -1).forEach((link, i) => relayed.has(link) || relayed.set(link, chain[i + 1]!));
  return chains.map((chain) => {
    const complete = [...chain];
    for (let next = relayed.get(complete.at(-1) ?? ''); next !== undefined && !complete.includes(next); next = relayed.get(next)) complete.push(next);
    return complete;
  });
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}
