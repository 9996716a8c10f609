import type { Article } from './corpus/types.ts';

/**
 * Everything built once from the articles and shared read-only by every command. Rebuilt whole
 * when the articles change; never a global, so a bot may hold several.
 */
export interface Library {
  articles: readonly Article[];
  article(id: string): Article | undefined;
}
