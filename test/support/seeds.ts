import { loadArticles } from '../../src/corpus/load.ts';
import type { Article, Sentence } from '../../src/model/article.ts';
import type { Library } from '../../src/library/library.ts';
import type { CommandContext } from '../../commands/define.ts';
import type { AdminLists } from '../../src/adapters/permissions.ts';
import type { ArticleStore, ArticleStoreOptions } from '../../src/library/article-store.ts';

// Only the loader is imported up front: a test of one module that needs the seed articles should
// not pay for importing the library, the commands and the dispatcher too (`ask` is in ask.ts).

/** Nobody may add or remove: adapters started with this refuse /add and /remove and never write. */
export const NO_ADMINS: AdminLists = { ADMIN_SLACK_USERS: [], ADMIN_DISCORD_USERS: [], ADMIN_DISCORD_ROLES: [] };

/** The seed article ids, by their three-digit prefix. */
export const SEED = {
  '000': '000_28c2ac3548ae8731',
  '001': '001_37221fccf659f1c8',
  '002': '002_01c1ca2bbba549fb',
  '003': '003_3efcfc92afac0b08',
  '004': '004_14a452d33a2aa165',
} as const;

let seeds: Promise<Article[]> | undefined;

/** The real seed articles, loaded once per test worker (test files share them). */
export function seedArticles(): Promise<Article[]> {
  seeds ??= loadArticles('seeds').then(({ articles }) => articles);
  return seeds;
}

let library: Promise<Library> | undefined;

/** A library built from the real seed articles, once per test worker (test files share it). */
export function seedLibrary(): Promise<Library> {
  library ??= Promise.all([seedArticles(), import('../../src/library/library.ts')]).then(([articles, { buildLibrary }]) => buildLibrary(articles));
  return library;
}

/**
 * An article store over `dir`, a copy of the seed folder, holding the shared seed library: the same
 * files make the same library, so a test that changes its own copy pays for no build on opening.
 * `options` are the store's own (how it rebuilds, whether it answers a change first, its log).
 */
export async function openSeedCopyStore(dir: string, options: ArticleStoreOptions = {}): Promise<ArticleStore> {
  const [{ createArticleStore }, { scanFolder }, library] = await Promise.all([import('../../src/library/article-store.ts'), import('../../src/corpus/load.ts'), seedLibrary()]);
  return createArticleStore(dir, library, await scanFolder(dir), options);
}

/** The seed article with this prefix. */
export async function seed(prefix: keyof typeof SEED): Promise<Article> {
  const article = (await seedArticles()).find((candidate) => candidate.id === SEED[prefix]);
  if (!article) throw new Error(`seed ${prefix} did not load`);
  return article;
}

/** The console's caller with no article store: /add and /remove answer that the articles are fixed. */
export function readOnlyContext(library: Library): CommandContext {
  return { library, caller: { platform: 'console', userId: 'test', isAdmin: true } };
}

/** The seed sentence of article `prefix` (`'003'`) that contains `words`. */
export function seedSentence(library: Library, prefix: string, words: string): Sentence {
  const article = library.articles.find((candidate) => candidate.id.startsWith(prefix));
  const sentence = article?.sentences.find((candidate) => candidate.text.includes(words));
  if (!sentence) throw new Error(`no sentence of ${prefix} holds “${words}”`);
  return sentence;
}
